//! The widget's Yew components, one a file.

mod notice;

pub use notice::{Notice, NoticeProps};
