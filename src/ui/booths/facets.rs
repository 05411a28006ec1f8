//! The booth finder's facets: category tree, fair, dates, district, OCOP.
//! Each option shows how many booths it would leave; options that would
//! leave none are disabled, not removed. Active facets show as chips.

use crate::booths::{BoothCounts, BoothQuery, BoothWhen};
use crate::i18n::format_schedule;
use crate::ui::context::ViewContext;
use crate::ui::labelled_select::labelled_select;
use crate::ui::{any_option, category_options, counted_option, district_options, Action};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// What [`booth_facets`] shows.
pub struct BoothFacetsProps {
    /// The query in force.
    pub query: BoothQuery,
    /// Counts for every option.
    pub counts: Rc<BoothCounts>,
    /// True when the reader unfolded the filters (they fold behind one
    /// button on a phone, so that results come right under the search).
    pub open: bool,
    /// Folds or unfolds them.
    pub on_toggle: Callback<MouseEvent>,
}

/// The facet controls and the chips of the active ones.
pub fn booth_facets(ctx: &ViewContext, props: &BoothFacetsProps) -> Html {
    let text = ctx.lang.messages();
    let code = ctx.lang.code();
    let query = &props.query;
    let counts = &props.counts;
    let change = |apply: fn(&mut BoothQuery, String)| {
        let query = query.clone();
        ctx.send(move |value: String| {
            let mut next = query.clone();
            apply(&mut next, value);
            Action::SetBoothQuery(next)
        })
    };
    let select = |apply: fn(&mut BoothQuery, String)| {
        change(apply).reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value())
    };
    let feed = ctx.catalog.feed();
    // Only fairs that have booths in the feed are offered.
    let with_booths = ctx.catalog.booths_per_event();
    let events = event_order(ctx)
        .into_iter()
        .filter(|&e| with_booths[e] > 0)
        .map(|e| {
            let event = &feed.events[e];
            let label = format!(
                "{} ({})",
                ctx.catalog.short_name(event).get(code),
                format_schedule(&event.schedule, ctx.lang)
            );
            counted_option(
                &event.id,
                &label,
                query.event.as_deref() == Some(event.id.as_str()),
                counts.events[e],
            )
        });
    let on_ocop = change(|q, v| q.ocop = v == "true").reform(|e: Event| {
        e.target_unchecked_into::<HtmlInputElement>()
            .checked()
            .to_string()
    });
    let ocop_id = ctx.id("booth-ocop");
    let filters_id = ctx.id("booth-filters");
    let active = usize::from(query.category.is_some())
        + usize::from(query.event.is_some())
        + usize::from(query.when != BoothWhen::Any)
        + usize::from(query.district.is_some())
        + usize::from(query.ocop);
    html! {
        <div class="gf-facets">
            <button type="button" class="gf-filters-toggle" aria-expanded={props.open.to_string()}
                aria-controls={filters_id.clone()} onclick={props.on_toggle.clone()}>{ (text.filters_button)(active) }</button>
            <div class={classes!("gf-filters", props.open.then_some("gf-filters--open"))} id={filters_id}>
                { labelled_select(ctx.id("booth-category"), text.filter_category, select(|q, v| q.category = Some(v).filter(|v| !v.is_empty())), html! {
                <>{ category_options(ctx, query.category.as_deref(), &counts.categories) }</>
                }) }
                { labelled_select(ctx.id("booth-event"), text.filter_event, select(|q, v| q.event = Some(v).filter(|v| !v.is_empty())), html! {
                <>{ any_option(ctx, query.event.is_none()) }{ for events }</>
                }) }
                { labelled_select(ctx.id("booth-when"), text.filter_when, select(|q, v| q.when = BoothWhen::from_key(&v).unwrap_or_default()), html! {
                <>{ for BoothWhen::ALL.into_iter().enumerate().map(|(slot, when)| counted_option(when.key(), text.booth_when_options[slot], query.when == when, counts.when[slot])) }</>
                }) }
                { labelled_select(ctx.id("booth-district"), text.filter_district, select(|q, v| q.district = Some(v).filter(|v| !v.is_empty())), html! {
                <>{ district_options(ctx, query.district.as_deref(), &counts.districts) }</>
                }) }
                <div class="gf-filter gf-filter--check">
                    <input id={ocop_id.clone()} type="checkbox" class="gf-checkbox" checked={query.ocop}
                        disabled={counts.ocop == 0 && !query.ocop} onchange={on_ocop} />
                    <label for={ocop_id}>{ format!("{} ({})", text.ocop_only, counts.ocop) }</label>
                </div>
            </div>
            { chips(ctx, query) }
        </div>
    }
}

/// Events in the order a visitor looks for them: upcoming first.
fn event_order(ctx: &ViewContext) -> Vec<usize> {
    let events = &ctx.catalog.feed().events;
    let mut order: Vec<usize> = (0..events.len()).collect();
    crate::sort::by_key(&mut order, |&i| {
        (std::cmp::Reverse(events[i].schedule.earliest_day()), i)
    });
    order
}

fn chips(ctx: &ViewContext, query: &BoothQuery) -> Html {
    let text = ctx.lang.messages();
    let code = ctx.lang.code();
    let mut active: Vec<(String, BoothQuery)> = Vec::new();
    let without = |apply: fn(&mut BoothQuery)| {
        let mut next = query.clone();
        apply(&mut next);
        next
    };
    if let Some(c) = query
        .category
        .as_deref()
        .and_then(|id| ctx.catalog.category(id))
    {
        active.push((c.name.get(code).to_owned(), without(|q| q.category = None)));
    }
    if let Some(e) = query.event.as_deref().and_then(|id| ctx.catalog.event(id)) {
        active.push((
            ctx.catalog.short_name(e).get(code).to_owned(),
            without(|q| q.event = None),
        ));
    }
    if query.when != BoothWhen::Any {
        let slot = BoothWhen::ALL
            .iter()
            .position(|w| *w == query.when)
            .unwrap_or(0);
        active.push((
            text.booth_when_options[slot].to_owned(),
            without(|q| q.when = BoothWhen::Any),
        ));
    }
    if let Some(district) = &query.district {
        let catalog = &ctx.catalog;
        let name = catalog
            .district_index(district)
            .map_or(district.clone(), |d| {
                catalog.districts()[d].name.get(ctx.lang.code()).to_owned()
            });
        active.push((name, without(|q| q.district = None)));
    }
    if query.ocop {
        active.push((text.ocop_only.to_owned(), without(|q| q.ocop = false)));
    }
    if active.is_empty() {
        return Html::default();
    }
    let text_only = BoothQuery {
        text: query.text.clone(),
        ..BoothQuery::default()
    };
    let clear = ctx.send(move |_: MouseEvent| Action::SetBoothQuery(text_only.clone()));
    html! {
        <div class="gf-active" role="group" aria-label={text.active_filters}>
            { for active.into_iter().map(|(name, next)| {
                let onclick = ctx.send(move |_: MouseEvent| Action::SetBoothQuery(next.clone()));
                html! {
                    <button type="button" class="gf-chip gf-chip--active" aria-label={(text.remove_filter)(&name)} {onclick}>
                        { name }<span aria-hidden="true">{ " ×" }</span>
                    </button>
                }
            }) }
            <button type="button" class="gf-button gf-button--quiet" onclick={clear}>{ text.clear_all }</button>
        </div>
    }
}
