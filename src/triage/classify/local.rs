//! The patron's local library (rules.md §5): a library's own account decides; else the libraries,
//! counties and towns the patron named, each read in its clause ("my sister works at the Pratt" is
//! someone else's, "I live in Frederick" is the patron's own).

use super::super::vocab::{Cue, Hit, Meaning, Strength, Vocabulary};
use super::{reach, EVIDENCE};
use crate::directory::{Kind, Library};

/// The evidence of a local library given by the chat's origin account.
pub const ORIGIN_ACCOUNT: &str = "origin account";

/// What the patron's words say of where they live, besides the libraries named.
#[derive(Debug, Default)]
pub(super) struct Facts {
    /// The place outside Maryland the patron said they live in ("Ohio").
    outside: Option<String>,
    /// Words that name a place as a topic ("history of", "maps") somewhere in their words.
    topic_cue: bool,
}

/// A library the patron named.
pub(super) struct Mention {
    library: u16,
    strength: Strength,
    words: String,
    /// Someone else's library, or a former one ("my sister works at the Pratt").
    not_mine: bool,
    /// Said as the patron's own ("I live in Frederick County", "my BCPL card").
    mine: bool,
    /// The place is the topic ("records of coal miners around Cumberland in the 1880s").
    topic: bool,
    /// Said before the patron corrected it to a place outside Maryland ("i live in columbia",
    /// then "no, south carolina").
    superseded: bool,
    /// Where the patron named it as a correction ("i meant Elkridge"): the last one outweighs
    /// the places said before.
    corrects: Option<usize>,
}

impl Mention {
    /// Said as the patron's own.
    pub(super) fn is_mine(&self) -> bool {
        self.mine
    }
}

/// A cue found in the patron's words.
struct CueAt {
    start: usize,
    end: usize,
    cue: Cue,
}

/// The cues of one text (the patron's words) and what they say of the patron: whether they live
/// outside Maryland.
pub(super) struct Cues<'r> {
    /// In the order of their starts, as the hits are.
    cues: Vec<CueAt>,
    /// The longest cue, in bytes.
    longest: usize,
    /// Where each library, county or town named starts, and each place outside Maryland: a cue
    /// before one does not reach past it.
    places: Vec<usize>,
    /// The place outside Maryland the patron said they live in ("Ohio"), if any.
    outside: Option<String>,
    /// Where the line starts in which the patron corrected a place to one outside Maryland ("no,
    /// south carolina"): the places named before it are not theirs.
    corrected_at: Option<usize>,
    /// Where the patron replies to the librarian's question of where they live (in order).
    replies: &'r [std::ops::Range<usize>],
    /// Greetings and thanks ("hi", "thanks"): a capitalised name right after one is a person's.
    greetings: &'r [String],
    library_kinds: &'r [Kind],
}

/// A residence cue and a place outside Maryland this close together (bytes between them) say
/// where the patron lives: "I live in Greensboro, North Carolina".
const RESIDENCE_REACH: usize = 32;

thread_local! {
    /// The room of a text's cues and places, kept by the thread for its next text.
    static ROOM: std::cell::Cell<(Vec<CueAt>, Vec<usize>)> =
        const { std::cell::Cell::new((Vec::new(), Vec::new())) };
}

impl<'r> Cues<'r> {
    /// The cues among `hits` (one scan of `text`, the patron's words), in the room the thread's
    /// last text left; `replies`, where in `text` the patron answers "where do you live?".
    pub(super) fn new(
        text: &str,
        hits: &[Hit],
        vocab: &'r Vocabulary,
        replies: &'r [std::ops::Range<usize>],
    ) -> Cues<'r> {
        let (mut cues, mut places) = ROOM.take();
        cues.clear();
        places.clear();
        for h in hits {
            // "were in edgewood" is "we're in" only as a message of its own.
            let cue_here = !vocab.at_line_start_only(*h) || at_line_start(text, h.start);
            for m in vocab.meanings(*h) {
                // A place outside Maryland is a place too: "moved from ohio to towson" says
                // Towson with no cue ("moved from" reaches Ohio only).
                let place = matches!(m, Meaning::Library(..) | Meaning::Cue(Cue::Outside));
                if place && places.last() != Some(&h.start) {
                    places.push(h.start);
                }
                if let (Meaning::Cue(cue), true) = (*m, cue_here) {
                    cues.push(CueAt {
                        start: h.start,
                        end: h.end,
                        cue,
                    });
                }
            }
        }
        debug_assert!(cues.is_sorted_by_key(|c| c.start));
        let longest = cues.iter().map(|c| c.end - c.start).max().unwrap_or(0);
        let mut outside = None;
        for c in &cues {
            let lives_there = match c.cue {
                Cue::OutsideSelf => true,
                // "I live in Ohio", "we moved to Richmond, VA": the nearest cue before the place,
                // in its sentence and close to it, is a residence cue.
                Cue::Outside if is_state_code(text, c) => {
                    let (a, _) = sentence(text, c.start, c.end);
                    let near = nearest_before(&cues, a, c.start);
                    near.is_some_and(|r| r.cue == Cue::Mine && c.start - r.end <= RESIDENCE_REACH)
                        || from_elsewhere(text, c, near)
                }
                _ => false,
            };
            if lives_there {
                outside = Some(text[c.start..c.end].to_string());
                break;
            }
        }
        if outside.is_none() {
            outside = cues
                .iter()
                .filter(|c| c.cue == Cue::Mine)
                .find_map(|c| state_after_town(text, c.end))
                .map(str::to_string);
        }
        let corrected = corrected_outside(text, &cues);
        let corrected_at = corrected.map(|(at, _)| at);
        if let Some((_, place)) = corrected {
            outside = Some(place.to_string());
        }
        Cues {
            cues,
            longest,
            places,
            outside,
            corrected_at,
            replies,
            greetings: &vocab.greetings,
            library_kinds: &vocab.library_kinds,
        }
    }

    /// A "we live there" that refers back to the place at `hit`: later in its line or in the
    /// next (the patron's next message), with no place named between ("I bought an old house in
    /// Annapolis" / "we live there now"). Only a cue that says "there" refers back; "with us"
    /// says whose a place is right after it only.
    fn lives_there_next(&self, text: &str, hit: Hit) -> Option<&CueAt> {
        let b = text.as_bytes();
        let line_end =
            |from: usize| memchr::memchr(b'\n', &b[from..]).map_or(b.len(), |i| from + i);
        let end = line_end(hit.end);
        let next_line_end = if end < b.len() {
            line_end(end + 1)
        } else {
            end
        };
        let next_place = self.places[self.places.partition_point(|&p| p <= hit.start)..]
            .first()
            .map_or(b.len(), |&p| p);
        let until = next_line_end.min(next_place);
        starting_in(&self.cues, hit.end..until).iter().find(|c| {
            c.cue == Cue::LivesThere
                && c.end <= until
                && text[c.start..c.end]
                    .split(' ')
                    .any(|w| w.eq_ignore_ascii_case("there"))
        })
    }

    /// The mention of `library` at `hit` in `text`, read in its clause; none inside an e-mail
    /// address or a handle, in a person's name ("Chris Pratt", "Frederick A. Rogers"), or when
    /// the name is a same-name place outside Maryland ("Salisbury, England", "EPFL in Lausanne").
    pub(super) fn mention(
        &self,
        text: &str,
        hit: Hit,
        library: u16,
        strength: Strength,
    ) -> Option<Mention> {
        if inside_address(text, hit.start, hit.end)
            || self.in_personal_name(text, hit)
            || self.names_place_elsewhere(text, hit)
        {
            return None;
        }
        let (a, b) = clause(text, hit.start, hit.end);
        // The nearest cue before the name in its clause says whose it is; else the nearest after
        // ("Towson is where I live"), or one right after it ("Towson, where I live").
        // A cue reaches the first place after it, not past it ("I use my Queen Anne's card at
        // the Talbot County library").
        let before = self.places.partition_point(|&p| p < hit.start);
        let reach = before.checked_sub(1).map_or(a, |k| self.places[k].max(a));
        // A cue of `kind` right after the name ("Howard County resident", "Towson, where I live").
        let right_after = |kind: Cue| {
            let b = text.as_bytes();
            starting_in(&self.cues, hit.end..hit.end + 3)
                .iter()
                .find(|c| {
                    c.cue == kind
                        && b[hit.end..c.start]
                            .iter()
                            .all(|x| matches!(x, b' ' | b'\'' | b','))
                })
        };
        // "elkridge, not elkton": the word right before the name disowns it.
        let disowned = text[..hit.start]
            .trim_end_matches(' ')
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("not"));
        let found = if disowned {
            None
        } else {
            right_after(Cue::LivesThere)
                .or_else(|| self.lives_there_next(text, hit))
                .or_else(|| nearest_before(&self.cues, reach, hit.start))
                .or_else(|| right_after(Cue::MineAfter))
                .or_else(|| {
                    starting_in(&self.cues, hit.end..b + 1)
                        .iter()
                        .find(|c| c.end <= b && is_whose(c.cue))
                })
        };
        let corrects = found
            .is_some_and(|c| c.cue == Cue::Corrects)
            .then_some(hit.start);
        // "Where I live" right after the name says most: "buried in Westminster, where I live".
        let cue = found
            .and_then(|c| match c.cue {
                Cue::MineAfter | Cue::LivesThere | Cue::Corrects => Some(Cue::Mine),
                Cue::NotMineCollege => (self.library_kinds.get(library as usize)
                    == Some(&Kind::Academic))
                .then_some(Cue::NotMine),
                cue => Some(cue),
            })
            // A line that is only the place answers "where do you live?" / "which library?", as
            // does a place in the reply to that question.
            .or_else(|| {
                // "a student at UMBC" says whose the college is.
                let said_own =
                    strength == Strength::Enrolled || is_answer(text, hit) || self.in_reply(hit);
                (!disowned && said_own).then_some(Cue::Mine)
            })
            .or(disowned.then_some(Cue::NotMine));
        // A year of the past in the clause makes the place a topic ("Cumberland in the 1880s"),
        // unless the patron says it is theirs.
        // A library's own name is seldom a topic; a town or county often is.
        let topic = strength < Strength::Name
            && (cue == Some(Cue::Topic)
                || (cue.is_none() && has_past_year(&text.as_bytes()[a..b])));
        Some(Mention {
            library,
            strength,
            words: text[hit.start..hit.end].to_string(),
            not_mine: cue == Some(Cue::NotMine),
            mine: cue == Some(Cue::Mine),
            topic,
            superseded: self.corrected_at.is_some_and(|at| hit.start < at),
            corrects,
        })
    }

    /// The towns and counties the patron names misspelt right after a residence cue ("i live in
    /// germantwon", "we're in glen burine") or as the whole of a line that answers "which
    /// library?" ("germantwon"): each the patron's own, its evidence the words as typed. A known
    /// place there is read as any place is.
    pub(super) fn misspelt_places<'a>(
        &'a self,
        text: &'a str,
        vocab: &'a Vocabulary,
    ) -> impl Iterator<Item = Mention> + 'a {
        let b = text.as_bytes();
        let mention = move |start: usize, end: usize| {
            let typed = &text[start..end];
            let (library, strength) =
                vocab.misspelt_place(typed.to_ascii_lowercase().as_bytes())?;
            Some(Mention {
                library,
                strength,
                words: typed.to_string(),
                not_mine: false,
                mine: true,
                topic: false,
                superseded: self.corrected_at.is_some_and(|at| start < at),
                corrects: None,
            })
        };
        // Each line of a reply that is one or two words alone.
        let answers = self.replies.iter().flat_map(move |r| {
            text[r.clone()].split(['\n', '\r']).filter_map(move |line| {
                let words = line.trim_matches(|c: char| c.is_ascii_punctuation() || c == ' ');
                let plain = words.bytes().all(|c| c.is_ascii_alphabetic() || c == b' ')
                    && words.split(' ').filter(|w| !w.is_empty()).count() <= 2;
                // `words` is a piece of `text`: its place there.
                let start = words.as_ptr() as usize - text.as_ptr() as usize;
                (plain && !words.is_empty() && self.places.binary_search(&start).is_err())
                    .then(|| mention(start, start + words.len()))
                    .flatten()
            })
        });
        let after_cues = self
            .cues
            .iter()
            .filter(|c| c.cue == Cue::Mine)
            .filter_map(move |c| {
                let start = c.end + b[c.end..].iter().take_while(|&&x| x == b' ').count();
                if self.places.binary_search(&start).is_ok() {
                    return None;
                }
                let word_end = |from: usize| {
                    from + b[from..]
                        .iter()
                        .take_while(|x| x.is_ascii_alphabetic())
                        .count()
                };
                let first = word_end(start);
                let second = (b.get(first) == Some(&b' ')).then(|| word_end(first + 1));
                // Two words first ("glen burine"), then one.
                [second, Some(first)]
                    .into_iter()
                    .flatten()
                    .find_map(|end| mention(start, end))
            });
        after_cues.chain(answers)
    }

    /// True when the place is in the patron's reply to "where do you live?".
    fn in_reply(&self, hit: Hit) -> bool {
        let k = self.replies.partition_point(|r| r.end < hit.end);
        self.replies
            .get(k)
            .is_some_and(|r| r.start <= hit.start && hit.end <= r.end)
    }

    /// A first name or title right before the name ("chris pratt", "Lord Baltimore"), an
    /// initial right after it ("Frederick A. Rogers"), a surname and "here" ("Frederick Young
    /// here"), or a greeting before a capitalised one-word name ("thanks, Howard").
    fn in_personal_name(&self, text: &str, hit: Hit) -> bool {
        self.names_a_person(text, hit) || self.introduced_or_greeted(text, hit)
    }

    /// "Frederick Young here", "thanks, Howard", "Hi Cecil", "hi laurel.": a one-word place
    /// written as a person's first name. In lower case only a greeting alone with the name says
    /// so ("hi laurel, …"; "hi laurel library" is not a name).
    fn introduced_or_greeted(&self, text: &str, hit: Hit) -> bool {
        let name = &text[hit.start..hit.end];
        if name.contains(' ') {
            return false;
        }
        let capitalised = name.as_bytes()[0].is_ascii_uppercase();
        let alone = text[hit.end..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | ',' | '!' | '?' | ':' | ';' | '\n' | '\r'));
        if !capitalised && !alone {
            return false;
        }
        // A capitalised surname, then "here".
        let rest = &text[hit.end..];
        let introduced = rest.strip_prefix(' ').is_some_and(|r| {
            let n = r.bytes().take_while(u8::is_ascii_alphabetic).count();
            r.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
                && n >= 2
                && r[n..]
                    .get(..5)
                    .is_some_and(|h| h.eq_ignore_ascii_case(" here"))
                && !r
                    .as_bytes()
                    .get(n + 5)
                    .is_some_and(u8::is_ascii_alphanumeric)
        });
        // A greeting or thanks right before ("ok, Towson then" is an answer, not a greeting).
        let before = text[..hit.start].trim_end_matches([' ', ',']);
        let greeted = before.len() < hit.start && {
            let word = before
                .rsplit(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            !word.eq_ignore_ascii_case("ok")
                && !word.eq_ignore_ascii_case("okay")
                && self.greetings.iter().any(|g| g.eq_ignore_ascii_case(word))
        };
        (introduced && capitalised) || greeted
    }

    /// A first name or title right before the name, or an initial right after it.
    fn names_a_person(&self, text: &str, hit: Hit) -> bool {
        let near = hit.start.saturating_sub(2 + self.longest)..hit.start;
        let before = starting_in(&self.cues, near).iter().any(|c| {
            c.cue == Cue::Person
                && c.end < hit.start
                && hit.start - c.end <= 2
                && text.as_bytes()[c.end..hit.start]
                    .iter()
                    .all(|b| *b == b' ' || *b == b'.')
        });
        let after = text.as_bytes().get(hit.end..hit.end + 3).is_some_and(|w| {
            w[0] == b' '
                && w[1].is_ascii_uppercase()
                && w[2] == b'.'
                && !text[hit.end..].starts_with(" St.")
        });
        before || after
    }

    /// A place outside Maryland named right after the name, in its sentence: "Salisbury,
    /// England", "EPFL in Lausanne", "Columbia (South Carolina)", "easton pa", "Laurel, MS"
    /// ("langley park mi correo es…" is Spanish).
    fn names_place_elsewhere(&self, text: &str, hit: Hit) -> bool {
        let b = text.as_bytes();
        state_code_after(b, hit.end).is_some()
            || starting_in(&self.cues, hit.end..hit.end + 13)
                .iter()
                .any(|c| {
                    let between = &text[hit.end..c.start];
                    // On the next line only as a line of its own ("columbia", then "sc").
                    let next_line = between.contains(['\n', '\r']);
                    c.cue == Cue::Outside
                        && !between.contains(['.', '!', '?', ';'])
                        && (!next_line || alone_on_its_line(b, c))
                        && between
                            .split(|ch: char| !ch.is_ascii_alphanumeric())
                            .all(|w| w.is_empty() || w.eq_ignore_ascii_case("in"))
                        && !spanish_mi(text, c)
                })
    }

    /// Gives the lists' room to the thread's next text (not a long text's).
    pub(super) fn recycle(self) {
        if self.cues.capacity() <= 256 && self.places.capacity() <= 256 {
            ROOM.set((self.cues, self.places));
        }
    }

    /// What these cues say of the patron, beyond the libraries named.
    pub(super) fn facts(&self) -> Facts {
        Facts {
            outside: self.outside.clone(),
            topic_cue: self.cues.iter().any(|c| c.cue == Cue::Topic),
        }
    }
}

/// True when the line holding `hit` says nothing but the place ("harford", "Howard County.",
/// "in towson md").
fn is_answer(text: &str, hit: Hit) -> bool {
    let b = text.as_bytes();
    let (lo, hi) = reach(text, hit.start, hit.end);
    // A line longer than the context is no such answer.
    let Some(from) = memchr::memrchr(b'\n', &b[lo..hit.start])
        .map(|i| lo + i + 1)
        .or((lo == 0).then_some(0))
    else {
        return false;
    };
    let Some(to) = memchr::memchr(b'\n', &b[hit.end..hi])
        .map(|i| hit.end + i)
        .or((hi == b.len()).then_some(hi))
    else {
        return false;
    };
    const FILLER: &[&str] = &[
        "in", "the", "county", "co", "md", "maryland", "city", "library",
    ];
    text[from..hit.start]
        .split(|c: char| !c.is_ascii_alphanumeric())
        .chain(text[hit.end..to].split(|c: char| !c.is_ascii_alphanumeric()))
        .all(|w| w.is_empty() || FILLER.iter().any(|f| f.eq_ignore_ascii_case(w)))
}

/// A cue that says whose a place is.
fn is_whose(cue: Cue) -> bool {
    matches!(
        cue,
        Cue::Mine | Cue::Corrects | Cue::NotMine | Cue::NotMineCollege | Cue::Topic
    )
}

/// "visiting … from philly", "coming down from pennsylvania", "here from ohio": a place outside
/// Maryland right after "from", with no cue before it in its sentence but a visit's ("moved
/// from ohio", "my sister from ohio", "i live in towson, originally from ohio" say nothing of
/// where the patron lives now).
/// "im up from norfolk", "we're down from york" say it whatever cue came before ("visiting my
/// sister for a week, im up from norfolk").
fn from_elsewhere(text: &str, c: &CueAt, near: Option<&CueAt>) -> bool {
    const VISITS: [&str; 10] = [
        "visiting",
        "on vacation",
        "vacation in",
        "trip to",
        "driving down to",
        "driving to",
        "heading to",
        "headed to",
        "going down to",
        "road trip to",
    ];
    const TRAVELLER: [&str; 7] = ["im", "i'm", "am", "we're", "were", "here", "visiting"];
    let mut before = text[..c.start]
        .split(|ch: char| ch.is_ascii_whitespace())
        .rev()
        .filter(|w| !w.is_empty());
    if !before
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("from"))
    {
        return false;
    }
    let visit = |r: &CueAt| {
        let said = &text[r.start..r.end];
        VISITS.iter().any(|v| said.eq_ignore_ascii_case(v))
    };
    let said_of_self = before.next().is_some_and(|w| {
        ["up", "down", "over", "here"]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
    }) && before
        .next()
        .is_some_and(|w| TRAVELLER.iter().any(|t| w.eq_ignore_ascii_case(t)));
    said_of_self || near.is_none_or(visit)
}

/// Words that start a patron's line saying no to where they were taken to live ("no, south
/// carolina", "oh not maryland, salisbury nc").
const NEGATIONS: [&str; 4] = ["no", "nope", "nah", "not"];

/// A place outside Maryland the patron gives as a correction, and where its line starts: in a
/// line whose first or second word says no, in its first sentence, with no cue but a correction
/// between ("no, columbia south carolina"); or right after a correction ("i meant columbia sc").
fn corrected_outside<'t>(text: &'t str, cues: &[CueAt]) -> Option<(usize, &'t str)> {
    let b = text.as_bytes();
    let outside = |c: &&CueAt| c.cue == Cue::Outside && is_state_code(text, c);
    cues.iter().filter(outside).find_map(|c| {
        let line = memchr::memrchr(b'\n', &b[..c.start]).map_or(0, |i| i + 1);
        let (sentence_start, _) = sentence(text, c.start, c.end);
        let cue_between = nearest_before(cues, line, c.start);
        let negated = sentence_start <= line
            && c.start - line <= 40
            && cue_between.is_none_or(|r| r.cue == Cue::Corrects)
            && text[line..c.start]
                .split(|ch: char| !ch.is_ascii_alphabetic())
                .filter(|w| !w.is_empty())
                .take(2)
                .any(|w| NEGATIONS.iter().any(|n| n.eq_ignore_ascii_case(w)));
        let after_correction = cue_between
            .is_some_and(|r| r.cue == Cue::Corrects && c.start - r.end <= RESIDENCE_REACH);
        // "not sc lol, md", "no, not the one in south carolina": the no is said of the place
        // outside ("not" a few words before it, with no comma between).
        let clause = text[line..c.start].rsplit(',').next().unwrap_or("");
        let denied = clause
            .split(|ch: char| !ch.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .rev()
            .take(4)
            .any(|w| w.eq_ignore_ascii_case("not"));
        ((negated || after_correction) && !denied).then(|| (line, &text[c.start..c.end]))
    })
}

/// The last cue of whose-kind in `from..to`.
fn nearest_before(cues: &[CueAt], from: usize, to: usize) -> Option<&CueAt> {
    starting_in(cues, from..to + 1)
        .iter()
        .rev()
        .find(|c| c.end <= to && is_whose(c.cue))
}

/// True when only spaces are between the line's start and `at`.
fn at_line_start(text: &str, at: usize) -> bool {
    text[..at]
        .trim_end_matches(' ')
        .as_bytes()
        .last()
        .is_none_or(|&b| b == b'\n')
}

/// The cues (in the order of their starts) that start in `r`: found by halves, so a text of
/// many cues does not cost each place all of them.
fn starting_in(cues: &[CueAt], r: std::ops::Range<usize>) -> &[CueAt] {
    let a = cues.partition_point(|c| c.start < r.start);
    let z = cues.partition_point(|c| c.start < r.end);
    &cues[a..z.max(a)]
}

/// States whose postal codes are also words or abbreviations of English ("pa", "ma", "ms"…):
/// after a town and a comma, one of these is the state ("a student in cambridge, ma looking for");
/// after a space alone, when it ends the town's clause ("easton pa", "cambridge ma and").
const WORDLIKE_STATES: [&str; 8] = ["pa", "ma", "al", "ar", "ia", "mo", "ms", "ne"];

/// Codes that also start a name or are a word run together ("havre de grace", "la plata", "mt
/// airy", "id like"): the state only when it ends the town's clause, comma or not ("dover, de.",
/// "Laurel, MT").
const NAME_WORD_STATES: [&str; 4] = ["de", "la", "id", "mt"];

/// States whose codes are everyday words of a chat ("in", "me", "or", "ok", "oh", "hi") or a
/// county's abbreviation ("co"): the state only in capitals after a comma, ending the clause, and
/// not as a question ("Laurel, OK." is Oklahoma; "laurel ok?", "Easton, OK?" and "frederick co"
/// are not).
const CHAT_WORD_STATES: [&str; 7] = ["in", "me", "or", "ok", "oh", "hi", "co"];

/// Words after "and" that make "pa" or "ma" before it a parent ("ma and me").
const PEOPLE: [&str; 6] = ["me", "my", "us", "him", "her", "them"];

/// Words before which such an abbreviation is a word, not a state ("my pa", "with ma").
const NOT_A_TOWN: [&str; 16] = [
    "my", "our", "your", "his", "her", "their", "the", "a", "with", "and", "to", "for", "of",
    "from", "near", "by",
];

/// The end of a state's postal code written right after a place that ends at `at` in `b` ("york
/// pa", "Cambridge, MA", "Laurel, OK"), for the codes that are also words (the others are
/// vocabulary cues), in any case unless said: one of [`WORDLIKE_STATES`] after a comma, or after
/// a space ending the clause (the text, a punctuation mark, or a word of [`CLAUSE_GOES_ON`] next:
/// "york pa now"); one of [`NAME_WORD_STATES`] ending the clause; one of [`CHAT_WORD_STATES`] only
/// in capitals after a comma, ending the clause and not as a question. Never before "and" and a
/// pronoun ("towson, ma and me").
fn state_code_after(b: &[u8], at: usize) -> Option<usize> {
    let rest = b.get(at..)?;
    let comma = rest.first() == Some(&b',');
    let gap = usize::from(comma)
        + rest[usize::from(comma)..]
            .iter()
            .take_while(|&&c| c == b' ')
            .count();
    if gap == 0 || gap > 2 {
        return None;
    }
    let code = rest.get(gap..gap + 2)?;
    let after = &rest[gap + 2..];
    if !code.iter().all(u8::is_ascii_alphabetic)
        || after.first().is_some_and(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    let is = |list: &[&str]| list.iter().any(|s| s.as_bytes().eq_ignore_ascii_case(code));
    let chat_word = is(&CHAT_WORD_STATES);
    let wordlike = is(&WORDLIKE_STATES);
    if !(wordlike
        || is(&NAME_WORD_STATES)
        || chat_word && comma && code.iter().all(u8::is_ascii_uppercase))
    {
        return None;
    }
    // "towson, ma and me": a parent named beside the patron, not a state.
    if after.len() > 5 && after[..5].eq_ignore_ascii_case(b" and ") {
        let next = &after[5..];
        let n = next
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if PEOPLE
            .iter()
            .any(|p| p.as_bytes().eq_ignore_ascii_case(&next[..n]))
        {
            return None;
        }
    }
    if wordlike && comma {
        return Some(at + gap + 2);
    }
    let ends = match after.first() {
        Some(b'?') => !chat_word,
        _ => ends_clause(b, at + gap + 2),
    };
    ends.then_some(at + gap + 2)
}

/// False for a state's two letters that do not end their clause, unless a comma is right before
/// them ("bel air, ca last year"): "ca i ask" is a typo, not California. "mi" is Spanish ("mi
/// correo es", "Langley Park, mi hija"): Michigan only ending its clause.
fn is_state_code(text: &str, c: &CueAt) -> bool {
    let b = text.as_bytes();
    let after_comma =
        || b[..c.start].trim_ascii_end().last() == Some(&b',') && !spanish_mi(text, c);
    c.end - c.start != 2 || ends_clause(b, c.end) || after_comma()
}

/// True when the cue is all its line says, but for punctuation and spaces.
fn alone_on_its_line(b: &[u8], c: &CueAt) -> bool {
    let blank = |x: &u8| x.is_ascii_punctuation() || *x == b' ';
    let line = |x: &&u8| !matches!(x, b'\n' | b'\r');
    let mut before = b[..c.start].iter().rev().take_while(line);
    let mut after = b[c.end..].iter().take_while(line);
    before.all(blank) && after.all(blank)
}

/// "mi" that does not end its clause: the Spanish word, not Michigan.
fn spanish_mi(text: &str, c: &CueAt) -> bool {
    text.as_bytes()[c.start..c.end].eq_ignore_ascii_case(b"mi")
        && !ends_clause(text.as_bytes(), c.end)
}

/// True when a place's clause ends at `at` in `b`: the text or a line ends, a punctuation mark,
/// or a word that may follow a place in its clause ([`CLAUSE_GOES_ON`]: "york pa now").
fn ends_clause(b: &[u8], at: usize) -> bool {
    let after = b.get(at..).unwrap_or_default();
    match after.first() {
        None => true,
        Some(b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b'\n' | b'\r') => true,
        Some(b' ') => {
            let next = after.trim_ascii_start();
            let n = next
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
            next.is_empty()
                || CLAUSE_GOES_ON
                    .iter()
                    .any(|w| w.as_bytes().eq_ignore_ascii_case(&next[..n]))
        }
        Some(_) => false,
    }
}

/// A town and a state abbreviation written as a word, right after a residence cue and in its
/// sentence ("i live in york pa", "we're in dover, de now"): the town and state, if so.
fn state_after_town(text: &str, from: usize) -> Option<&str> {
    // A little past the reach, to see the word after a state at its edge.
    let (_, end) = sentence(text, from, from);
    let b = &text.as_bytes()[from..end.min(from + RESIDENCE_REACH + 16)];
    // The words (runs of ASCII letters and digits) and where they are, in bytes.
    let mut words = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i > start {
            words.push(start..i);
        }
        i += 1;
    }
    let word = |r: &std::ops::Range<usize>| &b[r.clone()];
    words.windows(2).find_map(|pair| {
        let (town, state) = (&pair[0], &pair[1]);
        let is_town = town.len() >= 3
            && word(town).iter().all(u8::is_ascii_alphabetic)
            && !NOT_A_TOWN
                .iter()
                .any(|w| w.as_bytes().eq_ignore_ascii_case(word(town)));
        let near = state.end <= RESIDENCE_REACH;
        (is_town
            && near
            && state_code_after(text.as_bytes(), from + town.end) == Some(from + state.end))
        .then(|| &text[from + town.start..from + state.end])
    })
}

/// Words that may follow a town and its state in a residence clause ("i live in york pa now"),
/// chat's fillers among them ("we're in easton pa btw").
const CLAUSE_GOES_ON: [&str; 20] = [
    "now",
    "area",
    "too",
    "and",
    "but",
    "so",
    "though",
    "currently",
    "actually",
    "originally",
    "anyway",
    "also",
    "btw",
    "lol",
    "rn",
    "tho",
    "atm",
    "haha",
    "thx",
    "thanks",
];

/// A year from 1500 to 1999, or a decade written "1880s" / "50s": the past, as a topic.
pub(super) fn has_past_year(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let n = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let digits = &b[i..i + n];
        let decade = b.get(i + n) == Some(&b's');
        let year = n == 4 && digits[0] == b'1' && (b'5'..=b'9').contains(&digits[1]);
        if year || (n == 2 && decade && digits[1] == b'0') {
            return true;
        }
        i += n;
    }
    false
}

/// The patron's local library, its evidence, and why it is in doubt (if it is): the origin
/// account (the directory's library of the chat's origin) when it is a library's own, else the
/// libraries the patron named as theirs. A library's own account's answer is written into
/// `room`, the room of a record written out (most chats come from one).
pub(super) fn decide(
    origin: Option<&Library>,
    mentions: &[Mention],
    facts: &Facts,
    past: &dyn Fn() -> bool,
    public: &dyn Fn() -> bool,
    vocab: &Vocabulary,
    room: (String, Vec<String>),
) -> (Option<String>, Vec<String>, Vec<String>) {
    if let Some(lib) = origin.filter(|l| l.owns_its_chats()) {
        // A library's own account: its chats are its patrons' (rules.md §5).
        let (mut id, mut words) = room;
        id.clear();
        id.push_str(&lib.id);
        words.truncate(1);
        match words.first_mut() {
            Some(w) => {
                w.clear();
                w.push_str(ORIGIN_ACCOUNT);
            }
            None => words.push(ORIGIN_ACCOUNT.to_string()),
        }
        return (Some(id), words, Vec::new());
    }
    let outside = facts.outside.as_deref();
    // A library also spoken of as someone else's or a former one ("I used to go to the Essex
    // branch") counts only where the patron says it is theirs; a patron who lives outside
    // Maryland has a library here only if they say it is theirs now.
    // Found once for all mentions: a chat may name places thousands of times.
    let mut not_mine = vec![false; vocab.library_ids.len()];
    for m in mentions.iter().filter(|m| m.not_mine) {
        not_mine[m.library as usize] = true;
    }
    let others = |lib: u16| not_mine[lib as usize];
    // In a chat about the past (a year before 2000, or a place already named as a topic), a
    // town or county named with no cue at all is taken for a topic too.
    let plain_place = |m: &Mention| !m.mine && !m.not_mine && m.strength < Strength::Name;
    let historical =
        mentions.iter().any(|m| m.topic) || (mentions.iter().any(plain_place) && past());
    let counts = |m: &Mention| {
        // Corrected away, someone else's, or a topic.
        let set_aside = m.superseded || m.not_mine || m.topic;
        !set_aside
            && (m.mine || m.strength > Strength::Short)
            && !(historical && plain_place(m))
            && (m.mine || !others(m.library))
            && (outside.is_none() || (m.mine && !others(m.library)))
    };
    // A college and a public library both said as theirs: the public one where the patron speaks
    // of a public library ("i go to umbc but this is about my public library card").
    let kind_said = |kind: Kind| {
        mentions.iter().any(|m| {
            m.mine && counts(m) && vocab.library_kinds.get(m.library as usize) == Some(&kind)
        })
    };
    let public = kind_said(Kind::Academic) && kind_said(Kind::Public) && public();
    let (library, words) = choose_library(mentions, &counts, &others, public, vocab);
    let mut doubts = Vec::new();
    if let (Some(place), Some(lib)) = (outside, &library) {
        doubts.push(format!(
            "patron lives outside Maryland ({place}) but names a Maryland library: {lib}"
        ));
    }
    // Both doubts weigh the library chosen against the mentions that count.
    if let Some(chosen) = library.as_deref() {
        let counted = mentions.iter().filter(|m| counts(m));
        doubts.extend(two_libraries(counted.clone(), chosen, vocab));
        if facts.topic_cue {
            doubts.extend(topic_only(counted, chosen, vocab));
        }
    }
    (library, words, doubts)
}

/// The patron's own library: among the mentions that count, one said as the patron's own first,
/// then one never spoken of as someone else's, the last correction, a public library where the
/// patron speaks of one (`public`), the strongest (a library's name, a county, a town), the most
/// mentioned, the first.
fn choose_library(
    mentions: &[Mention],
    counts: &dyn Fn(&Mention) -> bool,
    others: &dyn Fn(u16) -> bool,
    public: bool,
    vocab: &Vocabulary,
) -> (Option<String>, Vec<String>) {
    // Said as theirs, never spoken of as someone else's, the last correction, a public library
    // said to be meant, strength, mentions, earliest.
    type Rank = (bool, bool, usize, bool, Strength, usize, usize);
    let mut counted = vec![0usize; vocab.library_ids.len()];
    for m in mentions.iter().filter(|m| counts(m)) {
        counted[m.library as usize] += 1;
    }
    let mut best: Option<(Rank, u16)> = None;
    for (i, m) in mentions.iter().enumerate() {
        if !counts(m) {
            continue;
        }
        let count = counted[m.library as usize];
        let key = (
            m.mine,
            !others(m.library),
            m.corrects.map_or(0, |at| at + 1),
            public && vocab.library_kinds.get(m.library as usize) == Some(&Kind::Public),
            m.strength,
            count,
            usize::MAX - i,
        );
        if best.is_none_or(|b| key > b.0) {
            best = Some((key, m.library));
        }
    }
    let Some((_, lib)) = best else {
        return (None, Vec::new());
    };
    let mut words: Vec<String> = Vec::new();
    for m in mentions.iter().filter(|m| m.library == lib && counts(m)) {
        if words.len() < EVIDENCE && !words.iter().any(|w| w.eq_ignore_ascii_case(&m.words)) {
            words.push(m.words.clone());
        }
    }
    (Some(vocab.library_ids[lib as usize].clone()), words)
}

/// True when `text` speaks of a public library, not by its name: "my public library card",
/// "the public library", "our local public library" (not "Harford County Public Library").
pub(super) fn says_public_library(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memmem::find_iter(b, b"ublic").any(|i| {
        i > 0
            && b[i - 1].eq_ignore_ascii_case(&b'p')
            && b.get(i + 5..i + 13)
                .is_some_and(|w| w.eq_ignore_ascii_case(b" library"))
            && {
                // The word before "public" ('p' at `i - 1`, an ASCII byte: a boundary).
                let before = text[..i - 1].trim_end_matches(' ');
                let word = before.rsplit(|c: char| !c.is_ascii_alphabetic()).next();
                ["my", "the", "a", "our", "local", "your", "his", "her"]
                    .iter()
                    .any(|w| word.is_some_and(|x| w.eq_ignore_ascii_case(x)))
            }
    })
}

/// Two libraries named with nothing to choose between them ("two libraries named: BCPL, HCLS").
fn two_libraries<'m>(
    counted: impl Iterator<Item = &'m Mention> + Clone,
    chosen: &str,
    vocab: &Vocabulary,
) -> Option<String> {
    if counted.clone().any(|m| m.mine) {
        return None;
    }
    let mut ids: Vec<&str> = counted
        .map(|m| vocab.library_ids[m.library as usize].as_str())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    (ids.len() >= 2 && ids.contains(&chosen))
        .then(|| format!("two libraries named: {}", ids.join(", ")))
}

/// The library chosen rests only on towns or counties named with no cue at all, in words that
/// name some place as a topic ("historic maps of the lines that went to Ocean City"): the place
/// may be the topic too.
fn topic_only<'m>(
    counted: impl Iterator<Item = &'m Mention>,
    chosen: &str,
    vocab: &Vocabulary,
) -> Option<String> {
    let weak = counted
        .filter(|m| vocab.library_ids[m.library as usize] == chosen)
        .all(|m| !m.mine && m.strength < Strength::Name);
    weak.then(|| format!("place named only as a topic? {chosen}"))
}

/// True when `start..end` is part of an e-mail address or a handle ("maria@umbc.edu",
/// "@prattlibrary"): a domain is not the patron naming a library.
fn inside_address(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let (lo, hi) = reach(text, start, end);
    let token_start = b[lo..start]
        .iter()
        .rposition(|c| c.is_ascii_whitespace())
        .map_or(lo, |i| lo + i + 1);
    let token_end = b[end..hi]
        .iter()
        .position(|c| c.is_ascii_whitespace())
        .map_or(hi, |i| end + i);
    memchr::memchr(b'@', &b[token_start..token_end]).is_some()
}

/// The sentence around `start..end`: from the last sentence end before it (". ", "!", "?",
/// ";", a new line, " but ") to the next one after it; commas do not end it.
fn sentence(text: &str, start: usize, end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let stop = |i: usize| match b[i] {
        b'!' | b'?' | b';' | b'\n' => true,
        b'.' => b.get(i + 1).is_none_or(|c| c.is_ascii_whitespace()),
        b' ' => b[i..].len() >= 5 && b[i..i + 5].eq_ignore_ascii_case(b" but "),
        _ => false,
    };
    let (lo, hi) = reach(text, start, end);
    let a = (lo..start).rev().find(|&i| stop(i)).map_or(lo, |i| i + 1);
    let z = (end..hi).find(|&i| stop(i)).unwrap_or(hi);
    (a, z)
}

/// What a byte may be to [`clause`]: 1 a boundary of its own (sentence punctuation, a comma, a
/// bracket, a new line), 2 a space (a boundary when " and ", " but " or " though " starts there).
const CLAUSE_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut k = 0;
    let ends = *b".!?;,()\n";
    while k < ends.len() {
        t[ends[k] as usize] = 1;
        k += 1;
    }
    t[b' ' as usize] = 2;
    t
};

/// The length of the clause boundary at byte `i` of `b`, if one is there: looked up by the byte,
/// and a space's word compared only when its first letter is one of theirs.
#[inline(always)]
fn clause_stop(b: &[u8], i: usize) -> Option<usize> {
    match CLAUSE_BYTE[b[i] as usize] {
        0 => None,
        1 => Some(1),
        _ => {
            let rest = &b[i..];
            if !matches!(rest.get(1), Some(b'a' | b'A' | b'b' | b'B' | b't' | b'T')) {
                return None;
            }
            [&b" and "[..], b" but ", b" though "]
                .iter()
                .find(|w| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w))
                .map(|w| w.len())
        }
    }
}

/// The clause around `start..end`: from the last boundary before it (sentence punctuation, a
/// comma, a bracket, " and ", " but ") to the next one after it.
fn clause(text: &str, start: usize, end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let (lo, hi) = reach(text, start, end);
    let mut a = lo;
    let mut i = start;
    while i > lo {
        i -= 1;
        if let Some(len) = clause_stop(b, i) {
            // "St. Mary's": a dot after a capitalised abbreviation is not the end of a sentence.
            if !(b[i] == b'.' && i >= 2 && &b[i - 2..i] == b"St") && i + len <= start {
                a = i + len;
                break;
            }
        }
    }
    let mut z = hi;
    let mut j = end;
    while j < hi {
        if clause_stop(b, j).is_some() {
            z = j;
            break;
        }
        j += 1;
    }
    (a, z)
}

#[cfg(test)]
mod tests;
