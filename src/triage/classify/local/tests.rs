//! The local library's rules, one test per kind of trap, each in several phrasings (lower case,
//! typos, abbreviations), written from rules.md §5.

use super::super::{TriageOptions, Triager};
use crate::directory::Directory;
use crate::time::{parse_instant, DEFAULT_TZ};
use crate::triage::{Chat, Triaged};

fn triager() -> &'static Triager {
    static T: std::sync::OnceLock<Triager> = std::sync::OnceLock::new();
    T.get_or_init(|| Triager::new(Directory::default_directory()))
}

/// A chat on the default account: the patron's lines, with a librarian's line between them.
fn triage(lines: &[&str]) -> Triaged {
    let mut t = String::from("10:00:00 - Dana (Calvert Library): Hi, how can I help?\n");
    for (i, l) in lines.iter().enumerate() {
        t += &format!("10:0{}:00 - Pat: {l}\n", i + 1);
    }
    let chat = Chat {
        record: 1,
        id: "1".into(),
        started_at: Some(parse_instant("2024-11-01T10:00", DEFAULT_TZ).unwrap()),
        resolution: "Follow Up By Patron Library".into(),
        origin: "Maryland AskUsNow! Public Library".into(),
        patron_name: "Pat".into(),
        transcript: t,
        ..Chat::default()
    };
    let now = parse_instant("2024-11-02T12:00", DEFAULT_TZ).unwrap();
    triager().triage(&chat, &TriageOptions::new(now, DEFAULT_TZ))
}

fn local(lines: &[&str]) -> Option<String> {
    triage(lines).local_library
}

#[track_caller]
fn expect(cases: &[(&str, Option<&str>)]) {
    for (line, want) in cases {
        let lines: Vec<&str> = line.split('|').collect();
        let t = triage(&lines);
        assert_eq!(
            t.local_library.as_deref(),
            *want,
            "{line:?}: evidence {:?}, review {:?}",
            t.library_evidence,
            t.review_reasons
        );
    }
}

#[test]
fn residence_and_membership_in_patrons_words() {
    expect(&[
        ("i'm in pg county", Some("PGCMLS")),
        ("live in towson", Some("BCPL")),
        ("my library is hcls", Some("HCLS")),
        ("we're in silver spring", Some("MCPL")),
        ("I live up in Bel Air", Some("HARFORD")),
        ("We live out in Reisterstown", Some("BCPL")),
        ("can u renew my books pls. balt co card", Some("BCPL")),
        ("libby says my card is invalid?? AA co card", Some("AACPL")),
        (
            "the hotspot i checked out w my hoco card stopped working",
            Some("HCLS"),
        ),
        (
            "Vivo en la ciudad de Baltimore, cerca de Patterson Park",
            Some("EPFL"),
        ),
        ("I'm a nursing student at Stevenson", Some("STEVENSON")),
        ("she lives with us in Thurmont", Some("FCPL")),
        ("he lives with me in elkton", Some("CECIL")),
        ("I have a Cecil County library card", Some("CECIL")),
        ("I'm a Howard County resident", Some("HCLS")),
        ("I moved to Frederick last spring", Some("FCPL")),
    ]);
}

#[test]
fn a_county_name_alone_counts_only_as_the_patrons_own() {
    expect(&[
        // A bare answer to "which library?".
        ("books overdue can i still return|harford", Some("HARFORD")),
        ("Howard.", Some("HCLS")),
        ("i'm in carroll", Some("CARROLL")),
        // A first name or surname, not a county.
        ("a book by Howard Zinn", None),
        ("alice in wonderland by lewis carroll", None),
        ("is Montgomery the capital of Alabama?", None),
    ]);
}

#[test]
fn a_place_named_as_the_topic_is_not_where_the_patron_lives() {
    expect(&[
        (
            "records of coal miners around Cumberland in the 1880s",
            None,
        ),
        ("do you have anything on the history of fells point", None),
        (
            "tobacco plantations in St. Mary's County in the 1850s",
            None,
        ),
        ("photos of the old streetcar line out to Towson", None),
        ("my great-grandfather's farm near Taneytown", None),
        (
            "whats the population of ocean city in summer vs winter",
            None,
        ),
        ("the deed to the farm in frederick county", None),
        ("sanborn maps for fells point? the 1890s ones", None),
        ("I worked the docks at Dundalk for 31 years", None),
        // Figures asked for about a place.
        (
            "I need data on opioid overdoses in Cecil County for a grant",
            None,
        ),
        ("statistics on car accidents in howard county", None),
        ("crime stats for prince george's county by year", None),
        (
            "demographics of montgomery county for a school project",
            None,
        ),
        // The patron's own library is still found beside a topic.
        (
            "history of Fells Point for a paper|i live in towson",
            Some("BCPL"),
        ),
        (
            "researching the history of my house in catonsville",
            Some("BCPL"),
        ),
        (
            "i live in cecil county and need statistics on opioid overdoses",
            Some("CECIL"),
        ),
    ]);
}

#[test]
fn a_patron_outside_maryland_has_no_local_library_unless_they_name_one() {
    expect(&[
        (
            "I live in Ohio but my family farmed in Carroll County",
            None,
        ),
        ("I'm from Virginia. Is the Pratt open Sunday?", None),
        (
            "I'm just over the line in Delaware, is the Elkton branch open?",
            None,
        ),
        (
            "My husband and I live in Washington, DC. We love Ellicott City",
            None,
        ),
        ("no MD library card. visiting towson next week", None),
        (
            "i used to live in columbia and had a hcls card. i moved to richmond va last year",
            None,
        ),
        (
            "Driving up from out of town to see the Central Library",
            None,
        ),
        ("i live in minnesota. anything on williamsport?", None),
        // A state whose abbreviation is also a word, in lower case after a town.
        (
            "does the towson branch have study rooms?|i live in york pa now actually",
            None,
        ),
        ("we're in dover, de. is the elkton library open?", None),
        ("i live in worcester ma but grew up in bel air", None),
        // The same words that are no state.
        ("I live with my pa in towson", Some("BCPL")),
        ("we live in towson, ma and me", Some("BCPL")),
        ("I live in Havre de Grace", Some("HARFORD")),
        // "de" right at the edge of the reach, the rest of the name past it.
        (
            "we live in a quiet, bayside town, havre de grace",
            Some("HARFORD"),
        ),
        (
            "I live in Havre de Grace — not sure if that's Harford",
            Some("HARFORD"),
        ),
        (
            "we live in la plata but I was born in ciudad de mexico",
            Some("CHARLES"),
        ),
    ]);
    let t = triage(&["I live in Newark, Delaware but I have a Cecil County library card"]);
    assert_eq!(t.local_library.as_deref(), Some("CECIL"));
    assert!(
        t.review_reasons
            .iter()
            .any(|r| r.starts_with("patron lives outside Maryland")),
        "{:?}",
        t.review_reasons
    );
}

#[test]
fn a_same_name_place_elsewhere_is_not_a_maryland_library() {
    expect(&[
        ("I'm a postdoc at EPFL in Lausanne", None),
        ("I grew up near Salisbury, England", None),
        ("a friend in Cambridge, Massachusetts", None),
        ("we visited Columbia, South Carolina", None),
        (
            "I live in Cambridge, on the Eastern Shore, not Massachusetts",
            Some("DORCHESTER"),
        ),
        ("im in oakland md", Some("GARRETT")),
    ]);
}

#[test]
fn a_personal_name_is_not_a_library() {
    expect(&[
        ("is the new chris pratt movie on hoopla", None),
        ("letters of George Pratt", None),
        ("an article co-written by Frederick A. Rogers", None),
        ("a question for Mr. Pratt", None),
        ("Just Mercy by Bryan Stevenson", None),
        (
            "Frederick Young here. Do libraries still charge late fees?",
            None,
        ),
        ("thanks, Howard! that helps", None),
        ("Hi Cecil, quick question about fines", None),
        ("I live in Frederick, thanks", Some("FCPL")),
        ("thanks. I'm in Towson", Some("BCPL")),
    ]);
}

#[test]
fn someone_elses_a_former_or_a_librarians_library_is_not_the_patrons() {
    expect(&[
        ("my grandson in Bethesda showed me email", None),
        (
            "can I pick up holds for my mother. she has a card at the Essex branch",
            None,
        ),
        ("can i use my husband's card? his is from carroll county", None),
        ("my grandpa wants talking books. he lives in salisbury", None),
        ("I grew up in Sykesville", None),
        ("I'm a librarian at the Towson branch asking for a patron", None),
        ("I work in Easton", None),
        (
            "I live in Glen Burnie but I work downtown. can I get a Pratt card?",
            Some("AACPL"),
        ),
        (
            "I used to go to the Hagerstown library but I moved to Frederick. does my Washington County card still work?",
            Some("FCPL"),
        ),
    ]);
}

#[test]
fn a_librarians_question_counts_once_the_patron_says_yes() {
    let chat = |answer: &str| {
        let t = format!(
            "10:00:00 - Pat: LinkedIn Learning says my library card isn't recognized\n\
             10:01:00 - Vera: Are you a Howard County resident?\n\
             10:02:00 - Pat: {answer}\n"
        );
        Chat {
            record: 1,
            id: "1".into(),
            origin: "Maryland AskUsNow! Public Library".into(),
            patron_name: "Pat".into(),
            transcript: t,
            ..Chat::default()
        }
    };
    let now = parse_instant("2024-11-02T12:00", DEFAULT_TZ).unwrap();
    let opts = TriageOptions::new(now, DEFAULT_TZ);
    let yes = triager().triage(&chat("yes"), &opts);
    assert_eq!(yes.local_library.as_deref(), Some("HCLS"));
    let no = triager().triage(&chat("no, Carroll County"), &opts);
    assert_eq!(no.local_library.as_deref(), Some("CARROLL"));
    assert_eq!(
        local(&["LinkedIn Learning says my card isn't recognized"]),
        None
    );
}

#[test]
fn weak_or_conflicting_evidence_is_marked_for_review() {
    let t = triage(&["historic maps of the old railroads, like the lines that went to ocean city"]);
    assert!(
        t.review_reasons
            .iter()
            .any(|r| r.starts_with("place named only as a topic?")),
        "{t:?}"
    );
    let t = triage(&["I live in Ocean City"]);
    assert!(!t.needs_review, "{t:?}");
    let t = triage(&["the branch in Towson or the one in Columbia"]);
    assert!(
        t.review_reasons[0].starts_with("two libraries named"),
        "{t:?}"
    );
}

#[test]
fn cues_read_after_another_chat_are_the_cues_read_first() {
    // Each chat on a thread of its own (its cues' room new), then one after another on this
    // thread (each in the room the one before left), in several orders.
    let chats: [&[&str]; 5] = [
        &["my sister works at the Pratt", "I live in Frederick"],
        &["I moved to Richmond, VA last year", "my old BCPL card"],
        &["history of Cumberland maps", "I'm in pg county"],
        &[
            "live in towson",
            "also near Bel Air, and my mom is in Howard County",
        ],
        &["hello"],
    ];
    let fresh: Vec<Triaged> = chats
        .iter()
        .map(|c| std::thread::scope(|s| s.spawn(|| triage(c)).join().unwrap()))
        .collect();
    assert!(fresh.iter().filter(|t| t.local_library.is_some()).count() >= 2);
    for order in [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [3, 0, 3, 2, 1]] {
        for i in order {
            assert_eq!(triage(chats[i]), fresh[i], "chat {i}");
        }
    }
}

/// [`super::clause`] as it was, each byte given to a closure that matches it: from the last boundary before it (sentence punctuation, a
/// comma, a bracket, " and ", " but ") to the next one after it.
fn clause_plainly(text: &str, start: usize, end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let is_stop = |i: usize| -> Option<usize> {
        match b[i] {
            b'.' | b'!' | b'?' | b';' | b',' | b'(' | b')' | b'\n' => Some(1),
            b' ' => {
                let rest = &b[i..];
                [&b" and "[..], b" but ", b" though "]
                    .iter()
                    .find(|w| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w))
                    .map(|w| w.len())
            }
            _ => None,
        }
    };
    let mut a = 0;
    let mut i = start;
    while i > 0 {
        i -= 1;
        if let Some(len) = is_stop(i) {
            // "St. Mary's": a dot after a capitalised abbreviation is not the end of a sentence.
            if !(b[i] == b'.' && i >= 2 && &b[i - 2..i] == b"St") && i + len <= start {
                a = i + len;
                break;
            }
        }
    }
    let mut z = b.len();
    let mut j = end;
    while j < b.len() {
        if is_stop(j).is_some() {
            z = j;
            break;
        }
        j += 1;
    }
    (a, z)
}

/// Pieces of text around a place's name: boundaries, near misses of them, and words.
const CLAUSE_PIECES: [&str; 25] = [
    " and ", " AND ", " but ", " But ", " though ", " Though ", " THOUGH ", " thou", " an",
    " andy ", " butter", " tho ", " Tand ", ".", "St.", "st.", "!", "?", ";", ",", "(", ")", "\n",
    "towson", "\u{e9}",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
    #[test]
    fn a_clause_is_found_as_by_each_byte_matched(
        picks in proptest::collection::vec(0..CLAUSE_PIECES.len(), 0..10),
        at in 0usize..10,
    ) {
        let mut text = String::new();
        let mut start = 0;
        let mut end = 0;
        for (k, &p) in picks.iter().enumerate() {
            if k == at {
                start = text.len();
                text.push_str("Towson");
                end = text.len();
            }
            text.push_str(CLAUSE_PIECES[p]);
        }
        if at >= picks.len() {
            start = text.len();
            text.push_str("Towson");
            end = text.len();
        }
        proptest::prop_assert_eq!(super::clause(&text, start, end), clause_plainly(&text, start, end), "{:?}", text);
    }
}

#[test]
fn a_namesake_town_in_another_state_is_not_maryland() {
    expect(&[
        ("we moved here from bel air, ca last year", None),
        ("I live in salisbury nc, do you have ebooks", None),
        ("is the columbia sc library open", None),
        ("I live in Salisbury, near the university", Some("WICOMICO")),
        ("I'm in Bel Air, Harford County", Some("HARFORD")),
    ]);
}

proptest::proptest! {
    #[test]
    /// Words of any script, dashes and curly quotes between a residence cue and a town or state
    /// (the words are cut by bytes: a wrong cut is a fault).
    fn any_words_after_a_residence_cue_are_read_whole(
        words in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just("pa".to_string()),
                proptest::strategy::Just("de".to_string()),
                proptest::strategy::Just("york".to_string()),
                proptest::strategy::Just("towson".to_string()),
                "[a-zA-Z]{1,8}",
                "[ ,.—é’\n]{1,3}",
            ],
            0..10,
        ),
    ) {
        let line = format!("i live in {}", words.concat());
        let t = triage(&[&line]);
        for words in &t.library_evidence {
            proptest::prop_assert!(line.contains(words.as_str()), "{:?} not in {:?}", words, line);
        }
    }
}

/// "public library" is looked for in any text: a character before it is never cut.
#[test]
fn a_public_library_is_found_in_any_text() {
    use super::super::local::says_public_library;
    assert!(says_public_library("this is about my Public Library card"));
    assert!(!says_public_library(
        "my card at Harford County Public Library"
    ));
    for text in [
        "éublic library",
        "é public library",
        "ublic library",
        "publicublic library",
        "pé public library",
    ] {
        says_public_library(text);
    }
}
