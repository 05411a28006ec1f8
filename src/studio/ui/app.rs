//! The studio's frame: title, language, the steps, the notice, and the
//! draft kept in IndexedDB as it changes.

use super::{check, edit, import, open, preview, publish};
use crate::browser;
use crate::i18n::Lang;
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
            let lang = match browser::stored("greenfair-studio-lang").as_deref() {
                Some("en") => Lang::En,
                _ => Lang::Vi,
            };
            StudioState::new(lang)
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
    let lang_button = |lang: Lang, label: &'static str| {
        let dispatcher = state.dispatcher();
        let onclick = Callback::from(move |_: MouseEvent| {
            browser::store("greenfair-studio-lang", lang.code());
            dispatcher.dispatch(StudioAction::SetLang(lang));
        });
        html! {
            <button type="button" class="s-lang" aria-pressed={(state.lang == lang).to_string()} {onclick}>{ label }</button>
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
                    { lang_button(Lang::Vi, "Tiếng Việt") }
                    { lang_button(Lang::En, "English") }
                </div>
                <p class="s-lead">{ text.lead }</p>
                <p class="s-privacy">{ text.privacy }</p>
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
                <p class="s-notice" role="status">{ state.notice.as_ref().map(|n| notice_text(n, text)) }</p>
                if state.undo.is_some() && state.notice == Some(Notice::Removed) {
                    <button type="button" class="s-button" id="s-undo" onclick={dispatch(StudioAction::Undo)}>{ text.undo }</button>
                }
            </div>
            <main class="s-main">{ body }</main>
        </div>
    }
}

/// A notice in words.
fn notice_text(notice: &Notice, text: &StudioText) -> String {
    match notice {
        Notice::Opened(name) => (text.opened)(name),
        Notice::Restored(name) => (text.restored)(name),
        Notice::OpenFailed(why) => format!("{} {why}", text.open_failed),
        Notice::EditRefused(why) => format!("{} {why}", text.edit_refused),
        Notice::Cleared => text.cleared.to_owned(),
        Notice::NotKept => text.not_kept.to_owned(),
        Notice::Downloaded(name) => (text.downloaded)(name),
        Notice::NotMade(why) => format!("{} {why}", text.not_made),
        Notice::Removed => text.removed.to_owned(),
    }
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
}

/// Restores the draft kept in the browser once, then keeps every change of
/// it (or clears it when the studio starts over).
#[hook]
fn use_kept_draft(state: &UseReducerHandle<StudioState>) {
    let restored = use_state(|| false);
    {
        let dispatcher = state.dispatcher();
        let restored = restored.clone();
        use_effect_with((), move |()| {
            yew::platform::spawn_local(async move {
                if let Some((name, text)) = browser::load_draft().await {
                    dispatcher.dispatch(StudioAction::Restore(Draft { name, text }));
                }
                restored.set(true);
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
