//! A booth's details: products, description, categories, contact links,
//! its fair (with a way to the calendar), and the exhibitor's other booths.

use super::card::star;
use crate::catalog::venue_line;
use crate::feed::Booth;
use crate::i18n::format_schedule;
use crate::ui::context::ViewContext;
use crate::ui::modal::Modal;
use crate::ui::{icon, Action, Icon, Tab};
use yew::prelude::*;

/// What [`booth_details`] shows.
pub struct BoothDetailsProps {
    /// The booth's index in the feed.
    pub booth: usize,
    /// Whether the visitor saved it.
    pub starred: bool,
}

/// The details dialog of one booth.
pub fn booth_details(ctx: &ViewContext, props: &BoothDetailsProps) -> Html {
    let text = ctx.lang.messages();
    let code = ctx.lang.code();
    let booth = &ctx.catalog.feed().booths[props.booth];
    let event = ctx.catalog.event(&booth.event);
    let categories: Vec<&str> = booth
        .categories
        .iter()
        .filter_map(|c| ctx.catalog.category(c))
        .map(|c| c.name.get(code))
        .collect();
    let to_calendar = {
        let dispatcher = ctx.dispatcher.clone();
        let event = booth.event.clone();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(Action::CloseDialog);
            dispatcher.dispatch(Action::SetTab(Tab::Calendar));
            dispatcher.dispatch(Action::OpenEvent(event.clone()));
        })
    };
    let others = other_booths(ctx, props.booth);
    // The phone cell read once: its numbers are the call buttons and the
    // contact line's links.
    let phone = crate::phones::shown_parts(booth.phone.as_deref(), &booth.phones);
    html! {
        <Modal title={booth.exhibitor.get(code).to_owned()} title_id={ctx.id("booth-title")} close_label={text.close}
            on_close={ctx.send(|()| Action::CloseDialog)}>
            <p class="gf-booth-details__line">
                <span class="gf-booth-code">{ text.booth }{ " " }{ &booth.code }</span>
                if let Some(stars) = booth.ocop_stars {
                    { " " }<span class="gf-chip gf-chip--ocop">{ (text.ocop_stars)(stars.get()) }</span>
                }
                { " " }{ star(ctx, &booth.id, booth.exhibitor.get(code), props.starred) }
            </p>
            { actions(ctx, booth, &phone) }
            <dl class="gf-details">
                if !booth.products.is_empty() {
                    <dt>{ text.products }</dt>
                    <dd><ul class="gf-plain-list">{ for booth.products.iter().map(|p| html! { <li>{ p.get(code) }</li> }) }</ul></dd>
                }
                if let Some(description) = &booth.description {
                    <dt>{ text.about }</dt>
                    <dd>{ description.get(code) }</dd>
                }
                if !categories.is_empty() {
                    <dt>{ text.categories }</dt>
                    <dd><ul class="gf-chips">{ for categories.iter().map(|c| html! { <li class="gf-chip">{ *c }</li> }) }</ul></dd>
                }
                if let Some(event) = event {
                    <dt>{ text.fair }</dt>
                    <dd>
                        { event.name.get(code) }
                        <br />{ format_schedule(&event.schedule, ctx.lang) }
                        if let Some(venue) = ctx.catalog.venue_of(event) {
                            { " · " }{ venue_line(venue, code) }
                        }
                        <br /><button type="button" class="gf-link-button gf-link" onclick={to_calendar}>{ text.see_in_calendar }</button>
                    </dd>
                }
                { contact(ctx, booth, &phone) }
            </dl>
            if !others.is_empty() {
                <h4 class="gf-subheading">{ text.other_booths }</h4>
                <ul class="gf-plain-list gf-day-list">
                    { for others.into_iter().map(|other| {
                        let id = other.id.clone();
                        let onclick = ctx.send(move |_: MouseEvent| Action::OpenBooth(id.clone()));
                        let fair = ctx.catalog.event(&other.event);
                        html! {
                            <li>
                                <button type="button" class="gf-link-button" {onclick}>
                                    { format!("{} {}", text.booth, other.code) }{ fair.map(|e| format!(" – {}", ctx.catalog.short_name(e).get(code))).unwrap_or_default() }
                                </button>
                                if let Some(e) = fair {
                                    <span class="gf-day-list__when">{ format_schedule(&e.schedule, ctx.lang) }</span>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
        </Modal>
    }
}

/// The way from a booth to a visit, first and large (44 px at least) for a
/// finger: a call for each number, a Zalo chat for a Vietnamese mobile,
/// directions to the fair's venue, and the booth on the fair's floor plan.
fn actions(ctx: &ViewContext, booth: &Booth, phone: &[(String, Option<String>)]) -> Html {
    let text = ctx.lang.messages();
    let code = ctx.lang.code();
    let numbers: Vec<(&String, &String)> = phone
        .iter()
        .filter_map(|(shown, href)| Some((shown, href.as_ref()?)))
        .collect();
    let zalo = numbers
        .iter()
        .find_map(|(_, href)| crate::links::zalo_url(href.trim_start_matches("tel:")));
    let event = ctx.catalog.event(&booth.event);
    let directions = event
        .and_then(|e| ctx.catalog.venue_of(e))
        .map(|venue| crate::links::directions_url(venue, &venue_line(venue, code)));
    let on_plan = event.filter(|e| e.floor_plan.is_some()).map(|e| {
        let dispatcher = ctx.dispatcher.clone();
        let query = crate::booths::BoothQuery {
            text: booth.code.clone(),
            event: Some(e.id.clone()),
            ..Default::default()
        };
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(Action::CloseDialog);
            dispatcher.dispatch(Action::SetTab(Tab::Booths));
            dispatcher.dispatch(Action::SetBoothQuery(query.clone()));
        })
    });
    if numbers.is_empty() && zalo.is_none() && directions.is_none() && on_plan.is_none() {
        return Html::default();
    }
    html! {
        <ul class="gf-actions" aria-label={text.booth_actions}>
            { for numbers.into_iter().map(|(shown, href)| html! {
                <li><a class="gf-action gf-action--call" href={href.clone()}>{ icon(Icon::Phone) }{ text.call }{ " " }<span class="gf-action__detail">{ shown }</span></a></li>
            }) }
            if let Some(href) = zalo {
                <li>{ crate::ui::external_link(ctx.lang, href, text.zalo, "gf-action gf-action--zalo") }</li>
            }
            if let Some(href) = directions {
                <li>{ crate::ui::external_link(ctx.lang, href, text.directions, "gf-action") }</li>
            }
            if let Some(onclick) = on_plan {
                <li><button type="button" class="gf-action" {onclick}>{ text.show_on_plan }</button></li>
            }
        </ul>
    }
}

fn contact(ctx: &ViewContext, booth: &Booth, phone: &[(String, Option<String>)]) -> Html {
    let text = ctx.lang.messages();
    let email = booth.email.as_deref().filter(|e| is_plain_email(e));
    if booth.website.is_none() && phone.is_empty() && email.is_none() {
        return Html::default();
    }
    html! {
        <>
            <dt>{ text.contact }</dt>
            <dd>
                <ul class="gf-plain-list">
                    if let Some(website) = &booth.website {
                        <li>{ crate::ui::external_link(ctx.lang, website.clone(), website, "gf-link gf-link--url") }</li>
                    }
                    if !phone.is_empty() {
                        <li class="gf-phones">{ for phone.iter().map(|(shown, href)| match href {
                            Some(href) => html! { <a class="gf-link gf-link--tel" href={href.clone()}>{ shown }</a> },
                            None => html! { shown },
                        }) }</li>
                    }
                    if let Some(email) = email {
                        <li><a class="gf-link" href={format!("mailto:{email}")}>{ email }</a></li>
                    }
                </ul>
            </dd>
        </>
    }
}

/// True for an address that is safe as a `mailto:` link.
pub fn is_plain_email(email: &str) -> bool {
    let mut parts = email.split('@');
    let (Some(user), Some(host), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !user.is_empty()
        && host.contains('.')
        && email
            .chars()
            .all(|c| !c.is_whitespace() && !"<>\"?&:;,".contains(c))
}

/// The same exhibitor's other booths (same name, ignoring case and
/// diacritics), once the booth index that knows them is built.
fn other_booths(ctx: &ViewContext, booth: usize) -> Vec<&Booth> {
    let Some(index) = ctx.catalog.booth_index() else {
        return Vec::new();
    };
    let exhibitors = &index.exhibitor;
    let feed = ctx.catalog.feed();
    (0..feed.booths.len())
        .filter(|&b| b != booth && exhibitors[b] == exhibitors[booth])
        .map(|b| &feed.booths[b])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_links_keep_only_what_is_safe() {
        assert!(is_plain_email("lienhe@htx-phuvinh.vn"));
        assert!(!is_plain_email("javascript:alert(1)@x.vn"));
        assert!(!is_plain_email("a@b@c.vn"));
        assert!(!is_plain_email("noat.vn"));
    }
}
