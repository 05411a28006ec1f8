//! The studio's WebAssembly module (studio.html): organisers turn their
//! spreadsheet into a checked feed, see the widget and publish, in the browser.

#[cfg(target_arch = "wasm32")]
fn main() {
    greenfair::studio::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
