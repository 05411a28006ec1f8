//! The month grid: weeks from Monday, today marked, lunar dates, and each
//! event as one bar per week row. Days are a WAI-ARIA date grid (arrow keys,
//! Home/End, PageUp/PageDown, Enter); the bars are a pointer shortcut.

use crate::calendar::{
    add_months, build_month, dated_events, lunar_dates, months_with_events, LunarDate, MonthGrid,
};
use crate::feed::{Schedule, Status};
use crate::i18n::format_day_long;
use crate::ui::context::{use_view, ViewContext};
use crate::ui::Action;
use chrono::{Datelike, Days, Months, NaiveDate};
use std::rc::Rc;
use yew::prelude::*;

/// How many stacked bars a week row shows before "+N".
pub const VISIBLE_LANES: usize = 3;

/// Props of [`MonthView`].
#[derive(Properties, PartialEq, Clone)]
pub struct MonthViewProps {
    /// The month shown.
    pub month: (i32, u32),
    /// The events that pass the filters (indices in the feed).
    pub events: Rc<Vec<usize>>,
    /// The day with keyboard focus, if the reader moved it.
    pub focus_day: Option<NaiveDate>,
}

/// A month of the calendar.
#[function_component]
pub fn MonthView(props: &MonthViewProps) -> Html {
    let ctx = use_view();
    let text = ctx.lang.messages();
    let (year, month) = props.month;
    let dated = dated_events(&ctx.catalog, &props.events);
    let grid = build_month(year, month, &dated);
    let grid_ref = use_node_ref();
    // The day that takes Tab: the reader's, else today, else the 1st.
    let first = NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(ctx.today);
    let active = props
        .focus_day
        .filter(|d| grid.is_in_month(*d))
        .or(Some(ctx.today).filter(|d| grid.is_in_month(*d)))
        .unwrap_or(first);
    use_focus_follows(&grid_ref, props.focus_day);
    // Lunar dates for the grid's days, worked out once per month shown.
    let grid_start = grid.weeks.first().map(|w| w.days[0]);
    let lunar = use_memo(
        (grid_start, grid.weeks.len(), ctx.lunar),
        |&(start, weeks, on)| match start {
            Some(start) if on => lunar_dates(start, weeks * 7),
            _ => Vec::new(),
        },
    );

    let title_id = ctx.id("month-title");
    let go = |delta: i32| {
        let (y, m) = add_months(year, month, delta);
        ctx.send(move |_: MouseEvent| Action::ShowMonth(y, m))
    };
    let (today_year, today_month) = (ctx.today.year(), ctx.today.month());
    let on_today = ctx.send(move |_: MouseEvent| Action::ShowMonth(today_year, today_month));
    let onkeydown = {
        let dispatcher = ctx.dispatcher.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(day) = key_target(&e.key(), active) {
                e.prevent_default();
                dispatcher.dispatch(Action::FocusDay(day));
            }
        })
    };
    let months = months_with_events(&dated);
    let on_jump = {
        let dispatcher = ctx.dispatcher.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some((y, m)) = value
                .split_once('-')
                .and_then(|(y, m)| Some((y.parse().ok()?, m.parse().ok()?)))
            {
                dispatcher.dispatch(Action::ShowMonth(y, m));
            }
        })
    };
    let undated: Vec<usize> = props
        .events
        .iter()
        .copied()
        .filter(|&i| ctx.catalog.feed().events[i].schedule == Schedule::Month { year, month })
        .collect();

    html! {
        <div class="gf-month-view">
            <div class="gf-month-nav">
                <button type="button" class="gf-icon-button" aria-label={text.previous_month} onclick={go(-1)}>{ "‹" }</button>
                <h3 class="gf-month-nav__title" id={title_id.clone()} aria-live="polite">{ (text.month_title)(year, month) }</h3>
                <button type="button" class="gf-icon-button" aria-label={text.next_month} onclick={go(1)}>{ "›" }</button>
                <button type="button" class="gf-button gf-button--quiet" onclick={on_today}>{ text.today }</button>
            </div>
            if !months.is_empty() {
                <div class="gf-filter gf-month-jump">
                    <label class="gf-label" for={ctx.id("month-jump")}>{ text.months_with_events }</label>
                    <select id={ctx.id("month-jump")} class="gf-select" onchange={on_jump}>
                        if !months.contains(&(year, month)) {
                            <option value="" selected=true>{ "—" }</option>
                        }
                        { for months.iter().map(|&(y, m)| html! {
                            <option value={format!("{y}-{m}")} selected={(y, m) == (year, month)}>{ (text.month_title)(y, m) }</option>
                        }) }
                    </select>
                </div>
            }
            if grid.is_empty() {
                <div class="gf-empty-month">
                    <p>{ (text.empty_month)(year, month) }</p>
                    { for nearest_months(&months, (year, month)).into_iter().map(|(y, m)| {
                        let onclick = ctx.send(move |_: MouseEvent| Action::ShowMonth(y, m));
                        html! { <button type="button" class="gf-button gf-button--quiet" {onclick}>{ (text.go_to_month)(y, m) }</button> }
                    }) }
                </div>
            }
            <div class="gf-month" role="grid" aria-labelledby={title_id} ref={grid_ref} {onkeydown}>
                <div class="gf-month__weekdays" role="row">
                    { for (0..7).map(|c| html! {
                        <div class="gf-month__weekday" role="columnheader">
                            <abbr title={weekday_name(&ctx, c)}>{ text.weekdays_short[c] }</abbr>
                        </div>
                    }) }
                </div>
                { for grid.weeks.iter().enumerate().map(|(i, week)| {
                    let lunar = lunar.get(i * 7..i * 7 + 7).unwrap_or_default();
                    week_row(&ctx, &grid, week, active, lunar)
                }) }
            </div>
            if !undated.is_empty() {
                <div class="gf-month-undated">
                    <h4 class="gf-month-undated__title">{ text.month_without_days }</h4>
                    <ul>{ for undated.iter().map(|&i| {
                        let event = &ctx.catalog.feed().events[i];
                        let id = event.id.clone();
                        let onclick = ctx.send(move |_: MouseEvent| Action::OpenEvent(id.clone()));
                        html! { <li><button type="button" class="gf-link-button" {onclick}>{ event.name.get(ctx.lang.code()) }</button></li> }
                    }) }</ul>
                </div>
            }
        </div>
    }
}

fn weekday_name(ctx: &ViewContext, column: usize) -> String {
    // 2024-01-01 was a Monday.
    let day = NaiveDate::from_ymd_opt(2024, 1, 1 + column as u32).unwrap_or_default();
    let long = format_day_long(day, ctx.lang);
    long.split(',').next().unwrap_or_default().to_owned()
}

fn week_row(
    ctx: &ViewContext,
    grid: &MonthGrid,
    week: &crate::calendar::WeekRow,
    active: NaiveDate,
    lunar: &[LunarDate],
) -> Html {
    let text = ctx.lang.messages();
    let code = ctx.lang.code();
    let events = &ctx.catalog.feed().events;
    let cells = week.days.iter().enumerate().map(|(column, &day)| {
        let count = week.events_on(column).count();
        let hidden = week.hidden_on(column, VISIBLE_LANES);
        let lunar = lunar.get(column);
        let lunar_text = lunar.map(|lunar| {
            if lunar.day == 1 || (column == 0 && week.days[0] == grid.weeks[0].days[0]) {
                format!("{}/{}{}", lunar.day, lunar.month, if lunar.leap { "N" } else { "" })
            } else {
                lunar.day.to_string()
            }
        });
        let mut label = format_day_long(day, ctx.lang);
        if let Some(lunar) = lunar {
            label.push_str(&format!(", {}", (text.lunar_date)(lunar.day, lunar.month, lunar.leap)));
        }
        if count > 0 {
            label.push_str(&format!(", {}", (text.event_count)(count)));
        }
        let onclick = ctx.send(move |_: MouseEvent| if count > 0 { Action::OpenDay(day) } else { Action::FocusDay(day) });
        let today = day == ctx.today;
        html! {
            <div role="gridcell" class={classes!(
                "gf-day",
                format!("gf-col-{}", column + 1),
                (!grid.is_in_month(day)).then_some("gf-day--outside"),
                today.then_some("gf-day--today"),
                (count > 0).then_some("gf-day--busy"),
            )}>
                <button type="button" class="gf-day__button" data-date={day.to_string()}
                    tabindex={if day == active { "0" } else { "-1" }}
                    aria-current={today.then_some("date")} {onclick}>
                    <span class="gf-visually-hidden">{ label }</span>
                    <span class="gf-day__number" aria-hidden="true">{ day.day() }</span>
                    if let Some(lunar_text) = lunar_text {
                        <span class="gf-day__lunar" aria-hidden="true">{ lunar_text }</span>
                    }
                    if hidden > 0 {
                        <span class="gf-day__more" aria-hidden="true">{ format!("+{hidden}") }</span>
                    }
                </button>
            </div>
        }
    });
    let bars = week.bars.iter().filter(|b| b.lane < VISIBLE_LANES).map(|bar| {
        let event = &events[bar.event];
        let id = event.id.clone();
        let onclick = ctx.send(move |_: MouseEvent| Action::OpenEvent(id.clone()));
        let status = match event.status {
            Status::Cancelled => Some("gf-bar--cancelled"),
            Status::Postponed => Some("gf-bar--postponed"),
            _ => None,
        };
        html! {
            <button type="button" tabindex="-1" title={event.name.get(code).to_owned()} {onclick}
                class={classes!(
                    "gf-bar",
                    format!("gf-col-{}", bar.first_column + 1),
                    format!("gf-span-{}", bar.span),
                    format!("gf-lane-{}", bar.lane + 1),
                    bar.continues_before.then_some("gf-bar--before"),
                    bar.continues_after.then_some("gf-bar--after"),
                    status,
                )}>
                { ctx.catalog.short_name(event).get(code) }
            </button>
        }
    });
    html! {
        <div class="gf-week">
            <div class="gf-week__days" role="row">{ for cells }</div>
            <div class="gf-week__bars" aria-hidden="true">{ for bars }</div>
        </div>
    }
}

/// The day a grid key moves to (WAI-ARIA APG date grid).
fn key_target(key: &str, from: NaiveDate) -> Option<NaiveDate> {
    let back = u64::from(from.weekday().num_days_from_monday());
    match key {
        "ArrowLeft" => from.checked_sub_days(Days::new(1)),
        "ArrowRight" => from.checked_add_days(Days::new(1)),
        "ArrowUp" => from.checked_sub_days(Days::new(7)),
        "ArrowDown" => from.checked_add_days(Days::new(7)),
        "Home" => from.checked_sub_days(Days::new(back)),
        "End" => from.checked_add_days(Days::new(6 - back)),
        "PageUp" => from.checked_sub_months(Months::new(1)),
        "PageDown" => from.checked_add_months(Months::new(1)),
        _ => None,
    }
}

/// The nearest months with events before and after `month`.
fn nearest_months(months: &[(i32, u32)], month: (i32, u32)) -> Vec<(i32, u32)> {
    let before = months.iter().rev().find(|m| **m < month).copied();
    let after = months.iter().find(|m| **m > month).copied();
    after.into_iter().chain(before).collect()
}

/// Moves DOM focus to the focused day after it renders, when focus is
/// already inside the grid (arrow keys), never stealing it from the page.
#[hook]
fn use_focus_follows(grid: &NodeRef, day: Option<NaiveDate>) {
    let grid = grid.clone();
    use_effect_with(day, move |day| {
        if let Some(day) = day {
            crate::browser::focus_matching_inside(&grid, &format!("[data-date=\"{day}\"]"));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn keys_move_like_the_apg_date_grid() {
        let friday = day("2025-09-12");
        assert_eq!(key_target("ArrowLeft", friday), Some(day("2025-09-11")));
        assert_eq!(key_target("ArrowDown", friday), Some(day("2025-09-19")));
        assert_eq!(key_target("Home", friday), Some(day("2025-09-08")));
        assert_eq!(key_target("End", friday), Some(day("2025-09-14")));
        assert_eq!(
            key_target("PageDown", day("2025-01-31")),
            Some(day("2025-02-28"))
        );
        assert_eq!(key_target("PageUp", friday), Some(day("2025-08-12")));
        assert_eq!(key_target("x", friday), None);
    }

    #[test]
    fn the_nearest_months_with_events_come_after_then_before() {
        let months = [(2023, 5), (2025, 9), (2025, 10)];
        assert_eq!(nearest_months(&months, (2024, 1)), [(2025, 9), (2023, 5)]);
        assert_eq!(nearest_months(&months, (2026, 11)), [(2025, 10)]);
    }
}
