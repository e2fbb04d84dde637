//! A 10 MB page streams through glassbox-render with flat memory: the peak of live heap bytes
//! does not grow with the page. Its own test binary, so that the counting allocator sees only
//! this rendering.

use glassbox_render::{render, Options};
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::{Read, Write};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A page of `size` bytes made on the fly: a head with glassbox.js, then paragraphs with a
/// notice and an AI message every 100 KB.
struct Generated {
    head: Vec<u8>,
    sent: usize,
    size: usize,
}

impl Generated {
    fn new(size: usize) -> Self {
        let head = br#"<!doctype html><html lang="en"><head><script src="/glassbox.js" defer data-controller="Example"></script></head><body>
"#
        .to_vec();
        Generated {
            head,
            sent: 0,
            size,
        }
    }
}

const PARAGRAPH: &[u8] =
    b"<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>\n";
const NOTICE: &[u8] = b"<div data-glassbox=\"notice\" data-system=\"Aria\"></div><p data-glassbox=\"ai-content\">reply</p>\n";

impl Read for Generated {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.sent >= self.size {
            return Ok(0);
        }
        let mut n = 0;
        if self.sent == 0 {
            buf[..self.head.len()].copy_from_slice(&self.head);
            n = self.head.len();
        }
        while n + NOTICE.len() < buf.len() && self.sent + n < self.size {
            let piece = if (self.sent + n) % 100_000 < PARAGRAPH.len() {
                NOTICE
            } else {
                PARAGRAPH
            };
            buf[n..n + piece.len()].copy_from_slice(piece);
            n += piece.len();
        }
        self.sent += n;
        Ok(n)
    }
}

/// Counts what is written, keeps nothing.
#[derive(Default)]
struct Counter {
    bytes: usize,
    templates: usize,
    tail: Vec<u8>,
}

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.bytes += buf.len();
        // Count "<template" across chunk boundaries.
        let mut joined = std::mem::take(&mut self.tail);
        joined.extend_from_slice(buf);
        self.templates += joined.windows(9).filter(|w| w == b"<template").count();
        let keep = joined.len().min(8);
        self.tail = joined[joined.len() - keep..].to_vec();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn peak_while_rendering(size: usize) -> (usize, Counter, glassbox_render::Summary) {
    let mut out = Counter::default();
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let summary = render(Generated::new(size), &mut out, &Options::default()).expect("rendered");
    (PEAK.load(Ordering::Relaxed) - base, out, summary)
}

#[test]
fn a_10_mb_page_streams_with_flat_memory() {
    let (small_peak, _, small) = peak_while_rendering(1_000_000);
    let (big_peak, out, big) = peak_while_rendering(10_000_000);
    assert!(
        out.bytes > 10_000_000,
        "the whole page came out: {} bytes",
        out.bytes
    );
    assert!(big.notices >= 99 && big.labels == big.notices, "{big:?}");
    assert_eq!(out.templates, big.notices + big.labels);
    assert!(small.notices >= 9);
    // Ten times the page, not more memory: the peak stays within 1 MB of the small page's,
    // and far below the page's size.
    assert!(
        big_peak < small_peak + 1_000_000,
        "peak heap {big_peak} B for 10 MB vs {small_peak} B for 1 MB"
    );
    assert!(
        big_peak < 3_000_000,
        "peak heap {big_peak} B for a 10 MB page"
    );
}
