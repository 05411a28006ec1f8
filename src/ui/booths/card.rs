//! One booth in a result list, compact for a phone: exhibitor, booth code,
//! the fair's short name and dates (its address is in the details),
//! categories, first products, OCOP stars, and a star to save it.

use crate::i18n::format_schedule;
use crate::ui::context::ViewContext;
use crate::ui::Action;
use crate::ui::{icon, Icon};
use yew::prelude::*;

/// Products a card shows before the details.
const CARD_PRODUCTS: usize = 3;

/// What [`booth_card`] shows.
pub struct BoothCardProps {
    /// The booth's index in the feed.
    pub booth: u32,
    /// Whether the visitor saved it.
    pub starred: bool,
    /// The heading level of the exhibitor's name (3 in results, 4 under a list's own heading).
    pub level: u8,
}

/// A booth in a list of results.
pub fn booth_card(ctx: &ViewContext, props: &BoothCardProps) -> Html {
    let text = ctx.lang.messages();
    let code = ctx.lang.code();
    let booth = &ctx.catalog.feed().booths[props.booth as usize];
    let event = ctx.catalog.event(&booth.event);
    let title_id = ctx.id(&format!("booth-{}", props.booth));
    let id = booth.id.clone();
    let open = ctx.send(move |_: MouseEvent| Action::OpenBooth(id.clone()));
    let products: Vec<&str> = booth
        .products
        .iter()
        .take(CARD_PRODUCTS)
        .map(|p| p.get(code))
        .collect();
    html! {
        // No key: a new search updates the cards on screen in place, which
        // costs a fraction of taking them away and drawing new ones.
        <li class="gf-booth-card">
            <article aria-labelledby={title_id.clone()}>
                <div class="gf-booth-card__head">
                    <@{if props.level == 4 { "h4" } else { "h3" }} class="gf-booth-card__name" id={title_id}>
                        <button type="button" class="gf-link-button" onclick={open}>{ booth.exhibitor.get(code) }</button>
                    </@>
                    { star(ctx, &booth.id, booth.exhibitor.get(code), props.starred) }
                </div>
                <p class="gf-booth-card__meta">
                    <span class="gf-booth-code">{ text.booth }{ " " }{ &booth.code }</span>
                    if let Some(event) = event {
                        { " · " }{ ctx.catalog.short_name(event).get(code) }
                        { " · " }<time datetime={event.schedule.earliest_day().to_string()}>{ format_schedule(&event.schedule, ctx.lang) }</time>
                    }
                </p>
                if !products.is_empty() {
                    <p class="gf-booth-card__products">{ products.join(", ") }</p>
                }
                <ul class="gf-chips">
                    { for booth.categories.iter().filter_map(|c| ctx.catalog.category(c)).map(|c| html! { <li class="gf-chip">{ c.name.get(code) }</li> }) }
                    if let Some(stars) = booth.ocop_stars {
                        <li class="gf-chip gf-chip--ocop">{ (text.ocop_stars)(stars.get()) }</li>
                    }
                </ul>
            </article>
        </li>
    }
}

/// The save toggle of a booth.
pub fn star(ctx: &ViewContext, id: &str, exhibitor: &str, starred: bool) -> Html {
    let id = id.to_owned();
    let onclick = ctx.send(move |_: MouseEvent| Action::ToggleFavourite(id.clone()));
    let label = format!("{}: {exhibitor}", ctx.lang.messages().save_booth);
    html! {
        <button type="button" class="gf-star" aria-pressed={starred.to_string()} aria-label={label} {onclick}>
            { icon(Icon::Star { filled: starred }) }
        </button>
    }
}
