//! Referral of one triaged chat (rules.md §6): where its follow-up goes, how, by which rule, and a
//! note a librarian can paste into the referral.
//!
//! The rules are tried in the order of rules.md §6 and the first that applies decides. Whatever
//! the directory says, three invariants hold here: no chat goes to the all-capitals
//! "ENOCH PRATT FREE LIBRARY" account, nothing recommends closing a chat, and every referral
//! carries a note.

pub mod rules;
mod summary;

pub use rules::{RuleId, RuleText, Verdict};
pub use summary::{Summary, SummaryRow, Tally};

use crate::directory::{is_forbidden_account, Directory, Library, PRATT_ACCOUNT};
use crate::io::text::redact_email;
use crate::record::{flag, instant, json, list, named, opt, CsvRecord};
use crate::time::Instant;
use crate::triage::{Category, EmailProblem, EmailSource, Status, Subject, Triaged};
use anyhow::Result;
use serde::Serialize;
use std::borrow::Cow;

/// How the follow-up is sent (rules.md §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// Refer To > Partner (Subscription) > the library's account.
    Partner,
    /// Refer To > E-mail Partner, to the library's AskUsNow! contact.
    EmailPartner,
    /// Refer To > Subject Matter Expert > Quality Control.
    QualityControl,
    /// No referral: the chat cannot be followed up by e-mail.
    None,
}

one_name!(Method {
    Partner => "partner",
    EmailPartner => "email-partner",
    QualityControl => "quality-control",
    None => "none",
});

/// The decision for one chat, with the triage fields it used. The field names are a stable
/// interface (JSON, JSON Lines and CSV).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Referral {
    pub id: String,
    pub record: u64,
    pub rule: RuleId,
    /// The account name to refer to; none when the chat cannot be followed up by e-mail.
    pub destination: Option<String>,
    pub destination_id: Option<String>,
    pub method: Method,
    /// Where to click, or the address to e-mail.
    pub route: String,
    /// One sentence: why this destination.
    pub reason: String,
    /// The text to paste into the referral.
    pub note: String,
    /// Triage's doubt: read the chat before referring it (the note says why).
    pub needs_review: bool,
    pub review_reasons: Vec<String>,
    pub email: Option<String>,
    pub email_source: Option<EmailSource>,
    pub email_problem: Option<EmailProblem>,
    pub quality: bool,
    pub quality_evidence: Vec<String>,
    pub subject: Subject,
    pub subject_evidence: Vec<String>,
    pub local_library: Option<String>,
    pub library_evidence: Vec<String>,
    pub origin: String,
    pub origin_id: Option<String>,
    pub category: Category,
    pub resolution: String,
    #[serde(with = "crate::time::serde_rfc3339")]
    pub started_at: Option<Instant>,
    #[serde(with = "crate::time::serde_rfc3339")]
    pub due_at: Option<Instant>,
    pub status: Option<Status>,
}

impl CsvRecord for Referral {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "record",
        "rule",
        "destination",
        "destination_id",
        "method",
        "route",
        "reason",
        "note",
        "needs_review",
        "review_reasons",
        "email",
        "email_source",
        "email_problem",
        "quality",
        "quality_evidence",
        "subject",
        "subject_evidence",
        "local_library",
        "library_evidence",
        "origin",
        "origin_id",
        "category",
        "resolution",
        "started_at",
        "due_at",
        "status",
    ];

    /// Without going through JSON values: CSV is written on the workers and this is its inner loop.
    fn csv_cells(&self) -> Vec<Cow<'_, str>> {
        vec![
            Cow::Borrowed(self.id.as_str()),
            Cow::Owned(self.record.to_string()),
            Cow::Borrowed(self.rule.as_str()),
            opt(&self.destination),
            opt(&self.destination_id),
            Cow::Borrowed(self.method.as_str()),
            Cow::Borrowed(self.route.as_str()),
            Cow::Borrowed(self.reason.as_str()),
            Cow::Borrowed(self.note.as_str()),
            flag(self.needs_review),
            list(&self.review_reasons),
            opt(&self.email),
            Cow::Borrowed(self.email_source.map_or("", EmailSource::as_str)),
            named(&self.email_problem),
            flag(self.quality),
            list(&self.quality_evidence),
            Cow::Borrowed(self.subject.as_str()),
            list(&self.subject_evidence),
            opt(&self.local_library),
            list(&self.library_evidence),
            Cow::Borrowed(self.origin.as_str()),
            opt(&self.origin_id),
            Cow::Borrowed(self.category.as_str()),
            Cow::Borrowed(self.resolution.as_str()),
            instant(&self.started_at),
            instant(&self.due_at),
            Cow::Borrowed(self.status.map_or("", Status::as_str)),
        ]
    }

    /// By hand, field for field in declaration order: JSON Lines is written on the workers and
    /// this is its inner loop (the same bytes as serde's, tested in `tests.rs`).
    fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        json::object!(out,
            "id": str(&self.id),
            "record": u64(self.record),
            "rule": name(self.rule.as_str()),
            "destination": opt_str(self.destination.as_deref()),
            "destination_id": opt_str(self.destination_id.as_deref()),
            "method": name(self.method.as_str()),
            "route": str(&self.route),
            "reason": str(&self.reason),
            "note": str(&self.note),
            "needs_review": bool(self.needs_review),
            "review_reasons": strs(&self.review_reasons),
            "email": opt_str(self.email.as_deref()),
            "email_source": opt_name(self.email_source.map(EmailSource::as_str)),
            "email_problem": opt_display_fixed(self.email_problem.as_ref(), EmailProblem::fixed_text),
            "quality": bool(self.quality),
            "quality_evidence": strs(&self.quality_evidence),
            "subject": name(self.subject.as_str()),
            "subject_evidence": strs(&self.subject_evidence),
            "local_library": opt_str(self.local_library.as_deref()),
            "library_evidence": strs(&self.library_evidence),
            "origin": str(&self.origin),
            "origin_id": opt_str(self.origin_id.as_deref()),
            "category": name(self.category.as_str()),
            "resolution": str(&self.resolution),
            "started_at": instant(self.started_at.as_ref()),
            "due_at": instant(self.due_at.as_ref()),
            "status": opt_name(self.status.map(Status::as_str)),
        );
        Ok(())
    }
}

impl Referral {
    /// A referral with every text empty: the room of one not written yet.
    fn empty() -> Referral {
        Referral {
            id: String::new(),
            record: 0,
            rule: RuleId::Default,
            destination: None,
            destination_id: None,
            method: Method::None,
            route: String::new(),
            reason: String::new(),
            note: String::new(),
            needs_review: false,
            review_reasons: Vec::new(),
            email: None,
            email_source: None,
            email_problem: None,
            quality: false,
            quality_evidence: Vec::new(),
            subject: Subject::None,
            subject_evidence: Vec::new(),
            local_library: None,
            library_evidence: Vec::new(),
            origin: String::new(),
            origin_id: None,
            category: Category::Other,
            resolution: String::new(),
            started_at: None,
            due_at: None,
            status: None,
        }
    }

    /// Gives this referral's texts to the next chat this thread refers, to be written over
    /// rather than allocated anew (call when it is written out and no longer needed).
    pub fn recycle(self) {
        // A referral with a very long text (a long field of the chat) is freed, not kept.
        const KEEP: usize = 4096;
        let long = |s: &String| s.capacity() > KEEP;
        let texts = [
            &self.id,
            &self.route,
            &self.reason,
            &self.note,
            &self.origin,
        ];
        let lists = [
            &self.review_reasons,
            &self.quality_evidence,
            &self.subject_evidence,
            &self.library_evidence,
        ];
        let opts = [
            &self.destination,
            &self.destination_id,
            &self.email,
            &self.local_library,
            &self.origin_id,
        ];
        if texts.into_iter().any(long)
            || long(&self.resolution)
            || lists.into_iter().flatten().any(long)
            || opts.into_iter().flatten().any(long)
        {
            return;
        }
        ROOM.with_borrow_mut(|room| room.referral = Some(self));
    }
}

/// A referral written out, kept by its thread for the next chat it refers, and the texts of
/// its fields that are none or lists that shrank.
struct Room {
    referral: Option<Referral>,
    spare: Vec<String>,
}

thread_local! {
    static ROOM: std::cell::RefCell<Room> = const {
        std::cell::RefCell::new(Room {
            referral: None,
            spare: Vec::new(),
        })
    };
}

/// `slot` set to `text`, in its own allocation.
fn set(slot: &mut String, text: &str) {
    slot.clear();
    slot.push_str(text);
}

/// `slot` set to `text`: in the allocation it holds or one from `spare`; none gives its
/// allocation to `spare`.
fn set_opt(slot: &mut Option<String>, text: Option<&str>, spare: &mut Vec<String>) {
    match text {
        Some(text) => set(
            slot.get_or_insert_with(|| spare.pop().unwrap_or_default()),
            text,
        ),
        None => spare.extend(slot.take()),
    }
}

/// `slot` set to a copy of `texts`, in the allocations it holds or ones from `spare`; the texts
/// it no longer needs go to `spare`.
fn set_list(slot: &mut Vec<String>, texts: &[String], spare: &mut Vec<String>) {
    if slot.len() > texts.len() {
        spare.extend(slot.drain(texts.len()..));
    }
    for (i, text) in texts.iter().enumerate() {
        match slot.get_mut(i) {
            Some(s) => set(s, text),
            None => {
                let mut s = spare.pop().unwrap_or_default();
                set(&mut s, text);
                slot.push(s);
            }
        }
    }
}

/// One line of `--explain`: a rule, whether it applied, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub order: usize,
    pub rule: RuleId,
    /// `applied` for the rule that decided, else `not-applied`.
    pub outcome: &'static str,
    pub when: String,
    pub why: String,
    pub destination: Option<String>,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Mask the patron's e-mail address in the note and the `email` field.
    pub redact: bool,
}

/// A destination account, resolved once from the directory (or the rule table's fallback); its
/// texts borrowed from the directory, so a referral copies nothing to decide.
#[derive(Debug, Clone, PartialEq)]
struct Dest<'a> {
    id: Cow<'a, str>,
    account: Cow<'a, str>,
    partner: bool,
    contact: Cow<'a, str>,
    in_directory: bool,
}

impl<'a> Dest<'a> {
    fn of(lib: &'a Library) -> Dest<'a> {
        Dest {
            id: Cow::Borrowed(&lib.id),
            account: Cow::Borrowed(&lib.account),
            partner: lib.partner,
            contact: Cow::Borrowed(&lib.contact_email),
            in_directory: true,
        }
    }

    /// The invariant: never the all-capitals account. A directory file cannot hold it (it is
    /// refused when read); this guards libraries built any other way.
    fn guarded(mut self) -> Dest<'a> {
        if is_forbidden_account(&self.account) {
            self.account = Cow::Borrowed(PRATT_ACCOUNT);
        }
        self
    }

    /// The same destination, its texts borrowed from this one.
    fn borrowed(&self) -> Dest<'_> {
        Dest {
            id: Cow::Borrowed(&self.id),
            account: Cow::Borrowed(&self.account),
            partner: self.partner,
            contact: Cow::Borrowed(&self.contact),
            in_directory: self.in_directory,
        }
    }
}

/// Refers chats by the rule table against one directory. Build once, then call
/// [`Referrer::refer`] per chat (it is cheap and `Sync`, so it can run inside triage's workers).
pub struct Referrer<'d> {
    dir: &'d Directory,
    rules: Vec<RuleText>,
    /// The fixed destination of each rule, by position in `rules`.
    fixed: Vec<Option<Dest<'d>>>,
    /// The reason of each rule, by position in `rules`.
    reasons: Vec<Reason>,
    /// Whether the directory holds an account a referral must not go to (one built in code).
    forbidden: bool,
    options: Options,
}

impl<'d> Referrer<'d> {
    pub fn new(dir: &'d Directory, options: Options) -> Result<Referrer<'d>> {
        Ok(Referrer::with_rules(dir, rules::default_rules(), options))
    }

    pub fn with_rules(dir: &'d Directory, rules: Vec<RuleText>, options: Options) -> Referrer<'d> {
        let fixed = rules
            .iter()
            .map(|r| {
                if r.destination.is_empty() {
                    return None;
                }
                let lib = dir.get(&r.destination).or_else(|| dir.lookup(&r.account));
                Some(
                    match lib {
                        Some(lib) => Dest::of(lib),
                        None => Dest {
                            id: Cow::Owned(r.destination.clone()),
                            account: Cow::Owned(r.account.clone()),
                            partner: true,
                            contact: Cow::Borrowed(""),
                            in_directory: false,
                        },
                    }
                    .guarded(),
                )
            })
            .collect();
        let reasons = rules.iter().map(|r| Reason::parse(&r.reason)).collect();
        let forbidden = dir
            .libraries
            .iter()
            .any(|l| is_forbidden_account(&l.account));
        Referrer {
            dir,
            rules,
            fixed,
            reasons,
            forbidden,
            options,
        }
    }

    pub fn rules(&self) -> &[RuleText] {
        &self.rules
    }

    /// The first rule that applies, its evidence and its destination.
    fn decide<'a>(&'a self, t: &'a Triaged) -> (usize, Cow<'a, [String]>, Option<Dest<'a>>) {
        for (i, rule) in self.rules.iter().enumerate() {
            if let Verdict::Applies { evidence, library } = rule.id.check_with(t, self.dir, false) {
                let dest = match library {
                    // The directory cannot change: only one holding the account is guarded.
                    Some(lib) if self.forbidden => Some(Dest::of(lib).guarded()),
                    Some(lib) => Some(Dest::of(lib)),
                    None => self.fixed[i].as_ref().map(Dest::borrowed),
                };
                return (i, evidence, dest);
            }
        }
        unreachable!("the default rule always applies")
    }

    /// The referral of one chat, written into the room of the referral this thread last
    /// [recycled](Referral::recycle) (or made afresh when there is none).
    pub fn refer(&self, t: &Triaged) -> Referral {
        ROOM.with_borrow_mut(|room| {
            let mut r = room.referral.take().unwrap_or_else(Referral::empty);
            self.refer_into(t, &mut r, &mut room.spare);
            r
        })
    }

    /// Writes the referral of `t` over `r`, every field, into the texts' allocations `r` holds
    /// (and those in `spare`).
    fn refer_into(&self, t: &Triaged, r: &mut Referral, spare: &mut Vec<String>) {
        let (i, evidence, dest) = self.decide(t);
        let rule = &self.rules[i];
        let method = method(rule.id, dest.as_ref());
        match (&t.email, self.options.redact) {
            (Some(e), true) => set_opt(&mut r.email, Some(&redact_email(e)), spare),
            (e, _) => set_opt(&mut r.email, e.as_deref(), spare),
        }
        r.reason.clear();
        self.reasons[i].fill(&mut r.reason, &evidence, dest.as_ref());
        r.route.clear();
        route_into(&mut r.route, method, dest.as_ref());
        r.note.clear();
        note_into(
            &mut r.note,
            NoteFacts::of(rule.id, t),
            dest.as_ref(),
            |n| n.push_str(&r.reason),
            &evidence,
            r.email.as_deref(),
        );
        set_opt(
            &mut r.destination,
            dest.as_ref().map(|d| &*d.account),
            spare,
        );
        set_opt(&mut r.destination_id, dest.as_ref().map(|d| &*d.id), spare);
        set(&mut r.id, &t.id);
        r.record = t.record;
        r.rule = rule.id;
        r.method = method;
        r.needs_review = t.needs_review;
        set_list(&mut r.review_reasons, &t.review_reasons, spare);
        r.email_source = t.email_source;
        r.email_problem.clone_from(&t.email_problem);
        r.quality = t.quality;
        set_list(&mut r.quality_evidence, &t.quality_evidence, spare);
        r.subject = t.subject;
        set_list(&mut r.subject_evidence, &t.subject_evidence, spare);
        set_opt(&mut r.local_library, t.local_library.as_deref(), spare);
        set_list(&mut r.library_evidence, &t.library_evidence, spare);
        set(&mut r.origin, &t.origin);
        set_opt(&mut r.origin_id, t.origin_id.as_deref(), spare);
        r.category = t.category;
        set(&mut r.resolution, &t.resolution);
        r.started_at = t.started_at;
        r.due_at = t.due_at;
        r.status = t.status;
    }

    /// The JSON text of the referral of `t` appended to `out`: the bytes of
    /// `refer(t).write_json`, written from the chat and the decision without making the
    /// referral (the streaming path; its route, reason and note written straight into `out`).
    pub fn write_json(&self, t: &Triaged, out: &mut Vec<u8>) {
        use crate::record::json::field::{
            bool, instant, name, opt_display_fixed, opt_name, opt_str, str, strs, u64,
        };
        let (i, evidence, dest) = self.decide(t);
        let (rule, dest) = (&self.rules[i], dest.as_ref());
        let method = method(rule.id, dest);
        let email = match (&t.email, self.options.redact) {
            (Some(e), true) => Some(Cow::Owned(redact_email(e))),
            (e, _) => e.as_deref().map(Cow::Borrowed),
        };
        str(out, "{\"id\":", &t.id);
        u64(out, ",\"record\":", t.record);
        name(out, ",\"rule\":", rule.id.as_str());
        opt_str(out, ",\"destination\":", dest.map(|d| &*d.account));
        opt_str(out, ",\"destination_id\":", dest.map(|d| &*d.id));
        name(out, ",\"method\":", method.as_str());
        out.extend_from_slice(b",\"route\":\"");
        route_into(&mut JsonText(out), method, dest);
        out.extend_from_slice(b"\",\"reason\":\"");
        let start = out.len();
        self.reasons[i].fill(&mut JsonText(out), &evidence, dest);
        let reason = start..out.len();
        out.extend_from_slice(b"\",\"note\":\"");
        note_into(
            &mut JsonText(out),
            NoteFacts::of(rule.id, t),
            dest,
            // The reason as just written, escaped.
            |n| n.0.extend_from_within(reason),
            &evidence,
            email.as_deref(),
        );
        out.push(b'"');
        bool(out, ",\"needs_review\":", t.needs_review);
        strs(out, ",\"review_reasons\":", &t.review_reasons);
        opt_str(out, ",\"email\":", email.as_deref());
        opt_name(
            out,
            ",\"email_source\":",
            t.email_source.map(EmailSource::as_str),
        );
        opt_display_fixed(
            out,
            ",\"email_problem\":",
            t.email_problem.as_ref(),
            EmailProblem::fixed_text,
        );
        bool(out, ",\"quality\":", t.quality);
        strs(out, ",\"quality_evidence\":", &t.quality_evidence);
        name(out, ",\"subject\":", t.subject.as_str());
        strs(out, ",\"subject_evidence\":", &t.subject_evidence);
        opt_str(out, ",\"local_library\":", t.local_library.as_deref());
        strs(out, ",\"library_evidence\":", &t.library_evidence);
        str(out, ",\"origin\":", &t.origin);
        opt_str(out, ",\"origin_id\":", t.origin_id.as_deref());
        name(out, ",\"category\":", t.category.as_str());
        str(out, ",\"resolution\":", &t.resolution);
        instant(out, ",\"started_at\":", t.started_at.as_ref());
        instant(out, ",\"due_at\":", t.due_at.as_ref());
        opt_name(out, ",\"status\":", t.status.map(Status::as_str));
        out.push(b'}');
    }

    /// The decision alone, for `--summary`: no reason or note is written.
    pub fn tally(&self, t: &Triaged) -> Tally {
        let (i, _, dest) = self.decide(t);
        let rule = self.rules[i].id;
        let method = method(rule, dest.as_ref());
        let (destination, destination_id) = match dest {
            Some(d) => (Some(d.account.into_owned()), Some(d.id.into_owned())),
            None => (None, None),
        };
        Tally {
            rule,
            destination_id,
            destination,
            method,
        }
    }

    /// Every rule in order for one chat: the one that decided, and why each other did not.
    pub fn explain(&self, t: &Triaged) -> Vec<Step> {
        let (decided, _, _) = self.decide(t);
        self.rules
            .iter()
            .enumerate()
            .map(|(i, rule)| {
                let verdict = rule.id.check(t, self.dir);
                let dest = match &verdict {
                    Verdict::Applies {
                        library: Some(lib), ..
                    } => Some(Dest::of(lib).guarded()),
                    Verdict::Applies { .. } => self.fixed[i].as_ref().map(Dest::borrowed),
                    Verdict::DoesNotApply(_) => None,
                };
                let why = match verdict {
                    Verdict::Applies { evidence, .. } if i == decided => {
                        fill_reason(rule, &evidence, dest.as_ref())
                    }
                    Verdict::Applies { evidence, .. } => format!(
                        "it would apply ({}), but the earlier rule {} decided",
                        quoted(&evidence, 2, "no evidence needed"),
                        self.rules[decided].id
                    ),
                    Verdict::DoesNotApply(why) => why,
                };
                Step {
                    order: i + 1,
                    rule: rule.id,
                    outcome: if i == decided {
                        "applied"
                    } else {
                        "not-applied"
                    },
                    when: rule.when.clone(),
                    why,
                    destination: dest
                        .filter(|_| i == decided)
                        .map(|d| d.account.into_owned()),
                }
            })
            .collect()
    }
}

/// How a destination is reached: Quality Control by its own menu, partners by Partner
/// (Subscription), other libraries by E-mail Partner; no destination, no referral.
fn method(rule: RuleId, dest: Option<&Dest>) -> Method {
    match (dest, rule) {
        (None, _) => Method::None,
        (Some(_), RuleId::Quality) => Method::QualityControl,
        (Some(d), _) if d.partner => Method::Partner,
        (Some(_), _) => Method::EmailPartner,
    }
}

/// Where the referral's own texts (its route, reason and note) are written: a `String` for a
/// [`Referral`], or straight into a JSON string for the streaming path
/// ([`Referrer::write_json`]), so each is worded in one place.
trait Text {
    /// The referral's own wording, which needs no escaping in JSON.
    fn plain(&mut self, s: &str);
    /// Text from the chat or the directory.
    fn text(&mut self, s: &str);
    /// A quotation mark.
    fn quote(&mut self);
}

impl Text for String {
    fn plain(&mut self, s: &str) {
        self.push_str(s);
    }

    fn text(&mut self, s: &str) {
        self.push_str(s);
    }

    fn quote(&mut self) {
        self.push('"');
    }
}

/// The inside of a JSON string being written at the end of a buffer (its quotes are the
/// caller's): the referral's wording copied as is, other text escaped.
struct JsonText<'o>(&'o mut Vec<u8>);

impl Text for JsonText<'_> {
    fn plain(&mut self, s: &str) {
        debug_assert!(is_json_plain(s), "{s:?} needs escaping");
        self.0.extend_from_slice(s.as_bytes());
    }

    fn text(&mut self, s: &str) {
        json::escaped_into(self.0, s.as_bytes());
    }

    fn quote(&mut self) {
        self.0.extend_from_slice(b"\\\"");
    }
}

/// Whether JSON writes `s` as it is: no control character, quotation mark or backslash.
fn is_json_plain(s: &str) -> bool {
    s.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\')
}

/// Up to `max` pieces of evidence, quoted; `none` when there are none.
fn quoted(evidence: &[String], max: usize, none: &str) -> String {
    let mut out = String::new();
    quoted_into(&mut out, evidence, max, none);
    out
}

/// [`quoted`] appended to `out`: the reason and the note are written in place, without a string
/// per piece of evidence.
fn quoted_into<T: Text>(out: &mut T, evidence: &[String], max: usize, none: &str) {
    if evidence.is_empty() {
        out.plain(none);
        return;
    }
    for (i, e) in evidence.iter().take(max).enumerate() {
        if i > 0 {
            out.plain(", ");
        }
        let e = e.trim();
        // Sentences (the academic origin) are not the patron's words: no quotes.
        if is_sentence(e) {
            out.text(e);
        } else {
            out.quote();
            shorten_into(out, e, 80);
            out.quote();
        }
    }
    if evidence.len() > max {
        out.plain(", ");
        out.plain(&(evidence.len() - max).to_string());
        out.plain(" more");
    }
}

/// Evidence the referral wrote itself (not the patron's words), shown without quotes.
fn is_sentence(e: &str) -> bool {
    [
        "the chat came from",
        "the patron's mention of",
        "triage named",
    ]
    .iter()
    .any(|p| e.starts_with(p))
}

/// `s`, or its first `max - 1` characters and "…" when it is longer than `max`.
fn shorten_into<T: Text>(out: &mut T, s: &str, max: usize) {
    match s.char_indices().nth(max) {
        None => out.text(s),
        Some(_) => {
            let end = s.char_indices().nth(max - 1).map_or(s.len(), |(i, _)| i);
            out.text(&s[..end]);
            out.plain("…");
        }
    }
}

/// The reason quotes at most this much evidence; the note gives the rest.
const REASON_EVIDENCE: usize = 2;

fn fill_reason(rule: &RuleText, evidence: &[String], dest: Option<&Dest>) -> String {
    let mut out = String::with_capacity(rule.reason.len() + 128);
    Reason::parse(&rule.reason).fill(&mut out, evidence, dest);
    out
}

/// A rule's reason split at its placeholders once, when the referrer is made: filling it in
/// for a chat looks for no brace.
#[derive(Debug, Clone, PartialEq)]
struct Reason {
    pieces: Vec<Piece>,
    /// The wording needs no escaping in JSON (the embedded table's does not).
    plain: bool,
}

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    /// The rule's wording (an unknown placeholder too, as it is written).
    Words(String),
    /// `{evidence}`.
    Evidence,
    /// ` ({evidence})`: "A law question ({evidence}): …" reads better without empty brackets.
    Bracketed,
    /// `{problem}`.
    Problem,
    /// `{destination}`.
    Destination,
}

impl Reason {
    fn parse(reason: &str) -> Reason {
        fn words(pieces: &mut Vec<Piece>, s: &str) {
            if !s.is_empty() {
                pieces.push(Piece::Words(s.to_string()));
            }
        }
        let mut pieces = Vec::new();
        let mut rest = reason;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| open + c) else {
                break;
            };
            let (before, name) = (&rest[..open], &rest[open..=close]);
            rest = &rest[close + 1..];
            let piece = match name {
                "{evidence}" if before.ends_with(" (") && rest.starts_with(')') => {
                    rest = &rest[1..];
                    words(&mut pieces, &before[..before.len() - 2]);
                    Piece::Bracketed
                }
                "{evidence}" => Piece::Evidence,
                "{problem}" => Piece::Problem,
                "{destination}" => Piece::Destination,
                other => Piece::Words(format!("{before}{other}")),
            };
            if !matches!(piece, Piece::Bracketed | Piece::Words(_)) {
                words(&mut pieces, before);
            }
            pieces.push(piece);
        }
        words(&mut pieces, rest);
        Reason {
            pieces,
            plain: is_json_plain(reason),
        }
    }

    /// The reason for a chat with this evidence and destination, appended to `out`.
    fn fill<T: Text>(&self, out: &mut T, evidence: &[String], dest: Option<&Dest>) {
        for piece in &self.pieces {
            match piece {
                Piece::Words(w) if self.plain => out.plain(w),
                Piece::Words(w) => out.text(w),
                Piece::Evidence => quoted_into(out, evidence, REASON_EVIDENCE, "no evidence given"),
                Piece::Bracketed if evidence.is_empty() => {}
                Piece::Bracketed => {
                    out.plain(" (");
                    quoted_into(out, evidence, REASON_EVIDENCE, "no evidence given");
                    out.plain(")");
                }
                // Triage's e-mail problem is its own sentence, not the patron's words: no quotes.
                Piece::Problem => match evidence.first() {
                    Some(p) => out.text(p),
                    None => out.plain(rules::NO_ADDRESS_ANYWHERE),
                },
                Piece::Destination => out.text(dest.map_or("", |d| &d.account)),
            }
        }
    }
}

/// Where to click (or whom to e-mail) for a method, appended to `out`.
fn route_into<T: Text>(out: &mut T, method: Method, dest: Option<&Dest>) {
    match (method, dest) {
        (Method::QualityControl, _) => {
            out.plain("Refer To > Subject Matter Expert > Quality Control")
        }
        (Method::Partner, Some(d)) => {
            out.plain("Refer To > Partner (Subscription) > ");
            out.text(&d.account);
        }
        (Method::EmailPartner, Some(d)) if !d.contact.is_empty() => {
            out.plain("Refer To > E-mail Partner > ");
            out.text(&d.contact);
            out.plain(" (AUN contact of ");
            out.text(&d.account);
            out.plain(")");
        }
        (Method::EmailPartner, Some(d)) => {
            out.plain("Refer To > E-mail Partner: the directory has no AskUsNow! contact for ");
            out.text(&d.account);
            out.plain("; ask the statewide coordinators for it");
        }
        _ => out.plain("No referral: report the chat to the AskUsNow! statewide coordinators"),
    }
}

/// What the note needs of the triaged chat.
struct NoteFacts<'a> {
    rule: RuleId,
    email_source: Option<EmailSource>,
    due_at: Option<&'a Instant>,
    status: Option<Status>,
    /// Why triage is unsure; empty when it is not.
    review: &'a [String],
}

impl<'a> NoteFacts<'a> {
    fn of(rule: RuleId, t: &'a Triaged) -> NoteFacts<'a> {
        NoteFacts {
            rule,
            email_source: t.email_source,
            due_at: t.due_at.as_ref(),
            status: t.status,
            review: &t.review_reasons,
        }
    }
}

/// The text to paste, appended to `n`: where and why, the evidence, the patron's address, the
/// 72-hour due time. `reason` writes the reason (the JSON path copies the reason it wrote).
fn note_into<T: Text>(
    n: &mut T,
    facts: NoteFacts,
    dest: Option<&Dest>,
    reason: impl FnOnce(&mut T),
    evidence: &[String],
    email: Option<&str>,
) {
    let rule = facts.rule;
    match (rule, dest) {
        (_, None) => n.plain("No referral possible. "),
        (RuleId::Quality, Some(_)) => n.plain("For the QuestionPoint Quality Control team. "),
        (_, Some(d)) => {
            n.plain("Shared Follow-Up referral to ");
            n.text(&d.account);
            if !d.in_directory {
                n.plain(" (not in the directory in use)");
            }
            n.plain(". ");
        }
    }
    if !facts.review.is_empty() {
        n.plain("Please read the chat before sending: triage is unsure (");
        for (i, why) in facts.review.iter().enumerate() {
            if i > 0 {
                n.plain("; ");
            }
            n.text(why);
        }
        n.plain("). ");
    }
    n.plain("Why: ");
    reason(n);
    if evidence.len() > REASON_EVIDENCE && rule != RuleId::NoEmail {
        n.plain(" Evidence: ");
        quoted_into(n, evidence, 6, "");
        n.plain(".");
    }
    n.plain(" Patron e-mail on file: ");
    match (email, facts.email_source) {
        (Some(e), Some(EmailSource::WrittenOut)) => {
            n.text(e);
            n.plain(" (the patron wrote it out in words; normalised here).");
        }
        (Some(e), Some(EmailSource::Transcript)) => {
            n.text(e);
            n.plain(" (typed by the patron in the chat).");
        }
        (Some(e), _) => {
            n.text(e);
            n.plain(".");
        }
        (None, _) => n.plain("none."),
    }
    // A calendar time: letters, digits, spaces, a colon, brackets and a sign.
    let due = facts.due_at.map(crate::time::readable);
    match (rule, due) {
        (RuleId::NoEmail, Some(d)) => {
            n.plain(" The 72-hour e-mail follow-up would have been due ");
            n.plain(&d);
            n.plain(".");
        }
        (RuleId::Quality, Some(d)) => {
            n.plain(" The patron is owed an e-mail reply by ");
            n.plain(&d);
            n.plain(" (72 hours after the chat began).");
        }
        (_, Some(d)) => {
            n.plain(" Please reply to the patron by e-mail by ");
            n.plain(&d);
            n.plain(" (72 hours after the chat began).");
        }
        (_, None) => n.plain(
            " The export gives no start time: reply within 72 hours of the chat, as soon as possible.",
        ),
    }
    match facts.status {
        Some(Status::Overdue) if rule != RuleId::NoEmail => n.plain(" This is already past due."),
        Some(Status::DueSoon) if rule != RuleId::NoEmail => n.plain(" This is due soon."),
        _ => {}
    }
}

#[cfg(test)]
mod tests;
