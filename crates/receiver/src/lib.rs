//! Glassbox receiver: the reference backend for `glassbox.request/v1` data-subject requests.
//!
//! [`app`] builds the whole HTTP service as an axum [`Router`] (tests drive it with
//! `app(state).oneshot(..)`); [`serve`] binds it and shuts down gracefully; [`run`] is the
//! command line. Modules: [`requests`] (the operations on a request, which both [`api`] (JSON)
//! and [`pages`] (HTML) call), [`staff`] (who may use the admin), [`messages`] (what the
//! requester is told), [`jobs`] (durable mails), [`mail`] (SMTP), [`store`] (SQL on
//! SQLite/PostgreSQL), [`audit`] (the keyed chain and its key), [`config`] (flags and environment), [`error`]
//! (JSON errors), [`edge`] (security headers, static files, the client's address).

pub mod api;
pub mod audit;
pub mod config;
pub mod edge;
pub mod error;
pub mod jobs;
pub mod mail;
pub mod messages;
pub mod pages;
pub mod requests;
pub mod results;
pub mod staff;
pub mod store;
pub mod team;
pub mod templates;
pub mod webhooks;

use crate::audit::AuditReport;
use crate::config::{Cli, Command, Config};
use crate::mail::Mailer;
use crate::store::Store;
use axum::extract::{DefaultBodyLimit, MatchedPath};
use axum::http::{header, HeaderValue, Method, Request};
use axum::routing::{get, post};
use axum::{middleware, Router};
use governor::clock::QuantaInstant;
use governor::middleware::NoOpMiddleware;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::ops::Deref;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use tower_governor::governor::{GovernorConfig, GovernorConfigBuilder};
use tower_governor::GovernorLayer;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;
use utoipa::OpenApi;

/// Errors of start-up.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The database could not be opened or migrated.
    #[error(transparent)]
    Store(#[from] store::StoreError),
    /// The mail settings are wrong.
    #[error(transparent)]
    Mail(#[from] mail::MailError),
    /// The address could not be bound.
    #[error("cannot listen on {0}: {1}")]
    Bind(SocketAddr, std::io::Error),
    /// The server failed.
    #[error("server error: {0}")]
    Io(#[from] std::io::Error),
    /// A setting or a command's input is invalid.
    #[error("{0}")]
    Config(String),
}

/// Shared state of the handlers.
#[derive(Clone, Debug)]
pub struct AppState(Arc<Inner>);

/// What [`AppState`] holds.
#[derive(Debug)]
pub struct Inner {
    /// The database.
    pub store: Store,
    /// The settings.
    pub config: Config,
    /// The mailer, when SMTP is configured.
    pub mailer: Option<Mailer>,
    /// Base URL for links, without a trailing slash.
    pub base_url: String,
    /// The per-client rate limiter, shared by every router built from this state.
    pub limiter: Option<Arc<GovernorConfig<ClientIp, NoOpMiddleware<QuantaInstant>>>>,
    /// The per-client rate limiter of the admin API and pages (`GLASSBOX_ADMIN_RATE_LIMIT`).
    pub admin_limiter: Option<Arc<GovernorConfig<ClientIp, NoOpMiddleware<QuantaInstant>>>>,
    /// Sign-in attempts per client (`GLASSBOX_SIGNIN_PER_CLIENT`), in memory.
    pub signin_limiter: Option<governor::DefaultKeyedRateLimiter<IpAddr>>,
    /// The clock of sessions, sign-in locks and task leases (tests move it forward).
    pub clock: staff::Clock,
    /// Wakes this process's job worker when a job was enqueued.
    pub jobs_wake: tokio::sync::Notify,
    /// The operator's replacements of the requester's messages (`GLASSBOX_TEMPLATES_DIR`).
    pub overrides: glassbox_core::i18n::Overrides,
    /// Where webhooks go, when `GLASSBOX_WEBHOOK_URL` is set.
    pub webhooks: Option<webhooks::Webhooks>,
    /// What the demo's webhook consumer received (`GLASSBOX_DEMO_WEBHOOKS`), newest last.
    pub demo_hooks: std::sync::Mutex<std::collections::VecDeque<webhooks::DemoDelivery>>,
}

impl Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    /// State from an opened store and settings (the mailer is built from `config.smtp_url`;
    /// calendar days are taken in `config.timezone`).
    ///
    /// The audit key comes from `config.audit_key`, else from the store; without either this
    /// is an error (nothing could be audited).
    pub fn new(store: Store, config: Config) -> Result<AppState, ServeError> {
        let webhooks = match (
            config.webhook_url.as_deref().filter(|u| !u.is_empty()),
            config.webhook_secret.as_deref(),
        ) {
            (Some(url), Some(secret)) => Some(
                webhooks::Webhooks::new(
                    url,
                    secret,
                    Duration::from_secs(config.webhook_timeout_secs),
                )
                .map_err(ServeError::Config)?,
            ),
            (Some(_), None) => {
                return Err(ServeError::Config(
                    "GLASSBOX_WEBHOOK_URL is set but GLASSBOX_WEBHOOK_SECRET (or \
                     GLASSBOX_WEBHOOK_SECRET_FILE) is not; webhooks are always signed"
                        .into(),
                ))
            }
            (None, Some(secret)) => {
                webhooks::check_secret(secret).map_err(ServeError::Config)?;
                None
            }
            (None, None) => None,
        };
        if let Some(team) = config.team_email.as_deref() {
            if !glassbox_core::request::is_plausible_email(team) {
                return Err(ServeError::Config(
                    "GLASSBOX_TEAM_EMAIL is not an email address".into(),
                ));
            }
        }
        let store = store
            .in_zone(config.timezone.clone())
            .with_mail_caps(store::MailCaps {
                per_address: i64::from(config.mails_per_address),
                per_day: i64::from(config.mails_per_day),
            });
        let store = match &config.audit_key {
            Some(k) => store.with_key(k.clone()),
            None => store,
        };
        if store.key().is_err() {
            return Err(ServeError::Config(no_key_message()));
        }
        let mailer = match (
            config.smtp_url.as_deref().filter(|u| !u.is_empty()),
            &config.mailbox_dir,
        ) {
            (Some(url), _) => Some(Mailer::new(url, &config.mail_from)?),
            (None, Some(dir)) => Some(Mailer::to_folder(dir, &config.mail_from)?),
            (None, None) => None,
        };
        let base_url = config.public_base();
        let store = store.with_team(store::Team {
            systems: config.systems.clone(),
            webhooks: webhooks.is_some(),
            team_mail: config.team_email.is_some() && mailer.is_some(),
        });
        let overrides = match &config.templates_dir {
            Some(dir) => {
                let loaded = templates::load(dir);
                if !loaded.problems.is_empty() {
                    // One line naming every mistake; the built-in texts stay for those.
                    tracing::error!(
                        folder = %dir.display(),
                        "GLASSBOX_TEMPLATES_DIR: {}",
                        loaded.problems.join(" | ")
                    );
                }
                tracing::info!(folder = %dir.display(), replaced = loaded.replaced,
                    "messages replaced from GLASSBOX_TEMPLATES_DIR");
                loaded.overrides
            }
            None => glassbox_core::i18n::Overrides::default(),
        };
        let per_client = |per_minute: u32, burst: u32| {
            if per_minute == 0 {
                return None;
            }
            let per_ms = (60_000 / u64::from(per_minute)).max(1);
            GovernorConfigBuilder::default()
                .per_millisecond(per_ms)
                .burst_size(burst.max(1))
                .key_extractor(ClientIp::new(config.trusted_proxies.clone()))
                .finish()
                .map(Arc::new)
        };
        let limiter = per_client(config.rate_limit_per_minute, config.rate_limit_burst);
        let admin_limiter = per_client(
            config.admin_rate_limit_per_minute,
            config.admin_rate_limit_burst,
        );
        let signin_limiter = std::num::NonZeroU32::new(config.signin_per_client).map(|burst| {
            let one = std::num::NonZeroU32::MIN;
            governor::RateLimiter::keyed(governor::Quota::per_minute(one).allow_burst(burst))
        });
        Ok(AppState(Arc::new(Inner {
            store,
            config,
            mailer,
            base_url,
            limiter,
            admin_limiter,
            signin_limiter,
            clock: staff::Clock::default(),
            jobs_wake: tokio::sync::Notify::new(),
            overrides,
            webhooks,
            demo_hooks: std::sync::Mutex::new(std::collections::VecDeque::new()),
        })))
    }

    /// Whether mails to the requester are on (`GLASSBOX_SMTP_URL` set).
    pub fn mails_on(&self) -> bool {
        self.mailer.is_some()
    }

    /// Tells this process's job worker that a job is waiting.
    pub fn wake_jobs(&self) {
        self.jobs_wake.notify_one();
    }

    /// The status URL of the request `id` (its token derived from the audit key).
    pub fn status_url_of(&self, id: &str) -> Result<String, store::StoreError> {
        Ok(self.status_url(&self.store.status_token(id)?))
    }

    /// The status URL for a token.
    pub fn status_url(&self, token: &str) -> String {
        format!("{}/v1/status/{token}", self.base_url)
    }
}

/// The OpenAPI description, generated from the handlers' annotations.
#[derive(OpenApi)]
#[openapi(
    info(title = "Glassbox receiver", description = "Receives glassbox.request/v1 data-subject requests and tracks them to their GDPR deadline."),
    paths(
        api::healthz, api::requests::submit, pages::requester::status,
        pages::requester::verify_page, pages::requester::verify, pages::requester::renew,
        pages::requester::confirmation, api::admin::delete,
        api::admin::list, api::admin::get, api::admin::transition, api::admin::extend,
        api::admin::resend, api::admin::export, api::admin::audit, api::admin::verify_audit, api::admin::jobs,
        api::admin::retry_job, api::results::upload, api::results::new_link,
        api::results::download, api::session::sign_in, api::session::sign_out,
        api::team::assign, api::team::add_note, api::team::list_tasks,
        api::team::claim, api::team::complete, api::team::retry, api::team::metrics,
        api::team::deliveries, api::team::redeliver
    ),
    components(schemas(
        api::requests::SubmitResponse, requests::StatusView, requests::HistoryItem,
        requests::AdminView, requests::ResultView, api::admin::ListResponse, api::admin::TransitionBody,
        api::admin::ExtendBody, api::admin::DeleteBody, audit::Mismatch, api::session::SignInBody, api::session::SessionView, api::Health, store::Record, requests::Status, store::JobView,
        store::JobState, audit::AuditEntry, error::ErrorBody, store::Task, store::Note,
        store::Delivery, store::Attempt, store::Metrics, store::team::MonthMetrics,
        api::team::AssignBody, api::team::NoteBody, api::team::Claimed, api::team::CompleteBody,
        glassbox_core::request::Request, glassbox_core::request::Kind,
        glassbox_core::request::Requester, glassbox_core::request::Details,
        glassbox_core::request::AccessDetails, glassbox_core::request::RectificationDetails,
        glassbox_core::request::ErasureDetails, glassbox_core::request::ObjectionDetails,
        glassbox_core::request::RestrictionDetails, glassbox_core::request::PortabilityDetails,
        glassbox_core::request::HumanReviewDetails, glassbox_core::request::Context,
        glassbox_core::request::FieldError, glassbox_core::request::ErrorCode
    )),
    modifiers(&BearerAuth)
)]
pub struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

async fn openapi_json() -> axum::Json<utoipa::openapi::OpenApi> {
    axum::Json(ApiDoc::openapi())
}

pub use edge::ClientIp;

/// The client's IP address of a request: the peer, or behind a proxy in
/// `GLASSBOX_TRUSTED_PROXIES` the address it forwarded ([`edge::ClientIp`]); unknown peers, as in
/// tests without a socket, share `0.0.0.0`. The one place every per-client limit reads it.
pub fn client_ip(
    trusted: &[ipnet::IpNet],
    extensions: &axum::http::Extensions,
    headers: &axum::http::HeaderMap,
) -> IpAddr {
    match extensions.get::<axum::extract::ConnectInfo<SocketAddr>>() {
        Some(c) => edge::bucket(ClientIp::new(trusted.to_vec()).client(c.0.ip(), headers)),
        None => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
    }
}

fn cors(origins: &[String]) -> CorsLayer {
    let list: Vec<HeaderValue> = origins
        .iter()
        .map(|o| o.trim().trim_end_matches('/'))
        .filter(|o| !o.is_empty() && *o != "*")
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    // `*` means any origin (tower-http refuses it inside a list).
    let allow = if origins.iter().any(|o| o.trim() == "*") {
        AllowOrigin::any()
    } else {
        AllowOrigin::list(list)
    };
    CorsLayer::new()
        .allow_origin(allow)
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([
            header::CONTENT_TYPE,
            header::ACCEPT,
            header::HeaderName::from_static("idempotency-key"),
        ])
        .expose_headers([header::LOCATION])
        .max_age(Duration::from_secs(600))
}

/// `router` behind the admin's per-client rate limit (`GLASSBOX_ADMIN_RATE_LIMIT`), when on.
fn admin_limited(state: &AppState, router: Router<AppState>) -> Router<AppState> {
    match &state.admin_limiter {
        Some(limiter) => router.layer(GovernorLayer::new(limiter.clone())),
        None => router,
    }
}

/// The whole service: API, admin, pages, OpenAPI, static `dist/` and demo.
pub fn app(state: AppState) -> Router {
    let cfg = &state.config;
    let mut public = Router::new()
        .route(
            "/v1/requests",
            post(api::requests::submit).layer(DefaultBodyLimit::max(
                glassbox_core::request::MAX_PAYLOAD_BYTES,
            )),
        )
        .route("/v1/status/{token}", get(pages::requester::status))
        .route(
            "/v1/status/{token}/confirmation",
            post(pages::requester::confirmation),
        )
        .route(
            "/v1/verify/{token}",
            get(pages::requester::verify_page).post(pages::requester::verify),
        )
        .route("/v1/verify/{token}/renew", post(pages::requester::renew))
        .route("/v1/results/{token}", get(api::results::download));
    if let Some(limiter) = &state.limiter {
        public = public.layer(GovernorLayer::new(limiter.clone()));
    }
    let public = public.layer(cors(&cfg.allowed_origins));

    let admin = Router::new()
        .route("/v1/admin/requests", get(api::admin::list))
        .route(
            "/v1/admin/requests/{reference}",
            get(api::admin::get).delete(api::admin::delete),
        )
        .route(
            "/v1/admin/requests/{reference}/status",
            post(api::admin::transition),
        )
        .route(
            "/v1/admin/requests/{reference}/extend",
            post(api::admin::extend),
        )
        .route(
            "/v1/admin/requests/{reference}/resend-verification",
            post(api::admin::resend),
        )
        .route(
            "/v1/admin/requests/{reference}/result/link",
            post(api::results::new_link),
        )
        .route(
            "/v1/admin/requests/{reference}/assign",
            post(api::team::assign),
        )
        .route(
            "/v1/admin/requests/{reference}/notes",
            post(api::team::add_note),
        )
        .route("/v1/admin/tasks", get(api::team::list_tasks))
        .route("/v1/admin/tasks/{id}/claim", post(api::team::claim))
        .route("/v1/admin/tasks/{id}/complete", post(api::team::complete))
        .route("/v1/admin/tasks/{id}/retry", post(api::team::retry))
        .route("/v1/admin/metrics", get(api::team::metrics))
        .route("/v1/admin/webhooks", get(api::team::deliveries))
        .route(
            "/v1/admin/webhooks/{id}/redeliver",
            post(api::team::redeliver),
        )
        .route("/v1/admin/jobs", get(api::admin::jobs))
        .route("/v1/admin/jobs/{id}/retry", post(api::admin::retry_job))
        .route("/v1/admin/export", get(api::admin::export))
        .route("/v1/admin/audit", get(api::admin::audit))
        .route("/v1/admin/audit/verify", get(api::admin::verify_audit))
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            staff::admin_guard,
        ))
        // Signing in and out needs no credentials (and its own limits, in staff::accounts).
        .route(
            "/v1/admin/session",
            post(api::session::sign_in).delete(api::session::sign_out),
        );
    let admin = admin_limited(&state, admin);

    let admin_pages = Router::new()
        .route(
            "/admin",
            get(|| async { axum::response::Redirect::permanent("/admin/") }),
        )
        .route("/admin/", get(pages::admin::queue))
        .route("/admin/login", post(pages::admin::login))
        .route("/admin/logout", post(pages::admin::logout))
        .route("/admin/requests/{reference}", get(pages::admin::detail))
        .route(
            "/admin/requests/{reference}/status",
            post(pages::admin::form_status),
        )
        .route(
            "/admin/requests/{reference}/extend",
            post(pages::admin::form_extend),
        )
        .route(
            "/admin/requests/{reference}/resend",
            post(pages::admin::form_resend),
        )
        .route(
            "/admin/requests/{reference}/delete",
            post(pages::admin::form_delete),
        )
        .route(
            "/admin/requests/{reference}/result/none",
            post(pages::admin::form_no_data),
        )
        .route(
            "/admin/requests/{reference}/result/link",
            post(pages::admin::form_result_link),
        )
        .route("/admin/jobs/{id}/retry", post(pages::admin::form_retry_job))
        .route(
            "/admin/requests/{reference}/assign",
            post(pages::team::form_assign),
        )
        .route(
            "/admin/requests/{reference}/notes",
            post(pages::team::form_note),
        )
        .route("/admin/tasks", get(pages::team::tasks_page))
        .route(
            "/admin/tasks/{id}/complete",
            post(pages::team::form_complete_task),
        )
        .route(
            "/admin/tasks/{id}/retry",
            post(pages::team::form_retry_task),
        )
        .route("/admin/webhooks", get(pages::team::webhooks_page))
        .route(
            "/admin/webhooks/{id}/redeliver",
            post(pages::team::form_redeliver),
        )
        .route("/admin/dashboard", get(pages::team::dashboard))
        .route("/admin/webhooks-demo", get(pages::team::webhooks_demo))
        .route("/demo/webhook", post(webhooks::demo_consumer))
        .route("/admin/preview", get(pages::admin::preview))
        .route("/admin/mailbox", get(pages::admin::mailbox));
    // A refusal of the rate limiter is JSON like every other error that is not a page.
    let pages = admin_limited(&state, admin_pages)
        .layer(middleware::map_response(error::json_errors))
        .route("/assets/receiver.css", get(pages::stylesheet));

    // The result upload streams up to GLASSBOX_RESULT_MAX_BYTES to disk itself: outside the
    // small body limit of every other route.
    let uploads = Router::new()
        .route(
            "/v1/admin/requests/{reference}/result",
            post(api::results::upload).layer(DefaultBodyLimit::disable()),
        )
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            staff::admin_guard,
        ))
        .layer(middleware::map_response(error::json_errors))
        .route(
            "/admin/requests/{reference}/result",
            post(pages::admin::form_result).layer(DefaultBodyLimit::disable()),
        )
        .layer(middleware::from_fn(edge::page_headers));
    let uploads = admin_limited(&state, uploads);

    let api = Router::new()
        .merge(public)
        .merge(admin)
        .route("/healthz", get(api::healthz))
        .route("/v1/openapi.json", get(openapi_json))
        .route("/v1", axum::routing::any(api::not_found))
        .route("/v1/", axum::routing::any(api::not_found))
        .route("/v1/{*rest}", axum::routing::any(api::not_found))
        .layer(middleware::map_response(error::json_errors));

    // Everything the receiver answers itself carries the strict page headers; the static
    // files below (the widget and the demo host pages) do not.
    let mut router = Router::new()
        .merge(api)
        .merge(pages)
        .fallback(api::not_found)
        .layer(middleware::from_fn(edge::page_headers));
    if let Some(dir) = &cfg.dist_dir {
        let dist = tower::ServiceBuilder::new()
            .layer(SetResponseHeaderLayer::overriding(
                header::ACCESS_CONTROL_ALLOW_ORIGIN,
                HeaderValue::from_static("*"),
            ))
            .service(ServeDir::new(dir));
        router = router.nest_service("/dist", static_files(dist));
    }
    if let Some(dir) = &cfg.demo_dir {
        router = router.fallback_service(static_files(ServeDir::new(dir)));
    }

    router
        .layer(RequestBodyLimitLayer::new(256 * 1024))
        .merge(uploads)
        .layer(
            TraceLayer::new_for_http().make_span_with(|req: &Request<_>| {
                // The route template only: raw paths carry tokens.
                let route = req
                    .extensions()
                    .get::<MatchedPath>()
                    .map(|m| m.as_str().to_string())
                    .unwrap_or_else(|| "-".into());
                tracing::info_span!("http", method = %req.method(), route = %route)
            }),
        )
        .layer(CatchPanicLayer::custom(|_| {
            error::ApiError::Internal.into_response_value()
        }))
        // Every response, errors and static files included.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .with_state(state)
}

/// A folder of static files with dotfiles and climbing paths refused ([`edge::no_dotfiles`]).
fn static_files<S>(files: S) -> Router
where
    S: tower::Service<Request<axum::body::Body>, Error = std::convert::Infallible>
        + Clone
        + Send
        + Sync
        + 'static,
    S::Response: axum::response::IntoResponse,
    S::Future: Send + 'static,
{
    Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn(edge::no_dotfiles))
}

impl error::ApiError {
    fn into_response_value(self) -> axum::response::Response {
        axum::response::IntoResponse::into_response(self)
    }
}

fn init_tracing(format: &str) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        EnvFilter::new("info,sqlx=error,tower_http=info,hyper=warn,lettre=warn")
    });
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = if format == "json" {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down");
}

/// What to say when no audit key is set.
pub fn no_key_message() -> String {
    format!(
        "no audit key: set {} (at least 32 random bytes as hex or base64) or {} (a file \
         holding it); for development only, {}=1 uses a publicly known key",
        audit::KEY_ENV,
        audit::KEY_FILE_ENV,
        audit::DEV_KEY_ENV
    )
}

/// Opens the store with the audit key of `config` (an error without one).
async fn open_keyed(config: &Config, connections: u32) -> Result<Store, ServeError> {
    let key = config
        .audit_key
        .clone()
        .ok_or_else(|| ServeError::Config(no_key_message()))?;
    if key.is_insecure() {
        tracing::warn!(
            "{}=1: the audit chain is keyed with a publicly known key and proves nothing; \
             development only",
            audit::DEV_KEY_ENV
        );
    }
    Ok(Store::connect(&config.database_url, connections)
        .await?
        .with_key(key)
        .in_zone(config.timezone.clone()))
}

/// Keys a log written before the audit key, saying what was done.
async fn upgrade(store: &Store, accept_broken: bool) -> Result<(), ServeError> {
    match store.upgrade_audit(accept_broken).await? {
        store::audit::Upgrade::Keyed { previous, tokens } => tracing::info!(
            previous_seq = previous.seq,
            tokens,
            "audit log keyed: a chain_keyed entry now commits to the old SHA-256 head; \
             status tokens hashed"
        ),
        store::audit::Upgrade::Nothing { tokens: 0 } => {}
        store::audit::Upgrade::Nothing { tokens } => {
            tracing::info!(tokens, "clear-text status tokens replaced by their hash")
        }
    }
    Ok(())
}

/// Opens the database and runs the server until SIGINT or SIGTERM.
pub async fn serve(config: Config) -> Result<(), ServeError> {
    // Settings first: a wrong one is named before anything else happens.
    if let Some(secret) = &config.webhook_secret {
        webhooks::check_secret(secret).map_err(ServeError::Config)?;
    }
    let store = open_keyed(&config, config.db_max_connections).await?;
    tracing::info!(backend = ?store.backend(), "database ready (migrated)");
    upgrade(&store, false).await?;
    let state = AppState::new(store.clone(), config.clone())?;
    if state.store.ensure_metrics().await? {
        tracing::info!("metrics counted from the stored requests");
    }
    if let Some(h) = &state.webhooks {
        tracing::info!(url = %h.url(), "webhooks on");
    }
    if let Some(team) = &config.team_email {
        if state.mailer.is_none() {
            tracing::warn!("GLASSBOX_TEAM_EMAIL is set but mails are off: no team mails");
        } else {
            tracing::info!(digest_at = %format!("{:02}:{:02}", config.digest_at.0, config.digest_at.1),
                team_mail_domain = %team.rsplit('@').next().unwrap_or(""), "team mails on");
        }
    }
    match state.mailer.as_ref().map(|m| m.folder()) {
        None => tracing::warn!("mails to requesters are off: set GLASSBOX_SMTP_URL to send them"),
        Some(Some(dir)) => tracing::info!(folder = %dir.display(),
            "mails to requesters go to a folder, shown at /admin/mailbox (GLASSBOX_MAILBOX_DIR)"),
        Some(None) => {}
    }
    tracing::info!(timezone = %config.timezone.name(), "days of receipt and due dates are taken in this time zone");
    if config.admin_token.as_deref().is_none_or(str::is_empty) {
        tracing::info!(
            "no GLASSBOX_ADMIN_TOKEN: the admin is reached with staff accounts \
             (`glassbox-receiver staff add`) and named tokens (`glassbox-receiver token create`)"
        );
    }
    if config.allowed_origins.is_empty() {
        tracing::info!("no GLASSBOX_ALLOWED_ORIGINS: browsers on other origins cannot submit");
    }
    for (name, var, dir) in [
        ("dist", "GLASSBOX_DIST_DIR", &config.dist_dir),
        ("demo", "GLASSBOX_DEMO_DIR", &config.demo_dir),
    ] {
        match dir {
            Some(dir) if !dir.is_dir() => {
                tracing::warn!(folder = %dir.display(), "{name} folder missing: its URLs answer 404")
            }
            Some(dir) => tracing::info!(folder = %dir.display(), "serving the {name} folder"),
            None => tracing::info!("{var} unset: no {name} files are served"),
        }
    }
    if !config.trusted_proxies.is_empty() {
        tracing::info!(proxies = ?config.trusted_proxies,
            "client addresses taken from X-Forwarded-For / Forwarded of these peers");
    }
    {
        // Each minute: forget idle clients so the limiters' memory stays bounded, and delete
        // ended sessions.
        let state = state.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(60));
            loop {
                tick.tick().await;
                for l in [&state.limiter, &state.admin_limiter].into_iter().flatten() {
                    l.limiter().retain_recent();
                }
                if let Some(l) = &state.signin_limiter {
                    l.retain_recent();
                }
                // Ended sessions and old sign-in failures leave the database.
                let now = state.clock.now();
                let minutes = |m: u32| time::Duration::minutes(i64::from(m));
                if let Err(e) = state
                    .store
                    .staff_cleanup(
                        now,
                        now - minutes(state.config.session_idle_minutes),
                        now - minutes(state.config.signin_lock_minutes),
                    )
                    .await
                {
                    tracing::warn!(error = %e, "clean-up of ended sessions failed");
                }
            }
        });
    }
    if config.retention_days > 0 {
        let store = store.clone();
        let results_state = state.clone();
        let days = i64::from(config.retention_days);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(3600));
            loop {
                tick.tick().await;
                let cutoff = store::now() - time::Duration::days(days);
                match store.purge_closed_before(cutoff).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(purged = n, "retention: personal data deleted"),
                    Err(e) => tracing::warn!(error = %e, "retention purge failed"),
                }
                match requests::delete_stale_results(&results_state).await {
                    Ok(0) => {}
                    Ok(n) => {
                        tracing::info!(deleted = n, "result files deleted (expired or purged)")
                    }
                    Err(e) => tracing::warn!(error = %e, "deleting result files failed"),
                }
            }
        });
    }
    // The durable sweep deleting requests never verified (one job shared by all receivers).
    store
        .ensure_recurring_job(jobs::PURGE_JOB, store::now())
        .await?;
    // Every receiver runs a worker; on one PostgreSQL database they share the jobs safely.
    let worker = jobs::spawn(state.clone());
    let schedule = team::spawn_schedule(state.clone());
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| ServeError::Bind(config.listen, e))?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, public_url = %state.base_url, "listening");
    axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    // A mail being sent now is abandoned; its lease runs out and the next start sends it.
    worker.abort();
    schedule.abort();
    store.close().await;
    Ok(())
}

/// The command line: `serve` (default), `verify-audit`, `migrate`, `staff`, `token`, `seed`.
pub async fn run(cli: Cli) -> ExitCode {
    init_tracing(&cli.config.log_format);
    let mut config = cli.config;
    if let Err(e) = config.read_secrets() {
        // One line, before anything is opened or created.
        eprintln!("glassbox-receiver: {e}");
        return ExitCode::from(2);
    }
    if let Err(e) = config.load_secrets() {
        eprintln!("glassbox-receiver: invalid setting: {e}");
        return ExitCode::from(2);
    }
    match audit::AuditKey::from_env() {
        Ok(key) => config.audit_key = key,
        Err(e) => {
            tracing::error!("{e}");
            eprintln!("glassbox-receiver: {e}");
            return ExitCode::from(2);
        }
    }
    let result: Result<ExitCode, ServeError> = async {
        match cli.command.unwrap_or(Command::Serve) {
            Command::Serve => serve(config).await.map(|_| ExitCode::SUCCESS),
            Command::Migrate => {
                Store::connect(&config.database_url, 1).await?;
                println!("migrations applied");
                Ok(ExitCode::SUCCESS)
            }
            Command::VerifyAudit { head, expect_head } => {
                let expect = expect_head
                    .as_deref()
                    .map(audit::AnchoredHead::parse)
                    .transpose()
                    .map_err(|e| ServeError::Config(format!("--expect-head: {e}")))?;
                let store = open_keyed(&config, 2).await?;
                match store.verify_audit_anchored(expect.as_ref()).await? {
                    AuditReport::Intact { entries } => {
                        println!("audit log intact: {entries} entries, every request row matches its entries");
                        if let Some(a) = &expect {
                            println!("anchored head {} found unchanged", a.seq);
                        }
                        if head {
                            println!("{}", store.audit_head().await?);
                        }
                        Ok(ExitCode::SUCCESS)
                    }
                    AuditReport::Broken { seq, reason } => {
                        println!("audit log BROKEN at entry {seq}: {reason}");
                        Ok(ExitCode::from(1))
                    }
                    AuditReport::Mismatched {
                        entries,
                        mismatches,
                    } => {
                        println!(
                            "audit chain intact ({entries} entries) but {} request field(s) \
                             differ from the log (changed outside the receiver):",
                            mismatches.len()
                        );
                        for m in &mismatches {
                            println!(
                                "  {} {}: row has {:?}, log says {:?}",
                                m.reference, m.field, m.row, m.log
                            );
                        }
                        Ok(ExitCode::from(1))
                    }
                }
            }
            Command::UpgradeAudit { accept_broken } => {
                let store = open_keyed(&config, 2).await?;
                upgrade(&store, accept_broken).await?;
                println!("audit log keyed; head {}", store.audit_head().await?);
                Ok(ExitCode::SUCCESS)
            }
            Command::Staff(cmd) => {
                let store = open_keyed(&config, 2).await?;
                let code = staff::cli::staff(&store, cmd).await;
                store.close().await;
                code.map_err(|e| ServeError::Config(e.to_string()))
            }
            Command::Token(cmd) => {
                let store = open_keyed(&config, 2).await?;
                let code = staff::cli::token(&store, cmd).await;
                store.close().await;
                code.map_err(|e| ServeError::Config(e.to_string()))
            }
            Command::Seed { count } => {
                let store = open_keyed(&config, 2).await?;
                let t = std::time::Instant::now();
                store.seed(count).await?;
                println!(
                    "seeded {count} requests in {:.1} s",
                    t.elapsed().as_secs_f64()
                );
                Ok(ExitCode::SUCCESS)
            }
        }
    }
    .await;
    match result {
        Ok(code) => code,
        Err(e) => {
            // A wrong setting is one line naming it; other failures are logged too.
            if !matches!(e, ServeError::Config(_)) {
                tracing::error!(error = %e, "failed");
            }
            eprintln!("glassbox-receiver: {e}");
            ExitCode::from(2)
        }
    }
}
