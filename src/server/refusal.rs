//! Requests the service cannot read or serve, answered in the common report shape
//! (`{ "ok": false, "diagnostics": [...] }`) with the status that says why.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::code::Code;
use crate::findings::without_position;
use crate::locale::Locale;
use crate::report::{Diagnostic, Params, Severity};

/// A refused request: its status and the one diagnostic that explains it.
#[derive(Debug)]
pub struct Refusal {
    status: StatusCode,
    diagnostic: Diagnostic,
    retry_after: Option<usize>,
}

/// The body of a refusal.
#[derive(Serialize)]
struct Body<'a> {
    ok: bool,
    diagnostics: [&'a Diagnostic; 1],
}

impl Refusal {
    /// A refusal with `code` at `path`, its message in `locale`.
    pub fn new(status: StatusCode, code: Code, path: &str, params: Params, locale: Locale) -> Refusal {
        Refusal { status, diagnostic: Diagnostic::new(code, Severity::Error, path, params, locale), retry_after: None }
    }

    /// 400: the body is not JSON.
    pub fn invalid_json(detail: &str, locale: Locale) -> Refusal {
        let params = Params::new().with("detail", without_position(detail));
        Refusal::new(StatusCode::BAD_REQUEST, Code::InputInvalidJson, "body", params, locale)
    }

    /// 422: JSON, but not of the call's shape.
    pub fn shape(detail: &str, locale: Locale) -> Refusal {
        let params = Params::new().with("detail", without_position(detail));
        Refusal::new(StatusCode::UNPROCESSABLE_ENTITY, Code::InputShape, "body", params, locale)
    }

    /// 503 with `Retry-After`: the server is at its limit.
    pub fn busy(seconds: usize, locale: Locale) -> Refusal {
        let params = Params::new().with("seconds", seconds);
        let refusal = Refusal::new(StatusCode::SERVICE_UNAVAILABLE, Code::InputBusy, "request", params, locale);
        Refusal { retry_after: Some(seconds), ..refusal }
    }

    /// The same refusal with another status (`429` for a rate limit).
    pub fn with_status(self, status: StatusCode) -> Refusal {
        Refusal { status, ..self }
    }

    /// The diagnostic's code.
    pub fn code(&self) -> Code {
        self.diagnostic.code
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let body = Body { ok: false, diagnostics: [&self.diagnostic] };
        let mut response = (self.status, axum::Json(body)).into_response();
        if let Some(seconds) = self.retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response.extensions_mut().insert(RefusedWith(self.diagnostic.code));
        response
    }
}

/// Marks a response as a refusal with this code, for the metrics.
#[derive(Debug, Clone, Copy)]
pub struct RefusedWith(pub Code);
