//! The one component of a reusable Yew root: it draws the widget it is
//! given (a fresh one for each element it serves) or nothing while the root
//! waits to be reused (see `browser::WidgetApp`).

use super::{Widget, WidgetProps};
use std::rc::Rc;
use yew::prelude::*;
use yew::virtual_dom::VComp;

/// Props of [`WidgetSlot`].
#[derive(Properties, PartialEq)]
pub struct WidgetSlotProps {
    /// The widget to draw; none while the root waits to be reused.
    #[prop_or_default]
    pub widget: Option<Rc<WidgetProps>>,
    /// Which element the widget is for: a new one starts a new widget,
    /// with fresh state; new props for the same one keep its state.
    #[prop_or_default]
    pub generation: u64,
}

/// Draws the widget of the element a reusable root serves, or nothing.
#[function_component]
pub fn WidgetSlot(props: &WidgetSlotProps) -> Html {
    match &props.widget {
        Some(widget) => VComp::new::<Widget>(widget.clone(), Some(props.generation.into())).into(),
        None => Html::default(),
    }
}
