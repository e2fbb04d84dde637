//! Verification mail over SMTP (lettre).
//!
//! On receipt the requester gets a link with a one-time token; following it marks the request
//! `verified`. The SMTP server, credentials and sender come from `GLASSBOX_SMTP_URL` and
//! `GLASSBOX_MAIL_FROM`. Logs never contain the address.

use glassbox_core::i18n::{tr, Overrides, ReceiverMsg};
use glassbox_core::Lang;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox, Message};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

/// Errors of the mail layer.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// `GLASSBOX_SMTP_URL` could not be understood.
    #[error("invalid SMTP URL: {0}")]
    Url(String),
    /// An address (sender or recipient) is not valid.
    #[error("invalid address: {0}")]
    Address(String),
    /// The message could not be built.
    #[error("message: {0}")]
    Build(String),
    /// The server refused the message or could not be reached (a category and the SMTP code
    /// only: server replies may quote the address, which must not reach the logs).
    #[error("SMTP: {0}")]
    Smtp(String),
}

/// Sends the verification mails.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Mailer")
    }
}

/// What a verification mail says.
#[derive(Clone, Debug)]
pub struct VerificationMail<'a> {
    /// Recipient.
    pub to: &'a str,
    /// Request reference.
    pub reference: &'a str,
    /// The link to follow.
    pub verify_url: &'a str,
    /// The status page.
    pub status_url: &'a str,
    /// Due date (YYYY-MM-DD).
    pub due_by: &'a str,
    /// Link validity, hours.
    pub ttl_hours: u32,
    /// The controller's name.
    pub controller: &'a str,
    /// The language of the request: the mail is written in it.
    pub lang: Lang,
}

impl Mailer {
    /// A mailer for `smtp://user:pass@host:port` (or `smtps://`) sending as `from`.
    pub fn new(smtp_url: &str, from: &str) -> Result<Mailer, MailError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(|e| MailError::Url(e.to_string()))?
            .timeout(Some(std::time::Duration::from_secs(20)))
            .build();
        let from = from
            .parse()
            .map_err(|e: lettre::address::AddressError| MailError::Address(e.to_string()))?;
        Ok(Mailer { transport, from })
    }

    /// Sends the verification mail.
    pub async fn send_verification(&self, m: &VerificationMail<'_>) -> Result<(), MailError> {
        let to: Mailbox =
            m.to.parse()
                .map_err(|e: lettre::address::AddressError| MailError::Address(e.to_string()))?;
        let body = verification_text(m);
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(tr(
                m.lang,
                ReceiverMsg::MailSubject,
                &[("reference", m.reference)],
                &Overrides::default(),
            ))
            .header(ContentType::TEXT_PLAIN)
            // Quoted-printable: readable in any client and on any relay, whatever the language.
            .body(
                Body::new_with_encoding(body, ContentTransferEncoding::QuotedPrintable)
                    .map_err(|_| MailError::Build("body encoding".into()))?,
            )
            .map_err(|e| MailError::Build(e.to_string()))?;
        self.transport
            .send(message)
            .await
            .map_err(|e| MailError::Smtp(describe(&e)))?;
        Ok(())
    }
}

/// The body of the verification mail, in the request's language.
pub fn verification_text(m: &VerificationMail<'_>) -> String {
    let t = |msg, args: &[(&str, &str)]| tr(m.lang, msg, args, &Overrides::default());
    let hours = m.ttl_hours.to_string();
    format!(
        "{hello}\n\n{received}\n{confirm}\n\n{verify}\n\n{due}\n{follow}\n\n{status}\n\n{ignore}\n",
        hello = t(ReceiverMsg::MailHello, &[]),
        received = t(
            ReceiverMsg::MailReceived,
            &[("controller", m.controller), ("reference", m.reference)]
        ),
        confirm = t(ReceiverMsg::MailConfirm, &[("hours", &hours)]),
        verify = m.verify_url,
        due = t(ReceiverMsg::MailDue, &[("date", m.due_by)]),
        follow = t(ReceiverMsg::MailFollow, &[]),
        status = m.status_url,
        ignore = t(ReceiverMsg::MailIgnore, &[]),
    )
}

/// A loggable description of an SMTP failure without the server's text.
fn describe(e: &lettre::transport::smtp::Error) -> String {
    let kind = if e.is_timeout() {
        "timeout"
    } else if e.is_tls() {
        "TLS failure"
    } else if e.is_permanent() {
        "permanent rejection"
    } else if e.is_transient() {
        "transient rejection"
    } else if e.is_client() {
        "client error"
    } else {
        "connection failure"
    };
    match e.status() {
        Some(code) => format!("{kind} ({code})"),
        None => kind.to_string(),
    }
}
