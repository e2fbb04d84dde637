//! Glassbox, the widget: Yew components and the browser glue that mounts them.
//!
//! The components render on any target (native tests use Yew's `ssr`); the glue in [`glue`]
//! exists only on `wasm32` and is everything that touches the host page: reading attributes,
//! shadow roots, the page-wide observer, events and the exported JS API.

pub mod components;
pub mod event;

#[cfg(target_arch = "wasm32")]
pub mod glue;
