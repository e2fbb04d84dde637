//! Result files on disk: an upload is streamed into a temporary file in the results folder
//! (never held whole in memory), counted against `GLASSBOX_RESULT_MAX_BYTES` and hashed as it
//! goes; a finished upload is moved to its final name; a refused one is deleted. Which file
//! belongs to which request, and its download link, is in the database (`store::results`).

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use tokio::io::AsyncWriteExt;

/// The types a result may have, with the file extension each is stored and downloaded with.
pub const TYPES: [(&str, &str); 3] = [
    ("application/json", "json"),
    ("text/csv", "csv"),
    ("application/zip", "zip"),
];

/// The extension of an accepted type (`application/json; charset=utf-8` → `json`).
pub fn extension_of(content_type: &str) -> Option<&'static str> {
    let main = content_type.split(';').next()?.trim().to_ascii_lowercase();
    TYPES.iter().find(|(t, _)| *t == main).map(|(_, e)| *e)
}

/// Why an upload was not kept.
#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    /// Over the size limit.
    #[error("the result is larger than {0} bytes (GLASSBOX_RESULT_MAX_BYTES)")]
    TooLarge(u64),
    /// The disk or folder failed.
    #[error("storing the result failed: {0}")]
    Io(#[from] std::io::Error),
}

/// An upload being written.
#[derive(Debug)]
pub struct Writer {
    file: tokio::fs::File,
    path: PathBuf,
    hasher: Sha256,
    size: u64,
    max: u64,
}

/// A complete upload in its temporary file.
#[derive(Debug)]
pub struct Written {
    /// The temporary file.
    pub path: PathBuf,
    /// Bytes.
    pub size: u64,
    /// SHA-256, hex.
    pub sha256: String,
}

fn random_name() -> std::io::Result<String> {
    let mut b = [0u8; 16];
    getrandom::fill(&mut b).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(hex::encode(b))
}

impl Writer {
    /// Starts a temporary file in `dir` (created when missing), accepting up to `max` bytes.
    pub async fn create(dir: &Path, max: u64) -> Result<Writer, UploadError> {
        tokio::fs::create_dir_all(dir).await?;
        let path = dir.join(format!(".upload-{}", random_name()?));
        let file = tokio::fs::File::create(&path).await?;
        Ok(Writer {
            file,
            path,
            hasher: Sha256::new(),
            size: 0,
            max,
        })
    }

    /// Appends a chunk; over the limit the file is deleted and [`UploadError::TooLarge`] returned.
    pub async fn push(&mut self, chunk: &[u8]) -> Result<(), UploadError> {
        self.size += chunk.len() as u64;
        if self.size > self.max {
            let _ = tokio::fs::remove_file(&self.path).await;
            return Err(UploadError::TooLarge(self.max));
        }
        self.hasher.update(chunk);
        if let Err(e) = self.file.write_all(chunk).await {
            let _ = tokio::fs::remove_file(&self.path).await;
            return Err(e.into());
        }
        Ok(())
    }

    /// Flushes the file to disk and returns it.
    pub async fn finish(mut self) -> Result<Written, UploadError> {
        let done = async {
            self.file.flush().await?;
            self.file.sync_all().await
        }
        .await;
        if let Err(e) = done {
            let _ = tokio::fs::remove_file(&self.path).await;
            return Err(e.into());
        }
        Ok(Written {
            path: self.path,
            size: self.size,
            sha256: hex::encode(self.hasher.finalize()),
        })
    }

    /// Deletes the temporary file (a refused upload).
    pub async fn abort(self) {
        drop(self.file);
        let _ = tokio::fs::remove_file(&self.path).await;
    }
}

/// Moves a finished upload to its final name (`<random>.<ext>`) in `dir`; returns that name.
pub async fn keep(dir: &Path, written: &Written, ext: &str) -> std::io::Result<String> {
    let name = format!("{}.{ext}", random_name()?);
    tokio::fs::rename(&written.path, dir.join(&name)).await?;
    Ok(name)
}

/// Deletes a stored result file; a file already gone is fine.
pub async fn delete(dir: &Path, name: &str) -> std::io::Result<()> {
    // Names are ours (`<hex>.<ext>`); never follow anything else.
    if name.contains(['/', '\\']) || name.starts_with('.') {
        return Ok(());
    }
    match tokio::fs::remove_file(dir.join(name)).await {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_json_csv_and_zip() {
        assert_eq!(
            extension_of("application/json; charset=utf-8"),
            Some("json")
        );
        assert_eq!(extension_of("Text/CSV"), Some("csv"));
        assert_eq!(extension_of("application/zip"), Some("zip"));
        assert_eq!(extension_of("application/pdf"), None);
        assert_eq!(extension_of(""), None);
    }

    #[tokio::test]
    async fn an_upload_over_the_limit_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = Writer::create(dir.path(), 10).await.unwrap();
        w.push(b"12345").await.unwrap();
        assert!(matches!(
            w.push(b"678901").await,
            Err(UploadError::TooLarge(10))
        ));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
