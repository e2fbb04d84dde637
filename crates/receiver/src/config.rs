//! Command line and environment: every setting of the receiver, parsed once by clap.
//!
//! Each flag has an environment variable of the same meaning (`--listen` / `GLASSBOX_LISTEN`);
//! `glassbox-receiver --help` lists them all with their defaults.

use crate::staff::Role;
use clap::{Args, Parser, Subcommand};
use glassbox_core::deadline::Date;
use std::net::SocketAddr;
use std::path::PathBuf;
use time::OffsetDateTime;

/// The default SQLite database: a file in the working directory, created on first start.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://glassbox-receiver.db";

/// `glassbox-receiver`: the Glassbox reference backend for data-subject requests.
#[derive(Debug, Parser)]
#[command(
    name = "glassbox-receiver",
    version,
    about = "Receives glassbox.request/v1 data-subject requests, verifies the requester's email, \
             tracks each request to its GDPR Art. 12(3) deadline and keeps an audit log chained with HMAC-SHA256 under a key kept outside the database.",
    after_help = "Without a subcommand the server starts (same as `serve`).\n\n\
Secrets come from the environment or a file, never from a flag:\n  \
GLASSBOX_ADMIN_TOKEN / GLASSBOX_ADMIN_TOKEN_FILE  bootstrap bearer token for /v1/admin/ \
(at least 32 characters; unset: only staff accounts and named tokens reach the admin)\n  \
GLASSBOX_SMTP_URL / GLASSBOX_SMTP_URL_FILE  mail server for the mails to requesters: \
smtp://user:pass@host:port (?tls=required for STARTTLS, ?tls=opportunistic) or smtps://…; \
unset: no mails\n\n\
The audit key is read from the environment only (never a flag): GLASSBOX_AUDIT_KEY (at least 32 \
random bytes as hex or base64, e.g. `head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \\n'`) or \
GLASSBOX_AUDIT_KEY_FILE (a file holding it, mode 600). It keys the audit chain (HMAC-SHA256) and \
derives the requesters' status tokens; keep it outside the database and its backups. `serve`, \
`verify-audit`, `upgrade-audit` and `seed` refuse to run without it, unless \
GLASSBOX_INSECURE_DEV_AUDIT_KEY=1 (a publicly known key: development only, proves nothing)."
)]
pub struct Cli {
    /// What to do; `serve` when omitted.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Server settings (also accepted without the `serve` subcommand).
    #[command(flatten)]
    pub config: Config,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the HTTP server (the default).
    Serve,
    /// Check the audit log: its MAC chain (with the audit key) and that every request row
    /// matches its entries; exits 1 and names the first broken entry or each changed field.
    VerifyAudit {
        /// Print the head (`SEQ:MAC`) after a successful check, to keep outside the database.
        #[arg(long)]
        head: bool,
        /// A head printed earlier by `--head` (`SEQ:MAC`): also check that this entry is still
        /// in the chain with the same MAC (a rewritten or cut-back history is reported).
        #[arg(long, value_name = "SEQ:MAC")]
        expect_head: Option<String>,
    },
    /// Key an audit log written before the audit key (plain SHA-256 chain): verify it, append a
    /// keyed entry committing to its head, and hash clear-text status tokens. `serve` does the
    /// same at start.
    UpgradeAudit {
        /// Key a broken old log anyway, recording the break in the new entry.
        #[arg(long)]
        accept_broken: bool,
    },
    /// Apply the database migrations and exit.
    Migrate,
    /// Staff accounts: `add EMAIL --role admin|handler`, `list`, `disable`, `enable`, `reset`,
    /// `totp` (passwords are read from standard input, prompted on a terminal).
    #[command(subcommand)]
    Staff(StaffCommand),
    /// Named API tokens for automation: `create NAME [--role handler|admin]`, `list`, `revoke`.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Insert N synthetic requests in bulk (benchmarks only; never on a production database).
    Seed {
        /// How many requests to insert.
        #[arg(long, default_value_t = 1_000_000)]
        count: u64,
    },
}

/// `glassbox-receiver staff …`
#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Add a staff account; its password (at least 12 characters) is read from standard input
    /// (prompted twice on a terminal).
    Add {
        /// Sign-in email.
        email: String,
        /// `admin` (everything) or `handler` (works on requests).
        #[arg(long)]
        role: Role,
    },
    /// List the accounts (email, role, TOTP, state).
    List,
    /// Disable an account and end its sessions.
    Disable {
        /// Sign-in email.
        email: String,
    },
    /// Enable a disabled account again.
    Enable {
        /// Sign-in email.
        email: String,
    },
    /// Set a new password (read from standard input); ends the account's sessions and lifts a
    /// sign-in lock.
    Reset {
        /// Sign-in email.
        email: String,
    },
    /// Turn on two-step sign-in (TOTP) and print the otpauth URI and secret, once.
    Totp {
        /// Sign-in email.
        email: String,
    },
    /// Turn two-step sign-in off (a lost phone): the password alone signs in again, and the
    /// account's sessions are ended. Turn it on again with `totp`.
    TotpOff {
        /// Sign-in email.
        email: String,
    },
}

/// `glassbox-receiver token …`
#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create a named bearer token and print it, once (only its SHA-256 is stored).
    Create {
        /// Its name (letters, digits, `.`, `_`, `-`), shown in the audit log as `token:NAME`.
        name: String,
        /// `handler` (works on requests) or `admin`.
        #[arg(long, default_value = "handler")]
        role: Role,
    },
    /// List the tokens (never the tokens themselves).
    List,
    /// Revoke a token: it stops working at once.
    Revoke {
        /// Its name.
        name: String,
    },
}

/// Server settings, from flags or the environment.
#[derive(Clone, Debug, Args)]
pub struct Config {
    /// Address and port to listen on.
    #[arg(
        long,
        env = "GLASSBOX_LISTEN",
        default_value = "127.0.0.1:8787",
        global = true
    )]
    pub listen: SocketAddr,

    /// Database: `sqlite://PATH` (created and migrated on start) or `postgres://…`.
    #[arg(long, env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL, global = true)]
    pub database_url: String,

    /// Bootstrap bearer token for `/v1/admin/`: `GLASSBOX_ADMIN_TOKEN` or the file named by
    /// `GLASSBOX_ADMIN_TOKEN_FILE` (environment only, never a flag; at least 32 characters).
    #[arg(skip)]
    pub admin_token: Option<String>,

    /// Origins allowed to call the API from a browser (CORS), comma-separated
    /// (`https://example.com,https://www.example.com`); `*` allows any. Unset: no cross-origin
    /// access.
    #[arg(
        long,
        env = "GLASSBOX_ALLOWED_ORIGINS",
        value_delimiter = ',',
        global = true
    )]
    pub allowed_origins: Vec<String>,

    /// Mail server: `GLASSBOX_SMTP_URL` or the file named by `GLASSBOX_SMTP_URL_FILE`
    /// (environment only, never a flag: it may hold a password).
    #[arg(skip)]
    pub smtp_url: Option<String>,

    /// Instead of SMTP, write each mail to this folder as an `.eml` file, shown on the admin
    /// page at `/admin/mailbox` (the demo's mailbox; `GLASSBOX_SMTP_URL` wins when both are set).
    #[arg(long, env = "GLASSBOX_MAILBOX_DIR", global = true)]
    pub mailbox_dir: Option<PathBuf>,

    /// Sender of verification mails.
    #[arg(
        long,
        env = "GLASSBOX_MAIL_FROM",
        default_value = "Glassbox <no-reply@localhost>",
        global = true
    )]
    pub mail_from: String,

    /// Public base URL of this service, used in status and verification links
    /// (default: `http://` + the listen address).
    #[arg(long, env = "GLASSBOX_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,

    /// Name of the controller, shown in mails and pages.
    #[arg(
        long,
        env = "GLASSBOX_CONTROLLER",
        default_value = "the controller",
        global = true
    )]
    pub controller: String,

    /// Supervisory authority named in the acknowledgement and in refusals (the right to lodge a
    /// complaint, GDPR Art. 12(4) and 77), as `Name|https://…`, for example
    /// `CNIL|https://www.cnil.fr/en/plaintes`. Unset: the messages name no particular authority.
    #[arg(long, env = "GLASSBOX_SUPERVISORY_AUTHORITY", value_parser = Authority::parse, global = true)]
    pub supervisory_authority: Option<Authority>,

    /// The controller's time zone (an IANA name): the day of receipt, due dates and "today"
    /// are calendar days there.
    #[arg(
        long,
        env = "GLASSBOX_TIMEZONE",
        default_value = "Europe/Brussels",
        value_parser = Zone::parse,
        global = true
    )]
    pub timezone: Zone,

    /// Attempts to deliver a mail before it is given up and shown as failed on the admin page.
    #[arg(
        long,
        env = "GLASSBOX_MAIL_ATTEMPTS",
        default_value_t = 10,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    pub mail_attempts: u32,

    /// Seconds before the first retry of a failed mail; each further retry waits twice as
    /// long (at most 6 hours), so 10 attempts span about 4 hours.
    #[arg(
        long,
        env = "GLASSBOX_MAIL_RETRY_SECS",
        default_value_t = 30,
        global = true
    )]
    pub mail_retry_secs: u64,

    /// Seconds a worker holds a job it claimed; a job whose worker died (`kill -9`) is taken
    /// up again after this.
    #[arg(
        long,
        env = "GLASSBOX_JOB_LEASE_SECS",
        default_value_t = 120,
        value_parser = clap::value_parser!(u64).range(1..),
        global = true
    )]
    pub job_lease_secs: u64,

    /// Days a closed (completed or refused) request is kept before its personal data is
    /// deleted (GDPR Art. 5(1)(e)); the audit log, which holds none, is kept. 0 keeps forever.
    #[arg(
        long,
        env = "GLASSBOX_RETENTION_DAYS",
        default_value_t = 1095,
        global = true
    )]
    pub retention_days: u32,

    /// Most confirmation mails to one email address in 24 hours (counted in the database, so
    /// shared by every receiver on it); a request over the cap is stored without a mail.
    #[arg(
        long,
        env = "GLASSBOX_MAILS_PER_ADDRESS",
        default_value_t = 3,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    pub mails_per_address: u32,

    /// Most confirmation mails in total in 24 hours (counted in the database).
    #[arg(
        long,
        env = "GLASSBOX_MAILS_PER_DAY",
        default_value_t = 500,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    pub mails_per_day: u32,

    /// Days after receipt when a request whose email was never confirmed is deleted (row,
    /// payload and email; an audit entry without personal data stays). 0 keeps them.
    #[arg(
        long,
        env = "GLASSBOX_UNVERIFIED_DAYS",
        default_value_t = 30,
        global = true
    )]
    pub unverified_days: u32,

    /// Hours a verification link stays valid.
    #[arg(
        long,
        env = "GLASSBOX_VERIFY_TTL_HOURS",
        default_value_t = 72,
        global = true
    )]
    pub verify_ttl_hours: u32,

    /// Requests per minute one client (IP address) may make to the public API; 0 disables the
    /// limit.
    #[arg(long, env = "GLASSBOX_RATE_LIMIT", default_value_t = 60, global = true)]
    pub rate_limit_per_minute: u32,

    /// Burst of requests a client may make at once before the rate limit applies.
    #[arg(long, env = "GLASSBOX_RATE_BURST", default_value_t = 20, global = true)]
    pub rate_limit_burst: u32,

    /// Reverse proxies (IP addresses or CIDR ranges, comma-separated: `127.0.0.1,10.0.0.0/8`)
    /// whose `X-Forwarded-For` / `Forwarded` header names the client for the rate limits (the
    /// rightmost address that is not itself a trusted proxy). Unset: the TCP peer is the client
    /// and forwarding headers are ignored.
    #[arg(
        long,
        env = "GLASSBOX_TRUSTED_PROXIES",
        value_delimiter = ',',
        value_parser = crate::edge::parse_proxy,
        global = true
    )]
    pub trusted_proxies: Vec<ipnet::IpNet>,

    /// Requests per minute one client (IP address) may make to the admin API and pages; 0
    /// disables the limit.
    #[arg(
        long,
        env = "GLASSBOX_ADMIN_RATE_LIMIT",
        default_value_t = 300,
        global = true
    )]
    pub admin_rate_limit_per_minute: u32,

    /// Burst of admin requests a client may make at once before that limit applies.
    #[arg(
        long,
        env = "GLASSBOX_ADMIN_RATE_BURST",
        default_value_t = 60,
        global = true
    )]
    pub admin_rate_limit_burst: u32,

    /// Minutes without a request after which a staff session ends.
    #[arg(
        long,
        env = "GLASSBOX_SESSION_IDLE_MINUTES",
        default_value_t = 30,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    pub session_idle_minutes: u32,

    /// Hours after sign-in at which a staff session ends, however active.
    #[arg(
        long,
        env = "GLASSBOX_SESSION_MAX_HOURS",
        default_value_t = 12,
        value_parser = clap::value_parser!(u32).range(1..=720),
        global = true
    )]
    pub session_max_hours: u32,

    /// Failed sign-ins of one account within GLASSBOX_SIGNIN_LOCK_MINUTES that lock it (counted
    /// in the database, shared by every receiver on it).
    #[arg(
        long,
        env = "GLASSBOX_SIGNIN_MAX_FAILURES",
        default_value_t = 5,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    pub signin_max_failures: u32,

    /// The window in which failures are counted, and how long a locked account stays locked
    /// (minutes).
    #[arg(
        long,
        env = "GLASSBOX_SIGNIN_LOCK_MINUTES",
        default_value_t = 15,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    pub signin_lock_minutes: u32,

    /// Sign-in attempts one client (IP address) may make in a burst; one more is allowed each
    /// minute after that. 0 disables this limit.
    #[arg(
        long,
        env = "GLASSBOX_SIGNIN_PER_CLIENT",
        default_value_t = 10,
        global = true
    )]
    pub signin_per_client: u32,

    /// Folder of `<lang>/receiver.ftl` files whose messages replace the built-in messages to
    /// requesters by id (read at start; a mistake is logged and the built-in text kept).
    #[arg(long, env = "GLASSBOX_TEMPLATES_DIR", global = true)]
    pub templates_dir: Option<PathBuf>,

    /// Largest result file (`POST /v1/admin/requests/{reference}/result`) in bytes; larger
    /// uploads are refused with 413 and nothing is stored.
    #[arg(
        long,
        env = "GLASSBOX_RESULT_MAX_BYTES",
        default_value_t = 50 * 1024 * 1024,
        global = true
    )]
    pub result_max_bytes: u64,

    /// Days a result's download link works after it is sent; then it answers 410 and the file
    /// is deleted.
    #[arg(
        long,
        env = "GLASSBOX_RESULT_TTL_DAYS",
        default_value_t = 14,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    pub result_ttl_days: u32,

    /// Folder of the result files (default: `glassbox-results` beside the SQLite file, or in
    /// the working directory with PostgreSQL).
    #[arg(long, env = "GLASSBOX_RESULTS_DIR", global = true)]
    pub results_dir: Option<PathBuf>,

    /// Folder of the built widget, served at `/dist/` (dotfiles never). Unset: nothing is served
    /// there.
    #[arg(long, env = "GLASSBOX_DIST_DIR", global = true)]
    pub dist_dir: Option<PathBuf>,

    /// Folder of the demo pages, served at `/` (dotfiles never; `make demo` sets it). Unset: no
    /// demo pages.
    #[arg(long, env = "GLASSBOX_DEMO_DIR", global = true)]
    pub demo_dir: Option<PathBuf>,

    /// Largest number of database connections.
    #[arg(
        long,
        env = "GLASSBOX_DB_MAX_CONNECTIONS",
        default_value_t = 16,
        global = true
    )]
    pub db_max_connections: u32,

    /// Address of the privacy team: a mail for each verified request and a daily digest of the
    /// requests due within 7 days and overdue (references, kinds, dates and admin links only,
    /// never the requester's data). Unset: no team mails.
    #[arg(long, env = "GLASSBOX_TEAM_EMAIL", global = true)]
    pub team_email: Option<String>,

    /// Local time (`HH:MM`, in `GLASSBOX_TIMEZONE`) of the team's daily digest and of the
    /// daily `deadline.approaching` webhooks.
    #[arg(
        long,
        env = "GLASSBOX_DIGEST_AT",
        default_value = "08:00",
        value_parser = parse_clock,
        global = true
    )]
    pub digest_at: (u8, u8),

    /// The systems that hold personal data, comma-separated (`crm,billing,newsletter`): a
    /// verified request gets one task per system, done on the admin page or by a worker through
    /// `/v1/admin/tasks`. Unset: no tasks.
    #[arg(
        long,
        env = "GLASSBOX_SYSTEMS",
        value_delimiter = ',',
        value_parser = parse_system,
        global = true
    )]
    pub systems: Vec<String>,

    /// Seconds a worker holds a task it claimed (`POST /v1/admin/tasks/{id}/claim`); after that
    /// another worker may claim it.
    #[arg(
        long,
        env = "GLASSBOX_TASK_LEASE_SECS",
        default_value_t = 900,
        value_parser = clap::value_parser!(u64).range(1..),
        global = true
    )]
    pub task_lease_secs: u64,

    /// Where webhooks are POSTed (`https://…`), signed per the Standard Webhooks specification
    /// with `GLASSBOX_WEBHOOK_SECRET` (environment only, `whsec_` + base64, or a file named by
    /// `GLASSBOX_WEBHOOK_SECRET_FILE`). Unset: no webhooks.
    #[arg(long, env = "GLASSBOX_WEBHOOK_URL", global = true)]
    pub webhook_url: Option<String>,

    /// A file holding the webhook secret (`whsec_` + base64), instead of
    /// `GLASSBOX_WEBHOOK_SECRET`.
    #[arg(long, env = "GLASSBOX_WEBHOOK_SECRET_FILE", global = true)]
    pub webhook_secret_file: Option<PathBuf>,

    /// The webhook secret, from the environment (`GLASSBOX_WEBHOOK_SECRET`) or the file; never
    /// a flag.
    #[arg(skip)]
    pub webhook_secret: Option<String>,

    /// Attempts to deliver a webhook before it is given up (shown on the admin page, where it
    /// can be delivered again); with the default retry delay, 16 attempts span more than a day.
    #[arg(
        long,
        env = "GLASSBOX_WEBHOOK_ATTEMPTS",
        default_value_t = 16,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    pub webhook_attempts: u32,

    /// Seconds before the first retry of a failed webhook delivery; each further retry waits
    /// twice as long (at most 6 hours).
    #[arg(
        long,
        env = "GLASSBOX_WEBHOOK_RETRY_SECS",
        default_value_t = 30,
        global = true
    )]
    pub webhook_retry_secs: u64,

    /// Seconds one webhook delivery may take (connecting, sending, the answer) before it counts
    /// as failed.
    #[arg(
        long,
        env = "GLASSBOX_WEBHOOK_TIMEOUT_SECS",
        default_value_t = 10,
        value_parser = clap::value_parser!(u64).range(1..),
        global = true
    )]
    pub webhook_timeout_secs: u64,

    /// The demo's webhook consumer: accepts signed deliveries at `POST /demo/webhook` (checking
    /// the signature with `GLASSBOX_WEBHOOK_SECRET`) and shows the last 200 at
    /// `/admin/webhooks-demo`, so `make demo` needs no outside service. Off in production.
    #[arg(long, env = "GLASSBOX_DEMO_WEBHOOKS", global = true)]
    pub demo_webhooks: bool,

    /// Log format: `text` or `json`.
    #[arg(
        long,
        env = "GLASSBOX_LOG_FORMAT",
        default_value = "text",
        global = true
    )]
    pub log_format: String,

    /// The audit key, from `GLASSBOX_AUDIT_KEY` or `GLASSBOX_AUDIT_KEY_FILE` (never a flag; see
    /// [`crate::audit::AuditKey::from_env`]).
    #[arg(skip)]
    pub audit_key: Option<crate::audit::AuditKey>,
}

/// The value of the secret `name`: the variable itself, or the contents of the file named by
/// `name_FILE` (a trailing newline removed); both set is an error.
fn secret_from_env(name: &str) -> Result<Option<String>, String> {
    let direct = std::env::var(name).ok().filter(|v| !v.is_empty());
    let file_var = format!("{name}_FILE");
    let file = std::env::var(&file_var).ok().filter(|v| !v.is_empty());
    match (direct, file) {
        (Some(_), Some(_)) => Err(format!("set {name} or {file_var}, not both")),
        (Some(v), None) => Ok(Some(v)),
        (None, Some(path)) => std::fs::read_to_string(&path)
            .map(|v| Some(v.trim_end_matches(['\n', '\r']).to_string()))
            .map_err(|e| format!("{file_var}: cannot read {path}: {e}")),
        (None, None) => Ok(None),
    }
}

impl Config {
    /// Reads the secrets from the environment (`GLASSBOX_ADMIN_TOKEN[_FILE]`,
    /// `GLASSBOX_SMTP_URL[_FILE]`) and checks them: a bootstrap token shorter than 32
    /// characters is refused with one line saying so.
    pub fn read_secrets(&mut self) -> Result<(), String> {
        self.admin_token = secret_from_env("GLASSBOX_ADMIN_TOKEN")?;
        self.smtp_url = secret_from_env("GLASSBOX_SMTP_URL")?;
        self.check_admin_token()
    }

    /// Refuses a bootstrap token shorter than [`crate::staff::MIN_BOOTSTRAP_TOKEN`]
    /// characters.
    pub fn check_admin_token(&self) -> Result<(), String> {
        let min = crate::staff::MIN_BOOTSTRAP_TOKEN;
        match self.admin_token.as_deref().map(|t| t.chars().count()) {
            Some(n) if n < min => Err(format!(
                "GLASSBOX_ADMIN_TOKEN has {n} characters; it must have at least {min} \
                 (for example the output of `openssl rand -hex 32`)"
            )),
            _ => Ok(()),
        }
    }

    /// The base URL for links, without a trailing slash.
    pub fn public_base(&self) -> String {
        match &self.public_url {
            Some(url) => url.trim_end_matches('/').to_string(),
            None => format!("http://{}", self.listen),
        }
    }

    /// Where result files are stored: `GLASSBOX_RESULTS_DIR`, else `glassbox-results` beside
    /// the SQLite file (or in the working directory for PostgreSQL).
    pub fn results_folder(&self) -> PathBuf {
        if let Some(dir) = &self.results_dir {
            return dir.clone();
        }
        let sqlite_path = self
            .database_url
            .strip_prefix("sqlite://")
            .or_else(|| self.database_url.strip_prefix("sqlite:"))
            .map(|p| p.split('?').next().unwrap_or(p));
        match sqlite_path
            .map(std::path::Path::new)
            .and_then(|p| p.parent())
        {
            Some(parent) if !parent.as_os_str().is_empty() => parent.join("glassbox-results"),
            _ => PathBuf::from("glassbox-results"),
        }
    }

    /// Reads the webhook secret from `GLASSBOX_WEBHOOK_SECRET` or the file of
    /// `GLASSBOX_WEBHOOK_SECRET_FILE` (secrets never come from a flag).
    pub fn load_secrets(&mut self) -> Result<(), String> {
        if let Ok(s) = std::env::var("GLASSBOX_WEBHOOK_SECRET") {
            if !s.is_empty() {
                self.webhook_secret = Some(s);
            }
        }
        if let Some(path) = &self.webhook_secret_file {
            let s = std::fs::read_to_string(path)
                .map_err(|e| format!("GLASSBOX_WEBHOOK_SECRET_FILE {}: {e}", path.display()))?;
            self.webhook_secret = Some(s.trim().to_string());
        }
        Ok(())
    }

    /// Settings for tests and embedding: an SQLite database at `database_url`, everything
    /// else at its default.
    ///
    /// No audit key: set [`Config::audit_key`].
    pub fn for_database(database_url: &str) -> Config {
        let cli = Cli::parse_from(["glassbox-receiver", "--database-url", database_url]);
        cli.config
    }
}

/// `HH:MM` (24 h) → (hour, minute).
pub fn parse_clock(s: &str) -> Result<(u8, u8), String> {
    let bad = || format!("{s:?} is not a time of day; expected HH:MM, for example 08:00");
    let (h, m) = s.trim().split_once(':').ok_or_else(bad)?;
    let h: u8 = h.parse().map_err(|_| bad())?;
    let m: u8 = m.parse().map_err(|_| bad())?;
    if h > 23 || m > 59 {
        return Err(bad());
    }
    Ok((h, m))
}

/// A system name: 1–40 lower-case letters, digits, `-` or `_`.
pub fn parse_system(s: &str) -> Result<String, String> {
    let s = s.trim();
    let ok = (1..=40).contains(&s.len())
        && s.bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-' || c == b'_');
    if ok {
        Ok(s.to_string())
    } else {
        Err(format!(
            "{s:?} is not a system name (1-40 lower-case letters, digits, - or _)"
        ))
    }
}

/// The supervisory authority the messages name: `GLASSBOX_SUPERVISORY_AUTHORITY="Name|https://…"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Authority {
    /// Its name (`CNIL`).
    pub name: String,
    /// Where to lodge a complaint.
    pub url: String,
}

impl Authority {
    /// Parses `Name|https://…`; anything else is an error that says what is expected.
    pub fn parse(s: &str) -> Result<Authority, String> {
        let expected =
            "expected `Name|https://…`, for example `CNIL|https://www.cnil.fr/en/plaintes`";
        let Some((name, url)) = s.split_once('|') else {
            return Err(format!("no `|` between the name and the URL; {expected}"));
        };
        let (name, url) = (name.trim(), url.trim());
        if name.is_empty() {
            return Err(format!("the name is empty; {expected}"));
        }
        let scheme_ok = url.starts_with("https://") || url.starts_with("http://");
        if !scheme_ok || url.len() < 12 || url.contains(char::is_whitespace) {
            return Err(format!("{url:?} is not an http(s) URL; {expected}"));
        }
        Ok(Authority {
            name: name.to_string(),
            url: url.to_string(),
        })
    }
}

/// The controller's time zone, by IANA name, from a maintained time-zone database (jiff: the
/// system's zoneinfo, with a bundled copy as fallback).
#[derive(Clone, Debug)]
pub struct Zone {
    name: String,
    tz: jiff::tz::TimeZone,
}

impl Default for Zone {
    fn default() -> Zone {
        Zone::parse("Europe/Brussels").unwrap_or_else(|_| Zone {
            name: "UTC".into(),
            tz: jiff::tz::TimeZone::UTC,
        })
    }
}

impl Zone {
    /// The zone named `name` (`Europe/Brussels`), or an error naming it.
    pub fn parse(name: &str) -> Result<Zone, String> {
        let tz = jiff::tz::TimeZone::get(name.trim()).map_err(|_| {
            format!("{name:?} is not an IANA time zone name (for example Europe/Brussels)")
        })?;
        Ok(Zone {
            name: name.trim().to_string(),
            tz,
        })
    }

    /// Its IANA name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The calendar day, hour and minute of the moment `t` in this zone.
    pub fn local(&self, t: OffsetDateTime) -> (Date, u8, u8) {
        let dt = jiff::Timestamp::from_second(t.unix_timestamp())
            .map(|ts| self.tz.to_datetime(ts))
            .ok();
        let (h, m) = dt
            .map(|d| (d.hour() as u8, d.minute() as u8))
            .unwrap_or((0, 0));
        (self.date_of(t), h, m)
    }

    /// The calendar day of the moment `t` in this zone.
    pub fn date_of(&self, t: OffsetDateTime) -> Date {
        let local = jiff::Timestamp::from_second(t.unix_timestamp())
            .map(|ts| self.tz.to_datetime(ts).date())
            .ok();
        local
            .and_then(|d| Date::new(i32::from(d.year()), d.month() as u8, d.day() as u8))
            .unwrap_or_else(|| Date::new(1970, 1, 1).expect("1970-01-01 exists"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> OffsetDateTime {
        OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).unwrap()
    }

    #[test]
    fn the_day_of_receipt_is_the_controllers() {
        let brussels = Zone::parse("Europe/Brussels").unwrap();
        // 23:30 UTC on 31 January is already 1 February in Brussels (UTC+1 in winter).
        assert_eq!(
            brussels.date_of(at("2026-01-31T23:30:00Z")).to_string(),
            "2026-02-01"
        );
        // 22:30 UTC on 30 June is 1 July in Brussels (UTC+2 in summer).
        assert_eq!(
            brussels.date_of(at("2026-06-30T22:30:00Z")).to_string(),
            "2026-07-01"
        );
        assert_eq!(
            brussels.date_of(at("2026-06-30T21:59:59Z")).to_string(),
            "2026-06-30"
        );
        let lisbon = Zone::parse("Europe/Lisbon").unwrap();
        assert_eq!(
            lisbon.date_of(at("2026-01-31T23:30:00Z")).to_string(),
            "2026-01-31"
        );
        assert!(Zone::parse("Mars/Olympus_Mons")
            .unwrap_err()
            .contains("Mars/Olympus_Mons"));
    }

    #[test]
    fn an_authority_needs_a_name_and_a_url() {
        let a = Authority::parse("CNIL|https://www.cnil.fr/en/plaintes").unwrap();
        assert_eq!(a.name, "CNIL");
        assert_eq!(a.url, "https://www.cnil.fr/en/plaintes");
        for bad in [
            "CNIL",
            "CNIL https://www.cnil.fr",
            "|https://x.example",
            "CNIL|www.cnil.fr",
        ] {
            let e = Authority::parse(bad).unwrap_err();
            assert!(e.contains("Name|https://"), "{bad}: {e}");
        }
    }
}
