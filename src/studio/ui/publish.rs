//! Step 6: the files to publish (the feed, the series calendar, a split
//! feed as one .zip) and the snippet for articles, with a link to the
//! editors' embed builder.

use crate::browser;
use crate::studio::outputs::{script_snippet, series_calendar, split_zip};
use crate::studio::{Notice, StudioAction, StudioState, StudioText};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`PublishView`].
#[derive(Properties, PartialEq)]
pub struct PublishProps {
    /// The studio's state.
    pub state: UseReducerHandle<StudioState>,
}

/// Whether the last copy of the snippet happened.
#[derive(Clone, Copy, PartialEq)]
enum Copy {
    Copied,
    Refused,
}

/// The "publish" step.
#[function_component]
pub fn PublishView(props: &PublishProps) -> Html {
    let state = &props.state;
    let text = StudioText::of(state.lang);
    let address = use_state(String::new);
    let copy = use_state(|| None::<Copy>);
    let Some(draft) = state.draft.clone() else {
        return html! { <section class="s-section"><h2>{ text.steps[5] }</h2><p>{ text.nothing_open }</p></section> };
    };
    if !state.loads() {
        return html! { <section class="s-section"><h2>{ text.steps[5] }</h2><p>{ text.needs_loading_feed }</p></section> };
    }
    let dispatcher = state.dispatcher();
    let done = move |result: Result<String, crate::studio::outputs::OutputError>| {
        dispatcher.dispatch(StudioAction::Notify(match result {
            Ok(name) => Notice::Downloaded(name),
            Err(why) => Notice::NotMade(why),
        }))
    };
    let series = state.feed.as_deref().map(|(feed, _)| &feed.series);
    let series_id = series
        .as_ref()
        .map_or("series", |s| s.id.as_str())
        .to_owned();
    // The file `series.calendar_url` names, so the Subscribe links find it
    // once it is published beside the feed.
    let calendar_file = series
        .as_ref()
        .and_then(|s| s.calendar_url.as_deref())
        .and_then(|url| url.rsplit('/').next())
        .filter(|name| !name.is_empty())
        .map_or_else(|| format!("{series_id}.ics"), str::to_owned);
    let on_feed = {
        let (draft, done) = (draft.clone(), done.clone());
        Callback::from(move |_: MouseEvent| {
            browser::download("feed.json", "application/json;charset=utf-8", &draft.text);
            done(Ok("feed.json".into()));
        })
    };
    let on_ics = {
        let (draft, done, lang) = (draft.clone(), done.clone(), state.lang);
        let filename = calendar_file;
        Callback::from(move |_: MouseEvent| {
            match series_calendar(&draft.text, lang, browser::now()) {
                Ok(ics) => {
                    browser::download(&filename, "text/calendar;charset=utf-8", &ics);
                    done(Ok(filename.clone()));
                }
                Err(error) => done(Err(error)),
            }
        })
    };
    let on_zip = {
        let (draft, done) = (draft.clone(), done.clone());
        let filename = format!("{series_id}-split.zip");
        Callback::from(move |_: MouseEvent| match split_zip(&draft.text) {
            Ok(bytes) => {
                browser::download_bytes(&filename, "application/zip", &bytes);
                done(Ok(filename.clone()));
            }
            Err(error) => done(Err(error)),
        })
    };
    let on_address = {
        let address = address.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                address.set(input.value());
            }
        })
    };
    // The widget's files are published next to this studio (its v1/ folder).
    let widget_base = browser::absolute(".");
    let snippet =
        (!address.trim().is_empty()).then(|| script_snippet(address.trim(), &widget_base));
    let on_copy = {
        let (copy, snippet) = (copy.clone(), snippet.clone().unwrap_or_default());
        Callback::from(move |e: MouseEvent| {
            let (copy, near) = (copy.clone(), e.target_dyn_into::<web_sys::Element>());
            browser::copy_text(snippet.clone(), move |copied| {
                copy.set(Some(if copied { Copy::Copied } else { Copy::Refused }));
                if !copied {
                    browser::select_copy_field(near);
                }
            });
        })
    };
    let builder = format!(
        "builder.html?feed={}&ui={}",
        crate::links::encode(&address),
        state.lang.code()
    );
    html! {
        <section class="s-section" aria-labelledby="s-publish-title">
            <h2 id="s-publish-title">{ text.steps[5] }</h2>
            <div class="s-card s-downloads">
                <button type="button" class="s-button s-button--primary" id="s-download-feed" onclick={on_feed}>{ text.download_feed }</button>
                <button type="button" class="s-button" id="s-download-ics" onclick={on_ics}>{ text.download_ics }</button>
                <button type="button" class="s-button" id="s-download-zip" onclick={on_zip}>{ text.download_zip }</button>
                <p class="s-note">{ text.zip_note }</p>
            </div>
            <div class="s-card">
                <div class="s-field">
                    <label for="s-feed-address">{ text.feed_address }</label>
                    <input type="text" inputmode="url" id="s-feed-address" placeholder="https://…/feed.json" required=true
                        aria-describedby="s-feed-address-note" value={(*address).clone()} oninput={on_address} />
                    <p class="s-note" id="s-feed-address-note">{ text.feed_address_note }</p>
                </div>
                if let Some(snippet) = snippet {
                    <div class="s-field">
                        <label for="s-snippet">{ text.snippet }</label>
                        // `gf-copy-field`: where a refused copy selects the text for Ctrl+C.
                        <textarea id="s-snippet" class="s-text gf-copy-field" readonly=true rows="3" value={snippet} />
                    </div>
                    <button type="button" class="s-button" id="s-copy-snippet" onclick={on_copy}>{ text.copy_snippet }</button>
                    <p class="s-notice" role="status">{ (*copy).map(|c| match c { Copy::Copied => text.copied, Copy::Refused => text.not_copied }) }</p>
                    <p><a href={builder} id="s-builder-link">{ text.open_builder }</a></p>
                }
            </div>
        </section>
    }
}
