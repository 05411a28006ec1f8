//! The reader's language switch: one toggle button per language.

use crate::i18n::Lang;
use yew::prelude::*;

/// Props of [`LangSwitch`].
#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    /// The language shown now.
    pub current: Lang,
    /// Called with the language the reader picks.
    pub on_change: Callback<Lang>,
}

/// A labelled group of toggle buttons, each named in its own language.
#[function_component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    html! {
        <div class="gf-lang" role="group" aria-label={props.current.messages().language}>
            { for Lang::ALL.into_iter().map(|lang| {
                let onclick = props.on_change.reform(move |_: MouseEvent| lang);
                html! {
                    <button type="button" class="gf-lang__option" lang={lang.code()}
                        aria-pressed={(lang == props.current).to_string()} {onclick}>
                        { lang.endonym() }
                    </button>
                }
            }) }
        </div>
    }
}
