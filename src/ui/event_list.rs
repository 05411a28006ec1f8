//! The events as an accessible list: upcoming first, then past, each with
//! its dates in the reader's language, its venue and its status.

use super::CatalogRef;
use crate::catalog::{venue_line, Catalog};
use crate::feed::{Event, Status, Timing};
use crate::i18n::{format_schedule, Lang};
use chrono::NaiveDate;
use yew::prelude::*;

/// Props of [`EventList`].
#[derive(Properties, PartialEq)]
pub struct EventListProps {
    /// The loaded feed.
    pub catalog: CatalogRef,
    /// The reader's language.
    pub lang: Lang,
    /// Today in the series' time zone.
    pub today: NaiveDate,
    /// Prefix that keeps element ids unique when several widgets share a page.
    pub id_prefix: AttrValue,
}

/// Upcoming, to-be-announced and past events, in labelled groups.
#[function_component]
pub fn EventList(props: &EventListProps) -> Html {
    let text = props.lang.messages();
    let timeline = props.catalog.timeline(props.today);
    if timeline.upcoming.is_empty() && timeline.past.is_empty() && timeline.undated.is_empty() {
        return html! { <p class="gf-empty">{ text.no_events }</p> };
    }
    let group = |key: &str, title: &str, events: &[&Event]| -> Html {
        if events.is_empty() {
            return Html::default();
        }
        let heading_id = format!("{}-{key}", props.id_prefix);
        html! {
            <section class={classes!("gf-group", format!("gf-group--{key}"))} aria-labelledby={heading_id.clone()}>
                <h3 class="gf-group__title" id={heading_id}>
                    { title }
                    <span class="gf-group__count">{ (text.event_count)(events.len()) }</span>
                </h3>
                <ol class="gf-event-list">
                    { for events.iter().map(|event| event_item(&props.catalog, event, props.lang, props.today)) }
                </ol>
            </section>
        }
    };
    html! {
        <div class="gf-events">
            { group("upcoming", text.upcoming, &timeline.upcoming) }
            { group("tba", text.tba, &timeline.undated) }
            { group("past", text.past, &timeline.past) }
        </div>
    }
}

fn event_item(catalog: &Catalog, event: &Event, lang: Lang, today: NaiveDate) -> Html {
    let text = lang.messages();
    let code = lang.code();
    let badge = match event.status {
        Status::Cancelled => Some(("cancelled", text.cancelled)),
        Status::Postponed => Some(("postponed", text.postponed)),
        Status::Tba => Some(("tba", text.tba)),
        Status::Scheduled
            if event.schedule.timing(today) == Timing::Ongoing
                && event.schedule.days().is_some() =>
        {
            Some(("ongoing", text.ongoing))
        }
        Status::Scheduled => None,
    };
    let status_class = badge.map(|(key, _)| format!("gf-event--{key}"));
    html! {
        <li class={classes!("gf-event", status_class)}>
            <h4 class="gf-event__name">{ event.name.get(code) }</h4>
            <p class="gf-event__when">
                <time datetime={event.schedule.earliest_day().to_string()}>{ format_schedule(&event.schedule, lang) }</time>
                if let Some((key, label)) = badge {
                    { " " }<span class={classes!("gf-badge", format!("gf-badge--{key}"))}>{ label }</span>
                }
            </p>
            <p class="gf-event__where">
                <span class="gf-visually-hidden">{ text.venue }{ ": " }</span>
                { catalog.venue_of(event).map_or_else(|| text.venue_unknown.to_owned(), |venue| venue_line(venue, code)) }
            </p>
            if let Some(count) = event.booth_count {
                <p class="gf-event__booths">{ (text.booth_count)(count) }</p>
            }
        </li>
    }
}
