//! One raw message → the few header facts the metrics need (sender, date, ids), via mail-parser.

use std::sync::OnceLock;

use mail_parser::{HeaderName, HeaderValue, MessageParser};
use serde::Serialize;

use crate::reader::RawMessage;

/// Why a message could not be used. Counted per archive, never fatal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkipReason {
    /// Larger than the per-message cap.
    TooLarge,
    /// No header block could be parsed.
    NoHeaders,
    /// Neither `From:`, `Sender:` nor the envelope gives a usable address or name.
    NoSender,
}

impl SkipReason {
    /// The reason in words, as shown in tables.
    pub fn describe(self) -> &'static str {
        match self {
            Self::TooLarge => "larger than the per-message cap",
            Self::NoHeaders => "no header block",
            Self::NoSender => "no usable sender (From, Sender or envelope)",
        }
    }
}

/// The header facts of one message. Holds an address and name in memory only until they are
/// pseudonymised by [`crate::identity`]; never serialised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailFacts {
    /// Sender address, lower-cased, `user at host` repaired (may be empty for list rewrites).
    pub address: String,
    /// Sender display name as written (decoded from encoded words).
    pub name: Option<String>,
    /// Seconds since the Unix epoch (UTC), from `Date:` or else the mbox envelope.
    pub timestamp: Option<i64>,
    /// The `Date:` header's UTC offset in minutes, when it has one.
    pub utc_offset_minutes: Option<i32>,
    /// `Message-ID`, without angle brackets.
    pub message_id: Option<String>,
    /// The direct parent: first `In-Reply-To` id, else the last `References` id.
    pub parent: Option<String>,
}

fn parser() -> &'static MessageParser {
    static PARSER: OnceLock<MessageParser> = OnceLock::new();
    PARSER.get_or_init(|| {
        // Only the headers the metrics read; the rest are skipped unparsed (speed).
        MessageParser::new()
            .default_header_ignore()
            .header_address(HeaderName::From)
            .header_address(HeaderName::Sender)
            .header_date(HeaderName::Date)
            .header_id(HeaderName::MessageId)
            .header_id(HeaderName::InReplyTo)
            .header_id(HeaderName::References)
    })
}

/// Reads the header facts of one message; `obfuscated` repairs `user at host` addresses (Pipermail).
pub fn parse_message(raw: &RawMessage, obfuscated: bool) -> Result<MailFacts, SkipReason> {
    let message = parser()
        .parse_headers(&raw.bytes)
        .ok_or(SkipReason::NoHeaders)?;
    if message.headers().is_empty() {
        return Err(SkipReason::NoHeaders);
    }
    let sender = message
        .from()
        .and_then(|a| a.first())
        .or_else(|| message.sender().and_then(|a| a.first()));
    let mut address = sender
        .and_then(|a| a.address())
        .map(str::trim)
        .unwrap_or_default()
        .to_string();
    let mut name = sender
        .and_then(|a| a.name())
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string);
    if obfuscated || !address.contains('@') {
        // Pipermail writes `From: jjl at pobox.com (John J. Lee)`.
        if let Some(fixed) = repair_obfuscated(&address)
            .or_else(|| name.as_deref().and_then(repair_obfuscated))
            .or_else(|| {
                message
                    .header_raw(HeaderName::From)
                    .and_then(repair_obfuscated)
            })
        {
            if name
                .as_deref()
                .is_some_and(|n| repair_obfuscated(n).is_some())
            {
                name = None;
            }
            address = fixed;
        }
    }
    if address.is_empty() || !address.contains('@') {
        if let Some(envelope_sender) = raw.envelope.as_deref().and_then(envelope_sender) {
            address = envelope_sender;
        }
    }
    let address = address.to_ascii_lowercase();
    if !address.contains('@') && name.is_none() {
        return Err(SkipReason::NoSender);
    }
    let (mut timestamp, mut utc_offset_minutes) = (None, None);
    if let Some(date) = message.date().filter(|d| plausible(d.year)) {
        if date.is_valid() {
            timestamp = Some(date.to_timestamp());
            let sign = if date.tz_before_gmt { -1 } else { 1 };
            utc_offset_minutes =
                Some(sign * (i32::from(date.tz_hour) * 60 + i32::from(date.tz_minute)));
        }
    }
    if timestamp.is_none() {
        timestamp = raw.envelope.as_deref().and_then(envelope_date);
    }
    let message_id = message.message_id().map(clean_id);
    let parent = first_id(message.in_reply_to()).or_else(|| last_id(message.references()));
    Ok(MailFacts {
        address,
        name,
        timestamp,
        utc_offset_minutes,
        message_id,
        parent,
    })
}

fn plausible(year: u16) -> bool {
    (1970..=2100).contains(&year)
}

fn clean_id(id: &str) -> String {
    id.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_string()
}

fn first_id(value: &HeaderValue<'_>) -> Option<String> {
    match value {
        HeaderValue::Text(t) => Some(clean_id(t)),
        HeaderValue::TextList(list) => list.first().map(|t| clean_id(t)),
        _ => None,
    }
    .filter(|id| !id.is_empty())
}

fn last_id(value: &HeaderValue<'_>) -> Option<String> {
    match value {
        HeaderValue::Text(t) => Some(clean_id(t)),
        HeaderValue::TextList(list) => list.last().map(|t| clean_id(t)),
        _ => None,
    }
    .filter(|id| !id.is_empty())
}

/// `jjl at pobox.com (John J. Lee)` → `jjl@pobox.com`.
fn repair_obfuscated(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let at = words.iter().position(|w| *w == "at")?;
    if at == 0 || at + 1 >= words.len() {
        return None;
    }
    let local = words[at - 1].trim_start_matches(['<', '"', '(']);
    let host = words[at + 1].trim_end_matches(['>', '"', ')']);
    (host.contains('.') && !local.is_empty()).then(|| format!("{local}@{host}"))
}

/// The sender of an mbox envelope line, unless it is a mailer daemon or not an address.
fn envelope_sender(line: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(line).ok()?;
    let sender = text.strip_prefix("From ")?.split_whitespace().next()?;
    (sender.contains('@') && !sender.eq_ignore_ascii_case("MAILER-DAEMON"))
        .then(|| sender.to_string())
}

/// The date of an envelope line: `From sender Thu Nov  1 11:19:12 2001` (asctime, taken as UTC).
fn envelope_date(line: &[u8]) -> Option<i64> {
    let text = std::str::from_utf8(line).ok()?;
    let words: Vec<&str> = text.split_whitespace().collect();
    // Find `Mon DD hh:mm:ss YYYY` anywhere after the sender (the sender may hold spaces: Pipermail).
    words.windows(4).find_map(|w| {
        let month = month_number(w[0])?;
        let day: u8 = w[1].parse().ok()?;
        let mut hms = w[2].split(':').map(|p| p.parse::<u8>().ok());
        let (hour, minute) = (hms.next()??, hms.next()??);
        let second = hms.next().flatten().unwrap_or(0);
        let year: u16 = w[3].parse().ok()?;
        let date = mail_parser::DateTime {
            year,
            month,
            day,
            hour,
            minute,
            second,
            tz_before_gmt: false,
            tz_hour: 0,
            tz_minute: 0,
        };
        (plausible(year) && date.is_valid()).then(|| date.to_timestamp())
    })
}

fn month_number(word: &str) -> Option<u8> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = word.get(..3)?.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| *m == lower)
        .and_then(|i| u8::try_from(i + 1).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(envelope: Option<&str>, bytes: &str) -> RawMessage {
        RawMessage {
            envelope: envelope.map(|e| e.as_bytes().to_vec()),
            bytes: bytes.as_bytes().to_vec(),
        }
    }

    #[test]
    fn reads_sender_date_and_parent() {
        let facts = parse_message(
            &raw(None, "From: =?utf-8?q?Tom=C3=A1s?= <Tomas@Example.COM>\nDate: Thu, 26 Aug 2021 20:51:14 +0800\nMessage-ID: <a@b>\nIn-Reply-To: <p@q>\nReferences: <r@s> <p@q>\n\nbody\n"),
            false,
        )
        .expect("facts");
        assert_eq!(facts.address, "tomas@example.com");
        assert_eq!(facts.name.as_deref(), Some("Tomás"));
        assert_eq!(facts.utc_offset_minutes, Some(480));
        assert_eq!(facts.timestamp, Some(1_629_982_274));
        assert_eq!(facts.message_id.as_deref(), Some("a@b"));
        assert_eq!(facts.parent.as_deref(), Some("p@q"));
    }

    #[test]
    fn pipermail_addresses_and_envelope_dates() {
        let facts = parse_message(
            &raw(
                Some("From jjl at pobox.com  Thu Nov  1 11:19:12 2001"),
                "From: jjl at pobox.com (John J. Lee)\nDate: Thu Nov  1 11:19:12 2001\n\nx\n",
            ),
            true,
        )
        .expect("facts");
        assert_eq!(facts.address, "jjl@pobox.com");
        assert!(facts.timestamp.is_some());
        assert_eq!(
            envelope_date(b"From jjl at pobox.com  Thu Nov  1 11:19:12 2001"),
            Some(1_004_613_552)
        );
    }

    #[test]
    fn no_sender_and_no_headers_are_reasons() {
        assert_eq!(
            parse_message(&raw(None, "Subject: x\n\nbody\n"), false),
            Err(SkipReason::NoSender)
        );
    }
}
