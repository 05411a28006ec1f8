//! The events of one day, for a crowded day of the month grid ("+2") and
//! for keyboard and screen-reader users who open a day.

use crate::calendar::dated_events;
use crate::i18n::{format_day_long, format_schedule};
use crate::ui::context::ViewContext;
use crate::ui::modal::Modal;
use crate::ui::Action;
use chrono::NaiveDate;
use std::rc::Rc;
use yew::prelude::*;

/// What [`day_list`] shows.
pub struct DayListProps {
    /// The day.
    pub day: NaiveDate,
    /// The events that pass the filters (indices in the feed).
    pub events: Rc<Vec<usize>>,
}

/// A dialog listing a day's events; each opens its details.
pub fn day_list(ctx: &ViewContext, props: &DayListProps) -> Html {
    let text = ctx.lang.messages();
    let day = props.day;
    let on_day: Vec<usize> = dated_events(&ctx.catalog, &props.events)
        .into_iter()
        .filter(|e| e.start <= day && day <= e.end)
        .map(|e| e.event)
        .collect();
    html! {
        <Modal title={format_day_long(day, ctx.lang)} title_id={ctx.id("day-title")} close_label={text.close} on_close={ctx.send(|()| Action::CloseDialog)}>
            <p>{ (text.event_count)(on_day.len()) }</p>
            <ul class="gf-plain-list gf-day-list">
                { for on_day.iter().map(|&i| {
                    let event = &ctx.catalog.feed().events[i];
                    let id = event.id.clone();
                    let onclick = ctx.send(move |_: MouseEvent| Action::OpenEvent(id.clone()));
                    html! {
                        <li>
                            <button type="button" class="gf-link-button" {onclick}>{ event.name.get(ctx.lang.code()) }</button>
                            <span class="gf-day-list__when">{ format_schedule(&event.schedule, ctx.lang) }</span>
                        </li>
                    }
                }) }
            </ul>
        </Modal>
    }
}
