//! The event calendar's logic: the month grid, the lunar calendar, filters
//! and search, and the state a shared link carries. No HTML here.

mod agenda;
mod date_words;
mod filter;
mod link;
mod lunar;
mod month_grid;

pub use agenda::{
    build_agenda, dated_events, months_with_events, opening_month, Agenda, Period, PeriodGroup,
};
pub use date_words::{read_date_words, DateWords};
pub use filter::{EventFilter, FacetCounts, When};
pub use link::{CalendarLink, CalendarView};
pub use lunar::{lunar_date, lunar_dates, LunarDate};
pub use month_grid::{add_months, build_month, Bar, DatedEvent, MonthGrid, WeekRow};
