//! The visitor's saved booths, and lists others shared: the booths, the
//! share sheet where the browser has one, a link, its QR code (on a wide
//! screen, to carry the list to a phone) and a text list for notes.

use super::card::{booth_card, BoothCardProps};
use crate::booths::{BoothLink, Favourites};
use crate::browser;
use crate::qr::qr_path;
use crate::ui::context::ViewContext;
use crate::ui::{Action, Notice};
use crate::url_hash;
use yew::prelude::*;

/// What [`favourites_view`] shows.
pub struct FavouritesViewProps {
    /// The list shown: the visitor's own, or a shared one.
    pub list: Favourites,
    /// The visitor's own saved booths (for the stars).
    pub own: Favourites,
    /// True when `list` is a list someone shared.
    pub shared: bool,
    /// A confirmation to announce.
    pub notice: Option<Notice>,
}

/// A list of saved booths with its sharing tools.
pub fn favourites_view(ctx: &ViewContext, props: &FavouritesViewProps) -> Html {
    let text = ctx.lang.messages();
    let feed = ctx.catalog.feed();
    let booths: Vec<u32> = (0..feed.booths.len() as u32)
        .filter(|&b| props.list.contains(&feed.booths[b as usize].id))
        .collect();
    let back = if props.shared {
        ctx.send(|_: MouseEvent| Action::CloseSharedList)
    } else {
        ctx.send(|_: MouseEvent| Action::ShowFavourites(false))
    };
    let save_all = {
        let (list, own) = (props.list.clone(), props.own.clone());
        ctx.send(move |_: MouseEvent| {
            let mut merged = own.clone();
            list.ids()
                .filter(|id| !own.contains(id))
                .for_each(|id| merged.toggle(id));
            Action::SetFavourites(merged)
        })
    };
    html! {
        <section class="gf-favourites" aria-labelledby={ctx.id("favourites-title")}>
            <div class="gf-favourites__head">
                <h3 id={ctx.id("favourites-title")} class="gf-group__title">
                    { if props.shared { text.shared_list } else { text.favourites } }
                    <span class="gf-group__count">{ (text.booth_count)(booths.len() as u32) }</span>
                </h3>
                <button type="button" class="gf-button gf-button--quiet" onclick={back}>{ text.back_to_search }</button>
            </div>
            if booths.is_empty() {
                <p class="gf-empty">{ text.no_favourites }</p>
            } else {
                <ol class="gf-booth-list">
                    { for booths.iter().map(|&b| html! {
                        { booth_card(ctx, &BoothCardProps { booth: b, starred: props.own.contains(&feed.booths[b as usize].id), level: 4 }) }
                    }) }
                </ol>
                if props.shared {
                    <p><button type="button" class="gf-button" onclick={save_all}>{ text.save_shared }</button></p>
                } else {
                    { share_tools(ctx, &props.list, props.notice) }
                }
            }
        </section>
    }
}

/// The link that opens `list` in this widget on another device.
fn list_link(ctx: &ViewContext, list: &Favourites) -> String {
    let shared = BoothLink {
        shared: Some(list.clone()),
        ..BoothLink::default()
    };
    let mut pairs = shared.to_pairs();
    pairs.push((
        crate::ui::Tab::HASH_KEY,
        crate::ui::Tab::Booths.key().to_owned(),
    ));
    format!(
        "{}{}",
        browser::page_url(),
        url_hash::write("", &ctx.id_prefix, &pairs)
    )
}

fn share_tools(ctx: &ViewContext, list: &Favourites, notice: Option<Notice>) -> Html {
    let text = ctx.lang.messages();
    let link = list_link(ctx, list);
    let copy_link = crate::ui::copy_on_click(ctx, link.clone(), false);
    // The share sheet first where the browser has one (Zalo and Messenger
    // come through it); where it refuses, the link is copied instead.
    let share = {
        let title = format!(
            "{}: {}",
            ctx.catalog.feed().series.name.get(ctx.lang.code()),
            text.favourites
        );
        crate::ui::share_on_click(ctx, title, link.clone(), copy_link.clone())
    };
    let list_text = list.text_list(&ctx.catalog, ctx.lang);
    let copy_text = crate::ui::copy_on_click(ctx, list_text.clone(), true);
    let download = {
        let filename = format!("{}-gian-hang.txt", ctx.catalog.feed().series.id);
        let list_text = list_text.clone();
        Callback::from(move |_: MouseEvent| {
            browser::download(&filename, "text/plain;charset=utf-8", &list_text)
        })
    };
    html! {
        <div class="gf-share-list">
            <h4 class="gf-subheading">{ text.share_list }</h4>
            if let Some(qr) = qr_path(&link) {
                <svg class="gf-qr" viewBox={format!("-4 -4 {0} {0}", qr.size + 8)} role="img" aria-label={text.qr_label}>
                    <rect x="-4" y="-4" width={(qr.size + 8).to_string()} height={(qr.size + 8).to_string()} class="gf-qr__paper" />
                    <path d={qr.path} class="gf-qr__ink" />
                </svg>
            }
            <div class="gf-share">
                if browser::can_share() {
                    <button type="button" class="gf-button" id={ctx.id("share-list")} onclick={share}>{ text.share_more }</button>
                }
                <button type="button" class="gf-button gf-button--quiet" onclick={copy_link}>{ text.copy_list_link }</button>
                <button type="button" class="gf-button gf-button--quiet" onclick={copy_text}>{ text.copy_list }</button>
                <button type="button" class="gf-button gf-button--quiet" onclick={download}>{ text.download_list }</button>
            </div>
            { crate::ui::copy_notice(ctx, notice, &link, &list_text) }
        </div>
    }
}
