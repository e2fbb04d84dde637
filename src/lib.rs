//! Glassbox, the widget: Yew components and the browser glue that mounts them.
//!
//! The components render on any target (native tests use Yew's `ssr`); the glue in [`glue`]
//! exists only on `wasm32` and is everything that touches the host page: reading attributes,
//! shadow roots, the page-wide observer, events and the exported JS API.

pub mod components;
pub mod event;
pub mod intl;

#[cfg(target_arch = "wasm32")]
pub mod glue;

/// The notice's and AI labels' stylesheet as the widget adopts it in its shadow roots (compacted
/// by `build.rs`): what `glassbox-render --inline-css` puts in each prerendered shadow root.
pub const NOTICE_STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/glassbox.css"));

/// Talc instead of the default dlmalloc: the same job in fewer bytes of wasm.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
