//! The studio's frame: title, language, the steps, the notice, and the
//! draft kept in IndexedDB as it changes.

use super::{check, edit, import, open, preview, publish};
use crate::browser;
use crate::i18n::Lang;
use crate::studio::messages::notice_text;
use crate::studio::{Draft, Notice, Step, StudioAction, StudioState, StudioText};
use yew::prelude::*;

/// Props of [`Studio`].
#[derive(Properties, PartialEq, Default)]
pub struct StudioProps {
    /// Where to start (server-rendered tests); by default the open step in
    /// the language the organiser chose last time.
    #[prop_or_default]
    pub start: Option<StudioState>,
}

/// The whole studio.
#[function_component]
pub fn Studio(props: &StudioProps) -> Html {
    let start = props.start.clone();
    let state = use_reducer(move || {
        start.unwrap_or_else(|| {
            let stored = || match browser::stored("greenfair-studio-lang").as_deref() {
                Some("en") => Lang::En,
                _ => Lang::Vi,
            };
            // Inside WordPress the studio speaks its user's language.
            match super::site::site() {
                Some((lang, site)) => StudioState::new(lang.unwrap_or_else(stored)).with_site(site),
                None => StudioState::new(stored()),
            }
        })
    });
    use_kept_draft(&state);
    use_focus_moves(&state);
    {
        let lang = state.lang;
        use_effect_with(lang, |lang| {
            browser::set_page_language(lang.code(), StudioText::of(*lang).title)
        });
    }
    let text = StudioText::of(state.lang);
    let dispatch = |action: StudioAction| {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(action.clone()))
    };
    let lang_button = |lang: Lang| {
        let dispatcher = state.dispatcher();
        let onclick = Callback::from(move |_: MouseEvent| {
            browser::store("greenfair-studio-lang", lang.code());
            dispatcher.dispatch(StudioAction::SetLang(lang));
        });
        html! {
            // Each language's name in itself, marked as such for screen readers.
            <button type="button" class="s-lang" lang={lang.code()} aria-pressed={(state.lang == lang).to_string()} {onclick}>{ lang.endonym() }</button>
        }
    };
    let body = match state.step {
        Step::Open => open::view(&state),
        Step::Check => check::view(&state),
        Step::Import => html! { <import::ImportView state={state.clone()} /> },
        Step::Edit => edit::view(&state),
        Step::Preview => html! { <preview::PreviewView state={state.clone()} /> },
        Step::Publish => html! { <publish::PublishView state={state.clone()} /> },
    };
    html! {
        <div class="s-studio" lang={state.lang.code()}>
            <header class="s-header">
                <h1>{ text.title }</h1>
                <div class="s-langs" role="group" aria-label={text.language}>
                    { for Lang::ALL.into_iter().map(lang_button) }
                </div>
                <p class="s-lead">{ text.lead }</p>
                <p class="s-privacy">{ if state.site.is_some() { text.privacy_site } else { text.privacy } }</p>
            </header>
            <nav class="s-steps" aria-label={text.steps_label}>
                <ol>
                    { for Step::ALL.iter().zip(text.steps).map(|(&step, label)| html! {
                        <li>
                            <button type="button" class="s-step" id={format!("s-step-{}", step.key())}
                                aria-current={if state.step == step { "step" } else { "false" }}
                                onclick={dispatch(StudioAction::Go(step))}>{ label }</button>
                        </li>
                    }) }
                </ol>
            </nav>
            <div class="s-notice-bar">
                <p class="s-notice" role="status">{ state.notice.as_ref().map(|n| notice_text(n, state.lang, &|id| fair_name(&state, id))) }</p>
                if state.undo.is_some() {
                    <button type="button" class="s-button" id="s-undo" onclick={dispatch(StudioAction::Undo)}>{ text.undo }</button>
                }
            </div>
            <main class="s-main">{ body }</main>
        </div>
    }
}

/// A fair's name in the studio's language, by its id (the id itself when
/// the draft does not load or has no such fair).
pub fn fair_name(state: &StudioState, id: &str) -> String {
    state
        .feed
        .as_deref()
        .and_then(|(feed, _)| feed.events.iter().find(|e| e.id == id))
        .map_or_else(
            || id.to_owned(),
            |e| e.name.get(state.lang.code()).to_owned(),
        )
}

/// Moves focus where the organiser's next step is: into a confirmation
/// when it appears, back to "start over" when one is cancelled, to the
/// line of the text a clicked finding shows.
#[hook]
fn use_focus_moves(state: &UseReducerHandle<StudioState>) {
    let asking = state.confirming_reset || state.pending_open.is_some();
    let was_asking = use_mut_ref(|| false);
    use_effect_with(asking, move |&asking| {
        if asking {
            browser::focus_by_id("s-confirm-yes");
        } else if *was_asking.borrow() {
            browser::focus_by_id("s-start-over");
        }
        *was_asking.borrow_mut() = asking;
    });
    // The removed record's button is gone: focus goes to "undo".
    use_effect_with(state.undo.is_some(), |&undoable| {
        if undoable {
            browser::focus_by_id("s-undo");
        }
    });
    use_effect_with(state.shown_line, |line| {
        if line.is_some() {
            browser::focus_by_id("s-excerpt");
        }
    });
    // A finding's "Fix" opened the form: focus goes to its field.
    use_effect_with(state.focus.clone(), |focus| {
        if let Some(path) = focus {
            browser::focus_by_id(&super::fields::focus_id(path));
        }
    });
    // A spreadsheet read: focus goes to what it asks next.
    let asking = state
        .pending_import
        .as_ref()
        .map(|p| p.mapping_open || p.result.is_some());
    use_effect_with(asking, |asking| {
        if asking.is_some() {
            browser::focus_by_id("s-import-next");
        }
    });
}

/// Restores the draft kept in the browser once, then keeps every change of
/// it (or clears it when the studio starts over). Inside WordPress, the
/// site's published feed (or the publication asked for) is opened next, so
/// an update starts from what readers see; a kept draft is replaced only
/// once the organiser confirms it.
#[hook]
fn use_kept_draft(state: &UseReducerHandle<StudioState>) {
    let restored = use_state(|| false);
    {
        let dispatcher = state.dispatcher();
        let restored = restored.clone();
        let open_url = state
            .site
            .as_ref()
            .map(|site| site.open_url.clone())
            .filter(|url| !url.is_empty());
        use_effect_with((), move |()| {
            yew::platform::spawn_local(async move {
                if let Some((name, text)) = browser::load_draft().await {
                    dispatcher.dispatch(StudioAction::Restore(Draft { name, text }));
                }
                restored.set(true);
                if let Some(url) = open_url {
                    dispatcher.dispatch(StudioAction::Fetching);
                    match browser::fetch_text(&url).await {
                        Ok(text) => dispatcher.dispatch(StudioAction::Open(Draft {
                            name: "feed.json".into(),
                            text,
                        })),
                        Err(error) => dispatcher.dispatch(StudioAction::OpenFailed(
                            crate::studio::OpenFailure::Load(error),
                        )),
                    }
                }
            });
        });
    }
    let dispatcher = state.dispatcher();
    // Nothing is written before the kept draft was read: it must not be lost.
    let deps = (state.draft.clone(), *restored);
    use_effect_with(deps, move |(draft, restored)| {
        if !*restored {
            return;
        }
        let draft = draft.clone();
        yew::platform::spawn_local(async move {
            let kept = match &draft {
                Some(draft) => browser::save_draft(&draft.name, &draft.text).await,
                None => browser::clear_draft().await,
            };
            if !kept {
                dispatcher.dispatch(StudioAction::Notify(Notice::NotKept));
            }
        });
    });
}
