//! Numbers written for machines: SVG coordinates, map links, ICS.
//!
//! Rust's float printing (`Display for f64`) costs the embed 11 KB of
//! WebAssembly for its shortest and fixed-precision algorithms; these numbers
//! need neither, only a few decimals, so they are printed as integers.

/// `value` with at most six decimals and no trailing zeros ("21.0205",
/// "-3", "0.6"); six decimals place a point on the globe within 11 cm.
pub fn decimal(value: f64) -> String {
    const SCALE: f64 = 1e6;
    if !value.is_finite() {
        return "0".to_owned();
    }
    // Clamped so that the scaled value fits an i64 (plans and the globe are far smaller).
    let scaled = (value.clamp(-9e12, 9e12) * SCALE).round() as i64;
    let (whole, fraction) = (
        scaled.unsigned_abs() / 1_000_000,
        scaled.unsigned_abs() % 1_000_000,
    );
    let mut out = String::new();
    if scaled < 0 {
        out.push('-');
    }
    out.push_str(&whole.to_string());
    if fraction > 0 {
        let digits = (fraction + 1_000_000).to_string();
        out.push('.');
        out.push_str(digits[1..].trim_end_matches('0'));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn prints_like_display_for_the_numbers_feeds_hold() {
        for value in [21.0205, 105.7637, 0.6, 12.0, -3.25, 0.000_001, 1234.5] {
            assert_eq!(decimal(value), value.to_string(), "{value}");
        }
        assert_eq!(decimal(-0.0000001), "0");
        assert_eq!(decimal(1.0 / 3.0), "0.333333");
        assert_eq!(decimal(f64::NAN), "0");
    }
}
