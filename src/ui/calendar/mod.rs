//! The event calendar: toolbar, agenda or month grid, details and day
//! dialogs, and a download of the listed events.

mod agenda_view;
mod day_list;
mod event_details;
mod month_view;
mod toolbar;

pub use agenda_view::{agenda_view, AgendaViewProps};
pub use day_list::{day_list, DayListProps};
pub use event_details::{event_details, EventDetailsProps};
pub use month_view::{MonthView, MonthViewProps, VISIBLE_LANES};
pub use toolbar::{toolbar, ToolbarProps};

use crate::browser;
use crate::calendar::{CalendarLink, CalendarView};
use crate::ics;
use crate::ui::context::{use_view, ViewContext};
use crate::ui::external_link;
use crate::ui::held::Held;
use crate::ui::Notice;
use chrono::NaiveDate;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Calendar`].
#[derive(Properties, PartialEq)]
pub struct CalendarProps {
    /// View, month, filters and open event.
    pub link: CalendarLink,
    /// The view when the link names none (agenda on narrow containers).
    pub default_view: CalendarView,
    /// The month the grid opens on when the link names none (`data-month`);
    /// otherwise one with events ([`crate::calendar::opening_month`]).
    pub start_month: Option<(i32, u32)>,
    /// The day whose events are listed in a dialog.
    pub open_day: Option<NaiveDate>,
    /// The day with keyboard focus in the grid.
    pub focus_day: Option<NaiveDate>,
    /// A confirmation to announce.
    pub notice: Option<Notice>,
}

/// The calendar of the series.
#[function_component]
pub fn Calendar(props: &CalendarProps) -> Html {
    let ctx = use_view();
    let text = ctx.lang.messages();
    let counts = {
        // Once the booth index is built, the search looks into booths too.
        let deps = (
            ctx.catalog.clone(),
            props.link.filter.clone(),
            ctx.today,
            ctx.booths_indexed,
        );
        use_memo(deps, |(catalog, filter, today, _)| {
            filter.counts(catalog, *today)
        })
    };
    let matching = use_memo(counts.clone(), |counts| counts.matching.clone());
    let view = props.link.view.unwrap_or(props.default_view);
    let opening = {
        let (catalog, today) = (ctx.catalog.clone(), ctx.today);
        use_memo((catalog, today), |(catalog, today)| {
            crate::calendar::opening_month(catalog, *today)
        })
    };
    // A shared link's month, else the host's, else one with events.
    let month = props.link.month.or(props.start_month).unwrap_or(*opening);
    // Both views stay drawn once drawn, the other one hidden and holding
    // what it was last shown with (ui/held.rs): switching views shows what
    // is there. The month grid is drawn ahead once the page is idle.
    let grid_ahead = use_state_eq(|| false);
    use_effect_with((), {
        let grid_ahead = grid_ahead.clone();
        move |_| browser::when_idle(move || grid_ahead.set(true))
    });
    let held = use_mut_ref(<(Held<(Rc<Vec<usize>>, ViewContext)>, Held<MonthViewProps>)>::default);
    let (agenda_events, agenda_context) = held.borrow_mut().0.hold(
        view == CalendarView::Agenda,
        (matching.clone(), ctx.clone()),
    );
    let agenda = use_memo((agenda_events, agenda_context), |(events, ctx)| {
        agenda_view(
            ctx,
            &AgendaViewProps {
                events: events.clone(),
            },
        )
    });
    let grid_props = held.borrow_mut().1.hold(
        view == CalendarView::Grid,
        MonthViewProps {
            month,
            events: matching.clone(),
            focus_day: props.focus_day,
        },
    );
    let download = {
        let (catalog, lang, matching) = (ctx.catalog.clone(), ctx.lang, matching.clone());
        Callback::from(move |_: MouseEvent| {
            let content = ics::calendar(&catalog, &matching, lang, browser::now());
            let filename = format!("{}.ics", catalog.feed().series.id);
            browser::download(&filename, "text/calendar;charset=utf-8", &content);
        })
    };
    let details = props
        .link
        .event
        .as_deref()
        .and_then(|id| ctx.catalog.event_index(id));
    html! {
        <div class="gf-calendar">
            { toolbar(&ctx, &ToolbarProps { filter: props.link.filter.clone(), counts: counts.clone(), view }) }
            <p class="gf-summary" role="status">
                { if ctx.catalog.feed().events.is_empty() {
                    text.no_events.to_owned()
                } else if matching.is_empty() {
                    text.no_match.to_owned()
                } else {
                    (text.event_count)(matching.len())
                } }
            </p>
            <div class="gf-view" hidden={view != CalendarView::Agenda}>{ (*agenda).clone() }</div>
            if view == CalendarView::Grid || *grid_ahead {
                <div class="gf-view" hidden={view != CalendarView::Grid}><MonthView ..grid_props /></div>
            }
            if !matching.is_empty() {
                <p class="gf-download">
                    <button type="button" class="gf-button gf-button--quiet" onclick={download}>{ text.download_listed }</button>
                </p>
            }
            { subscribe(&ctx) }
            if let Some(event) = details {
                { event_details(&ctx, &EventDetailsProps { event, notice: props.notice }) }
            }
            if let Some(day) = props.open_day {
                { day_list(&ctx, &DayListProps { day, events: Rc::clone(&matching) }) }
            }
        </div>
    }
}

/// "Đăng ký lịch": the series calendar as a subscription, when the feed
/// names one (`series.calendar_url`, made absolute when the feed loaded).
fn subscribe(ctx: &ViewContext) -> Html {
    let text = ctx.lang.messages();
    let Some((webcal, google)) = ctx
        .catalog
        .feed()
        .series
        .calendar_url
        .as_deref()
        .and_then(crate::links::subscribe_urls)
    else {
        return Html::default();
    };
    html! {
        // A group, not a region: two widgets on a page would make two
        // landmarks of the same name.
        <div class="gf-subscribe" role="group" aria-labelledby={ctx.id("subscribe")}>
            <h3 class="gf-subscribe__title" id={ctx.id("subscribe")}>{ text.subscribe }</h3>
            <p class="gf-subscribe__links">
                // webcal:// opens the reader's calendar app, not a page: no
                // new tab. Android's browsers do nothing with it: not offered.
                if !crate::browser::is_android() {
                    <a class="gf-button gf-button--quiet" href={webcal}>{ text.subscribe_app }</a>
                }
                if let Some(google) = google {
                    { external_link(ctx.lang, google, text.subscribe_google, "gf-button gf-button--quiet") }
                }
            </p>
            <p class="gf-subscribe__note">{ text.subscribe_note }</p>
        </div>
    }
}
