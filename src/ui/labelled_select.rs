//! A labelled native `<select>`: accessible and familiar on every phone;
//! the calendar's filters and the booth finder's facets are made of them.

use yew::prelude::*;

/// A label above a select of `options`; `id` is unique on the page (it ties
/// the label to the select) and `onchange` is called when the reader picks.
pub fn labelled_select(
    id: String,
    label: &'static str,
    onchange: Callback<Event>,
    options: Html,
) -> Html {
    html! {
        <div class="gf-filter">
            <label class="gf-label" for={id.clone()}>{ label }</label>
            <select {id} class="gf-select" {onchange}>{ options }</select>
        </div>
    }
}
