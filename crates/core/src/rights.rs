//! The data-subject request form, without the browser: what the person typed ([`Form`]), how it
//! becomes a `glassbox.request/v1` [`Request`], which form field each validation error belongs
//! to and its localized message, the receiver's acknowledgement ([`Receipt`]) and its
//! downloadable text, the `mailto:` fallback, the outbox kept in browser storage, and the retry
//! backoff.
//!
//! The rules themselves are [`Request::validate`]: the same code runs in the widget and in the
//! receiver.

use crate::i18n::{tr, Lang, Overrides, RightsMsg};
use crate::request::{
    AccessDetails, Context, Details, ErasureDetails, ErrorCode, FieldError, HumanReviewDetails,
    Kind, ObjectionDetails, PortabilityDetails, RectificationDetails, Request, Requester,
    RestrictionDetails, SCHEMA,
};
use crate::url::SafeUrl;
use serde::{Deserialize, Serialize};

/// The `localStorage` key of the outbox.
pub const OUTBOX_KEY: &str = "glassbox.outbox";

/// A text field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The requester's email (required).
    Email,
    /// The requester's name.
    Name,
    /// Access: scope.
    AccessScope,
    /// Access: preferred format.
    AccessFormat,
    /// Rectification: what is wrong.
    RectificationWrong,
    /// Rectification: the correct value.
    RectificationCorrect,
    /// Erasure: ground.
    ErasureGround,
    /// Objection: the purpose objected to.
    ObjectionPurpose,
    /// Objection: the person's particular situation (Art. 21(1)).
    ObjectionSituation,
    /// Restriction: ground.
    RestrictionGround,
    /// Portability: format.
    PortabilityFormat,
    /// Human review: decision reference.
    ReviewDecision,
    /// Human review: point of view.
    ReviewView,
}

impl Field {
    /// Every text field.
    pub const ALL: [Field; 13] = [
        Field::Email,
        Field::Name,
        Field::AccessScope,
        Field::AccessFormat,
        Field::RectificationWrong,
        Field::RectificationCorrect,
        Field::ErasureGround,
        Field::ObjectionPurpose,
        Field::ObjectionSituation,
        Field::RestrictionGround,
        Field::PortabilityFormat,
        Field::ReviewDecision,
        Field::ReviewView,
    ];

    /// The path of this field in `glassbox.request/v1` (as in [`FieldError::field`]).
    pub fn path(self) -> &'static str {
        match self {
            Field::Email => "requester.email",
            Field::Name => "requester.name",
            Field::AccessScope => "details.access.scope",
            Field::AccessFormat => "details.access.format",
            Field::RectificationWrong => "details.rectification.what_is_wrong",
            Field::RectificationCorrect => "details.rectification.correct_value",
            Field::ErasureGround => "details.erasure.ground",
            Field::ObjectionPurpose => "details.objection.purpose",
            Field::ObjectionSituation => "details.objection.particular_situation",
            Field::RestrictionGround => "details.restriction.ground",
            Field::PortabilityFormat => "details.portability.format",
            Field::ReviewDecision => "details.human-review.decision_ref",
            Field::ReviewView => "details.human-review.point_of_view",
        }
    }

    /// The HTML id of the input (unique inside one shadow root).
    pub fn id(self) -> &'static str {
        match self {
            Field::Email => "gb-email",
            Field::Name => "gb-name",
            Field::AccessScope => "gb-access-scope",
            Field::AccessFormat => "gb-access-format",
            Field::RectificationWrong => "gb-rectification-wrong",
            Field::RectificationCorrect => "gb-rectification-correct",
            Field::ErasureGround => "gb-erasure-ground",
            Field::ObjectionPurpose => "gb-objection-purpose",
            Field::ObjectionSituation => "gb-objection-situation",
            Field::RestrictionGround => "gb-restriction-ground",
            Field::PortabilityFormat => "gb-portability-format",
            Field::ReviewDecision => "gb-review-decision",
            Field::ReviewView => "gb-review-view",
        }
    }

    /// Whether the field is a multi-line text.
    pub fn multiline(self) -> bool {
        !matches!(
            self,
            Field::Email
                | Field::Name
                | Field::AccessFormat
                | Field::PortabilityFormat
                | Field::ReviewDecision
        )
    }

    /// The kind this field belongs to (`None` for the requester's fields).
    pub fn kind(self) -> Option<Kind> {
        match self {
            Field::Email | Field::Name => None,
            Field::AccessScope | Field::AccessFormat => Some(Kind::Access),
            Field::RectificationWrong | Field::RectificationCorrect => Some(Kind::Rectification),
            Field::ErasureGround => Some(Kind::Erasure),
            Field::ObjectionPurpose | Field::ObjectionSituation => Some(Kind::Objection),
            Field::RestrictionGround => Some(Kind::Restriction),
            Field::PortabilityFormat => Some(Kind::Portability),
            Field::ReviewDecision | Field::ReviewView => Some(Kind::HumanReview),
        }
    }

    /// The fields of `kind`, in display order.
    pub fn of(kind: Kind) -> Vec<Field> {
        Field::ALL
            .into_iter()
            .filter(|f| f.kind() == Some(kind))
            .collect()
    }

    /// The label of the field.
    pub fn label(self) -> RightsMsg {
        match self {
            Field::Email => RightsMsg::RightsEmail,
            Field::Name => RightsMsg::RightsName,
            Field::AccessScope => RightsMsg::RightsAccessScope,
            Field::AccessFormat => RightsMsg::RightsAccessFormat,
            Field::RectificationWrong => RightsMsg::RightsRectificationWrong,
            Field::RectificationCorrect => RightsMsg::RightsRectificationCorrect,
            Field::ErasureGround => RightsMsg::RightsErasureGround,
            Field::ObjectionPurpose => RightsMsg::RightsObjectionPurpose,
            Field::ObjectionSituation => RightsMsg::RightsObjectionSituation,
            Field::RestrictionGround => RightsMsg::RightsRestrictionGround,
            Field::PortabilityFormat => RightsMsg::RightsPortabilityFormat,
            Field::ReviewDecision => RightsMsg::RightsReviewDecision,
            Field::ReviewView => RightsMsg::RightsReviewView,
        }
    }

    /// The hint under the field's label, if it has one.
    pub fn hint(self) -> Option<RightsMsg> {
        match self {
            Field::Email => Some(RightsMsg::RightsEmailHint),
            Field::ObjectionSituation => Some(RightsMsg::RightsObjectionSituationHint),
            _ => None,
        }
    }

    /// The longest value the rules accept, in characters.
    pub fn max(self) -> usize {
        use crate::request::{MAX_EMAIL, MAX_SHORT, MAX_TEXT};
        match self {
            Field::Email => MAX_EMAIL,
            f if f.multiline() => MAX_TEXT,
            _ => MAX_SHORT,
        }
    }

    /// The field a payload path belongs to.
    pub fn from_path(path: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.path() == path)
    }
}

/// Where an error is shown: next to a text field, or at the choice of rights.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// The kinds fieldset.
    Kinds,
    /// A text field.
    Field(Field),
}

impl Target {
    /// Where `error` belongs; `None` for problems the person cannot fix (a client bug).
    pub fn of(error: &FieldError) -> Option<Target> {
        if error.field == "kinds" || error.field.starts_with("kinds[") {
            return Some(Target::Kinds);
        }
        Field::from_path(&error.field).map(Target::Field)
    }

    /// The HTML id of the element the message belongs to.
    pub fn id(self) -> &'static str {
        match self {
            Target::Kinds => "gb-kinds",
            Target::Field(f) => f.id(),
        }
    }
}

/// The localized message for an error shown at `target`.
pub fn error_message(lang: Lang, error: &FieldError, overrides: &Overrides) -> String {
    let t = |msg: RightsMsg, args: &[(&str, &str)]| tr(lang, msg, args, overrides);
    let target = Target::of(error);
    match (target, error.code) {
        (Some(Target::Kinds), _) => t(RightsMsg::RightsErrorKinds, &[]),
        (Some(Target::Field(Field::Email)), ErrorCode::Required) => {
            t(RightsMsg::RightsErrorEmailRequired, &[])
        }
        (Some(Target::Field(Field::Email)), ErrorCode::Invalid) => {
            t(RightsMsg::RightsErrorEmailInvalid, &[])
        }
        (_, ErrorCode::TooLong) => {
            let max = error.max.unwrap_or_default().to_string();
            t(RightsMsg::RightsErrorTooLong, &[("max", &max)])
        }
        _ => t(RightsMsg::RightsErrorInvalid, &[]),
    }
}

/// The short name of a right, for lists ("access, erasure").
pub fn kind_name(kind: Kind) -> RightsMsg {
    match kind {
        Kind::Access => RightsMsg::RightsShortAccess,
        Kind::Rectification => RightsMsg::RightsShortRectification,
        Kind::Erasure => RightsMsg::RightsShortErasure,
        Kind::Objection => RightsMsg::RightsShortObjection,
        Kind::Restriction => RightsMsg::RightsShortRestriction,
        Kind::Portability => RightsMsg::RightsShortPortability,
        Kind::HumanReview => RightsMsg::RightsShortHumanReview,
    }
}

/// The checkbox label of a right.
pub fn kind_label(kind: Kind) -> RightsMsg {
    match kind {
        Kind::Access => RightsMsg::RightsKindAccess,
        Kind::Rectification => RightsMsg::RightsKindRectification,
        Kind::Erasure => RightsMsg::RightsKindErasure,
        Kind::Objection => RightsMsg::RightsKindObjection,
        Kind::Restriction => RightsMsg::RightsKindRestriction,
        Kind::Portability => RightsMsg::RightsKindPortability,
        Kind::HumanReview => RightsMsg::RightsKindHumanReview,
    }
}

fn kinds_text(kinds: &[Kind], lang: Lang, overrides: &Overrides) -> String {
    kinds
        .iter()
        .map(|k| tr(lang, kind_name(*k), &[], overrides))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What the person typed and chose. Blank text is "not given".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Form {
    /// The rights chosen, in the order offered.
    pub kinds: Vec<Kind>,
    /// Text fields by field.
    pub values: Vec<(Field, String)>,
    /// Objection to direct marketing (Art. 21(2)–(3)): one step, no justification.
    pub direct_marketing: bool,
    /// Where the request comes from (page, system, decision, explanation snapshot).
    pub context: Context,
}

impl Form {
    /// The value of `field` as typed (empty when never typed).
    pub fn get(&self, field: Field) -> &str {
        self.values
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    /// Sets `field` to `value`.
    pub fn set(&mut self, field: Field, value: impl Into<String>) {
        let value = value.into();
        match self.values.iter_mut().find(|(f, _)| *f == field) {
            Some(slot) => slot.1 = value,
            None => self.values.push((field, value)),
        }
    }

    /// Chooses or un-chooses a right, keeping the order of `offered`.
    pub fn toggle(&mut self, kind: Kind, on: bool, offered: &[Kind]) {
        self.kinds.retain(|k| *k != kind);
        if on {
            self.kinds.push(kind);
            self.kinds
                .sort_by_key(|k| offered.iter().position(|o| o == k).unwrap_or(usize::MAX));
        }
    }

    fn text(&self, field: Field) -> Option<String> {
        let v = self.get(field).trim();
        (!v.is_empty()).then(|| v.to_string())
    }

    /// The payload for this form. Details are given only for chosen kinds, and only when a
    /// field of theirs was filled in.
    pub fn to_request(&self, id: &str, submitted_at: &str, lang: Lang) -> Request {
        let chosen = |k: Kind| self.kinds.contains(&k);
        let some = |x: bool| x.then_some(());
        let t = |f: Field| self.text(f);
        let details = Details {
            access: some(chosen(Kind::Access))
                .map(|_| AccessDetails {
                    scope: t(Field::AccessScope),
                    format: t(Field::AccessFormat),
                })
                .filter(|d| d != &AccessDetails::default()),
            rectification: some(chosen(Kind::Rectification))
                .map(|_| RectificationDetails {
                    what_is_wrong: t(Field::RectificationWrong),
                    correct_value: t(Field::RectificationCorrect),
                })
                .filter(|d| d != &RectificationDetails::default()),
            erasure: some(chosen(Kind::Erasure))
                .map(|_| ErasureDetails {
                    ground: t(Field::ErasureGround),
                })
                .filter(|d| d != &ErasureDetails::default()),
            objection: some(chosen(Kind::Objection))
                .map(|_| ObjectionDetails {
                    purpose: t(Field::ObjectionPurpose),
                    particular_situation: t(Field::ObjectionSituation),
                    direct_marketing: self.direct_marketing,
                })
                .filter(|d| d != &ObjectionDetails::default()),
            restriction: some(chosen(Kind::Restriction))
                .map(|_| RestrictionDetails {
                    ground: t(Field::RestrictionGround),
                })
                .filter(|d| d != &RestrictionDetails::default()),
            portability: some(chosen(Kind::Portability))
                .map(|_| PortabilityDetails {
                    format: t(Field::PortabilityFormat),
                })
                .filter(|d| d != &PortabilityDetails::default()),
            human_review: some(chosen(Kind::HumanReview))
                .map(|_| HumanReviewDetails {
                    decision_ref: t(Field::ReviewDecision),
                    point_of_view: t(Field::ReviewView),
                })
                .filter(|d| d != &HumanReviewDetails::default()),
        };
        let mut context = self.context.clone();
        context.page = context.page.as_deref().map(page_without_query);
        if !chosen(Kind::HumanReview) {
            context.decision_ref = None;
            context.explanation = None;
        }
        Request {
            schema: SCHEMA.to_string(),
            id: id.to_string(),
            kinds: self.kinds.clone(),
            submitted_at: submitted_at.to_string(),
            lang: Some(lang.tag().to_string()),
            requester: Requester {
                email: self.get(Field::Email).trim().to_string(),
                name: t(Field::Name),
            },
            details,
            context,
        }
    }

    /// The problems the person can fix, in the order of the form (rights first); empty when
    /// the form can be sent. The same rules as the receiver's ([`Request::validate`]).
    pub fn errors(&self, lang: Lang) -> Vec<FieldError> {
        let probe = self.to_request(
            "00000000-0000-4000-8000-000000000000",
            "2000-01-01T00:00:00Z",
            lang,
        );
        let mut errors: Vec<FieldError> = probe
            .validate()
            .err()
            .unwrap_or_default()
            .into_iter()
            .filter(|e| Target::of(e).is_some())
            .collect();
        errors.sort_by_key(|e| order(Target::of(e)));
        errors.dedup_by_key(|e| Target::of(e));
        errors
    }
}

fn order(target: Option<Target>) -> usize {
    match target {
        Some(Target::Kinds) => 0,
        Some(Target::Field(f)) => 1 + Field::ALL.iter().position(|x| *x == f).unwrap_or(99),
        None => 999,
    }
}

/// The receiver's acknowledgement (`201`/`200` body of `POST /v1/requests`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    /// The controller's reference.
    pub reference: String,
    /// When the receiver committed the request (RFC 3339).
    pub received_at: String,
    /// The due date, `YYYY-MM-DD` (GDPR Art. 12(3)).
    pub due_by: String,
    /// Where the person can follow the request, when the receiver offers it.
    #[serde(default)]
    pub status_url: Option<String>,
}

impl Receipt {
    /// The receipt with a `status_url` the page may link to: only an absolute `http:` or
    /// `https:` URL is kept. A hostile or compromised endpoint answering `javascript:…` (or
    /// anything else) loses the link, and the second value says why, for the console.
    pub fn checked(mut self) -> (Receipt, Option<String>) {
        let problem = self.status_url.as_deref().and_then(|raw| {
            SafeUrl::parse_web(raw).err().map(|e| {
                format!(
                    "the endpoint's status_url {raw:?} is not a usable link: {e}; it is left out"
                )
            })
        });
        if problem.is_some() {
            self.status_url = None;
        }
        (self, problem)
    }
}

/// A page address without its query and fragment, where tokens and personal data often live
/// (`https://shop.example/account?session=…#reset=…` → `https://shop.example/account`): what
/// `context.page` carries.
pub fn page_without_query(url: &str) -> String {
    let end = url.find(['?', '#']).unwrap_or(url.len());
    url[..end].to_string()
}

/// The `422` body of the receiver: the field errors.
#[derive(Clone, Debug, Deserialize)]
pub struct Rejection {
    /// The problems, by field.
    #[serde(default)]
    pub fields: Vec<FieldError>,
}

/// "2026-11-29T10:15:00Z" → "2026-11-29 10:15 UTC" (the receiver answers in UTC).
pub fn readable_time(rfc3339: &str) -> String {
    match (rfc3339.get(..10), rfc3339.get(11..16)) {
        (Some(d), Some(t)) if rfc3339.ends_with('Z') => format!("{d} {t} UTC"),
        (Some(d), Some(t)) => format!("{d} {t} {}", rfc3339.get(19..).unwrap_or("")),
        _ => rfc3339.to_string(),
    }
}

/// The name to use for the controller in sentences.
pub fn controller_name(controller: Option<&str>, lang: Lang, overrides: &Overrides) -> String {
    controller
        .map(str::to_string)
        .unwrap_or_else(|| tr(lang, RightsMsg::RightsControllerUnknown, &[], overrides))
}

/// The text of the downloadable receipt.
pub fn receipt_text(
    lang: Lang,
    request: &Request,
    receipt: &Receipt,
    controller: Option<&str>,
    overrides: &Overrides,
) -> String {
    let t = |msg: RightsMsg, args: &[(&str, &str)]| tr(lang, msg, args, overrides);
    let controller = controller_name(controller, lang, overrides);
    let kinds = kinds_text(&request.kinds, lang, overrides);
    let mut lines = vec![
        t(RightsMsg::RightsReceiptTitle, &[]),
        controller,
        String::new(),
        t(
            RightsMsg::RightsReference,
            &[("reference", &receipt.reference)],
        ),
        t(
            RightsMsg::RightsReceivedAt,
            &[("time", &readable_time(&receipt.received_at))],
        ),
        t(RightsMsg::RightsDueBy, &[("date", &receipt.due_by)]),
        t(RightsMsg::RightsReceiptKinds, &[("kinds", &kinds)]),
        t(RightsMsg::RightsReceiptId, &[("id", &request.id)]),
    ];
    if let Some(url) = &receipt.status_url {
        lines.push(format!("{}: {url}", t(RightsMsg::RightsStatusLink, &[])));
    }
    lines.join("\r\n") + "\r\n"
}

/// Percent-encodes `s` for a `mailto:` URL (RFC 6068): everything but unreserved characters.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A `mailto:` link to `contact` with a structured subject and body, for sites without an
/// endpoint.
pub fn mailto(contact: &str, request: &Request, lang: Lang, overrides: &Overrides) -> String {
    let t = |msg: RightsMsg, args: &[(&str, &str)]| tr(lang, msg, args, overrides);
    let kinds = kinds_text(&request.kinds, lang, overrides);
    let subject = t(RightsMsg::RightsMailSubject, &[("kinds", &kinds)]);
    let mut body = vec![
        t(RightsMsg::RightsMailIntro, &[("kinds", &kinds)]),
        String::new(),
        t(
            RightsMsg::RightsMailEmail,
            &[("email", &request.requester.email)],
        ),
    ];
    if let Some(name) = &request.requester.name {
        body.push(t(RightsMsg::RightsMailName, &[("name", name)]));
    }
    for kind in &request.kinds {
        let fields: Vec<(Field, String)> = Field::of(*kind)
            .into_iter()
            .filter_map(|f| {
                detail_value(request, f)
                    .filter(|v| !v.is_empty())
                    .map(|v| (f, v))
            })
            .collect();
        let marketing = *kind == Kind::Objection
            && request
                .details
                .objection
                .as_ref()
                .is_some_and(|o| o.direct_marketing);
        if fields.is_empty() && !marketing {
            continue;
        }
        body.push(String::new());
        body.push(format!("[{}]", t(kind_name(*kind), &[])));
        if marketing {
            body.push(t(RightsMsg::RightsObjectionMarketing, &[]));
        }
        for (f, v) in fields {
            body.push(format!("{}: {v}", t(f.label(), &[])));
        }
    }
    if let Some(page) = &request.context.page {
        body.push(String::new());
        body.push(page.clone());
    }
    body.push(String::new());
    body.push(t(RightsMsg::RightsReceiptId, &[("id", &request.id)]));
    format!(
        "mailto:{}?subject={}&body={}",
        percent_encode(contact).replace("%40", "@"),
        percent_encode(&subject),
        percent_encode(&body.join("\r\n"))
    )
}

fn detail_value(r: &Request, f: Field) -> Option<String> {
    let d = &r.details;
    match f {
        Field::Email => Some(r.requester.email.clone()),
        Field::Name => r.requester.name.clone(),
        Field::AccessScope => d.access.as_ref()?.scope.clone(),
        Field::AccessFormat => d.access.as_ref()?.format.clone(),
        Field::RectificationWrong => d.rectification.as_ref()?.what_is_wrong.clone(),
        Field::RectificationCorrect => d.rectification.as_ref()?.correct_value.clone(),
        Field::ErasureGround => d.erasure.as_ref()?.ground.clone(),
        Field::ObjectionPurpose => d.objection.as_ref()?.purpose.clone(),
        Field::ObjectionSituation => d.objection.as_ref()?.particular_situation.clone(),
        Field::RestrictionGround => d.restriction.as_ref()?.ground.clone(),
        Field::PortabilityFormat => d.portability.as_ref()?.format.clone(),
        Field::ReviewDecision => d.human_review.as_ref()?.decision_ref.clone(),
        Field::ReviewView => d.human_review.as_ref()?.point_of_view.clone(),
    }
}

/// Requests waiting to be delivered, as kept in `localStorage` under [`OUTBOX_KEY`]. Each
/// keeps its id, so a retry (from any tab) is the same request to the receiver.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Outbox {
    /// The waiting requests, oldest first.
    pub requests: Vec<OutboxEntry>,
}

/// One waiting request and where to send it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutboxEntry {
    /// The `data-endpoint` it was meant for.
    pub endpoint: String,
    /// The payload, unchanged since the person pressed "send".
    pub request: Request,
    /// When it was queued, in milliseconds since the Unix epoch (`Date.now()`). Entries written
    /// before this field existed get the time they are first read again.
    #[serde(default)]
    pub queued_at: Option<f64>,
}

/// How long a request may wait in the outbox: 7 days. The outbox holds personal data in the
/// browser; after a week the person is better served by writing again than by a late delivery.
pub const OUTBOX_MAX_AGE_MS: f64 = 7.0 * 24.0 * 60.0 * 60.0 * 1000.0;

/// How many requests the outbox holds at most.
pub const OUTBOX_MAX_ENTRIES: usize = 20;

/// Why a request could not be queued.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OutboxError {
    /// [`OUTBOX_MAX_ENTRIES`] requests already wait.
    #[error("the outbox already holds {OUTBOX_MAX_ENTRIES} requests waiting to be sent")]
    Full,
}

impl Outbox {
    /// Reads the stored JSON; anything unreadable counts as empty (never lose the page over it).
    pub fn from_json(text: Option<&str>) -> Outbox {
        text.and_then(|t| serde_json::from_str(t).ok())
            .unwrap_or_default()
    }

    /// The JSON to store.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{\"requests\":[]}".into())
    }

    /// Adds a request unless one with its id is already waiting. A full outbox refuses the new
    /// request (the person is told it was not sent) rather than silently dropping an older one.
    pub fn add(
        &mut self,
        endpoint: &str,
        request: &Request,
        now_ms: f64,
    ) -> Result<(), OutboxError> {
        if self.requests.iter().any(|e| e.request.id == request.id) {
            return Ok(());
        }
        if self.requests.len() >= OUTBOX_MAX_ENTRIES {
            return Err(OutboxError::Full);
        }
        self.requests.push(OutboxEntry {
            endpoint: endpoint.to_string(),
            request: request.clone(),
            queued_at: Some(now_ms),
        });
        Ok(())
    }

    /// Removes the entries queued more than [`OUTBOX_MAX_AGE_MS`] before `now_ms` and returns
    /// them; stamps entries without a time with `now_ms`. Returns whether anything changed, so the
    /// caller writes the outbox back only then.
    pub fn expire(&mut self, now_ms: f64) -> (Vec<OutboxEntry>, bool) {
        let mut changed = false;
        for e in self.requests.iter_mut().filter(|e| e.queued_at.is_none()) {
            e.queued_at = Some(now_ms);
            changed = true;
        }
        let (expired, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut self.requests)
            .into_iter()
            .partition(|e| now_ms - e.queued_at.unwrap_or(now_ms) > OUTBOX_MAX_AGE_MS);
        self.requests = kept;
        changed |= !expired.is_empty();
        (expired, changed)
    }

    /// Removes the request with `id`; returns whether it was there.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.requests.len();
        self.requests.retain(|e| e.request.id != id);
        before != self.requests.len()
    }
}

/// A version-4 UUID (RFC 9562) from 16 bytes of the browser's cryptographic generator
/// (`crypto.getRandomValues`): the request id where `crypto.randomUUID` is missing (a page
/// served over plain http).
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

/// Milliseconds to wait before retry number `attempt` (0-based): 2 s, 4 s, 8 s, … up to 2 min.
pub fn retry_delay_ms(attempt: u32) -> u32 {
    2_000u32.saturating_mul(1 << attempt.min(6)).min(120_000)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::parse;

    const ID: &str = "9b2f0a4e-3c1d-4e5f-8a6b-7c8d9e0f1a2b";
    const AT: &str = "2026-11-29T10:00:00Z";

    fn form(kinds: &[Kind]) -> Form {
        let mut f = Form {
            kinds: kinds.to_vec(),
            ..Form::default()
        };
        f.set(Field::Email, " ada@example.com ");
        f
    }

    #[test]
    fn only_kinds_and_email_are_required() {
        assert!(form(&[Kind::Access]).errors(Lang::En).is_empty());
        let mut empty = Form::default();
        let errors = empty.errors(Lang::En);
        let targets: Vec<_> = errors.iter().filter_map(Target::of).collect();
        assert_eq!(
            targets,
            vec![Target::Kinds, Target::Field(Field::Email)],
            "rights first, then the email"
        );
        empty.set(Field::Email, "not-an-email");
        empty.toggle(Kind::Erasure, true, &Kind::ALL);
        let errors = empty.errors(Lang::En);
        assert_eq!(errors.len(), 1);
        assert_eq!(
            error_message(Lang::En, &errors[0], &Overrides::default()),
            "Enter an email address like name@example.com."
        );
        assert_eq!(
            error_message(Lang::Fr, &errors[0], &Overrides::default()),
            "Saisissez une adresse électronique comme nom@exemple.fr."
        );
    }

    #[test]
    fn every_length_is_limited_with_a_localized_message() {
        for field in Field::ALL.into_iter().filter(|f| *f != Field::Email) {
            let mut f = form(&Kind::ALL);
            f.set(field, "x".repeat(field.max() + 1));
            let errors = f.errors(Lang::En);
            assert_eq!(errors.len(), 1, "{field:?}");
            assert_eq!(Target::of(&errors[0]), Some(Target::Field(field)));
            assert_eq!(
                error_message(Lang::En, &errors[0], &Overrides::default()),
                format!("This text is too long: at most {} characters.", field.max())
            );
            f.set(field, "x".repeat(field.max()));
            assert!(f.errors(Lang::En).is_empty(), "{field:?} at its limit");
        }
    }

    #[test]
    fn an_objection_carries_the_particular_situation_when_given() {
        let mut f = form(&[Kind::Objection]);
        f.set(Field::ObjectionPurpose, "profiling for credit offers");
        f.set(
            Field::ObjectionSituation,
            "  I am a carer and the offers cause me distress.  ",
        );
        let r = f.to_request(ID, AT, Lang::En);
        let o = r.details.objection.as_ref().unwrap();
        assert_eq!(
            o.particular_situation.as_deref(),
            Some("I am a carer and the offers cause me distress.")
        );
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(
            json["details"]["objection"]["particular_situation"],
            "I am a carer and the offers cause me distress."
        );
        assert_eq!(r.validate(), Ok(()));
        // The email fallback carries it too, under its label.
        let link = mailto("privacy@example.com", &r, Lang::En, &Overrides::default());
        assert!(
            link.contains(&percent_encode(
                "Your particular situation (optional): I am a carer and the offers cause me distress."
            )),
            "{link}"
        );
        // Optional: an objection without it is complete, and the payload leaves it out.
        let mut f = form(&[Kind::Objection]);
        f.set(Field::ObjectionPurpose, "profiling");
        let json = serde_json::to_value(f.to_request(ID, AT, Lang::En)).unwrap();
        assert!(json["details"]["objection"]
            .get("particular_situation")
            .is_none());
        assert_eq!(
            Field::of(Kind::Objection),
            [Field::ObjectionPurpose, Field::ObjectionSituation]
        );
        assert_eq!(
            Field::from_path("details.objection.particular_situation"),
            Some(Field::ObjectionSituation)
        );
    }

    #[test]
    fn details_only_for_chosen_kinds_and_filled_fields() {
        let mut f = form(&[Kind::Rectification, Kind::Objection]);
        f.set(Field::RectificationWrong, "my address");
        f.set(Field::RectificationCorrect, "1 Rue Exemple");
        f.set(Field::ErasureGround, "typed, then un-chosen");
        f.direct_marketing = true;
        f.context.decision_ref = Some("LN-1".into());
        let r = f.to_request(ID, AT, Lang::Fr);
        assert_eq!(r.requester.email, "ada@example.com");
        assert_eq!(r.requester.name, None);
        assert_eq!(r.lang.as_deref(), Some("fr"));
        assert!(r.details.erasure.is_none());
        assert_eq!(
            r.details
                .rectification
                .as_ref()
                .unwrap()
                .correct_value
                .as_deref(),
            Some("1 Rue Exemple")
        );
        let o = r.details.objection.as_ref().unwrap();
        assert!(o.direct_marketing && o.purpose.is_none());
        assert_eq!(
            r.context.decision_ref, None,
            "only a review carries the decision"
        );
        assert!(r.validate().is_ok());
    }

    #[test]
    fn payload_round_trips_through_json_and_the_receivers_parser() {
        let mut f = form(&Kind::ALL);
        for (i, field) in Field::ALL.into_iter().enumerate().skip(1) {
            f.set(field, format!("value {i} « é »\nline"));
        }
        f.set(Field::ReviewDecision, "LN-2026-0042");
        f.direct_marketing = true;
        f.context = Context {
            page: Some("https://example.com/loan".into()),
            system: Some("CreditScore".into()),
            decision_ref: Some("LN-2026-0042".into()),
            explanation: Some(serde_json::json!({"decision": "declined"})),
        };
        let r = f.to_request(ID, AT, Lang::En);
        let json = serde_json::to_vec(&r).unwrap();
        assert_eq!(parse(&json), Ok(r.clone()));
        let value: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(value["schema"], "glassbox.request/v1");
        assert_eq!(value["kinds"][6], "human-review");
        assert_eq!(
            value["details"]["human-review"]["decision_ref"],
            "LN-2026-0042"
        );
    }

    #[test]
    fn server_errors_map_to_fields() {
        let e = FieldError::new("details.access.scope", ErrorCode::Invalid);
        assert_eq!(Target::of(&e), Some(Target::Field(Field::AccessScope)));
        assert_eq!(
            Target::of(&FieldError::new("kinds[1]", ErrorCode::Duplicate)),
            Some(Target::Kinds)
        );
        assert_eq!(Target::of(&FieldError::new("id", ErrorCode::Invalid)), None);
        let body = r#"{"error":"invalid_request","fields":[{"field":"requester.email","code":"invalid"}]}"#;
        let rejection: Rejection = serde_json::from_str(body).unwrap();
        assert_eq!(rejection.fields[0].code, ErrorCode::Invalid);
    }

    #[test]
    fn receipt_names_reference_times_and_due_date() {
        let r = form(&[Kind::Access, Kind::Erasure]).to_request(ID, AT, Lang::En);
        let receipt = Receipt {
            reference: "GB-2026-000123".into(),
            received_at: "2026-01-31T09:05:00Z".into(),
            due_by: "2026-02-28".into(),
            status_url: Some("https://example.com/v1/status/abc".into()),
        };
        let text = receipt_text(
            Lang::En,
            &r,
            &receipt,
            Some("Example Bank SA"),
            &Overrides::default(),
        );
        assert!(text.contains("Reference: GB-2026-000123"));
        assert!(text.contains("Received: 2026-01-31 09:05 UTC"));
        assert!(text.contains("Answer due by 2026-02-28 at the latest"));
        assert!(text.contains("Rights exercised: access, erasure"));
        assert!(text.contains(ID));
        assert!(text.contains("https://example.com/v1/status/abc"));
        let fr = receipt_text(Lang::Fr, &r, &receipt, None, &Overrides::default());
        assert!(fr.contains("droit d'accès, droit à l'effacement"));
    }

    #[test]
    fn mailto_is_structured_and_encoded() {
        let mut f = form(&[Kind::Objection, Kind::Rectification]);
        f.direct_marketing = true;
        f.set(Field::RectificationCorrect, "Zoë & co?");
        f.toggle(
            Kind::Rectification,
            true,
            &[Kind::Rectification, Kind::Objection],
        );
        let r = f.to_request(ID, AT, Lang::En);
        let link = mailto("privacy@example.com", &r, Lang::En, &Overrides::default());
        assert!(link.starts_with("mailto:privacy@example.com?subject=Data%20protection%20request%3A%20rectification%2C%20objection&body="));
        assert!(link.contains("Zo%C3%AB%20%26%20co%3F"));
        assert!(link.contains("direct%20marketing"));
        assert!(!link.contains(' ') && !link.contains('\n'));
    }

    #[test]
    fn outbox_keeps_one_entry_per_id_and_survives_garbage() {
        let r = form(&[Kind::Access]).to_request(ID, AT, Lang::En);
        let mut o = Outbox::from_json(Some("not json"));
        assert!(o.requests.is_empty());
        assert_eq!(o.add("https://example.com/v1/requests", &r, 1.0), Ok(()));
        assert_eq!(o.add("https://example.com/v1/requests", &r, 2.0), Ok(()));
        assert_eq!(o.requests.len(), 1);
        assert_eq!(o.requests[0].queued_at, Some(1.0));
        let back = Outbox::from_json(Some(&o.to_json()));
        assert_eq!(back, o);
        assert!(o.remove(ID));
        assert!(!o.remove(ID));
    }

    fn request_with_id(n: usize) -> Request {
        let id = format!("9b2f0a4e-3c1d-4e5f-8a6b-{n:012}");
        form(&[Kind::Access]).to_request(&id, AT, Lang::En)
    }

    #[test]
    fn outbox_holds_at_most_twenty_and_refuses_the_next_without_dropping_any() {
        let mut o = Outbox::default();
        for n in 0..OUTBOX_MAX_ENTRIES {
            assert_eq!(
                o.add("https://e.example/r", &request_with_id(n), 0.0),
                Ok(())
            );
        }
        let extra = request_with_id(99);
        assert_eq!(
            o.add("https://e.example/r", &extra, 0.0),
            Err(OutboxError::Full)
        );
        assert_eq!(o.requests.len(), 20);
        assert!(o.requests.iter().all(|e| e.request.id != extra.id));
        // One already waiting is still "added" (same id, nothing to do), even when full.
        assert_eq!(
            o.add("https://e.example/r", &request_with_id(3), 0.0),
            Ok(())
        );
    }

    #[test]
    fn outbox_entries_expire_after_seven_days_and_old_entries_get_a_time() {
        let day = 24.0 * 3600.0 * 1000.0;
        let mut o = Outbox::default();
        o.add("https://e.example/r", &request_with_id(1), 0.0)
            .unwrap();
        o.add("https://e.example/r", &request_with_id(2), 2.0 * day)
            .unwrap();
        // Written by an older widget: no time.
        let mut old: Outbox =
            Outbox::from_json(Some(&o.to_json().replace(",\"queued_at\":0.0", "")));
        assert_eq!(old.requests[0].queued_at, None);
        let (expired, changed) = old.expire(7.0 * day + 1.0);
        assert!(
            expired.is_empty(),
            "an entry without a time is stamped, not dropped"
        );
        assert!(changed);
        assert_eq!(old.requests[0].queued_at, Some(7.0 * day + 1.0));

        let (expired, changed) = o.expire(7.0 * day);
        assert!(
            expired.is_empty() && !changed,
            "exactly 7 days is still kept"
        );
        let (expired, changed) = o.expire(7.0 * day + 1.0);
        assert!(changed);
        assert_eq!(expired.len(), 1);
        assert_eq!(expired[0].request.id, request_with_id(1).id);
        assert_eq!(o.requests.len(), 1);
    }

    #[test]
    fn status_url_only_when_it_is_a_web_page() {
        let receipt = |url: &str| Receipt {
            reference: "R-1".into(),
            received_at: AT.into(),
            due_by: "2026-12-29".into(),
            status_url: Some(url.into()),
        };
        let (ok, problem) = receipt("https://r.example/v1/status/abc").checked();
        assert_eq!(
            ok.status_url.as_deref(),
            Some("https://r.example/v1/status/abc")
        );
        assert_eq!(problem, None);
        for bad in [
            "javascript:alert(document.domain)",
            " JAVASCRIPT:x",
            "data:text/html,x",
            "/relative",
        ] {
            let (r, problem) = receipt(bad).checked();
            assert_eq!(r.status_url, None, "{bad}");
            assert!(problem.unwrap().contains("status_url"), "{bad}");
        }
    }

    #[test]
    fn context_page_has_no_query_or_fragment() {
        let mut f = form(&[Kind::Access]);
        f.context.page = Some("https://shop.example/account?session=s3cr3t&x=1#reset=tok".into());
        let r = f.to_request(ID, AT, Lang::En);
        assert_eq!(
            r.context.page.as_deref(),
            Some("https://shop.example/account")
        );
        assert_eq!(
            page_without_query("https://a.example/p#x?y"),
            "https://a.example/p"
        );
        assert_eq!(
            page_without_query("https://a.example/p"),
            "https://a.example/p"
        );
    }

    #[test]
    fn uuid_from_random_bytes_is_a_valid_v4() {
        for bytes in [[0u8; 16], [0xff; 16], *b"0123456789abcdef"] {
            let id = uuid_v4(bytes);
            assert!(crate::request::is_uuid_v4(&id), "{id}");
        }
        assert_eq!(uuid_v4([0u8; 16]), "00000000-0000-4000-8000-000000000000");
        assert_ne!(uuid_v4([1; 16]), uuid_v4([2; 16]));
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(retry_delay_ms(0), 2_000);
        assert_eq!(retry_delay_ms(1), 4_000);
        assert_eq!(retry_delay_ms(5), 64_000);
        assert_eq!(retry_delay_ms(6), 120_000);
        assert_eq!(retry_delay_ms(40), 120_000);
    }
}
