//! Number arithmetic the embed borrows from JavaScript's built-ins, the
//! one place where the core's WebAssembly and native builds differ.
//!
//! `parseFloat` and `Math.sin` are part of the language, not browser APIs,
//! and give the same results as Rust's own (correctly rounded parsing; the
//! fdlibm sine both descend from). Rust's float parser with its
//! power-of-five table costs the embed 9 KB of WebAssembly and libm's sine
//! 6 KB, both barely compressible; natively, Rust's own are used.

/// The value of a number the JSON reader has checked against JSON's
/// grammar (`-12.5e3`); infinite when it is out of range.
pub fn parse_number(number: &str) -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::parse_float(number);
    #[cfg(not(target_arch = "wasm32"))]
    return number.parse().unwrap_or(f64::NAN);
}

/// The sine of `x` radians.
pub fn sin(x: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Math::sin(x);
    #[cfg(not(target_arch = "wasm32"))]
    return x.sin();
}
