//! A modal dialog on the native `<dialog>` element: the browser traps focus,
//! closes it on Escape and returns focus to what opened it. Safari before
//! 15.4 (iOS 15.0 to 15.3) has no `showModal`: there the dialog is shown
//! open over the page (`gf-dialog--fallback`), focus moves into it, and
//! Escape and the close button close it.

use yew::prelude::*;

/// Props of [`Modal`].
#[derive(Properties, PartialEq)]
pub struct ModalProps {
    /// The dialog's heading.
    pub title: AttrValue,
    /// Id of the heading, unique on the page.
    pub title_id: AttrValue,
    /// Accessible name of the close button.
    pub close_label: AttrValue,
    /// Called once the dialog has closed (Escape, the close button).
    pub on_close: Callback<()>,
    /// The dialog's content.
    #[prop_or_default]
    pub children: Html,
}

/// A modal dialog with a heading and a close button.
#[function_component]
pub fn Modal(props: &ModalProps) -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |()| crate::browser::open_dialog(&dialog));
    }
    let close = {
        let dialog = dialog.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| {
            // A native dialog reports it with its `close` event.
            if !crate::browser::close_dialog(&dialog) {
                on_close.emit(());
            }
        })
    };
    let onclose = props.on_close.reform(|_: Event| ());
    let onkeydown = {
        let dialog = dialog.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && !crate::browser::is_native_dialog(&dialog) {
                on_close.emit(());
            }
        })
    };
    html! {
        <dialog class="gf-dialog" ref={dialog} aria-labelledby={props.title_id.clone()} {onclose} {onkeydown}>
            <div class="gf-dialog__head">
                <h3 class="gf-dialog__title" id={props.title_id.clone()}>{ props.title.clone() }</h3>
                <button type="button" class="gf-icon-button gf-dialog__close" aria-label={props.close_label.clone()} onclick={close}>{ "×" }</button>
            </div>
            <div class="gf-dialog__body">{ props.children.clone() }</div>
        </dialog>
    }
}
