//! Copying a link or a list for the reader, saying only what happened:
//! where the browser refuses the clipboard, the text is shown selected in a
//! field next to the notice, for a copy by hand.

use super::context::ViewContext;
use super::{Action, Notice};
use crate::browser;
use yew::prelude::*;

/// A click handler that copies `text` (the favourites' text list when
/// `list`, else a link), then announces whether it was copied; where it was
/// not, the field [`copy_field`] shows is selected.
pub fn copy_on_click(ctx: &ViewContext, text: String, list: bool) -> Callback<MouseEvent> {
    let dispatcher = ctx.dispatcher.clone();
    Callback::from(move |e: MouseEvent| {
        let dispatcher = dispatcher.clone();
        let near = e.target_dyn_into::<web_sys::Element>();
        browser::copy_text(text.clone(), move |copied| {
            dispatcher.dispatch(Action::Notify(Notice::of_copy(list, copied)));
            if !copied {
                browser::select_copy_field(near);
            }
        });
    })
}

/// The notice, and under a refused copy the text to copy by hand: the link
/// in a one-line field, the list in a text area.
pub fn copy_notice(ctx: &ViewContext, notice: Option<Notice>, link: &str, list: &str) -> Html {
    let text = ctx.lang.messages();
    let field = match notice {
        Some(Notice::LinkNotCopied) => html! {
            <input class="gf-input gf-copy-field" type="text" readonly=true value={link.to_owned()} aria-label={text.copy_by_hand} />
        },
        Some(Notice::ListNotCopied) => html! {
            <textarea class="gf-input gf-copy-field" readonly=true rows="4" aria-label={text.copy_by_hand} value={list.to_owned()} />
        },
        _ => Html::default(),
    };
    html! {
        <>
            <p class="gf-notice" role="status">{ notice.map(|n| n.text(ctx.lang)) }</p>
            { field }
        </>
    }
}

/// A click handler that opens the share sheet with `title` and `url` and
/// tells the host page what became of it; where the browser refuses the
/// sheet, `copy` (a [`copy_on_click`] handler) copies the link instead.
pub fn share_on_click(
    ctx: &ViewContext,
    title: String,
    url: String,
    copy: Callback<MouseEvent>,
) -> Callback<MouseEvent> {
    let dispatcher = ctx.dispatcher.clone();
    Callback::from(move |e: MouseEvent| {
        let (copy, click, dispatcher) = (copy.clone(), e.clone(), dispatcher.clone());
        crate::browser::share(&title, &url, move |shared| {
            dispatcher.dispatch(crate::ui::Action::Shared(
                shared == crate::browser::Shared::Done,
            ));
            if shared == crate::browser::Shared::Refused {
                copy.emit(click);
            }
        });
    })
}
