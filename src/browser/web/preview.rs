//! The studio's preview: the real widget, mounted in a shadow root of its
//! own with the widget's stylesheet, as on a reader's page.

use super::shadow_root::{append_host_root, open_shadow_root, style};
use crate::ui::{Widget, WidgetProps};
use yew::AppHandle;

/// Mounts the widget with `props` into `host`'s shadow root (emptied
/// first); dropping nothing: the caller destroys the handle.
pub fn mount_preview(host: &web_sys::Element, props: WidgetProps) -> Option<AppHandle<Widget>> {
    let shadow = open_shadow_root(host)?;
    style(&shadow);
    shadow.set_inner_html("");
    // The stylesheet adopted above stays: set_inner_html keeps adoptedStyleSheets.
    let root = append_host_root(&shadow, host)?;
    Some(yew::Renderer::<Widget>::with_root_and_props(root, props).render())
}
