//! `domain-rules serve`: the engine's calls over HTTP with JSON bodies (CONTRACT section 7), for
//! server-side pre-validation from any language. Native only, behind the feature `server`.
//!
//! Everything is bounded: the body's size (`413`), a batch's length (`413`), the time per request
//! (`503`, reading the body included, so a client that sends one byte a second is cut off), and the
//! requests in progress (`503` with `Retry-After` past the limit, shed at once rather than queued).
//! Every refusal has a body in the common report shape. `/healthz` and `/metrics` stay outside the
//! limits, so the service can be watched while it is saturated. The service keeps no state between
//! requests: it scales out by adding instances behind any load balancer.

mod calls;
mod metrics;
mod refusal;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::error_handling::HandleErrorLayer;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::routing::{get, post};
use tower::{BoxError, ServiceBuilder};
use tower_http::compression::CompressionLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};

pub use metrics::Metrics;
pub use refusal::Refusal;

use crate::code::Code;
use crate::locale::Locale;
use crate::report::Params;

/// How the service runs and what it accepts.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where it listens.
    pub listen: SocketAddr,
    /// The largest request body, in bytes.
    pub max_body_bytes: usize,
    /// The most names, orders or records in one batch.
    pub max_batch: usize,
    /// The longest time one request may take, reading its body included.
    pub request_timeout: Duration,
    /// The longest time a connection may take to send a request's head (method, path and
    /// headers); the connection is closed after it. It also bounds an idle keep-alive connection
    /// waiting for its next request.
    pub header_timeout: Duration,
    /// The most requests in progress at once; more are refused with `503`.
    pub max_in_flight: usize,
    /// The origins browsers may call it from (CORS); none by default.
    pub cors_origins: Vec<String>,
    /// `POST /v1/ns-check`, the live nameserver check (feature `live`), with at most this many
    /// checks a minute (`429` past it); off when `None`, as it sends traffic to third parties.
    pub live_per_minute: Option<u32>,
    /// The port the live check asks nameservers on (53; another for tests).
    pub live_port: u16,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            max_body_bytes: 1 << 20,
            max_batch: 10_000,
            request_timeout: Duration::from_secs(10),
            header_timeout: Duration::from_secs(10),
            max_in_flight: 512,
            cors_origins: Vec::new(),
            live_per_minute: None,
            live_port: 53,
        }
    }
}

/// What every request shares.
pub struct Shared {
    config: Config,
    metrics: Metrics,
    /// The live check's rate limit, when it is on.
    #[cfg_attr(not(feature = "live"), allow(dead_code))]
    live_limit: Option<governor::DefaultDirectRateLimiter>,
}

/// The service: every call, its limits, its metrics and access log.
pub fn router(config: Config) -> Result<Router, String> {
    let cors = cors(&config.cors_origins)?;
    let live_limit = match config.live_per_minute {
        None => None,
        Some(n) if cfg!(feature = "live") => {
            let n = std::num::NonZeroU32::new(n).ok_or("the live checks' rate must be above 0")?;
            Some(governor::RateLimiter::direct(governor::Quota::per_minute(n)))
        }
        Some(_) => return Err("the live checks need the `live` feature".to_owned()),
    };
    let live = live_limit.is_some();
    let shared = Arc::new(Shared { config, metrics: Metrics::new(), live_limit });
    let seconds = shared.config.request_timeout.as_secs_f64().ceil() as usize;
    let limits = ServiceBuilder::new()
        .layer(HandleErrorLayer::new(move |error| refuse_overload(error, seconds)))
        .load_shed()
        .concurrency_limit(shared.config.max_in_flight)
        .timeout(shared.config.request_timeout);
    let api = Router::new()
        .route("/v1/domain", post(calls::domain))
        .route("/v1/order", post(calls::order))
        .route("/v1/schema/{tld}", get(calls::schema))
        .route("/v1/contact-schema/{country}", get(calls::contact_schema))
        .route("/v1/countries", get(calls::countries))
        .route("/v1/zone/{tld}", get(calls::zone))
        .route("/v1/record", post(calls::record))
        .route("/v1/records", post(calls::records))
        .route("/v1/explain", post(calls::explain));
    #[cfg(feature = "live")]
    let api = if live { api.route("/v1/ns-check", post(calls::ns_check)) } else { api };
    #[cfg(not(feature = "live"))]
    let _ = live;
    let api = api.layer(limits);
    let mut app = Router::new()
        .merge(api)
        .route("/healthz", get(calls::health))
        .route("/metrics", get(metrics::exposition))
        .fallback(calls::not_found)
        .layer(axum::middleware::from_fn_with_state(shared.clone(), metrics::observe))
        .layer(CompressionLayer::new())
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(tracing::Level::INFO))
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        );
    if let Some(cors) = cors {
        app = app.layer(cors);
    }
    Ok(app.with_state(shared))
}

/// The CORS layer for these origins, or none.
fn cors(origins: &[String]) -> Result<Option<CorsLayer>, String> {
    if origins.is_empty() {
        return Ok(None);
    }
    let values = origins
        .iter()
        .map(|o| HeaderValue::from_str(o).map_err(|_| format!("`{o}` is not an origin")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some(
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(values))
            .allow_methods([Method::GET, Method::POST])
            .allow_headers([header::CONTENT_TYPE, header::ACCEPT_LANGUAGE]),
    ))
}

/// A request the limits stopped: `503`, busy (with `Retry-After`) or out of time.
async fn refuse_overload(error: BoxError, timeout_seconds: usize) -> Refusal {
    if error.is::<tower::timeout::error::Elapsed>() {
        let params = Params::new().with("seconds", timeout_seconds);
        Refusal::new(StatusCode::SERVICE_UNAVAILABLE, Code::InputTimeout, "request", params, Locale::En)
    } else {
        // Overloaded: the requests in progress are at the limit.
        Refusal::busy(1, Locale::En)
    }
}

/// Runs the service until SIGTERM or Ctrl-C, then finishes the requests in progress. Logs go to
/// standard error as JSON lines (`RUST_LOG` sets the level; `info` by default).
pub fn run(config: Config) -> std::io::Result<()> {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt().json().with_env_filter(filter).with_writer(std::io::stderr).try_init();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(config.listen).await?;
        tracing::info!(address = %listener.local_addr()?, "listening");
        serve(listener, config, shutdown()).await?;
        tracing::info!("stopped");
        Ok(())
    })
}

/// Serves on `listener` until `stop` resolves, then stops accepting, closes idle connections
/// and waits (at most `GRACE`) for the requests in progress to be answered.
pub async fn serve(
    listener: tokio::net::TcpListener,
    config: Config,
    stop: impl std::future::Future<Output = ()>,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use hyper_util::service::TowerToHyperService;

    let header_timeout = config.header_timeout;
    let app = router(config).map_err(std::io::Error::other)?;
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut stop = std::pin::pin!(stop);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of file descriptors or a connection reset before it was accepted: the
                // listener stays, the others are served.
                Err(error) => {
                    tracing::warn!(%error, "accept failed");
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(header_timeout)
            .serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client that hangs up or is too slow with its head ends its own connection only.
            let _ = connection.await;
        });
    }
    drop(listener);
    tracing::info!("shutting down: finishing the requests in progress");
    if tokio::time::timeout(GRACE, graceful.shutdown()).await.is_err() {
        tracing::warn!("requests still in progress after the grace period were dropped");
    }
    Ok(())
}

/// How long a shutdown waits for the requests in progress.
const GRACE: Duration = Duration::from_secs(30);

/// Resolves on SIGTERM or Ctrl-C.
async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
