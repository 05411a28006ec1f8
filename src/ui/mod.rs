//! Yew components.
