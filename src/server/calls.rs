//! The calls of the service (CONTRACT section 7): each reads its request, runs the engine's check
//! and answers its report (`200` also when the report is not ok), or refuses the request.

use std::sync::Arc;

use axum::Json;
use axum::body::Body;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::Shared;
use super::refusal::Refusal;
use crate::code::Code;
use crate::fields::Action;
use crate::locale::Locale;
use crate::options::{Options, Profile};
use crate::order::Order;
use crate::report::{Diagnostic, Params};

/// The locale of a request's refusals: the first language of `Accept-Language`, else English.
pub fn request_locale(headers: &HeaderMap) -> Locale {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split([',', ';']).next())
        .map_or(Locale::En, |tag| Locale::from_tag(tag.trim()))
}

/// A locale option: absent is English; a tag without messages is English too.
fn locale_of(tag: Option<&str>) -> Locale {
    tag.map_or(Locale::En, Locale::from_tag)
}

/// Reads a JSON body of the call's shape `T`: `415` unless it is sent as JSON, `413` past the
/// size limit, `400` unless it is JSON, `422` unless it has the shape.
async fn read<T: DeserializeOwned>(shared: &Shared, headers: &HeaderMap, body: Body) -> Result<T, Refusal> {
    let value = read_value(shared, headers, body).await?;
    serde_json::from_value(value).map_err(|e| Refusal::shape(&e.to_string(), request_locale(headers)))
}

/// Reads a JSON body as a value (`415`, `413`, `400`).
async fn read_value(shared: &Shared, headers: &HeaderMap, body: Body) -> Result<serde_json::Value, Refusal> {
    let locale = request_locale(headers);
    let kind = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let essence = kind.split(';').next().unwrap_or("").trim();
    if !essence.eq_ignore_ascii_case("application/json") {
        let shown = if kind.is_empty() { "none" } else { kind };
        let params = Params::new().with("type", shown);
        return Err(Refusal::new(StatusCode::UNSUPPORTED_MEDIA_TYPE, Code::InputMediaType, "body", params, locale));
    }
    let max = shared.config.max_body_bytes;
    let bytes = axum::body::to_bytes(body, max).await.map_err(|_| {
        let params = Params::new().with("max", max);
        Refusal::new(StatusCode::PAYLOAD_TOO_LARGE, Code::InputBodyTooLarge, "body", params, locale)
    })?;
    serde_json::from_slice(&bytes).map_err(|e| Refusal::invalid_json(&e.to_string(), locale))
}

/// `413` for a batch longer than the limit.
fn batch_fits(shared: &Shared, length: usize, path: &str, locale: Locale) -> Result<(), Refusal> {
    let max = shared.config.max_batch;
    if length <= max {
        return Ok(());
    }
    let params = Params::new().with("actual", length).with("max", max);
    Err(Refusal::new(StatusCode::PAYLOAD_TOO_LARGE, Code::InputBatchTooLong, path, params, locale))
}

/// `422` for an option the engine does not know (`options.invalid`, as in the JS API).
fn option_invalid(option: &str, value: &str, choices: &str, locale: Locale) -> Refusal {
    let params = Params::new().with("option", option).with("value", value).with("choices", choices);
    Refusal::new(StatusCode::UNPROCESSABLE_ENTITY, Code::OptionInvalid, option, params, locale)
}

/// A batch's answer: the reports in input order.
#[derive(Serialize)]
struct Reports<T> {
    reports: Vec<T>,
}

/// Answers a report after counting what it found.
fn answer<T: Serialize>(shared: &Shared, report: &T, diagnostics: &[Diagnostic]) -> Response {
    shared.metrics.found(diagnostics);
    Json(report).into_response()
}

/// Answers a batch's reports, in input order, after counting what each found.
fn answer_all<T: Serialize>(shared: &Shared, reports: Vec<T>, diagnostics: fn(&T) -> &[Diagnostic]) -> Response {
    reports.iter().for_each(|r| shared.metrics.found(diagnostics(r)));
    Json(Reports { reports }).into_response()
}

/// `POST /v1/domain`: `{ "name", "profile", "locale" }`, or `{ "names": [...] }` for a batch.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DomainRequest {
    name: Option<String>,
    names: Option<Vec<String>>,
    profile: Option<String>,
    locale: Option<String>,
}

/// `POST /v1/domain`.
pub async fn domain(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Body) -> Result<Response, Refusal> {
    let request: DomainRequest = read(&shared, &headers, body).await?;
    let locale = locale_of(request.locale.as_deref());
    let profile = match request.profile.as_deref() {
        None => Profile::default(),
        Some(text) => Profile::parse(text).ok_or_else(|| {
            let choices = Profile::ALL.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", ");
            option_invalid("profile", text, &choices, request_locale(&headers))
        })?,
    };
    let options = Options::profile(profile).with_locale(locale);
    match (request.name, request.names) {
        (Some(name), None) => {
            let report = crate::check_domain(&name, &options);
            Ok(answer(&shared, &report, &report.diagnostics))
        }
        (None, Some(names)) => {
            batch_fits(&shared, names.len(), "names", request_locale(&headers))?;
            let reports = names.iter().map(|name| crate::check_domain(name, &options)).collect();
            Ok(answer_all(&shared, reports, |r: &crate::DomainReport| &r.diagnostics))
        }
        _ => Err(Refusal::shape("give either `name` (a string) or `names` (a list)", request_locale(&headers))),
    }
}

/// `POST /v1/order`: one order, or `{ "orders": [...] }` for a batch. In a batch, an order of
/// the wrong shape gets its own `order.invalid` report in its place.
pub async fn order(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Body) -> Result<Response, Refusal> {
    let value = read_value(&shared, &headers, body).await?;
    let locale = request_locale(&headers);
    if let Some(orders) =
        value.get("orders").and_then(|o| o.as_array()).filter(|_| value.as_object().is_some_and(|m| m.len() == 1))
    {
        batch_fits(&shared, orders.len(), "orders", locale)?;
        let reports = orders
            .iter()
            .map(|order| match Order::deserialize(order) {
                Ok(order) => crate::order::check_order(&order),
                Err(e) => crate::order::unreadable_order(&e.to_string(), locale),
            })
            .collect();
        return Ok(answer_all(&shared, reports, |r: &crate::order::OrderReport| &r.diagnostics));
    }
    let order: Order = serde_json::from_value(value).map_err(|e| Refusal::shape(&e.to_string(), locale))?;
    let report = crate::order::check_order(&order);
    Ok(answer(&shared, &report, &report.diagnostics))
}

/// The query of the GET calls; an unknown key is refused with `422`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallQuery {
    locale: Option<String>,
    action: Option<String>,
    role: Option<String>,
}

impl<S: Send + Sync> FromRequestParts<S> for CallQuery {
    type Rejection = Refusal;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<CallQuery, Refusal> {
        let locale = request_locale(&parts.headers);
        let read = Query::<CallQuery>::from_request_parts(parts, state).await;
        read.map(|Query(q)| q).map_err(|e| Refusal::shape(&e.body_text(), locale))
    }
}

/// `GET /v1/schema/{tld}?action=&locale=`.
pub async fn schema(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(tld): Path<String>,
    q: CallQuery,
) -> Result<Response, Refusal> {
    let action = match q.action.as_deref() {
        None => Action::Register,
        Some(text) => Action::parse(text).ok_or_else(|| {
            let choices = Action::ALL.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(", ");
            option_invalid("action", text, &choices, request_locale(&headers))
        })?,
    };
    let schema = crate::schema::form_schema(&tld, action, locale_of(q.locale.as_deref()));
    Ok(answer(&shared, &schema, &schema.diagnostics))
}

/// `GET /v1/contact-schema/{country}?role=&locale=`.
pub async fn contact_schema(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(country): Path<String>,
    q: CallQuery,
) -> Result<Response, Refusal> {
    let role = q.role.as_deref().unwrap_or("registrant");
    if !crate::contacts::ROLES.contains(&role) {
        return Err(option_invalid("role", role, &crate::contacts::ROLES.join(", "), request_locale(&headers)));
    }
    let schema = crate::contacts::schema::contact_schema(&country, role, locale_of(q.locale.as_deref()));
    Ok(answer(&shared, &schema, &schema.diagnostics))
}

/// `GET /v1/countries?locale=`.
pub async fn countries(q: CallQuery) -> Result<Response, Refusal> {
    let list = crate::contacts::schema::country_list(locale_of(q.locale.as_deref()));
    Ok(Json(serde_json::json!({ "ok": true, "countries": list })).into_response())
}

/// `GET /v1/zone/{tld}?locale=`.
pub async fn zone(
    State(shared): State<Arc<Shared>>,
    Path(tld): Path<String>,
    q: CallQuery,
) -> Result<Response, Refusal> {
    let info = crate::zone_info::zone_info(&tld, locale_of(q.locale.as_deref()));
    Ok(answer(&shared, &info, &info.diagnostics))
}

/// `POST /v1/record`: one record request.
pub async fn record(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Body) -> Result<Response, Refusal> {
    let request: crate::record::RecordRequest = read(&shared, &headers, body).await?;
    let report = crate::record::check_record(&request);
    Ok(answer(&shared, &report, &report.diagnostics))
}

/// `POST /v1/records`: a zone's records, checked together.
pub async fn records(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Body) -> Result<Response, Refusal> {
    let request: crate::record::ZoneRequest = read(&shared, &headers, body).await?;
    batch_fits(&shared, request.records.len(), "records", request_locale(&headers))?;
    let report = crate::record::check_zone_records(&request);
    Ok(answer(&shared, &report, &report.diagnostics))
}

/// `POST /v1/explain`: `{ "text", "order", "locale" }`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExplainRequest {
    text: String,
    order: Option<Order>,
    locale: Option<String>,
}

/// `POST /v1/explain`.
pub async fn explain(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Body) -> Result<Response, Refusal> {
    let request: ExplainRequest = read(&shared, &headers, body).await?;
    let report =
        crate::explain::explain_error(&request.text, request.order.as_ref(), locale_of(request.locale.as_deref()));
    Ok(answer(&shared, &report, &report.diagnostics))
}

/// `GET /healthz`: the service answers.
pub async fn health() -> Response {
    Json(serde_json::json!({ "ok": true })).into_response()
}

/// Any other method or path: `404`, in the common shape.
pub async fn not_found(headers: HeaderMap, method: axum::http::Method, uri: axum::http::Uri) -> Refusal {
    let params = Params::new().with("method", method.as_str()).with("path", uri.path());
    Refusal::new(StatusCode::NOT_FOUND, Code::InputNotFound, "request", params, request_locale(&headers))
}

/// `POST /v1/ns-check`: `{ "domain", "nameservers": [...], "locale", "timeoutMs" }`, the live
/// nameserver check, within its own rate limit (`429` with `Retry-After` past it).
#[cfg(feature = "live")]
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct NsCheckRequest {
    domain: String,
    nameservers: Vec<crate::order_input::Nameserver>,
    locale: Option<String>,
    timeout_ms: Option<u64>,
}

#[cfg(feature = "live")]
pub async fn ns_check(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Body) -> Result<Response, Refusal> {
    let request: NsCheckRequest = read(&shared, &headers, body).await?;
    batch_fits(&shared, request.nameservers.len(), "nameservers", request_locale(&headers))?;
    if let Some(limit) = &shared.live_limit
        && let Err(not_until) = limit.check()
    {
        let wait = not_until.wait_time_from(governor::clock::Clock::now(&governor::clock::DefaultClock::default()));
        let seconds = wait.as_secs_f64().ceil().max(1.0) as usize;
        return Err(Refusal::busy(seconds, request_locale(&headers)).with_status(StatusCode::TOO_MANY_REQUESTS));
    }
    // At most 3 s per answer: the request's own time limit bounds the whole check.
    let timeout = std::time::Duration::from_millis(request.timeout_ms.unwrap_or(2000).clamp(100, 3000));
    let options = crate::live::LiveOptions {
        locale: locale_of(request.locale.as_deref()),
        timeout,
        port: shared.config.live_port,
    };
    let report = tokio::task::spawn_blocking(move || {
        crate::live::check_nameservers_live(&request.domain, &request.nameservers, &options)
    })
    .await
    .map_err(|_| Refusal::busy(1, Locale::En))?;
    Ok(answer(&shared, &report, &report.diagnostics))
}
