//! What the requester is told at each step, in the request's language: one composition for the
//! mail and for the status page's history, so both say the same.
//!
//! An [`Event`] is read from an audit entry (received, verified, extended, refused, completed,
//! a new confirmation link); [`compose`] turns it into a subject and paragraphs from
//! `receiver.ftl`. The mail adds its links around the paragraphs ([`mail_text`]).

use crate::audit::AuditEntry;
use crate::config::{Authority, Zone};
use crate::requests::Status;
use crate::store::{self, Record};
use glassbox_core::deadline::Date;
use glassbox_core::i18n::{tr, Overrides, ReceiverMsg};
use glassbox_core::request::Kind;
use glassbox_core::Lang;

/// A step the requester is told of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// The request was stored (the acknowledgement).
    Received,
    /// The requester's email address was confirmed.
    Verified {
        /// The due date then.
        due_by: Option<Date>,
    },
    /// Handling started (history only, no mail).
    InProgress,
    /// The deadline was extended.
    Extended {
        /// The new due date.
        due_by: Option<Date>,
        /// The controller's reasons.
        reason: String,
    },
    /// The request was refused.
    Refused {
        /// The controller's reasons.
        reason: String,
    },
    /// The request was answered.
    Completed {
        /// `file` (a download link is mailed) or `no_data`, when a result was attached.
        result: Option<String>,
        /// Each system holding personal data and how its task ended (`done`, `no_data`).
        systems: Vec<(String, String)>,
    },
    /// A new download link for the result was sent.
    ResultLink,
    /// A new confirmation link was sent.
    LinkRenewed,
    /// Personal data deleted under the retention rule (history only).
    Purged,
}

impl Event {
    /// The event an audit entry records, if the requester is told of it.
    pub fn from_audit(e: &AuditEntry) -> Option<Event> {
        let d: serde_json::Value = serde_json::from_str(&e.detail).unwrap_or_default();
        let s = |k: &str| d.get(k).and_then(|v| v.as_str()).map(str::to_string);
        let date = |k: &str| s(k).and_then(|v| v.parse().ok());
        Some(match e.action.as_str() {
            "received" => Event::Received,
            "extended" => Event::Extended {
                due_by: date("due_by"),
                reason: s("reason").unwrap_or_default(),
            },
            "verification_renewed" => Event::LinkRenewed,
            "result_link" => Event::ResultLink,
            "purged" => Event::Purged,
            "status" => match s("to").as_deref().and_then(Status::parse)? {
                Status::Verified => Event::Verified {
                    due_by: date("due_by"),
                },
                Status::InProgress => Event::InProgress,
                Status::Completed => Event::Completed {
                    result: s("result"),
                    systems: d
                        .get("systems")
                        .and_then(|v| v.as_array())
                        .map(|a| {
                            a.iter()
                                .filter_map(|x| {
                                    Some((
                                        x.get("system")?.as_str()?.to_string(),
                                        x.get("outcome")?.as_str()?.to_string(),
                                    ))
                                })
                                .collect()
                        })
                        .unwrap_or_default(),
                },
                Status::Refused => Event::Refused {
                    reason: s("reason").unwrap_or_default(),
                },
                Status::Received => return None,
            },
            _ => return None,
        })
    }

    /// Whether the requester gets a mail about it.
    pub fn is_mailed(&self) -> bool {
        !matches!(self, Event::InProgress | Event::Purged)
    }
}

/// What the messages need besides the request.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// The controller's name.
    pub controller: &'a str,
    /// The supervisory authority, when configured.
    pub authority: Option<&'a Authority>,
    /// The controller's time zone (the day of receipt).
    pub zone: &'a Zone,
    /// The operator's replacements of built-in messages.
    pub overrides: &'a Overrides,
}

/// A composed message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The mail's subject.
    pub subject: String,
    /// The text, paragraph by paragraph.
    pub paragraphs: Vec<String>,
}

/// The language of a request (its `lang`), English when absent or not one of the 24.
pub fn lang_of(tag: Option<&str>) -> Lang {
    tag.and_then(Lang::from_tag).unwrap_or(Lang::En)
}

/// One message in `lang`, with the operator's replacements (`GLASSBOX_TEMPLATES_DIR`).
pub fn t(o: &Overrides, lang: Lang, msg: ReceiverMsg, args: &[(&str, &str)]) -> String {
    tr(lang, msg, args, o)
}

/// The sentence on the right to complain to a supervisory authority (GDPR Art. 77), naming the
/// configured authority.
pub fn complaint(o: &Overrides, lang: Lang, authority: Option<&Authority>) -> String {
    match authority {
        Some(a) => t(
            o,
            lang,
            ReceiverMsg::MsgComplaintWith,
            &[("authority", &a.name), ("url", &a.url)],
        ),
        None => t(o, lang, ReceiverMsg::MsgComplaint, &[]),
    }
}

/// What a refusal tells of the complaint route and the judicial remedy (Art. 12(4), 77, 79).
pub fn complaint_notice(o: &Overrides, lang: Lang, authority: Option<&Authority>) -> String {
    format!(
        "{} {}",
        complaint(o, lang, authority),
        t(o, lang, ReceiverMsg::MsgRemedy, &[])
    )
}

/// What was done for one kind of request.
fn done(kind: Kind) -> ReceiverMsg {
    match kind {
        Kind::Access => ReceiverMsg::DoneAccess,
        Kind::Rectification => ReceiverMsg::DoneRectification,
        Kind::Erasure => ReceiverMsg::DoneErasure,
        Kind::Objection => ReceiverMsg::DoneObjection,
        Kind::Restriction => ReceiverMsg::DoneRestriction,
        Kind::Portability => ReceiverMsg::DonePortability,
        Kind::HumanReview => ReceiverMsg::DoneHumanReview,
    }
}

/// The arguments of a message naming the request, the controller and a date.
fn three<'a>(
    reference: &'a str,
    controller: &'a str,
    date: &'a str,
) -> [(&'static str, &'a str); 3] {
    [
        ("reference", reference),
        ("controller", controller),
        ("date", date),
    ]
}

/// The subject and text of `event` for the request `r`, in the request's language.
pub fn compose(event: &Event, r: &Record, ctx: &Context<'_>) -> Message {
    let lang = lang_of(r.lang.as_deref());
    let o = ctx.overrides;
    let reference = r.reference.as_str();
    let controller = ctx.controller;
    let base = [("reference", reference), ("controller", controller)];
    let say = |m: ReceiverMsg, args: &[(&str, &str)]| t(o, lang, m, args);
    let subject = |m: ReceiverMsg| t(o, lang, m, &[("reference", reference)]);
    match event {
        Event::Received => {
            let received = store::parse_time(&r.received_at)
                .map(|at| ctx.zone.date_of(at).to_string())
                .unwrap_or_else(|| r.received_at.clone());
            let due = r.original_due_by.to_string();
            Message {
                subject: subject(ReceiverMsg::MsgReceivedSubject),
                paragraphs: vec![
                    say(
                        ReceiverMsg::MsgReceived,
                        &three(reference, controller, &received),
                    ),
                    say(ReceiverMsg::MsgDue, &[("date", &due)]),
                    say(ReceiverMsg::MsgMayExtend, &[]),
                    complaint(o, lang, ctx.authority),
                ],
            }
        }
        Event::Verified { due_by } => {
            let due = due_by.unwrap_or(r.due_by).to_string();
            Message {
                subject: subject(ReceiverMsg::MsgVerifiedSubject),
                paragraphs: vec![say(
                    ReceiverMsg::MsgVerified,
                    &three(reference, controller, &due),
                )],
            }
        }
        Event::InProgress => Message {
            subject: String::new(),
            paragraphs: Vec::new(),
        },
        Event::Extended { due_by, reason } => {
            let due = due_by.unwrap_or(r.due_by).to_string();
            Message {
                subject: subject(ReceiverMsg::MsgExtendedSubject),
                paragraphs: vec![
                    say(
                        ReceiverMsg::MsgExtended,
                        &three(reference, controller, &due),
                    ),
                    say(ReceiverMsg::MsgReason, &[("reason", reason)]),
                ],
            }
        }
        Event::Refused { reason } => Message {
            subject: subject(ReceiverMsg::MsgRefusedSubject),
            paragraphs: vec![
                say(ReceiverMsg::MsgRefused, &base),
                say(ReceiverMsg::MsgReason, &[("reason", reason)]),
                complaint(o, lang, ctx.authority),
                say(ReceiverMsg::MsgRemedy, &[]),
            ],
        },
        Event::Completed { result, systems } => {
            let mut paragraphs = vec![say(ReceiverMsg::MsgCompleted, &base)];
            paragraphs.extend(
                r.kinds
                    .iter()
                    .filter_map(|k| Kind::from_wire(k))
                    .map(|k| say(done(k), &[])),
            );
            if !systems.is_empty() {
                let mut lines = say(ReceiverMsg::MsgSystems, &[]);
                for (system, outcome) in systems {
                    let m = if outcome == "no_data" {
                        ReceiverMsg::SystemNoData
                    } else {
                        ReceiverMsg::SystemDone
                    };
                    lines.push_str("\n- ");
                    lines.push_str(&say(m, &[("system", system)]));
                }
                paragraphs.push(lines);
            }
            if result.as_deref() == Some("no_data") {
                paragraphs.push(say(ReceiverMsg::MsgNoData, &[("controller", controller)]));
            }
            Message {
                subject: subject(ReceiverMsg::MsgCompletedSubject),
                paragraphs,
            }
        }
        Event::LinkRenewed => Message {
            subject: subject(ReceiverMsg::MsgLinkSubject),
            paragraphs: vec![say(
                ReceiverMsg::MsgLink,
                &three(reference, controller, &r.due_by.to_string()),
            )],
        },
        Event::ResultLink => Message {
            subject: subject(ReceiverMsg::MsgResultLinkSubject),
            paragraphs: vec![say(ReceiverMsg::MsgResultLink, &[("reference", reference)])],
        },
        Event::Purged => Message {
            subject: String::new(),
            paragraphs: vec![say(ReceiverMsg::HistoryPurged, &[])],
        },
    }
}

/// The links a mail carries.
#[derive(Clone, Debug)]
pub struct Links<'a> {
    /// The confirmation link, with its validity in hours (acknowledgement, new link).
    pub verify: Option<(&'a str, u32)>,
    /// The result's download link and the last day it works (completed, new download link).
    pub download: Option<(&'a str, &'a str)>,
    /// The status page.
    pub status_url: &'a str,
}

/// The plain-text mail: greeting, the message's paragraphs, then its links.
pub fn mail_text(o: &Overrides, lang: Lang, m: &Message, links: &Links<'_>) -> String {
    let mut out = t(o, lang, ReceiverMsg::MailHello, &[]);
    for p in &m.paragraphs {
        out.push_str("\n\n");
        out.push_str(p);
    }
    if let Some((url, until)) = links.download {
        out.push_str("\n\n");
        out.push_str(&t(o, lang, ReceiverMsg::MsgDownload, &[("date", until)]));
        out.push('\n');
        out.push_str(url);
    }
    if let Some((url, hours)) = links.verify {
        out.push_str("\n\n");
        out.push_str(&t(
            o,
            lang,
            ReceiverMsg::MailConfirm,
            &[("hours", &hours.to_string())],
        ));
        out.push('\n');
        out.push_str(url);
    }
    out.push_str("\n\n");
    out.push_str(&t(o, lang, ReceiverMsg::MailFollow, &[]));
    out.push('\n');
    out.push_str(links.status_url);
    if links.verify.is_some() {
        out.push_str("\n\n");
        out.push_str(&t(o, lang, ReceiverMsg::MailIgnore, &[]));
    }
    out.push('\n');
    out
}

/// The subject of a mail: the acknowledgement that carries a confirmation link asks to confirm.
pub fn mail_subject(
    o: &Overrides,
    lang: Lang,
    event: &Event,
    m: &Message,
    reference: &str,
    with_link: bool,
) -> String {
    if with_link && *event == Event::Received {
        t(
            o,
            lang,
            ReceiverMsg::MailSubject,
            &[("reference", reference)],
        )
    } else {
        m.subject.clone()
    }
}
