//! The list of matching booths, rendered a page at a time so that 20,000
//! results cost no more than fifty; the count is announced politely.

use super::card::{booth_card, BoothCardProps};
use crate::booths::Favourites;
use crate::ui::context::ViewContext;
use crate::ui::Action;
use std::rc::Rc;
use yew::prelude::*;

/// What [`result_list`] shows.
pub struct ResultListProps {
    /// The matching booths, best first.
    pub booths: Rc<Vec<u32>>,
    /// How many the list holds (the "show more" button counts these).
    pub limit: usize,
    /// How many of those are drawn yet (the rest follow the first paint).
    pub drawn: usize,
    /// The visitor's saved booths.
    pub favourites: Favourites,
}

/// The first `limit` results and a button for more.
pub fn result_list(ctx: &ViewContext, props: &ResultListProps) -> Html {
    let text = ctx.lang.messages();
    let shown = props.limit.min(props.booths.len());
    let drawn = props.drawn.min(shown);
    let more = ctx.send(|_: MouseEvent| Action::ShowMoreBooths);
    html! {
        <>
            <ol class="gf-booth-list">
                { for props.booths[..drawn].iter().map(|&b| {
                    let starred = props.favourites.contains(&ctx.catalog.feed().booths[b as usize].id);
                    booth_card(ctx, &BoothCardProps { booth: b, starred, level: 3 })
                }) }
            </ol>
            if shown < props.booths.len() {
                <p class="gf-more">
                    <button type="button" class="gf-button gf-button--quiet" onclick={more}>
                        { format!("{} ({}/{})", text.show_more, shown, props.booths.len()) }
                    </button>
                </p>
            }
        </>
    }
}
