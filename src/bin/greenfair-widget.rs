//! The WebAssembly entry point: mounts the widget into the host page.

fn main() {
    #[cfg(target_arch = "wasm32")]
    greenfair::embed::mount_all();
}
