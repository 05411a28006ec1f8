//! The booth finder: search and facets over every booth of the series,
//! ranked results, a booth's details, favourites, and the floor plan.

mod booth_details;
mod card;
mod facets;
mod favourites_view;
mod floor_plan;
mod results;

pub use booth_details::{booth_details, is_plain_email, BoothDetailsProps};
pub use card::{booth_card, BoothCardProps};
pub use facets::{booth_facets, BoothFacetsProps};
pub use favourites_view::{favourites_view, FavouritesViewProps};
pub use floor_plan::FloorPlanView;
pub use results::{result_list, ResultListProps};

use crate::booths::BoothQuery;
use crate::booths::{search, BoothCounts, BoothLink, Favourites};
use crate::browser;
use crate::ui::context::{use_view, ViewContext};
use crate::ui::{icon, Action, Icon, Notice, BOOTH_PAGE};

/// Cards drawn with the frame that answers the reader: a phone's screen
/// and a little more; the rest of the page follows once it is painted.
const FIRST_SCREEN: usize = 6;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The User Timing mark set when the visitor types, and the measure taken
/// once the results are on screen (read by the benchmark).
pub const INPUT_MARK: &str = "greenfair:booths:input";
/// See [`INPUT_MARK`].
pub const UPDATE_MEASURE: &str = "greenfair:booths:update";
/// User Timing measure of the search step alone (matching, ranking and
/// facet counts, nothing rendered), beside which the benchmark puts the
/// JavaScript libraries' search calls.
pub const SEARCH_MEASURE: &str = "greenfair:booths:search";
const SEARCH_MARK: &str = "greenfair:booths:search-start";

/// Props of [`BoothFinder`].
#[derive(Properties, PartialEq)]
pub struct BoothFinderProps {
    /// Query, facets, open booth, favourites view, shared list.
    pub link: BoothLink,
    /// The visitor's saved booths.
    pub favourites: Favourites,
    /// How many results to render.
    pub limit: usize,
    /// A confirmation to announce.
    pub notice: Option<Notice>,
}

/// One search's results as the finder's children share them.
struct SharedResults {
    booths: Rc<Vec<u32>>,
    counts: Rc<BoothCounts>,
    corrected: Option<String>,
}

/// The booth finder of the series.
#[function_component]
pub fn BoothFinder(props: &BoothFinderProps) -> Html {
    let ctx = use_view();
    let text = ctx.lang.messages();
    // Until the booth index is built (in slices, once the page is idle),
    // the finder says so; it never builds it in the middle of a click.
    let results = {
        let deps = (
            ctx.catalog.clone(),
            props.link.query.clone(),
            ctx.today,
            ctx.booths_indexed,
        );
        use_memo(deps, |(catalog, query, today, indexed)| {
            indexed.then(|| {
                browser::mark(SEARCH_MARK);
                let results = search(catalog, query, *today);
                browser::measure(SEARCH_MEASURE, SEARCH_MARK);
                // Shared with the children as they are: no copy per keystroke.
                SharedResults {
                    booths: Rc::new(results.booths),
                    counts: Rc::new(results.counts),
                    corrected: results.corrected,
                }
            })
        })
    };
    // Cards never drawn before come a first screen at a time: those with
    // the frame that answers the reader, the rest once it is painted.
    // Cards already drawn are updated in place for a new search (taking
    // them away and drawing them again after the paint cost more).
    let most_drawn = use_state_eq(|| 0);
    let filters_open = use_state_eq(|| false);
    // A shared list opened from a link is brought into view: the link
    // opens the article at its top, the list far below.
    let shared_list = use_node_ref();
    use_effect_with(props.link.shared.is_some(), {
        let shared_list = shared_list.clone();
        move |&shared| {
            if shared {
                browser::after_paint(move || browser::scroll_into_view(&shared_list));
            }
        }
    });
    let first_screen = props.limit.saturating_sub(BOOTH_PAGE) + FIRST_SCREEN;
    let drawn = if browser::PAINTS {
        props.limit.min(first_screen.max(*most_drawn))
    } else {
        props.limit
    };
    use_effect_with((drawn, props.limit), {
        let most_drawn = most_drawn.clone();
        move |&(drawn, limit)| {
            if drawn < limit {
                browser::after_paint(move || most_drawn.set(limit));
            }
        }
    });
    // Every query change ends a measure, even one (a space) that leaves the results as they were.
    use_effect_with(props.link.query.clone(), |_| {
        browser::measure(UPDATE_MEASURE, INPUT_MARK)
    });

    let open = props
        .link
        .booth
        .as_deref()
        .and_then(|id| ctx.catalog.booth(id))
        .map(|(i, b)| (i, props.favourites.contains(&b.id)));
    let details =
        open.map(|(booth, starred)| booth_details(&ctx, &BoothDetailsProps { booth, starred }));
    if let Some(shared) = &props.link.shared {
        return html! {
            <div class="gf-booths" ref={shared_list}>
                { favourites_view(&ctx, &FavouritesViewProps { list: shared.clone(), own: props.favourites.clone(), shared: true, notice: props.notice }) }
                { details.unwrap_or_default() }
            </div>
        };
    }
    if props.link.favourites {
        return html! {
            <div class="gf-booths">
                { favourites_view(&ctx, &FavouritesViewProps { list: props.favourites.clone(), own: props.favourites.clone(), shared: false, notice: props.notice }) }
                { details.unwrap_or_default() }
            </div>
        };
    }
    let query = props.link.query.clone();
    let oninput = {
        let query = query.clone();
        ctx.send(move |e: InputEvent| {
            browser::mark(INPUT_MARK);
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            Action::SetBoothQuery(crate::booths::BoothQuery {
                text,
                ..query.clone()
            })
        })
    };
    let show_favourites = ctx.send(|_: MouseEvent| Action::ShowFavourites(true));
    // A phone folds the filters behind one button; a wider widget shows
    // them (styles/greenfair.css). Open or not is this finder's own.
    let filters = {
        let open = filters_open.clone();
        Folded {
            open: *filters_open,
            on_toggle: Callback::from(move |_: MouseEvent| open.set(!*open)),
        }
    };
    let search_id = ctx.id("booth-search");
    let plan_event = query
        .event
        .as_deref()
        .and_then(|id| ctx.catalog.event_index(id))
        .filter(|&e| ctx.catalog.feed().events[e].floor_plan.is_some());
    html! {
        <div class="gf-booths">
            <div class="gf-controls">
                <div class="gf-search">
                    <label class="gf-label" for={search_id.clone()}>{ text.search_booths }</label>
                    <input id={search_id} class="gf-input" type="search" autocomplete="off" spellcheck="false"
                        placeholder={text.search_booths_hint} value={query.text.clone()} {oninput} />
                </div>
                <button type="button" class="gf-button gf-button--quiet" onclick={show_favourites}>
                    { icon(Icon::Star { filled: true }) }{ " " }{ (text.favourites_count)(props.favourites.len()) }
                </button>
            </div>
            { match results.as_ref() {
                Some(results) => found(&ctx, props, &query, results, plan_event, drawn, &filters),
                None => html! { <p class="gf-loading" role="status">{ text.booths_preparing }</p> },
            } }
            { details.unwrap_or_default() }
        </div>
    }
}

/// Whether the filters are unfolded, and the click that folds them.
struct Folded {
    open: bool,
    on_toggle: Callback<MouseEvent>,
}

/// The facets, the count, the floor plan and the list of one search.
fn found(
    ctx: &ViewContext,
    props: &BoothFinderProps,
    query: &BoothQuery,
    results: &SharedResults,
    plan_event: Option<usize>,
    drawn: usize,
    filters: &Folded,
) -> Html {
    let text = ctx.lang.messages();
    let (booths, counts) = (Rc::clone(&results.booths), Rc::clone(&results.counts));
    html! {
        <>
            { booth_facets(ctx, &BoothFacetsProps { query: query.clone(), counts, open: filters.open, on_toggle: filters.on_toggle.clone() }) }
            <p class="gf-summary" role="status">
                if let Some(shown) = &results.corrected {
                    { (text.corrected)(query.text.trim(), shown) }{ " " }
                }
                { if booths.is_empty() { text.no_booths.to_owned() } else { (text.booth_count)(booths.len() as u32) } }
            </p>
            if let Some(event) = plan_event {
                <FloorPlanView {event} matching={Rc::clone(&booths)} />
            }
            { result_list(ctx, &ResultListProps { booths, limit: props.limit, drawn, favourites: props.favourites.clone() }) }
        </>
    }
}
