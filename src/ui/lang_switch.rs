//! The reader's language switch: one toggle button per language.

use crate::i18n::Lang;
use yew::prelude::*;

/// A labelled group of toggle buttons, each named in its own language;
/// `on_change` gets the language the reader picks.
pub fn lang_switch(current: Lang, on_change: &Callback<Lang>) -> Html {
    html! {
        <div class="gf-lang" role="group" aria-label={current.messages().language}>
            { for Lang::ALL.into_iter().map(|lang| {
                let onclick = on_change.reform(move |_: MouseEvent| lang);
                html! {
                    <button type="button" class="gf-lang__option" lang={lang.code()}
                        aria-pressed={(lang == current).to_string()} {onclick}>
                        { lang.endonym() }
                    </button>
                }
            }) }
        </div>
    }
}
