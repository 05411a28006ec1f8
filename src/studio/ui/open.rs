//! Step 1: open a feed from a file or an address, or start from the
//! template; and start over, after a confirmation.

use crate::browser;
use crate::studio::{Draft, OpenFailure, StudioAction, StudioState, StudioText};
use yew::prelude::*;

/// The "open" step.
pub fn view(state: &UseReducerHandle<StudioState>) -> Html {
    let text = StudioText::of(state.lang);
    let on_file = {
        let dispatcher = state.dispatcher();
        Callback::from(move |e: Event| {
            let dispatcher = dispatcher.clone();
            browser::read_picked(&e, move |name, bytes| match bytes {
                Ok(bytes) => {
                    // Text is text: a stray byte reads as U+FFFD and the check says where.
                    let text = String::from_utf8_lossy(&bytes).into_owned();
                    dispatcher.dispatch(StudioAction::Open(Draft { name, text }));
                }
                Err(why) => dispatcher.dispatch(StudioAction::OpenFailed(OpenFailure::File(why))),
            });
        })
    };
    let on_fetch = {
        let dispatcher = state.dispatcher();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let url = browser::form_value(&e, "url").unwrap_or_default();
            if url.is_empty() {
                return;
            }
            dispatcher.dispatch(StudioAction::Fetching);
            let dispatcher = dispatcher.clone();
            yew::platform::spawn_local(async move {
                let absolute = browser::absolute(&url);
                match browser::fetch_text(&absolute).await {
                    Ok(text) => {
                        let name = absolute
                            .rsplit('/')
                            .next()
                            .filter(|n| !n.is_empty())
                            .unwrap_or("feed.json")
                            .to_owned();
                        dispatcher.dispatch(StudioAction::Open(Draft { name, text }));
                    }
                    Err(error) => {
                        dispatcher.dispatch(StudioAction::OpenFailed(OpenFailure::Load(error)))
                    }
                }
            });
        })
    };
    let on_template = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(StudioAction::Open(Draft::template()))
        })
    };
    // "Cleared" is said once the browser has forgotten the draft, not before.
    let on_reset = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            let dispatcher = dispatcher.clone();
            yew::platform::spawn_local(async move {
                let cleared = browser::clear_draft().await;
                dispatcher.dispatch(StudioAction::Reset);
                if !cleared {
                    dispatcher.dispatch(StudioAction::Notify(crate::studio::Notice::NotKept));
                }
            });
        })
    };
    let action = |action: StudioAction| {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(action.clone()))
    };
    html! {
        <section class="s-section" aria-labelledby="s-open-title">
            <h2 id="s-open-title">{ text.steps[0] }</h2>
            if let (Some(draft), Some(new)) = (&state.draft, &state.pending_open) {
                <div class="s-confirm s-card" role="alertdialog" aria-labelledby="s-replace-question">
                    <p id="s-replace-question">{ (text.replace_question)(&draft.name, &new.name) }</p>
                    <button type="button" class="s-button s-button--danger" id="s-confirm-yes" onclick={action(StudioAction::ConfirmOpen)}>{ text.replace_yes }</button>
                    <button type="button" class="s-button" onclick={action(StudioAction::CancelOpen)}>{ text.keep_draft }</button>
                </div>
            }
            if let Some(draft) = &state.draft {
                <div class="s-card">
                    <h3>{ text.current_draft }</h3>
                    <p><code>{ &draft.name }</code></p>
                    if state.confirming_reset {
                        <div class="s-confirm" role="alertdialog" aria-labelledby="s-confirm-question">
                            <p id="s-confirm-question">{ text.start_over_question }</p>
                            <button type="button" class="s-button s-button--danger" id="s-confirm-yes" onclick={on_reset}>{ text.start_over_yes }</button>
                            <button type="button" class="s-button" onclick={action(StudioAction::CancelReset)}>{ text.cancel }</button>
                        </div>
                    } else {
                        <button type="button" class="s-button" id="s-start-over" onclick={action(StudioAction::AskReset)}>{ text.start_over }</button>
                    }
                </div>
            } else {
                <p>{ text.nothing_open }</p>
            }
            <div class="s-card">
                <label class="s-field">
                    <span>{ text.open_file }</span>
                    <input type="file" id="s-open-file" accept=".json,application/json" onchange={on_file} />
                </label>
            </div>
            <form class="s-card" onsubmit={on_fetch}>
                <h3>{ text.open_url }</h3>
                <label class="s-field">
                    <span>{ text.url_label }</span>
                    <input type="text" inputmode="url" name="url" id="s-open-url" placeholder="https://…/feed.json" />
                </label>
                <button type="submit" class="s-button" disabled={state.fetching}>{ text.fetch }</button>
                if state.fetching {
                    <p class="s-note" role="status">{ text.fetching }</p>
                }
            </form>
            <div class="s-card">
                <button type="button" class="s-button s-button--primary" id="s-open-template" onclick={on_template}>{ text.open_template }</button>
                <p class="s-note">{ text.template_note }</p>
            </div>
        </section>
    }
}
