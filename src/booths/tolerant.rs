//! Edit distance for tolerant matching: "tui sach" is one letter from
//! "tui xach", a slip Vietnamese typists make when s and x sound alike.

/// The Damerau-Levenshtein (optimal string alignment) distance between two
/// words, or `None` when it exceeds `limit` (then it stops early).
pub fn edit_distance(a: &str, b: &str, limit: usize) -> Option<usize> {
    // Folded words are nearly always ASCII: compare bytes, no allocation.
    if a.is_ascii() && b.is_ascii() {
        return distance(a.as_bytes(), b.as_bytes(), limit);
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    distance(&a, &b, limit)
}

fn distance<T: PartialEq>(a: &[T], b: &[T], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let width = b.len() + 1;
    if width > 64 {
        return None;
    }
    let mut rows = [[0usize; 64]; 3];
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        let (prev, current) = ((i + 2) % 3, i % 3);
        rows[current][0] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut value = (rows[prev][j] + 1)
                .min(rows[current][j - 1] + 1)
                .min(rows[prev][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                value = value.min(rows[(i + 1) % 3][j - 2] + 1);
            }
            rows[current][j] = value;
            row_min = row_min.min(value);
        }
        if row_min > limit {
            return None;
        }
    }
    let distance = rows[a.len() % 3][b.len()];
    (distance <= limit).then_some(distance)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_of_common_slips() {
        assert_eq!(edit_distance("sach", "xach", 1), Some(1));
        assert_eq!(edit_distance("xach", "xach", 1), Some(0));
        assert_eq!(edit_distance("tuj", "tui", 1), Some(1));
        assert_eq!(
            edit_distance("xahc", "xach", 1),
            Some(1),
            "a swap is one edit"
        );
        assert_eq!(edit_distance("noi", "noithat", 2), None);
        assert_eq!(edit_distance("go", "gom", 1), Some(1));
        assert_eq!(edit_distance("bao", "vai", 1), None);
        assert_eq!(edit_distance("", "ab", 2), Some(2));
    }
}
