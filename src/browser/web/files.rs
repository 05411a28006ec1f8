//! Files the organiser picks (a feed, a spreadsheet), read with gloo-file.

use wasm_bindgen::JsCast;

/// Reads the first file picked in the `<input type=file>` that `event`
/// came from, then calls `done` with its name and its bytes (or the
/// browser's reason for not reading them); nothing when no file was picked.
pub fn read_picked(
    event: &web_sys::Event,
    done: impl FnOnce(String, Result<Vec<u8>, String>) + 'static,
) {
    let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return;
    };
    let file = gloo_file::File::from(file);
    // The same file picked again (mended in Excel meanwhile) must be read again.
    input.set_value("");
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = gloo_file::futures::read_as_bytes(&file)
            .await
            .map_err(|e| e.to_string());
        done(file.name(), bytes);
    });
}
