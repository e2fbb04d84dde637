//! Webhooks: each change of a request (and each new task, each approaching deadline) is POSTed
//! to `GLASSBOX_WEBHOOK_URL`, signed as the Standard Webhooks specification says, by the
//! `standardwebhooks` crate: `webhook-id`, `webhook-timestamp` and `webhook-signature:
//! v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed with the base64-decoded secret.
//!
//! A delivery is a durable job enqueued in the transaction of the change (`store::team`); its
//! `webhook-id` and body are fixed when it is enqueued, so every retry (and a delivery again by
//! hand) carries the same id and the consumer can drop duplicates. Each attempt is recorded in
//! the delivery log. The body holds no personal data: a worker reads what it needs through the
//! admin API.

use crate::jobs::JobError;
use crate::store::{self, Job};
use crate::AppState;
use std::time::{Duration, Instant};

/// The prefix of a Standard Webhooks secret.
pub const SECRET_PREFIX: &str = "whsec_";

/// The longest answer body read from a consumer (the rest is ignored).
const MAX_ANSWER: usize = 4096;

/// Where and how webhooks are sent.
pub struct Webhooks {
    url: reqwest::Url,
    signer: standardwebhooks::Webhook,
    client: reqwest::Client,
}

impl std::fmt::Debug for Webhooks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the secret.
        f.debug_struct("Webhooks")
            .field("url", &self.url.as_str())
            .finish()
    }
}

/// Checks a secret: `whsec_` followed by base64 of at least 16 bytes. The error is one line
/// that names the setting and what is expected, never the secret.
pub fn check_secret(secret: &str) -> Result<Vec<u8>, String> {
    use base64::Engine;
    let expected = "expected `whsec_` followed by base64 of 24 to 64 random bytes, for example \
                    whsec_$(openssl rand -base64 32)";
    let Some(b64) = secret.trim().strip_prefix(SECRET_PREFIX) else {
        return Err(format!(
            "GLASSBOX_WEBHOOK_SECRET does not start with `whsec_`; {expected}"
        ));
    };
    let key = base64::engine::general_purpose::STANDARD
        .decode(b64)
        .map_err(|_| {
            format!("GLASSBOX_WEBHOOK_SECRET is not valid base64 after `whsec_`; {expected}")
        })?;
    if key.len() < 16 {
        return Err(format!(
            "GLASSBOX_WEBHOOK_SECRET is too short ({} bytes); {expected}",
            key.len()
        ));
    }
    Ok(key)
}

impl Webhooks {
    /// Webhooks to `url`, signed with `secret` (checked), each attempt limited to `timeout`.
    pub fn new(url: &str, secret: &str, timeout: Duration) -> Result<Webhooks, String> {
        let url = reqwest::Url::parse(url.trim())
            .ok()
            .filter(|u| matches!(u.scheme(), "https" | "http") && u.host().is_some())
            .ok_or_else(|| {
                "GLASSBOX_WEBHOOK_URL is not an http(s) URL (for example https://hooks.example.com/glassbox)"
                    .to_string()
            })?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err("GLASSBOX_WEBHOOK_URL must not carry credentials (user:password@); the signature authenticates the receiver".into());
        }
        let key = check_secret(secret)?;
        let signer = standardwebhooks::Webhook::from_bytes(key).map_err(|e| e.to_string())?;
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(5)))
            // A redirect could send the signed body elsewhere.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("glassbox-receiver/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| format!("webhook HTTP client: {e}"))?;
        Ok(Webhooks {
            url,
            signer,
            client,
        })
    }

    /// The consumer's URL.
    pub fn url(&self) -> &str {
        self.url.as_str()
    }

    /// The `webhook-signature` value of `body` sent as `id` at `timestamp` (Unix seconds).
    pub fn sign(&self, id: &str, timestamp: i64, body: &str) -> Result<String, String> {
        self.signer
            .sign(id, timestamp, body.as_bytes())
            .map_err(|e| e.to_string())
    }
}

/// Delivers one webhook job; every attempt goes to the delivery log.
pub async fn deliver(state: &AppState, job: &Job) -> Result<serde_json::Value, JobError> {
    let Some(hooks) = state.webhooks.as_ref() else {
        return Err(JobError::Permanent(
            "webhooks are off (no GLASSBOX_WEBHOOK_URL)".into(),
        ));
    };
    let p = &job.payload;
    let (Some(id), Some(body)) = (p["webhook_id"].as_str(), p["body"].as_str()) else {
        return Err(JobError::Permanent(
            "webhook payload without id or body".into(),
        ));
    };
    let at = store::now();
    let timestamp = at.unix_timestamp();
    let signature = hooks
        .sign(id, timestamp, body)
        .map_err(JobError::Permanent)?;
    let started = Instant::now();
    let sent = hooks
        .client
        .post(hooks.url.clone())
        .header("content-type", "application/json")
        .header("webhook-id", id)
        .header("webhook-timestamp", timestamp.to_string())
        .header("webhook-signature", signature)
        .body(body.to_string())
        .send()
        .await;
    let outcome = match sent {
        Ok(resp) => {
            let code = resp.status();
            // Read a little of the answer so the connection can be reused; ignore the rest.
            let mut resp = resp;
            let mut read = 0usize;
            while read < MAX_ANSWER {
                match resp.chunk().await {
                    Ok(Some(c)) => read += c.len(),
                    _ => break,
                }
            }
            if code.is_success() {
                (Some(code.as_u16()), None)
            } else {
                (
                    Some(code.as_u16()),
                    Some(format!("the consumer answered {code}")),
                )
            }
        }
        Err(e) => {
            let what = if e.is_timeout() {
                "timeout".to_string()
            } else if e.is_connect() {
                "could not connect".to_string()
            } else {
                "request failed".to_string()
            };
            (None, Some(what))
        }
    };
    let ms = i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);
    if let Err(e) = state
        .store
        .record_attempt(&job.id, at, outcome.0, outcome.1.as_deref(), ms)
        .await
    {
        tracing::warn!(job = %job.id, error = %e, "could not record a webhook attempt");
    }
    match outcome.1 {
        None => {
            tracing::info!(job = %job.id, webhook_id = %id, r#type = %p["type"], "webhook delivered");
            Ok(p.clone())
        }
        Some(e) => Err(JobError::Retry(e)),
    }
}

/// The most deliveries the demo consumer keeps.
const DEMO_KEEP: usize = 200;

/// A delivery received by the demo consumer.
#[derive(Clone, Debug)]
pub struct DemoDelivery {
    /// When it arrived (UTC).
    pub at: String,
    /// Its `webhook-id`.
    pub id: String,
    /// Its `webhook-timestamp`.
    pub timestamp: String,
    /// The body, pretty-printed.
    pub body: String,
}

/// `POST /demo/webhook`: the demo's consumer (`GLASSBOX_DEMO_WEBHOOKS`). It checks the
/// signature as any consumer should (with the `standardwebhooks` crate's verification, which
/// also refuses a timestamp more than 5 minutes off) and keeps the last deliveries in memory.
pub async fn demo_consumer(
    axum::extract::State(state): axum::extract::State<AppState>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> axum::http::StatusCode {
    use axum::http::StatusCode;
    let (true, Some(secret)) = (
        state.config.demo_webhooks,
        state.config.webhook_secret.as_deref(),
    ) else {
        return StatusCode::NOT_FOUND;
    };
    let Ok(key) = check_secret(secret) else {
        return StatusCode::NOT_FOUND;
    };
    let Ok(verifier) = standardwebhooks::Webhook::from_bytes(key) else {
        return StatusCode::NOT_FOUND;
    };
    if verifier.verify(&body, &headers).is_err() {
        return StatusCode::UNAUTHORIZED;
    }
    let h = |n: &str| {
        headers
            .get(n)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let pretty = serde_json::from_slice::<serde_json::Value>(&body)
        .ok()
        .and_then(|v| serde_json::to_string_pretty(&v).ok())
        .unwrap_or_default();
    if let Ok(mut list) = state.demo_hooks.lock() {
        if list.len() >= DEMO_KEEP {
            list.pop_front();
        }
        list.push_back(DemoDelivery {
            at: store::format_time(store::now()),
            id: h("webhook-id"),
            timestamp: h("webhook-timestamp"),
            body: pretty,
        });
    }
    StatusCode::NO_CONTENT
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The test vector of the Standard Webhooks specification (its reference libraries' tests).
    #[test]
    fn signs_the_specifications_test_vector() {
        let hooks = Webhooks::new(
            "https://hooks.example/x",
            "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
            Duration::from_secs(5),
        )
        .unwrap();
        assert_eq!(
            hooks
                .sign(
                    "msg_27UH4WbU6Z5A5EzD8u03UvzRbpk",
                    1649367553,
                    r#"{"email":"test@example.com","username":"test_user"}"#
                )
                .unwrap(),
            "v1,tZ1I4/hDygAJgO5TYxiSd6Sd0kDW6hPenDe+bTa3Kkw="
        );
    }

    #[test]
    fn secrets_need_the_prefix_and_base64() {
        assert!(check_secret("whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD").is_ok());
        let e = check_secret("C2FVsBQIhrscChlQIMV+b5sSYspob7oD").unwrap_err();
        assert!(e.contains("whsec_"), "{e}");
        let e = check_secret("whsec_not base64!!").unwrap_err();
        assert!(e.contains("base64"), "{e}");
        assert!(
            !e.contains("not base64!!"),
            "the secret is never repeated: {e}"
        );
        assert!(check_secret("whsec_YWJj")
            .unwrap_err()
            .contains("too short"));
    }

    #[test]
    fn urls_are_http_without_credentials() {
        let s = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";
        let d = Duration::from_secs(1);
        assert!(Webhooks::new("ftp://x.example/", s, d).is_err());
        assert!(Webhooks::new("not a url", s, d).is_err());
        assert!(Webhooks::new("https://u:p@x.example/", s, d).is_err());
        assert!(Webhooks::new("https://x.example/hook", s, d).is_ok());
    }
}
