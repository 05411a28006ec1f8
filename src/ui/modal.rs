//! A modal dialog on the native `<dialog>` element: the browser traps focus,
//! closes it on Escape and returns focus to what opened it.

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
        use_effect_with((), move |()| {
            #[cfg(target_arch = "wasm32")]
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if !dialog.open() {
                    let _ = dialog.show_modal();
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = dialog;
        });
    }
    let close = {
        let dialog = dialog.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| {
            #[cfg(target_arch = "wasm32")]
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                // The `close` event then reports it.
                dialog.close();
                return;
            }
            let _ = &dialog;
            on_close.emit(());
        })
    };
    let onclose = props.on_close.reform(|_: Event| ());
    html! {
        <dialog class="gf-dialog" ref={dialog} aria-labelledby={props.title_id.clone()} {onclose}>
            <div class="gf-dialog__head">
                <h3 class="gf-dialog__title" id={props.title_id.clone()}>{ props.title.clone() }</h3>
                <button type="button" class="gf-icon-button gf-dialog__close" aria-label={props.close_label.clone()} onclick={close}>{ "×" }</button>
            </div>
            <div class="gf-dialog__body">{ props.children.clone() }</div>
        </dialog>
    }
}
