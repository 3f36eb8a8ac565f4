//! The service's metrics in the Prometheus text format (`GET /metrics`): requests by route and
//! status, their latency, and the errors the reports found, by code.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use super::Shared;
use super::refusal::RefusedWith;
use crate::report::{Diagnostic, Severity};

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabel {
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CodeLabel {
    code: &'static str,
}

/// Counters and histograms, shared by every request.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabel, Histogram>,
    errors: Family<CodeLabel, Counter>,
}

impl Default for Metrics {
    fn default() -> Metrics {
        Metrics::new()
    }
}

impl Metrics {
    /// Empty counters, registered for the exposition.
    pub fn new() -> Metrics {
        let mut registry = Registry::default();
        let requests = Family::<RequestLabels, Counter>::default();
        // 50 µs to about 1.6 s, doubling.
        let latency = Family::<RouteLabel, Histogram>::new_with_constructor(|| {
            Histogram::new(exponential_buckets(0.000_05, 2.0, 16))
        });
        let errors = Family::<CodeLabel, Counter>::default();
        registry.register("domain_rules_requests", "Requests answered, by route and status", requests.clone());
        registry.register("domain_rules_request_seconds", "Time to answer a request, by route", latency.clone());
        registry.register(
            "domain_rules_errors",
            "Errors in the reports answered and in refused requests, by code",
            errors.clone(),
        );
        Metrics { registry, requests, latency, errors }
    }

    /// Counts the errors of a report.
    pub fn found(&self, diagnostics: &[Diagnostic]) {
        for d in diagnostics.iter().filter(|d| d.severity == Severity::Error) {
            self.errors.get_or_create(&CodeLabel { code: d.code.as_str() }).inc();
        }
    }

    /// The text exposition.
    pub fn render(&self) -> String {
        let mut text = String::new();
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut text, &self.registry);
        text
    }
}

/// Records each request's route, status and time, and the code of a refusal.
pub async fn observe(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().map_or("other", |p| p.as_str()).to_owned();
    let start = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16();
    let metrics = &shared.metrics;
    metrics.requests.get_or_create(&RequestLabels { route: route.clone(), status }).inc();
    metrics.latency.get_or_create(&RouteLabel { route }).observe(start.elapsed().as_secs_f64());
    if let Some(RefusedWith(code)) = response.extensions().get::<RefusedWith>() {
        metrics.errors.get_or_create(&CodeLabel { code: code.as_str() }).inc();
    }
    response
}

/// `GET /metrics`.
pub async fn exposition(State(shared): State<Arc<Shared>>) -> Response {
    let content_type = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    ([(axum::http::header::CONTENT_TYPE, content_type)], shared.metrics.render()).into_response()
}
