//! Command line and environment: every setting of the receiver, parsed once by clap.
//!
//! Each flag has an environment variable of the same meaning (`--listen` / `GLASSBOX_LISTEN`);
//! `glassbox-receiver --help` lists them all with their defaults.

use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

/// The default SQLite database: a file in the working directory, created on first start.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://glassbox-receiver.db";

/// `glassbox-receiver`: the Glassbox reference backend for data-subject requests.
#[derive(Debug, Parser)]
#[command(
    name = "glassbox-receiver",
    version,
    about = "Receives glassbox.request/v1 data-subject requests, verifies the requester's email, \
             tracks each request to its GDPR Art. 12(3) deadline and keeps a hash-chained audit log.",
    after_help = "Without a subcommand the server starts (same as `serve`)."
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
    /// Check the hash chain of the audit log; exits 1 and names the first broken entry.
    VerifyAudit,
    /// Apply the database migrations and exit.
    Migrate,
    /// Insert N synthetic requests in bulk (benchmarks only; never on a production database).
    Seed {
        /// How many requests to insert.
        #[arg(long, default_value_t = 1_000_000)]
        count: u64,
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

    /// Bearer token for `/v1/admin/` and the admin page at `/admin/`. Unset: admin is disabled.
    #[arg(
        long,
        env = "GLASSBOX_ADMIN_TOKEN",
        hide_env_values = true,
        global = true
    )]
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

    /// Mail server for verification mails: `smtp://user:pass@host:port` (plain; add
    /// `?tls=required` for STARTTLS, `?tls=opportunistic` for STARTTLS when offered) or
    /// `smtps://…` (TLS from the start). Unset: verification mails are off and requests stay
    /// `received` until an admin verifies them.
    #[arg(long, env = "GLASSBOX_SMTP_URL", hide_env_values = true, global = true)]
    pub smtp_url: Option<String>,

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

    /// Supervisory authority named in refusals (the person's right to lodge a complaint,
    /// GDPR Art. 12(4) and 77), for example `CNIL, https://www.cnil.fr/en/plaintes`.
    #[arg(long, env = "GLASSBOX_SUPERVISORY_AUTHORITY", global = true)]
    pub supervisory_authority: Option<String>,

    /// Days a closed (completed or refused) request is kept before its personal data is
    /// deleted (GDPR Art. 5(1)(e)); the audit log, which holds none, is kept. 0 keeps forever.
    #[arg(
        long,
        env = "GLASSBOX_RETENTION_DAYS",
        default_value_t = 1095,
        global = true
    )]
    pub retention_days: u32,

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

    /// Folder of the built widget, served at `/dist/`.
    #[arg(long, env = "GLASSBOX_DIST_DIR", default_value = "dist", global = true)]
    pub dist_dir: PathBuf,

    /// Folder of the demo pages, served at `/`.
    #[arg(long, env = "GLASSBOX_DEMO_DIR", default_value = "demo", global = true)]
    pub demo_dir: PathBuf,

    /// Largest number of database connections.
    #[arg(
        long,
        env = "GLASSBOX_DB_MAX_CONNECTIONS",
        default_value_t = 16,
        global = true
    )]
    pub db_max_connections: u32,

    /// Log format: `text` or `json`.
    #[arg(
        long,
        env = "GLASSBOX_LOG_FORMAT",
        default_value = "text",
        global = true
    )]
    pub log_format: String,
}

impl Config {
    /// The base URL for links, without a trailing slash.
    pub fn public_base(&self) -> String {
        match &self.public_url {
            Some(url) => url.trim_end_matches('/').to_string(),
            None => format!("http://{}", self.listen),
        }
    }

    /// Settings for tests and embedding: an SQLite database at `database_url`, everything
    /// else at its default.
    pub fn for_database(database_url: &str) -> Config {
        let cli = Cli::parse_from(["glassbox-receiver", "--database-url", database_url]);
        cli.config
    }
}
