//! Step 4: the series, categories, venues and fairs in forms. Every field
//! is checked as it is typed, by the validator itself.

use super::fields::{Form, Kind};
use crate::studio::{Edit, FieldPath, List, StudioState, StudioText};
use serde_json::Value;
use yew::prelude::*;

/// The "edit" step.
pub fn view(state: &UseReducerHandle<StudioState>) -> Html {
    let text = StudioText::of(state.lang);
    let (Some(document), Some(report)) = (&state.document, &state.report) else {
        return html! { <section class="s-section"><h2>{ text.steps[3] }</h2><p>{ text.nothing_open }</p></section> };
    };
    let document = match document.as_ref() {
        Ok(document) => document,
        Err(error) => {
            return html! {
                <section class="s-section"><h2>{ text.steps[3] }</h2>
                    <p class="s-verdict s-verdict--error">{ format!("{} {}", text.edit_refused, text.draft_error(error)) }</p>
                </section>
            }
        }
    };
    let form = Form::new(state, document, report);
    let records = |list: List| -> Vec<Value> {
        document
            .get(list.key())
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let categories = records(List::Categories);
    let venues = records(List::Venues);
    let events = records(List::Events);
    let name_of = |record: &Value| -> String {
        let name = record.get("name");
        let vi = name
            .and_then(|n| n.as_str().or_else(|| n.get("vi").and_then(Value::as_str)))
            .unwrap_or_default();
        let id = record.get("id").and_then(Value::as_str).unwrap_or_default();
        if vi.is_empty() {
            id.to_owned()
        } else {
            vi.to_owned()
        }
    };
    let options = |records: &[Value]| -> Vec<(String, String)> {
        let mut options = vec![(String::new(), text.none.to_owned())];
        options.extend(records.iter().filter_map(|r| {
            let id = r.get("id")?.as_str()?.to_owned();
            Some((id, name_of(r)))
        }));
        options
    };
    let series = FieldPath::series();
    html! {
        <section class="s-section" aria-labelledby="s-edit-title">
            <h2 id="s-edit-title">{ text.steps[3] }</h2>
            <fieldset class="s-card" id="s-series" tabindex="-1">
                <legend>{ text.series }</legend>
                { form.input(text.id, series.key("id"), Kind::Text, true) }
                { form.text_input(text.name_vi, &series.key("name"), "vi", true) }
                { form.text_input(text.name_en, &series.key("name"), "en", false) }
                { form.text_input(text.organizer[0], &series.key("organizer"), "vi", false) }
                { form.text_input(text.organizer[1], &series.key("organizer"), "en", false) }
                { form.input(text.series_url, series.key("url"), Kind::Url, false) }
                { form.input(text.calendar_url, series.key("calendar_url"), Kind::Text, false) }
                { form.input(text.timezone, series.key("timezone"), Kind::Text, false) }
            </fieldset>
            { list_view(&form, text, List::Categories, &categories, &name_of, |path, _| html! {
                <>
                    { form.select(text.parent, path.key("parent"), options(&categories), "") }
                </>
            }) }
            { list_view(&form, text, List::Venues, &venues, &name_of, |path, _| html! {
                <>
                    { form.text_input(text.place[0], &path.key("address"), "vi", false) }
                    { form.text_input(text.place[1], &path.key("ward"), "vi", false) }
                    { form.text_input(text.place[2], &path.key("district"), "vi", false) }
                    { form.text_input(text.place[3], &path.key("city"), "vi", false) }
                </>
            }) }
            { list_view(&form, text, List::Events, &events, &name_of, |path, record| {
                event_fields(&form, text, path, record, &categories, options(&venues))
            }) }
        </section>
    }
}

/// A list of records, each in a `<details>` with its id and names, the
/// fields `more` adds, and a remove button; then an add button.
fn list_view(
    form: &Form,
    text: &StudioText,
    list: List,
    records: &[Value],
    name_of: &dyn Fn(&Value) -> String,
    more: impl Fn(&FieldPath, &Value) -> Html,
) -> Html {
    let (title, add) = match list {
        List::Categories => (text.categories, text.add[0]),
        List::Venues => (text.venues, text.add[1]),
        List::Events => (text.events, text.add[2]),
    };
    html! {
        <fieldset class="s-card" id={format!("s-{}", list.key())}>
            <legend>{ format!("{title} ({})", records.len()) }</legend>
            { for records.iter().enumerate().map(|(i, record)| {
                let path = FieldPath::record(list, i);
                let problems = form.findings_at(&path.text());
                let own = form.findings_of(&path);
                // A finding's "Fix" opens the record it is about.
                let open = form.state.focus.as_ref().is_some_and(|f| f.0.starts_with(&path.0));
                html! {
                    <details class="s-record" id={format!("s-{}-{i}", list.key())} {open}>
                        <summary id={format!("s-{}-{i}-summary", list.key())}>
                            { name_of(record) }
                            if !problems.is_empty() {
                                <span class="s-badge">{ problems.len() }<span class="s-visually-hidden">{ format!(" {}", text.problems_here) }</span></span>
                            }
                        </summary>
                        { form.problems_view(&format!("s-{}-{i}-problems", list.key()), &own) }
                        { form.input(text.id, path.key("id"), Kind::Text, true) }
                        { form.text_input(text.name_vi, &path.key("name"), "vi", true) }
                        { form.text_input(text.name_en, &path.key("name"), "en", false) }
                        { more(&path, record) }
                        <button type="button" class="s-button s-button--danger" onclick={form.on_click(Edit::Remove(list, i))}>{ text.remove }</button>
                    </details>
                }
            }) }
            <button type="button" class="s-button" id={format!("s-add-{}", list.key())} onclick={form.on_click(Edit::Add(list))}>{ add }</button>
        </fieldset>
    }
}

/// An event's own fields: venue, dates or year and month, status,
/// categories, booths planned, the announcement.
fn event_fields(
    form: &Form,
    text: &StudioText,
    path: &FieldPath,
    record: &Value,
    categories: &[Value],
    venues: Vec<(String, String)>,
) -> Html {
    let by_days = record.get("start").is_some();
    let dating = {
        let to_days = Edit::All(vec![
            Edit::Set(path.key("year"), None),
            Edit::Set(path.key("month"), None),
            Edit::Set(path.key("start"), Some(Value::String(String::new()))),
        ]);
        let to_year = Edit::All(vec![
            Edit::Set(path.key("start"), None),
            Edit::Set(path.key("end"), None),
            Edit::Set(path.key("year"), Some(Value::from(2026))),
        ]);
        let name = format!("{}-dating", super::fields::field_id(path));
        html! {
            <fieldset class="s-choice">
                <legend>{ text.dating[0] }</legend>
                // Only a change of kind edits: clicking the checked one again keeps the dates.
                <label><input type="radio" name={name.clone()} checked={by_days} onclick={(!by_days).then(|| form.on_click(to_days))} />{ text.dating[1] }</label>
                <label><input type="radio" name={name} checked={!by_days} onclick={by_days.then(|| form.on_click(to_year))} />{ text.dating[2] }</label>
            </fieldset>
        }
    };
    let status = vec![
        ("scheduled".to_owned(), text.status[1].to_owned()),
        ("postponed".to_owned(), text.status[2].to_owned()),
        ("cancelled".to_owned(), text.status[3].to_owned()),
        ("tba".to_owned(), text.status[4].to_owned()),
    ];
    let chosen: Vec<String> = record
        .get("categories")
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(|c| c.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let category_box = |category: &Value| {
        let id = category
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        let checked = chosen.contains(&id);
        let mut next = chosen.clone();
        if checked {
            next.retain(|c| *c != id);
        } else {
            next.push(id.clone());
        }
        let value = Value::Array(next.into_iter().map(Value::String).collect());
        let label = category
            .get("name")
            .and_then(|n| n.as_str().or_else(|| n.get("vi").and_then(Value::as_str)))
            .unwrap_or(&id)
            .to_owned();
        html! {
            <label><input type="checkbox" {checked} onclick={form.on_click(Edit::Set(path.key("categories"), Some(value)))} />{ label }</label>
        }
    };
    html! {
        <>
            { form.select(text.venue, path.key("venue"), venues, "") }
            { dating }
            if by_days {
                { form.input(text.days[0], path.key("start"), Kind::Date, true) }
                { form.input(text.days[1], path.key("end"), Kind::Date, false) }
            } else {
                { form.input(text.year_month[0], path.key("year"), Kind::Number, true) }
                { form.input(text.year_month[1], path.key("month"), Kind::Number, false) }
            }
            { form.select(text.status[0], path.key("status"), status, "scheduled") }
            // Focusable: a finding's "Fix" about the categories lands here.
            <fieldset class="s-choice" id={super::fields::field_id(&path.key("categories"))} tabindex="-1">
                <legend>{ text.event_categories }</legend>
                { for categories.iter().map(category_box) }
                { form.problems_view(&format!("{}-categories-problems", super::fields::field_id(path)), &form.findings_for(&path.key("categories"))) }
            </fieldset>
            { form.input(text.booth_count, path.key("booth_count"), Kind::Number, false) }
            { form.input(text.source, path.key("source"), Kind::Url, false) }
        </>
    }
}
