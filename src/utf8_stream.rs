//! Bytes read as UTF-8 a slice at a time, so that a feed of many megabytes
//! is checked, decoded and fingerprinted between the page's frames rather
//! than in one long task. The result is `String::from_utf8_lossy`'s: each
//! malformed sequence reads as one U+FFFD.

use rustc_hash::FxHasher;
use std::hash::Hasher;

/// Text decoded so far, the bytes of a character cut by the end of the last
/// slice, and a fingerprint of every byte seen (fed to the hasher eight
/// bytes at a time, whatever the slices, so it depends on the bytes only).
#[derive(Default)]
pub struct Utf8Stream {
    text: String,
    tail: Vec<u8>,
    fingerprint: FxHasher,
    unhashed: Vec<u8>,
}

impl Utf8Stream {
    /// A stream expecting about `bytes` bytes.
    pub fn with_capacity(bytes: usize) -> Self {
        Self {
            text: String::with_capacity(bytes),
            ..Self::default()
        }
    }

    /// Reads the next slice of bytes.
    pub fn push(&mut self, bytes: &[u8]) {
        self.hash(bytes);
        let joined;
        let bytes = if self.tail.is_empty() {
            bytes
        } else {
            joined = [std::mem::take(&mut self.tail).as_slice(), bytes].concat();
            &joined
        };
        let mut chunks = bytes.utf8_chunks().peekable();
        while let Some(chunk) = chunks.next() {
            self.text.push_str(chunk.valid());
            let invalid = chunk.invalid();
            if invalid.is_empty() {
                continue;
            }
            // The last bytes may be a character the next slice completes.
            if chunks.peek().is_none() && completes_later(invalid) {
                self.tail = invalid.to_vec();
            } else {
                self.text.push(char::REPLACEMENT_CHARACTER);
            }
        }
    }

    /// The text, and a fingerprint of its bytes that tells two downloads apart.
    pub fn finish(mut self) -> (String, u64) {
        if !self.tail.is_empty() {
            self.text.push(char::REPLACEMENT_CHARACTER);
        }
        self.unhashed
            .iter()
            .for_each(|&b| self.fingerprint.write_u8(b));
        (self.text, self.fingerprint.finish())
    }

    fn hash(&mut self, mut bytes: &[u8]) {
        if !self.unhashed.is_empty() {
            let take = (8 - self.unhashed.len()).min(bytes.len());
            self.unhashed.extend_from_slice(&bytes[..take]);
            bytes = &bytes[take..];
            if self.unhashed.len() < 8 {
                return;
            }
            let word = std::mem::take(&mut self.unhashed);
            self.fingerprint
                .write_u64(u64::from_le_bytes(word.try_into().unwrap_or_default()));
        }
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            self.fingerprint
                .write_u64(u64::from_le_bytes(word.try_into().unwrap_or_default()));
        }
        self.unhashed.extend_from_slice(words.remainder());
    }
}

/// Whether `bytes`, at the end of a slice, can be the start of one
/// character (a lead byte and fewer continuation bytes than it announces).
fn completes_later(bytes: &[u8]) -> bool {
    let wanted = match bytes[0] {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return false,
    };
    bytes.len() < wanted && bytes[1..].iter().all(|b| b & 0xC0 == 0x80)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn in_slices(bytes: &[u8], size: usize) -> (String, u64) {
        let mut stream = Utf8Stream::default();
        bytes.chunks(size).for_each(|slice| stream.push(slice));
        stream.finish()
    }

    #[test]
    fn any_slicing_reads_as_from_utf8_lossy_does() {
        let samples: [&[u8]; 5] = [
            "Túi xách, đồ gỗ mỹ nghệ 🌿 Hà Nội".as_bytes(),
            b"ok \xC3",
            b"a\xE1\xBA\xA1b\xE1\xBAc\xFF\xF0\x9F\x8C\xBFd",
            b"\xED\xA0\x80 lone surrogate, \xC0\xAF overlong",
            b"",
        ];
        for bytes in samples {
            let whole = String::from_utf8_lossy(bytes).into_owned();
            for size in 1..=bytes.len().max(1) {
                assert_eq!(
                    in_slices(bytes, size).0,
                    whole,
                    "{bytes:?} in slices of {size}"
                );
            }
        }
    }

    #[test]
    fn the_fingerprint_is_the_bytes_not_the_slicing() {
        let bytes = "Mạng lưới sản xuất và tiêu dùng bền vững".as_bytes();
        assert_eq!(in_slices(bytes, 1).1, in_slices(bytes, 7).1);
        assert_ne!(in_slices(bytes, 7).1, in_slices(&bytes[1..], 7).1);
    }
}
