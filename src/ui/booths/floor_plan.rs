//! An event's floor plan as an accessible SVG: zones, entrances, and the
//! booths, those matching the search highlighted; a booth opens on tap or
//! Enter. Zoom with the buttons or Ctrl + wheel; the plan scrolls.

use crate::decimal::decimal;
use crate::feed::FloorPlan;
use crate::ui::context::use_view;
use crate::ui::{icon, Action, Icon};
use std::rc::Rc;
use yew::prelude::*;

/// Zoom steps of the plan (CSS classes `gf-zoom-1` to `gf-zoom-4`).
const MAX_ZOOM: u8 = 4;

/// Props of [`FloorPlanView`].
#[derive(Properties, PartialEq)]
pub struct FloorPlanProps {
    /// The event's index in the feed.
    pub event: usize,
    /// The booths matching the search, highlighted.
    pub matching: Rc<Vec<u32>>,
}

/// The floor plan of one event.
#[function_component]
pub fn FloorPlanView(props: &FloorPlanProps) -> Html {
    let ctx = use_view();
    let zoom = use_state(|| 1u8);
    let text = ctx.lang.messages();
    let code = ctx.lang.code();
    let feed = ctx.catalog.feed();
    let event = &feed.events[props.event];
    let Some(plan) = &event.floor_plan else {
        return Html::default();
    };
    // Per booth of the feed, whether the search matched it.
    let mut matching = vec![false; feed.booths.len()];
    for &i in props.matching.iter() {
        if let Some(hit) = matching.get_mut(i as usize) {
            *hit = true;
        }
    }
    let step = |delta: i8| {
        let zoom = zoom.clone();
        Callback::from(move |_: MouseEvent| {
            zoom.set((*zoom as i8 + delta).clamp(1, MAX_ZOOM as i8) as u8)
        })
    };
    let onwheel = {
        let zoom = zoom.clone();
        Callback::from(move |e: WheelEvent| {
            if e.ctrl_key() {
                e.prevent_default();
                let delta: i8 = if e.delta_y() < 0.0 { 1 } else { -1 };
                zoom.set((*zoom as i8 + delta).clamp(1, MAX_ZOOM as i8) as u8);
            }
        })
    };
    let booths = feed.booths.iter().enumerate().filter(|(_, b)| b.event == event.id).filter_map(|(i, booth)| {
        let area = booth.position?;
        let id = booth.id.clone();
        let open = ctx.send(move |_: MouseEvent| Action::OpenBooth(id.clone()));
        let id = booth.id.clone();
        let dispatcher = ctx.dispatcher.clone();
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                dispatcher.dispatch(Action::OpenBooth(id.clone()));
            }
        });
        let hit = matching[i];
        let label = format!("{} {}: {}", text.booth, booth.code, booth.exhibitor.get(code));
        Some(html! {
            <g class={classes!("gf-plan__booth", hit.then_some("gf-plan__booth--match"))} role="button" tabindex="0"
                aria-label={label} onclick={open} {onkeydown}>
                <rect x={decimal(area.x)} y={decimal(area.y)} width={decimal(area.w)} height={decimal(area.h)} rx="0.6" />
                <text x={decimal(area.x + area.w / 2.0)} y={decimal(area.y + area.h / 2.0)}>{ &booth.code }</text>
            </g>
        })
    });
    html! {
        <figure class="gf-plan">
            <figcaption class="gf-plan__caption">
                <strong>{ text.floor_plan }</strong>{ " · " }{ text.plan_hint }
            </figcaption>
            <div class="gf-plan__tools">
                <button type="button" class="gf-icon-button" aria-label={text.zoom_out} disabled={*zoom == 1} onclick={step(-1)}>{ icon(Icon::Minus) }</button>
                <button type="button" class="gf-icon-button" aria-label={text.zoom_in} disabled={*zoom == MAX_ZOOM} onclick={step(1)}>{ icon(Icon::Plus) }</button>
            </div>
            <div class="gf-plan__viewport" {onwheel}>
                <svg class={classes!("gf-plan__svg", format!("gf-zoom-{}", *zoom))} viewBox={view_box(plan)}
                    role="group" aria-label={format!("{}: {}", text.floor_plan, event.name.get(code))}>
                    { for plan.zones.iter().map(|zone| html! {
                        <g class="gf-plan__zone" aria-hidden="true">
                            <rect x={decimal(zone.area.x)} y={decimal(zone.area.y)} width={decimal(zone.area.w)} height={decimal(zone.area.h)} />
                            <text x={decimal(zone.area.x + 1.0)} y={decimal(zone.area.y + 3.0)}>{ zone.name.get(code) }</text>
                        </g>
                    }) }
                    { for booths }
                    { for plan.entrances.iter().map(|entrance| html! {
                        <g class="gf-plan__entrance">
                            <circle cx={decimal(entrance.x)} cy={decimal(entrance.y)} r="1.4" />
                            if let Some(label) = &entrance.label {
                                <text x={decimal(entrance.x)} y={decimal(entrance.y - 2.0)}>{ label.get(code) }</text>
                            }
                        </g>
                    }) }
                </svg>
            </div>
        </figure>
    }
}

fn view_box(plan: &FloorPlan) -> String {
    format!("0 0 {} {}", decimal(plan.width), decimal(plan.height))
}
