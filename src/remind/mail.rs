//! Delivery of reminders as RFC 5322 e-mail, by SMTP or by the local sendmail.
//!
//! Messages are built with lettre's typed builder, and every text that goes into a header (the
//! subject, the recipient's name) passes through [`header_text`] first: a library name or export
//! text with a CR or LF in it can never start a header of its own.
//!
//! Addresses go on the wire as [`wire_address`] makes them: a non-ASCII domain in its IDNA
//! (A-label) form, which any server takes. A non-ASCII local part cannot be written in ASCII: it
//! is sent only to a server whose EHLO offers SMTPUTF8 (RFC 6531; lettre then says `MAIL FROM:<…>
//! SMTPUTF8`, and the headers carry it as UTF-8, RFC 6532). Any other server, and sendmail (which
//! has no way to ask for SMTPUTF8), never get it. Display names that are not ASCII are RFC 2047
//! encoded words ([`mailbox_value`]).

use super::Reminder;
use anyhow::{anyhow, bail, Context, Result};
use base64::Engine;
use chrono::{DateTime, Utc};
use lettre::message::header::ContentType;
pub use lettre::message::Mailbox;
use lettre::message::Message;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Address, SendmailTransport, SmtpTransport, Transport};

/// The sender when `--from` is not given.
pub const DEFAULT_FROM: &str = "AskUsNow! reminders <aun-remind@localhost>";

/// How an SMTP connection is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SmtpTls {
    /// Plain text: only for a relay on the same machine or a test server.
    None,
    /// Plain connection upgraded with STARTTLS (required), usually port 587.
    Starttls,
    /// TLS from the first byte ("SMTPS"), usually port 465.
    Tls,
}

/// Where and how to reach an SMTP server.
#[derive(Debug, Clone, PartialEq)]
pub struct SmtpServer {
    pub host: String,
    pub port: u16,
    pub tls: SmtpTls,
}

impl SmtpServer {
    /// Reads `smtp://host[:port]` (or `smtps://host[:port]`, which means TLS). Without a port: 25
    /// for no TLS, 587 for STARTTLS, 465 for TLS.
    pub fn parse(url: &str, tls: Option<SmtpTls>) -> Result<SmtpServer> {
        let (scheme, rest) = url
            .split_once("://")
            .ok_or_else(|| anyhow!("{}: expected smtp://host:port", crate::io::text::quote(url)))?;
        let tls = match (scheme.to_ascii_lowercase().as_str(), tls) {
            ("smtp", Some(t)) => t,
            ("smtp", None) => SmtpTls::Starttls,
            ("smtps", None | Some(SmtpTls::Tls)) => SmtpTls::Tls,
            ("smtps", Some(_)) => bail!(
                "{}: smtps:// is TLS; drop --smtp-tls or use smtp://",
                crate::io::text::quote(url)
            ),
            _ => bail!(
                "{}: expected smtp://host:port or smtps://host:port",
                crate::io::text::quote(url)
            ),
        };
        let rest = rest.trim_end_matches('/');
        if rest.contains(['/', '@', '?']) {
            bail!("{}: expected smtp://host:port (credentials come from AUN_SMTP_USER and AUN_SMTP_PASSWORD)", crate::io::text::quote(url));
        }
        let (host, port) = match rest.strip_prefix('[') {
            // An IPv6 literal: [::1]:2525
            Some(inner) => {
                let (h, after) = inner
                    .split_once(']')
                    .ok_or_else(|| anyhow!("{}: unclosed [", crate::io::text::quote(url)))?;
                (h, after.strip_prefix(':'))
            }
            None => match rest.rsplit_once(':') {
                Some((h, p)) => (h, Some(p)),
                None => (rest, None),
            },
        };
        let port: Option<u16> = port
            .map(|p| {
                p.parse().map_err(|_| {
                    anyhow!(
                        "{}: {} is not a port",
                        crate::io::text::quote(url),
                        crate::io::text::quote(p)
                    )
                })
            })
            .transpose()?;
        if host.is_empty() {
            bail!("{}: no host", crate::io::text::quote(url));
        }
        let port = port.unwrap_or(match tls {
            SmtpTls::None => 25,
            SmtpTls::Starttls => 587,
            SmtpTls::Tls => 465,
        });
        Ok(SmtpServer {
            host: host.to_string(),
            port,
            tls,
        })
    }
}

/// A way to send messages.
pub enum Mailer {
    Smtp {
        transport: Box<SmtpTransport>,
        server: SmtpServer,
        timeout: std::time::Duration,
    },
    Sendmail(SendmailTransport),
}

impl Mailer {
    /// An SMTP mailer. `credentials` is (user, password), from the environment only.
    /// `timeout` bounds each wait for the server.
    pub fn smtp(
        server: &SmtpServer,
        credentials: Option<(String, String)>,
        timeout: std::time::Duration,
    ) -> Result<Mailer> {
        let builder = match server.tls {
            SmtpTls::None => SmtpTransport::builder_dangerous(&server.host),
            SmtpTls::Starttls => SmtpTransport::starttls_relay(&server.host)?,
            SmtpTls::Tls => SmtpTransport::relay(&server.host)?,
        };
        let mut builder = builder.port(server.port).timeout(Some(timeout));
        if let Some((user, password)) = credentials {
            builder = builder.credentials(Credentials::new(user, password));
        }
        Ok(Mailer::Smtp {
            transport: Box::new(builder.build()),
            server: server.clone(),
            timeout,
        })
    }

    /// A mailer that pipes each message to `command` (`sendmail -i -f FROM -- TO`).
    pub fn sendmail(command: &str) -> Mailer {
        Mailer::Sendmail(SendmailTransport::new_with_command(command))
    }

    /// Sends one reminder from `from`, dated `now`.
    pub fn send(&self, r: &Reminder, from: &Mailbox, now: DateTime<Utc>) -> Result<()> {
        let message = build_message(r, from, now)?;
        let to = recipient_mailbox(r)?;
        match self {
            Mailer::Smtp {
                transport,
                server,
                timeout,
            } => transport.send(&message).map(|_| ()).map_err(|e| {
                // lettre refuses a non-ASCII local part before MAIL FROM when the server's EHLO
                // does not offer SMTPUTF8: nothing was sent. Say whose address it is.
                match utf8_local_part(r, &to, from) {
                    Some(whose) if e.is_client() && e.to_string().contains("SMTPUTF8") => anyhow!(
                        "{whose} has a non-ASCII local part, which only a server that offers SMTPUTF8 (RFC 6531) can take, and {}:{} does not; not sent (give an ASCII address, or send through a server that offers SMTPUTF8)",
                        server.host,
                        server.port
                    ),
                    _ => smtp_error(&e, server, *timeout),
                }
            }),
            Mailer::Sendmail(t) => {
                if let Some(whose) = utf8_local_part(r, &to, from) {
                    bail!(
                        "{whose} has a non-ASCII local part, which needs SMTPUTF8 (RFC 6531), and sendmail has no way to ask for it; not sent (give an ASCII address, or use --send with a server that offers SMTPUTF8)"
                    );
                }
                t.send(&message).map_err(|e| anyhow!("{e}"))
            }
        }
    }
}

/// The address, of the recipient or the sender, whose local part is not ASCII (named for an
/// error: the library, where its address was read, the address), if any.
fn utf8_local_part(r: &Reminder, to: &Mailbox, from: &Mailbox) -> Option<String> {
    if !to.email.user().is_ascii() {
        return Some(format!(
            "{}: contact e-mail {}",
            whose(r),
            crate::io::text::quote(to.email.as_ref())
        ));
    }
    (!from.email.user().is_ascii())
        .then(|| format!("--from {}", crate::io::text::quote(from.email.as_ref())))
}

/// The recipient as an error names it: its directory id, and where its address was read.
fn whose(r: &Reminder) -> String {
    let id = header_text(&r.recipient.id);
    if r.recipient.origin.is_empty() {
        id
    } else {
        format!("{id} ({})", r.recipient.origin)
    }
}

/// An address as it goes on the wire: a non-ASCII domain in its IDNA A-label (punycode) form
/// ("bücherei.example" → "xn--bcherei-n2a.example"), so that no server needs SMTPUTF8 for it;
/// the local part as written.
pub fn wire_address(address: &str) -> std::result::Result<Address, String> {
    let address = address.trim();
    let ascii_domain = match address.rsplit_once('@') {
        Some((user, domain)) if !domain.is_ascii() => {
            let domain = idna::domain_to_ascii(domain).map_err(|_| {
                format!(
                    "the domain {} is not an internationalised domain name (IDNA)",
                    crate::io::text::quote(domain)
                )
            })?;
            Some(format!("{user}@{domain}"))
        }
        _ => None,
    };
    ascii_domain
        .as_deref()
        .unwrap_or(address)
        .parse::<Address>()
        .map_err(|e| e.to_string())
}

/// An SMTP failure in words that say what to do: a server that does not offer STARTTLS (a plain
/// relay: `--smtp-tls none`), a server that did not answer in time.
fn smtp_error(
    e: &lettre::transport::smtp::Error,
    server: &SmtpServer,
    timeout: std::time::Duration,
) -> anyhow::Error {
    let text = e.to_string();
    let timed_out = e.is_timeout() || {
        let mut source = std::error::Error::source(e);
        let mut found = false;
        while let Some(err) = source {
            if let Some(io) = err.downcast_ref::<std::io::Error>() {
                // A read timeout is EAGAIN (WouldBlock) on Linux, ETIMEDOUT elsewhere.
                found |= matches!(
                    io.kind(),
                    std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
                );
            }
            source = err.source();
        }
        found
    };
    let at = format!("{}:{}", server.host, server.port);
    if timed_out {
        return anyhow!(
            "{at}: timed out: the server did not answer within {}s (--smtp-timeout); check the host and port, and that a firewall lets the connection through ({text})",
            timeout.as_secs_f64()
        );
    }
    if server.tls == SmtpTls::Starttls && (text.contains("STARTTLS") || e.is_tls()) {
        return anyhow!(
            "{at}: {text}; STARTTLS (the default) failed: for a plain relay on this machine or a test server, give --smtp-tls none; for a server that speaks TLS from the start (port 465), smtps://"
        );
    }
    anyhow!("{at}: {text}")
}

/// Parses `--from`: `address` or `Name <address>`.
pub fn parse_from(s: &str) -> Result<Mailbox> {
    if s.contains(['\r', '\n']) {
        bail!("--from: a line break is not allowed in an address");
    }
    let not_an_address = |e: &dyn std::fmt::Display| {
        anyhow!(
            "--from {}: not an e-mail address ({e})",
            crate::io::text::quote(s)
        )
    };
    // lettre's mailbox parser refuses a quoted local part ("\"ask us\"@lib.org"), which a
    // recipient may have: split `Name <address>` here and read the address as a recipient's is.
    let (name, address) = match s.parse::<Mailbox>() {
        Ok(m) => (m.name, m.email.to_string()),
        Err(e) => match s.trim().strip_suffix('>').and_then(|t| t.rsplit_once('<')) {
            Some((name, address)) => {
                let name = display_name(name);
                ((!name.is_empty()).then_some(name), address.to_string())
            }
            None if s.contains(['<', '>']) => return Err(not_an_address(&e)),
            None => (None, s.to_string()),
        },
    };
    let email = wire_address(&address).map_err(|e| not_an_address(&e))?;
    Ok(Mailbox::new(name, email))
}

/// A display name as written before `<address>`: a quoted string (`"Ask \"Us\""`) is read as
/// lettre reads one, its quotes taken off and its quoted pairs undone (`Ask "Us"`).
fn display_name(written: &str) -> String {
    let written = written.trim();
    let Some(quoted) = written.strip_prefix('"').and_then(|w| w.strip_suffix('"')) else {
        return written.to_string();
    };
    let mut name = String::with_capacity(quoted.len());
    let mut chars = quoted.chars();
    while let Some(c) = chars.next() {
        name.push(if c == '\\' {
            chars.next().unwrap_or(c)
        } else {
            c
        });
    }
    name.trim().to_string()
}

/// The recipient's mailbox: the directory's contact e-mail, named after the library.
pub fn recipient_mailbox(r: &Reminder) -> Result<Mailbox> {
    let address = r.recipient.address.as_deref().ok_or_else(|| {
        anyhow!(
            "{} has no contact e-mail in the directory",
            header_text(&r.recipient.id)
        )
    })?;
    let address = wire_address(address).map_err(|e| {
        anyhow!(
            "{}: contact e-mail {} is not an address ({e})",
            whose(r),
            crate::io::text::quote(address)
        )
    })?;
    Ok(Mailbox::new(Some(header_text(&r.recipient.name)), address))
}

/// The e-mail for one reminder.
pub fn build_message(r: &Reminder, from: &Mailbox, now: DateTime<Utc>) -> Result<Message> {
    let to = recipient_mailbox(r)?;
    // The envelope from the addresses themselves: lettre's own reads the headers back, and a
    // quoted local part ("\"ask us\"@lib.org") does not read back, so no message was built.
    let envelope = lettre::address::Envelope::new(Some(from.email.clone()), vec![to.email.clone()])
        .with_context(|| format!("building the message for {}", r.key()))?;
    // The builder reads From back too: a sender with a quoted local part is built under a
    // stand-in and its header written over below.
    let from_reads_back = from.to_string().parse::<Mailbox>().is_ok();
    let built_from = if from_reads_back {
        from.clone()
    } else {
        Mailbox::new(
            None,
            "aun@example.invalid".parse().expect("a plain address"),
        )
    };
    let mut m = Message::builder()
        .envelope(envelope)
        .from(built_from)
        .to(to.clone())
        .subject(header_text(&r.subject))
        .date(std::time::SystemTime::from(now))
        .message_id(Some(message_id(r, from)))
        .header(lettre::message::header::MIME_VERSION_1_0)
        .header(AutoSubmitted::auto_generated())
        .header(ContentType::TEXT_PLAIN)
        .body(r.body.clone())
        .with_context(|| format!("building the message for {}", r.key()))?;
    let subject = header_text(&r.subject);
    let values = [
        (
            "From",
            from.to_string(),
            mailbox_value("From", from).or_else(|| (!from_reads_back).then(|| from.to_string())),
        ),
        ("To", to.to_string(), mailbox_value("To", &to)),
        ("Subject", subject.clone(), subject_value(&subject)),
    ];
    for (header, raw, value) in values {
        if let Some(value) = value {
            m.headers_mut().insert_raw(
                lettre::message::header::HeaderValue::dangerous_new_pre_encoded(
                    lettre::message::header::HeaderName::new_from_ascii_str(header),
                    raw,
                    value,
                ),
            );
        }
    }
    Ok(m)
}

/// The longest header line written, and the longest encoded word (RFC 2047 §2).
const LINE: usize = 78;
const ENCODED_WORD: usize = 75;

/// The longest word a header carries as it is: a longer one (a library name of a thousand
/// letters) would stay on one line however the header is folded, and a line over 998 octets is
/// refused by mail servers (RFC 5322 §2.1.1). Longer words go as encoded words, which may be cut.
const LONGEST_WORD: usize = LINE - 1;

fn has_long_word(text: &str) -> bool {
    text.split(' ').any(|w| w.len() > LONGEST_WORD)
}

/// The value of the `Subject` header when a word of it is too long for a line (none otherwise:
/// lettre writes it); the words that fit as they are, runs of the others as encoded words.
fn subject_value(subject: &str) -> Option<String> {
    if !has_long_word(subject) {
        return None;
    }
    let plain = |w: &str| w.bytes().all(|c| c.is_ascii_graphic()) && !w.contains("=?");
    Some(folded_words("Subject", subject, plain).text)
}

/// The value of a `From` or `To` header whose display name is not ASCII (none for an ASCII name,
/// which lettre writes as it is or quoted), folded at [`LINE`].
///
/// The name's words that are atoms go as they are; each run of the others is UTF-8 encoded words
/// (base64) of at most [`ENCODED_WORD`] characters, cut only after a space, the space inside the
/// word before the cut, so a decoder that drops the white space between encoded words (RFC 2047
/// §6.2) reads the name back as written. A single word too long for one encoded word is cut
/// between characters. lettre cuts encoded words anywhere, and Python's parser (which keeps the
/// white space between encoded words in a name) then reads "Bibliothèque" as "Biblioth èque".
fn mailbox_value(header: &str, mailbox: &Mailbox) -> Option<String> {
    let name = mailbox
        .name
        .as_deref()
        .filter(|n| !n.is_ascii() || has_long_word(n))?;
    let mut out = folded_words(header, name, is_atom);
    out.put(&format!("<{}>", mailbox.email));
    Some(out.text)
}

/// `text` as the value of `header`, folded at [`LINE`]: each word for which `plain` holds and
/// that fits on a line as it is, each run of the others as encoded words.
fn folded_words(header: &str, text: &str, plain: impl Fn(&str) -> bool) -> Folded {
    let mut out = Folded {
        text: String::new(),
        line: header.len() + ": ".len(),
        fresh: true,
    };
    let mut run: Vec<&str> = Vec::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if plain(word) && word.len() <= LONGEST_WORD {
            out.encoded(&run.join(" "));
            run.clear();
            out.put(word);
        } else {
            run.push(word);
        }
    }
    out.encoded(&run.join(" "));
    out
}

/// A word that may stand in a display name as it is: RFC 5322 atext, and not the start of an
/// encoded word.
fn is_atom(word: &str) -> bool {
    word.bytes()
        .all(|c| c.is_ascii_alphanumeric() || b"!#$%&'*+-/=?^_`{|}~".contains(&c))
        && !word.contains("=?")
}

/// A header value being folded: its text, the length of its last line, and whether that line
/// has nothing on it yet.
struct Folded {
    text: String,
    line: usize,
    fresh: bool,
}

impl Folded {
    /// The room left on the line for one more piece (after the space before it).
    fn room(&self) -> usize {
        LINE.saturating_sub(self.line + usize::from(!self.fresh))
    }

    fn fold(&mut self) {
        self.text.push_str("\r\n ");
        (self.line, self.fresh) = (1, true);
    }

    /// One piece, on a new line when it does not fit on this one.
    fn put(&mut self, piece: &str) {
        if piece.len() > self.room() && !self.fresh {
            self.fold();
        }
        if !self.fresh {
            self.text.push(' ');
            self.line += 1;
        }
        self.text.push_str(piece);
        self.line += piece.len();
        self.fresh = false;
    }

    /// `text` as encoded words, each as many whole words as fit (see [`mailbox_value`]).
    fn encoded(&mut self, text: &str) {
        let mut rest = text;
        while !rest.is_empty() {
            let room = self.room().min(ENCODED_WORD);
            let fits = |n: usize| encoded_len(n) <= room;
            // After a space, or the end: the longest such part that fits.
            let words = rest
                .match_indices(' ')
                .map(|(i, _)| i + 1)
                .chain([rest.len()])
                .take_while(|&n| fits(n))
                .last();
            let n = match words {
                Some(n) => n,
                None if !self.fresh => {
                    self.fold();
                    continue;
                }
                // A word longer than a line: cut between characters, one at least.
                None => rest
                    .char_indices()
                    .map(|(i, c)| i + c.len_utf8())
                    .take_while(|&n| fits(n))
                    .last()
                    .unwrap_or_else(|| rest.chars().next().map_or(0, char::len_utf8)),
            };
            let mut word = String::from("=?utf-8?b?");
            base64::engine::general_purpose::STANDARD.encode_string(&rest[..n], &mut word);
            word.push_str("?=");
            self.put(&word);
            rest = &rest[n..];
        }
    }
}

/// The length of the encoded word of `n` bytes.
fn encoded_len(n: usize) -> usize {
    "=?utf-8?b??=".len() + n.div_ceil(3) * 4
}

/// The Message-ID of a reminder: made from its key and the sender's domain, so the same reminder
/// has the same id however often it goes out (a copy sent again after a crash between sending and
/// recording is one message to the mail programs that fold copies), and two reminders never share one.
pub fn message_id(r: &Reminder, from: &Mailbox) -> String {
    // FNV-1a, 64 bits: stable across builds and versions, unlike std's hasher.
    let key = r.key();
    let hash = key.bytes().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
    });
    let moment = super::utc_key(r.at).replace(['-', ':'], "");
    format!(
        "<aun.{}.{moment}.{hash:016x}@{}>",
        r.kind.as_str(),
        from.email.domain()
    )
}

/// `Auto-Submitted: auto-generated` (RFC 3834): vacation responders and other automatic replies
/// stay silent, and filters can tell a reminder from a person's mail.
#[derive(Debug, Clone, PartialEq)]
struct AutoSubmitted(String);

impl AutoSubmitted {
    fn auto_generated() -> AutoSubmitted {
        AutoSubmitted("auto-generated".into())
    }
}

impl lettre::message::header::Header for AutoSubmitted {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("Auto-Submitted")
    }

    fn parse(s: &str) -> std::result::Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(AutoSubmitted(s.trim().to_string()))
    }

    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// Text fit for one header line (see [`super::one_line`]).
pub fn header_text(s: &str) -> String {
    super::one_line(s)
}

#[cfg(test)]
mod tests {
    use super::super::{Kind, Recipient};
    use super::*;

    /// The header line that starts with `header` and its continuation lines, joined.
    fn unfolded(head: &str, header: &str) -> String {
        head.split("\r\n")
            .skip_while(|l| !l.starts_with(header))
            .take_while(|l| l.starts_with(header) || l.starts_with(' '))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn reminder(name: &str, subject: &str) -> Reminder {
        Reminder {
            kind: Kind::FirstCheck,
            at: Utc::now(),
            until: Utc::now(),
            recipient: Recipient {
                id: "X".into(),
                name: name.into(),
                address: Some("x@example.org".into()),
                origin: "contacts.csv: line 2".into(),
            },
            item: None,
            subject: subject.into(),
            body: "Hello.\r\nBcc: body@example.com\n".into(),
            parts: vec![],
        }
    }

    #[test]
    fn no_header_injection_through_names_or_subjects() {
        let evil = "Evil\r\nBcc: evil@example.com";
        let r = reminder(evil, &format!("check ({evil})"));
        let from = parse_from(DEFAULT_FROM).unwrap();
        let m = build_message(&r, &from, Utc::now()).unwrap();
        let text = String::from_utf8(m.formatted()).unwrap();
        let (head, _) = text.split_once("\r\n\r\n").unwrap();
        for line in head.split("\r\n") {
            assert!(!line.to_ascii_lowercase().starts_with("bcc"), "{text}");
        }
        let to: Vec<String> = m.envelope().to().iter().map(|a| a.to_string()).collect();
        assert_eq!(to, ["x@example.org"]);
        assert!(
            head.contains("Subject: check (Evil Bcc: evil@example.com)"),
            "{head}"
        );
    }

    #[test]
    fn messages_carry_an_id_the_mime_version_and_auto_submitted() {
        let r = reminder("A", "s");
        let from = parse_from("Reminders <aun@example.org>").unwrap();
        let m = build_message(&r, &from, Utc::now()).unwrap();
        let text = String::from_utf8(m.formatted()).unwrap();
        let (head, _) = text.split_once("\r\n\r\n").unwrap();
        let id = message_id(&r, &from);
        assert!(
            id.starts_with("<aun.first-check.") && id.ends_with("@example.org>"),
            "{id}"
        );
        assert!(head.contains(&format!("Message-ID: {id}\r\n")), "{head}");
        assert!(head.contains("MIME-Version: 1.0\r\n"), "{head}");
        assert!(
            head.contains("Auto-Submitted: auto-generated\r\n"),
            "{head}"
        );
        let mut other = reminder("A", "s");
        other.kind = Kind::SecondCheck;
        assert_ne!(message_id(&other, &from), id);
        assert_eq!(message_id(&r.clone(), &from), id);
    }

    #[test]
    fn missing_or_bad_contact_is_an_error() {
        let mut r = reminder("A", "s");
        r.recipient.address = None;
        let from = parse_from(DEFAULT_FROM).unwrap();
        let e = build_message(&r, &from, Utc::now()).unwrap_err();
        assert!(e.to_string().contains("no contact e-mail"), "{e}");
        r.recipient.address = Some("not an address".into());
        assert!(build_message(&r, &from, Utc::now()).is_err());
        assert!(parse_from("a@b.org\r\nBcc: x@y.org").is_err());
    }

    /// A quoted local part is an address the directory accepts and a server takes: the message
    /// is built for it (it failed with "missing destination address" for every reminder).
    #[test]
    fn a_quoted_local_part_gets_its_message() {
        let mut r = reminder("Odd \"Library\" <x>", "s");
        r.recipient.address = Some("\"ask us\"@example.org".into());
        let from = parse_from(DEFAULT_FROM).unwrap();
        let m = build_message(&r, &from, Utc::now()).unwrap();
        let to: Vec<String> = m.envelope().to().iter().map(|a| a.to_string()).collect();
        assert_eq!(to, ["\"ask us\"@example.org"]);
        let head = head_of(&m);
        assert!(head.contains("<\"ask us\"@example.org>"), "{head}");
        // The sender may have one too, bare or named.
        for given in [
            "\"ask us\"@example.org",
            "Reminders <\"ask us\"@example.org>",
            "\"Reminders\" <\"ask us\"@example.org>",
        ] {
            let from = parse_from(given).unwrap();
            let m = build_message(&r, &from, Utc::now()).unwrap();
            let sender = m.envelope().from().map(|a| a.to_string());
            assert_eq!(sender.as_deref(), Some("\"ask us\"@example.org"), "{given}");
            let head = head_of(&m);
            assert!(head.contains("<\"ask us\"@example.org>"), "{given}: {head}");
            assert_eq!(head.matches("From:").count(), 1, "{head}");
            assert!(!head.contains("invalid"), "{head}");
        }
        // A quoted name reads as it does before a plain address: quotes off, pairs undone.
        for (given, name) in [
            ("\"Ask \\\"Us\\\"\" <\"ask us\"@example.org>", "Ask \"Us\""),
            ("\"Ask \\\"Us\\\"\" <ask@example.org>", "Ask \"Us\""),
            (
                "\"Reminders, AUN\" <\"ask us\"@example.org>",
                "Reminders, AUN",
            ),
            (" Reminders  <\"ask us\"@example.org>", "Reminders"),
        ] {
            assert_eq!(
                parse_from(given).unwrap().name.as_deref(),
                Some(name),
                "{given}"
            );
        }
        for bad in [
            "Reminders <not an address>",
            "<a@b.org",
            "a@b.org>x",
            "\"open@example.org",
        ] {
            assert!(parse_from(bad).is_err(), "{bad}");
        }
    }

    fn head_of(m: &Message) -> String {
        let text = String::from_utf8(m.formatted()).unwrap();
        text.split_once("\r\n\r\n").unwrap().0.to_string()
    }

    #[test]
    fn a_non_ascii_domain_goes_out_in_its_a_label_form() {
        assert_eq!(
            wire_address(" sfu@Bücherei.example ").unwrap().to_string(),
            "sfu@xn--bcherei-n2a.example"
        );
        assert_eq!(
            wire_address("ask@例え.jp").unwrap().to_string(),
            "ask@xn--r8jz45g.jp"
        );
        // ASCII addresses are kept as written; a local part is never converted.
        assert_eq!(
            wire_address("Ask.Us@Example.ORG").unwrap().to_string(),
            "Ask.Us@Example.ORG"
        );
        assert_eq!(
            wire_address("bücher@example.org").unwrap().to_string(),
            "bücher@example.org"
        );
        assert!(wire_address("a@bü\u{fffd}.example").is_err());
        let mut r = reminder("Bibliothèque Ünïcode", "s");
        r.recipient.address = Some("sfu@bücherei.example".into());
        let from = parse_from("Réminders <aun@böcker.example>").unwrap();
        assert_eq!(from.email.to_string(), "aun@xn--bcker-jua.example");
        let m = build_message(&r, &from, Utc::now()).unwrap();
        let to: Vec<String> = m.envelope().to().iter().map(|a| a.to_string()).collect();
        assert_eq!(to, ["sfu@xn--bcherei-n2a.example"]);
        assert_eq!(
            m.envelope().from().unwrap().to_string(),
            "aun@xn--bcker-jua.example"
        );
        let head = head_of(&m);
        // The whole head is ASCII: display names as RFC 2047 encoded words, domains as A-labels.
        assert!(head.is_ascii(), "{head}");
        assert!(head.contains("<sfu@xn--bcherei-n2a.example>"), "{head}");
        assert!(head.contains("To: =?utf-8?"), "{head}");
        assert!(head.contains("From: =?utf-8?"), "{head}");
        assert!(head.contains("@xn--bcker-jua.example>\r\n"), "{head}");
    }

    /// A header's value read back as RFC 2047 says (the white space between two encoded words
    /// dropped), and the text of each encoded word that another follows.
    fn decode(value: &str) -> (String, Vec<String>) {
        let (mut out, mut cut) = (String::new(), Vec::new());
        let mut after_word: Option<String> = None;
        for token in value.split_whitespace() {
            match token
                .strip_prefix("=?utf-8?b?")
                .and_then(|t| t.strip_suffix("?="))
            {
                Some(b64) => {
                    let bytes = base64::engine::general_purpose::STANDARD
                        .decode(b64)
                        .unwrap();
                    // Each encoded word is whole characters.
                    let text = String::from_utf8(bytes).unwrap();
                    match after_word.replace(text.clone()) {
                        Some(before) => cut.push(before),
                        None if !out.is_empty() => out.push(' '),
                        None => {}
                    }
                    out.push_str(&text);
                }
                None => {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    out.push_str(token);
                    after_word = None;
                }
            }
        }
        (out, cut)
    }

    #[test]
    fn long_display_names_are_cut_into_encoded_words_between_words() {
        let long_word = format!("Stadt{}bibliothek", "ä".repeat(40));
        for name in [
            "Bibliothèque publique régionale de Trois-Rivières et bibliothèques associées du comté de Frédéric",
            "Национальная библиотека Республики Беларусь имени Франциска Скорины и её филиалы",
            "図書館 東京都立中央図書館 東京都立多摩図書館 東京都立図書館 日比谷図書文化館",
            long_word.as_str(),
        ] {
            let r = reminder(name, "s");
            let from = parse_from(&format!("{name} <aun@example.org>")).unwrap();
            let m = build_message(&r, &from, Utc::now()).unwrap();
            let head = head_of(&m);
            assert!(head.is_ascii(), "{head}");
            for line in head.split("\r\n") {
                assert!(line.len() <= 78, "{} long: {line}", line.len());
            }
            for (header, address) in [("To: ", "<x@example.org>"), ("From: ", "<aun@example.org>")] {
                let value = unfolded(&head, header);
                let (text, cut) = decode(&value[header.len()..]);
                assert_eq!(text, format!("{name} {address}"), "{value}");
                for w in value.split_whitespace().filter(|w| w.starts_with("=?")) {
                    assert!(w.len() <= 75, "{w}");
                }
                // Cut only after a space, but in a word longer than an encoded word.
                for w in &cut {
                    assert!(w.ends_with(' ') || name == long_word, "{cut:?}");
                }
            }
        }
        // Words that need no encoding stay as they are between the encoded ones.
        let r = reminder("Bibliothèques du comté de Frederick", "s");
        let m = build_message(&r, &parse_from(DEFAULT_FROM).unwrap(), Utc::now()).unwrap();
        let head = head_of(&m);
        assert!(
            head.contains(
                "To: =?utf-8?b?QmlibGlvdGjDqHF1ZXM=?= du =?utf-8?b?Y29tdMOp?= de Frederick\r\n <x@example.org>"
            ),
            "{head}"
        );
    }

    #[test]
    fn a_word_too_long_for_a_line_is_cut_into_encoded_words() {
        // A library name of a thousand letters, ASCII or not, in the display name and the
        // subject: no header line may pass 998 octets, and none passes 78 here.
        for word in ["X".repeat(1200), "é".repeat(600)] {
            let name = format!("Library {word} of Frederick");
            let r = reminder(
                &name,
                &format!("Shared Follow-Up: 1st check due by 15:00 ({word})"),
            );
            let m = build_message(&r, &parse_from(DEFAULT_FROM).unwrap(), Utc::now()).unwrap();
            let head = head_of(&m);
            for line in head.split("\r\n") {
                assert!(line.len() <= 78, "{} long: {line}", line.len());
            }
            for (header, expected) in [
                ("To: ", format!("{name} <x@example.org>")),
                ("Subject: ", r.subject.clone()),
            ] {
                let value = unfolded(&head, header);
                assert_eq!(decode(&value[header.len()..]).0, expected, "{value}");
            }
        }
        // A subject with no such word is written as before.
        let r = reminder(
            "FCPL",
            "Shared Follow-Up: 1st check due by 15:00 (FCPL, Thu)",
        );
        let m = build_message(&r, &parse_from(DEFAULT_FROM).unwrap(), Utc::now()).unwrap();
        assert!(head_of(&m)
            .contains("Subject: Shared Follow-Up: 1st check due by 15:00 (FCPL, Thu)\r\n"));
    }

    #[test]
    fn a_non_ascii_local_part_is_refused_by_sendmail_naming_the_library_and_line() {
        let mut r = reminder("A", "s");
        r.recipient.address = Some("bücher@example.org".into());
        let from = parse_from(DEFAULT_FROM).unwrap();
        // The address is kept as it is (it cannot be written in ASCII) ...
        let m = build_message(&r, &from, Utc::now()).unwrap();
        assert!(head_of(&m).contains("<bücher@example.org>"));
        // ... and sendmail, which cannot ask for SMTPUTF8, is never run for it.
        let mailer = Mailer::sendmail("/nonexistent/sendmail");
        let e = mailer.send(&r, &from, Utc::now()).unwrap_err().to_string();
        assert!(
            e.starts_with("X (contacts.csv: line 2): contact e-mail \"bücher@example.org\" has a non-ASCII local part, which needs SMTPUTF8 (RFC 6531)"),
            "{e}"
        );
        r.recipient.address = Some("x@example.org".into());
        let from = parse_from("bücher@example.org").unwrap();
        let e = mailer.send(&r, &from, Utc::now()).unwrap_err().to_string();
        assert!(
            e.starts_with("--from \"bücher@example.org\" has a non-ASCII local part"),
            "{e}"
        );
    }

    #[test]
    fn smtp_urls() {
        let s = SmtpServer::parse("smtp://127.0.0.1:2525", Some(SmtpTls::None)).unwrap();
        assert_eq!(
            (s.host.as_str(), s.port, s.tls),
            ("127.0.0.1", 2525, SmtpTls::None)
        );
        let s = SmtpServer::parse("smtp://mail.example.org", None).unwrap();
        assert_eq!((s.port, s.tls), (587, SmtpTls::Starttls));
        let s = SmtpServer::parse("smtps://mail.example.org", None).unwrap();
        assert_eq!((s.port, s.tls), (465, SmtpTls::Tls));
        assert!(SmtpServer::parse("smtp://user:pw@host:25", None).is_err());
        assert!(SmtpServer::parse("http://host", None).is_err());
        assert!(SmtpServer::parse("smtp://host:x", None).is_err());
    }
}
