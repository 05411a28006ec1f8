//! Step 2: the validator's verdict on the draft, and every error and
//! warning told for the organiser: the record by its name, the field by
//! its form label, what to do, and a "Fix" button that opens the form at
//! that field (or the text at that line, where no form reaches); the JSON
//! path and position stay as the detail. Then the summary, fairs by name,
//! and the text itself for mending what a form cannot reach.

use super::app::fair_name;
use crate::publish::Severity;
use crate::studio::{Explained, StudioAction, StudioState, StudioText, Target};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Lines shown around a clicked finding's line.
const CONTEXT_LINES: usize = 3;

/// The "check" step.
pub fn view(state: &UseReducerHandle<StudioState>) -> Html {
    let text = StudioText::of(state.lang);
    let (Some(draft), Some(report)) = (&state.draft, &state.report) else {
        return html! { <section class="s-section"><h2>{ text.steps[1] }</h2><p>{ text.nothing_open }</p></section> };
    };
    let verdict = text.verdicts[report.exit_code().clamp(0, 2) as usize];
    let finding = |(i, told): (usize, Explained)| {
        let dispatcher = state.dispatcher();
        let line = told.line;
        let show_line = {
            let dispatcher = dispatcher.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(line) = line {
                    dispatcher.dispatch(StudioAction::ShowLine(line));
                }
            })
        };
        let (fix_label, fix) = match told.target.clone() {
            Target::Form(path) => (
                text.fix,
                Some(Callback::from(move |_: MouseEvent| {
                    dispatcher.dispatch(StudioAction::EditAt(path.clone()))
                })),
            ),
            Target::Text(Some(_)) => (text.fix_in_text, Some(show_line.clone())),
            Target::Text(None) => (text.fix_in_text, None),
        };
        let (class, severity) = match told.severity {
            Severity::Error => ("s-finding s-finding--error", text.severities[0]),
            Severity::Warning => ("s-finding s-finding--warning", text.severities[1]),
        };
        let what_id = format!("s-finding-{i}");
        html! {
            <li class={class}>
                <p class="s-finding__what" id={what_id.clone()}>
                    <span class="s-finding__severity">{ severity }</span>
                    <strong class="s-finding__record">{ &told.record }</strong>
                    if let Some(field) = &told.field {
                        <span class="s-finding__field">{ field }</span>
                    }
                    <span class="s-finding__text">{ format!("{} {}", told.what, told.todo) }</span>
                </p>
                if let Some(fix) = fix {
                    <button type="button" class="s-button s-finding__fix" aria-describedby={what_id} onclick={fix}>{ fix_label }</button>
                }
                if !told.detail.is_empty() {
                    <p class="s-finding__detail">
                        { text.where_in_text }{ " " }
                        if line.is_some() {
                            <button type="button" class="s-finding__line" onclick={show_line}><code>{ &told.detail }</code></button>
                        } else {
                            <code>{ &told.detail }</code>
                        }
                    </p>
                }
            </li>
        }
    };
    let on_text = {
        let dispatcher = state.dispatcher();
        // Every keystroke, so the kept draft never lags behind what was typed.
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                dispatcher.dispatch(StudioAction::EditText(area.value()));
            }
        })
    };
    let summary = &report.summary;
    html! {
        <section class="s-section" aria-labelledby="s-check-title">
            <h2 id="s-check-title">{ text.steps[1] }</h2>
            <p class={if report.exit_code() == 2 { "s-verdict s-verdict--error" } else { "s-verdict" }} id="s-verdict">{ verdict }</p>
            if report.exit_code() < 2 {
                <h3>{ text.summary }</h3>
                <p id="s-summary">{ (text.counts)(summary.events, summary.venues, summary.categories, summary.booths) }</p>
                <table class="s-table" id="s-booths-per-fair">
                    <caption>{ text.booths_per_event[0] }</caption>
                    <thead><tr><th scope="col">{ text.booths_per_event[1] }</th><th scope="col">{ text.booths_per_event[2] }</th></tr></thead>
                    <tbody>
                        { for summary.booths_per_event.iter().map(|(event, count)| html! {
                            <tr data-event={event.clone()}><td>{ fair_name(state, event) }</td><td>{ count }</td></tr>
                        }) }
                    </tbody>
                </table>
            }
            <h3>{ text.findings }</h3>
            if report.findings.is_empty() {
                <p>{ text.no_findings }</p>
            } else {
                <ul class="s-findings" id="s-findings">
                    { for state.told.iter().cloned().enumerate().map(finding) }
                </ul>
            }
            if let Some(line) = state.shown_line {
                { excerpt(&draft.text, line, text) }
            }
            // Open once a finding's line is shown: that is where it is mended.
            <details class="s-card" open={state.shown_line.is_some()}>
                <summary>{ text.edit_text }</summary>
                <textarea class="s-text" id="s-text" spellcheck="false" rows="20" aria-label={text.edit_text}
                    value={draft.text.clone()} oninput={on_text} />
            </details>
        </section>
    }
}

/// The lines around `line` of `text`, numbered, the line itself marked
/// (the empty line after a final newline counts: the parser may point there).
fn excerpt(text: &str, line: usize, words: &StudioText) -> Html {
    let first = line.saturating_sub(CONTEXT_LINES).max(1);
    html! {
        // Focused when a finding is clicked (app.rs), so it is seen and read.
        <figure class="s-excerpt" id="s-excerpt" tabindex="-1">
            <figcaption>{ (words.line_of_text)(line) }</figcaption>
            <pre>
                { for text.split('\n').enumerate().skip(first - 1).take(2 * CONTEXT_LINES + 1).map(|(i, content)| {
                    let number = i + 1;
                    let class = if number == line { "s-excerpt__line s-excerpt__line--shown" } else { "s-excerpt__line" };
                    html! { <span class={class} data-line={number.to_string()}><span class="s-excerpt__number" aria-hidden="true">{ format!("{number:>5}  ") }</span>{ content }{ "\n" }</span> }
                }) }
            </pre>
        </figure>
    }
}
