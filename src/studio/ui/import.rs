//! Step 3: booths for a fair from an exhibitor list (.xlsx or CSV). The
//! sheet is read as a person reads it; where its columns cannot be told,
//! the organiser chooses them (remembered for the next import); before the
//! fair's booths are replaced, what changes is shown and confirmed; every
//! row not placed as written is listed by its number. And the template.

use super::app::fair_name;
use crate::browser;
use crate::publish::{
    fairs_in_import_order, is_workbook, not_imported_label, read_sheet, sheet_names, Changes,
    Field, ImportError, ImportReport, Mapping,
};
use crate::studio::outputs::template_workbook;
use crate::studio::{
    sentence, ImportOutcome, Notice, PendingImport, StudioAction, StudioState, StudioText,
};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Where the browser keeps the organiser's column choices between imports.
const MAPPING_KEY: &str = "greenfair-studio-columns";

/// How many names of new, changed and removed booths are shown.
const NAMES_SHOWN: usize = 3;

/// Props of [`ImportView`].
#[derive(Properties, PartialEq)]
pub struct ImportProps {
    /// The studio's state.
    pub state: UseReducerHandle<StudioState>,
}

/// A spreadsheet picked, waiting for the import button.
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
    if state.draft.is_none() {
        return html! { <section class="s-section"><h2>{ text.steps[2] }</h2><p>{ text.nothing_open }</p></section> };
    }
    let Some((feed, _)) = state.feed.as_deref() else {
        return html! { <section class="s-section"><h2>{ text.steps[2] }</h2><p>{ text.needs_loading_feed }</p></section> };
    };
    let today = browser::today_in(&feed.series.timezone);
    let events: Vec<(String, String)> = fairs_in_import_order(&feed.events, today)
        .into_iter()
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
                Err(why) => dispatcher.dispatch(StudioAction::ImportFailed(ImportError::File(why))),
            });
        })
    };
    let on_sheet = chosen_by(&sheet);
    let on_read = {
        let dispatcher = state.dispatcher();
        let (picked, sheet, chosen_event) =
            ((*picked).clone(), (*sheet).clone(), chosen_event.clone());
        Callback::from(move |_: MouseEvent| {
            let (Some(picked), Some(event)) = (picked.clone(), chosen_event.clone()) else {
                return;
            };
            let remembered = browser::stored(MAPPING_KEY)
                .map(|json| Mapping::from_json(&json))
                .unwrap_or_default();
            dispatcher.dispatch(match read_sheet(&picked.bytes, sheet.as_deref()) {
                Ok(read) => StudioAction::ReadSheet {
                    sheet: Rc::new(read),
                    event,
                    mapping: remembered,
                },
                Err(error) => StudioAction::ImportFailed(error),
            });
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
                Err(error) => dispatcher.dispatch(StudioAction::Notify(Notice::NotMade(error))),
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
                            <option value={id.clone()} selected={chosen_event.as_deref() == Some(id.as_str())}>{ name }</option>
                        }) }
                    </select>
                </div>
                <div class="s-field">
                    <label for="s-import-file">{ text.import_file }</label>
                    <input type="file" id="s-import-file" accept=".xlsx,.xls,.ods,.csv,text/csv,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onchange={on_file} />
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
                <button type="button" class="s-button s-button--primary" id="s-import-button" disabled={!ready} onclick={on_read}>{ text.import_button }</button>
            </div>
            if let Some(pending) = &state.pending_import {
                if pending.mapping_open {
                    { mapping_view(state, pending, text) }
                } else if let Some(result) = &pending.result {
                    { confirm_view(state, pending, &result.1, text) }
                }
            }
            { outcome_view(state, text) }
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

/// The column mapping: the header's row, and for each column of the sheet
/// its header, its first values and the field it goes into (or none).
fn mapping_view(
    state: &UseReducerHandle<StudioState>,
    pending: &PendingImport,
    text: &StudioText,
) -> Html {
    let lang = state.lang;
    let analysis = &pending.analysis;
    let names = |fields: &[Field]| {
        fields
            .iter()
            .map(|f| f.name(lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let on_row = {
        let dispatcher = state.dispatcher();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                if let Ok(row) = input.value().trim().parse::<usize>() {
                    dispatcher.dispatch(StudioAction::SetHeaderRow(row.max(1)));
                }
            }
        })
    };
    let on_apply = {
        let dispatcher = state.dispatcher();
        // The choices for columns with a header are kept for the next list:
        // a letter names a column of this sheet only.
        let mut kept = Mapping::default();
        for column in analysis
            .columns
            .iter()
            .filter(|c| c.chosen && !c.header.trim().is_empty())
        {
            kept.set(&column.header, column.field);
        }
        let json = kept.to_json();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(StudioAction::ApplyMapping);
            if !browser::store_kept(MAPPING_KEY, &json) {
                dispatcher.dispatch(StudioAction::Notify(Notice::MappingNotKept));
            }
        })
    };
    let column_row = |column: &crate::publish::Column| {
        let dispatcher = state.dispatcher();
        let key = column.key();
        let onchange = Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                let field = Field::from_key(&select.value());
                dispatcher.dispatch(StudioAction::MapColumn(key.clone(), field));
            }
        });
        let conflict = column
            .field
            .is_some_and(|f| analysis.conflicts.contains(&f));
        let samples = if column.samples.is_empty() {
            text.no_values.to_owned()
        } else {
            column.samples.join(" · ")
        };
        let current = column.field.map_or("", Field::key);
        html! {
            <tr class={conflict.then_some("s-mapping--conflict")}>
                <th scope="row">{ column.letter() }</th>
                // The sheet's own words.
                <td id={format!("s-map-{}-header", column.letter())} translate="no">{ &column.header }</td>
                <td class="s-mapping__samples" translate="no">{ samples }</td>
                <td>
                    if column.guessed {
                        <span class="s-guessed" id={format!("s-map-{}-guessed", column.letter())}>{ text.guessed_from_values }</span>
                    }
                    // Named by the column's header, the sheet's own words.
                    <select id={format!("s-map-{}", column.letter())} aria-labelledby={format!("s-map-into s-map-{}-header", column.letter())}
                        aria-invalid={conflict.to_string()} aria-describedby={column.guessed.then(|| format!("s-map-{}-guessed", column.letter()))} {onchange}>
                        <option value="" selected={current.is_empty()}>{ text.skip_column }</option>
                        { for Field::ALL.iter().map(|f| html! {
                            <option value={f.key()} selected={current == f.key()}>{ f.name(lang) }</option>
                        }) }
                    </select>
                </td>
            </tr>
        }
    };
    html! {
        <div class="s-card s-mapping" id="s-mapping">
            <h3 id="s-import-next" tabindex="-1">{ text.mapping_title }</h3>
            <p>{ if analysis.ready() && analysis.unsure() { text.mapping_lead_guessed } else { text.mapping_lead } }</p>
            <div class="s-field">
                <label for="s-header-row">{ text.header_row }</label>
                <input type="number" id="s-header-row" min="1" inputmode="numeric" value={analysis.header_row.to_string()} onchange={on_row} />
            </div>
            <table class="s-table">
                <caption>{ text.mapping_headers[0] }</caption>
                <thead><tr>
                    <th scope="col">{ text.mapping_headers[1] }</th>
                    <th scope="col">{ text.mapping_headers[2] }</th>
                    <th scope="col">{ text.mapping_headers[3] }</th>
                    <th scope="col" id="s-map-into">{ text.mapping_headers[4] }</th>
                </tr></thead>
                <tbody>{ for analysis.columns.iter().map(column_row) }</tbody>
            </table>
            <div role="status">
                if !analysis.missing.is_empty() {
                    <p class="s-verdict s-verdict--error">{ (text.missing_fields)(&names(&analysis.missing)) }</p>
                }
                if !analysis.conflicts.is_empty() {
                    <p class="s-verdict s-verdict--error">{ (text.conflicting_fields)(&names(&analysis.conflicts)) }</p>
                }
            </div>
            <button type="button" class="s-button s-button--primary" id="s-apply-mapping" disabled={!analysis.ready()} onclick={on_apply}>{ text.apply_mapping }</button>
            <button type="button" class="s-button" onclick={action(state, StudioAction::CancelImport)}>{ text.cancel }</button>
        </div>
    }
}

/// A button's click that dispatches `action`.
fn action(state: &UseReducerHandle<StudioState>, action: StudioAction) -> Callback<MouseEvent> {
    let dispatcher = state.dispatcher();
    Callback::from(move |_: MouseEvent| dispatcher.dispatch(action.clone()))
}

/// What the import will change, for the organiser to confirm: the booths
/// added, changed and removed (a few names of each), how the sheet was read,
/// and every row not placed as written.
fn confirm_view(
    state: &UseReducerHandle<StudioState>,
    pending: &PendingImport,
    report: &ImportReport,
    text: &StudioText,
) -> Html {
    let fair = fair_name(state, &pending.event);
    let changes = &report.changes;
    html! {
        <div class="s-card s-confirm-import" id="s-import-confirm">
            <h3 id="s-import-next" tabindex="-1">{ text.confirm_title }</h3>
            <p class="s-verdict">{ (text.confirm_lead)(report.imported, &fair, report.replaced) }</p>
            <ul class="s-changes" id="s-changes">
                { for text.change_kinds.iter().zip(changes.kinds()).filter(|(_, names)| !names.is_empty()).map(|(kind, names)| {
                    let (mut shown, more) = Changes::some_of(names, NAMES_SHOWN);
                    if more > 0 {
                        shown = format!("{shown} {}", (text.and_more)(more));
                    }
                    html! { <li><strong>{ format!("{kind} ({}): ", names.len()) }</strong>{ shown }</li> }
                }) }
                if changes.unchanged > 0 {
                    <li>{ (text.unchanged)(changes.unchanged) }</li>
                }
            </ul>
            { report_details(report, state, text) }
            if !report.blank_categories.is_empty() {
                <p><button type="button" class="s-button" id="s-fill-down" onclick={action(state, StudioAction::FillDownCategories)}>{ text.fill_down_categories }</button></p>
            }
            <button type="button" class="s-button s-button--primary" id="s-confirm-import" onclick={action(state, StudioAction::ConfirmImport)}>{ text.confirm_import }</button>
            <button type="button" class="s-button" id="s-change-mapping" onclick={action(state, StudioAction::ChangeMapping)}>{ text.change_mapping }</button>
            <button type="button" class="s-button" onclick={action(state, StudioAction::CancelImport)}>{ text.cancel }</button>
        </div>
    }
}

/// How the sheet was read, the columns imported, and the rows not placed
/// as written. The sheet's own headers are its writer's words, in whatever
/// language: marked so (`translate="no"`).
fn report_details(report: &ImportReport, state: &StudioState, text: &StudioText) -> Html {
    let lang = state.lang;
    let unused: Vec<String> = report.analysis.not_imported().map(|c| c.label()).collect();
    html! {
        <>
            <h4>{ text.how_read }</h4>
            <ul class="s-import-notes">
                <li>{ (text.read_as)(&report.read_as.describe(lang)) }</li>
                <li>{ sentence(&report.header_note(lang)) }</li>
                if !unused.is_empty() {
                    <li>{ sentence(not_imported_label(lang)).trim_end_matches('.') }{ " " }<span translate="no">{ unused.join(", ") }</span>{ "." }</li>
                }
                if let Some(note) = report.phones_note(lang) {
                    <li>{ sentence(&note) }</li>
                }
                { for report.reading_notes(lang).iter().map(|note| html! { <li>{ sentence(note) }</li> }) }
            </ul>
            <h4>{ text.columns_used }</h4>
            <ul class="s-import-columns">
                { for report.columns_imported().map(|(column, field)| html! {
                    <li><span translate="no">{ column.label() }</span>{ format!(" → {}", field.name(lang)) }</li>
                }) }
            </ul>
            if report.problems.is_empty() {
                <p>{ text.all_rows_placed }</p>
            } else {
                <table class="s-table" id="s-import-rows">
                    <caption>{ text.rows_not_placed[0] }</caption>
                    <thead><tr><th scope="col">{ text.rows_not_placed[1] }</th><th scope="col">{ text.rows_not_placed[2] }</th></tr></thead>
                    <tbody>
                        { for report.problems.iter().map(|p| html! { <tr><td>{ p.row }</td><td>{ p.issue.describe(lang) }</td></tr> }) }
                    </tbody>
                </table>
            }
        </>
    }
}

/// What the last import did, or why it could not.
fn outcome_view(state: &StudioState, text: &StudioText) -> Html {
    match &state.import {
        None => Html::default(),
        Some(ImportOutcome::Failed(error)) => {
            // The browser's reason for an unreadable file is its own English
            // word ("NotReadableError"): the organiser is told it in theirs.
            let why = match error {
                ImportError::File(_) => text.file_unreadable.to_owned(),
                _ => error.describe(state.lang),
            };
            html! {
                <p class="s-verdict s-verdict--error" id="s-import-result">{ format!("{} {}", text.import_failed, why) }</p>
            }
        }
        Some(ImportOutcome::Done { event, report }) => html! {
            <div class="s-card" id="s-import-result">
                <p class="s-verdict">{ (text.imported)(report.imported, &fair_name(state, event), report.replaced) }</p>
                { report_details(report, state, text) }
            </div>
        },
    }
}
