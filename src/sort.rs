//! The widget's sorts, sharing one compiled sort.
//!
//! Every `sort_by` with a closure of its own compiles the standard library's
//! whole sort again: twenty of them cost the embed 77 KB of WebAssembly
//! before optimisation (docs/performance.md). Here the comparison goes
//! through a reference, so one copy serves every kind of list, and plain
//! numeric keys get the other.

use std::cmp::Ordering;

/// Sorts numeric keys ascending: the fast path, for the booth finder's
/// results on every keystroke.
pub fn keys(keys: &mut [u64]) {
    keys.sort_unstable();
}

/// Sorts positions by `compare` (not stable: give it a total order).
pub fn indices(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_unstable_by(|&a, &b| compare(a, b));
}

/// Sorts `items` by `compare` (not stable: give it a total order).
pub fn by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    indices(&mut order, &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` by the key `key` gives each (not stable: make keys unique
/// or equal items interchangeable).
pub fn by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_helper_sorts_like_the_standard_library() {
        let mut words: Vec<String> = ["gỗ", "mây", "an", "tre", "an"].map(String::from).to_vec();
        let mut expected = words.clone();
        expected.sort();
        by(&mut words, Ord::cmp);
        assert_eq!(words, expected);
        let mut years = vec![2019, 2025, 2023];
        by_key(&mut years, |y| std::cmp::Reverse(*y));
        assert_eq!(years, [2025, 2023, 2019]);
        let mut order = vec![0, 1, 2];
        indices(&mut order, &|a, b| years[a].cmp(&years[b]));
        assert_eq!(order, [2, 1, 0]);
        let mut numbers = vec![3, 1, u64::MAX, 0];
        keys(&mut numbers);
        assert_eq!(numbers, [0, 1, 3, u64::MAX]);
    }
}
