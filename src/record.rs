//! What a result row is to the output module, below both: its field names and the text of its
//! cells. The domain types that are written a million at a time (`Triaged`, `Referral`) implement
//! [`CsvRecord`], so their CSV rows are made without a JSON value per row and their JSON text
//! without serde's machinery ([`json`]); `src/output/` frames them.

pub mod json;

use crate::time::Instant;
use serde::Serialize;
use std::borrow::Cow;

/// A record whose CSV cells are known without going through JSON values, and whose JSON text
/// may be written by hand.
pub trait CsvRecord: Serialize {
    /// The field names in order: the CSV header, the same names as the JSON form's.
    const FIELDS: &'static [&'static str];

    /// The cells in the order of [`CsvRecord::FIELDS`], the same text the output module makes of
    /// the JSON form (lists joined with "; ", none as empty).
    fn csv_cells(&self) -> Vec<Cow<'_, str>>;

    /// Appends the record's JSON text to `out`: the bytes `serde_json::to_writer` makes of it (by
    /// default, serde_json itself; a type on the hot path writes them with [`json::object!`]).
    fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        serde_json::to_writer(out, self)
    }
}

/// An optional text cell: none is empty.
pub fn opt(s: &Option<String>) -> Cow<'_, str> {
    Cow::Borrowed(s.as_deref().unwrap_or(""))
}

/// A list cell: the items joined with "; ".
pub fn list(v: &[String]) -> Cow<'_, str> {
    match v {
        [] => Cow::Borrowed(""),
        [one] => Cow::Borrowed(one),
        many => Cow::Owned(many.join("; ")),
    }
}

/// An optional instant: RFC 3339, or empty.
pub fn instant(t: &Option<Instant>) -> Cow<'static, str> {
    t.as_ref()
        .map_or(Cow::Borrowed(""), |t| Cow::Owned(crate::time::rfc3339(t)))
}

/// A true/false cell.
pub fn flag(b: bool) -> Cow<'static, str> {
    Cow::Borrowed(if b { "true" } else { "false" })
}

/// An optional named value (an enum's one name, an e-mail problem's sentence): empty when none.
pub fn named<T: std::fmt::Display>(v: &Option<T>) -> Cow<'static, str> {
    v.as_ref()
        .map_or(Cow::Borrowed(""), |v| Cow::Owned(v.to_string()))
}
