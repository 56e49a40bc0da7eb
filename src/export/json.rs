//! The records of a JSON array or JSON Lines chunk, each parsed by `serde_json` on its own.
//!
//! Values become text as written: strings as they are, numbers digit for digit (`1e3` stays
//! `1e3`, a 23-digit id keeps every digit), `true`/`false`, and `null` as nothing. A key that
//! appears twice in one object counts once, with its last value, as in `serde_json`'s own maps.

use super::flat_json::{self, Slots};
use super::scan_csv::count_lines;
use super::{field_slot, finish_chat, Chat, ChunkParser, Done, Field, FieldError};
use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::fmt::Write as _;

impl ChunkParser<'_> {
    /// Parses the records of a JSON chunk at `spans`. True when the last is read into the chat
    /// and wanted, but not yet given to `f` (see [`ChunkParser::parse`]).
    pub(super) fn parse_json<T>(
        &mut self,
        text: &[u8],
        spans: &[(usize, usize)],
        mut record: u64,
        f: &impl Fn(&Chat) -> T,
        done: &mut Done<T>,
    ) -> bool {
        let (mut counted_to, mut lines) = (0usize, 0u64);
        for (k, &(s, e)) in spans.iter().enumerate() {
            done.records += 1;
            let outcome = self.fill_json(&text[s..e], record, done);
            if k + 1 == spans.len() && matches!(outcome, Ok(true)) {
                return true;
            }
            let line = || {
                lines += count_lines(&text[counted_to..s]);
                counted_to = s;
                lines
            };
            if !done.settle(outcome, record, line, self.opts.lenient, || f(&self.chat)) {
                return false;
            }
            record += 1;
        }
        false
    }

    fn fill_json<T>(
        &mut self,
        obj: &[u8],
        record: u64,
        done: &mut Done<T>,
    ) -> Result<bool, FieldError> {
        self.chat.record = record;
        // serde_json checks the UTF-8 of what it reads: only when it fails is the text looked at
        // again, and read as Windows-1252 if it is not UTF-8.
        let decoded;
        let wanted = self.opts.wanted;
        let obj = match self.read_object(obj, false, wanted) {
            Ok(_) => obj,
            Err(e) if std::str::from_utf8(obj).is_ok() => return Err(FieldError(json_problem(&e))),
            Err(_) => {
                done.windows_1252 += 1;
                done.first_windows_1252 = done.first_windows_1252.or(Some(record));
                decoded = crate::io::text::decode_windows_1252(obj);
                self.read_object(decoded.as_bytes(), false, wanted)
                    .map_err(|e| FieldError(json_problem(&e)))?;
                decoded.as_bytes()
            }
        };
        if self.number_seen || self.reread {
            // A number in the question or transcript (read again for its text as written), or a
            // resolution given twice that made a row wanted after its other fields were skipped.
            self.read_object(obj, true, None)
                .map_err(|e| FieldError(json_problem(&e)))?;
        }
        finish_chat(
            &mut self.chat,
            &self.started,
            &self.start_time,
            self.choice.key(Field::StartTime),
            self.opts,
        )
    }

    /// Reads one JSON object into the reused chat. `raw`: every field by its raw text (else the
    /// long ones, question and transcript, are read as text in one pass); `wanted`: the values
    /// after an unwanted resolution are skipped, not decoded.
    fn read_object(
        &mut self,
        obj: &[u8],
        raw: bool,
        wanted: Option<fn(&str) -> bool>,
    ) -> Result<(), serde_json::Error> {
        self.clear_fields();
        self.number_seen = false;
        self.reread = false;
        // The common record first, without serde_json; the others, and every fault, by it.
        match flat_json::read(obj, raw, wanted, self.slots()) {
            Some(reread) => self.reread = reread,
            None => self.read_object_serde(obj, raw, wanted)?,
        }
        if self.choice.settle_time() {
            self.start_time.clear();
        }
        Ok(())
    }

    /// [`ChunkParser::read_object`] by `serde_json`, for every record.
    fn read_object_serde(
        &mut self,
        obj: &[u8],
        raw: bool,
        wanted: Option<fn(&str) -> bool>,
    ) -> Result<(), serde_json::Error> {
        self.clear_fields();
        self.number_seen = false;
        self.reread = false;
        let seed = ObjectSeed {
            to: Slots {
                chat: &mut self.chat,
                started: &mut self.started,
                start_time: &mut self.start_time,
                keys: &mut self.keys,
                choice: &mut self.choice,
                mapping: self.mapping,
            },
            raw,
            number_seen: &mut self.number_seen,
            wanted,
            reread: &mut self.reread,
            nested_email: &mut self.nested_email,
        };
        let mut de = serde_json::Deserializer::from_slice(obj);
        seed.deserialize(&mut de).and_then(|()| de.end())?;
        // The address in the object that gave the patron's name, when the record has none of
        // its own.
        if self.chat.patron_email.trim().is_empty() && !self.nested_email.is_empty() {
            std::mem::swap(&mut self.chat.patron_email, &mut self.nested_email);
        }
        Ok(())
    }

    /// The chat's fields and the key cache, where a record is read into.
    fn slots(&mut self) -> Slots<'_> {
        Slots {
            chat: &mut self.chat,
            started: &mut self.started,
            start_time: &mut self.start_time,
            keys: &mut self.keys,
            choice: &mut self.choice,
            mapping: self.mapping,
        }
    }

    fn clear_fields(&mut self) {
        self.nested_email.clear();
        for f in Field::ALL {
            field_slot(&mut self.chat, &mut self.started, &mut self.start_time, f).clear();
        }
        self.choice.clear();
    }
}

fn json_problem(e: &serde_json::Error) -> String {
    let msg = crate::io::strip_serde_pos(e);
    if msg.starts_with("expected an object")
        || msg.starts_with("field ")
        || msg.starts_with("the record has")
    {
        msg
    } else {
        format!("invalid JSON: {msg}")
    }
}

/// Deserializes one JSON object straight into the reused [`Chat`].
struct ObjectSeed<'c> {
    to: Slots<'c>,
    raw: bool,
    number_seen: &'c mut bool,
    wanted: Option<fn(&str) -> bool>,
    /// Set when values were skipped and a later resolution made the row wanted after all.
    reread: &'c mut bool,
    /// The address in an object given for the patron's name (`"patron": {"name", "email"}`).
    nested_email: &'c mut String,
}

/// Why a field's (last) value was not text.
#[derive(Clone, Debug, PartialEq)]
enum NotText {
    /// It was a list or an object.
    Kind(&'static str),
    /// It was a list, one of its items not read: a transcript's message, a resolution's tag.
    Message(String),
}

impl<'de> DeserializeSeed<'de> for ObjectSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ObjectSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        let mut not_text: [Option<NotText>; Field::ALL.len()] = Default::default();
        // After a resolution no one asked for, the other values are only checked, not decoded.
        let (mut skipping, mut skipped) = (false, false);
        while let Some(take) = map.next_key_seed(KeySeed {
            to: &mut self.to,
            skipping,
            skipped: &mut skipped,
        })? {
            if take == 0 {
                map.next_value::<serde::de::IgnoredAny>()?;
                continue;
            }
            let (f, out) = self.to.first(take);
            let bad = &mut not_text[f as usize];
            *bad = None;
            let lines = f == Field::Transcript;
            let mut email = (f == Field::PatronName).then_some(&mut *self.nested_email);
            if let Some(email) = email.as_deref_mut() {
                email.clear();
            }
            if self.raw || !Slots::long_text(take) {
                map.next_value_seed(RawTextSeed {
                    out,
                    not_text: bad,
                    lines,
                    field: f,
                    email,
                })?;
            } else {
                map.next_value_seed(TextSeed {
                    out,
                    not_text: bad,
                    number_seen: &mut *self.number_seen,
                    lines,
                    field: f,
                    email,
                })?;
            }
            if take & (take - 1) != 0 {
                self.to.copy_to_rest(take);
                let what = not_text[f as usize].clone();
                for g in Field::ALL {
                    if take & 1 << g as usize != 0 {
                        not_text[g as usize] = what.clone();
                    }
                }
            }
            if let (true, Some(w)) = (Slots::resolution(take), self.wanted) {
                skipping = !w(&self.to.chat.resolution);
            }
        }
        // Two keys that name one field (only the resolution counts in a row no one asked for).
        let fields = if skipping {
            1 << Field::Resolution as usize
        } else {
            u16::MAX
        };
        if let Some((f, a, b)) = self.to.choice.tie(fields) {
            return Err(A::Error::custom(two_keys_problem(f, a, b)));
        }
        // A resolution that could not be read says nothing of whether the row was asked for.
        if let Some(what) = &not_text[Field::Resolution as usize] {
            return Err(A::Error::custom(not_text_problem(Field::Resolution, what)));
        }
        if skipping {
            return Ok(());
        }
        *self.reread = skipped;
        match Field::ALL
            .iter()
            .zip(not_text)
            .find_map(|(f, w)| Some((f, w?)))
        {
            Some((f, what)) => Err(A::Error::custom(not_text_problem(*f, &what))),
            None => Ok(()),
        }
    }

    refuse_non_objects!(());
}

/// A visitor's visits of a value that is not an object, for one that wants an object: each an
/// error naming what was found.
macro_rules! refuse_non_objects {
    ($value:ty) => {
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<$value, A::Error> {
            Err(serde::de::Error::custom("expected an object, found a list"))
        }
        fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<$value, E> {
            Err(E::custom("expected an object, found a string"))
        }
        fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<$value, E> {
            Err(E::custom("expected an object, found a number"))
        }
        fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<$value, E> {
            Err(E::custom("expected an object, found a number"))
        }
        fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<$value, E> {
            Err(E::custom("expected an object, found a number"))
        }
        fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<$value, E> {
            Err(E::custom("expected an object, found a boolean"))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<$value, E> {
            Err(E::custom("expected an object, found null"))
        }
    };
}
pub(super) use refuse_non_objects;

/// A key of a JSON object, offered to the record's [`Choice`](super::Choice): the fields its
/// value is read into (its fields are looked up once per distinct key, without allocating for
/// keys already seen).
struct KeySeed<'s, 'c> {
    to: &'s mut Slots<'c>,
    skipping: bool,
    skipped: &'s mut bool,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_, '_> {
    type Value = u16;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<u16, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_, '_> {
    type Value = u16;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<u16, E> {
        Ok(self.to.offer(key, None, self.skipping, self.skipped))
    }
}

/// Two keys of one record that name one field, as a header naming a column twice is refused.
fn two_keys_problem(field: Field, a: &str, b: &str) -> String {
    format!(
        "the record has the keys {} and {}; {}",
        crate::io::text::quote(a),
        crate::io::text::quote(b),
        super::columns::read_from_both(field)
    )
}

/// A JSON scalar as text, appended to a field: strings as they are, booleans as written, null as
/// nothing; a number only marks the record for a second, exact reading.
struct TextSeed<'c> {
    out: &'c mut String,
    not_text: &'c mut Option<NotText>,
    number_seen: &'c mut bool,
    /// The transcript: a list of messages is taken as its lines.
    lines: bool,
    /// What an object given for the field is read for ([`member_of`]).
    field: Field,
    /// For the patron's name: where an object's address goes.
    email: Option<&'c mut String>,
}

impl<'de> DeserializeSeed<'de> for TextSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TextSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("text, a number or null")
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<(), E> {
        self.out.push_str(v);
        Ok(())
    }
    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<(), E> {
        *self.number_seen = true;
        Ok(())
    }
    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<(), E> {
        *self.number_seen = true;
        Ok(())
    }
    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<(), E> {
        *self.number_seen = true;
        Ok(())
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<(), E> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if self.lines {
            let mut n = 0;
            while let Some(m) = seq.next_element::<Value>()? {
                n += 1;
                push_message(m, n, self.out, self.not_text);
            }
            return Ok(());
        }
        if self.field == Field::Resolution {
            let mut tags = Vec::new();
            while let Some(t) = seq.next_element::<Box<RawValue>>()? {
                tags.push(t);
            }
            push_tags(&tags, self.out, self.not_text);
            return Ok(());
        }
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        *self.not_text = Some(NotText::Kind("a list"));
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut object = Map::new();
        while let Some((k, v)) = map.next_entry::<String, Value>()? {
            object.insert(k, v);
        }
        read_object(&object, self.field, self.out, self.not_text, self.email);
        Ok(())
    }
}

/// A resolution given as a list of tags (`"tags": ["databases", "Follow Up By Patron Library"]`,
/// numbers as written, or objects `{"id": 3, "name": …}` read by their name, else their id): the
/// tags joined by ", ", as a CSV export writes them.
fn push_tags(tags: &[Box<RawValue>], out: &mut String, not_text: &mut Option<NotText>) {
    // A string decoded, a number as written; anything else is no tag.
    fn scalar(v: &RawValue) -> Option<String> {
        let t = v.get();
        match t.as_bytes()[0] {
            b'"' => serde_json::from_str(t).ok(),
            b'-' | b'0'..=b'9' => Some(t.to_string()),
            _ => None,
        }
    }
    for (i, tag) in tags.iter().enumerate() {
        let text = match tag.get().as_bytes()[0] {
            b'{' => {
                serde_json::from_str::<std::collections::HashMap<String, Box<RawValue>>>(tag.get())
                    .ok()
                    .and_then(|members| {
                        ["name", "label", "title", "tag", "text", "id"]
                            .iter()
                            .find_map(|k| members.get(*k).and_then(|v| scalar(v)))
                    })
            }
            _ => scalar(tag),
        };
        let Some(text) = text else {
            *not_text = Some(NotText::Message(format!(
                "tag {} of the list is {}, expected text, a number or an object with a \"name\"",
                i + 1,
                match tag.get().as_bytes()[0] {
                    b'{' => "an object without a name",
                    b'[' => "a list",
                    b'n' => "null",
                    _ => "true or false",
                }
            )));
            return;
        };
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&text);
    }
}

/// An object given for `field`: its member ([`member_of`]) appended to `out`, else noted in
/// `not_text`; for the patron's name, its address too, into `email`.
fn read_object(
    object: &Map<String, Value>,
    field: Field,
    out: &mut String,
    not_text: &mut Option<NotText>,
    email: Option<&mut String>,
) {
    match member_of(object, field) {
        Some(text) => out.push_str(text),
        None => *not_text = Some(NotText::Kind("an object")),
    }
    if let (Some(email), Some(address)) = (email, member_of(object, Field::PatronEmail)) {
        email.push_str(address);
    }
}

/// The text an object given for a field stands for, as exports nest a person or an account
/// (`"operator": {"name": "Sue", "email": …}`): its address for the patron's e-mail, else its
/// name. None when it has no such member as text.
fn member_of(object: &Map<String, Value>, field: Field) -> Option<&str> {
    const ADDRESS: [&str; 4] = ["email", "e-mail", "mail", "address"];
    const NAME: [&str; 9] = [
        "name",
        "display_name",
        "displayName",
        "full_name",
        "first_name",
        "firstName",
        "nick",
        "username",
        "id",
    ];
    let keys: &[&str] = match field {
        Field::PatronEmail => &ADDRESS,
        Field::PatronName | Field::Operator | Field::Origin => &NAME,
        _ => return None,
    };
    keys.iter()
        .find_map(|k| object.get(*k).and_then(Value::as_str))
}

/// Appends message `n` (from 1) of a transcript given as a list (ticket and API exports) as a
/// line: a string is the line; an object gives its speaker (`speaker`, `from`, `sender` or
/// `author`), its time ([`message_time`]) and its text (`text`, `body`,
/// `message` or `content`), written `time - speaker: text` as LibChat writes a line, which the
/// transcript reader knows. Anything else is noted in `not_text` (the first such message).
fn push_message(m: Value, n: usize, out: &mut String, not_text: &mut Option<NotText>) {
    match message_line(&m, n) {
        Ok(line) => {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&line);
        }
        Err(why) => {
            not_text.get_or_insert(NotText::Message(why));
        }
    }
}

fn message_line(m: &Value, n: usize) -> Result<String, String> {
    let m = match m {
        Value::String(line) => return Ok(line.clone()),
        Value::Object(m) => m,
        Value::Array(parts) => return triple_line(parts, n),
        other => {
            return Err(format!(
                "message {n} of the list is {}, expected text, an object with a \"text\" or \
                 [time, speaker, text]",
                crate::io::json_kind(other)
            ))
        }
    };
    // The speaker and the time may be left out or null; the text may not.
    let optional = |keys| match message_key(m, n, keys)? {
        None | Some((_, Value::Null)) => Ok(None),
        Some(part) => message_text(n, part).map(Some),
    };
    let speaker = optional(&["speaker", "from", "sender", "author", "name"])?;
    let at = message_time(m, n)?;
    // Who spoke, when the message says so, in the label a transcript gives it: a first name
    // alone ("Sue") is then no longer a guess.
    let speaker: Option<Cow<str>> = match (message_role(m), speaker) {
        (Some(MessageRole::Patron), _) => Some("Patron".into()),
        (Some(MessageRole::System), _) => Some("System".into()),
        (Some(MessageRole::Staff), Some(who)) if !who.trim().is_empty() => {
            Some(format!("Librarian {who}").into())
        }
        (Some(MessageRole::Staff), _) => Some("Librarian".into()),
        // No role, but an author that says it: a label the transcript reader knows with or
        // without a time before it.
        (None, Some(who)) => Some(author_label(who)),
        (None, None) => None,
    };
    let text = message_key(m, n, &["text", "body", "message", "content"])?.ok_or_else(|| {
        format!(
            "message {n} of the list has no text (a \"text\", \"body\", \"message\" or \"content\" key)"
        )
    })?;
    let text = message_text(n, text)?;
    Ok(write_line(at.as_deref(), speaker.as_deref(), text))
}

/// The label of an author with no role: a chat address says who by its sub-domain (LibraryH3lp's
/// guest gateways are patrons', its other sub-domains operators'), `system` is the system; any
/// other author is kept as written, a label the transcript reader knows.
fn author_label(who: &str) -> Cow<'_, str> {
    match crate::triage::transcript::address_role(who) {
        Some(crate::triage::transcript::Role::Patron) => "Patron".into(),
        Some(crate::triage::transcript::Role::System) => "System".into(),
        Some(crate::triage::transcript::Role::Staff) => format!("Librarian {who}").into(),
        None => who.into(),
    }
}

/// A message given as a list: `[time, speaker, text]` or `[speaker, text]`, each text (the time
/// and the speaker may be null), read as an object message with those parts is.
fn triple_line(parts: &[Value], n: usize) -> Result<String, String> {
    let part = |i: usize, what: &str| match &parts[i] {
        Value::String(s) => Ok(Some(s.as_str())),
        Value::Null if what != "text" => Ok(None),
        other => Err(format!(
            "message {n} of the list: its {what} (item {} of [{}]) is {}, expected text",
            i + 1,
            if parts.len() == 3 {
                "time, speaker, text"
            } else {
                "speaker, text"
            },
            crate::io::json_kind(other)
        )),
    };
    let (at, who, text) = match parts.len() {
        3 => {
            // The time as an object's `time` is read: text, or seconds or milliseconds.
            let time = Map::from_iter([("time".to_string(), parts[0].clone())]);
            (
                message_time(&time, n)?,
                part(1, "speaker")?,
                part(2, "text")?,
            )
        }
        2 => (None, part(0, "speaker")?, part(1, "text")?),
        len => {
            return Err(format!(
                "message {n} of the list is a list of {len}, expected [time, speaker, text] or \
                 [speaker, text]"
            ))
        }
    };
    let who = who.map(author_label);
    Ok(write_line(
        at.as_deref(),
        who.as_deref(),
        text.unwrap_or(""),
    ))
}

/// A message as the line `time - speaker: text` (LibChat's), the time and speaker when given.
fn write_line(at: Option<&str>, speaker: Option<&str>, text: &str) -> String {
    let mut line = String::new();
    match (at.filter(|a| !a.is_empty()), speaker) {
        (Some(at), Some(who)) => write!(line, "{at} - {who}: "),
        (None, Some(who)) => write!(line, "{who}: "),
        (Some(at), None) => write!(line, "{at} - "),
        (None, None) => Ok(()),
    }
    .expect("writing to a String");
    line.push_str(text);
    line
}

/// A message's time (`at`, `time`, `timestamp`, `ts`, `sent_at`, `sent` or `created_at`): text
/// as written, except seconds or milliseconds since 1970 (a JSON number or digits only), which
/// are written in RFC 3339 (UTC) so that the transcript reader sees a time.
fn message_time(m: &Map<String, Value>, n: usize) -> Result<Option<String>, String> {
    const KEYS: [&str; 7] = [
        "at",
        "time",
        "timestamp",
        "ts",
        "sent_at",
        "sent",
        "created_at",
    ];
    let Some((key, v)) = message_key(m, n, &KEYS)? else {
        return Ok(None);
    };
    let text = match v {
        Value::Null => return Ok(None),
        Value::Number(num) => num.to_string(),
        _ => message_text(n, (key, v))?.to_string(),
    };
    let digits = text.trim();
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return match crate::time::when::parse_start(digits, None, crate::time::DEFAULT_TZ) {
            Ok(t) => Ok(Some(t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))),
            Err(_) => Err(format!(
                "message {n} of the list: \"{key}\" is {digits}, neither seconds (10 digits) \
                 nor milliseconds (13 digits) since 1970"
            )),
        };
    }
    if matches!(v, Value::Number(_)) {
        return Err(format!(
            "message {n} of the list: \"{key}\" is the number {text}, expected text or seconds \
             (10 digits) or milliseconds (13 digits) since 1970"
        ));
    }
    Ok(Some(text))
}

/// Who sent a message, as its export says it (`"sender_type": "operator"`, `"role": "patron"`,
/// `"direction": "inbound"`, `"is_staff": true`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MessageRole {
    Patron,
    Staff,
    System,
}

fn message_role(m: &Map<String, Value>) -> Option<MessageRole> {
    const KEYS: [&str; 8] = [
        "sender_type",
        "role",
        "from_type",
        "author_type",
        "speaker_type",
        "user_type",
        "type",
        "direction",
    ];
    const FLAGS: [&str; 4] = ["is_staff", "is_operator", "from_operator", "from_staff"];
    for k in FLAGS {
        if let Some(Value::Bool(staff)) = m.get(k) {
            return Some(if *staff {
                MessageRole::Staff
            } else {
                MessageRole::Patron
            });
        }
    }
    KEYS.iter().find_map(|k| {
        let v = m.get(*k)?.as_str()?.trim().to_ascii_lowercase();
        match v.as_str() {
            "patron" | "guest" | "customer" | "visitor" | "client" | "requester" | "end_user"
            | "end-user" | "inbound" | "incoming" => Some(MessageRole::Patron),
            "operator" | "librarian" | "staff" | "agent" | "admin" | "op" | "outbound"
            | "outgoing" => Some(MessageRole::Staff),
            "system" | "bot" | "automated" | "event" | "notice" => Some(MessageRole::System),
            _ => None,
        }
    })
}

/// The one of `keys` a message has, and its value; an error when it has two of them.
fn message_key<'m>(
    m: &'m Map<String, Value>,
    n: usize,
    keys: &[&'static str],
) -> Result<Option<(&'static str, &'m Value)>, String> {
    let mut found = None;
    for &k in keys {
        if let Some(v) = m.get(k) {
            if let Some((first, _)) = found {
                return Err(format!(
                    "message {n} of the list has both \"{first}\" and \"{k}\""
                ));
            }
            found = Some((k, v));
        }
    }
    Ok(found)
}

/// A message's part as text; an error naming the key when it is not text.
fn message_text<'m>(n: usize, (key, v): (&str, &'m Value)) -> Result<&'m str, String> {
    v.as_str().ok_or_else(|| {
        format!(
            "message {n} of the list: \"{key}\" is {}, expected text",
            crate::io::json_kind(v)
        )
    })
}

fn not_text_problem(field: Field, what: &NotText) -> String {
    match what {
        NotText::Kind(kind) => format!("field {} is {kind}, expected text", field.name()),
        NotText::Message(why) => format!("field {}: {why}", field.name()),
    }
}

/// A JSON scalar as text, numbers exactly as written (the second reading of a record).
struct RawTextSeed<'c> {
    out: &'c mut String,
    not_text: &'c mut Option<NotText>,
    lines: bool,
    field: Field,
    email: Option<&'c mut String>,
}

impl<'de> DeserializeSeed<'de> for RawTextSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        let raw: &RawValue = serde::Deserialize::deserialize(d)?;
        let text = raw.get();
        match text.as_bytes().first() {
            // Text without escapes is the raw text between its quotes.
            Some(b'"') if !text.contains('\\') => self.out.push_str(&text[1..text.len() - 1]),
            Some(b'"') => {
                let s: String = serde_json::from_str(text).map_err(D::Error::custom)?;
                self.out.push_str(&s);
            }
            Some(b'[') if self.lines => {
                let messages: Vec<Value> = serde_json::from_str(text).map_err(D::Error::custom)?;
                for (i, m) in messages.into_iter().enumerate() {
                    push_message(m, i + 1, self.out, self.not_text);
                }
            }
            Some(b'[') if self.field == Field::Resolution => {
                let tags: Vec<Box<RawValue>> =
                    serde_json::from_str(text).map_err(D::Error::custom)?;
                push_tags(&tags, self.out, self.not_text);
            }
            Some(b'[') => *self.not_text = Some(NotText::Kind("a list")),
            Some(b'{') => {
                let object: Map<String, Value> =
                    serde_json::from_str(text).map_err(D::Error::custom)?;
                read_object(&object, self.field, self.out, self.not_text, self.email);
            }
            _ if text == "null" => {}
            _ => self.out.push_str(text),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{Mapping, ReadOptions};
    use crate::io::InputFormat;
    use proptest::prelude::*;

    fn follow_up(r: &str) -> bool {
        r == "Follow Up By Patron Library"
    }

    fn mapping(opts: &ReadOptions) -> Mapping {
        let keys = [
            "id",
            "started_at",
            "resolution",
            "question",
            "transcript",
            "patron_email",
        ];
        let headers = keys.iter().map(|k| k.to_string()).collect();
        Mapping::build("t.jsonl", InputFormat::Jsonl, headers, opts).unwrap()
    }

    /// The fields one reading left, and whether it asked for a second, whole reading.
    fn state(p: &ChunkParser) -> (Vec<String>, bool, bool, u16) {
        let c = &p.chat;
        let fields = [
            &c.id,
            &p.started,
            &p.start_time,
            &c.resolution,
            &c.origin,
            &c.patron_email,
            &c.patron_name,
            &c.question,
            &c.transcript,
            &c.answered,
        ];
        (
            fields.map(|f| f.to_string()).to_vec(),
            p.number_seen,
            p.reread,
            p.choice.mask(),
        )
    }

    /// Reads `obj` both ways, after a record that set the key cache's order and filled every
    /// field (each reading clears them first, as `read_object` does): when the flat reader takes
    /// it, serde_json must read the same; returns whether the flat reader took it.
    fn same_both_ways(obj: &[u8]) -> bool {
        let opts = ReadOptions::default();
        let mapping = mapping(&opts);
        let mut took = false;
        for raw in [false, true] {
            for wanted in [None, Some(follow_up as fn(&str) -> bool)] {
                let before = br#"{"id":"0","question":"q","transcript":"t","resolution":"r","patron_email":"e","started_at":"s"}"#;
                let mut flat = ChunkParser::new(&mapping, &opts);
                let mut serde = ChunkParser::new(&mapping, &opts);
                flat.read_object(before, raw, wanted).unwrap();
                serde.read_object_serde(before, raw, wanted).unwrap();
                flat.clear_fields();
                flat.number_seen = false;
                flat.reread = false;
                let slots = Slots {
                    chat: &mut flat.chat,
                    started: &mut flat.started,
                    start_time: &mut flat.start_time,
                    keys: &mut flat.keys,
                    choice: &mut flat.choice,
                    mapping: flat.mapping,
                };
                let Some(reread) = flat_json::read(obj, raw, wanted, slots) else {
                    continue;
                };
                took = true;
                flat.reread = reread;
                let text = String::from_utf8_lossy(obj);
                assert!(
                    serde.read_object_serde(obj, raw, wanted).is_ok(),
                    "serde_json refuses what the flat reader took: {text}"
                );
                assert_eq!(state(&flat), state(&serde), "{text} raw {raw} {wanted:?}");
            }
        }
        took
    }

    #[test]
    fn common_records_are_read_flat_and_the_same() {
        let records = [
            r#"{"id": 14905038, "started_at": "2024-10-21T00:04:40-04:00", "resolution": "Follow Up By Patron Library", "patron_email": null, "question": "Do you?", "transcript": "00:04:47 - System: Thank you.\n00:05:37 - Guest36158: caf\u00e9 \ud83d\ude00 \"x\" \\ \/ \t\r\b\f"}"#,
            r#"  { "resolution" : "Answered" , "question" : "q" , "transcript" : "t" , "id" : -1.5e+3 }  "#,
            r#"{"Transcript":"upper-case key","id":true,"question":false,"x":[1,{"a":"b"}],"y":{}}"#,
            "{}",
            r#"{"tr\u0061nscript":"escaped key","question":"a","question":"the last wins"}"#,
        ];
        let took: Vec<bool> = records
            .iter()
            .map(|r| same_both_ways(r.as_bytes()))
            .collect();
        // The third has a list and an object beside the fields: the serde reader's.
        assert_eq!(took, [true, true, false, true, true]);
    }

    /// One value of a generated record: strings of many kinds (escapes good and bad, control
    /// characters, non-ASCII), numbers good and bad, literals, lists and objects.
    fn value() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            "[a-zA-Z0-9 .,:!?-]{0,12}",
            "[é€😀ñ]{1,3}",
            Just(r"\n".to_string()),
            Just(r#"\""#.to_string()),
            Just(r"\\".to_string()),
            Just(r"\/\b\f\r\t".to_string()),
            Just(r"\u00e9\u20AC\u0000".to_string()),
            Just(r"\ud83d\ude00".to_string()),
            Just(r"\ud83d".to_string()),
            Just(r"\ude00x".to_string()),
            Just(r"\ud83d\u0041".to_string()),
            Just(r"\x".to_string()),
            Just(r"\u12g4".to_string()),
            Just("\t".to_string()),
            Just("\u{1}".to_string()),
            Just("\u{7f}".to_string()),
        ];
        prop_oneof![
            4 => proptest::collection::vec(piece, 0..6).prop_map(|p| format!("\"{}\"", p.concat())),
            1 => prop_oneof![
                Just("Follow Up By Patron Library"),
                Just("Answered"),
            ]
            .prop_map(|r| format!("\"{r}\"")),
            2 => prop_oneof![
                "-?(0|[1-9][0-9]{0,25})(\\.[0-9]{1,4})?([eE][+-]?[0-9]{1,3})?",
                Just("01".to_string()),
                Just("1.".to_string()),
                Just("-".to_string()),
                Just("1e".to_string()),
                Just("1e400".to_string()),
                Just("2x".to_string()),
                Just("1.5.2".to_string()),
            ],
            1 => prop_oneof![
                Just("null"), Just("true"), Just("false"), Just("nul"), Just("tru"),
                Just("[]"), Just("{}"), Just("[\"a\",1]"), Just("{\"a\":\"b\"}"),
            ]
            .prop_map(str::to_string),
        ]
    }

    fn key() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("id"),
            Just("started_at"),
            Just("resolution"),
            Just("question"),
            Just("transcript"),
            Just("patron_email"),
            Just("Transcript"),
            Just("tr\\u0061nscript"),
            Just("ID"),
            Just("Chat ID"),
            Just("status"),
            Just("library"),
            Just("time"),
            Just("date"),
            Just("library"),
            Just("odd\\\"key"),
            Just("bad\\key"),
        ]
        .prop_map(|k| format!("\"{k}\""))
    }

    fn space() -> impl Strategy<Value = &'static str> {
        prop_oneof![6 => Just(""), 2 => Just(" "), 1 => Just("\n\t\r "), 1 => Just("\u{a0}")]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn flat_reader_reads_what_serde_json_reads(
            fields in proptest::collection::vec((key(), space(), value(), space()), 0..8),
            open in prop_oneof![8 => Just("{"), 1 => Just(" {"), 1 => Just("[")],
            close in prop_oneof![8 => Just("}"), 1 => Just("} "), 1 => Just(",}"), 1 => Just("}x")],
        ) {
            let body: Vec<String> = fields
                .iter()
                .map(|(k, s1, v, s2)| format!("{k}{s1}:{s2}{v}{s1}"))
                .collect();
            let obj = format!("{open}{}{close}", body.join(","));
            same_both_ways(obj.as_bytes());
        }
    }
}
