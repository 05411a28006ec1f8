//! QR codes of links, drawn as one SVG path, so a favourites list moves
//! from a desktop screen to a phone camera.

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code as an SVG path: the module grid's size and the path data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPath {
    /// Modules per side.
    pub size: i32,
    /// One `M x y h1 v1 h-1 z` square per dark module.
    pub path: String,
}

/// The QR code of `text`, or `None` when it is too long for a QR code.
pub fn qr_path(text: &str) -> Option<QrPath> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{x} {y}h1v1h-1z"));
            }
        }
    }
    Some(QrPath { size, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_square_code_with_finder_patterns() {
        let qr = qr_path("https://example.vn/bai-viet#gf1.fl=a,b,c").unwrap();
        assert_eq!(qr.size % 4, 1, "QR sizes are 17 + 4 × version");
        // The top-left finder pattern's corner module is dark.
        assert!(qr.path.starts_with("M0 0h1v1h-1z"));
        assert!(qr_path(&"x".repeat(5000)).is_none());
    }
}
