//! The mail transport: SMTP through lettre. What a mail says is composed in `messages`; when it
//! is sent is decided by the durable jobs in `jobs`. The SMTP server, credentials and sender come
//! from `GLASSBOX_SMTP_URL` and `GLASSBOX_MAIL_FROM`. Logs never contain the address.

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

/// Where mails go.
#[derive(Clone)]
enum Transport {
    /// An SMTP server.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// A folder of `.eml` files (the demo's mailbox, `GLASSBOX_MAILBOX_DIR`).
    Folder(std::path::PathBuf),
}

/// Sends the requester's mails.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Mailer")
    }
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
        Ok(Mailer {
            transport: Transport::Smtp(transport),
            from,
        })
    }

    /// A mailer that writes each mail as an `.eml` file into `dir` instead of sending it (the
    /// demo's mailbox, shown at `/admin/mailbox`).
    pub fn to_folder(dir: &std::path::Path, from: &str) -> Result<Mailer, MailError> {
        let from = from
            .parse()
            .map_err(|e: lettre::address::AddressError| MailError::Address(e.to_string()))?;
        std::fs::create_dir_all(dir)
            .map_err(|e| MailError::Url(format!("{}: {e}", dir.display())))?;
        Ok(Mailer {
            transport: Transport::Folder(dir.to_path_buf()),
            from,
        })
    }

    /// The mailbox folder, when mails go to one.
    pub fn folder(&self) -> Option<&std::path::Path> {
        match &self.transport {
            Transport::Folder(dir) => Some(dir),
            Transport::Smtp(_) => None,
        }
    }

    /// The domain of the sender's address (for Message-IDs).
    pub fn domain(&self) -> String {
        self.from.email.domain().to_string()
    }

    /// Sends one plain-text mail, quoted-printable, with the given `Message-ID` (stable per job,
    /// so a mail re-sent after a crash is recognisable as the same message).
    pub async fn send(
        &self,
        to: &str,
        subject: &str,
        body: String,
        message_id: &str,
    ) -> Result<(), MailError> {
        let to: Mailbox = to
            .parse()
            .map_err(|e: lettre::address::AddressError| MailError::Address(e.to_string()))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .message_id(Some(message_id.to_string()))
            .header(ContentType::TEXT_PLAIN)
            // Quoted-printable: readable in any client and on any relay, whatever the language.
            .body(
                Body::new_with_encoding(body, ContentTransferEncoding::QuotedPrintable)
                    .map_err(|_| MailError::Build("body encoding".into()))?,
            )
            .map_err(|e| MailError::Build(e.to_string()))?;
        match &self.transport {
            Transport::Smtp(t) => {
                t.send(message)
                    .await
                    .map_err(|e| MailError::Smtp(describe(&e)))?;
            }
            Transport::Folder(dir) => {
                // Written under a temporary name, then renamed: a reader never sees half a mail.
                let nanos = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or(0);
                let name = format!("{nanos:024}-{}", message_id.trim_matches(['<', '>']));
                let name: String = name
                    .chars()
                    .map(|c| {
                        if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                            c
                        } else {
                            '_'
                        }
                    })
                    .collect();
                let tmp = dir.join(format!(".{name}.tmp"));
                let io = |e: std::io::Error| MailError::Smtp(format!("mailbox folder: {e}"));
                tokio::fs::write(&tmp, message.formatted())
                    .await
                    .map_err(io)?;
                tokio::fs::rename(&tmp, dir.join(format!("{name}.eml")))
                    .await
                    .map_err(io)?;
            }
        }
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
