//! Triage of one chat (rules.md §4–5), from the patron's words only: the question and the
//! patron's own transcript lines. Staff lines (whose speaker labels name the librarian's library)
//! and the service's boilerplate are never evidence; the system's lines are read only for a broken
//! session.

use super::email::{self, Found};
use super::lexicon::{self, Lexicon, LineMemo};
use super::model::{self, Features, Model, Speaker};
use super::personal;
use super::transcript::{self, Role};
use super::vocab::{Hit, Meaning, Quality, Vocabulary, WordSet};
use super::{
    copy_into, status_at, Category, Chat, EmailProblem, EmailSource, Room, Subject, Triaged,
    FOLLOW_UP_WITHIN,
};
use crate::directory::Directory;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use std::cell::Cell;

/// When triage happens and how it writes times.
#[derive(Debug, Clone, Copy)]
pub struct TriageOptions {
    /// The moment the deadline status is computed for.
    pub now: DateTime<Utc>,
    /// "due-soon" starts this long before the deadline.
    pub due_soon: Duration,
    /// Times are written in this zone.
    pub tz: Tz,
    /// `--redact`: no word of an e-mail address or a phone number is shown as a category's
    /// evidence (checked only then: without it the address is printed anyway).
    pub redact: bool,
    /// Find the words that weighed most for the category (`category_evidence`): off when the
    /// output does not show them (the table), whose category and confidence are the same.
    pub explain: bool,
}

impl TriageOptions {
    /// Status at `now`, due-soon within 24 hours, times written in `tz`.
    pub fn new(now: DateTime<Utc>, tz: Tz) -> Self {
        TriageOptions {
            now,
            due_soon: Duration::hours(24),
            tz,
            redact: false,
            explain: true,
        }
    }
}

/// True for the resolution "Follow Up By Patron Library", in any case or spacing, alone or as
/// one of a list of tags (LibChat exports the code among a chat's tags: "databases, Follow Up
/// By Patron Library").
pub fn is_follow_up(resolution: &str) -> bool {
    // The code as chat systems write it, checked first: this runs on every row of an export.
    if resolution.eq_ignore_ascii_case("Follow Up By Patron Library") {
        return true;
    }
    const WANT: &[u8] = b"followupbypatronlibrary";
    let is_code = |item: &str| {
        let mut it = item
            .bytes()
            .filter(|b| b.is_ascii_alphanumeric())
            .map(|b| b.to_ascii_lowercase());
        WANT.iter().all(|w| it.next() == Some(*w)) && it.next().is_none()
    };
    is_code(resolution)
        || resolution.len() > WANT.len() && resolution.split([',', ';', '|', '\n']).any(is_code)
}

/// Triage of chats, built once (the vocabulary and the model) and shared by worker threads.
#[derive(Debug, Clone)]
pub struct Triager {
    vocab: Vocabulary,
    directory: Directory,
    model: Model,
    /// The words of `model` and `vocab`, for reading a text once for both.
    lexicon: Lexicon,
    /// `vocab`'s title frames, for [`cue_context`].
    frames: TitleFrames,
}

/// How many words of evidence each finding keeps.
const EVIDENCE: usize = 5;

/// A subject cue in the librarian's words counts this much (the patron's, 1; their question, 2):
/// the librarian's judgement weighs most.
const STAFF_WEIGHT: u32 = 3;

/// A category this probable is trusted to set a subject cue aside.
const SURE_CATEGORY: f64 = 0.6;

const SEG_PATRON: u32 = 0;
const SEG_STAFF: u32 = 1;

/// One chat's words by role.
struct Conversation<'t> {
    /// The question, then the patron's lines, one a line.
    patron: String,
    question_end: usize,
    staff: String,
    system: Vec<&'t str>,
    /// The librarian's questions the patron answered yes ("Are you a Howard County resident?").
    confirmed: Vec<&'t str>,
    /// Where in `patron` the patron replies to the librarian's question of where they live: the
    /// patron's lines after it until the librarian speaks again.
    replies: Vec<std::ops::Range<usize>>,
    /// The transcript has more lines than are read ([`transcript::MAX_LINES`]).
    cut: bool,
}

thread_local! {
    /// The patron's and the librarian's texts of the chat this thread read last, kept for their
    /// room: a chat's texts are written into them instead of into new allocations.
    static TEXTS: Cell<(String, String)> = const { Cell::new((String::new(), String::new())) };
    /// Likewise the room of the lines with their roles, and of the system's and the
    /// confirmed lines.
    static LINES: Cell<Lines> = const { Cell::new((Vec::new(), Vec::new(), Vec::new())) };
}

type Lines = (
    Vec<(Role, &'static str)>,
    Vec<&'static str>,
    Vec<&'static str>,
);

impl Conversation<'_> {
    /// Gives the texts' room to the next chat this thread reads (not a very long chat's room:
    /// a thread keeps at most this much).
    fn recycle(self) {
        const KEEP: usize = 1 << 16;
        if self.patron.capacity() <= KEEP && self.staff.capacity() <= KEEP {
            TEXTS.set((self.patron, self.staff));
        }
        let keep = |v: Vec<&str>| match v.capacity() <= transcript::KEEP_LINES {
            true => transcript::emptied(v),
            false => Vec::new(),
        };
        let (lines, ..) = LINES.take();
        LINES.set((lines, keep(self.system), keep(self.confirmed)));
    }
}

/// The room a chat's features, phrases and evidence take, kept by the thread for its next chat.
#[derive(Default)]
struct Scratch {
    feats: Features,
    patron_hits: Vec<Hit>,
    staff_hits: Vec<Hit>,
    why: Vec<(u32, u32, u32, u32)>,
    /// The readings of the librarians' lines this thread has read.
    staff_lines: LineMemo,
    /// The readings of the patrons' lines this thread has read.
    patron_lines: LineMemo,
    /// The broken-session phrases of the system's lines this thread has read.
    system_lines: SystemLines,
}

/// The places of the broken-session phrases in the system's lines a thread has read, a line a
/// slot (by its hash): the chat system says the same few lines in every chat ("Chat ended by
/// librarian."), so each is searched once. A line not seen before takes its slot.
#[derive(Default)]
struct SystemLines {
    slots: Vec<SystemLine>,
}

/// One line of [`SystemLines`]: its hash, its text and where its phrases are.
#[derive(Default)]
struct SystemLine {
    key: u64,
    line: String,
    places: Vec<(u32, u32)>,
}

/// How many lines [`SystemLines`] keeps, and the longest (a longer one is searched each time).
const SYSTEM_SLOTS: usize = 64;
const SYSTEM_LINE: usize = 256;

thread_local! {
    /// Boxed: taken and given back as a pointer, not as the few hundred bytes of the room.
    static SCRATCH: Cell<Option<Box<Scratch>>> = const { Cell::new(None) };
}

impl Scratch {
    /// The room the thread's last chat left (empty when none).
    fn take() -> Box<Scratch> {
        SCRATCH.take().unwrap_or_default()
    }

    /// Gives the room to the thread's next chat (not a very long chat's room).
    fn recycle(self: Box<Self>) {
        const KEEP: usize = 1 << 14;
        if self.feats.found.capacity() <= KEEP
            && self.patron_hits.capacity() <= KEEP
            && self.staff_hits.capacity() <= KEEP
        {
            SCRATCH.set(Some(self));
        }
    }
}

/// Words that say the address written next corrects the one before.
const CORRECTIONS: [&str; 22] = [
    "sorry",
    "no it's",
    "no its",
    "no, it",
    "nope",
    "typo",
    "i mean",
    "i meant",
    "correction",
    "actually",
    "wrong",
    "should be",
    "oops",
    "misspel",
    "mistyped",
    "instead",
    "not that",
    "correct one",
    "new email",
    "better email",
    "use this",
    "use my",
];

/// Where [`CORRECTIONS`] are said in `text` (start, end), in order: found once for a chat, not
/// once for each pair of addresses.
fn corrections(text: &str) -> Vec<(usize, usize)> {
    let lower = text.to_ascii_lowercase();
    let mut at: Vec<(usize, usize)> = CORRECTIONS
        .iter()
        .flat_map(|c| memchr::memmem::find_iter(lower.as_bytes(), c).map(|i| (i, i + c.len())))
        .collect();
    at.sort_unstable();
    at
}

/// True when one of `corrections` is said within `from..to`.
fn says_correction(corrections: &[(usize, usize)], from: usize, to: usize) -> bool {
    let first = corrections.partition_point(|c| c.0 < from);
    // Past the first that starts there, only those starting in its last few bytes may end
    // sooner: a handful.
    corrections[first..]
        .iter()
        .take_while(|c| c.0 < to)
        .any(|c| c.1 <= to)
}

/// True when a patron's line, trimmed, is the question `q` (trimmed, not empty): a line
/// shorter than the question is not it, and is not trimmed to see.
fn is_the_question(line: &str, q: &str) -> bool {
    !q.is_empty() && line.len() >= q.len() && transcript::trim(line) == q
}

/// A librarian's line that asks something ("is this for a class?").
fn is_question(line: &str) -> bool {
    match line.as_bytes().last() {
        Some(b'?') => true,
        // Any other ASCII end but white space: no question (the usual line, without a trim).
        Some(c) if c.is_ascii() && !matches!(c, b' ' | b'\t'..=b'\r') => false,
        _ => line.trim_end().ends_with('?'),
    }
}

/// The sentences of `line` before its closing questions: "BARD is run by NLS. Have you tried
/// resetting it?" gives "BARD is run by NLS.".
fn statements_before_questions(line: &str) -> &str {
    let mut said = line.trim_end();
    while said.ends_with('?') {
        let body = said.trim_end_matches('?');
        // By bytes: the three are ASCII, so no other character holds them.
        match body.bytes().rposition(|c| matches!(c, b'.' | b'!' | b'?')) {
            Some(i) => said = body[..=i].trim_end(),
            None => return "",
        }
    }
    said
}

/// Messages that only ask the other to wait.
const FILLERS: [&str; 12] = [
    "hold on",
    "hold on a sec",
    "hold on a second",
    "hold on a minute",
    "one sec",
    "one second",
    "one moment",
    "one min",
    "just a sec",
    "just a second",
    "just a moment",
    "wait",
];

/// True when a patron's line is only a request to wait ("Hold on...", "one sec!").
fn is_filler(line: &str) -> bool {
    let t = line.trim().trim_end_matches(['.', '!', ',', '…', ' ']);
    t.len() <= 16 && FILLERS.iter().any(|f| t.eq_ignore_ascii_case(f))
}

/// True when the patron's line answers yes.
fn says_yes(line: &str) -> bool {
    let first = line
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    [
        "yes",
        "yeah",
        "yep",
        "yup",
        "ya",
        "yea",
        "y",
        "correct",
        "right",
        "sure",
        "exactly",
        "si",
        "definitely",
        "absolutely",
    ]
    .iter()
    .any(|yes| first.eq_ignore_ascii_case(yes))
}

/// What the patron's words showed, gathered over the question and the patron's lines (its
/// words borrowed from the chat's texts, copied only into the output).
#[derive(Default)]
struct Evidence<'t> {
    /// Where the patron's addresses are, typed or spelled out: their words are no evidence.
    addresses: Vec<std::ops::Range<usize>>,
    category: [u32; 4],
    category_first: [u32; 4],
    category_words: Vec<(Category, &'t str)>,
    /// Cues of each subject need that count on their own, and those that count only beside
    /// them (`weak` in the vocabulary: "dissertation").
    subject: [u32; 3],
    subject_weak: [u32; 3],
    /// The part of `subject` from the librarian's words.
    subject_staff: [u32; 3],
    subject_words: Vec<(Subject, &'t str)>,
    /// Cues set aside because they were part of a title or a name ("The Lincoln Lawyer").
    subject_doubts: Vec<(Subject, &'t str)>,
    /// Subject cues set aside as the topic of a paper ("a paper on braille literacy").
    subject_topics: Vec<(Subject, &'t str)>,
    /// Look-alikes the patron wrote ("basketball court"): the librarian's echo of one of their
    /// words ("the outdoor court") means the same thing.
    lookalikes: Vec<String>,
    quality_words: Vec<String>,
    /// Cues of a service problem that count only beside another ("I'll report it").
    quality_weak: Vec<String>,
    mentions: Vec<local::Mention>,
    /// What the patron's words say of where they live, besides the libraries named.
    local: local::Facts,
    /// Each address found, with where it starts in the patron's words.
    emails: Vec<(usize, Found)>,
    /// Where addresses are (their '@') that have a word typed right before them ("jane
    /// doe@example.com"): read as typed, and marked for review.
    cut_short: Vec<usize>,
    order: u32,
    /// The patron's words as read (to see what was said between two addresses).
    patron_text: String,
    /// An address's ending the patron gave as a correction after the first address ("sorry
    /// .com not .con"), with where it is in the patron's words.
    ending: Option<(usize, email::Ending<'t>)>,
    /// Where the librarian's words are boilerplate or a library's name: never shown as evidence.
    staff_quiet: Vec<(usize, usize)>,
}

/// The room of a chat's evidence lists, kept by the thread for its next chat (emptied; the
/// borrowed words' lifetime is the next chat's once refilled).
#[derive(Default)]
struct EvidenceRoom {
    category_words: Vec<(Category, &'static str)>,
    subject_words: Vec<(Subject, &'static str)>,
    mentions: Vec<local::Mention>,
    emails: Vec<(usize, Found)>,
    staff_quiet: Vec<(usize, usize)>,
}

thread_local! {
    static EVIDENCE_ROOM: Cell<EvidenceRoom> = Cell::new(EvidenceRoom::default());
}

/// `v` emptied, keeping its room unless it grew large (a long chat's).
fn emptied_room<T, U>(v: Vec<T>) -> Vec<U> {
    if v.capacity() <= 256 {
        transcript::emptied(v)
    } else {
        Vec::new()
    }
}

/// The most places named that a chat's evidence keeps, the first: a chat names a few, and a
/// text naming one a million times would take megabytes.
const MENTIONS: usize = 1024;

/// The most addresses a chat's evidence keeps, the first by position: chats have a few, and a
/// line of thousands (a hostile file) would take megabytes.
const ADDRESSES: usize = 256;

impl<'t> Evidence<'t> {
    /// Keeps the address found at `at` when it is among the first [`ADDRESSES`] by position.
    fn add_email(&mut self, at: usize, f: Found) {
        if self.emails.len() < ADDRESSES {
            self.emails.push((at, f));
        } else if let Some(last) = (0..self.emails.len()).max_by_key(|&i| self.emails[i].0) {
            if at < self.emails[last].0 {
                self.emails[last] = (at, f);
            }
        }
    }

    /// True when [`ADDRESSES`] are kept, all before `at`: none found from there on is kept.
    fn emails_full_before(&self, at: usize) -> bool {
        self.emails.len() == ADDRESSES && self.emails.iter().all(|e| e.0 < at)
    }

    /// No evidence yet, its lists in the room the thread's last chat left.
    fn from_room() -> Evidence<'t> {
        let room = EVIDENCE_ROOM.take();
        Evidence {
            category_words: transcript::emptied(room.category_words),
            subject_words: transcript::emptied(room.subject_words),
            mentions: room.mentions,
            emails: room.emails,
            staff_quiet: room.staff_quiet,
            ..Evidence::default()
        }
    }

    /// Gives the lists' room to the thread's next chat.
    fn recycle(self) {
        EVIDENCE_ROOM.set(EvidenceRoom {
            category_words: emptied_room(self.category_words),
            subject_words: emptied_room(self.subject_words),
            mentions: emptied_room(self.mentions),
            emails: emptied_room(self.emails),
            staff_quiet: emptied_room(self.staff_quiet),
        });
    }
}

impl Triager {
    /// The embedded vocabulary with `directory`'s libraries.
    pub fn new(directory: Directory) -> Triager {
        let vocab = Vocabulary::new(&directory);
        Triager::with_vocabulary(directory, vocab)
    }

    /// A vocabulary of one's own (the columns of `data/vocabulary.csv`).
    pub fn with_vocabulary(directory: Directory, vocab: Vocabulary) -> Triager {
        Triager::with_parts(directory, vocab, Model::embedded())
    }

    /// A vocabulary and a category model of one's own, built elsewhere (at the same time, say).
    pub fn with_parts(directory: Directory, vocab: Vocabulary, model: Model) -> Triager {
        Triager {
            lexicon: Lexicon::new(&model, &vocab),
            frames: TitleFrames::new(&vocab),
            vocab,
            directory,
            model,
        }
    }

    /// A category model of one's own (a file written by `aun train`).
    pub fn with_model(mut self, model: Model) -> Triager {
        self.lexicon = Lexicon::new(&model, &self.vocab);
        self.model = model;
        self
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocab
    }

    pub fn directory(&self) -> &Directory {
        &self.directory
    }

    /// Triage of one chat at `opts.now`.
    pub fn triage(&self, chat: &Chat, opts: &TriageOptions) -> Triaged {
        let text = transcript::plain_text(&chat.transcript);
        let question_text = transcript::plain_text(&chat.question);
        let comment = transcript::plain_text(&chat.comment);
        let conv = self.read_conversation(
            &text,
            &comment,
            &question_text,
            &chat.patron_name,
            &chat.operator,
        );
        // One pass over each speaker's words finds the model's features and the vocabulary's
        // phrases, into the room the thread's last chat left.
        let mut scratch = Scratch::take();
        let Scratch {
            feats,
            patron_hits,
            staff_hits,
            why,
            staff_lines,
            patron_lines,
            system_lines,
        } = &mut *scratch;
        feats.clear();
        // Room for about one feature in eight bytes of text: the vectors seldom grow (a long
        // text's grow as they are found).
        feats
            .found
            .reserve(((conv.patron.len() + conv.staff.len()) / 8).min(1 << 12));
        // A line this thread has read before from the same side is replayed, not read again:
        // librarians repeat greetings and canned messages, patrons short replies ("ok, thank
        // you!") and the stock questions of a library's form.
        patron_hits.clear();
        self.lexicon.read_lines(
            &self.model,
            &self.vocab,
            &conv.patron,
            Speaker::Patron,
            SEG_PATRON,
            feats,
            patron_hits,
            patron_lines,
        );
        let patron_features = feats.found.len();
        staff_hits.clear();
        self.lexicon.read_lines(
            &self.model,
            &self.vocab,
            &conv.staff,
            Speaker::Staff,
            SEG_STAFF,
            feats,
            staff_hits,
            staff_lines,
        );
        let (feats, patron_hits, staff_hits) = (&mut *feats, &patron_hits[..], &staff_hits[..]);
        let mut ev = Evidence::from_room();
        self.gather(
            &conv.patron,
            conv.question_end,
            &conv.replies,
            patron_hits,
            &mut ev,
        );
        // Nor are they the model's words (`aun train` masks them), the patron's or the
        // librarian's ("write to me at kelly@…").
        let staff_features = feats.found.len();
        let mut staff_addresses: Vec<_> = memchr::memchr_iter(b'@', conv.staff.as_bytes())
            .map(|at| email::typed_span(&conv.staff, at))
            .collect();
        email::merge_spans(&mut staff_addresses);
        feats.drop_in(patron_features..staff_features, &staff_addresses);
        feats.drop_in(0..patron_features, &ev.addresses);
        if ev.emails.len() > 1 {
            ev.patron_text = conv.patron.clone();
        }
        if let Some(at) = ev.emails.iter().map(|e| e.0).min() {
            ev.ending = email::corrected_ending(&conv.patron[at..], says_corrects)
                .map(|(i, ending)| (at + i, ending));
        }
        self.gather_staff(&conv.staff, staff_hits, &mut ev);
        for line in &conv.confirmed {
            self.confirmed_library(line, &mut ev);
        }
        for line in &conv.system {
            self.broken_session(line, system_lines, &mut ev);
        }
        for c in model::CLASSES {
            if c != Category::Other && ev.category[c as usize] > 0 {
                self.model.cue(c, feats);
            }
        }
        let (email, email_source, email_problem, email_doubt) = self.choose_email(chat, &ev);
        // The chat's texts are copied into the room of a record this thread wrote out.
        let mut room = Room::take();
        let (category, category_evidence, category_confidence) = self.choose_category(
            feats,
            &conv,
            &ev,
            why,
            std::mem::take(&mut room.category_evidence),
            opts,
        );
        let (mut subject, mut subject_evidence) = choose_subject(&ev);
        let mut review: Vec<String> = email_doubt.into_iter().collect();
        // Law and specialist questions are research (rules.md §5), at most access or policy: such
        // a cue only in the patron's words of a loan question is a title or a look-alike ("a quilt
        // for my great-grandson") when the model is sure; in an "other" question (printing, directions) it is in doubt.
        if matches!(subject, Subject::Law | Subject::Specialist)
            && ev.subject_staff[subject_index(subject)] == 0
            && matches!(category, Category::Circulation | Category::Other)
        {
            review.push(format!(
                "{} cue in a{} {} question: a title or a look-alike? ({})",
                subject.as_str(),
                if category == Category::Other { "n" } else { "" },
                category.as_str(),
                subject_evidence.join(", ")
            ));
            // Set aside only when the model is sure of the loan question, and only a lone cue:
            // two of one need are rarely one title ("the court put my custody case on hold").
            if category == Category::Circulation
                && category_confidence >= SURE_CATEGORY
                && subject_evidence.len() < 2
            {
                (subject, subject_evidence) = (Subject::None, Vec::new());
            }
        }
        review.extend(subject_doubt(&ev, subject));
        // Weak cues count beside a strong one, or two of them together ("messages are delayed",
        // "I'll report it").
        let quality = !ev.quality_words.is_empty() || ev.quality_weak.len() >= 2;
        let mut quality_evidence = std::mem::take(&mut ev.quality_words);
        if quality {
            quality_evidence.append(&mut ev.quality_weak);
            quality_evidence.truncate(EVIDENCE);
        } else if !ev.quality_weak.is_empty() {
            review.push(format!(
                "a service problem? only weak cues ({})",
                ev.quality_weak.join(", ")
            ));
        }
        // The origin looked up once, for the local library and the record's origin id.
        let origin = self.directory.origin(&chat.origin);
        let (local_library, library_evidence, library_doubt) = local::decide(
            origin,
            &ev.mentions,
            &ev.local,
            &|| local::has_past_year(conv.patron.as_bytes()),
            &|| local::says_public_library(&conv.patron),
            &self.vocab,
            (room.local_library, room.library_evidence),
        );
        review.extend(library_doubt);
        if conv.cut {
            review.push(format!(
                "a transcript of {0} lines or more: only the first {0} were read",
                transcript::MAX_LINES
            ));
        }
        ev.recycle();
        conv.recycle();
        scratch.recycle();
        let due = chat.started_at.map(|t| t + FOLLOW_UP_WITHIN);
        Triaged {
            id: copy_into(room.id, &chat.id),
            record: chat.record,
            started_at: chat.started_at.map(|t| t.with_timezone(&opts.tz)),
            resolution: copy_into(room.resolution, &chat.resolution),
            origin: copy_into(room.origin, &chat.origin),
            origin_id: origin.map(|l| copy_into(room.origin_id, &l.id)),
            email,
            email_source,
            email_problem,
            category,
            category_evidence,
            category_confidence,
            subject,
            subject_evidence,
            local_library,
            library_evidence,
            quality,
            quality_evidence,
            needs_review: !review.is_empty(),
            review_reasons: review,
            due_at: due.map(|d| d.with_timezone(&opts.tz)),
            status: due.map(|d| status_at(d, opts.now, opts.due_soon)),
        }
    }

    /// The conversation split by who said what: the patron's words (the question first), the
    /// librarian's words that count (not a question the patron left unanswered), the system's
    /// lines. The patron's survey comment (`comment`, may be empty) is the patron's last words.
    fn read_conversation<'t>(
        &self,
        text: &'t str,
        comment: &'t str,
        question: &str,
        patron_name: &str,
        operator: &str,
    ) -> Conversation<'t> {
        let (lines, system, confirmed) = LINES.take();
        let mut lines = transcript::emptied(lines);
        // A label that names a library, or the chat's own operator, is staff's.
        let operator = transcript::trim(operator);
        let is_staff = |l: &str| {
            (!operator.is_empty() && l.eq_ignore_ascii_case(operator)) || self.names_library(l)
        };
        transcript::read_into(text, patron_name, is_staff, &mut lines);
        if !comment.is_empty() {
            read_comment(comment, &mut lines);
        }
        // One text per role, one line each, so one search pass reads them all (no phrase
        // spans a newline). Each gets the room its lines take (at most), in the last chat's
        // texts when they have it: no more, since a long transcript's copies are most of the
        // memory a worker needs.
        let room = |r: Role| {
            let n = lines.iter().filter(|(role, _)| *role == r);
            n.map(|(_, l)| l.len() + 1).sum::<usize>()
        };
        let (mut patron, mut staff) = TEXTS.take();
        patron.clear();
        patron.reserve(question.len() + room(Role::Patron));
        staff.clear();
        staff.reserve(room(Role::Staff));
        patron.push_str(question);
        let question_end = patron.len();
        let q = transcript::trim(question);
        let mut system = transcript::emptied(system);
        let mut confirmed = transcript::emptied(confirmed);
        // The patron's first line after the line being read (`lines.len()` when none): found
        // once for a run of the librarian's questions, not once for each.
        let mut next_patron = 0;
        let mut replies = Vec::new();
        // The patron is replying to "where do you live?".
        let mut replying = false;
        for (i, (role, line)) in lines.iter().enumerate() {
            match role {
                // The question is usually the patron's first line too: read it once.
                Role::Patron if is_the_question(line, q) => {}
                // "hold on", "one sec": a message that only asks to wait says nothing of the
                // question ("hold" is also a loan's word).
                Role::Patron if is_filler(line) => {}
                Role::Patron => {
                    patron.push('\n');
                    if replying {
                        replies.push(patron.len()..patron.len() + line.len());
                    }
                    patron.push_str(line);
                }
                Role::Staff => {
                    // A question the patron did not answer is not evidence; what the librarian
                    // said before it in the same message is ("LBPH runs BARD. Have you tried…?").
                    let question = is_question(line);
                    replying = question && self.vocab.asks_where(line);
                    if question && next_patron <= i {
                        next_patron = lines[i + 1..]
                            .iter()
                            .position(|(r, _)| *r == Role::Patron)
                            .map_or(lines.len(), |k| i + 1 + k);
                    }
                    let yes = || lines.get(next_patron).is_some_and(|(_, l)| says_yes(l));
                    let said = if question && !yes() {
                        statements_before_questions(line)
                    } else {
                        if question {
                            confirmed.push(*line);
                        }
                        line
                    };
                    if !said.is_empty() {
                        staff.push('\n');
                        staff.push_str(said);
                    }
                }
                Role::System => system.push(*line),
            }
        }
        let cut = lines.len() == transcript::MAX_LINES;
        if lines.capacity() <= transcript::KEEP_LINES {
            LINES.set((transcript::emptied(lines), Vec::new(), Vec::new()));
        }
        Conversation {
            patron,
            question_end,
            staff,
            system,
            confirmed,
            replies,
            cut,
        }
    }

    /// The feature names of one chat, as the category model sees them (for `aun train`).
    pub fn category_features(&self, chat: &Chat) -> Vec<String> {
        let text = transcript::plain_text(&chat.transcript);
        let question_text = transcript::plain_text(&chat.question);
        let comment = transcript::plain_text(&chat.comment);
        let conv = self.read_conversation(
            &text,
            &comment,
            &question_text,
            &chat.patron_name,
            &chat.operator,
        );
        let mut ev = Evidence::default();
        let mut hits = Vec::new();
        self.vocab.scan(&conv.patron, |h| hits.push(h));
        self.gather(
            &conv.patron,
            conv.question_end,
            &conv.replies,
            &hits,
            &mut ev,
        );
        // No patron's address or phone number is ever a feature (the model file is shared).
        let mut names = Vec::new();
        model::feature_names(&personal::masked(&conv.patron), Speaker::Patron, &mut names);
        model::feature_names(&personal::masked(&conv.staff), Speaker::Staff, &mut names);
        for c in model::CLASSES {
            if c != Category::Other && ev.category[c as usize] > 0 {
                names.push(model::cue_name(c));
            }
        }
        names
    }

    /// The model's category, the words that weighed most for it, and its probability.
    fn choose_category(
        &self,
        feats: &Features,
        conv: &Conversation,
        ev: &Evidence,
        why: &mut Vec<(u32, u32, u32, u32)>,
        room: Vec<String>,
        opts: &TriageOptions,
    ) -> (Category, Vec<String>, f64) {
        let redact = opts.redact;
        if self.model.is_empty() {
            let (c, words) = choose_category(ev);
            return (c, words, 1.0);
        }
        let p = self.model.predict(feats);
        // Nothing in the patron's words but greetings: no question to classify.
        if !feats.found.iter().any(|f| f.3 == SEG_PATRON) && conv.patron.trim().len() < 40 {
            return (
                Category::Other,
                Vec::new(),
                (p.confidence as f64 * 100.0).round() / 100.0,
            );
        }
        let confidence = (p.confidence as f64 * 100.0).round() / 100.0;
        if !opts.explain {
            return (p.category, Vec::new(), confidence);
        }
        // The words are written into the strings of the list the thread wrote out last.
        let mut words = Words { list: room, len: 0 };
        // Function words weigh ("can I", "do you") but say nothing to a reader: not shown.
        self.model
            .explain_into(feats, p.category, EVIDENCE * 4, why);
        for &(i, s, e, seg) in why.iter() {
            if words.len() >= EVIDENCE {
                break;
            }
            let (s, e) = (s as usize, e as usize);
            match seg {
                SEG_PATRON if self.model.only_function_words(i) => {}
                // Words of an address or a phone number are personal data: never evidence
                // under --redact.
                SEG_PATRON if redact && personal::touches(&conv.patron, s, e) => {}
                SEG_PATRON => words.add(&[conv.patron.get(s..e).unwrap_or("")]),
                SEG_STAFF if self.model.only_function_words(i) => {}
                SEG_STAFF if redact && personal::touches(&conv.staff, s, e) => {}
                SEG_STAFF => {
                    if !ev.staff_quiet.iter().any(|&(a, b)| a < e && s < b) {
                        words.add(&["librarian: ", conv.staff.get(s..e).unwrap_or("")]);
                    }
                }
                // A vocabulary cue: the vocabulary's words for that category.
                _ => {
                    let c = model::CLASSES[s];
                    for (_, w) in ev.category_words.iter().filter(|(x, _)| *x == c) {
                        words.add(&[w]);
                    }
                }
            }
        }
        (p.category, words.into_list(EVIDENCE), confidence)
    }

    /// Where in `text` (the patron's words, `hits` its phrases) the addresses are: each typed
    /// around an '@', and each spelled out around an "at" the search found, which is read
    /// into `ev` here. Most texts have neither, and nothing is read for them.
    fn addresses(
        &self,
        text: &str,
        hits: &[Hit],
        ev: &mut Evidence<'_>,
    ) -> Vec<std::ops::Range<usize>> {
        let mut spans = Vec::new();
        for at in memchr::memchr_iter(b'@', text.as_bytes()) {
            spans.push(email::typed_span(text, at));
        }
        let tld = |t: &str| self.vocab.is_tld(t);
        for h in hits.iter().filter(|h| self.vocab.is_email_at(**h)) {
            if let Some((found, span)) = email::written_span(text, h.start, h.end, tld) {
                ev.add_email(h.start, found);
                spans.push(span);
            }
        }
        // "jane(at)yahoo.com", "jane [at] gmail [dot] com", "jane{at}aol.com".
        let bytes = text.as_bytes();
        for open in memchr::memchr3_iter(b'(', b'[', b'{', bytes) {
            let close = match bytes[open] {
                b'(' => b')',
                b'[' => b']',
                _ => b'}',
            };
            let marker = bytes.get(open + 1..open + 4);
            if marker.is_some_and(|m| m[..2].eq_ignore_ascii_case(b"at") && m[2] == close) {
                if let Some((found, span)) = email::written_span(text, open, open + 4, tld) {
                    ev.add_email(open, found);
                    spans.push(span);
                }
            }
        }
        email::merge_spans(&mut spans);
        spans
    }

    /// Reads the librarian's words: a subject need they judged ("a law librarian should follow
    /// up") and a service problem they will report. Their library names and addresses are never
    /// evidence.
    fn gather_staff<'t>(&self, text: &'t str, hits: &[Hit], ev: &mut Evidence<'t>) {
        for &h in hits {
            let words = &text[h.start..h.end];
            for m in self.vocab.meanings(h) {
                match *m {
                    Meaning::Boilerplate | Meaning::Library(..) => {
                        ev.staff_quiet.push((h.start, h.end));
                    }
                    Meaning::Subject(s) | Meaning::Lookalike(Some(s)) => {
                        self.subject_cue(text, h, *m, s, STAFF_WEIGHT, ev);
                    }
                    Meaning::Quality(Quality::Report) => {
                        let list = if self.vocab.is_weak(h) {
                            &mut ev.quality_weak
                        } else {
                            &mut ev.quality_words
                        };
                        push_quality(list, words);
                    }
                    _ => {}
                }
            }
        }
    }

    /// Counts a subject cue found at `h` in `text` with `weight`, unless its context says it
    /// means something else: part of an address or URL, a personal name, a title. A cue set aside
    /// as a title or a name is kept as a doubt.
    fn subject_cue<'t>(
        &self,
        text: &'t str,
        h: Hit,
        meaning: Meaning,
        s: Subject,
        weight: u32,
        ev: &mut Evidence<'t>,
    ) {
        let staff = weight == STAFF_WEIGHT;
        let words = &text[h.start..h.end];
        if staff && echoes(&ev.lookalikes, words) {
            return;
        }
        // A look-alike that names a subject ("Circuit Court") is a name of that subject.
        if !matches!(meaning, Meaning::Lookalike(_)) {
            let name = self.vocab.is_name(h);
            match cue_context(text, h.start, h.end, name, &self.vocab, &self.frames) {
                CueContext::Counts => {}
                CueContext::Address | CueContext::Name | CueContext::Search => return,
                CueContext::Title => {
                    push_word(&mut ev.subject_doubts, s, words);
                    return;
                }
                // A specialist may well be what a paper on old maps needs.
                CueContext::Topic if s != Subject::Specialist => {
                    push_word(&mut ev.subject_topics, s, words);
                    return;
                }
                CueContext::Topic => {}
            }
        }
        // "a photo ID and something with your address, like a lease or a bill": a document
        // shown as proof; "i need a form notarized for my custody case": a notary is asked for.
        // No law need.
        if s == Subject::Law && not_a_law_need(text, h.start, h.end, &self.vocab) {
            return;
        }
        let i = subject_index(s);
        if self.vocab.is_weak(h) {
            ev.subject_weak[i] += weight;
        } else {
            ev.subject[i] += weight;
        }
        if staff {
            ev.subject_staff[i] += weight;
        }
        push_word(&mut ev.subject_words, s, words);
    }

    /// A librarian's question about the patron's library that the patron answered yes ("Are you
    /// a Howard County resident?" "yes"): the library asked about is the patron's own.
    fn confirmed_library(&self, line: &str, ev: &mut Evidence) {
        let mut hits = Vec::new();
        self.vocab.scan(line, |h| hits.push(h));
        let cues = local::Cues::new(line, &hits, &self.vocab, &[]);
        for h in &hits {
            for m in self.vocab.meanings(*h) {
                if let Meaning::Library(library, strength) = *m {
                    ev.mentions.extend(
                        cues.mention(line, *h, library, strength)
                            .filter(local::Mention::is_mine),
                    );
                }
            }
        }
    }

    /// True when a speaker label names a library ("Kelly (Calvert Library)"): a staff label.
    fn names_library(&self, label: &str) -> bool {
        let mut found = false;
        self.vocab.scan(label, |h| {
            found |= self
                .vocab
                .meanings(h)
                .iter()
                .any(|m| matches!(m, Meaning::Library(..)));
        });
        found
    }

    /// Reads the patron's words and `hits`, the vocabulary's phrases in them; hits before
    /// `question_end` (the question) count double.
    fn gather<'t>(
        &self,
        text: &'t str,
        question_end: usize,
        replies: &[std::ops::Range<usize>],
        hits: &[Hit],
        ev: &mut Evidence<'t>,
    ) {
        if text.is_empty() {
            return;
        }
        let cues = local::Cues::new(text, hits, &self.vocab, replies);
        ev.local = cues.facts();
        let room = MENTIONS.saturating_sub(ev.mentions.len());
        ev.mentions
            .extend(cues.misspelt_places(text, &self.vocab).take(room));
        // The words of an address, typed or spelled out, are no evidence: "kim dot custody at
        // gmail dot com" needs no law library, "overdue.fines.kim@…" asks about no fine.
        let addresses = self.addresses(text, hits, ev);
        let in_address = |h: &Hit| email::in_spans(&addresses, h.start, h.end);
        for h in hits {
            let words = &text[h.start..h.end];
            let weight = if h.start < question_end { 2 } else { 1 };
            for m in self.vocab.meanings(*h) {
                ev.order += 1;
                match *m {
                    Meaning::Category(_)
                    | Meaning::Subject(_)
                    | Meaning::Lookalike(_)
                    | Meaning::Quality(_)
                    | Meaning::Library(..)
                        if in_address(h) => {}
                    Meaning::Category(c) => {
                        let i = c as usize;
                        if ev.category[i] == 0 {
                            ev.category_first[i] = ev.order;
                        }
                        ev.category[i] += weight;
                        push_word(&mut ev.category_words, c, words);
                    }
                    Meaning::Subject(s) | Meaning::Lookalike(Some(s)) => {
                        self.subject_cue(text, *h, *m, s, weight, ev);
                    }
                    Meaning::Quality(Quality::Complaint)
                        if about_something_else(text, h.start, &self.vocab) => {}
                    Meaning::Quality(Quality::Complaint | Quality::Abuse) => {
                        let list = if self.vocab.is_weak(*h) {
                            &mut ev.quality_weak
                        } else {
                            &mut ev.quality_words
                        };
                        push_quality(list, words);
                    }
                    Meaning::Library(library, strength) if ev.mentions.len() < MENTIONS => {
                        ev.mentions
                            .extend(cues.mention(text, *h, library, strength));
                    }
                    Meaning::Library(..) => {}
                    // Read with the addresses' places, above.
                    Meaning::EmailAt => {}
                    Meaning::Lookalike(None) => {
                        if ev.lookalikes.len() < EVIDENCE {
                            ev.lookalikes.push(words.to_ascii_lowercase());
                        }
                    }
                    Meaning::Quality(Quality::Broken | Quality::Report)
                    | Meaning::Boilerplate
                    | Meaning::Cue(_) => {}
                }
            }
        }
        cues.recycle();
        ev.addresses = addresses;
        let clean = email::clean_invisibles(text);
        // Each address where its '@' is in `text`, as the written-out ones are.
        let mut places = email::Uncleaned::new(text);
        for at in memchr::memchr_iter(b'@', clean.as_bytes()) {
            let place = match clean {
                std::borrow::Cow::Borrowed(_) => at,
                std::borrow::Cow::Owned(_) => places.place(at),
            };
            if ev.emails_full_before(place) {
                break;
            }
            if let Some(f) = email::at_sign(&clean, at, |t| self.vocab.is_tld(t)) {
                if matches!(f, Found::Address { .. }) && email::word_before_local(&clean, at) {
                    ev.cut_short.push(place);
                }
                ev.add_email(place, f);
            }
        }
    }

    /// The system's lines tell of a broken session ("The patron's connection was lost.").
    fn broken_session(&self, text: &str, memo: &mut SystemLines, ev: &mut Evidence) {
        if text.len() > SYSTEM_LINE {
            return self
                .vocab
                .broken_session(text, |words| push_quality(&mut ev.quality_words, words));
        }
        if memo.slots.is_empty() {
            memo.slots.resize_with(SYSTEM_SLOTS, Default::default);
        }
        let h = lexicon::line_hash(text.as_bytes());
        let SystemLine { key, line, places } = &mut memo.slots[h as usize % SYSTEM_SLOTS];
        if *key != h || line != text {
            *key = h;
            line.clear();
            line.push_str(text);
            places.clear();
            let start = text.as_ptr() as usize;
            self.vocab.broken_session(text, |words| {
                let at = (words.as_ptr() as usize - start) as u32;
                places.push((at, at + words.len() as u32));
            });
        }
        for &(start, end) in places.iter() {
            push_quality(&mut ev.quality_words, &text[start as usize..end as usize]);
        }
    }

    /// The address at `at` in the patron's words, `typed`, with the ending the patron gave as a
    /// correction after it ("sorry .com not .con"), marked for review; none when there is no
    /// such correction or it makes no address.
    #[allow(clippy::type_complexity)]
    fn ending_after(
        &self,
        ev: &Evidence,
        at: usize,
        typed: &str,
    ) -> Option<(
        Option<String>,
        Option<EmailSource>,
        Option<EmailProblem>,
        Option<String>,
    )> {
        let (_, ending) = ev.ending.filter(|e| e.0 > at)?;
        let fixed = email::with_ending(typed, ending)?;
        let domain = |a: &str| a.rsplit_once('@').map_or("", |x| x.1).to_lowercase();
        // The domains only: the patron's name in an address is not repeated in a reason.
        let note = if domain(typed) == domain(&fixed) {
            "e-mail corrected by the patron: the part before @ retyped".to_string()
        } else {
            format!(
                "e-mail corrected by the patron: typed {}, read as {}",
                domain(typed),
                domain(&fixed)
            )
        };
        Some((Some(fixed), Some(EmailSource::Transcript), None, Some(note)))
    }

    /// The field's address when valid; else the first address the patron wrote (not at a library's
    /// or the service's domain); else why there is none.
    /// The patron's address, where it came from, why there is none, and a note for review when
    /// a typo in a well-known provider's domain was corrected ("hotmail.con").
    fn choose_email(
        &self,
        chat: &Chat,
        ev: &Evidence,
    ) -> (
        Option<String>,
        Option<EmailSource>,
        Option<EmailProblem>,
        Option<String>,
    ) {
        let usable = |a: &str| {
            let domain = a.rsplit_once('@').map_or("", |x| x.1);
            !self.vocab.is_service_domain(domain)
        };
        // The field's address, unless it is the service's own: a LibraryH3lp export may put
        // the guest's chat address there (`…@sms.libraryh3lp.com`), which takes no e-mail.
        let field = chat.patron_email.trim();
        let field_address = email::valid(field);
        let service_field = field_address.as_deref().is_some_and(|a| !usable(a));
        if let Some(a) = field_address.filter(|_| !service_field) {
            return match email::provider_typo(&a) {
                Some(fixed) => {
                    let doubt = corrected_note(&a, &fixed);
                    (Some(fixed), Some(EmailSource::Field), None, Some(doubt))
                }
                None => (Some(a), Some(EmailSource::Field), None, None),
            };
        }
        // The patron's addresses in the order written, each with a provider's typo corrected
        // (and what was typed); an incomplete one counts when the correction completes it
        // ("jane@hotmail.con"). A later one that corrects the first (a near spelling, or said as a
        // correction: "sorry, typo", "I mean") replaces it, and so does the same address typed
        // right after a corrected one: the patron confirmed it.
        let mut found: Vec<(usize, String, bool, Option<&str>)> = ev
            .emails
            .iter()
            .filter_map(|(at, f)| {
                let (typed, written_out) = match f {
                    Found::Address {
                        address,
                        written_out,
                    } => (address.as_str(), *written_out),
                    Found::Malformed(m) => (m.as_str(), false),
                };
                let fixed = email::provider_typo(typed);
                if fixed.is_none() && matches!(f, Found::Malformed(_)) {
                    return None;
                }
                let was = fixed.is_some().then_some(typed);
                let address = fixed.unwrap_or_else(|| typed.to_string());
                usable(&address).then_some((*at, address, written_out, was))
            })
            .collect();
        found.sort_by_key(|f| f.0);
        if !found.is_empty() {
            let said = match found.len() {
                1 => Vec::new(),
                _ => corrections(&ev.patron_text),
            };
            // An address the patron disowns ("X, not Y") is never chosen, nor a correction.
            let disowned = |f: &(usize, String, bool, Option<&str>)| {
                ev.patron_text.get(..f.0).is_some_and(|before| {
                    // `f.0` is where its '@' is: what comes before the local part.
                    let local = |c: char| c.is_alphanumeric() || "._%+-'".contains(c);
                    says_not_before(before.trim_end_matches(local))
                })
            };
            // Nor, when the patron gives one of their own, an address said to be someone
            // else's ("my lawyer's email is X, mine is Y").
            let others = |f: &(usize, String, bool, Option<&str>)| {
                let local = |c: char| c.is_alphanumeric() || "._%+-'".contains(c);
                ev.patron_text
                    .get(..f.0)
                    .is_some_and(|before| someone_elses(before.trim_end_matches(local)))
            };
            let own = |f: &(usize, String, bool, Option<&str>)| !disowned(f) && !others(f);
            let start = (found.iter().position(own))
                .or_else(|| found.iter().position(|f| !disowned(f)))
                .unwrap_or(0);
            let mut chosen = &found[start];
            let theirs = !others(chosen);
            for later in found[start + 1..]
                .iter()
                .filter(|f| !(disowned(f) || theirs && others(f)))
            {
                if later.1 == chosen.1 {
                    if chosen.3.is_some() && later.3.is_none() {
                        chosen = later;
                    }
                    continue;
                }
                if email::corrects(&chosen.1, &later.1)
                    || chosen
                        .3
                        .is_some_and(|typed| email::corrects(typed, &later.1))
                    || (ev.patron_text.get(chosen.0..later.0).is_some()
                        && says_correction(&said, chosen.0, later.0))
                {
                    chosen = later;
                }
            }
            let source = if chosen.2 {
                EmailSource::WrittenOut
            } else {
                EmailSource::Transcript
            };
            let doubt = chosen
                .3
                .map(|typed| corrected_note(typed, &chosen.1))
                .or_else(|| {
                    ev.cut_short.contains(&chosen.0).then(|| {
                        "e-mail may be cut short: a word typed right before it".to_string()
                    })
                });
            if let Some(fixed) = self.ending_after(ev, chosen.0, &chosen.1) {
                return fixed;
            }
            return (Some(chosen.1.clone()), Some(source), None, doubt);
        }
        let malformed = ev.emails.iter().find_map(|(at, f)| match f {
            Found::Malformed(m) => Some((*at, m.as_str())),
            _ => None,
        });
        // "kwatts@example.con", then "sorry .com": the correction completes it.
        if let Some(fixed) = malformed.and_then(|(at, m)| self.ending_after(ev, at, m)) {
            return fixed;
        }
        let malformed = malformed.map(|m| m.1);
        let problem = match (malformed, field.is_empty()) {
            (Some(m), _) => EmailProblem::Incomplete(email::shortened(m)),
            (None, false) if service_field => {
                EmailProblem::FieldServiceAddress(email::shortened(field))
            }
            (None, false) => EmailProblem::FieldNotAddress(email::shortened(field)),
            (None, true) => EmailProblem::NoAddress,
        };
        (None, None, Some(problem), None)
    }
}

/// True when `before` (the patron's words up to an address) ends in words that disown what
/// follows on its line: "not", "isn't", "instead of", "rather than" ("it's X, not Y").
fn says_not_before(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or("");
    let mut words = line
        .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase);
    matches!(
        (words.next().as_deref(), words.next().as_deref()),
        (Some("not" | "isn't" | "isnt"), _)
            | (Some("of"), Some("instead"))
            | (Some("than"), Some("rather"))
    )
}

/// True when `before` (the patron's words up to an address) ends in words that give the address
/// as someone else's: "my lawyer's email is", "my son's:", "her e-mail address is", "their
/// address". Not "it's", "that's", "here's" (the patron's own).
fn someone_elses(before: &str) -> bool {
    // The last words are enough: a long line is not read or copied for each of its addresses.
    let mut cut = before.len().saturating_sub(64);
    while !before.is_char_boundary(cut) {
        cut += 1;
    }
    let line = before[cut..].rsplit('\n').next().unwrap_or("");
    let lower = line.to_lowercase().replace('\u{2019}', "'");
    let mut words = lower
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|w| !w.is_empty());
    let mut w = words.next();
    if matches!(w, Some("is" | "was")) {
        w = words.next();
    }
    if w == Some("address") {
        w = words.next();
    }
    let addressed = matches!(w, Some("email" | "e-mail" | "mail" | "address" | "addy"));
    if addressed {
        w = words.next();
    }
    let Some(w) = w else {
        return false;
    };
    if matches!(w, "his" | "her" | "their") {
        return true;
    }
    // Written without the apostrophe after "my", "the", "our": "my parents email is".
    if w.len() > 3
        && w.ends_with('s')
        && w != "its"
        && matches!(words.next(), Some("my" | "the" | "our"))
        && addressed
    {
        return true;
    }
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("s'"))
        .is_some_and(|owner| {
            !owner.is_empty()
                && !matches!(
                    owner,
                    "it" | "that"
                        | "what"
                        | "here"
                        | "there"
                        | "who"
                        | "he"
                        | "she"
                        | "let"
                        | "where"
                )
        })
}

/// True when a line of the patron's says it corrects something ("sorry", "I meant", "not").
fn says_corrects(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    CORRECTIONS.iter().any(|c| lower.contains(c))
        || lower
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| w == "not")
}

/// The review note of a corrected provider's domain: the domains only (the patron's name in an
/// address is not repeated in a reason).
fn corrected_note(typed: &str, fixed: &str) -> String {
    let domain = |a: &str| a.rsplit_once('@').map_or("", |x| x.1).to_lowercase();
    format!(
        "e-mail domain corrected: typed {}, read as {}",
        domain(typed),
        domain(fixed)
    )
}

fn subject_index(s: Subject) -> usize {
    match s {
        Subject::Law => 0,
        Subject::PrintDisability => 1,
        Subject::Specialist | Subject::None => 2,
    }
}

fn push_word<'t, K: PartialEq + Copy>(list: &mut Vec<(K, &'t str)>, k: K, word: &'t str) {
    if list.iter().filter(|(x, _)| *x == k).count() < EVIDENCE
        && !list
            .iter()
            .any(|(x, w)| *x == k && w.eq_ignore_ascii_case(word))
    {
        list.push((k, word));
    }
}

/// The category with the most evidence (the question counts double); among equals, the one
/// seen first. No evidence: other.
fn choose_category(ev: &Evidence) -> (Category, Vec<String>) {
    const CATS: [Category; 4] = [
        Category::Research,
        Category::Policy,
        Category::Circulation,
        Category::Access,
    ];
    let best = CATS
        .iter()
        .filter(|c| ev.category[**c as usize] > 0)
        .max_by_key(|c| {
            (
                ev.category[**c as usize],
                u32::MAX - ev.category_first[**c as usize],
            )
        });
    match best {
        Some(c) => (*c, words_of(&ev.category_words, *c)),
        None => (Category::Other, Vec::new()),
    }
}

const SUBJECTS: [Subject; 3] = [Subject::Law, Subject::PrintDisability, Subject::Specialist];

/// The subject need with the most evidence (weak cues count only beside one that is not);
/// among equals law, then print disability, then specialist (the designated partners come first).
fn choose_subject(ev: &Evidence) -> (Subject, Vec<String>) {
    let mut best: Option<(u32, Subject)> = None;
    for s in SUBJECTS {
        let i = subject_index(s);
        let n = ev.subject[i]
            + if ev.subject[i] > 0 {
                ev.subject_weak[i]
            } else {
                0
            };
        if n > 0 && best.is_none_or(|b| n > b.0) {
            best = Some((n, s));
        }
    }
    match best {
        Some((_, s)) => (s, words_of(&ev.subject_words, s)),
        None => (Subject::None, Vec::new()),
    }
}

/// Why the subject need is in doubt: a need's only cues were set aside as part of a title or a
/// name ("law cue only in a title or name? (Lawyer)"), or as a paper's topic ("print-disability
/// cue only as a paper's topic? (braille)").
fn subject_doubt(ev: &Evidence, chosen: Subject) -> Option<String> {
    let doubt = |set: &[(Subject, &str)], why: &str| {
        SUBJECTS
            .iter()
            .find(|&&s| {
                s != chosen && ev.subject[subject_index(s)] == 0 && set.iter().any(|d| d.0 == s)
            })
            .map(|&s| {
                format!(
                    "{} cue only {why}? ({})",
                    s.as_str(),
                    words_of(set, s).join(", ")
                )
            })
    };
    doubt(&ev.subject_doubts, "in a title or name")
        .or_else(|| doubt(&ev.subject_topics, "as a paper's topic"))
}

/// True when `word` ("courts") is, or starts with, a word of one of the patron's look-alikes
/// ("basketball court").
fn echoes(lookalikes: &[String], word: &str) -> bool {
    lookalikes.iter().any(|l| {
        l.split([' ', '-']).filter(|w| w.len() >= 4).any(|w| {
            word.len() >= w.len() && word.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
        })
    })
}

fn push_quality(list: &mut Vec<String>, words: &str) {
    if list.len() < EVIDENCE && !list.iter().any(|w| w.eq_ignore_ascii_case(words)) {
        list.push(words.to_string());
    }
}

/// What the words around a cue say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CueContext {
    /// The cue means what it says.
    Counts,
    /// Part of an e-mail address, a handle or a URL ("mdcourts.gov/legal").
    Address,
    /// A phrase that is also a personal name, written as one ("I'm Sue", "thanks sue").
    Name,
    /// A search term between Boolean operators ("Chancery OR law OR legal").
    Search,
    /// Part of a title or a name: quoted, in a run of capitalised words ("The Lincoln
    /// Lawyer", "Louis Braille"), or next to words that say a title ("the book …", "… on dvd").
    Title,
    /// The topic of a paper or an assignment ("a paper on braille literacy"): no need of the
    /// patron's for law or print disability.
    Topic,
}

/// Words skipped between a capitalised cue and its capitalised neighbour ("Court of Chancery").
/// Small words inside a title, or between a title and its author ("Evicted by Matthew Desmond").
const TITLE_SMALL_WORDS: [&str; 11] = [
    "of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "by",
];

/// A word in lower case that starts a clause of its own after a cue: a title word beyond it is
/// what the patron goes on to ask for, not the cue's title ("i'm blind and need audiobooks",
/// not "Blind Side audiobook").
fn starts_clause(w: &str) -> bool {
    matches!(
        w,
        "and" | "but" | "so" | "because" | "or" | "i" | "i'm" | "im" | "we" | "my"
    )
}

/// Ends of a clause: a title frame must be in the cue's clause.
fn ends_clause(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '.' | '!' | '?' | '(' | ')')
}

/// Lengths of a frame's first word told apart by [`Frames::may_start_frame`].
const FIRST_LENGTHS: usize = 16;

/// Frames of a few words before a cue ("the book", "a paper on") by their first word: a word
/// before a cue is looked up once, not compared with every frame at every place.
#[derive(Debug, Clone)]
struct Frames {
    /// Each first word (lower case, as the vocabulary keeps it) with the rest of each frame.
    before: Vec<(String, Vec<Vec<String>>)>,
    /// By a word's length (the last row for all longer) and its first byte: whether some first
    /// word has them. Most words near a cue have none, and are not compared with each first word.
    first_shape: Box<[[bool; 256]; FIRST_LENGTHS]>,
}

impl Frames {
    fn new(frames: &[Vec<String>]) -> Frames {
        let mut out = Frames {
            before: Vec::new(),
            first_shape: Box::new([[false; 256]; FIRST_LENGTHS]),
        };
        for frame in frames {
            let Some((first, rest)) = frame.split_first() else {
                continue;
            };
            if let Some(&b) = first.as_bytes().first() {
                let row = &mut out.first_shape[first.len().min(FIRST_LENGTHS - 1)];
                row[b.to_ascii_lowercase() as usize] = true;
                row[b.to_ascii_uppercase() as usize] = true;
            } else {
                // An empty first word: every empty word may start a frame.
                out.first_shape[0] = [true; 256];
            }
            match out.before.iter_mut().find(|(f, _)| f == first) {
                Some((_, rests)) => rests.push(rest.to_vec()),
                None => out.before.push((first.clone(), vec![rest.to_vec()])),
            }
        }
        out
    }

    /// True when a run of `words` is a frame (ASCII case ignored).
    fn framed(&self, words: &[&str]) -> bool {
        words.iter().enumerate().any(|(i, w)| {
            if !self.may_start_frame(w) {
                return false;
            }
            let next = &words[i + 1..];
            self.before.iter().any(|(first, rests)| {
                w.eq_ignore_ascii_case(first)
                    && rests.iter().any(|rest| {
                        rest.len() <= next.len()
                            && rest
                                .iter()
                                .zip(next)
                                .all(|(b, a)| a.eq_ignore_ascii_case(b))
                    })
            })
        })
    }

    /// False when no first word of a frame can be `word` (ASCII case ignored): none has its
    /// length and first byte.
    fn may_start_frame(&self, word: &str) -> bool {
        let row = &self.first_shape[word.len().min(FIRST_LENGTHS - 1)];
        match word.as_bytes().first() {
            Some(&b) => row[b as usize],
            // An empty word: only an empty first word (its row all true) is it.
            None => row[0],
        }
    }
}

/// The vocabulary's title frames ("the book", "copy of"), its topic frames ("a paper on") and
/// the first bytes of its title words after a cue ("dvd").
#[derive(Debug, Clone)]
struct TitleFrames {
    title: Frames,
    topic: Frames,
    /// The bytes a word after a cue can start with to start a title word (both cases).
    after_first: [bool; 256],
    /// A title word after is empty: every word starts with it.
    after_empty: bool,
}

impl TitleFrames {
    fn new(vocab: &Vocabulary) -> TitleFrames {
        let mut frames = TitleFrames {
            title: Frames::new(&vocab.title_before),
            topic: Frames::new(&vocab.topic_before),
            after_first: [false; 256],
            after_empty: false,
        };
        for p in &vocab.title_after {
            match p.as_bytes().first() {
                Some(&b) => {
                    frames.after_first[b.to_ascii_lowercase() as usize] = true;
                    frames.after_first[b.to_ascii_uppercase() as usize] = true;
                }
                None => frames.after_empty = true,
            }
        }
        frames
    }

    /// True when a run of `words` is a title frame (ASCII case ignored).
    fn framed(&self, words: &[&str]) -> bool {
        self.title.framed(words)
    }

    /// True when a run of `words` is a topic frame (ASCII case ignored).
    fn topical(&self, words: &[&str]) -> bool {
        self.topic.framed(words)
    }

    /// False when no title word after a cue can start `word`.
    fn may_start_after(&self, word: &str) -> bool {
        self.after_empty
            || word
                .as_bytes()
                .first()
                .is_some_and(|&b| self.after_first[b as usize])
    }
}

/// Possessives: what is put on hold after one is the patron's own ("put my case on hold"), not
/// a title.
const POSSESSIVES: [&str; 7] = ["my", "our", "your", "his", "her", "their", "its"];

/// Whether a `title-around` frame holds the cue ("put the blind assassin on hold"): its words
/// before among `near_before` (the few words before the cue in its clause, nearest last), no
/// possessive between them and the cue, and its words after among the first few after the cue,
/// in its clause and not past a word that starts a clause of its own.
fn framed_around(near_before: &[&str], after: &str, frames: &[(Vec<String>, Vec<String>)]) -> bool {
    if frames.is_empty() || near_before.is_empty() {
        return false;
    }
    let mut next = [""; 6];
    let mut n = 0;
    for w in after.split_whitespace() {
        if n == next.len() || starts_clause(w) {
            break;
        }
        next[n] = trim_word(w, true);
        n += 1;
        if w.ends_with(ends_clause) {
            break;
        }
    }
    let next = &next[..n];
    let same = |words: &[&str], frame: &[String]| {
        words
            .iter()
            .zip(frame)
            .all(|(w, f)| w.eq_ignore_ascii_case(f))
    };
    frames.iter().any(|(before, after)| {
        let held = near_before
            .windows(before.len())
            .rposition(|w| same(w, before));
        held.is_some_and(|i| {
            let between = &near_before[i + before.len()..];
            !between
                .iter()
                .any(|w| POSSESSIVES.iter().any(|p| w.eq_ignore_ascii_case(p)))
        }) && next.windows(after.len()).any(|w| same(w, after))
    })
}

/// The context of the cue `start..end` in `text`, read within its line.
fn cue_context(
    text: &str,
    start: usize,
    end: usize,
    name: bool,
    vocab: &Vocabulary,
    frames: &TitleFrames,
) -> CueContext {
    let b = text.as_bytes();
    let (lo, hi) = reach(text, start, end);
    let line_start = memchr::memrchr(b'\n', &b[lo..start]).map_or(lo, |i| lo + i + 1);
    let line_end = memchr::memchr(b'\n', &b[end..hi]).map_or(hi, |i| end + i);
    let before = &text[line_start..start];
    let after = &text[end..line_end];
    let cue = &text[start..end];
    // The token around the cue: an address or a URL when it holds "@", "/" or a dot between
    // letters ("peoples-law.org").
    let tok_start = before
        .bytes()
        .rposition(|c| c.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    let tok_end = after
        .bytes()
        .position(|c| c.is_ascii_whitespace())
        .unwrap_or(after.len());
    let token = &text[line_start + tok_start..end + tok_end];
    let dotted = dotted(token.as_bytes());
    if dotted || token.bytes().any(|c| c == b'@' || c == b'/') {
        return CueContext::Address;
    }
    let capitalised = cue.as_bytes()[0].is_ascii_uppercase();
    let shouted = cue.bytes().all(|c| !c.is_ascii_lowercase());
    // The words before the cue, nearest first; the nearest found once for each test.
    let mut prev_words = before.split_whitespace().rev();
    let last = prev_words.next();
    if name {
        let after_greeting = last.is_some_and(|w| {
            let w = trim_word(w, false);
            vocab.greetings.iter().any(|g| g.eq_ignore_ascii_case(w))
        });
        if (capitalised && !shouted) || after_greeting || after_person(before, vocab) {
            return CueContext::Name;
        }
    }
    let operator =
        |w: Option<&str>| w.is_some_and(|w| matches!(trim_word(w, false), "OR" | "AND" | "NOT"));
    if operator(last) || operator(after.split_whitespace().next()) {
        return CueContext::Search;
    }
    if in_quotes(before, after) {
        return CueContext::Title;
    }
    if capitalised
        && !shouted
        && !cue.contains(' ')
        && !title_cased(before, after)
        && capitalised_neighbour(before, after)
    {
        return CueContext::Title;
    }
    // Title frames: "the book Evicted", "my hold on a court of thorns…", "blind side dvd".
    let mut near_before: [&str; 4] = [""; 4];
    let mut n = 0;
    for w in last.into_iter().chain(prev_words) {
        if n == near_before.len() || w.ends_with(ends_clause) {
            break;
        }
        near_before[n] = trim_word(w, true);
        n += 1;
    }
    let near_before = &mut near_before[..n];
    near_before.reverse();
    if frames.framed(near_before) || framed_around(near_before, after, &vocab.title_around) {
        return CueContext::Title;
    }
    if frames.topical(near_before) {
        return CueContext::Topic;
    }
    for (k, w) in after.split_whitespace().enumerate() {
        if starts_clause(w) {
            break;
        }
        let word = trim_word(w, true);
        let lower_starts = |p: &str| {
            word.len() >= p.len() && word.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
        };
        if frames.may_start_after(word) && vocab.title_after.iter().any(|p| lower_starts(p)) {
            return CueContext::Title;
        }
        if k == 3 || w.ends_with(ends_clause) {
            break;
        }
    }
    CueContext::Counts
}

/// True when `before` (the text before a cue) ends in a first name or a title, a dot and a
/// space at most between them: "dr. sue", "professor will", "my name is sue".
fn after_person(before: &str, vocab: &Vocabulary) -> bool {
    let b = before.trim_end_matches(' ');
    let b = b.strip_suffix('.').unwrap_or(b);
    // Only the titles' dot and one space: "Dr.  Sue" is as rare as "court. Sue" is common.
    if before.len() - b.len() > 2 || b.len() == before.len() {
        return false;
    }
    vocab.persons.iter().any(|p| {
        b.len() >= p.len()
            && b.is_char_boundary(b.len() - p.len())
            && b[b.len() - p.len()..].eq_ignore_ascii_case(p)
            && !b[..b.len() - p.len()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
    })
}

/// True when a word of [`Vocabulary::not_the_chat`] is among the three before `start` in its
/// clause: the complaint there is about an app, a database or a network, not the chat
/// ("libby keeps logging me out", "the database kicked me off again").
fn about_something_else(text: &str, start: usize, vocab: &Vocabulary) -> bool {
    if vocab.not_the_chat.is_empty() {
        return false;
    }
    let (lo, _) = reach(text, start, start);
    let before = &text[lo..start];
    let line = before.rfind('\n').map_or(before, |i| &before[i + 1..]);
    for w in line.split_whitespace().rev().take(3) {
        if w.ends_with(ends_clause) || starts_clause(w) {
            break;
        }
        let w = trim_word(w, true);
        if vocab.not_the_chat.iter().any(|x| x.eq_ignore_ascii_case(w)) {
            return true;
        }
    }
    false
}

/// True when the words around a law cue say it is no law need of the patron's:
/// - a document shown as proof (`context,…,document`), a word among the three before or after
///   the cue in its sentence, in a list with it: "a photo ID and something with your address,
///   like a lease or a bill" ("the lease says i pay the water bill" is still the patron's lease);
/// - a service on paper (`context,…,service`) among the six words before the cue in its clause
///   or the two after: "a form notarized for my daughters custody thing", "can you print my
///   eviction papers", "get my lease notarized" ("my landlord is evicting me, can i print the
///   answer form" keeps its need).
///
/// The words are walked once each side.
fn not_a_law_need(text: &str, start: usize, end: usize, vocab: &Vocabulary) -> bool {
    if vocab.documents.is_empty() && vocab.services.is_empty() {
        return false;
    }
    let (lo, hi) = reach(text, start, end);
    let before = &text[lo..start];
    let before = before.rfind('\n').map_or(before, |i| &before[i + 1..]);
    let after = &text[end..hi];
    let after = after.find('\n').map_or(after, |i| &after[..i]);
    let listed_in = |list: &WordSet, w: &str| list.contains(trim_word(w, true));
    let joins = |w: &str| w.ends_with(',') || matches!(trim_word(w, false), "or" | "and" | "plus");
    let sentence_ends = |w: &str| w.ends_with(['.', ';', '!', '?', ':']);
    let (mut listed, mut in_sentence, mut in_clause) = (false, true, true);
    for (k, w) in ascii_words_back(before).take(6).enumerate() {
        if sentence_ends(w) {
            break;
        }
        in_clause &= !w.ends_with(',');
        // "…, a bill, lease": the comma after the document lists it.
        in_sentence &= k < 3;
        if in_sentence && (listed || w.ends_with(',')) && listed_in(&vocab.documents, w) {
            return true;
        }
        if in_clause && listed_in(&vocab.services, w) {
            return true;
        }
        if !in_sentence && !in_clause {
            break;
        }
        listed |= joins(w);
    }
    // The cue's own word may end its clause ("my lease, notarized" is two).
    let mut in_clause = !after.starts_with(['.', ';', '!', '?', ':', ',']);
    let mut listed = after.starts_with(',');
    for (k, w) in after.split_ascii_whitespace().take(3).enumerate() {
        if listed && listed_in(&vocab.documents, w) {
            return true;
        }
        if in_clause && k < 2 && listed_in(&vocab.services, w) {
            return true;
        }
        if sentence_ends(w) {
            break;
        }
        in_clause &= !w.ends_with(',');
        listed |= joins(w);
    }
    false
}

/// The words of `s` from its end, parted by ASCII white space (a byte at a time, where
/// `split_whitespace().rev()` decodes each character backwards).
fn ascii_words_back(s: &str) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    let mut end = b.len();
    std::iter::from_fn(move || {
        while end > 0 && b[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        if end == 0 {
            return None;
        }
        let stop = end;
        while end > 0 && !b[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        // Both ends are next to ASCII bytes or the text's ends: character boundaries.
        Some(&s[end..stop])
    })
}

/// How far the context of a phrase found reaches on each side, in bytes: further than any
/// sentence of a chat looks, so that a line of megabytes (a pasted page, a hostile file) costs
/// each phrase in it this much to read, not the line's length.
const CONTEXT: usize = 512;

/// The bytes around `start..end` of `text` that its context may be read in: [`CONTEXT`] each
/// side, at character boundaries.
fn reach(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut lo = start.saturating_sub(CONTEXT);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = end.saturating_add(CONTEXT).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    (lo, hi)
}

/// Evidence words written into the strings of a list written out before (no allocation a word
/// once the strings have grown): `list[..len]` are the words, the rest room for more.
struct Words {
    list: Vec<String>,
    len: usize,
}

impl Words {
    /// Adds the text of `parts` unless it is empty or in the list already (ASCII case ignored).
    fn add(&mut self, parts: &[&str]) {
        if self.len == self.list.len() {
            self.list.push(String::new());
        }
        let (words, room) = self.list.split_at_mut(self.len);
        let w = &mut room[0];
        w.clear();
        for p in parts {
            w.push_str(p);
        }
        if !w.is_empty() && !words.iter().any(|x| x.eq_ignore_ascii_case(w)) {
            self.len += 1;
        }
    }

    fn len(&self) -> usize {
        self.len
    }

    /// The first `n` words.
    fn into_list(mut self, n: usize) -> Vec<String> {
        self.list.truncate(self.len.min(n));
        self.list
    }
}

/// True when a dot stands between a letter or digit and a letter in `t` ("peoples-law.org"):
/// each dot looked at, not each three bytes.
fn dotted(t: &[u8]) -> bool {
    t.len() >= 3
        && memchr::memchr_iter(b'.', &t[1..t.len() - 1])
            .any(|j| t[j].is_ascii_alphanumeric() && t[j + 2].is_ascii_alphabetic())
}

/// `w` without the characters that are neither letters nor digits (nor, with `dash`, '-') at its
/// ends; at once when both ends are ASCII letters or digits (most words: a trim costs more).
#[inline(always)]
fn trim_word(w: &str, dash: bool) -> &str {
    let b = w.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_alphanumeric() && l.is_ascii_alphanumeric() => w,
        _ if dash => w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'),
        _ => w.trim_matches(|c: char| !c.is_alphanumeric()),
    }
}

/// The last bytes of the opening curly quotes (“ ‘) and the closing ones (” ’): each is
/// E2 80 and one of them.
const OPENING: [u8; 2] = [0x9C, 0x98];
const CLOSING: [u8; 2] = [0x9D, 0x99];

/// Where the last of the curly quotes ending in one of `last` is in `s` (UTF-8: E2 only starts a
/// character, so the bytes are the character), without decoding the characters before it.
fn rfind_curly(s: &[u8], last: [u8; 2]) -> Option<usize> {
    memchr::memrchr_iter(0xE2, s)
        .find(|&i| s.get(i + 1) == Some(&0x80) && s.get(i + 2).is_some_and(|b| last.contains(b)))
}

/// True when the cue is between an opening and a closing quotation mark on its line.
fn in_quotes(before: &str, after: &str) -> bool {
    // Straight double quotes: an odd number before, one after.
    let dq = memchr::memchr_iter(b'"', before.as_bytes()).count();
    if dq % 2 == 1 && after.contains('"') {
        return true;
    }
    // Curly quotes.
    if rfind_curly(before.as_bytes(), OPENING)
        .is_some_and(|o| rfind_curly(&before.as_bytes()[o..], CLOSING).is_none())
        && rfind_curly(after.as_bytes(), CLOSING).is_some()
    {
        return true;
    }
    // A single quote that opens (after a space or at the start, before a letter) and one that
    // closes (after a letter, before a space or punctuation); an apostrophe inside a word is
    // neither.
    let opens = |s: &str, i: usize| {
        let b = s.as_bytes();
        (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && b.get(i + 1).is_none_or(|c| c.is_ascii_alphanumeric())
    };
    let closes = |s: &str, i: usize| {
        let b = s.as_bytes();
        i > 0
            && b[i - 1].is_ascii_alphanumeric()
            && b.get(i + 1).is_none_or(|c| !c.is_ascii_alphanumeric())
    };
    let last_open = memchr::memrchr_iter(b'\'', before.as_bytes()).find(|&i| opens(before, i));
    if let Some(o) = last_open {
        let closed_before = before[o + 1..]
            .match_indices('\'')
            .any(|(i, _)| closes(before, o + 1 + i));
        let closed_after = after.match_indices('\'').any(|(i, _)| {
            closes(after, i) || (i == 0 && !after[1..].starts_with(char::is_alphanumeric))
        });
        if !closed_before && closed_after {
            return true;
        }
    }
    false
}

/// True when most words of the line are capitalised ("Landlord Won't Return My Deposit", a
/// subject line): capitals there say nothing of a title.
fn title_cased(before: &str, after: &str) -> bool {
    let (mut words, mut caps) = (0, 1);
    for w in before.split_whitespace().chain(after.split_whitespace()) {
        let Some(c) = w.bytes().find(|c| c.is_ascii_alphabetic()) else {
            continue;
        };
        words += 1;
        caps += usize::from(c.is_ascii_uppercase());
    }
    // The cue itself is one capitalised word of words + 1.
    words + 1 >= 4 && caps * 10 >= (words + 1) * 7
}

/// True when a capitalised word stands next to the (capitalised) cue: before it, or after it
/// past small words ("The Blind Side", "Louis Braille", "Court of Chancery"). A word that starts
/// a sentence, and "I", are not such neighbours.
fn capitalised_neighbour(before: &str, after: &str) -> bool {
    let is_cap = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.as_bytes().first().is_some_and(|c| c.is_ascii_uppercase())
            && !matches!(w, "I" | "I'm" | "I'll" | "I've" | "I'd")
    };
    let prev = before.split_whitespace().next_back();
    // The cue starts a sentence: its capital says nothing, so only the very next word counts.
    let starts_sentence = prev.is_none_or(|w| w.ends_with(['.', '!', '?', ':']));
    if let Some(p) = prev {
        if !starts_sentence && is_cap(p) {
            // "Hi Sue", "Dear Lawyer": a capital after a greeting is still a neighbour.
            return true;
        }
    }
    for w in after.split_whitespace() {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        if !starts_sentence && TITLE_SMALL_WORDS.contains(&bare) {
            continue;
        }
        return is_cap(w) && !bare.is_empty();
    }
    false
}

fn words_of<K: PartialEq + Copy>(list: &[(K, &str)], k: K) -> Vec<String> {
    list.iter()
        .filter(|(x, _)| *x == k)
        .map(|(_, w)| w.to_string())
        .collect()
}

/// The patron's after-chat survey comment, line by line, as the patron's lines after the
/// transcript's (kept out of line: most chats have none).
#[cold]
#[inline(never)]
fn read_comment<'t>(comment: &'t str, lines: &mut Vec<(Role, &'t str)>) {
    for line in comment.lines() {
        let line = transcript::trim(line);
        if !line.is_empty() && lines.len() < transcript::MAX_LINES {
            lines.push((Role::Patron, line));
        }
    }
}

mod local;
#[cfg(test)]
mod tests;
