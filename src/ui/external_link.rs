//! A link that leaves the widget (maps, calendars, sharing, exhibitors'
//! sites): it opens in a new tab, without the opener, and says so to
//! screen readers.

use crate::i18n::Lang;
use yew::prelude::*;

/// An `<a>` to `href` showing `label`, with `class`, opening in a new tab.
pub fn external_link(lang: Lang, href: String, label: &str, class: &'static str) -> Html {
    html! {
        <a {class} {href} target="_blank" rel="noopener noreferrer">
            { label.to_owned() }<span class="gf-visually-hidden">{ " " }{ lang.messages().new_tab }</span>
        </a>
    }
}
