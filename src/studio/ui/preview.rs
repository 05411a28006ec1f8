//! Step 5: the real widget, both tabs, on the draft, at phone and desktop
//! width, each in its own shadow root as on a reader's page.

use crate::browser;
use crate::browser::WidgetApp;
use crate::catalog::Catalog;
use crate::load::CatalogRef;
use crate::pace::{unpaced, Unpaced};
use crate::studio::{StudioState, StudioText};
use crate::ui::{Sections, WidgetProps};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`PreviewView`].
#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The studio's state.
    pub state: UseReducerHandle<StudioState>,
}

/// The "preview" step.
#[function_component]
pub fn PreviewView(props: &PreviewProps) -> Html {
    let state = &props.state;
    let text = StudioText::of(state.lang);
    let hosts = [use_node_ref(), use_node_ref()];
    let apps = use_mut_ref(Vec::<WidgetApp>::new);
    // The feed the studio read once for this draft; a new reading is a new Rc.
    let feed = state.feed.clone();
    let reading = feed.as_ref().map(|f| Rc::as_ptr(f) as usize);
    let lang = state.lang;
    {
        let hosts = hosts.clone();
        let apps = apps.clone();
        use_effect_with((reading, lang), move |(_, lang)| {
            let catalog = feed.as_deref().map(|(feed, warnings)| {
                // The booth index is left to the preview's own widgets,
                // which build it in slices when the page is idle.
                CatalogRef::new(unpaced(Catalog::new_paced(
                    feed.clone(),
                    warnings.clone(),
                    &mut Unpaced,
                )))
            });
            if let Some(catalog) = catalog {
                for (i, host) in hosts.iter().enumerate() {
                    let Some(element) = host.cast::<web_sys::Element>() else {
                        continue;
                    };
                    let props = WidgetProps {
                        feed_url: AttrValue::Static(""),
                        lang: *lang,
                        preloaded: Some(catalog.clone()),
                        id_prefix: AttrValue::from(format!("preview{i}")),
                        sections: Sections::Both,
                        refresh_secs: 0,
                        // As a reader's page would: a phone's width opens the agenda.
                        ..preview_defaults(PREVIEW_WIDTHS[i])
                    };
                    if let Some(app) = browser::mount_preview(&element, props) {
                        apps.borrow_mut().push(app);
                    }
                }
            }
            let apps: Rc<RefCell<Vec<WidgetApp>>> = apps;
            move || {
                // Each root is kept for the next preview (Yew never frees one).
                for app in apps.borrow_mut().drain(..) {
                    app.release();
                }
            }
        });
    }
    if !state.loads() {
        return html! { <section class="s-section"><h2>{ text.steps[4] }</h2><p>{ text.needs_loading_feed }</p></section> };
    }
    html! {
        <section class="s-section" aria-labelledby="s-preview-title">
            <h2 id="s-preview-title">{ text.steps[4] }</h2>
            <div class="s-previews">
                <figure class="s-preview s-preview--phone">
                    <figcaption>{ text.preview_sizes[0] }</figcaption>
                    <div class="s-preview__host" id="s-preview-phone" ref={hosts[0].clone()}></div>
                </figure>
                <figure class="s-preview s-preview--desktop">
                    <figcaption>{ text.preview_sizes[1] }</figcaption>
                    <div class="s-preview__host" id="s-preview-desktop" ref={hosts[1].clone()}></div>
                </figure>
            </div>
        </section>
    }
}

/// The previews' widths, phone then desktop, in CSS pixels (styles/studio.css).
const PREVIEW_WIDTHS: [i32; 2] = [360, 960];

/// The widget's props as a host page without attributes gets them, for an
/// element `width` pixels wide.
fn preview_defaults(width: i32) -> WidgetProps {
    let settings = crate::attributes::read_attributes(&|_| None);
    WidgetProps::from_embed(&settings, String::new(), &[], "preview".into(), width)
}
