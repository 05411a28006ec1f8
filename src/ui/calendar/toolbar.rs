//! Search box, view switch and filters of the calendar. Every filter
//! option says how many events it would leave; empty ones are disabled.

use crate::calendar::{CalendarView, EventFilter, FacetCounts, When};
use crate::ui::context::ViewContext;
use crate::ui::labelled_select::labelled_select;
use crate::ui::{any_option, category_options, counted_option, district_options, Action};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// What [`toolbar`] shows.
pub struct ToolbarProps {
    /// The filters in force.
    pub filter: EventFilter,
    /// Counts for every option.
    pub counts: std::rc::Rc<FacetCounts>,
    /// The view shown.
    pub view: CalendarView,
}

/// The calendar's controls.
pub fn toolbar(ctx: &ViewContext, props: &ToolbarProps) -> Html {
    let text = ctx.lang.messages();
    let filter = &props.filter;
    let with = |change: fn(&mut EventFilter, String)| {
        let filter = filter.clone();
        ctx.send(move |value: String| {
            let mut next = filter.clone();
            change(&mut next, value);
            Action::SetFilter(next)
        })
    };
    let on_query = with(|f, v| f.query = v)
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let select = |change: fn(&mut EventFilter, String)| {
        with(change).reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value())
    };
    let on_category = select(|f, v| f.category = Some(v).filter(|v| !v.is_empty()));
    let on_district = select(|f, v| f.district = Some(v).filter(|v| !v.is_empty()));
    let on_when = select(|f, v| f.when = When::from_key(&v).unwrap_or_default());
    let on_year = select(|f, v| f.year = v.parse().ok());
    let on_clear = ctx.send(|_: MouseEvent| Action::SetFilter(EventFilter::default()));
    let view_button = |view: CalendarView, label: &'static str| {
        let onclick = ctx.send(move |_: MouseEvent| Action::SetView(view));
        html! {
            <button type="button" class="gf-segment__option" aria-pressed={(props.view == view).to_string()} {onclick}>{ label }</button>
        }
    };
    let search_id = ctx.id("event-search");
    html! {
        <div class="gf-toolbar-block">
            <div class="gf-controls">
                <div class="gf-search">
                    <label class="gf-label" for={search_id.clone()}>{ text.search_events }</label>
                    <input id={search_id} class="gf-input" type="search" autocomplete="off" spellcheck="false"
                        placeholder={text.search_events_hint} value={filter.query.clone()} oninput={on_query} />
                </div>
                <div class="gf-segment" role="group" aria-label={text.view}>
                    { view_button(CalendarView::Agenda, text.view_agenda) }
                    { view_button(CalendarView::Grid, text.view_grid) }
                </div>
            </div>
            <div class="gf-filters">
                { labelled_select(ctx.id("filter-category"), text.filter_category, on_category, html! {
                <>{ category_options(ctx, filter.category.as_deref(), &props.counts.categories) }</>
                }) }
                { labelled_select(ctx.id("filter-district"), text.filter_district, on_district, html! {
                <>{ district_options(ctx, filter.district.as_deref(), &props.counts.districts) }</>
                }) }
                { labelled_select(ctx.id("filter-when"), text.filter_when, on_when, html! {
                <>{ for When::ALL.into_iter().enumerate().map(|(slot, when)| {
                        counted_option(when.key(), text.when_options[slot], filter.when == when, props.counts.when[slot])
                    }) }</>
                }) }
                { labelled_select(ctx.id("filter-year"), text.filter_year, on_year, html! {
                <>{ year_options(ctx, filter, &props.counts) }</>
                }) }
                if !filter.is_empty() {
                    <button type="button" class="gf-button gf-button--quiet" onclick={on_clear}>{ text.clear_filters }</button>
                }
            </div>
        </div>
    }
}

fn year_options(ctx: &ViewContext, filter: &EventFilter, counts: &FacetCounts) -> Html {
    let years = ctx.catalog.years();
    html! {
        <>
            { any_option(ctx, filter.year.is_none()) }
            { for years.iter().map(|year| {
                let count = counts.years.iter().find(|(y, _)| y == year).map_or(0, |y| y.1);
                counted_option(&year.to_string(), &year.to_string(), filter.year == Some(*year), count)
            }) }
        </>
    }
}
