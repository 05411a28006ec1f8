//! A labelled native `<select>`: accessible and familiar on every phone;
//! the calendar's filters and the booth finder's facets are made of them.

use yew::prelude::*;

/// Props of [`LabelledSelect`].
#[derive(Properties, PartialEq)]
pub struct LabelledSelectProps {
    /// The select's id, unique on the page (it ties the label to it).
    pub id: String,
    /// The visible label.
    pub label: &'static str,
    /// Called when the reader picks an option.
    pub onchange: Callback<Event>,
    /// The options.
    pub children: Html,
}

/// A label above a select.
#[function_component]
pub fn LabelledSelect(props: &LabelledSelectProps) -> Html {
    html! {
        <div class="gf-filter">
            <label class="gf-label" for={props.id.clone()}>{ props.label }</label>
            <select id={props.id.clone()} class="gf-select" onchange={props.onchange.clone()}>{ props.children.clone() }</select>
        </div>
    }
}
