//! Results: the admin attaches the answer to an access or portability request
//! (`POST /v1/admin/requests/{reference}/result`, streamed to disk) or issues a new download link;
//! the requester downloads it (`GET /v1/results/{token}`).

use crate::error::ApiError;
use crate::requests::{self, AdminView, Attachment};
use crate::results::{self, UploadError, Writer};
use crate::staff::Actor;
use crate::AppState;
use axum::body::Body;
use axum::extract::{Extension, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use http_body_util::BodyExt;
use tower::ServiceExt;

/// The most a `{"no_data": true}` body can be (with spaces).
const NO_DATA_MAX: u64 = 64;

/// Attaches the result: the body is the file (`application/json`, `text/csv` or
/// `application/zip`, at most `GLASSBOX_RESULT_MAX_BYTES`, streamed to disk), or
/// `{"no_data": true}` when the controller holds nothing. Another type is `415`, a larger body
/// `413`, a closed request `409`; nothing is stored then. Attaching again replaces the result.
#[utoipa::path(post, path = "/v1/admin/requests/{reference}/result", tag = "admin",
    params(("reference" = String, Path)), security(("bearer" = [])),
    request_body(description = "The result file (application/json, text/csv or application/zip), or {\"no_data\": true}",
                 content_type = "application/octet-stream"),
    responses((status = 200, body = AdminView), (status = 409, body = crate::error::ErrorBody),
              (status = 413, body = crate::error::ErrorBody), (status = 415, body = crate::error::ErrorBody)))]
pub async fn upload(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(reference): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<AdminView>, ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let Some(ext) = results::extension_of(&content_type) else {
        return Err(ApiError::UnsupportedMediaType);
    };
    let max = state.config.result_max_bytes;
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > max) {
        return Err(ApiError::PayloadTooLarge);
    }
    let mut writer = Writer::create(&state.config.results_folder(), max)
        .await
        .map_err(requests::OpError::from)?;
    let mut body = body;
    // The first bytes, to recognise `{"no_data": true}`.
    let mut head: Vec<u8> = Vec::new();
    while let Some(frame) = body.frame().await {
        let frame = match frame {
            Ok(f) => f,
            Err(_) => {
                writer.abort().await;
                return Err(ApiError::BadRequest(
                    "bad_body",
                    "the body could not be read".into(),
                ));
            }
        };
        if let Ok(data) = frame.into_data() {
            if head.len() as u64 <= NO_DATA_MAX {
                head.extend_from_slice(&data[..data.len().min(NO_DATA_MAX as usize + 1)]);
            }
            writer.push(&data).await.map_err(|e| match e {
                UploadError::TooLarge(_) => ApiError::PayloadTooLarge,
                other => requests::OpError::from(other).into(),
            })?;
        }
    }
    let written = writer.finish().await.map_err(requests::OpError::from)?;
    let no_data = ext == "json"
        && written.size <= NO_DATA_MAX
        && serde_json::from_slice::<serde_json::Value>(&head)
            .is_ok_and(|v| v == serde_json::json!({"no_data": true}));
    let attachment = if no_data {
        let _ = tokio::fs::remove_file(&written.path).await;
        Attachment::NoData
    } else {
        Attachment::File(written, content_type)
    };
    Ok(Json(
        requests::attach_result(&state, &reference, attachment, &actor.label()).await?,
    ))
}

/// Mails the requester a new download link for the result (while its file is kept).
#[utoipa::path(post, path = "/v1/admin/requests/{reference}/result/link", tag = "admin",
    params(("reference" = String, Path)), security(("bearer" = [])),
    responses((status = 200, body = AdminView), (status = 409, body = crate::error::ErrorBody)))]
pub async fn new_link(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(reference): Path<String>,
) -> Result<Json<AdminView>, ApiError> {
    Ok(Json(
        requests::renew_result_link(&state, &reference, &actor.label()).await?,
    ))
}

/// The requester's download of the result: the file, as an attachment; `410` once the link
/// expired (the file is then deleted), `404` for an unknown token. Every download is audited.
#[utoipa::path(get, path = "/v1/results/{token}", tag = "requests",
    params(("token" = String, Path, description = "The token from the completion mail")),
    responses((status = 200, description = "The result file"), (status = 404, body = crate::error::ErrorBody),
              (status = 410, body = crate::error::ErrorBody)))]
pub async fn download(
    State(state): State<AppState>,
    Path(token): Path<String>,
    req: Request<Body>,
) -> Result<Response, ApiError> {
    let (result, path) = requests::download(&state, &token).await?;
    let ext = result
        .content_type
        .as_deref()
        .and_then(results::extension_of)
        .unwrap_or("bin");
    // Streams the file from disk (never whole in memory).
    let mut resp = tower_http::services::ServeFile::new(&path)
        .oneshot(req)
        .await
        .map_err(|_| ApiError::Internal)?
        .into_response();
    if resp.status() == StatusCode::NOT_FOUND {
        tracing::error!(reference = %result.reference, "result file missing on disk");
        return Err(ApiError::Internal);
    }
    let h = resp.headers_mut();
    if let Some(ct) = result
        .content_type
        .as_deref()
        .and_then(|c| HeaderValue::from_str(c).ok())
    {
        h.insert(header::CONTENT_TYPE, ct);
    }
    if let Ok(v) = HeaderValue::from_str(&format!(
        "attachment; filename=\"{}-result.{ext}\"",
        result.reference
    )) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(resp)
}
