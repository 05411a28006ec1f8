//! An event's details: dates and opening days in the reader's language,
//! venue with directions and map, organisers, size, categories, summary,
//! source; add to calendar; share.

use super::agenda_view::status_badge;
use crate::browser;
use crate::catalog::venue_line;
use crate::feed::{Event, Schedule};
use crate::i18n::{format_day_long, format_schedule};
use crate::ics;
use crate::links;
use crate::ui::context::ViewContext;
use crate::ui::modal::Modal;
use crate::ui::{Action, Notice};
use crate::url_hash;
use yew::prelude::*;

/// Opening days are listed one by one up to this many days.
const MAX_LISTED_DAYS: i64 = 14;

/// What [`event_details`] shows.
pub struct EventDetailsProps {
    /// The event's index in the feed.
    pub event: usize,
    /// A confirmation to announce ("Link copied.").
    pub notice: Option<Notice>,
}

/// The details dialog of one event.
pub fn event_details(ctx: &ViewContext, props: &EventDetailsProps) -> Html {
    let text = ctx.lang.messages();
    let code = ctx.lang.code();
    let event = &ctx.catalog.feed().events[props.event];
    let venue = ctx.catalog.venue_of(event);
    let address = venue.map(|v| venue_line(v, code));
    let on_close = ctx.send(|()| Action::CloseDialog);
    let external = |href: String, label: &str, class: &'static str| {
        crate::ui::external_link(ctx.lang, href, label, class)
    };
    let categories: Vec<&str> = event
        .categories
        .iter()
        .filter_map(|id| ctx.catalog.category(id))
        .map(|c| c.name.get(code))
        .collect();
    html! {
        <Modal title={event.name.get(code).to_owned()} title_id={ctx.id("details-title")} close_label={text.close} {on_close}>
            if let Some((key, label)) = status_badge(ctx, event) {
                <p><span class={classes!("gf-badge", format!("gf-badge--{key}"))}>{ label }</span></p>
            }
            { calendar_actions(ctx, event, address.as_deref().unwrap_or_default()) }
            <dl class="gf-details">
                <dt>{ text.when }</dt>
                <dd>{ when_long(ctx, event) }{ opening_days(ctx, event) }</dd>
                <dt>{ text.venue }</dt>
                <dd>
                    { address.clone().unwrap_or_else(|| text.venue_unknown.to_owned()) }
                    if let (Some(venue), Some(address)) = (venue, &address) {
                        <span class="gf-details__links">
                            { external(links::directions_url(venue, address), text.directions, "gf-action") }
                            { external(links::map_url(venue, address), text.map, "gf-action") }
                        </span>
                    }
                </dd>
                if !event.organizers.is_empty() {
                    <dt>{ text.organizers }</dt>
                    <dd><ul class="gf-plain-list">{ for event.organizers.iter().map(|o| html! { <li>{ o.get(code) }</li> }) }</ul></dd>
                }
                if let Some(count) = event.booth_count {
                    <dt>{ text.size }</dt>
                    <dd>{ (text.booth_count)(count) }</dd>
                }
                if !categories.is_empty() {
                    <dt>{ text.categories }</dt>
                    <dd><ul class="gf-chips">{ for categories.iter().map(|c| html! { <li class="gf-chip">{ *c }</li> }) }</ul></dd>
                }
                if let Some(summary) = &event.summary {
                    <dt>{ text.about }</dt>
                    <dd>{ summary.get(code) }</dd>
                }
                if let Some(source) = &event.source {
                    <dt>{ text.source }</dt>
                    <dd>{ external(source.clone(), source, "gf-link gf-link--url") }</dd>
                }
            </dl>
            if ctx.has_booth_finder && ctx.catalog.booths_per_event()[props.event] > 0 {
                <div class="gf-actions">
                    <button type="button" class="gf-button" onclick={ctx.send({
                        let id = event.id.clone();
                        move |_: MouseEvent| Action::ShowBoothsOf(id.clone())
                    })}>{ text.see_booths }</button>
                </div>
            }
            { share_actions(ctx, event, props.notice) }
        </Modal>
    }
}

fn when_long(ctx: &ViewContext, event: &Event) -> String {
    match event.schedule.days() {
        Some((start, end)) if start == end => format_day_long(start, ctx.lang),
        Some((start, end)) => format!(
            "{} – {}",
            format_day_long(start, ctx.lang),
            format_day_long(end, ctx.lang)
        ),
        None => format_schedule(&event.schedule, ctx.lang),
    }
}

fn opening_days(ctx: &ViewContext, event: &Event) -> Html {
    let text = ctx.lang.messages();
    let (start, end) = match event.schedule {
        Schedule::Days { start, end }
            if start != end && (end - start).num_days() < MAX_LISTED_DAYS =>
        {
            (start, end)
        }
        Schedule::Times { .. } => {
            return html! { <p class="gf-details__hours">{ format_schedule(&event.schedule, ctx.lang) }</p> };
        }
        _ => return Html::default(),
    };
    let days = start.iter_days().take_while(|d| *d <= end);
    html! {
        <div class="gf-details__days">
            <span class="gf-visually-hidden">{ text.open_days }{ ": " }</span>
            <ul class="gf-plain-list gf-days">{ for days.map(|d| html! {
                <li><time datetime={d.to_string()}>{ format_day_long(d, ctx.lang) }</time></li>
            }) }</ul>
        </div>
    }
}

fn calendar_actions(ctx: &ViewContext, event: &Event, address: &str) -> Html {
    let text = ctx.lang.messages();
    let code = ctx.lang.code();
    let Some(dates) = ics::google_dates(event) else {
        return Html::default();
    };
    let download = {
        let catalog = ctx.catalog.clone();
        let lang = ctx.lang;
        let index = catalog.event_index(&event.id).unwrap_or_default();
        let filename = format!("{}.ics", event.id);
        Callback::from(move |_: MouseEvent| {
            let content = ics::calendar(&catalog, &[index], lang, browser::now());
            browser::download(&filename, "text/calendar;charset=utf-8", &content);
        })
    };
    let google = links::google_calendar_url(
        event.name.get(code),
        &dates,
        &ics::details(event, ctx.lang),
        address,
    );
    // First what opens the reader's own calendar: Google Calendar on
    // Android (which opens no downloaded .ics), the .ics elsewhere.
    let android = browser::is_android();
    let google = crate::ui::external_link(
        ctx.lang,
        google,
        text.google_calendar,
        if android {
            "gf-button"
        } else {
            "gf-button gf-button--quiet"
        },
    );
    let download = html! {
        <button type="button" class={if android { "gf-button gf-button--quiet" } else { "gf-button" }} onclick={download}>{ text.add_to_calendar }</button>
    };
    html! {
        <div class="gf-actions gf-actions--calendar">
            if android { { google } { download } } else { { download } { google } }
        </div>
    }
}

fn share_actions(ctx: &ViewContext, event: &Event, notice: Option<Notice>) -> Html {
    let text = ctx.lang.messages();
    let title = event.name.get(ctx.lang.code()).to_owned();
    // This event alone, whatever else the reader has filtered or typed (and
    // the URL's hash is written only after this render).
    let hash = url_hash::write(
        &browser::current_hash(),
        &ctx.id_prefix,
        &[("e", event.id.clone())],
    );
    let url = format!("{}{hash}", browser::page_url());
    let copy = crate::ui::copy_on_click(ctx, url.clone(), false);
    let facebook = links::facebook_share_url(&url);
    // Where the browser will not open its share sheet, the link is copied instead.
    let share = crate::ui::share_on_click(ctx, title, url.clone(), copy.clone());
    html! {
        <>
        <div class="gf-share" role="group" aria-label={text.share}>
            <button type="button" class="gf-button gf-button--quiet" onclick={copy}>{ text.copy_link }</button>
            { crate::ui::external_link(ctx.lang, facebook, "Facebook", "gf-button gf-button--quiet") }
            if browser::can_share() {
                <button type="button" class="gf-button gf-button--quiet" onclick={share}>{ text.share_more }</button>
            }
        </div>
        { crate::ui::copy_notice(ctx, notice, &url, "") }
        </>
    }
}
