//! The studio's preview: the real widget, mounted in a shadow root of its
//! own with the widget's stylesheet, as on a reader's page.

use super::shadow_root::{open_shadow_root, style};
use super::widget_apps::WidgetApp;
use crate::ui::WidgetProps;

/// Mounts the widget with `props` into `host`'s shadow root (emptied
/// first); the caller releases the app when the preview goes.
pub fn mount_preview(host: &web_sys::Element, props: WidgetProps) -> Option<WidgetApp> {
    let shadow = open_shadow_root(host)?;
    style(&shadow);
    // Emptied without HTML (Trusted Types); the adopted stylesheet stays.
    shadow.replace_children_with_node_0();
    let app = WidgetApp::draw(host, props)?;
    shadow.append_child(app.root()).ok()?;
    Some(app)
}
