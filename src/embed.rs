//! Mounting into the host page.
