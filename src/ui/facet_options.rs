//! The options of the filters the calendar and the booth finder share:
//! each with its count, and disabled when nothing would match.

use super::context::ViewContext;
use yew::prelude::*;

/// One option, its count after the label; disabled when the count is 0,
/// unless it is the option selected.
pub fn counted_option(value: &str, label: &str, selected: bool, count: usize) -> Html {
    html! {
        <option value={value.to_owned()} {selected} disabled={count == 0 && !selected}>{ format!("{label} ({count})") }</option>
    }
}

/// The "any" option, first in every filter.
pub fn any_option(ctx: &ViewContext, selected: bool) -> Html {
    html! { <option value="" {selected}>{ ctx.lang.messages().any }</option> }
}

/// The category tree: "any", then each top-level category alone, or as a
/// group with its own "… – any" option and its children; `counts` by
/// category index.
pub fn category_options(ctx: &ViewContext, selected: Option<&str>, counts: &[usize]) -> Html {
    let code = ctx.lang.code();
    let categories = &ctx.catalog.feed().categories;
    let item = |index: usize, label: &str| {
        let category = &categories[index];
        counted_option(
            &category.id,
            label,
            selected == Some(category.id.as_str()),
            counts[index],
        )
    };
    let any = crate::search::lowercase_text(ctx.lang.messages().any);
    html! {
        <>
            { any_option(ctx, selected.is_none()) }
            { for categories.iter().enumerate().filter(|(_, c)| c.parent.is_none()).map(|(index, parent)| {
                let children: Vec<usize> = categories.iter().enumerate()
                    .filter(|(_, c)| c.parent.as_deref() == Some(parent.id.as_str()))
                    .map(|(i, _)| i)
                    .collect();
                let name = parent.name.get(code);
                if children.is_empty() {
                    item(index, name)
                } else {
                    html! {
                        <optgroup label={name.to_owned()}>
                            { item(index, &format!("{name} – {any}")) }
                            { for children.into_iter().map(|child| item(child, categories[child].name.get(code))) }
                        </optgroup>
                    }
                }
            }) }
        </>
    }
}

/// The districts of the series: "any", then each by its folded key, named
/// in the reader's language, with its count (`counts[i]` for the catalog's
/// `i`th district).
pub fn district_options(ctx: &ViewContext, selected: Option<&str>, counts: &[usize]) -> Html {
    let code = ctx.lang.code();
    html! {
        <>
            { any_option(ctx, selected.is_none()) }
            { for ctx.catalog.districts().iter().zip(counts).map(|(district, &count)| {
                let key = &district.key;
                counted_option(key, district.name.get(code), selected == Some(key.as_str()), count)
            }) }
        </>
    }
}
