//! One widget instance: its own reducer, its hooks (fetch, URL hash,
//! stored favourites, refresh), and the frame around the views (title,
//! language switch, tabs, notices).

use super::booths::BoothFinder;
use super::calendar::Calendar;
use super::context::ViewContext;
use super::held::Held;
use super::hooks::{
    use_booth_files, use_booth_index, use_dialog_history, use_feed_fetch, use_hash_sync,
    use_host_events, use_live_props, use_refresh_timer, use_stored_favourites,
};
use super::{
    error_view, lang_switch, loading, saved_copy_notice, Action, LoadState, Sections, Tab,
    WidgetProps, WidgetState,
};
use crate::browser::{self, today_in, SHOWN_MARK};
use crate::i18n::{describe_warning, Lang};
use yew::prelude::*;

/// The whole widget for one `[data-greenfair]` element.
#[function_component]
pub fn Widget(props: &WidgetProps) -> Html {
    let state = use_reducer({
        let (lang, preloaded, link, booths) = (
            props.lang,
            props.preloaded.clone(),
            props.link.clone(),
            props.booth_link.clone(),
        );
        let tab = match props.sections {
            Sections::Calendar => Tab::Calendar,
            Sections::Booths => Tab::Booths,
            Sections::Both => props.tab.unwrap_or_default(),
        };
        move || WidgetState::new(lang, preloaded, link).with_booths(tab, booths)
    });
    use_feed_fetch(&state, props);
    use_refresh_timer(&state, props.refresh_secs);
    let booth_files_pending = use_booth_files(&state, props);
    let shown = match &state.load {
        LoadState::Ready(catalog) => Some(catalog.clone()),
        _ => None,
    };
    use_effect_with(shown, move |shown| {
        if shown.is_some() {
            // The benchmark's end of start-up: the fairs are in the page.
            browser::mark(SHOWN_MARK);
        }
    });
    use_booth_index(&state);
    let held = use_mut_ref(<[Held<ViewContext>; 2]>::default);
    use_hash_sync(&state, &props.id_prefix, props.sections);
    use_dialog_history(&state, &props.id_prefix);
    use_stored_favourites(&state);
    use_live_props(&state, props);

    let lang = state.lang;
    let text = lang.messages();
    let on_lang = {
        let dispatcher = state.dispatcher();
        Callback::from(move |lang| dispatcher.dispatch(Action::SetLang(lang)))
    };
    let on_retry = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::Retry))
    };
    // Today, from the reader's clock in the series' time zone: once per feed and refresh, not per render.
    let today = {
        let timezone = match &state.load {
            LoadState::Ready(catalog) => Some(catalog.feed().series.timezone.clone()),
            _ => None,
        };
        // Each refresh looks again, so a page left open past midnight moves on.
        use_memo(
            (props.today, timezone, state.refreshes),
            |(fixed, timezone, _)| fixed.or_else(|| timezone.as_deref().map(today_in)),
        )
    };
    let host = use_host_events(&state, props, *today);
    let busy = matches!(state.load, LoadState::Loading);
    let body = match &state.load {
        LoadState::Loading => loading(lang),
        LoadState::Failed(error) => error_view(error, lang, &on_retry),
        LoadState::Ready(catalog) => {
            let series = &catalog.feed().series;
            let today = (*today).unwrap_or_else(|| today_in(&series.timezone));
            let warnings = catalog.warnings();
            let context = ViewContext {
                catalog: catalog.clone(),
                lang,
                today,
                id_prefix: props.id_prefix.clone(),
                lunar: props.lunar.unwrap_or(lang == Lang::Vi),
                has_booth_finder: props.sections == Sections::Both,
                booths_indexed: state.booths_indexed(),
                dispatcher: state.dispatcher(),
            };
            // A hidden panel keeps what it was last drawn with (ui/held.rs).
            let both = props.sections == Sections::Both;
            let [calendar_held, booths_held] = &mut *held.borrow_mut();
            let calendar_context =
                calendar_held.hold(!both || state.tab == Tab::Calendar, context.clone());
            // The finder, drawn ahead (hidden) once the booth index is built,
            // catches up with the index even while hidden.
            let catch_up = booths_held
                .get()
                .is_none_or(|held| held.booths_indexed != state.booths_indexed());
            let booths_context =
                booths_held.hold(catch_up || !both || state.tab == Tab::Booths, context);
            let calendar = html! {
                <ContextProvider<ViewContext> context={calendar_context}>
                    <Calendar link={state.calendar.clone()} default_view={props.default_view} start_month={props.start_month}
                        open_day={state.open_day} focus_day={state.focus_day} notice={state.notice} />
                </ContextProvider<ViewContext>>
            };
            let booths = html! {
                <>
                if booth_files_pending {
                    <p class="gf-loading" role="status">{ text.booths_loading }</p>
                }
                <ContextProvider<ViewContext> context={booths_context}>
                    <BoothFinder link={state.booths.clone()} favourites={state.favourites.clone()}
                        limit={state.booth_limit} notice={state.notice} />
                </ContextProvider<ViewContext>>
                </>
            };
            html! {
                <>
                    <h2 class="gf-title">{ series.name.get(lang.code()) }</h2>
                    if let Some(saved_at) = state.saved_at {
                        { saved_copy_notice(saved_at, lang, &on_retry) }
                    }
                    if series.sample {
                        <p class="gf-note">{ text.sample_notice }</p>
                    }
                    { match props.sections {
                        Sections::Calendar => calendar,
                        Sections::Booths => booths,
                        Sections::Both => tabs(&state, &props.id_prefix, calendar, booths),
                    } }
                    if !warnings.is_empty() {
                        <details class="gf-warnings">
                            <summary>{ (text.skipped_records)(warnings.len()) }</summary>
                            <ul>{ for warnings.iter().map(|w| html! { <li><code>{ describe_warning(w, lang) }</code></li> }) }</ul>
                        </details>
                    }
                </>
            }
        }
    };
    html! {
        <div class="gf-root" lang={lang.code()} aria-busy={busy.to_string()} ref={host.node} onkeydown={host.onkeydown}>
            <div class="gf-toolbar">
                { lang_switch(lang, &on_lang) }
            </div>
            if !props.embed_problems.is_empty() {
                <details class="gf-warnings gf-embed-problems" open=true>
                    <summary>{ (text.embed_problems)(props.embed_problems.len()) }</summary>
                    <ul>{ for props.embed_problems.iter().map(|p| html! { <li><code>{ p.clone() }</code></li> }) }</ul>
                </details>
            }
            { body }
        </div>
    }
}

/// The calendar and the booth finder as WAI-ARIA tabs (arrow keys switch).
fn tabs(
    state: &UseReducerHandle<WidgetState>,
    prefix: &AttrValue,
    calendar: Html,
    booths: Html,
) -> Html {
    let text = state.lang.messages();
    let tab = |which: Tab, label: &'static str| {
        let dispatcher = state.dispatcher();
        let onclick =
            Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::SetTab(which)));
        let dispatcher = state.dispatcher();
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            let Some(next) = which.after_key(&e.key()) else {
                return;
            };
            e.prevent_default();
            dispatcher.dispatch(Action::SetTab(next));
            // Focus follows the selection (the old tab leaves the tab order).
            browser::focus_child(e.target(), next.position() as u32);
        });
        let selected = state.tab == which;
        html! {
            <button type="button" role="tab" class="gf-tab" id={format!("{prefix}-tab-{}", which.key())}
                aria-selected={selected.to_string()} aria-controls={format!("{prefix}-panel-{}", which.key())}
                tabindex={if selected { "0" } else { "-1" }} {onclick} {onkeydown}>{ label }</button>
        }
    };
    // Both panels stay drawn once drawn, the other one hidden: switching
    // tabs shows what is there. The booth finder is drawn ahead, hidden,
    // once its index is built while the page is idle.
    let panel = |which: Tab, content: Html| {
        let key = which.key();
        html! {
            <div class="gf-panel" role="tabpanel" id={format!("{prefix}-panel-{key}")}
                aria-labelledby={format!("{prefix}-tab-{key}")} hidden={state.tab != which}>
                { content }
            </div>
        }
    };
    html! {
        <>
            <div class="gf-tabs" role="tablist" aria-label={text.sections}>
                { tab(Tab::Calendar, text.tab_calendar) }
                { tab(Tab::Booths, text.tab_booths) }
            </div>
            { panel(Tab::Calendar, calendar) }
            if state.tab == Tab::Booths || state.booths_indexed() {
                { panel(Tab::Booths, booths) }
            }
        </>
    }
}
