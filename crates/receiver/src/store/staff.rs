//! SQL of the staff tables: accounts (`staff`), their sessions (`staff_sessions`, by the
//! SHA-256 of the session id), failed sign-ins (`staff_failures`, shared by every receiver on
//! the database) and named API tokens (`api_tokens`, by the SHA-256 of the token). Changes of
//! accounts and tokens are audited (actor `system`: the operator at the command line); sign-ins
//! and sign-outs are audited with the staff member as actor.

use super::{format_time, Store, StoreError};
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::Row;
use time::OffsetDateTime;

/// A staff account as stored.
#[derive(Clone, Debug, Serialize)]
pub struct StaffRow {
    /// Sign-in name (lower case).
    pub email: String,
    /// `admin` or `handler`.
    pub role: String,
    /// The Argon2id PHC string.
    #[serde(skip)]
    pub password_hash: String,
    /// The TOTP secret (base32) when two-step sign-in is on.
    #[serde(skip)]
    pub totp_secret: Option<String>,
    /// Sign-in refused until then (too many failures).
    pub locked_until: Option<String>,
    /// When the account was disabled.
    pub disabled_at: Option<String>,
    /// When it was added.
    pub created_at: String,
}

/// A session found by its id's hash, with its account.
#[derive(Clone, Debug)]
pub struct SessionRow {
    /// The staff member.
    pub email: String,
    /// Their role.
    pub role: String,
    /// Last request seen (stored time format).
    pub last_seen_at: String,
    /// Absolute end (stored time format).
    pub expires_at: String,
    /// The account is disabled.
    pub disabled: bool,
}

/// A named API token as listed (never the token).
#[derive(Clone, Debug, Serialize)]
pub struct TokenRow {
    /// Its name.
    pub name: String,
    /// `admin` or `handler`.
    pub role: String,
    /// When it was created.
    pub created_at: String,
    /// When it was revoked.
    pub revoked_at: Option<String>,
}

const STAFF_COLUMNS: &str =
    "email, role, password_hash, totp_secret, locked_until, disabled_at, created_at";

fn staff_row(row: &AnyRow) -> Result<StaffRow, StoreError> {
    Ok(StaffRow {
        email: row.try_get(0)?,
        role: row.try_get(1)?,
        password_hash: row.try_get(2)?,
        totp_secret: row.try_get(3)?,
        locked_until: row.try_get(4)?,
        disabled_at: row.try_get(5)?,
        created_at: row.try_get(6)?,
    })
}

/// An audited insert that changed nothing met an existing row: [`StoreError::State`] saying
/// `what`.
fn exists_already(result: Result<(), StoreError>, what: &str) -> Result<(), StoreError> {
    match result {
        Err(StoreError::NotFound) => Err(StoreError::State(what.into())),
        other => other,
    }
}

impl Store {
    /// Appends an audit entry that concerns no request, in its own write transaction, after
    /// `change` ran in that transaction. `change` returning `false` means "nothing to change"
    /// ([`StoreError::NotFound`]).
    async fn audited<F>(
        &self,
        at: &str,
        action: &str,
        detail: serde_json::Value,
        actor: &str,
        change: F,
    ) -> Result<(), StoreError>
    where
        F: for<'c> FnOnce(
            &'c mut sqlx::AnyConnection,
        ) -> futures_like::BoxFuture<'c, Result<bool, StoreError>>,
    {
        let (mut tx, head) = self.begin_write().await?;
        if !change(&mut tx).await? {
            tx.rollback().await?;
            return Err(StoreError::NotFound);
        }
        Self::commit_audited(tx, &head, at, None, action, &detail, actor).await?;
        Ok(())
    }

    /// Adds a staff account; an existing email is [`StoreError::State`].
    pub async fn staff_add(
        &self,
        email: &str,
        role: &str,
        password_hash: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let at = format_time(at);
        let (email, role, hash, at2) = (
            email.to_string(),
            role.to_string(),
            password_hash.to_string(),
            at.clone(),
        );
        let detail = serde_json::json!({"email": email, "role": role});
        let result = self
            .audited(&at, "staff_added", detail, "system", move |c| {
                Box::pin(async move {
                    let done = sqlx::query(
                        "INSERT INTO staff (email, role, password_hash, created_at, updated_at) \
                         VALUES ($1, $2, $3, $4, $4) ON CONFLICT (email) DO NOTHING",
                    )
                    .bind(&email)
                    .bind(&role)
                    .bind(&hash)
                    .bind(&at2)
                    .execute(&mut *c)
                    .await?;
                    Ok(done.rows_affected() == 1)
                })
            })
            .await;
        exists_already(result, "a staff account with this email exists already")
    }

    /// The account `email` (lower case), if any.
    pub async fn staff_get(&self, email: &str) -> Result<Option<StaffRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {STAFF_COLUMNS} FROM staff WHERE email = $1"
        ))
        .bind(email)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(staff_row).transpose()
    }

    /// Every account, by email.
    pub async fn staff_list(&self) -> Result<Vec<StaffRow>, StoreError> {
        let rows = sqlx::query(&format!("SELECT {STAFF_COLUMNS} FROM staff ORDER BY email"))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(staff_row).collect()
    }

    /// Updates the account `email` and writes its audit entry (`action`, actor `system`) in one
    /// transaction: `set` (SQL, with `value` as `$1`) and `updated_at` change, then each of
    /// `then` (SQL with the email as `$1`) runs. No such account is [`StoreError::NotFound`].
    async fn staff_update_audited(
        &self,
        email: &str,
        at: OffsetDateTime,
        action: &str,
        set: &'static str,
        value: Option<String>,
        then: &'static [&'static str],
    ) -> Result<(), StoreError> {
        let at = format_time(at);
        let (email_c, at2) = (email.to_string(), at.clone());
        self.audited(
            &at,
            action,
            serde_json::json!({"email": email}),
            "system",
            move |c| {
                Box::pin(async move {
                    let done = sqlx::query(&format!(
                        "UPDATE staff SET {set}, updated_at = $2 WHERE email = $3"
                    ))
                    .bind(value)
                    .bind(&at2)
                    .bind(&email_c)
                    .execute(&mut *c)
                    .await?;
                    for sql in then {
                        sqlx::query(sql).bind(&email_c).execute(&mut *c).await?;
                    }
                    Ok(done.rows_affected() == 1)
                })
            },
        )
        .await
    }

    /// Disables (`true`) or enables again the account; disabling ends its sessions.
    pub async fn staff_set_disabled(
        &self,
        email: &str,
        disabled: bool,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let action = if disabled {
            "staff_disabled"
        } else {
            "staff_enabled"
        };
        self.staff_update_audited(
            email,
            at,
            action,
            "disabled_at = $1",
            disabled.then(|| format_time(at)),
            &["DELETE FROM staff_sessions WHERE email = $1"],
        )
        .await
    }

    /// Sets a new password hash: ends the account's sessions and lifts a lock.
    pub async fn staff_set_password(
        &self,
        email: &str,
        password_hash: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        self.staff_update_audited(
            email,
            at,
            "staff_password_reset",
            "password_hash = $1, locked_until = NULL",
            Some(password_hash.to_string()),
            &[
                "DELETE FROM staff_sessions WHERE email = $1",
                "DELETE FROM staff_failures WHERE email = $1",
            ],
        )
        .await
    }

    /// Turns two-step sign-in on with `secret` (base32).
    pub async fn staff_set_totp(
        &self,
        email: &str,
        secret: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        self.staff_update_audited(
            email,
            at,
            "staff_totp_enabled",
            "totp_secret = $1, totp_last_step = NULL",
            Some(secret.to_string()),
            &[],
        )
        .await
    }

    /// Turns two-step sign-in off for `email` and ends its sessions (signed in with the
    /// second step the account no longer has).
    pub async fn staff_clear_totp(
        &self,
        email: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        self.staff_update_audited(
            email,
            at,
            "staff_totp_disabled",
            "totp_secret = $1, totp_last_step = NULL",
            None,
            &["DELETE FROM staff_sessions WHERE email = $1"],
        )
        .await
    }

    /// Marks the TOTP step `step` as used by `email`; false when it (or a later one) was used
    /// already, so that a code cannot be replayed.
    pub async fn staff_use_totp_step(&self, email: &str, step: u64) -> Result<bool, StoreError> {
        let step = i64::try_from(step).unwrap_or(i64::MAX);
        let done = sqlx::query(
            "UPDATE staff SET totp_last_step = $1 WHERE email = $2 \
             AND (totp_last_step IS NULL OR totp_last_step < $1)",
        )
        .bind(step)
        .bind(email)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Records a failed sign-in of the existing account `email` at `at`. When it makes
    /// `max_failures` within the window since `window_start`, the account is locked until
    /// `lock_until` and the count starts again. Returns whether the account is now locked.
    pub async fn staff_failed_sign_in(
        &self,
        email: &str,
        at: OffsetDateTime,
        window_start: OffsetDateTime,
        max_failures: u32,
        lock_until: OffsetDateTime,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM staff_failures WHERE email = $1 AND at < $2")
            .bind(email)
            .bind(format_time(window_start))
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO staff_failures (email, at) VALUES ($1, $2)")
            .bind(email)
            .bind(format_time(at))
            .execute(&mut *tx)
            .await?;
        let n: i64 = sqlx::query("SELECT COUNT(*) FROM staff_failures WHERE email = $1")
            .bind(email)
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        let locked = n >= i64::from(max_failures.max(1));
        if locked {
            sqlx::query("UPDATE staff SET locked_until = $1 WHERE email = $2")
                .bind(format_time(lock_until))
                .bind(email)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM staff_failures WHERE email = $1")
                .bind(email)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(locked)
    }

    /// Opens a session (its id's hash) for `email` after a successful sign-in: forgets the
    /// account's failures and its ended sessions, and audits `signed_in`.
    pub async fn session_create(
        &self,
        id_hash: &str,
        email: &str,
        at: OffsetDateTime,
        expires_at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let at = format_time(at);
        let (id_hash, email_c, at2, exp) = (
            id_hash.to_string(),
            email.to_string(),
            at.clone(),
            format_time(expires_at),
        );
        let actor = format!("staff:{email}");
        self.audited(&at, "signed_in", serde_json::json!({}), &actor, move |c| {
            Box::pin(async move {
                for sql in [
                    "DELETE FROM staff_failures WHERE email = $1",
                    "UPDATE staff SET locked_until = NULL WHERE email = $1",
                ] {
                    sqlx::query(sql).bind(&email_c).execute(&mut *c).await?;
                }
                sqlx::query("DELETE FROM staff_sessions WHERE email = $1 AND expires_at < $2")
                    .bind(&email_c)
                    .bind(&at2)
                    .execute(&mut *c)
                    .await?;
                sqlx::query(
                    "INSERT INTO staff_sessions (id_hash, email, created_at, last_seen_at, \
                         expires_at) VALUES ($1, $2, $3, $3, $4)",
                )
                .bind(&id_hash)
                .bind(&email_c)
                .bind(&at2)
                .bind(&exp)
                .execute(&mut *c)
                .await?;
                Ok(true)
            })
        })
        .await
    }

    /// The session whose id hashes to `id_hash`, with its account.
    pub async fn session_get(&self, id_hash: &str) -> Result<Option<SessionRow>, StoreError> {
        let row = sqlx::query(
            "SELECT s.email, t.role, s.last_seen_at, s.expires_at, t.disabled_at \
             FROM staff_sessions s JOIN staff t ON t.email = s.email WHERE s.id_hash = $1",
        )
        .bind(id_hash)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| -> Result<SessionRow, StoreError> {
            let disabled: Option<String> = r.try_get(4)?;
            Ok(SessionRow {
                email: r.try_get(0)?,
                role: r.try_get(1)?,
                last_seen_at: r.try_get(2)?,
                expires_at: r.try_get(3)?,
                disabled: disabled.is_some(),
            })
        })
        .transpose()
    }

    /// Notes activity on a session (its idle time starts again).
    pub async fn session_touch(&self, id_hash: &str, at: OffsetDateTime) -> Result<(), StoreError> {
        sqlx::query("UPDATE staff_sessions SET last_seen_at = $1 WHERE id_hash = $2")
            .bind(format_time(at))
            .bind(id_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Ends a session (sign-out, or found expired). Audits `signed_out` when `actor` is given.
    pub async fn session_delete(
        &self,
        id_hash: &str,
        at: OffsetDateTime,
        actor: Option<&str>,
    ) -> Result<(), StoreError> {
        let Some(actor) = actor else {
            sqlx::query("DELETE FROM staff_sessions WHERE id_hash = $1")
                .bind(id_hash)
                .execute(&self.pool)
                .await?;
            return Ok(());
        };
        let id_hash = id_hash.to_string();
        self.audited(
            &format_time(at),
            "signed_out",
            serde_json::json!({}),
            actor,
            move |c| {
                Box::pin(async move {
                    let done = sqlx::query("DELETE FROM staff_sessions WHERE id_hash = $1")
                        .bind(&id_hash)
                        .execute(&mut *c)
                        .await?;
                    Ok(done.rows_affected() == 1)
                })
            },
        )
        .await
    }

    /// Deletes sessions past their absolute expiry or idle since before `idle_cutoff`, and
    /// failures older than `failures_before`. Returns how many sessions ended.
    pub async fn staff_cleanup(
        &self,
        now: OffsetDateTime,
        idle_cutoff: OffsetDateTime,
        failures_before: OffsetDateTime,
    ) -> Result<u64, StoreError> {
        let done =
            sqlx::query("DELETE FROM staff_sessions WHERE expires_at <= $1 OR last_seen_at < $2")
                .bind(format_time(now))
                .bind(format_time(idle_cutoff))
                .execute(&self.pool)
                .await?;
        sqlx::query("DELETE FROM staff_failures WHERE at < $1")
            .bind(format_time(failures_before))
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// Creates a named API token (its hash); a name in use by a token not revoked is
    /// [`StoreError::State`]; a revoked one's name can be used again.
    pub async fn token_create(
        &self,
        name: &str,
        token_hash: &str,
        role: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let at = format_time(at);
        let (name_c, hash, role_c, at2) = (
            name.to_string(),
            token_hash.to_string(),
            role.to_string(),
            at.clone(),
        );
        let result = self
            .audited(
                &at,
                "token_created",
                serde_json::json!({"name": name, "role": role}),
                "system",
                move |c| {
                    Box::pin(async move {
                        sqlx::query(
                            "DELETE FROM api_tokens WHERE name = $1 AND revoked_at IS NOT NULL",
                        )
                        .bind(&name_c)
                        .execute(&mut *c)
                        .await?;
                        let done = sqlx::query(
                            "INSERT INTO api_tokens (name, token_hash, role, created_at) \
                             VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING",
                        )
                        .bind(&name_c)
                        .bind(&hash)
                        .bind(&role_c)
                        .bind(&at2)
                        .execute(&mut *c)
                        .await?;
                        Ok(done.rows_affected() == 1)
                    })
                },
            )
            .await;
        exists_already(
            result,
            "a token with this name exists already (revoke it first)",
        )
    }

    /// The (name, role) of the token that is not revoked and hashes to `token_hash`.
    pub async fn token_by_hash(
        &self,
        token_hash: &str,
    ) -> Result<Option<(String, String)>, StoreError> {
        let row = sqlx::query(
            "SELECT name, role FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).transpose()
    }

    /// Every token, by name.
    pub async fn token_list(&self) -> Result<Vec<TokenRow>, StoreError> {
        let rows =
            sqlx::query("SELECT name, role, created_at, revoked_at FROM api_tokens ORDER BY name")
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(|r| {
                Ok(TokenRow {
                    name: r.try_get(0)?,
                    role: r.try_get(1)?,
                    created_at: r.try_get(2)?,
                    revoked_at: r.try_get(3)?,
                })
            })
            .collect()
    }

    /// Revokes the token `name` (not found, or revoked already: [`StoreError::NotFound`]).
    pub async fn token_revoke(&self, name: &str, at: OffsetDateTime) -> Result<(), StoreError> {
        let at = format_time(at);
        let (name_c, at2) = (name.to_string(), at.clone());
        self.audited(
            &at,
            "token_revoked",
            serde_json::json!({"name": name}),
            "system",
            move |c| {
                Box::pin(async move {
                    let done = sqlx::query(
                        "UPDATE api_tokens SET revoked_at = $1 WHERE name = $2 \
                         AND revoked_at IS NULL",
                    )
                    .bind(&at2)
                    .bind(&name_c)
                    .execute(&mut *c)
                    .await?;
                    Ok(done.rows_affected() == 1)
                })
            },
        )
        .await
    }
}

/// A boxed future borrowing the connection (what [`Store::audited`]'s change returns).
mod futures_like {
    pub type BoxFuture<'a, T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send + 'a>>;
}
