//! Step 3: booths for a fair from an exhibitor list (.xlsx or CSV), with
//! every row that was not placed listed by its number; and the template.

use crate::browser;
use crate::publish::{import_sheet, is_workbook, read_sheet, sheet_names};
use crate::studio::outputs::template_workbook;
use crate::studio::{ImportOutcome, Notice, StudioAction, StudioState, StudioText};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`ImportView`].
#[derive(Properties, PartialEq)]
pub struct ImportProps {
    /// The studio's state.
    pub state: UseReducerHandle<StudioState>,
}

/// A spreadsheet picked and read, waiting for the import button.
#[derive(Clone, PartialEq)]
struct Picked {
    bytes: Rc<Vec<u8>>,
    sheets: Vec<String>,
}

/// The "import booths" step.
#[function_component]
pub fn ImportView(props: &ImportProps) -> Html {
    let state = &props.state;
    let text = StudioText::of(state.lang);
    let picked = use_state(|| None::<Picked>);
    let sheet = use_state(|| None::<String>);
    let event = use_state(|| None::<String>);
    let Some(draft) = &state.draft else {
        return html! { <section class="s-section"><h2>{ text.steps[2] }</h2><p>{ text.nothing_open }</p></section> };
    };
    let Some((feed, _)) = state.feed.as_deref() else {
        return html! { <section class="s-section"><h2>{ text.steps[2] }</h2><p>{ text.needs_loading_feed }</p></section> };
    };
    let events: Vec<(String, String)> = feed
        .events
        .iter()
        .map(|e| (e.id.clone(), e.name.get(state.lang.code()).to_owned()))
        .collect();
    let chosen_event = (*event)
        .clone()
        .filter(|id| events.iter().any(|(e, _)| e == id))
        .or_else(|| events.first().map(|(id, _)| id.clone()));
    let on_event = chosen_by(&event);
    let on_file = {
        let (picked, sheet) = (picked.clone(), sheet.clone());
        let dispatcher = state.dispatcher();
        Callback::from(move |e: Event| {
            let (picked, sheet, dispatcher) = (picked.clone(), sheet.clone(), dispatcher.clone());
            browser::read_picked(&e, move |_name, bytes| match bytes {
                Ok(bytes) => {
                    let sheets = if is_workbook(&bytes) {
                        sheet_names(&bytes).unwrap_or_default()
                    } else {
                        Vec::new()
                    };
                    sheet.set(sheets.first().cloned());
                    picked.set(Some(Picked {
                        bytes: Rc::new(bytes),
                        sheets,
                    }));
                }
                Err(why) => dispatcher.dispatch(StudioAction::Imported(Err(why))),
            });
        })
    };
    let on_sheet = chosen_by(&sheet);
    let on_import = {
        let dispatcher = state.dispatcher();
        let feed_text = draft.text.clone();
        let (picked, sheet, chosen_event) =
            ((*picked).clone(), (*sheet).clone(), chosen_event.clone());
        Callback::from(move |_: MouseEvent| {
            let (Some(picked), Some(event)) = (picked.clone(), chosen_event.clone()) else {
                return;
            };
            let result = read_sheet(&picked.bytes, sheet.as_deref())
                .and_then(|rows| import_sheet(&feed_text, &rows, &event, &Default::default()))
                .map(|(text, report)| {
                    let outcome = ImportOutcome::Done {
                        event: event.clone(),
                        report,
                    };
                    (text, outcome)
                })
                .map_err(|e| e.to_string());
            dispatcher.dispatch(StudioAction::Imported(result));
        })
    };
    let on_template = {
        let dispatcher = state.dispatcher();
        let names: Vec<String> = feed
            .categories
            .iter()
            .map(|c| c.name.get("vi").to_owned())
            .collect();
        Callback::from(move |_: MouseEvent| {
            let filename = "gian-hang-mau.xlsx";
            match template_workbook(&names) {
                Ok(bytes) => {
                    browser::download_bytes(
                        filename,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        &bytes,
                    );
                    dispatcher.dispatch(StudioAction::Notify(Notice::Downloaded(filename.into())));
                }
                Err(error) => {
                    dispatcher.dispatch(StudioAction::Notify(Notice::NotMade(error.to_string())))
                }
            }
        })
    };
    let ready = picked.is_some() && chosen_event.is_some();
    html! {
        <section class="s-section" aria-labelledby="s-import-title">
            <h2 id="s-import-title">{ text.steps[2] }</h2>
            <p class="s-note">{ text.import_note }</p>
            <div class="s-card">
                <div class="s-field">
                    <label for="s-import-event">{ text.import_event }</label>
                    <select id="s-import-event" onchange={on_event}>
                        { for events.iter().map(|(id, name)| html! {
                            <option value={id.clone()} selected={chosen_event.as_deref() == Some(id.as_str())}>{ format!("{name} ({id})") }</option>
                        }) }
                    </select>
                </div>
                <div class="s-field">
                    <label for="s-import-file">{ text.import_file }</label>
                    <input type="file" id="s-import-file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onchange={on_file} />
                </div>
                if let Some(picked) = (*picked).clone().filter(|p| p.sheets.len() > 1) {
                    <div class="s-field">
                        <label for="s-import-sheet">{ text.import_sheet }</label>
                        <select id="s-import-sheet" onchange={on_sheet}>
                            { for picked.sheets.iter().map(|name| html! {
                                <option value={name.clone()} selected={sheet.as_deref() == Some(name.as_str())}>{ name }</option>
                            }) }
                        </select>
                    </div>
                }
                <button type="button" class="s-button s-button--primary" id="s-import-button" disabled={!ready} onclick={on_import}>{ text.import_button }</button>
            </div>
            { outcome_view(state.import.as_ref(), text) }
            <p><button type="button" class="s-button" id="s-template" onclick={on_template}>{ text.template_download }</button></p>
        </section>
    }
}

/// A select's change handler that keeps its value in `chosen`.
fn chosen_by(chosen: &UseStateHandle<Option<String>>) -> Callback<Event> {
    let chosen = chosen.clone();
    Callback::from(move |e: Event| {
        if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
            chosen.set(Some(select.value()));
        }
    })
}

/// What the last import did, every row not placed by its number.
fn outcome_view(outcome: Option<&ImportOutcome>, text: &StudioText) -> Html {
    match outcome {
        None => Html::default(),
        Some(ImportOutcome::Failed(why)) => html! {
            <p class="s-verdict s-verdict--error" id="s-import-result">{ format!("{} {why}", text.import_failed) }</p>
        },
        Some(ImportOutcome::Done { event, report, .. }) => html! {
            <div class="s-card" id="s-import-result">
                <p class="s-verdict">{ (text.imported)(report.imported, event, report.replaced, &report.read_as.describe(crate::i18n::Lang::En)) }</p>
                if report.problems.is_empty() {
                    <p>{ text.all_rows_placed }</p>
                } else {
                    <table class="s-table" id="s-import-rows">
                        <caption>{ text.rows_not_placed[0] }</caption>
                        <thead><tr><th scope="col">{ text.rows_not_placed[1] }</th><th scope="col">{ text.rows_not_placed[2] }</th></tr></thead>
                        <tbody>
                            { for report.problems.iter().map(|p| html! { <tr><td>{ p.row }</td><td>{ p.issue.describe(crate::i18n::Lang::En) }</td></tr> }) }
                        </tbody>
                    </table>
                }
            </div>
        },
    }
}
