//! Glassbox receiver: the reference backend for `glassbox.request/v1` data-subject requests.
//!
//! [`app`] builds the whole HTTP service as an axum [`Router`] (tests drive it with
//! `app(state).oneshot(..)`); [`serve`] binds it and shuts down gracefully; [`run`] is the
//! command line. Modules: [`requests`] (the operations on a request, which both [`api`] (JSON)
//! and [`pages`] (HTML) call), [`staff`] (who may use the admin), [`messages`] (what the
//! requester is told), [`jobs`] (durable mails), [`mail`] (SMTP), [`store`] (SQL on
//! SQLite/PostgreSQL), [`audit`] (hash chain), [`config`] (flags and environment), [`error`]
//! (JSON errors).

pub mod api;
pub mod audit;
pub mod config;
pub mod error;
pub mod jobs;
pub mod mail;
pub mod messages;
pub mod pages;
pub mod requests;
pub mod results;
pub mod staff;
pub mod store;
pub mod templates;

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
use tower_governor::key_extractor::KeyExtractor;
use tower_governor::{GovernorError, GovernorLayer};
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
    /// The clock of sessions and sign-in locks (tests move it forward).
    pub clock: staff::Clock,
    /// Wakes this process's job worker when a job was enqueued.
    pub jobs_wake: tokio::sync::Notify,
    /// The operator's replacements of the requester's messages (`GLASSBOX_TEMPLATES_DIR`).
    pub overrides: glassbox_core::i18n::Overrides,
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
    pub fn new(store: Store, config: Config) -> Result<AppState, ServeError> {
        let store = store.in_zone(config.timezone.clone());
        let mailer = match (
            config.smtp_url.as_deref().filter(|u| !u.is_empty()),
            &config.mailbox_dir,
        ) {
            (Some(url), _) => Some(Mailer::new(url, &config.mail_from)?),
            (None, Some(dir)) => Some(Mailer::to_folder(dir, &config.mail_from)?),
            (None, None) => None,
        };
        let base_url = config.public_base();
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
                .key_extractor(ClientIp)
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
        api::admin::list, api::admin::get, api::admin::transition, api::admin::extend,
        api::admin::resend, api::admin::export, api::admin::audit, api::admin::verify_audit, api::admin::jobs,
        api::admin::retry_job, api::results::upload, api::results::new_link,
        api::results::download, api::session::sign_in, api::session::sign_out
    ),
    components(schemas(
        api::requests::SubmitResponse, requests::StatusView, requests::HistoryItem,
        requests::AdminView, requests::ResultView, api::admin::ListResponse, api::admin::TransitionBody,
        api::admin::ExtendBody, api::session::SignInBody, api::session::SessionView, api::Health, store::Record, requests::Status, store::JobView,
        store::JobState, audit::AuditEntry, error::ErrorBody,
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

/// Rate-limit key: the peer's IP address (all clients share one bucket when it is unknown,
/// as in tests that call the router without a socket).
#[derive(Clone, Copy, Debug)]
pub struct ClientIp;

impl KeyExtractor for ClientIp {
    type Key = IpAddr;

    fn extract<T>(&self, req: &Request<T>) -> Result<IpAddr, GovernorError> {
        Ok(client_ip(req.extensions()))
    }
}

/// The client's IP address from a request's extensions: the peer (unknown peers, as in tests
/// without a socket, share `0.0.0.0`). The one place every per-client limit reads it.
pub fn client_ip(extensions: &axum::http::Extensions) -> IpAddr {
    extensions
        .get::<axum::extract::ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
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
        .route("/v1/admin/requests/{reference}", get(api::admin::get))
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
            "/admin/requests/{reference}/result/none",
            post(pages::admin::form_no_data),
        )
        .route(
            "/admin/requests/{reference}/result/link",
            post(pages::admin::form_result_link),
        )
        .route("/admin/jobs/{id}/retry", post(pages::admin::form_retry_job))
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
        );
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

    let dist = tower::ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        ))
        .service(ServeDir::new(&cfg.dist_dir));

    Router::new()
        .merge(api)
        .merge(pages)
        .nest_service("/dist", dist)
        .fallback_service(ServeDir::new(&cfg.demo_dir))
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
        .with_state(state)
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

/// Opens the database and runs the server until SIGINT or SIGTERM.
pub async fn serve(config: Config) -> Result<(), ServeError> {
    let store = Store::connect(&config.database_url, config.db_max_connections).await?;
    tracing::info!(backend = ?store.backend(), "database ready (migrated)");
    let state = AppState::new(store.clone(), config.clone())?;
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
    for (name, dir) in [("dist", &config.dist_dir), ("demo", &config.demo_dir)] {
        if !dir.is_dir() {
            tracing::warn!(folder = %dir.display(), "{name} folder missing: its URLs answer 404");
        }
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
    // Every receiver runs a worker; on one PostgreSQL database they share the jobs safely.
    let worker = jobs::spawn(state.clone());
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
    let result: Result<ExitCode, ServeError> = async {
        match cli.command.unwrap_or(Command::Serve) {
            Command::Serve => serve(config).await.map(|_| ExitCode::SUCCESS),
            Command::Migrate => {
                Store::connect(&config.database_url, 1).await?;
                println!("migrations applied");
                Ok(ExitCode::SUCCESS)
            }
            Command::VerifyAudit => {
                let store = Store::connect(&config.database_url, 2).await?;
                match store.verify_audit().await? {
                    AuditReport::Intact { entries } => {
                        println!("audit log intact: {entries} entries");
                        Ok(ExitCode::SUCCESS)
                    }
                    AuditReport::Broken { seq, reason } => {
                        println!("audit log BROKEN at entry {seq}: {reason}");
                        Ok(ExitCode::from(1))
                    }
                }
            }
            Command::Staff(cmd) => {
                let store = Store::connect(&config.database_url, 2).await?;
                let code = staff::cli::staff(&store, cmd).await;
                store.close().await;
                code.map_err(|e| ServeError::Config(e.to_string()))
            }
            Command::Token(cmd) => {
                let store = Store::connect(&config.database_url, 2).await?;
                let code = staff::cli::token(&store, cmd).await;
                store.close().await;
                code.map_err(|e| ServeError::Config(e.to_string()))
            }
            Command::Seed { count } => {
                let store = Store::connect(&config.database_url, 2)
                    .await?
                    .in_zone(config.timezone.clone());
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
            tracing::error!(error = %e, "failed");
            eprintln!("glassbox-receiver: {e}");
            ExitCode::from(2)
        }
    }
}
