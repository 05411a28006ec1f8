//! Form fields bound to a place in the draft: each shows the value there,
//! writes every change back as an edit (checked at once by the validator),
//! and shows the validator's findings about that place beside it.

use crate::publish::{Finding, Report};
use crate::studio::draft::value_in;
use crate::studio::{Edit, FieldPath, StudioAction, StudioState};
use serde_json::Value;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// What every field needs: the draft, its report, and where to send edits.
pub struct Form<'a> {
    /// The studio's state handle.
    pub state: &'a UseReducerHandle<StudioState>,
    /// The draft's JSON, parsed once for every field.
    pub document: &'a Value,
    /// The validator's report on it.
    pub report: &'a Report,
}

/// How a field's text becomes JSON.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A string; empty removes an optional field.
    Text,
    /// A whole number (an invalid one is kept as written, for the validator to name).
    Number,
    /// A day, `2025-09-12`.
    Date,
    /// A web address.
    Url,
}

impl Form<'_> {
    /// The findings about `path` or anything inside it.
    pub fn findings_at(&self, path: &str) -> Vec<&Finding> {
        self.report
            .findings
            .iter()
            .filter(|f| {
                f.path.as_deref().is_some_and(|p| {
                    p == path
                        || p.strip_prefix(path)
                            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
                })
            })
            .collect()
    }

    /// The findings about exactly `path` (a record as a whole).
    pub fn findings_of(&self, path: &str) -> Vec<&Finding> {
        self.report
            .findings
            .iter()
            .filter(|f| f.path.as_deref() == Some(path))
            .collect()
    }

    /// A callback that makes `edit`.
    pub fn on_click(&self, edit: Edit) -> Callback<MouseEvent> {
        let dispatcher = self.state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(StudioAction::Edit(edit.clone())))
    }

    /// An input for the value at `path`.
    pub fn input(&self, label: &str, path: FieldPath, kind: Kind, required: bool) -> Html {
        let value = match value_in(self.document, &path) {
            Some(Value::String(text)) => text.clone(),
            Some(Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        };
        // A date-time (`2025-09-12T08:00:00+07:00`) is edited as text: a date
        // field would show it blank.
        let kind = if kind == Kind::Date && value.contains('T') {
            Kind::Text
        } else {
            kind
        };
        let problems = self.findings_at(&path.text());
        self.input_with(label, path, value, kind, required, &problems)
    }

    /// One language of the text at `path` (a plain string is its Vietnamese).
    pub fn text_input(&self, label: &str, path: &FieldPath, lang: &str, required: bool) -> Html {
        let value = match value_in(self.document, path) {
            Some(Value::String(text)) if lang == "vi" => text.clone(),
            Some(Value::Object(texts)) => texts
                .get(lang)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned(),
            _ => String::new(),
        };
        // The text's own findings (missing, empty) show under its Vietnamese.
        let problems = if lang == "vi" {
            self.findings_at(&path.text())
        } else {
            Vec::new()
        };
        self.input_with(
            label,
            path.key(lang),
            value,
            Kind::Text,
            required,
            &problems,
        )
    }

    fn input_with(
        &self,
        label: &str,
        path: FieldPath,
        value: String,
        kind: Kind,
        required: bool,
        problems: &[&Finding],
    ) -> Html {
        let id = field_id(&path);
        let dispatcher = self.state.dispatcher();
        let oninput = {
            let path = path.clone();
            Callback::from(move |e: InputEvent| {
                let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                    return;
                };
                let written = input.value();
                let value = json_of(&written, kind, required);
                dispatcher.dispatch(StudioAction::Edit(Edit::Set(path.clone(), value)));
            })
        };
        let input_type = match kind {
            Kind::Text => "text",
            Kind::Number => "text",
            Kind::Date => "date",
            Kind::Url => "url",
        };
        let inputmode = (kind == Kind::Number).then_some("numeric");
        html! {
            <div class="s-field">
                <label for={id.clone()}>{ label }</label>
                <input id={id.clone()} type={input_type} {inputmode} value={value} {oninput}
                    required={required} aria-invalid={(!problems.is_empty()).to_string()}
                    aria-describedby={(!problems.is_empty()).then(|| format!("{id}-problems"))} />
                { problems_view(&format!("{id}-problems"), problems, &self.report.source) }
            </div>
        }
    }

    /// A select of `options` (value, label) for the value at `path`, showing
    /// `absent` when the feed has none (the validator's default); the empty
    /// value removes the field.
    pub fn select(
        &self,
        label: &str,
        path: FieldPath,
        options: Vec<(String, String)>,
        absent: &str,
    ) -> Html {
        let id = field_id(&path);
        let current = value_in(self.document, &path)
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_else(|| absent.to_owned());
        let problems = self.findings_at(&path.text());
        let dispatcher = self.state.dispatcher();
        let onchange = Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                let value = Some(select.value())
                    .filter(|v| !v.is_empty())
                    .map(Value::String);
                dispatcher.dispatch(StudioAction::Edit(Edit::Set(path.clone(), value)));
            }
        });
        html! {
            <div class="s-field">
                <label for={id.clone()}>{ label }</label>
                <select id={id.clone()} {onchange} aria-invalid={(!problems.is_empty()).to_string()}
                    aria-describedby={(!problems.is_empty()).then(|| format!("{id}-problems"))}>
                    { for options.into_iter().map(|(value, text)| {
                        let selected = value == current;
                        html! { <option {value} {selected}>{ text }</option> }
                    }) }
                </select>
                { problems_view(&format!("{id}-problems"), &problems, &self.report.source) }
            </div>
        }
    }
}

/// What a typed value becomes in the feed.
fn json_of(written: &str, kind: Kind, required: bool) -> Option<Value> {
    let trimmed = written.trim();
    if trimmed.is_empty() && !required {
        return None;
    }
    match kind {
        Kind::Number => Some(
            trimmed
                .parse::<u64>()
                .map(Value::from)
                .unwrap_or_else(|_| Value::String(written.to_owned())),
        ),
        _ => Some(Value::String(written.to_owned())),
    }
}

/// An element id for the field at `path`: `s-f-events-2-name-vi`.
pub fn field_id(path: &FieldPath) -> String {
    let text = path.text();
    let mut id = String::from("s-f-");
    for c in text.chars() {
        id.push(if c.is_ascii_alphanumeric() { c } else { '-' });
    }
    id.replace("--", "-").trim_end_matches('-').to_owned()
}

/// The validator's findings about a field, as `greenfair validate` words them.
pub fn problems_view(id: &str, problems: &[&Finding], source: &str) -> Html {
    if problems.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="s-field__problems" id={id.to_owned()}>
            { for problems.iter().map(|f| html! { <li><code>{ f.to_line(source) }</code></li> }) }
        </ul>
    }
}
