//! Files the organiser picks (a feed, a spreadsheet), read with gloo-file.

/// The first file picked in `input`, with its name.
pub fn picked_file(input: &web_sys::HtmlInputElement) -> Option<gloo_file::File> {
    input.files()?.get(0).map(gloo_file::File::from)
}

/// The file's bytes, or the browser's reason for not reading them.
pub async fn read_bytes(file: &gloo_file::File) -> Result<Vec<u8>, String> {
    gloo_file::futures::read_as_bytes(file)
        .await
        .map_err(|e| e.to_string())
}
