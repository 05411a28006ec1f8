//! Form fields bound to a place in the draft: each shows the value there,
//! writes every change back as an edit (checked at once by the validator),
//! and shows the validator's findings about that place beside it.

use crate::publish::{Finding, Report};
use crate::studio::draft::value_in;
use crate::studio::PathStep;
use crate::studio::{Edit, Explained, FieldPath, StudioAction, StudioState, Target};
use serde_json::Value;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// What every field needs: the draft, its report, and where to send edits.
pub struct Form<'a> {
    /// The studio's state handle.
    pub state: &'a UseReducerHandle<StudioState>,
    /// The draft's JSON, parsed once for every field.
    pub document: &'a Value,
    /// Each finding beside its telling (the state's, made once per draft).
    pub told: Vec<(&'a Finding, &'a Explained)>,
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

impl<'a> Form<'a> {
    /// The form for the draft's `document` and its `report`.
    pub fn new(
        state: &'a UseReducerHandle<StudioState>,
        document: &'a Value,
        report: &'a Report,
    ) -> Self {
        let told = report.findings.iter().zip(state.told.iter()).collect();
        Form {
            state,
            document,
            told,
        }
    }

    /// The findings about the record or field at `path` or anything
    /// inside it, by their JSON path (a record's badge counts them all).
    pub fn findings_at(&self, path: &str) -> Vec<&Explained> {
        self.told
            .iter()
            .filter(|(f, _)| {
                f.path.as_deref().is_some_and(|p| {
                    p == path
                        || p.strip_prefix(path)
                            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
                })
            })
            .map(|(_, told)| *told)
            .collect()
    }

    /// The findings a field shows: those whose "Fix" leads to it (a
    /// record's dates are told at the date field).
    pub fn findings_for(&self, path: &FieldPath) -> Vec<&Explained> {
        self.told
            .iter()
            .filter(
                |(_, told)| matches!(&told.target, Target::Form(at) if at.0.starts_with(&path.0)),
            )
            .map(|(_, told)| *told)
            .collect()
    }

    /// The findings a record shows at its top: those about it that no field
    /// of its form shows.
    pub fn findings_of(&self, record: &FieldPath) -> Vec<&Explained> {
        let path = record.text();
        self.findings_at(&path)
            .into_iter()
            .filter(|told| match &told.target {
                Target::Form(at) => at == record,
                Target::Text(_) => true,
            })
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
        let problems = self.findings_for(&path);
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
            self.findings_for(path)
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
        problems: &[&Explained],
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
                { self.problems_view(&format!("{id}-problems"), problems) }
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
        let problems = self.findings_for(&path);
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
                { self.problems_view(&format!("{id}-problems"), &problems) }
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

/// The element "Fix" focuses for `path`: a field's input, or a record's
/// summary when the path is the record itself.
pub fn focus_id(path: &FieldPath) -> String {
    match path.0.as_slice() {
        [PathStep::Key(list), PathStep::Index(i)] => format!("s-{list}-{i}-summary"),
        [PathStep::Key(series)] if series == "series" => "s-series".to_owned(),
        _ => field_id(path),
    }
}

impl Form<'_> {
    /// The validator's findings about a field, told for the organiser: what
    /// is wrong, and what to do.
    pub fn problems_view(&self, id: &str, problems: &[&Explained]) -> Html {
        if problems.is_empty() {
            return Html::default();
        }
        html! {
            <ul class="s-field__problems" id={id.to_owned()}>
                { for problems.iter().map(|told| html! { <li>{ format!("{} {}", told.what, told.todo) }</li> }) }
            </ul>
        }
    }
}
