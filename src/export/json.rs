//! The records of a JSON array or JSON Lines chunk.

use super::split::JsonScan;
use super::{
    count_lines, field_slot, finish_chat, Chat, ChunkParser, Done, Field, FieldError, Mapping,
};
use crate::io::InputFormat;

impl ChunkParser<'_> {
    pub(super) fn parse_json<T>(
        &mut self,
        text: &[u8],
        mut record: u64,
        first_line: u64,
        f: &impl Fn(&Chat) -> T,
        done: &mut Done<T>,
    ) {
        let mut objects = Vec::new();
        if self.mapping.format == InputFormat::Json {
            JsonScan::new(true).scan(text, 0, |s, e| objects.push((s, e)));
        } else {
            // JSON Lines: each non-blank line is one record.
            let mut start = 0;
            for end in memchr::memchr_iter(b'\n', text).chain(std::iter::once(text.len())) {
                if start < end && text[start..end].iter().any(|b| !b.is_ascii_whitespace()) {
                    objects.push((start, end));
                }
                start = end + 1;
            }
        }
        let mut line = first_line;
        let mut counted_to = 0usize;
        for (s, e) in objects {
            line += count_lines(&text[counted_to..s]);
            counted_to = s;
            done.records += 1;
            let outcome = self.fill_json(&text[s..e], record, done);
            if !done.settle(
                outcome,
                record,
                || line,
                self.opts.lenient,
                || f(&self.chat),
            ) {
                return;
            }
            record += 1;
        }
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
        let first = self.read_object(obj);
        if self.unwanted {
            return Ok(false);
        }
        if let Err(e) = first {
            if std::str::from_utf8(obj).is_ok() {
                return Err(FieldError(json_problem(&e)));
            }
            done.windows_1252 += 1;
            done.first_windows_1252 = done.first_windows_1252.or(Some(record));
            let decoded = crate::io::text::decode_windows_1252(obj);
            self.read_object(decoded.as_bytes())
                .map_err(|e| FieldError(json_problem(&e)))?;
        }
        if self.unwanted {
            return Ok(false);
        }
        finish_chat(&mut self.chat, &self.started, self.opts)
    }

    /// Reads one JSON object into the reused chat.
    fn read_object(&mut self, obj: &[u8]) -> Result<(), serde_json::Error> {
        let chat = &mut self.chat;
        for f in Field::ALL {
            field_slot(chat, &mut self.started, f).clear();
        }
        self.unwanted = false;
        let seed = ObjectSeed {
            chat,
            started: &mut self.started,
            wanted: self.opts.wanted,
            unwanted: &mut self.unwanted,
            keys: &mut self.keys,
            mapping: self.mapping,
        };
        let mut de = serde_json::Deserializer::from_slice(obj);
        serde::de::DeserializeSeed::deserialize(seed, &mut de).and_then(|()| de.end())
    }
}

fn json_problem(e: &serde_json::Error) -> String {
    let msg = crate::io::strip_serde_pos(e);
    if msg.starts_with("expected an object") || msg.starts_with("field ") {
        msg
    } else {
        format!("invalid JSON: {msg}")
    }
}
/// Deserializes one JSON object straight into the reused [`Chat`].
struct ObjectSeed<'c> {
    chat: &'c mut Chat,
    started: &'c mut String,
    wanted: Option<fn(&str) -> bool>,
    /// Set when the resolution says the row is not wanted.
    unwanted: &'c mut bool,
    keys: &'c mut Vec<(String, Option<Field>)>,
    mapping: &'c Mapping,
}

impl<'de> serde::de::DeserializeSeed<'de> for ObjectSeed<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for ObjectSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(field) = map.next_key_seed(KeySeed {
            keys: &mut *self.keys,
            mapping: self.mapping,
        })? {
            match field {
                Some(f) => {
                    map.next_value_seed(TextSeed {
                        out: field_slot(self.chat, self.started, f),
                        field: f,
                    })?;
                    if f == Field::Resolution
                        && self.wanted.is_some_and(|w| !w(&self.chat.resolution))
                    {
                        // A row that is not wanted: stop reading it (like the CSV path, its
                        // other fields are neither decoded nor checked).
                        *self.unwanted = true;
                        return Err(serde::de::Error::custom("not wanted"));
                    }
                }
                None => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(serde::de::Error::custom("expected an object, found a list"))
    }
    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<(), E> {
        Err(E::custom("expected an object, found a string"))
    }
    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<(), E> {
        Err(E::custom("expected an object, found a number"))
    }
    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<(), E> {
        Err(E::custom("expected an object, found a number"))
    }
    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<(), E> {
        Err(E::custom("expected an object, found a number"))
    }
    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<(), E> {
        Err(E::custom("expected an object, found a boolean"))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        Err(E::custom("expected an object, found null"))
    }
}

/// A key of a JSON object, as the field it feeds (looked up once per distinct key, without
/// allocating for keys already seen).
struct KeySeed<'c> {
    keys: &'c mut Vec<(String, Option<Field>)>,
    mapping: &'c Mapping,
}

impl<'de> serde::de::DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Option<Field>;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Option<Field>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> serde::de::Visitor<'de> for KeySeed<'_> {
    type Value = Option<Field>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<Option<Field>, E> {
        if let Some((_, f)) = self.keys.iter().find(|(k, _)| k == key) {
            return Ok(*f);
        }
        let f = self.mapping.field_of(key);
        self.keys.push((key.to_string(), f));
        Ok(f)
    }
}

/// A JSON scalar as text, appended to a field: strings as they are, numbers and booleans as
/// written, null as nothing.
struct TextSeed<'c> {
    out: &'c mut String,
    field: Field,
}

impl<'de> serde::de::DeserializeSeed<'de> for TextSeed<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for TextSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("text, a number or null")
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<(), E> {
        self.out.push_str(v);
        Ok(())
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<(), E> {
        use std::fmt::Write;
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<(), E> {
        use std::fmt::Write;
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<(), E> {
        use std::fmt::Write;
        let _ = write!(self.out, "{v}");
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
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(serde::de::Error::custom(format!(
            "field {} is a list, expected text",
            self.field.name()
        )))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(serde::de::Error::custom(format!(
            "field {} is an object, expected text",
            self.field.name()
        )))
    }
}
