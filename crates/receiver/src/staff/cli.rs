//! The command line for staff accounts and API tokens: `glassbox-receiver staff add|list|
//! disable|enable|reset|totp|totp-off` and `glassbox-receiver token create|list|revoke`. Passwords are
//! read from standard input (prompted, twice, without echo on a terminal), never from a flag.

use super::accounts::{self, StaffError};
use crate::config::{StaffCommand, TokenCommand};
use crate::store::{self, Store, StoreError};
use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

/// Reads the new password: prompted twice on a terminal, else the first line of stdin.
fn read_password(email: &str) -> Result<String, StaffError> {
    let io = |e: std::io::Error| StaffError::Invalid(format!("cannot read the password: {e}"));
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password(format!("Password for {email}: ")).map_err(io)?;
        let again = rpassword::prompt_password("Again: ").map_err(io)?;
        if first != again {
            return Err(StaffError::Invalid("the two passwords differ".into()));
        }
        return Ok(first);
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).map_err(io)?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

fn not_found(what: &str, e: StoreError) -> StaffError {
    match e {
        StoreError::NotFound => StaffError::Invalid(format!("no {what}")),
        other => other.into(),
    }
}

/// Runs a `staff` subcommand.
pub async fn staff(store: &Store, cmd: StaffCommand) -> Result<ExitCode, StaffError> {
    let mut out = std::io::stdout().lock();
    match cmd {
        StaffCommand::Add { email, role } => {
            let email = accounts::normalize_email(&email)?;
            let password = read_password(&email)?;
            let email = accounts::add_staff(store, &email, role, &password).await?;
            let _ = writeln!(out, "staff account {email} added ({})", role.as_str());
        }
        StaffCommand::List => {
            let now = store::format_time(store::now());
            for s in store.staff_list().await? {
                let state = match (&s.disabled_at, &s.locked_until) {
                    (Some(_), _) => "disabled".to_string(),
                    (None, Some(until)) if until.as_str() > now.as_str() => {
                        format!("locked until {until}")
                    }
                    _ => "active".to_string(),
                };
                let totp = if s.totp_secret.is_some() {
                    "totp"
                } else {
                    "no-totp"
                };
                let _ = writeln!(
                    out,
                    "{}\t{}\t{}\t{}\tadded {}",
                    s.email, s.role, totp, state, s.created_at
                );
            }
        }
        StaffCommand::Disable { email } => {
            let email = accounts::normalize_email(&email)?;
            store
                .staff_set_disabled(&email, true, store::now())
                .await
                .map_err(|e| not_found("such staff account", e))?;
            let _ = writeln!(out, "{email} disabled; their sessions are ended");
        }
        StaffCommand::Enable { email } => {
            let email = accounts::normalize_email(&email)?;
            store
                .staff_set_disabled(&email, false, store::now())
                .await
                .map_err(|e| not_found("such staff account", e))?;
            let _ = writeln!(out, "{email} enabled");
        }
        StaffCommand::Reset { email } => {
            let email = accounts::normalize_email(&email)?;
            if store.staff_get(&email).await?.is_none() {
                return Err(StaffError::Invalid("no such staff account".into()));
            }
            let hash = accounts::hash_password(&read_password(&email)?)?;
            store
                .staff_set_password(&email, &hash, store::now())
                .await
                .map_err(|e| not_found("such staff account", e))?;
            let _ = writeln!(
                out,
                "new password set for {email}; their sessions are ended"
            );
        }
        StaffCommand::Totp { email } => {
            let email = accounts::normalize_email(&email)?;
            let (secret, uri) = accounts::new_totp(&email)?;
            store
                .staff_set_totp(&email, &secret, store::now())
                .await
                .map_err(|e| not_found("such staff account", e))?;
            let _ = writeln!(
                out,
                "two-step sign-in is on for {email}; add this to an authenticator app \
                 (shown once):\n{uri}\nsecret: {secret}"
            );
        }
        StaffCommand::TotpOff { email } => {
            let email = accounts::normalize_email(&email)?;
            store
                .staff_clear_totp(&email, store::now())
                .await
                .map_err(|e| not_found("such staff account", e))?;
            let _ = writeln!(
                out,
                "two-step sign-in is off for {email}; their sessions are ended"
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs a `token` subcommand.
pub async fn token(store: &Store, cmd: TokenCommand) -> Result<ExitCode, StaffError> {
    let mut out = std::io::stdout().lock();
    match cmd {
        TokenCommand::Create { name, role } => {
            let token = accounts::create_token(store, &name, role).await?;
            let _ = writeln!(
                out,
                "token {name} ({}) created; shown once, only its hash is kept:\n{token}",
                role.as_str()
            );
        }
        TokenCommand::List => {
            for t in store.token_list().await? {
                let state = match &t.revoked_at {
                    Some(at) => format!("revoked {at}"),
                    None => "active".into(),
                };
                let _ = writeln!(
                    out,
                    "{}\t{}\t{}\tcreated {}",
                    t.name, t.role, state, t.created_at
                );
            }
        }
        TokenCommand::Revoke { name } => {
            store
                .token_revoke(&name, store::now())
                .await
                .map_err(|e| not_found("active token of this name", e))?;
            let _ = writeln!(out, "token {name} revoked");
        }
    }
    Ok(ExitCode::SUCCESS)
}
