//! The agenda: upcoming events by month, events whose dates are not
//! announced, then past events; each fair once, with its date range.

use crate::calendar::{build_agenda, Period, PeriodGroup};
use crate::catalog::venue_line;
use crate::feed::{Event, Status, Timing};
use crate::i18n::format_schedule;
use crate::ui::context::ViewContext;
use crate::ui::Action;
use std::rc::Rc;
use yew::prelude::*;

/// What [`agenda_view`] shows.
pub struct AgendaViewProps {
    /// The events that pass the filters (indices in the feed).
    pub events: Rc<Vec<usize>>,
}

/// The events as a list grouped by month.
pub fn agenda_view(ctx: &ViewContext, props: &AgendaViewProps) -> Html {
    let text = ctx.lang.messages();
    let agenda = build_agenda(&ctx.catalog, &props.events, ctx.today);
    let section = |key: &str, title: &str, count: usize, body: Html| -> Html {
        if count == 0 {
            return Html::default();
        }
        let heading_id = ctx.id(key);
        html! {
            <section class={classes!("gf-group", format!("gf-group--{key}"))} aria-labelledby={heading_id.clone()}>
                <h3 class="gf-group__title" id={heading_id}>
                    { title }
                    <span class="gf-group__count">{ (text.event_count)(count) }</span>
                </h3>
                { body }
            </section>
        }
    };
    let count = |groups: &[PeriodGroup]| groups.iter().map(|g| g.events.len()).sum::<usize>();
    // Events whose dates are not announced are headed by their year, like the rest.
    let undated: Vec<PeriodGroup> = {
        let mut groups: Vec<PeriodGroup> = Vec::new();
        for &i in &agenda.undated {
            let year = ctx.catalog.feed().events[i].schedule.year();
            match groups.last_mut() {
                Some(group) if group.period == Period::Year(year) => group.events.push(i),
                _ => groups.push(PeriodGroup {
                    period: Period::Year(year),
                    events: vec![i],
                }),
            }
        }
        groups
    };
    let periods = |groups: &[PeriodGroup]| -> Html {
        groups
            .iter()
            .map(|group| {
                html! {
                    <>
                        <h4 class="gf-period">{ period_title(ctx, group.period) }</h4>
                        { event_list(ctx, &group.events) }
                    </>
                }
            })
            .collect::<Html>()
    };
    html! {
        <div class="gf-agenda">
            { section("upcoming", text.upcoming, count(&agenda.upcoming), periods(&agenda.upcoming)) }
            { section("tba", text.tba, agenda.undated.len(), periods(&undated)) }
            { section("past", text.past, count(&agenda.past), periods(&agenda.past)) }
        </div>
    }
}

fn period_title(ctx: &ViewContext, period: Period) -> String {
    match period {
        Period::Month(year, month) => (ctx.lang.messages().month_title)(year, month),
        Period::Year(year) => format_schedule(&crate::feed::Schedule::Year { year }, ctx.lang),
    }
}

fn event_list(ctx: &ViewContext, events: &[usize]) -> Html {
    html! {
        <ol class="gf-event-list">
            { for events.iter().map(|&i| event_item(ctx, &ctx.catalog.feed().events[i])) }
        </ol>
    }
}

/// The badge an event carries: its status, or "on now".
pub fn status_badge(ctx: &ViewContext, event: &Event) -> Option<(&'static str, &'static str)> {
    let text = ctx.lang.messages();
    match event.status {
        Status::Cancelled => Some(("cancelled", text.cancelled)),
        Status::Postponed => Some(("postponed", text.postponed)),
        Status::Tba => Some(("tba", text.tba)),
        Status::Scheduled
            if event.schedule.days().is_some()
                && event.schedule.timing(ctx.today) == Timing::Ongoing =>
        {
            Some(("ongoing", text.ongoing))
        }
        Status::Scheduled => None,
    }
}

fn event_item(ctx: &ViewContext, event: &Event) -> Html {
    let text = ctx.lang.messages();
    let code = ctx.lang.code();
    let badge = status_badge(ctx, event);
    let id = event.id.clone();
    let onclick = ctx.send(move |_: MouseEvent| Action::OpenEvent(id.clone()));
    html! {
        <li class={classes!("gf-event", badge.map(|(key, _)| format!("gf-event--{key}")))}>
            <h5 class="gf-event__name">
                <button type="button" class="gf-link-button" {onclick}>{ event.name.get(code) }</button>
            </h5>
            <p class="gf-event__when">
                <time datetime={event.schedule.earliest_day().to_string()}>{ format_schedule(&event.schedule, ctx.lang) }</time>
                if let Some((key, label)) = badge {
                    { " " }<span class={classes!("gf-badge", format!("gf-badge--{key}"))}>{ label }</span>
                }
            </p>
            <p class="gf-event__where">
                <span class="gf-visually-hidden">{ text.venue }{ ": " }</span>
                { ctx.catalog.venue_of(event).map_or_else(|| text.venue_unknown.to_owned(), |venue| venue_line(venue, code)) }
            </p>
            if let Some(count) = event.booth_count {
                <p class="gf-event__booths">{ (text.booth_count)(count) }</p>
            }
        </li>
    }
}
