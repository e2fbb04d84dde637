//! Verification mail over SMTP (lettre).
//!
//! On receipt the requester gets a link with a one-time token; following it marks the request
//! `verified`. The SMTP server, credentials and sender come from `GLASSBOX_SMTP_URL` and
//! `GLASSBOX_MAIL_FROM`. Logs never contain the address.

use lettre::message::{header::ContentType, Mailbox, Message};
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
        let body = format!(
            "Hello,\n\n\
             {controller} received your data-protection request {reference}.\n\
             To confirm that this address is yours, open this link within {ttl} hours:\n\n\
             {verify}\n\n\
             We will answer by {due} at the latest (one month after receipt, GDPR Art. 12(3)).\n\
             You can follow your request here:\n\n{status}\n\n\
             If you did not make this request, ignore this mail: nothing will be done.\n",
            controller = m.controller,
            reference = m.reference,
            ttl = m.ttl_hours,
            verify = m.verify_url,
            due = m.due_by,
            status = m.status_url,
        );
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(format!("Please confirm your request {}", m.reference))
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|e| MailError::Build(e.to_string()))?;
        self.transport
            .send(message)
            .await
            .map_err(|e| MailError::Smtp(describe(&e)))?;
        Ok(())
    }
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
