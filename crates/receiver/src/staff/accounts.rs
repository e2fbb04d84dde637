//! Staff accounts and named tokens: Argon2id password hashes (PHC strings, from the `argon2`
//! crate), TOTP (RFC 6238, from `totp-rs`), sign-in with its limits (failures per account
//! counted in the database, attempts per client in memory), sessions and API tokens. No HTTP
//! types here: the JSON API, the admin page and the command line call these functions.

use super::{Actor, Role, Who};
use crate::requests::{is_token, random_token};
use crate::store::{self, StoreError};
use crate::AppState;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use std::net::IpAddr;
use totp_rs::{Algorithm, Secret, TOTP};

/// The shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// Errors of account management.
#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    /// The store failed or refused.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Input that is not accepted (says why).
    #[error("{0}")]
    Invalid(String),
    /// Hashing failed, or the random source.
    #[error("{0}")]
    Crypto(String),
}

/// Why a sign-in was refused.
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    /// Wrong email, password or code, or a disabled account (indistinguishable on purpose).
    #[error("wrong email, password or code")]
    Invalid,
    /// The password was right and the account needs its TOTP code.
    #[error("enter the code from your authenticator app")]
    TotpRequired,
    /// Too many failures for this account: refused until the lock ends.
    #[error("too many failed sign-ins: this account is locked for {0} minutes")]
    Locked(u32),
    /// Too many attempts from this client.
    #[error("too many sign-in attempts from this address: try again later")]
    RateLimited,
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Hashing or the random source failed.
    #[error("internal error")]
    Internal,
}

/// A session just opened: the cookie's value (never stored) and its lifetime.
#[derive(Clone, Debug)]
pub struct NewSession {
    /// The session id for the cookie.
    pub id: String,
    /// Who signed in.
    pub actor: Actor,
    /// Seconds until the absolute expiry (the cookie's Max-Age).
    pub max_age_secs: i64,
    /// The absolute expiry (UTC, stored format).
    pub expires_at: String,
}

/// A sign-in email as stored: trimmed, lower case, with one `@` and no spaces or `:`.
pub fn normalize_email(email: &str) -> Result<String, StaffError> {
    let e = email.trim().to_lowercase();
    let ok = e.len() <= 254
        && e.split('@').count() == 2
        && e.split('@').all(|p| !p.is_empty())
        && !e.contains(|c: char| c.is_whitespace() || c.is_control() || c == ':');
    if ok {
        Ok(e)
    } else {
        Err(StaffError::Invalid(format!(
            "{email:?} is not an email address"
        )))
    }
}

/// The Argon2id PHC string of `password` (default parameters of the `argon2` crate, a fresh
/// random salt); a password shorter than [`MIN_PASSWORD_CHARS`] is refused.
pub fn hash_password(password: &str) -> Result<String, StaffError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(StaffError::Invalid(format!(
            "the password must have at least {MIN_PASSWORD_CHARS} characters"
        )));
    }
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| StaffError::Crypto(e.to_string()))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| StaffError::Crypto(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| StaffError::Crypto(e.to_string()))
}

/// Whether `password` matches the PHC string `hash` (constant time, inside the crate), on a
/// blocking thread: Argon2id takes tens of milliseconds by design.
pub async fn verify_password(hash: String, password: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&hash).is_ok_and(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
    })
    .await
    .unwrap_or(false)
}

/// A PHC string no password matches, verified for unknown emails so that their answer takes
/// as long as a known one's.
fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| {
        let mut pw = [0u8; 24];
        let _ = getrandom::fill(&mut pw);
        hash_password(&hex::encode(pw)).unwrap_or_default()
    })
}

fn totp(secret_b32: &str, email: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret_b32.to_string()).to_bytes().ok()?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        30,
        bytes,
        Some("Glassbox".into()),
        email.to_string(),
    )
    .ok()
}

/// A fresh TOTP secret (160 random bits, base32) for `email`, and its `otpauth://` URI for an
/// authenticator app.
pub fn new_totp(email: &str) -> Result<(String, String), StaffError> {
    let mut raw = [0u8; 20];
    getrandom::fill(&mut raw).map_err(|e| StaffError::Crypto(e.to_string()))?;
    let secret = Secret::Raw(raw.to_vec()).to_encoded().to_string();
    let t = totp(&secret, email).ok_or_else(|| StaffError::Crypto("TOTP setup failed".into()))?;
    Ok((secret, t.get_url()))
}

/// The 30-second step whose TOTP code of `secret_b32` is `code`, at `unix_secs` or one step
/// either side (compared in constant time), if any.
pub fn totp_step(secret_b32: &str, email: &str, code: &str, unix_secs: u64) -> Option<u64> {
    use subtle::ConstantTimeEq;
    let code = code.trim();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let t = totp(secret_b32, email)?;
    let now = unix_secs / 30;
    let mut found = None;
    for step in [now.saturating_sub(1), now, now + 1] {
        let want = t.generate(step * 30);
        if bool::from(want.as_bytes().ct_eq(code.as_bytes())) {
            found = Some(step);
        }
    }
    found
}

/// Whether `code` is the TOTP code of `secret_b32` at `unix_secs` (or one step either side).
pub fn totp_ok(secret_b32: &str, email: &str, code: &str, unix_secs: u64) -> bool {
    totp_step(secret_b32, email, code, unix_secs).is_some()
}

/// The TOTP code of `secret_b32` at `unix_secs` (for tests and the setup check).
pub fn totp_code(secret_b32: &str, email: &str, unix_secs: u64) -> Option<String> {
    totp(secret_b32, email).map(|t| t.generate(unix_secs))
}

/// Signs `email` in with `password` (and `code` when TOTP is on) from the client `ip`.
///
/// Limits, in this order: attempts per client (in memory, `GLASSBOX_SIGNIN_PER_CLIENT`), then
/// a lock per account after `GLASSBOX_SIGNIN_MAX_FAILURES` failures within
/// `GLASSBOX_SIGNIN_LOCK_MINUTES`, for as long (counted in the database, so shared by every
/// receiver on it). A disabled or unknown account answers like a wrong password, after the
/// same Argon2id work.
pub async fn sign_in(
    state: &AppState,
    ip: IpAddr,
    email: &str,
    password: &str,
    code: Option<&str>,
) -> Result<NewSession, SignInError> {
    if let Some(limiter) = &state.signin_limiter {
        if limiter.check_key(&ip).is_err() {
            tracing::warn!("sign-in attempts limited for a client");
            return Err(SignInError::RateLimited);
        }
    }
    let cfg = &state.config;
    let now = state.clock.now();
    let Ok(email) = normalize_email(email) else {
        verify_password(decoy_hash().to_string(), password.to_string()).await;
        return Err(SignInError::Invalid);
    };
    let account = state.store.staff_get(&email).await?;
    let Some(account) = account.filter(|a| a.disabled_at.is_none()) else {
        verify_password(decoy_hash().to_string(), password.to_string()).await;
        tracing::warn!("sign-in refused (unknown or disabled account)");
        return Err(SignInError::Invalid);
    };
    let now_s = store::format_time(now);
    if account
        .locked_until
        .as_deref()
        .is_some_and(|until| now_s.as_str() < until)
    {
        tracing::warn!("sign-in refused (account locked)");
        return Err(SignInError::Locked(cfg.signin_lock_minutes));
    }
    let password_ok = verify_password(account.password_hash.clone(), password.to_string()).await;
    let code = code.map(str::trim).filter(|c| !c.is_empty());
    let second_ok = match (&account.totp_secret, password_ok, code) {
        (None, _, _) => true,
        (Some(_), true, None) => return Err(SignInError::TotpRequired),
        (Some(secret), _, Some(code)) => {
            let secs = u64::try_from(now.unix_timestamp()).unwrap_or(0);
            match totp_step(secret, &email, code, secs) {
                // A code works once: its step must be later than the last one used.
                Some(step) if password_ok => state.store.staff_use_totp_step(&email, step).await?,
                _ => false,
            }
        }
        (Some(_), false, None) => false,
    };
    if !(password_ok && second_ok) {
        let window = time::Duration::minutes(i64::from(cfg.signin_lock_minutes));
        let locked = state
            .store
            .staff_failed_sign_in(
                &email,
                now,
                now - window,
                cfg.signin_max_failures,
                now + window,
            )
            .await?;
        tracing::warn!(locked, "sign-in refused (wrong password or code)");
        return Err(SignInError::Invalid);
    }
    let id = random_token().map_err(|_| SignInError::Internal)?;
    let max_age_secs = i64::from(cfg.session_max_hours) * 3600;
    let expires = now + time::Duration::seconds(max_age_secs);
    state
        .store
        .session_create(&store::sha256_hex(id.as_bytes()), &email, now, expires)
        .await?;
    let role = Role::parse(&account.role).unwrap_or(Role::Handler);
    tracing::info!(role = role.as_str(), "staff member signed in");
    Ok(NewSession {
        id,
        actor: Actor {
            who: Who::Staff(email),
            role,
            by_cookie: true,
        },
        max_age_secs,
        expires_at: store::format_time(expires),
    })
}

/// Ends the session whose id the cookie carries (server-side: the id no longer works).
/// Unknown or malformed ids are ignored.
pub async fn sign_out(state: &AppState, cookie: Option<&str>) -> Result<(), StoreError> {
    let Some(id) = cookie.filter(|c| is_token(c)) else {
        return Ok(());
    };
    let hash = store::sha256_hex(id.as_bytes());
    let Some(session) = state.store.session_get(&hash).await? else {
        return Ok(());
    };
    let actor = format!("staff:{}", session.email);
    match state
        .store
        .session_delete(&hash, state.clock.now(), Some(&actor))
        .await
    {
        // Ended meanwhile by another request: done all the same.
        Ok(()) | Err(StoreError::NotFound) => Ok(()),
        Err(e) => Err(e),
    }
}

/// A token name: 1–64 of `A-Z a-z 0-9 . _ -`.
pub fn check_token_name(name: &str) -> Result<(), StaffError> {
    let ok = (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    if ok {
        Ok(())
    } else {
        Err(StaffError::Invalid(format!(
            "{name:?} is not a token name: 1 to 64 letters, digits, '.', '_' or '-'"
        )))
    }
}

/// Creates the named API token `name` with `role`; returns the token (shown once, only its
/// SHA-256 is stored).
pub async fn create_token(
    store: &store::Store,
    name: &str,
    role: Role,
) -> Result<String, StaffError> {
    check_token_name(name)?;
    let token = format!(
        "gbx_{}",
        random_token().map_err(|e| StaffError::Crypto(e.to_string()))?
    );
    store
        .token_create(
            name,
            &store::sha256_hex(token.as_bytes()),
            role.as_str(),
            store::now(),
        )
        .await?;
    Ok(token)
}

/// Adds the staff account `email` with `role` and `password` (hashed with Argon2id).
pub async fn add_staff(
    store: &store::Store,
    email: &str,
    role: Role,
    password: &str,
) -> Result<String, StaffError> {
    let email = normalize_email(email)?;
    let hash = hash_password(password)?;
    store
        .staff_add(&email, role.as_str(), &hash, store::now())
        .await?;
    Ok(email)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_argon2id_phc_strings() {
        let h = hash_password("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$v=19$"), "{h}");
        assert!(!h.contains("correct horse"));
        assert!(hash_password("short").is_err());
    }

    #[test]
    fn totp_codes_check_within_one_step() {
        let (secret, uri) = new_totp("ana@example.org").unwrap();
        assert!(
            uri.starts_with("otpauth://totp/Glassbox:ana%40example.org?"),
            "{uri}"
        );
        let t = 1_800_000_000;
        let code = totp_code(&secret, "ana@example.org", t).unwrap();
        assert!(totp_ok(&secret, "ana@example.org", &code, t));
        assert!(totp_ok(&secret, "ana@example.org", &code, t + 30));
        assert!(!totp_ok(&secret, "ana@example.org", &code, t + 120));
        assert!(!totp_ok(&secret, "ana@example.org", "12345", t));
    }

    #[test]
    fn emails_are_normalised() {
        assert_eq!(
            normalize_email(" Ana@Example.ORG ").unwrap(),
            "ana@example.org"
        );
        for bad in ["ana", "a@b@c", "@x", "a b@c", "a:b@c"] {
            assert!(normalize_email(bad).is_err(), "{bad}");
        }
    }
}
