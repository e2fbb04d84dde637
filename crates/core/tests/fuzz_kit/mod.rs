//! What both fuzz harnesses (`crates/core/tests/fuzz.rs` and `crates/receiver/tests/fuzz.rs`,
//! the latter through `#[path]`) share: keeping a failing input, the edits that mutate a seed,
//! and loading seeds from fixture folders.

use bolero::TypeGenerator;
use std::path::{Path, PathBuf};

/// A fuzz target: one input in, a panic on a broken promise.
pub type Target = fn(&[u8]);

/// Runs `target` on `bytes`; if it panics, the bytes are written to
/// `target/fuzz-failures/<name>/<sha-like hash>` first (the shrinker tries several; the
/// smallest is the one to keep under `tests/fuzz-regressions/<name>/`).
pub fn keep_on_failure(name: &str, bytes: &[u8], target: Target) {
    struct Guard<'a>(&'a str, &'a [u8]);
    impl Drop for Guard<'_> {
        fn drop(&mut self) {
            if std::thread::panicking() {
                use std::hash::{Hash, Hasher};
                let mut h = std::collections::hash_map::DefaultHasher::new();
                self.1.hash(&mut h);
                let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("../../target/fuzz-failures")
                    .join(self.0);
                let file = dir.join(format!("{:016x}", h.finish()));
                if std::fs::create_dir_all(&dir).is_ok() && std::fs::write(&file, self.1).is_ok() {
                    eprintln!("fuzz: failing input kept in {}", file.display());
                }
            }
        }
    }
    let _guard = Guard(name, bytes);
    target(bytes);
}

/// One edit of a seed.
#[derive(Clone, Debug, TypeGenerator)]
pub enum Edit {
    Flip {
        at: u16,
        byte: u8,
    },
    Insert {
        at: u16,
        bytes: Vec<u8>,
    },
    Delete {
        at: u16,
        len: u8,
    },
    Splice {
        seed: u8,
        from: u16,
        at: u16,
        len: u8,
    },
    Token {
        at: u16,
        which: u8,
    },
}

/// A seed (picked by `pick`) mutated by `edits`; `tokens` are what [`Edit::Token`] inserts.
pub fn mutate(seeds: &[Vec<u8>], pick: u8, edits: &[Edit], tokens: &[&str]) -> Vec<u8> {
    let mut out = seeds[usize::from(pick) % seeds.len()].clone();
    for edit in edits {
        let at = |a: u16, len: usize| usize::from(a) % (len + 1);
        match edit {
            Edit::Flip { at: a, byte } => {
                if !out.is_empty() {
                    let i = usize::from(*a) % out.len();
                    out[i] = *byte;
                }
            }
            Edit::Insert { at: a, bytes } => {
                let i = at(*a, out.len());
                out.splice(i..i, bytes.iter().copied().take(64));
            }
            Edit::Delete { at: a, len } => {
                let i = at(*a, out.len());
                let end = (i + usize::from(*len)).min(out.len());
                out.drain(i..end);
            }
            Edit::Splice {
                seed,
                from,
                at: a,
                len,
            } => {
                let other = &seeds[usize::from(*seed) % seeds.len()];
                let f = usize::from(*from) % (other.len() + 1);
                let piece: Vec<u8> = other[f..(f + usize::from(*len)).min(other.len())].to_vec();
                let i = at(*a, out.len());
                out.splice(i..i, piece);
            }
            Edit::Token { at: a, which } => {
                let token = tokens[usize::from(*which) % tokens.len()].as_bytes();
                let i = at(*a, out.len());
                out.splice(i..i, token.iter().copied());
            }
        }
    }
    out
}

/// The workspace root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every file under `dirs` (recursively) whose name ends with one of `exts`.
pub fn files(dirs: &[PathBuf], exts: &[&str]) -> Vec<Vec<u8>> {
    let mut out = vec![];
    let mut stack: Vec<PathBuf> = dirs.to_vec();
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if p.is_dir() {
                stack.push(p);
            } else if exts.iter().any(|e| p.to_string_lossy().ends_with(e)) {
                if let Ok(b) = std::fs::read(&p) {
                    out.push(b);
                }
            }
        }
    }
    assert!(!out.is_empty(), "no seeds in {dirs:?}");
    out
}
