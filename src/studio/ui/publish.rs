//! Step 6: the files to publish (the feed, the series calendar, a split
//! feed as one .zip) and the snippet for articles, with a link to the
//! editors' embed builder.

use crate::browser;
use crate::publish::Severity;
use crate::studio::outputs::{script_snippet, series_calendar, split_zip};
use crate::studio::{Notice, Published, SitePublish, StudioAction, StudioState, StudioText};
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
        return html! {
            <section class="s-section">
                <h2>{ text.steps[5] }</h2>
                { site_card(state, &draft.text) }
                <p>{ text.needs_loading_feed }</p>
            </section>
        };
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
            { site_card(state, &draft.text) }
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

/// Inside WordPress, the card that publishes the draft to the site: its
/// button enabled only when the draft has no error, the warnings to read
/// first, and what the site answered (the public addresses and the snippet
/// for partner sites, or why it refused). Nothing outside WordPress.
fn site_card(state: &UseReducerHandle<StudioState>, feed: &str) -> Html {
    let Some(site) = state.site.clone() else {
        return Html::default();
    };
    let text = StudioText::of(state.lang);
    let on_publish = {
        let dispatcher = state.dispatcher();
        let (feed, lang) = (feed.to_owned(), state.lang);
        Callback::from(move |_: MouseEvent| {
            // The series calendar as "Download the calendar" makes it; the site keeps it beside the feed.
            let calendar = series_calendar(&feed, lang, browser::now()).unwrap_or_default();
            let (dispatcher, site, feed) = (dispatcher.clone(), site.clone(), feed.clone());
            dispatcher.dispatch(StudioAction::SitePublishing);
            yew::platform::spawn_local(async move {
                dispatcher.dispatch(match super::site::send(&site, &feed, &calendar).await {
                    Ok((200..=299, body)) => match Published::from_answer(&body) {
                        Some(published) => StudioAction::SitePublished(published),
                        None => StudioAction::SiteRefused(body.chars().take(300).collect()),
                    },
                    Ok((status, body)) => StudioAction::SiteRefused(
                        Published::refusal(&body).unwrap_or_else(|| format!("HTTP {status}")),
                    ),
                    Err(why) => StudioAction::SiteUnreachable(why),
                });
            });
        })
    };
    let errors = state
        .told
        .iter()
        .filter(|t| t.severity == Severity::Error)
        .count();
    let warnings: Vec<_> = state
        .told
        .iter()
        .filter(|t| t.severity == Severity::Warning)
        .collect();
    let told = |t: &crate::studio::Explained| {
        let field = t
            .field
            .as_deref()
            .map(|f| format!(" · {f}"))
            .unwrap_or_default();
        html! { <li><strong>{ &t.record }</strong>{ field }{ format!(": {} {}", t.what, t.todo) }</li> }
    };
    html! {
        <div class="s-card s-site-publish" id="s-site-publish">
            <h3>{ text.site_publish }</h3>
            <p class="s-note">{ text.site_publish_note }</p>
            if errors > 0 || !state.loads() {
                <p class="s-finding--error" id="s-site-blocked" role="alert">{ text.site_publish_blocked }</p>
                <ul class="s-site-errors">
                    { for state.told.iter().filter(|t| t.severity == Severity::Error).take(5).map(told) }
                </ul>
            } else if !warnings.is_empty() {
                <div class="s-site-warnings" id="s-site-warnings">
                    <p>{ (text.site_warnings)(warnings.len()) }</p>
                    <ul>{ for warnings.iter().take(20).map(|t| told(t)) }</ul>
                </div>
            }
            <button type="button" class="s-button s-button--primary" id="s-publish-site"
                disabled={!state.can_publish_to_site()} onclick={on_publish}>{ text.site_publish }</button>
            <div role="status" id="s-site-status">
                { match &state.site_publish {
                    SitePublish::Idle => Html::default(),
                    SitePublish::Sending => html! { <p>{ text.site_publishing }</p> },
                    SitePublish::Refused(why) => html! { <p class="s-finding--error" id="s-site-refused">{ format!("{} {why}", text.site_refused) }</p> },
                    SitePublish::Unreachable(why) => html! { <p class="s-finding--error" id="s-site-refused">{ format!("{} {why}", text.site_unreachable) }</p> },
                    SitePublish::Done(published) => html! {
                        <div id="s-site-published">
                            <p>{ (text.site_published)(published.fairs, published.booths) }</p>
                            <dl>
                                <dt>{ text.site_feed_address }</dt>
                                <dd><a id="s-site-feed-url" href={published.feed_url.clone()}>{ &published.feed_url }</a></dd>
                                if !published.calendar_url.is_empty() {
                                    <dt>{ text.site_calendar_address }</dt>
                                    <dd><a id="s-site-calendar-url" href={published.calendar_url.clone()}>{ &published.calendar_url }</a></dd>
                                }
                            </dl>
                            <label class="s-field">
                                <span>{ text.site_partner_snippet }</span>
                                <textarea id="s-site-snippet" class="s-text" readonly=true rows="3" value={published.snippet.clone()} />
                            </label>
                        </div>
                    },
                } }
            </div>
        </div>
    }
}
