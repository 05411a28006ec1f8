//! The event calendar's logic: the month grid, the lunar calendar, filters
//! and search, and the state a shared link carries. No HTML here.

mod filter;
mod lunar;
mod month_grid;

pub use filter::{all_years_and_districts, EventFilter, FacetCounts, When};
pub use lunar::{lunar_date, LunarDate};
pub use month_grid::{add_months, build_month, Bar, DatedEvent, MonthGrid, WeekRow};
