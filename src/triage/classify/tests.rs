use super::*;
use crate::time::{parse_instant, DEFAULT_TZ};
use crate::triage::model::only_function_words;
use crate::triage::Status;
use proptest::prelude::*;

/// Built once: building the vocabulary and the model is the slow part of these tests in a debug build.
fn triager() -> &'static Triager {
    static T: std::sync::OnceLock<Triager> = std::sync::OnceLock::new();
    T.get_or_init(|| Triager::new(Directory::default_directory()))
}

fn opts() -> TriageOptions {
    TriageOptions::new(
        parse_instant("2024-11-02T12:00", DEFAULT_TZ).unwrap(),
        DEFAULT_TZ,
    )
}

/// A LibChat-style transcript: the patron "Jane", a librarian whose label names her library.
fn libchat(patron_lines: &[&str]) -> String {
    let mut t = String::from(
        "10:00:01 - System: Thank you for contacting Maryland AskUsNow! A librarian will be with you shortly.\n\
         10:00:05 - Jane: hello\n\
         10:00:30 - Librarian (Kelly, Frederick County Public Libraries): Hi Jane, I'm Kelly at Frederick County Public Libraries. Our hours policy: we follow up within 72 hours.\n",
    );
    for (i, l) in patron_lines.iter().enumerate() {
        t += &format!("10:01:{:02} - Jane: {l}\n", i);
    }
    t += "10:05:00 - Librarian (Kelly, Frederick County Public Libraries): You can also e-mail refdesk@fcpl.org or ask me at kelly@gmail.com.\n";
    t += "10:06:00 - System: Chat ended by librarian.";
    t
}

fn chat(question: &str, patron_lines: &[&str]) -> Chat {
    Chat {
        record: 1,
        id: "1".into(),
        started_at: Some(parse_instant("2024-11-01T10:00", DEFAULT_TZ).unwrap()),
        resolution: "Follow Up By Patron Library".into(),
        origin: "Maryland AskUsNow! Public Library".into(),
        question: question.into(),
        transcript: libchat(patron_lines),
        ..Chat::default()
    }
}

fn run(question: &str, lines: &[&str]) -> Triaged {
    triager().triage(&chat(question, lines), &opts())
}

#[test]
fn follow_up_in_any_spelling() {
    assert!(is_follow_up("Follow Up By Patron Library"));
    assert!(is_follow_up("follow-up by patron library"));
    assert!(is_follow_up("FOLLOW  UP BY PATRON LIBRARY"));
    assert!(!is_follow_up("Follow Up By Librarian"));
    assert!(!is_follow_up(""));
    // One of a chat's tags, as LibChat exports them.
    assert!(is_follow_up("databases, Follow Up By Patron Library"));
    assert!(is_follow_up("Follow Up By Patron Library;ebooks"));
    assert!(is_follow_up("ILL | follow up by patron library"));
    assert!(!is_follow_up("databases, Follow Up By Librarian"));
    assert!(!is_follow_up("Follow Up By Patron Library Later"));
}

#[test]
fn staff_lines_and_boilerplate_are_not_evidence() {
    // The librarian names FCPL, an address, "hours", "policy": none of it is the patron's.
    let t = run("hi", &["thanks"]);
    assert_eq!(t.local_library, None);
    assert_eq!(t.email, None);
    assert_eq!(t.category, Category::Other);
    assert_eq!(t.email_problem, Some(EmailProblem::NoAddress));
    assert_eq!(
        t.email_problem.unwrap().to_string(),
        "no e-mail address in the export or in the patron's words"
    );
    assert_eq!(t.origin_id.as_deref(), Some("AUN"));
}

#[test]
fn email_forms() {
    let cases: &[(&str, &str, EmailSource)] = &[
        (
            "my email is jane.doe@gmail.com",
            "jane.doe@gmail.com",
            EmailSource::Transcript,
        ),
        (
            "JANE.DOE@GMAIL.COM",
            "jane.doe@gmail.com",
            EmailSource::Transcript,
        ),
        (
            "email me at <jane@aol.com>",
            "jane@aol.com",
            EmailSource::Transcript,
        ),
        (
            "it's jane99@comcast.net.",
            "jane99@comcast.net",
            EmailSource::Transcript,
        ),
        (
            "jane dot doe at gmail dot com",
            "jane.doe@gmail.com",
            EmailSource::WrittenOut,
        ),
        (
            "jane [at] gmail [dot] com",
            "jane@gmail.com",
            EmailSource::WrittenOut,
        ),
        (
            "jane(at)yahoo.com",
            "jane@yahoo.com",
            EmailSource::WrittenOut,
        ),
        (
            "jane @ gmail . com",
            "jane@gmail.com",
            EmailSource::WrittenOut,
        ),
        (
            "mark . o . reilly @ gmail . com",
            "mark.o.reilly@gmail.com",
            EmailSource::WrittenOut,
        ),
        (
            "it is ana_b . silva at yahoo dot com",
            "ana_b.silva@yahoo.com",
            EmailSource::WrittenOut,
        ),
        (
            "JANE AT GMAIL DOT COM",
            "jane@gmail.com",
            EmailSource::WrittenOut,
        ),
        // A local part whose last word ends a phrase of the vocabulary with "at".
        (
            "jane dot librarian at gmail dot com",
            "jane.librarian@gmail.com",
            EmailSource::WrittenOut,
        ),
    ];
    for (line, want, source) in cases {
        let t = run("a question", &[line]);
        assert_eq!(t.email.as_deref(), Some(*want), "{line}");
        assert_eq!(t.email_source, Some(*source), "{line}");
        assert_eq!(t.email_problem, None, "{line}");
    }
}

/// An address the patron says is not theirs ("it's X, not Y", "use X instead of Y") is never
/// the one chosen, whichever comes first.
#[test]
fn an_address_said_to_be_wrong_is_not_chosen() {
    for lines in [
        &["maria.lopez@yahoo.com", "sorry typo, it's maria.lopez@yahoo.com not maria.lopes@yahoo.com"][..],
        &["email me at maria.lopez@yahoo.com, not maria.lopes@yahoo.com"],
        &["not maria.lopes@yahoo.com, it's maria.lopez@yahoo.com"],
        &["please use maria.lopez@yahoo.com instead of maria.lopes@yahoo.com"],
        &["maria.lopes@yahoo.com", "wait that's wrong", "maria.lopez@yahoo.com is right, not maria.lopes@yahoo.com"],
        &["the address on my account (maria.lopes@yahoo.com) isn't right, use maria.lopez@yahoo.com rather than maria.lopes@yahoo.com"],
    ] {
        let t = run("q", lines);
        assert_eq!(t.email.as_deref(), Some("maria.lopez@yahoo.com"), "{lines:?}");
    }
    // Not said of an address: "not" before something else.
    let t = run("q", &["I'm not sure, maybe maria.lopes@yahoo.com"]);
    assert_eq!(t.email.as_deref(), Some("maria.lopes@yahoo.com"));
}

#[test]
fn a_typo_in_a_providers_domain_is_corrected_and_marked() {
    let reason = |t: &Triaged| {
        t.review_reasons
            .iter()
            .find(|r| r.starts_with("e-mail domain corrected"))
            .cloned()
    };
    // An unknown top-level domain (".con") and a real one (".cm", Cameroon) at a provider.
    for (line, want, typed) in [
        (
            "my email is jane.doe@hotmail.con",
            "jane.doe@hotmail.com",
            "hotmail.con",
        ),
        ("jane.doe@yahoo.cm thanks", "jane.doe@yahoo.com", "yahoo.cm"),
        ("it's jane.doe@gmial.com", "jane.doe@gmail.com", "gmial.com"),
        (
            "JANE.DOE@COMCAST.NTE",
            "jane.doe@comcast.net",
            "comcast.nte",
        ),
    ] {
        let t = run("q", &[line]);
        assert_eq!(t.email.as_deref(), Some(want), "{line}");
        assert_eq!(t.email_source, Some(EmailSource::Transcript), "{line}");
        assert_eq!(t.email_problem, None, "{line}");
        assert!(t.needs_review, "{line}");
        assert_eq!(
            reason(&t).as_deref(),
            Some(
                format!(
                    "e-mail domain corrected: typed {typed}, read as {}",
                    want.split('@').nth(1).unwrap()
                )
                .as_str()
            ),
            "{line}"
        );
    }
    // In the export's field too.
    let mut c = chat("q", &[]);
    c.patron_email = "jane@outlook.cmo".into();
    let t = triager().triage(&c, &opts());
    assert_eq!(
        (t.email.as_deref(), t.email_source),
        (Some("jane@outlook.com"), Some(EmailSource::Field))
    );
    assert!(reason(&t).is_some());
    // The patron typed the corrected form later, or said it as a correction: no doubt left.
    for lines in [
        &["jane@hotmail.con", "jane@hotmail.com"][..],
        &["jnae@hotmail.con", "oops jane@hotmail.com"][..],
        &["jane@gmial.com", "sorry, typo: jane@gmail.com"][..],
    ] {
        let t = run("q", lines);
        assert!(
            matches!(
                t.email.as_deref(),
                Some("jane@hotmail.com" | "jane@gmail.com")
            ),
            "{lines:?}: {:?}",
            t.email
        );
        assert_eq!(reason(&t), None, "{lines:?}");
    }
    // Not a provider: a real ".co" stays, an unknown ".con" is reported, not guessed at.
    let t = run("q", &["jane@bakery.co"]);
    assert_eq!(
        (t.email.as_deref(), reason(&t)),
        (Some("jane@bakery.co"), None)
    );
    let t = run("q", &["jane@bakery.con"]);
    assert_eq!(t.email, None);
    assert_eq!(
        t.email_problem,
        Some(EmailProblem::Incomplete("jane@bakery.con".into()))
    );
    // A provider's own address is no typo.
    let t = run("q", &["jane@yahoo.co.uk"]);
    assert_eq!(
        (t.email.as_deref(), reason(&t)),
        (Some("jane@yahoo.co.uk"), None)
    );
}

#[test]
fn addresses_as_real_exports_have_them() {
    // Split over two messages, at the '@' or after the dot.
    let t = run("q", &["my email is jane.doe@gmail.", "com"]);
    assert_eq!(t.email.as_deref(), Some("jane.doe@gmail.com"));
    let t = run("q", &["my email is jane.doe@", "gmail.com"]);
    assert_eq!(t.email.as_deref(), Some("jane.doe@gmail.com"));
    // A complete address then another message: not joined.
    let t = run("q", &["jane.doe@gmail.com.", "com is what I typed"]);
    assert_eq!(t.email.as_deref(), Some("jane.doe@gmail.com"));
    // mailto: links, angle brackets, trailing punctuation.
    for line in [
        "mailto:jane@gmail.com",
        "Jane Doe <jane@gmail.com>",
        "email me: jane@gmail.com!",
        "(jane@gmail.com).",
    ] {
        assert_eq!(
            run("q", &[line]).email.as_deref(),
            Some("jane@gmail.com"),
            "{line}"
        );
    }
    // A text-message or Canadian-server guest's own address is the chat system's, not an
    // e-mail address: no address unless the patron types one.
    for guest in [
        "4105550123@twilio.libraryh3lp.com",
        "7f3a9c@web.ca.libraryh3lp.com",
        "4435550199@sms.libraryh3lp.com",
    ] {
        let mut c = chat("q", &[]);
        c.transcript = format!(
            "5:26PM {guest}: can i renew my books\r5:27PM kim@chat.libraryh3lp.com: Which library?\r5:28PM {guest}: harford"
        );
        let t = triager().triage(&c, &opts());
        assert_eq!(t.email, None, "{guest}");
        c.transcript += &format!("\r5:29PM {guest}: its sam.k@verizon.net");
        let t = triager().triage(&c, &opts());
        assert_eq!(t.email.as_deref(), Some("sam.k@verizon.net"), "{guest}");
    }
}

#[test]
fn malformed_and_staff_addresses() {
    let t = run("q", &["my email is jane@gmail"]);
    assert_eq!(t.email, None);
    assert_eq!(
        t.email_problem,
        Some(EmailProblem::Incomplete("jane@gmail".into()))
    );
    let t = run("q", &["jane@gmailcom"]);
    assert!(t
        .email_problem
        .unwrap()
        .to_string()
        .contains("jane@gmailcom"));
    // The patron repeats the library's address: a service address, not the patron's.
    let t = run("q", &["should I write to ask@prattlibrary.org?"]);
    assert_eq!(t.email, None);
    // The field wins when it is valid; a bad field is reported when nothing else is found.
    let mut c = chat("q", &["jane@gmail.com"]);
    c.patron_email = "Field@Example.org".into();
    let t = triager().triage(&c, &opts());
    assert_eq!(
        (t.email.as_deref(), t.email_source),
        (Some("field@example.org"), Some(EmailSource::Field))
    );
    c.patron_email = "not an address".into();
    c.transcript = libchat(&["ok"]);
    let t = triager().triage(&c, &opts());
    assert_eq!(
        t.email_problem,
        Some(EmailProblem::FieldNotAddress("not an address".into()))
    );
    // The field holds the guest's chat address (LibraryH3lp's, a text-message gateway's): no
    // mailbox. The patron's own address is looked for in the transcript, and else reported.
    c.patron_email = "14435550147@SMS.libraryh3lp.com".into();
    let t = triager().triage(&c, &opts());
    assert_eq!(
        t.email_problem,
        Some(EmailProblem::FieldServiceAddress(
            "14435550147@SMS.libraryh3lp.com".into()
        ))
    );
    c.transcript = libchat(&["it's kay.m@example.org"]);
    let t = triager().triage(&c, &opts());
    assert_eq!(t.email.as_deref(), Some("kay.m@example.org"));
    // '@' that is not an address.
    let t = run(
        "q",
        &[
            "I'm @ the Towson branch",
            "they're @prattlibrary on instagram",
        ],
    );
    assert_eq!((t.email, t.email_problem.is_some()), (None, true));
}

#[test]
fn every_category() {
    for (q, want, word) in [
        (
            "I need peer-reviewed articles for my paper",
            Category::Research,
            "peer-reviewed",
        ),
        (
            "How do I renew my books? I have fines",
            Category::Circulation,
            "renew",
        ),
        (
            "Libby says my card number isn't valid",
            Category::Access,
            "Libby",
        ),
        (
            "can I get an ILL for a book you don't own",
            Category::Access,
            "ILL",
        ),
        (
            "can I reserve a meeting room, is there a fee?",
            Category::Policy,
            "meeting room",
        ),
        (
            "where can I print a document? do you have a notary",
            Category::Other,
            "",
        ),
        // A library's offers and who may use them, asked in general (rules.md §5: policy).
        (
            "who qualifies for talking books? my dad can't read print anymore",
            Category::Policy,
            "qualifies for",
        ),
        (
            "does the library lend museum passes like other counties do?",
            Category::Policy,
            "",
        ),
        (
            "am i eligible for a card if i only work in the county",
            Category::Policy,
            "eligible",
        ),
    ] {
        let t = run(q, &[]);
        assert_eq!(t.category, want, "{q}");
        // Function words weigh but are never shown as evidence.
        assert!(
            !t.category_evidence.iter().any(|w| only_function_words(w)),
            "{q}: {:?}",
            t.category_evidence
        );
        if !word.is_empty() {
            assert!(
                t.category_evidence.iter().any(|w| w == word),
                "{q}: {:?}",
                t.category_evidence
            );
        }
    }
    // "I'm ill", "still", "will": not interlibrary loan.
    let t = run("I'm still ill, will you help", &[]);
    assert_ne!(t.category, Category::Access);
    assert!(!t
        .category_evidence
        .iter()
        .any(|w| w.eq_ignore_ascii_case("ill")));
}

#[test]
fn without_the_explanation_the_category_and_its_confidence_are_the_same() {
    let mut quiet = opts();
    quiet.explain = false;
    for q in [
        "can i renew my books online",
        "I need peer-reviewed articles on coal miners around Cumberland",
        "how do I get the full text of this article from off campus",
        "what are your hours on sunday",
    ] {
        let c = chat(q, &[q]);
        let (told, untold) = (triager().triage(&c, &opts()), triager().triage(&c, &quiet));
        assert!(!told.category_evidence.is_empty(), "{q}");
        assert!(untold.category_evidence.is_empty(), "{q}");
        assert_eq!(
            (told.category, told.category_confidence),
            (untold.category, untold.category_confidence),
            "{q}"
        );
    }
}

#[test]
fn function_words_are_not_evidence() {
    assert!(only_function_words("can I"));
    assert!(only_function_words("do you"));
    assert!(only_function_words("isn't it"));
    assert!(!only_function_words("renew"));
    assert!(!only_function_words("who qualifies"));
    assert!(!only_function_words("can renew"));
}

#[test]
fn every_subject() {
    for (q, want, word) in [
        (
            "my landlord won't return my security deposit",
            Subject::Law,
            "landlord",
        ),
        ("I got an eviction notice", Subject::Law, "eviction"),
        ("can I get my record expunged", Subject::Law, "expunged"),
        (
            "what are the laws on fences between neighbors",
            Subject::Law,
            "laws",
        ),
        ("how do I probate a will", Subject::Law, "probate"),
        (
            "I got probation before judgment years ago, does it show up",
            Subject::Law,
            "probation before judgment",
        ),
        (
            "can an old arrest record keep me from renting",
            Subject::Law,
            "arrest record",
        ),
        (
            "where do I request my uncle's military records",
            Subject::Specialist,
            "military records",
        ),
        (
            "my dad's army discharge papers from Korea",
            Subject::Specialist,
            "discharge papers",
        ),
        (
            "my eyes are bad and I can't read the print in regular books",
            Subject::PrintDisability,
            "can't read the print",
        ),
        (
            "the property manager won't fix the heat, what are our rights",
            Subject::Law,
            "our rights",
        ),
        (
            "do I have any legal rights if my boss keeps my tips",
            Subject::Law,
            "legal rights",
        ),
        (
            "do you have braille books",
            Subject::PrintDisability,
            "braille",
        ),
        (
            "my mother has low vision and wants talking books",
            Subject::PrintDisability,
            "low vision",
        ),
        (
            "census records for my great-grandfather",
            Subject::Specialist,
            "census records",
        ),
        (
            "census records for my dissertation",
            Subject::Specialist,
            "dissertation",
        ),
        (
            "books my dyslexic grandson can listen to",
            Subject::PrintDisability,
            "dyslexic",
        ),
        (
            "services for readers with print disabilities",
            Subject::PrintDisability,
            "print disabilities",
        ),
        (
            "i'm blind and need audiobooks, how do i sign up",
            Subject::PrintDisability,
            "blind",
        ),
        (
            "my husband has parkinson's and turning pages is hard for him",
            Subject::PrintDisability,
            "turning pages",
        ),
        ("how do I renew a DVD", Subject::None, ""),
    ] {
        let t = run(q, &[]);
        assert_eq!(t.subject, want, "{q}");
        if !word.is_empty() {
            assert!(
                t.subject_evidence.iter().any(|w| w == word),
                "{q}: {:?}",
                t.subject_evidence
            );
        }
    }
}

#[test]
fn quality() {
    let t = run("q", &["you are so rude and useless"]);
    assert!(t.quality);
    assert_eq!(t.quality_evidence, ["rude", "useless"]);
    // A broken session is read in the system's lines.
    let mut c = chat("q", &["hello?"]);
    c.transcript += "\n10:07:00 - System: The patron's connection was lost.";
    let t = triager().triage(&c, &opts());
    assert_eq!(t.quality_evidence, ["connection was lost"]);
    assert!(!run("q", &["thank you so much"]).quality);
    // A follow-up that never came, in the patron's words.
    for line in [
        "I sent a question last month and no one has replied",
        "nobody ever answered my email about the fine",
        "you said someone would write back but they never responded",
        "no one ever wrote me back about the microfilm",
        "i was told i'd get an email and nobody ever emailed me back",
        "the library never got back to me about my request",
        // The service judged after the noun.
        "i've been waiting 20 minutes, this service is terrible",
        "honestly this chat sucks",
    ] {
        assert!(run("q", &[line]).quality, "{line}");
    }
    assert!(!run("q", &["a book about customer service jobs"]).quality);
    // Abuse aimed at the librarian, with no swear word.
    for line in [
        "are you stupid or what",
        "you're an idiot, forget it",
        "you suck at this",
    ] {
        assert!(run("q", &[line]).quality, "{line}");
    }
    for line in [
        "I feel stupid asking this but how do I renew",
        "a movie called are we there yet",
        "a book on abusive relationships",
    ] {
        let t = run("q", &[line]);
        assert!(
            !t.quality && !t.needs_review,
            "{line}: {:?}",
            t.review_reasons
        );
    }
}

#[test]
fn library_evidence_by_name_abbreviation_county_town_college() {
    for (line, id, word) in [
        (
            "I have a Baltimore County Public Library card",
            "BCPL",
            "Baltimore County Public Library",
        ),
        ("my bcpl card", "BCPL", "bcpl"),
        ("I live in Frederick County", "FCPL", "Frederick County"),
        ("I live in Frederick", "FCPL", "Frederick"),
        ("I'm in Gaithersburg", "MCPL", "Gaithersburg"),
        ("I'm a student at AACC", "AACC", "I'm a student at AACC"),
        ("I'm at Frostburg State", "FSU", "Frostburg State"),
        ("I go to the Pratt on Cathedral St.", "EPFL", "Pratt"),
        (
            "I use the Towson branch of Baltimore County library",
            "BCPL",
            "Towson branch",
        ),
        (
            "St. Mary's County Library",
            "SMCLD",
            "St. Mary's County Library",
        ),
        // Written without the apostrophe or the dot.
        (
            "we moved to prince georges last year",
            "PGCMLS",
            "prince georges",
        ),
        ("i'm in st marys county", "SMCLD", "st marys county"),
        (
            "Queen Annes County, near Centreville",
            "QUEENANNES",
            "Queen Annes County",
        ),
        // A college's name before "student" is the college, not a town of that name.
        (
            "As a Towson student I should get this article free",
            "TOWSON",
            "Towson student",
        ),
        ("we are UMBC students", "UMBC", "UMBC students"),
        // So is one after what a student or teacher says.
        (
            "i'm a student at towson and need this article",
            "TOWSON",
            "i'm a student at towson",
        ),
        ("i take classes at towson", "TOWSON", "classes at towson"),
        ("I teach at Towson", "TOWSON", "I teach at Towson"),
        ("i live in towson", "BCPL", "towson"),
    ] {
        let t = run("q", &[line]);
        assert_eq!(t.local_library.as_deref(), Some(id), "{line}");
        assert!(
            t.library_evidence.iter().any(|w| w == word),
            "{line}: {:?}",
            t.library_evidence
        );
    }
}

#[test]
fn look_alikes_are_not_libraries() {
    for line in [
        "I graduated from Stevenson years ago",
        "i'm a student at towson high school",
        "I'm writing about Frederick Douglass",
        "my cousin goes to Howard University",
        "we read about the Montgomery bus boycott in class",
        "we live near Carroll Park",
        "I work on Harford Road",
        "I was in Washington, DC last week",
        "it's for Prince George's County Circuit Court",
        "my email is maria1977@umbc.edu",
        // A patron introducing themselves by a name that is also a place.
        "my name is Cecil and I need a recipe book",
        "hello this is Howard, looking for a cookbook",
    ] {
        let t = run("q", &[line]);
        assert_eq!(t.local_library, None, "{line}: {:?}", t.library_evidence);
    }
}

#[test]
fn someone_elses_library_is_not_the_patrons() {
    let t = run("q", &["my sister works at the Pratt"]);
    assert_eq!(t.local_library, None);
    let t = run(
        "q",
        &["(used to go to Harford County Public Library before we moved)"],
    );
    assert_eq!(t.local_library, None);
    let t = run(
        "q",
        &["my mom has a card at Enoch Pratt and I have one at Howard County Library"],
    );
    assert_eq!(t.local_library.as_deref(), Some("HCLS"));
    let t = run("q", &["my sister works at the Pratt, but I live in Towson"]);
    assert_eq!(t.local_library.as_deref(), Some("BCPL"));
}

/// A college a son, daughter or grandchild goes to is theirs, not the patron's; a public library
/// the family uses, or the patron's own college said in the same chat, still counts.
#[test]
fn a_child_s_college_is_not_the_patron_s() {
    for line in [
        "my daughter goes to UMBC and needs help finding journal articles",
        "my son is a student at Towson University and can't log in from home",
        "My kids attend Frostburg State, can they use your ebooks?",
        "our granddaughter is enrolled at Salisbury University",
        "my stepson takes classes at Montgomery College",
        "my teenager goes to anne arundel community college",
        "my niece studies at UMBC and needs a citation style guide",
    ] {
        let t = run("q", &[line]);
        assert_eq!(t.local_library, None, "{line}: {:?}", t.library_evidence);
    }
    for (line, library) in [
        ("our son goes to UMBC but we live in Columbia", "HCLS"),
        (
            "my daughter goes to UMBC and I'm a student at Towson University",
            "TOWSON",
        ),
        ("my son and I live in Westminster", "CARROLL"),
        (
            "my son goes to the Frederick County library for story time",
            "FCPL",
        ),
    ] {
        let t = run("q", &[line]);
        assert_eq!(
            t.local_library.as_deref(),
            Some(library),
            "{line}: {:?}",
            t.library_evidence
        );
    }
}

#[test]
fn a_town_then_where_i_live_is_the_patrons() {
    let t = run(
        "q",
        &["the shop was on Potomac Street in Hagerstown, where I live now"],
    );
    assert_eq!(
        t.local_library.as_deref(),
        Some("WCFL"),
        "{:?}",
        t.library_evidence
    );
    // "I live there" after a place named for something else: the patron's own.
    for line in [
        "my job is at a warehouse in hagerstown, i live there too",
        "the accident was in Hagerstown, which is where i live",
        "grandma's farm was near hagerstown and we live there now",
    ] {
        let t = run("q", &[line]);
        assert_eq!(
            t.local_library.as_deref(),
            Some("WCFL"),
            "{line}: {:?}",
            t.library_evidence
        );
    }
}

#[test]
fn a_state_in_a_street_name_is_no_other_state() {
    let t = run("q", &["i'm in baltimore city near the virginia ave stop"]);
    assert_eq!(
        t.local_library.as_deref(),
        Some("EPFL"),
        "{:?}",
        t.library_evidence
    );
}

#[test]
fn own_library_beats_a_research_topic() {
    let t = run(
        "primary sources on Harriet Tubman's early life in Dorchester County",
        &["i'm in montgomery county, I think my card is still good"],
    );
    assert_eq!(t.local_library.as_deref(), Some("MCPL"));
    let t = run(
        "sources on Harriet Tubman in Dorchester County",
        &["I should say Cecil County Public Library"],
    );
    assert_eq!(t.local_library.as_deref(), Some("CECIL"));
}

#[test]
fn a_cue_phrase_keeps_the_place_cue_it_starts_with() {
    // "old photos" is a specialist cue and starts with "old", a topic.
    for q in [
        "old photos of the train depot in point of rocks",
        "historical newspapers that covered the flood in ellicott city",
        "old maps of the waterfront in chestertown",
    ] {
        let t = run(q, &[]);
        assert_eq!(t.local_library, None, "{q}: {:?}", t.library_evidence);
        assert_eq!(t.subject, Subject::Specialist, "{q}");
    }
    // "get a card" is a circulation cue and starts with "get a": not yet theirs.
    let t = run(
        "can i get a card at the pratt if i live in carroll county",
        &[],
    );
    assert_eq!(
        t.local_library.as_deref(),
        Some("CARROLL"),
        "{:?}",
        t.library_evidence
    );
    // A residence said with the topic still counts.
    let t = run("i live in chestertown and want old maps of the county", &[]);
    assert_eq!(
        t.local_library.as_deref(),
        Some("KENT"),
        "{:?}",
        t.library_evidence
    );
}

#[test]
fn deadline_across_the_dst_change() {
    // 2024-11-01 10:00 EDT + 72 elapsed hours = 2024-11-04 09:00 EST.
    let t = run("q", &[]);
    let rfc3339 = |t: Option<crate::time::Instant>| t.as_ref().map(crate::time::rfc3339);
    assert_eq!(
        rfc3339(t.started_at).as_deref(),
        Some("2024-11-01T10:00:00-04:00")
    );
    assert_eq!(
        rfc3339(t.due_at).as_deref(),
        Some("2024-11-04T09:00:00-05:00")
    );
    assert_eq!(t.status, Some(Status::Ok));
    let c = chat("q", &[]);
    let at = |s: &str| TriageOptions::new(parse_instant(s, DEFAULT_TZ).unwrap(), DEFAULT_TZ);
    assert_eq!(
        triager().triage(&c, &at("2024-11-03T09:30")).status,
        Some(Status::DueSoon)
    );
    assert_eq!(
        triager().triage(&c, &at("2024-11-04T09:00:01")).status,
        Some(Status::Overdue)
    );
    let mut c = chat("q", &[]);
    c.started_at = None;
    let t = triager().triage(&c, &opts());
    assert_eq!((t.due_at, t.status), (None, None));
}

#[test]
fn libraryh3lp_and_tab_transcripts() {
    let mut c = chat("q", &[]);
    c.transcript =
        "5:26PM guest@web.libraryh3lp.com: I live in Bel Air, email me at sam@verizon.net\n\
                    5:27PM kelly@chat.libraryh3lp.com: Kelly from Calvert Library here"
            .into();
    let t = triager().triage(&c, &opts());
    assert_eq!(t.local_library.as_deref(), Some("HARFORD"));
    assert_eq!(t.email.as_deref(), Some("sam@verizon.net"));
    c.transcript = "10:01\tSystem\tChat started\n10:02\tJamal\tmy HCLS account is locked\n10:03\tTom - Stevenson University\tHi Jamal".into();
    let t = triager().triage(&c, &opts());
    assert_eq!(t.local_library.as_deref(), Some("HCLS"));
}

#[test]
fn messages_timed_with_a_date_and_a_zone_are_read_by_speaker() {
    // As a chat API's message list gives them (`{"timestamp": "2026-03-01T20:47:31-06:00",
    // "author": …}`), and as exports write a date before the time.
    let mut c = chat("q", &[]);
    c.patron_name = "Sam".into();
    for (patron, staff) in [
        (
            "2026-03-01T20:49:10-06:00 - Sam",
            "2026-03-01T20:48:40-06:00 - Marisol (24/7 Cooperative)",
        ),
        (
            "[03/01/2026 8:49:10 PM EST] Sam",
            "[03/01/2026 8:48:40 PM EST] Marisol (24/7 Cooperative)",
        ),
        (
            "2026-03-01 20:49:10Z Sam",
            "2026-03-01 20:48:40Z Marisol (24/7 Cooperative)",
        ),
    ] {
        c.transcript = format!(
            "{staff}: Hi Sam, I'm Marisol, a librarian out in Oregon. What county are you in?\n\
             {patron}: frederick county, email me at sam.k@example.org"
        );
        let t = triager().triage(&c, &opts());
        assert_eq!(t.local_library.as_deref(), Some("FCPL"), "{patron}");
        assert_eq!(t.email.as_deref(), Some("sam.k@example.org"), "{patron}");
    }
}

#[test]
fn html_entities_are_decoded() {
    let mut c = chat("q", &[]);
    c.transcript =
        "14:22:09 - Jane: I&#x27;m in Prince George&#x27;s County &amp; my email is jane@aol.com"
            .into();
    let t = triager().triage(&c, &opts());
    assert_eq!(t.local_library.as_deref(), Some("PGCMLS"));
    assert_eq!(t.email.as_deref(), Some("jane@aol.com"));
}

#[test]
fn two_libraries_named_is_marked_for_review() {
    let t = run(
        "I want to renew a book",
        &["the branch in Towson or the one in Columbia, whichever is open"],
    );
    assert!(t.needs_review, "{t:?}");
    assert!(
        t.review_reasons[0].starts_with("two libraries named"),
        "{t:?}"
    );
    let t = run("I want to renew a book", &["I live in Columbia"]);
    assert!(!t.needs_review, "{t:?}");
    let t = run("q", &["I live in Towson", "my BCPL card is expired"]);
    assert!(!t.needs_review, "{t:?}");
}

/// A chat whose librarian, Sue, says `staff` after the patron's `patron` lines.
fn with_staff(question: &str, patron: &[&str], staff: &[&str]) -> Triaged {
    let mut c = chat(question, patron);
    for (i, l) in staff.iter().enumerate() {
        c.transcript += &format!("\n10:08:{i:02} - Librarian (Sue, AskUsNow!): {l}");
    }
    triager().triage(&c, &opts())
}

#[test]
fn a_name_is_not_a_law_cue() {
    for q in [
        "Hi Sue, do you have the new Sue Grafton?",
        "thanks sue!",
        "hi sue. I tried to place a hold on a book",
        "is A is for Alibi by Sue Grafton in large print? no wait, regular",
    ] {
        let t = with_staff(q, &[], &["Hi, I'm Sue. Let me look."]);
        assert_ne!(t.subject, Subject::Law, "{q}: {:?}", t.subject_evidence);
    }
    // Lower case and after "to" it is the verb.
    for q in [
        "can i sue my landlord",
        "I want to sue the contractor",
        "how do i sue someone in small claims",
    ] {
        let t = run(q, &[]);
        assert_eq!(t.subject, Subject::Law, "{q}: {t:?}");
    }
}

#[test]
fn a_title_is_not_a_subject_cue() {
    for q in [
        "Does the library have \"The Lincoln Lawyer\"? I want to put the book on hold",
        "my hold on the lincoln lawyer isnt showing up",
        "is The Blind Side on dvd at the bowie branch?",
        "the blind side dvd is scratched",
        "do you have the book Evicted by Matthew Desmond",
        "my hold on a court of thorns and roses says in transit",
        "I need Nietzsche's On the Genealogy of Morals as an ebook",
        "a biography of Louis Braille for my son's report",
        "my husband loves legal thrillers",
        "can I renew 'Six Dots: A Story of Young Louis Braille'",
        "my book club is reading Evicted by Matthew Desmond, can we get 10 copies",
        "how long is the hold list for a court of thorns and roses",
        "our club is reading the trial this month, any large group sets?",
        "can u put blind faith on hold for me",
        "i want to place the firm lawyer on hold pls",
        "the genealogy of morals ebook wont open for my class",
        "is the going blind paperback checked out",
    ] {
        let t = run(q, &[]);
        assert_eq!(t.subject, Subject::None, "{q}: {:?}", t.subject_evidence);
    }
    // The only cue was in a title: a librarian should look.
    let t = run("is The Lincoln Lawyer in?", &[]);
    assert!(t.needs_review, "{:?}", t.review_reasons);
    assert!(
        t.review_reasons
            .iter()
            .any(|r| r.starts_with("law cue only in a title or name?")),
        "{:?}",
        t.review_reasons
    );
    // Capitals that start a sentence say nothing; a law institution's name is law.
    for q in [
        "Landlord won't give back my deposit",
        "Court date is tomorrow and I need the forms",
        "what does the District Court need for small claims",
        "can Legal Aid help me with custody",
        "MY LANDLORD IS EVICTING ME",
        "Security Deposit Question From A Tenant",
        "Custody Papers For Maryland Court",
        "the court put my custody case on hold",
    ] {
        assert_eq!(run(q, &[]).subject, Subject::Law, "{q}");
    }
    // What is put on hold after a possessive is the patron's own.
    let t = run("i'm blind. can you put my talking book on hold", &[]);
    assert_eq!(
        t.subject,
        Subject::PrintDisability,
        "{:?}",
        t.subject_evidence
    );
}

#[test]
fn a_look_alike_compound_is_not_a_cue() {
    for q in [
        "is the basketball court behind the branch open?",
        "are the tennis courts free",
        "I left my yellow legal pad at the branch",
        "can i print on legal size paper",
        "need sources on chain of custody errors in crime labs",
        "articles on flame retardants in furniture",
        "what is the blind date with a book display",
        "I'm making a quilt for my great-grandson",
    ] {
        let t = run(q, &[]);
        assert_eq!(t.subject, Subject::None, "{q}: {:?}", t.subject_evidence);
        assert!(!t.quality, "{q}: {:?}", t.quality_evidence);
    }
    // The librarian echoing the patron's look-alike means the same thing.
    let t = with_staff(
        "is there a basketball court by the library",
        &[],
        &["The outdoor courts are run by the rec center."],
    );
    assert_eq!(t.subject, Subject::None, "{:?}", t.subject_evidence);
}

#[test]
fn a_cue_inside_an_address_or_a_search_string_is_not_a_cue() {
    for l in [
        "see https://www.courts.state.md.us/legal/help",
        "my email is legal.eagle@gmail.com",
        "I tried (Chancery OR law OR legal) and got nothing",
    ] {
        let t = run("sources for my essay", &[l]);
        assert_eq!(t.subject, Subject::None, "{l}: {:?}", t.subject_evidence);
    }
}

#[test]
fn weak_cues_count_only_beside_a_strong_one() {
    for q in [
        "sources for my dissertation",
        "a literature review on nurse burnout",
        "primary sources for my history class",
        "census data on income by county",
    ] {
        assert_eq!(run(q, &[]).subject, Subject::None, "{q}");
    }
    // Old photographs, plans and ledgers are archival records.
    for q in [
        "historic photos of the paper mill on the Patapsco",
        "are there old photographs of Main Street before the fire",
        "architectural drawings of our church, built around 1870",
        "my great uncle's store ledgers from the 1910s, or old ledgers like them",
    ] {
        assert_eq!(run(q, &[]).subject, Subject::Specialist, "{q}");
    }
    let t = run("genealogy sources for my dissertation", &[]);
    assert_eq!(t.subject, Subject::Specialist);
    assert!(t.subject_evidence.iter().any(|w| w == "dissertation"));
}

#[test]
fn specialist_needs_from_the_patron_or_the_librarian() {
    for q in [
        "looking for old maps of our farm near taneytown",
        "how do i find the deed to my grandparents farm",
        "my great grandmother came through the port of baltimore, passenger list?",
        "need my grandmas obituary from 1962",
        "trying to trace my enslaved ancestors",
    ] {
        assert_eq!(run(q, &[]).subject, Subject::Specialist, "{q}");
    }
    let t = with_staff(
        "where did my dad serve in ww2",
        &[],
        &["I'll pass this to a local history specialist who can follow up."],
    );
    assert_eq!(t.subject, Subject::Specialist);
}

#[test]
fn law_or_specialist_in_a_loan_question_is_doubted() {
    // A circulation question whose only law cue is the patron's: a title or a look-alike.
    let t = run(
        "can I renew my lease book, it's overdue and I have fines",
        &[],
    );
    assert_ne!(t.subject, Subject::Law, "{:?}", t.category);
}

#[test]
fn the_librarians_report_of_a_service_problem() {
    for l in [
        "I'm sorry, I'll report the disconnects.",
        "I'll report the connection problem and have staff email you.",
        "I'm ending this chat, and it will be reported.",
        "I'll pass your feedback along so it can be reviewed.",
        "I'm sorry nobody followed up; I'll flag the missed follow-up.",
        "It seems our earlier chat broke off. I'll report that.",
        "Sorry the chat crashed on you! I'll report it.",
        "I'm so sorry no one got back to you, I'll pass that along.",
        "Sorry, the chat software crashed and I lost your earlier messages. I'm reporting the problem.",
        "our chat system went down for a bit, I'll report it",
    ] {
        let t = with_staff("renew my books", &[], &[l]);
        assert!(t.quality, "{l}");
    }
    // "I'll report it" alone is weak: reviewed, not decided; to a systems team it is no
    // service problem.
    let t = with_staff(
        "the proxy login fails",
        &[],
        &["I'll report it and email you."],
    );
    assert!(!t.quality);
    assert!(t.needs_review, "{:?}", t.review_reasons);
    let t = with_staff(
        "the proxy login fails",
        &[],
        &["That's odd. I'll report it to our systems team."],
    );
    assert!(!t.quality && !t.needs_review, "{:?}", t.review_reasons);
    // Words of a service problem used of something else are weak.
    for l in [
        "That website is not appropriate for a scholarly paper.",
        "If you have a connection problem with the database, clear your cache.",
        "Thanks for your feedback on the catalog.",
    ] {
        assert!(!with_staff("q", &[], &[l]).quality, "{l}");
    }
    for l in [
        "I'm disappointed the book is checked out",
        "poor service on my phone here",
    ] {
        assert!(!run("q", &[l]).quality, "{l}");
    }
    // Two weak cues together count.
    let t = with_staff(
        "q",
        &[],
        &["Our system is slow and messages are delayed. I'll report it."],
    );
    assert!(t.quality && !t.needs_review, "{:?}", t.review_reasons);
    // With the patron's words it counts.
    let t = with_staff("q", &["ugh it kicked me out again"], &["I'll report it."]);
    assert!(t.quality, "{:?}", t.quality_evidence);
}

#[test]
fn the_patrons_complaint_and_the_systems_broken_session() {
    for l in [
        "this is the 3rd time the chat dropped me",
        "the chat window keeps going blank",
        "I was promised an email and no one ever did",
        "the last librarian just ended the chat while i was typing",
        "she was rude",
        "the chat keeps freezing when i type",
        "sorry if this is twice, the chat crashed",
        "my messages wouldn't send earlier",
        "my messages didnt send the first time",
        "the chat window froze halfway through",
        "the person I spoke with last night told me the wrong hours",
        "the chat session expired while I was typing",
        "he said he'd call me back about it and never did",
        "the librarian just left the chat in the middle of my question",
        "the chat window crashed twice while i was typing",
        "this is the third time i've been disconnected",
        "sorry we got cut off before",
        "i keep getting disconnected from this chat",
        // Every form of the verb, with and without the apostrophe.
        "ugh the chat keeps kicking me off",
        "it kicks me out of the chat after a minute",
        "my messages aren't going through",
        "my message isnt going through??",
        "hello? my messages are not going through",
        "the message didnt go through the first time",
        "the chat died on me twice",
    ] {
        assert!(run("q", &[l]).quality, "{l}");
    }
    // The librarian says the session broke on the service's side: a report, not a weak cue.
    for l in [
        "sorry, the chat was cut off on our end and I'll report it",
        "apologies, we got cut off on our side earlier",
    ] {
        let t = with_staff("q", &["hello?"], &[l]);
        assert!(t.quality, "{l}: {:?}", t.review_reasons);
    }
    // Wi-fi, hotspots and VPNs drop too: no chat session broke.
    for l in [
        "the wifi keeps dropping in the study rooms",
        "my hotspot keeps disconnecting on the bus",
        "the vpn kept disconnecting all night",
        "the database says my session expired",
        "I never did finish that book",
        "my wifi got disconnected at home, can the library lend a hotspot",
        "sorry, i had to leave the chat earlier",
    ] {
        let t = run("q", &[l]);
        assert!(!t.quality, "{l}: {:?}", t.quality_evidence);
    }
    for sys in [
        "The chat session was disconnected. Reconnecting...",
        "Connection lost. Attempting to reconnect...",
        "Guest 7A2D has disconnected.",
    ] {
        let mut c = chat("q", &["hello?"]);
        c.transcript += &format!("\n10:07:00 - System: {sys}");
        assert!(triager().triage(&c, &opts()).quality, "{sys}");
    }
    // The queue's canned line is no service problem.
    let mut c = chat("q", &["hello?"]);
    c.transcript +=
        "\n10:07:00 - System: No librarian is available right now. Please leave your question.";
    assert!(!triager().triage(&c, &opts()).quality);
    // A complaint about someone else is weak alone, as is a wrong answer or a librarian
    // spoken to before.
    for l in [
        "I want to complain about my neighbor's dog",
        "the website gave me the wrong page",
        "the librarian I talked to found three books",
    ] {
        assert!(!run("q", &[l]).quality, "{l}");
    }
}

#[test]
fn the_librarians_statement_before_an_unanswered_question_counts() {
    assert_eq!(
        statements_before_questions("LBPH runs BARD. Have you tried resetting it?"),
        "LBPH runs BARD."
    );
    assert_eq!(
        statements_before_questions("Which library? Is it BCPL?"),
        ""
    );
    assert_eq!(statements_before_questions("Yes. It is."), "Yes. It is.");
    let t = with_staff(
        "BARD app says invalid login",
        &[],
        &["BARD accounts come through the Library for the Blind and Print Disabled. Have you tried resetting the password?"],
    );
    assert_eq!(
        t.subject,
        Subject::PrintDisability,
        "{:?}",
        t.subject_evidence
    );
}

/// `statements_before_questions` as it was written with `str::rfind`.
fn statements_by_rfind(line: &str) -> &str {
    let mut said = line.trim_end();
    while said.ends_with('?') {
        let body = said.trim_end_matches('?');
        match body.rfind(['.', '!', '?']) {
            Some(i) => said = body[..=i].trim_end(),
            None => return "",
        }
    }
    said
}

proptest::proptest! {
    #[test]
    fn statements_before_questions_as_rfind_finds_them(
        parts in proptest::collection::vec(proptest::sample::select(vec![
            "?", ".", "!", " ", "\u{a0}", "é", "¿", "Is it", "BARD", "?!", "…", "\t",
        ]), 0..12),
    ) {
        let line: String = parts.concat();
        proptest::prop_assert_eq!(
            statements_before_questions(&line),
            statements_by_rfind(&line)
        );
    }
}

#[test]
fn one_pass_finds_the_phrases_the_search_finds() {
    // The model's words and the search's differ inside apostrophes, accents and long words:
    // there the search splits the model's word itself.
    let t = triager();
    let long = "a".repeat(40);
    for text in [
        "I'm at the O'Brien law library; isn't it legal? jane at gmail dot com; People's Law Library",
        "visión de la ley, leyó; abogado — Washington D.C.x and D.C. in Frederick",
        "great-grandmother's will; evictions; Howard County Library System card",
        &format!("{long}court {long} court, my library card, hi thanks landlord"),
        "\u{00e9}court lawyer\u{00e9} at at at BCPL",
    ] {
        let mut feats = Features::default();
        // One vector for both readings: each starts it afresh.
        let mut one_pass = Vec::new();
        for who in [Speaker::Patron, Speaker::Staff] {
            one_pass.clear();
            t.lexicon
                .read(&t.model, &t.vocab, text, who, SEG_PATRON, &mut feats, &mut one_pass);
            let mut searched = Vec::new();
            t.vocabulary().scan(text, |h| searched.push(h));
            assert_eq!(one_pass, searched, "{text:?}");
        }
    }
}

#[test]
fn a_question_ends_with_a_question_mark_before_any_white_space() {
    for line in [
        "",
        "?",
        "ok?",
        "ok? ",
        "ok?\t\r",
        "ok",
        "ok. ",
        "ok?\u{a0}",
        "ok?\u{3000} ",
        "¿qué?",
        "qué",
        "ok?\u{b}",
        " ",
        "?x",
        "é?",
        "ok ?\u{85}",
    ] {
        assert_eq!(
            is_question(line),
            line.trim_end().ends_with('?'),
            "{line:?}"
        );
    }
}

#[test]
fn words_trimmed_and_curly_quotes_found_as_the_str_methods_do() {
    let pieces = [
        "a",
        "Law",
        "-",
        "'",
        "\"",
        " ",
        ".",
        "é",
        "“",
        "‘",
        "”",
        "’",
        "—",
        "\u{2019}x",
        "é9",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..5000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut w = String::new();
        for k in 0..(seed % 7) {
            w.push_str(pieces[((seed >> (5 * k + 3)) % pieces.len() as u64) as usize]);
        }
        assert_eq!(
            trim_word(&w, true),
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'),
            "{w:?}"
        );
        assert_eq!(
            trim_word(&w, false),
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "{w:?}"
        );
        assert_eq!(
            dotted(w.as_bytes()),
            w.as_bytes().windows(3).any(|x| x[0].is_ascii_alphanumeric()
                && x[1] == b'.'
                && x[2].is_ascii_alphabetic()),
            "{w:?}"
        );
        assert_eq!(
            rfind_curly(w.as_bytes(), OPENING),
            w.rfind(['“', '‘']),
            "{w:?}"
        );
        assert_eq!(
            rfind_curly(w.as_bytes(), CLOSING).is_some(),
            w.contains(['”', '’']),
            "{w:?}"
        );
    }
}

/// Chats triaged one after another on a thread (their evidence lists in the room the chat
/// before left) are triaged as each is on a thread of its own: chats of many and of no
/// category, subject and library words, addresses and phrases of the librarian's boilerplate.
#[test]
fn chats_triaged_in_reused_room_are_triaged_as_anew() {
    let chats: Vec<Chat> = [
        (
            "Can I renew my book? I live in Frederick County",
            &["my Pratt card", "jane@gmail.com"][..],
        ),
        ("hi", &[][..]),
        (
            "I need a lawyer for my eviction, and court records; the law library in Towson?",
            &[
                "jane dot doe at yahoo dot com",
                "sorry, jane@yahoo.com",
                "Howard County",
                "the book \"The Lincoln Lawyer\"",
            ][..],
        ),
        (
            "Braille books for my dad? He is blind; we use BCPL and HCLS",
            &["jane@gmial.com"][..],
        ),
        (
            "",
            &[
                "printing",
                "the database login fails, off-campus proxy error",
            ][..],
        ),
    ]
    .iter()
    .map(|(q, lines)| chat(q, lines))
    .collect();
    let anew: Vec<Triaged> = chats
        .iter()
        .map(|c| std::thread::scope(|s| s.spawn(|| triager().triage(c, &opts())).join().unwrap()))
        .collect();
    assert!(anew
        .iter()
        .any(|t| t.library_evidence.len() > 1 || t.local_library.is_some()));
    assert!(anew.iter().any(|t| t.email.is_some()) && anew.iter().any(|t| t.email.is_none()));
    assert!(anew.iter().any(|t| !t.subject_evidence.is_empty()));
    for order in [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [2, 2, 0, 3, 1]] {
        for i in order {
            assert_eq!(triager().triage(&chats[i], &opts()), anew[i], "chat {i}");
        }
    }
}

/// [`cue_context`] as it was, each title frame compared at each place before the cue and each
/// title word after it: what the frames looked up by their first word must give.
fn cue_context_plainly(
    text: &str,
    start: usize,
    end: usize,
    name: bool,
    vocab: &Vocabulary,
) -> CueContext {
    let b = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &b[..start]).map_or(0, |i| i + 1);
    let line_end = memchr::memchr(b'\n', &b[end..]).map_or(b.len(), |i| end + i);
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
    let prev_words = before.split_whitespace().rev();
    if name {
        let after_greeting = prev_words.clone().next().is_some_and(|w| {
            let w = trim_word(w, false);
            vocab.greetings.iter().any(|g| g.eq_ignore_ascii_case(w))
        });
        if (capitalised && !shouted) || after_greeting {
            return CueContext::Name;
        }
    }
    let operator =
        |w: Option<&str>| w.is_some_and(|w| matches!(trim_word(w, false), "OR" | "AND" | "NOT"));
    if operator(prev_words.clone().next()) || operator(after.split_whitespace().next()) {
        return CueContext::Search;
    }
    if in_quotes_plainly(before, after) {
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
    for w in prev_words {
        if n == near_before.len() || w.ends_with(ends_clause) {
            break;
        }
        near_before[n] = trim_word(w, true);
        n += 1;
    }
    let near_before = &mut near_before[..n];
    near_before.reverse();
    let framed_before = vocab.title_before.iter().any(|frame| {
        near_before.windows(frame.len()).any(|win| {
            win.iter()
                .zip(frame)
                .all(|(a, b)| a.eq_ignore_ascii_case(b))
        })
    });
    if framed_before || super::framed_around(near_before, after, &vocab.title_around) {
        return CueContext::Title;
    }
    for (k, w) in after.split_whitespace().enumerate() {
        if super::starts_clause(w) {
            break;
        }
        let word = trim_word(w, true);
        let lower_starts = |p: &str| {
            word.len() >= p.len() && word.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
        };
        if vocab.title_after.iter().any(|p| lower_starts(p)) {
            return CueContext::Title;
        }
        if k == 3 || w.ends_with(ends_clause) {
            break;
        }
    }
    CueContext::Counts
}

/// [`in_quotes`] as it was, the quotes found by the standard searches.
fn in_quotes_plainly(before: &str, after: &str) -> bool {
    // Straight double quotes: an odd number before, one after.
    let dq = before.matches('"').count();
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
    let last_open = before
        .match_indices('\'')
        .map(|(i, _)| i)
        .rfind(|&i| opens(before, i));
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

/// Words around a cue: the title frames and title words, their neighbours, capitals, quotes,
/// punctuation, addresses, non-ASCII letters and spaces.
const CONTEXT_WORDS: &[&str] = &[
    "put",
    "on",
    "hold",
    "my",
    "the",
    "The",
    "THE",
    "a",
    "A",
    "book",
    "Book",
    "novel",
    "movie",
    "film",
    "show",
    "series",
    "dvd",
    "DVD",
    "audiobook",
    "title",
    "titled",
    "Called",
    "hold",
    "on",
    "copy",
    "of",
    "ebook",
    "e-book",
    "translation",
    "biography",
    "life",
    "Life",
    "blu-ray",
    "cd",
    "thriller",
    "soundtrack",
    "biographies",
    "novels",
    "I",
    "need",
    "my",
    "law",
    "Law",
    "court",
    "Court",
    "OR",
    "AND",
    "not",
    "hi",
    "Hi",
    "thanks",
    "sue",
    "Sue",
    "\"",
    "'",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    ",",
    ".",
    "?",
    ":",
    "(",
    ")",
    "mdcourts.gov/legal",
    "jane@x.org",
    "caf\u{e9}",
    "\u{e9}t\u{e9}",
    "-",
    "--dvd",
    "book.",
    "of,",
    "x",
    "",
];

fn context_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(CONTEXT_WORDS),
            prop::sample::select(&[" ", " ", " ", "  ", "\n", "\t", "\u{a0}", "\u{3000}", ""][..]),
        ),
        0..9,
    )
    .prop_map(|ws| ws.iter().map(|(w, s)| format!("{w}{s}")).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]
    #[test]
    fn a_cue_context_reads_as_each_frame_compared_at_each_place(
        before in context_text(),
        cue in prop::sample::select(&["law", "Law", "LAW", "court", "Braille", "lawyer", "law library"][..]),
        after in context_text(),
        name in any::<bool>(),
    ) {
        let vocab = &triager().vocab;
        let text = format!("{before}{cue}{after}");
        let (start, end) = (before.len(), before.len() + cue.len());
        prop_assert_eq!(
            cue_context(&text, start, end, name, vocab, &triager().frames),
            cue_context_plainly(&text, start, end, name, vocab)
        );
    }
}

#[test]
fn title_frames_are_found_before_and_after_a_cue() {
    let (vocab, frames) = (&triager().vocab, &triager().frames);
    for (text, want) in [
        ("I want the book law of the land", CueContext::Title),
        ("a copy of law stuff", CueContext::Title),
        ("the law dvd", CueContext::Title),
        ("the book, law help", CueContext::Counts),
        ("need law help", CueContext::Counts),
        ("law and need a dvd", CueContext::Counts),
        ("law but no dvd", CueContext::Counts),
        ("law i need on dvd", CueContext::Counts),
        ("law And Order dvd", CueContext::Title),
        ("law school dvd", CueContext::Title),
        ("can u put the law of the land on hold", CueContext::Title),
        ("i want to put law and order on hold", CueContext::Counts),
        ("they put my law case on hold", CueContext::Counts),
        ("put the law on hold, then", CueContext::Title),
        ("put law; on hold", CueContext::Counts),
        ("put on hold the law", CueContext::Counts),
    ] {
        let start = text.find("law").unwrap();
        assert_eq!(
            cue_context(text, start, start + 3, false, vocab, frames),
            want,
            "{text}"
        );
    }
}

proptest::proptest! {
    #[test]
    fn the_question_found_as_by_trimming_every_line(
        before in "[ \t\u{a0}]{0,3}",
        body in "[a-c?é ]{0,6}",
        after in "[ \t\u{a0}x]{0,3}",
        q in "[a-c?é ]{0,6}",
        same in proptest::bool::ANY,
    ) {
        let line = format!("{before}{}{after}", if same { &q } else { &body });
        let q = transcript::trim(&q);
        proptest::prop_assert_eq!(
            is_the_question(&line, q),
            !q.is_empty() && transcript::trim(&line) == q
        );
    }
}

/// Words for [`TitleFrames::framed`]: every word of a frame, in three cases, with near misses
/// of the same first byte or length, words longer than the lengths told apart, and empty ones.
fn frame_words() -> Vec<String> {
    let mut words = vec![
        String::new(),
        "translations".to_string(),
        "biographical".to_string(),
        "tha".to_string(),
        "thee".to_string(),
        "caller".to_string(),
        "e".to_string(),
        "\u{e9}book".to_string(),
        "ttttttttttttttttttttt".to_string(),
        "law".to_string(),
    ];
    for frame in &triager().vocab.title_before {
        for w in frame {
            words.push(w.clone());
            words.push(w.to_ascii_uppercase());
            let mut cap = w.clone();
            cap[..1].make_ascii_uppercase();
            words.push(cap);
            words.push(format!("{w}s"));
        }
    }
    words
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]
    #[test]
    fn a_frame_is_found_as_by_each_frame_compared_at_each_place(
        picks in prop::collection::vec(any::<prop::sample::Index>(), 0..5),
    ) {
        let pool = frame_words();
        let words: Vec<&str> = picks.iter().map(|i| pool[i.index(pool.len())].as_str()).collect();
        let plainly = triager().vocab.title_before.iter().any(|frame| {
            words
                .windows(frame.len())
                .any(|win| win.iter().zip(frame).all(|(a, b)| a.eq_ignore_ascii_case(b)))
        });
        prop_assert_eq!(triager().frames.framed(&words), plainly, "{:?}", words);
    }
}

/// The former reading of a librarian's question: answered when the patron's next line, searched
/// from the question on, says yes.
fn answered_yes_by_search(rest: &[(transcript::Role, &str)]) -> bool {
    rest.iter()
        .find(|(r, _)| *r == transcript::Role::Patron)
        .is_some_and(|(_, l)| says_yes(l))
}

proptest! {
    #[test]
    fn questions_are_answered_by_the_patrons_next_line(
        turns in proptest::collection::vec(0..5usize, 0..40),
    ) {
        let said = [
            "Guest: yes",
            "Guest: no thanks",
            "Librarian: BARD is from LBPH. Are you a Howard County resident?",
            "Librarian: let me look",
            "System: Guest is typing",
        ];
        let text: String = turns.iter().map(|&k| said[k]).collect::<Vec<_>>().join("\n");
        let mut lines = Vec::new();
        transcript::read_into(&text, "", |_| false, &mut lines);
        let want: Vec<&str> = (0..lines.len())
            .filter(|&i| {
                let (role, line) = lines[i];
                role == transcript::Role::Staff
                    && is_question(line)
                    && answered_yes_by_search(&lines[i + 1..])
            })
            .map(|i| lines[i].1)
            .collect();
        let conv = triager().read_conversation(&text, "", "", "", "");
        prop_assert_eq!(&conv.confirmed, &want);
    }
}

#[test]
fn many_unanswered_questions_are_read_once_each() {
    // Each question once looked for the patron's next line to the end: 200,000 of them took
    // minutes.
    let text = format!("Guest: hi\n{}", "Librarian: ok?\n".repeat(200_000));
    let conv = triager().read_conversation(&text, "", "", "", "");
    assert!(conv.confirmed.is_empty() && conv.staff.is_empty());
}

#[test]
fn a_phrase_is_read_in_its_context_not_in_its_whole_line() {
    // A title's quotes count around the cue, within the context a phrase is read in.
    let near = "I read \"My landlord and me\" last week".to_string();
    assert_eq!(run(&near, &[]).subject, Subject::None);
    // A quote opened a page earlier on the same line says nothing of this cue.
    let far = format!(
        "I read \"{} My landlord is evicting me \" ok",
        "word ".repeat(150)
    );
    assert_eq!(run(&far, &[]).subject, Subject::Law);
}

#[test]
fn long_lines_cost_each_phrase_its_context_only() {
    // Lines of 300 KB, dense in phrases or addresses: each phrase's context (quotes, capitals,
    // title frames, its clause, the cues near a place) and each address's token was read to the
    // line's ends, and each place weighed against every other: minutes for a megabyte.
    for unit in [
        "the book Evicted by Desmond and the movie Law Abiding Citizen ",
        "I live in Howard County near Baltimore County Public Library and Frederick ",
        "\"the court\" and 'law' \u{201c}will\u{201d} ",
        "https://www.peoples-law.org/court/law/evict?x=court&y=law ",
        "a@b.c@",
        "jane@gmail.com,",
    ] {
        let line = unit.repeat(300_000 / unit.len());
        let t = run("hello", &[&line]);
        assert!(t.subject_evidence.len() <= EVIDENCE, "{unit}");
    }
}

/// The former test: the words said anywhere between the two addresses.
fn says_correction_by_search(between: &str) -> bool {
    let lower = between.to_ascii_lowercase();
    CORRECTIONS.iter().any(|c| lower.contains(c))
}

proptest! {
    #[test]
    fn corrections_found_once_read_as_searched_between(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("sorry"), Just("I MEAN"), Just("i meant"), Just("use my"), Just("Oops"),
                Just(" "), Just("x"), Just("typo"), Just("should be"), Just("mis"), Just("spel"),
            ],
            0..30,
        ),
        a in 0..200usize,
        b in 0..200usize,
    ) {
        let text: String = parts.concat();
        let (from, to) = (a.min(b).min(text.len()), a.max(b).min(text.len()));
        let said = corrections(&text);
        prop_assert_eq!(
            says_correction(&said, from, to),
            says_correction_by_search(&text[from..to])
        );
    }
}

#[test]
fn many_addresses_are_weighed_once_each() {
    // Each later address once searched the text since the chosen one for a correction: 60,000
    // different addresses on a line took half a minute.
    let line: String = (0..60_000)
        .map(|i| format!("q{:x}z@gmail.com and ", i * 2_654_435_761u64 % 1_000_003))
        .collect();
    let t = run("hello", &[&line]);
    assert!(t.email.is_some());
}

#[test]
fn the_first_addresses_by_position_are_kept() {
    // Thousands of addresses on a line: the first ADDRESSES by position are weighed, the
    // correction among them still counts, and the addresses after them take no memory.
    let mut line = String::from("my email is jane@gmial.com sorry I mean jane@gmail.com ");
    for i in 0..2 * ADDRESSES {
        line += &format!("x{i}y@yahoo.com ");
    }
    let t = run("hello", &[&line]);
    assert_eq!(t.email.as_deref(), Some("jane@gmail.com"));
    let mut ev = Evidence::default();
    for at in (0..3 * ADDRESSES).rev() {
        ev.add_email(at, email::Found::Malformed(String::new()));
    }
    let mut kept: Vec<usize> = ev.emails.iter().map(|e| e.0).collect();
    kept.sort_unstable();
    assert_eq!(kept, (0..ADDRESSES).collect::<Vec<_>>());
    assert!(ev.emails_full_before(ADDRESSES) && !ev.emails_full_before(ADDRESSES - 1));
}

#[test]
fn a_transcript_of_too_many_lines_is_read_in_part_and_marked() {
    // Millions of one-letter lines took 40 bytes each, many times the record's size.
    let mut lines: Vec<&str> = vec!["x"; transcript::MAX_LINES];
    lines.push("write to jane@example.org");
    let t = run("hello", &lines);
    assert!(t.needs_review);
    assert!(t
        .review_reasons
        .iter()
        .any(|r| r.starts_with("a transcript of 65536 lines or more")));
    let t = run("hello", &["x"; 100]);
    assert!(!t.review_reasons.iter().any(|r| r.contains("lines or more")));
}

/// A chat of `turns` in order: `("p", text)` said by the patron Jane, `("l", text)` by the
/// librarian.
fn conversation(turns: &[(&str, &str)]) -> Triaged {
    let mut c = chat("", &[]);
    c.question = turns.first().map_or("", |t| t.1).into();
    c.transcript = turns
        .iter()
        .enumerate()
        .map(|(i, (who, text))| {
            let who = if *who == "p" {
                "Jane"
            } else {
                "Librarian (Sam, AskUsNow!)"
            };
            format!("10:{i:02}:00 - {who}: {text}")
        })
        .collect::<Vec<_>>()
        .join("\n");
    triager().triage(&c, &opts())
}

#[test]
fn a_message_that_only_asks_to_wait_is_no_evidence() {
    let with = run(
        "looking for census records for my great-grandfather",
        &["Hold on...", "one sec!"],
    );
    let without = run("looking for census records for my great-grandfather", &[]);
    assert_eq!(with.category, without.category);
    assert_eq!(with.category_evidence, without.category_evidence);
    // "hold on" inside a message is read as written.
    let t = run("my hold on the new Baldacci says in transit", &[]);
    assert_eq!(t.category, Category::Circulation, "{t:?}");
}

#[test]
fn a_college_the_librarian_asks_about_and_the_patron_confirms_is_theirs() {
    for asked in [
        "Are you a Towson University student?",
        "are you a student at towson university?",
        "Do you attend Towson University?",
    ] {
        let t = conversation(&[
            ("p", "I can't get into the nursing databases from home"),
            ("l", asked),
            ("p", "yes"),
        ]);
        assert_eq!(t.local_library.as_deref(), Some("TOWSON"), "{asked}: {t:?}");
    }
    // Said by the patron, or denied.
    let t = run("proxy login fails", &["I'm a Towson University student"]);
    assert_eq!(t.local_library.as_deref(), Some("TOWSON"), "{t:?}");
    let t = conversation(&[
        ("p", "I can't get into the nursing databases from home"),
        ("l", "Are you a Towson University student?"),
        ("p", "no"),
    ]);
    assert_eq!(t.local_library, None, "{t:?}");
}

#[test]
fn a_cue_that_starts_inside_a_context_phrase_counts() {
    // "my family" and "my great" tell whose library a place is; the cue starting at their
    // second word is found all the same.
    for (q, word) in [
        ("help with my family tree please", "my family tree"),
        (
            "my great-grandfather came through Baltimore in 1880",
            "my great-grandfather",
        ),
        (
            "looking for my ancestors in the 1850 census",
            "my ancestors",
        ),
    ] {
        let t = run(q, &[]);
        assert_eq!(t.subject, Subject::Specialist, "{q}: {t:?}");
        assert_eq!(t.subject_evidence[0], word, "{q}");
    }
    // A look-alike inside one is a look-alike still.
    let t = run("a gift for my great-granddaughter", &[]);
    assert_eq!(t.subject, Subject::None, "{t:?}");
}

#[test]
fn the_law_asked_about_is_a_law_question() {
    for (q, word) in [
        (
            "what does maryland law say about fences between neighbors",
            "maryland law",
        ),
        (
            "is there a law that says my boss has to give me breaks",
            "is there a law",
        ),
        (
            "where can I read the law about dogs off leash",
            "the law about",
        ),
        ("is it illegal to park on my own lawn", "is it illegal"),
        ("what does the law say about backyard chickens", "law say"),
    ] {
        let t = run(q, &[]);
        assert_eq!(t.subject, Subject::Law, "{q}: {t:?}");
        assert_eq!(t.subject_evidence, [word], "{q}");
    }
    // A school, the police, a profession: no legal question.
    for q in [
        "books to study for the University of Maryland law school admission",
        "how do I apply for a job in state law enforcement",
        "where is the lawn mower repair manual",
    ] {
        let t = run(q, &[]);
        assert_eq!(t.subject, Subject::None, "{q}: {t:?}");
    }
}

#[test]
fn a_place_in_the_reply_to_where_do_you_live_is_the_patrons() {
    for (asked, reply, want) in [
        (
            "Where do you live?",
            "Chevy Chase. jo@example.org",
            Some("MCPL"),
        ),
        (
            "which county are you in?",
            "baltimore county, parkville",
            Some("BCPL"),
        ),
        (
            "What library do you usually use?",
            "the one in bel air i think",
            Some("HARFORD"),
        ),
        (
            "Are you a Howard County resident?",
            "no, Anne Arundel. glen burnie",
            Some("AACPL"),
        ),
        (
            "ok, and where are you located?",
            "hagerstown area, jo@example.org",
            Some("WCFL"),
        ),
        // A reply naming no Maryland place, or the librarian asking something else.
        (
            "Are you a Harford County resident?",
            "no I'm visiting from Wilmington DE",
            None,
        ),
        (
            "What is the paper about?",
            "coal mining around Cumberland",
            None,
        ),
    ] {
        let t = conversation(&[
            ("p", "can the library get me a copy of an old thesis?"),
            ("l", asked),
            ("p", reply),
        ]);
        assert_eq!(t.local_library.as_deref(), want, "{asked} / {reply}: {t:?}");
    }
    // The reply turn ends where the librarian speaks again.
    let t = conversation(&[
        ("p", "I need old payroll records"),
        ("l", "Where do you live?"),
        ("p", "why does that matter"),
        ("l", "We send follow-ups to your own library."),
        ("p", "my uncle mined near Cumberland"),
    ]);
    assert_eq!(t.local_library, None, "{t:?}");
    // A place named as a topic before does not hide the reply.
    let t = conversation(&[
        (
            "p",
            "is there a library near Cumberland with old coal company payroll records?",
        ),
        ("l", "Possibly an archive. Where do you live?"),
        ("p", "Baltimore County, Parkville. pete@example.org"),
    ]);
    assert_eq!(t.local_library.as_deref(), Some("BCPL"), "{t:?}");
}

#[test]
fn where_i_live_right_after_a_place_outweighs_a_relatives_cue_before_it() {
    for line in [
        "my grandfather is buried in Westminster where I live too",
        "my aunt grew up in Westminster, where I live now",
    ] {
        let t = run("discharge papers from WWII", &[line]);
        assert_eq!(t.local_library.as_deref(), Some("CARROLL"), "{line}: {t:?}");
    }
    let t = run("q", &["my sister lives in Westminster, I live in Ohio"]);
    assert_eq!(t.local_library, None, "{t:?}");
}

#[test]
fn a_visitor_from_outside_maryland_has_no_local_library_here() {
    for line in [
        "how do I get to the Bel Air library? I'm visiting from Wilmington DE",
        "im in town from richmond virginia, is the Towson branch open sunday",
    ] {
        let t = run("directions", &[line]);
        assert_eq!(t.local_library, None, "{line}: {t:?}");
    }
}

#[test]
fn an_ending_the_patron_corrects_replaces_the_typed_one() {
    for (lines, want) in [
        (
            &["kwatts@example.con", "sorry .com not .con"][..],
            "kwatts@example.com",
        ),
        (&["it's r.lee@school.ed", "oops, .edu"], "r.lee@school.edu"),
        (&["amy@mailbox.og", "not .og, .org"], "amy@mailbox.org"),
        (
            &["dan.k@exampel.com", "i meant @example.com"],
            "dan.k@example.com",
        ),
        (
            &["pat@works.co", "should be works.com sorry"],
            "pat@works.com",
        ),
        (
            &["yes tnguyen@exmaple.com", "i meant example not exmaple"],
            "tnguyen@example.com",
        ),
        // On the address's own line.
        (
            &["my email is jane@example.cm sorry I meant .com"],
            "jane@example.com",
        ),
        (
            &["it's tnguyen@exmaple.org I meant example not exmaple"],
            "tnguyen@example.org",
        ),
        // An invisible character before the address (pasted) moves nothing.
        (
            &["\u{200B}jane@example.cm", "sorry .com"],
            "jane@example.com",
        ),
    ] {
        let t = run("q", lines);
        assert_eq!(t.email.as_deref(), Some(want), "{lines:?}: {t:?}");
        assert!(
            t.review_reasons
                .iter()
                .any(|r| r.starts_with("e-mail corrected by the patron")),
            "{lines:?}: {t:?}"
        );
    }
    // No correction said: a web address after the e-mail address changes nothing.
    let t = run("q", &["kim@example.org", "the site is www.example.net"]);
    assert_eq!(t.email.as_deref(), Some("kim@example.org"));
    // "X not Y" of words that are not in the address changes nothing.
    let t = run("q", &["jo.smith@example.org", "i'm a student not faculty"]);
    assert_eq!(t.email.as_deref(), Some("jo.smith@example.org"));
    // A correction before the address is not of it.
    let t = run("q", &["sorry .net", "kim@example.org"]);
    assert_eq!(t.email.as_deref(), Some("kim@example.org"));
    // "X not Y" that says the typed ending is right.
    let t = run("q", &["kim@example.org not .com"]);
    assert_eq!(t.email.as_deref(), Some("kim@example.org"));
}

#[test]
fn invisible_characters_around_addresses_break_nothing() {
    // Zero-width and no-break spaces before, inside and after addresses, with corrections
    // after them: the places found in the cleaned text are places in the patron's words.
    for (line, want) in [
        ("\u{200B}a@b", None),
        (
            "\u{200B}\u{200B}jo@example.org\u{00A0}sorry .net",
            Some("jo@example.net"),
        ),
        ("ñ\u{200D}x@example.org not .com", Some("ñx@example.org")),
        (
            "jo\u{200B}@example.org \u{2060}oops .net\u{FEFF}",
            Some("jo@example.net"),
        ),
    ] {
        let t = run("q", &[line]);
        assert_eq!(t.email.as_deref(), want, "{line:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    /// Pieces of addresses, corrections, markup, entities and invisible or multi-byte characters
    /// in any order: every chat is triaged (no place in one text is used in another).
    #[test]
    fn any_mix_of_address_pieces_and_invisible_characters_is_triaged(
        lines in proptest::collection::vec(
            proptest::collection::vec(prop::sample::select(&[
                "\u{200B}", "\u{00A0}", "\u{FEFF}", "\u{2060}", "é", "ñ", "😀", "@", "@@", ".com",
                " .org", " not ", "sorry", " at ", " dot ", "(at)", "[dot]", "jane", "example",
                "a@b", "x@example.org", "<b>", "</b>", "<br>", "&amp;", "&#39;", "&", ":", " ",
                "where do you live?", "I live in ", "Towson", "my family tree", "hold on", "'",
            ][..]), 0..24).prop_map(|p| p.concat()),
            1..4,
        ),
    ) {
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        let t = run(lines[0], &lines);
        prop_assert!(t.email.as_deref().is_none_or(|e| e.contains('@')));
    }
}

#[test]
fn a_librarian_reporting_abusive_language_is_a_service_problem() {
    for said in [
        "I'm ending this chat due to inappropriate language.",
        "This chat is being ended because of abusive language.",
        "We will not tolerate this. I'm reporting this conversation.",
    ] {
        let t = conversation(&[("p", "how do i renew my book"), ("l", said)]);
        assert!(t.quality, "{said}: {:?}", t.review_reasons);
    }
    // Ending a chat the patron left is no problem.
    let t = conversation(&[
        ("p", "how do i renew my book"),
        ("l", "Since I haven't heard from you, I'm ending this chat."),
    ]);
    assert!(!t.quality && !t.needs_review, "{:?}", t.review_reasons);
}

#[test]
fn system_lines_read_again_give_what_the_search_gives() {
    let t = triager();
    let lines = [
        "The chat session was disconnected. Reconnecting...",
        "Chat ended by librarian. Transcript will be e-mailed if requested.",
        "Guest 7A2D has disconnected.",
        "Connection lost. Attempting to reconnect... Connection lost.",
        "",
        &"the connection was lost ".repeat(20),
    ];
    let mut memo = SystemLines::default();
    // Many lines into few slots: lines take each other's slots, and come back.
    for round in 0..3 {
        for k in 0..(4 * SYSTEM_SLOTS) {
            let own = format!("Chat {k} was transferred. Connection lost.");
            for line in lines.iter().copied().chain([own.as_str()]) {
                let mut searched = Vec::new();
                t.vocab
                    .broken_session(line, |w| push_quality(&mut searched, w));
                let mut ev = Evidence::default();
                t.broken_session(line, &mut memo, &mut ev);
                assert_eq!(ev.quality_words, searched, "{round} {line}");
            }
        }
    }
}

#[test]
fn a_promised_follow_up_that_never_came_is_a_service_problem() {
    for line in [
        "i was told someone would email me by this morning. nobody did",
        "this is my third time asking, no one has followed up either time",
        "I was told I'd hear back and never did",
        "the librarian promised to send me the list but i never got anything",
        "they said they'd get back to me monday. still haven't heard anything",
        "someone was supposed to email me the article and it never came",
        "I never received the email you said you'd send",
        "last time I was told I would get an email and I never did",
        "nobody ever got back to me about the microfilm",
        "my friend was supposed to get a call back from you guys and nobody did",
    ] {
        let t = run("q", &[line]);
        assert!(t.quality, "{line}: {:?}", t.review_reasons);
    }
    // A promise or a silence alone, or someone else's: not decided.
    for line in [
        "i applied for the job and never heard back. how do I write a follow up letter",
        "did anyone in my family serve in ww2? my dad said no one did",
        "my landlord said he would fix the heat and never did",
        "i was told my hold was supposed to come in tuesday, can i renew it",
        "you said you'd check the catalog, i was told it's on the shelf",
        "my friend promised me she would return it",
        "no follow-up needed, thanks so much!",
    ] {
        let t = run("q", &[line]);
        assert!(!t.quality, "{line}: {:?}", t.quality_evidence);
    }
}

#[test]
fn a_librarian_reporting_a_problem_in_other_words() {
    for l in [
        "the software froze twice, I'm reporting the problem",
        "I'm sorry, I'll report that you got wrong information",
        "I'm reporting the disconnects we had today",
        "I apologize that you were given incorrect information earlier; I'm reporting it",
        "the chat software froze on both of us, sorry",
        "I'm reporting the issue so it gets looked at",
    ] {
        let t = with_staff("q", &["hi"], &[l]);
        assert!(t.quality, "{l}: {:?}", t.review_reasons);
    }
    for l in [
        "you may want to report the problem to your internet provider",
        "you can report the lost book at the circulation desk",
        "I'm reporting the results of my search below",
        "You got wrong information from that website, here is the right one",
        "I'm reporting the fine amount to circulation",
    ] {
        let t = with_staff("q", &["hi"], &[l]);
        assert!(!t.quality, "{l}: {:?}", t.quality_evidence);
    }
}

#[test]
fn a_maryland_towns_name_with_another_state_is_not_the_maryland_town() {
    for line in [
        "i live in easton pa and need help with a database",
        "I'm a student in cambridge, ma looking for articles",
        "i'm in laurel, de. do you have ebooks",
        "i live in easton, pa",
        "I'm in Laurel, MS",
        "my library is in easton, pa",
        "i live in cambridge ma and need a book",
        "we just moved to Salisbury, MO.",
        "I live in Laurel, OK.",
        "i live in easton pa and i need a book",
    ] {
        let t = run("q", &[line]);
        assert_eq!(t.local_library, None, "{line}: {:?}", t.library_evidence);
    }
    for (line, id) in [
        ("I live in Easton, MD", "TALBOT"),
        ("i live in cambridge md", "DORCHESTER"),
        ("I live in Salisbury, Maryland", "WICOMICO"),
        ("i live in laurel ok? can I get a card", "PGCMLS"),
        ("I live in Laurel, OK? can I get a card", "PGCMLS"),
        ("i live in easton or near it", "TALBOT"),
        ("i live in easton in the summer", "TALBOT"),
        ("i live in cambridge me and my kids", "DORCHESTER"),
        ("i live in easton, ok what now", "TALBOT"),
        ("i live in frederick co", "FCPL"),
        ("we live in easton, pa and me", "TALBOT"),
        ("i'm in cambridge oh and i need a book", "DORCHESTER"),
        ("i live near havre de grace", "HARFORD"),
        ("i live in waldorf, la plata is closer though", "CHARLES"),
    ] {
        let t = run("q", &[line]);
        assert_eq!(
            t.local_library.as_deref(),
            Some(id),
            "{line}: {:?}",
            t.library_evidence
        );
    }
}

/// Legal questions from every walk of life, told by the situation: work, immigration, debts,
/// accidents, property, benefits; and the same words where they are a topic or something else.
/// The sources a genealogist or local historian asks for by name, plural or not, need a specialist;
/// a database's name alone does not.
/// A librarian's report of a broken session counts whole, even where a weaker cue starts first
/// ("going to report" before "report the problem").
/// Opening hours asked in a few words are a policy question.
#[test]
fn opening_hours_asked_briefly_are_policy() {
    for line in [
        "are you open on sunday",
        "r u open now",
        "what time do you close today",
        "is the library closed for thanksgiving",
        "are you open late on thursdays",
    ] {
        let t = run(line, &[]);
        assert_eq!(
            t.category,
            Category::Policy,
            "{line}: {:?}",
            t.category_evidence
        );
    }
}

#[test]
fn a_librarians_report_is_not_hidden_by_a_weaker_cue_before_it() {
    for line in [
        "I'm going to report the problem.",
        "We got cut off twice there, sorry. I'm going to report the connection issue.",
        "my screen just froze and I lost what I typed. I'm going to report this session.",
        "my screen locked up and your messages vanished, I'll flag this chat for our admin",
        "we keep getting disconnected on my end; I'm going to let the chat coordinator know",
    ] {
        let t = with_staff("q", &["ok thanks"], &[line]);
        assert!(
            t.quality && !t.needs_review,
            "{line}: {:?}",
            t.review_reasons
        );
    }
    // A weak cue alone is still weak.
    let t = with_staff(
        "q",
        &["ok thanks"],
        &["I'm going to report back once I hear from them."],
    );
    assert!(!t.quality, "{:?}", t.quality_evidence);
}

/// A print disability told by what the hands cannot do; a book held at the desk is none.
#[test]
fn a_print_disability_told_by_the_hands() {
    for line in [
        "i have bad arthritis in my hands and a paperback hurts after a while",
        "my hands shake too much from parkinson's to keep a book open",
        "since my wrist surgery I can't grip a paperback",
    ] {
        let t = run("q", &[line]);
        assert_eq!(
            t.subject,
            Subject::PrintDisability,
            "{line}: {:?}",
            t.subject_evidence
        );
    }
    for line in [
        "can you hold a book for me at the front desk",
        "the library is holding a paperback for me, when does it expire",
    ] {
        let t = run("q", &[line]);
        assert_eq!(t.subject, Subject::None, "{line}: {:?}", t.subject_evidence);
    }
}

#[test]
fn the_sources_of_family_and_local_history_need_a_specialist() {
    for line in [
        "do you have city directories from the 1930s",
        "are there oral histories from steelworkers at sparrows point",
        "where can i find old newspaper obituaries from the 1950s",
        "we descended from a revolutionary war soldier, how do i prove it for the DAR",
        "i need plat maps for a farm from 1890",
        "help with my ancestry research, i'm stuck",
        "cemetery records for a church that closed",
        "i'm writing up my family's history for a reunion",
    ] {
        let t = run("q", &[line]);
        assert_eq!(
            t.subject,
            Subject::Specialist,
            "{line}: {:?}",
            t.subject_evidence
        );
    }
    for line in [
        "do you have ancestry library edition? i can't log in",
        "i need a book on the civil war for my 5th grader",
        "how do i print a map of the bus routes",
    ] {
        let t = run("q", &[line]);
        assert_eq!(t.subject, Subject::None, "{line}: {:?}", t.subject_evidence);
    }
}

#[test]
fn a_law_question_from_work_debts_papers_and_property() {
    for line in [
        "can my boss fire me for taking a sick day?",
        "they fired me for asking about overtime, is that allowed",
        "i got laid off and they still havent sent my final check",
        "my manager keeps discriminating against me because of my age",
        "i'm being harassed at work by my supervisor, who do i tell",
        "my husband wants to apply for a green card, what do we need",
        "my cousin is afraid he will be deported",
        "a debt collector keeps calling about a debt that isn't mine",
        "the bank repossessed my car without warning",
        "the other driver's insurance won't pay for my car accident",
        "the insurance company denied my claim after the car accident",
        "my neighbor built his fence over the property line",
        "how do i appeal the denial of my food stamps",
        "i was denied unemployment and want to appeal",
        "the dealer sold me a lemon, is there a lemon law here",
    ] {
        let t = run("q", &[line]);
        assert_eq!(t.subject, Subject::Law, "{line}: {:?}", t.review_reasons);
    }
    for line in [
        "i need books about the history of immigration to baltimore",
        "records of patients at the old state asylum in catonsville",
        "my son wants a book about fire trucks",
        "the pottery class says the bowls are fired for eight hours",
        "a book on good deportment for teenagers",
        "i was in a car accident last year and now need large print books",
        "do you have the insurance claim forms from the 1920s for my research",
    ] {
        let t = run("q", &[line]);
        assert_ne!(t.subject, Subject::Law, "{line}: {:?}", t.subject_evidence);
    }
}

/// A family's or a record's court process named by what the patron wants done: visits with a
/// child, a record sealed, a stepchild adopted.
#[test]
fn a_law_question_from_family_and_records() {
    for line in [
        "my ex won't follow the visitation schedule, what can I do",
        "how do i get visitation rights with my grandkids",
        "the judge ordered supervised visitation and i need the rules",
        "we need a parenting plan for the court",
        "how to seal a juvenile record",
        "can i get my record sealed from when i was 17",
        "I want to adopt my stepdaughter, where do I start",
        "what forms do we need for a stepparent adoption",
        "how long does it take to finalize an adoption in maryland",
    ] {
        let t = run("q", &[line]);
        assert_eq!(t.subject, Subject::Law, "{line}: {:?}", t.review_reasons);
    }
    for line in [
        "what are the visitation hours at the museum",
        "do you have books about adopting a rescue dog",
        "a book on how seals raise their pups",
        "my daughter was adopted and wants a picture book about adoption",
        "we want to adopt a highway near the library",
    ] {
        let t = run("q", &[line]);
        assert_ne!(t.subject, Subject::Law, "{line}: {:?}", t.subject_evidence);
    }
}

#[test]
fn a_law_question_told_by_its_situation() {
    for line in [
        "my employer won't pay me for my last two weeks, what can i do",
        "i worked at a restaurant and they never paid me for 3 weeks",
        "the register was short $40 and my manager took it out of my paycheck, is that allowed",
        "how do I file for unpaid wages",
        "my old job still hasn't paid me my final paycheck",
        "my boss deducted a cash drawer shortage from my pay",
        "my apartment complex kept my deposit and won't say why",
        "the property manager won't return my deposit after i moved out",
        "I'm owed back wages from my last job",
        "my wages are being garnished, what are my options",
    ] {
        let t = run("q", &[line]);
        assert_eq!(t.subject, Subject::Law, "{line}: {:?}", t.review_reasons);
    }
    for line in [
        "i need wage statistics for a research paper",
        "i need statistics on wage theft for a research paper",
        "where can i find data on average pay in maryland",
        "can i get my deposit back for the meeting room reservation",
        "how do I pay my fine online",
        "do you have books on how to ask for a raise",
    ] {
        let t = run("q", &[line]);
        assert_eq!(t.subject, Subject::None, "{line}: {:?}", t.subject_evidence);
    }
}

#[test]
fn an_impairment_said_in_plain_words_is_a_print_disability() {
    for q in [
        "my dad can hardly see anymore, what can he read",
        "my mother's eyesight is failing, are there books she could listen to",
        "i'm nearly blind after my surgery, how do i get books",
        "she has cataracts and can't see well enough for newspapers",
        "my husband has parkinson's, can he get books read to him",
        "he is partially sighted and wants mysteries",
        "i have bad eyes now, is there an app that reads the paper",
    ] {
        let t = run(q, &[]);
        assert_eq!(
            t.subject,
            Subject::PrintDisability,
            "{q}: {:?}",
            t.subject_evidence
        );
    }
    // A condition as a topic, or a condition and no reading, is no print disability.
    for q in [
        "articles on glaucoma and diabetic retinopathy for my nursing class",
        "my grandfather has parkinson's and his hands shake, any support groups",
        "a book about cataract surgery recovery",
    ] {
        let t = run(q, &[]);
        assert_eq!(t.subject, Subject::None, "{q}: {:?}", t.subject_evidence);
    }
}

#[test]
fn a_librarian_who_cannot_see_the_messages_reports_a_broken_session() {
    for said in [
        "Your messages are coming in blank for me, I'll let our tech team know.",
        "Sorry, I can't see your messages on my end.",
        "Everything you send is blank on my end.",
    ] {
        let t = with_staff("cant open the app", &["hello??"], &[said]);
        assert!(t.quality, "{said}: {:?}", t.quality_evidence);
    }
    // Pointing the patron to tech support is no service problem by itself.
    let t = with_staff(
        "cant open the app",
        &[],
        &["Our tech team has a help page for that."],
    );
    assert!(!t.quality, "{:?}", t.quality_evidence);
}

#[test]
fn a_greeting_to_a_librarian_named_like_a_town_names_no_library() {
    for line in [
        "hi laurel, how do i get old newspapers",
        "thanks cecil.",
        "Hello Kent! quick question",
    ] {
        let t = with_staff(line, &[], &["Hi, I'm the librarian on duty."]);
        assert_eq!(t.local_library, None, "{line}: {:?}", t.library_evidence);
    }
    // The town said as a place is still the patron's.
    for line in [
        "hi, i live in laurel",
        "hi from laurel, need help",
        "hi laurel library",
    ] {
        let t = with_staff(line, &[], &["Hi, I'm the librarian on duty."]);
        assert!(t.local_library.is_some(), "{line}");
    }
}

#[test]
fn an_address_corrected_by_no_is_the_corrected_one() {
    for lines in [
        &["rob t at example dot org", "nope, robt at example dot org"][..],
        &["rob.t@example.org", "no it's robt2@example.org"],
        &[
            "pat at example dot net",
            "no, it is patq at example dot net",
        ],
    ] {
        let t = run("q", lines);
        let want = if lines[0].starts_with("pat") {
            "patq@example.net"
        } else if lines[1].contains("robt2") {
            "robt2@example.org"
        } else {
            "robt@example.org"
        };
        assert_eq!(t.email.as_deref(), Some(want), "{lines:?}");
    }
}

#[test]
fn a_session_that_broke_or_a_long_wait_is_a_service_problem() {
    for line in [
        "ugh the chat got disconnected before i could finish",
        "i waited forever yesterday and gave up",
        "been waiting for an hour for someone to pick up",
        "stuck in the queue for over an hour, this is ridiculous",
    ] {
        let t = run("q", &[line]);
        assert!(t.quality, "{line}: {:?}", t.review_reasons);
    }
    // The librarian saying the session broke.
    for said in [
        "Sorry, we got cut off twice there.",
        "It looks like we were disconnected, I'm reporting the session.",
    ] {
        let t = with_staff("renew my books", &["hi"], &[said]);
        assert!(t.quality, "{said}: {:?}", t.quality_evidence);
    }
    // One weak cue alone is no service problem, only a question for the librarian.
    let t = run("q", &["textbook prices are ridiculous, any free copies?"]);
    assert!(!t.quality);
}

#[test]
fn a_librarian_who_brushed_the_patron_off_and_a_freezing_session_are_service_problems() {
    for line in [
        "last time someone just said google it",
        "the lady told me to google it. really?",
        "typed my whole question and lost everything i wrote",
    ] {
        let t = run("q", &[line]);
        assert!(t.quality, "{line}: {:?}", t.review_reasons);
    }
    let t = with_staff(
        "renew my books",
        &["hi"],
        &["Apologies, the session keeps freezing on my side."],
    );
    assert!(t.quality, "{:?}", t.quality_evidence);
}

#[test]
fn a_relatives_place_without_an_apostrophe_is_not_the_patrons() {
    let t = run("q", &["im staying at my grandmas in towson this week"]);
    assert_eq!(t.local_library, None, "{:?}", t.library_evidence);
    let t = run("q", &["my sisters in bel air but i live in towson"]);
    assert_eq!(
        t.local_library.as_deref(),
        Some("BCPL"),
        "{:?}",
        t.library_evidence
    );
}

#[test]
fn a_tenants_association_is_no_law_need() {
    for q in [
        "can our tenants association use the meeting room on tuesday",
        "flyers for the tenant union potluck",
    ] {
        assert_eq!(run(q, &[]).subject, Subject::None, "{q}");
    }
    assert_eq!(
        run("my landlord is evicting all the tenants", &[]).subject,
        Subject::Law
    );
}

#[test]
fn a_law_cue_cited_in_a_paper_is_no_law_need() {
    for q in [
        "how do i cite a court case in apa",
        "citing the supreme court decision in mla format??",
        "need a citation for the eviction statute, for my essay",
    ] {
        let t = run(q, &[]);
        assert_eq!(t.subject, Subject::None, "{q}: {:?}", t.subject_evidence);
        assert!(t.needs_review, "{q}");
    }
    // The patron's own case, cited or not, is still a law need.
    let t = run("my landlord is evicting me, what law can i cite", &[]);
    assert_eq!(t.subject, Subject::Law, "{:?}", t.subject_evidence);
}

/// Asserts the subject need `run` finds for each question.
#[track_caller]
fn each_subject(questions: &[&str], want: Subject) {
    for q in questions {
        let t = run(q, &[]);
        assert_eq!(t.subject, want, "{q}: {:?}", t.subject_evidence);
    }
}

/// Asserts the local library `run` finds for each question.
#[track_caller]
fn each_library(questions: &[&str], want: Option<&str>) {
    for q in questions {
        let t = run(q, &[]);
        assert_eq!(
            t.local_library.as_deref(),
            want,
            "{q}: {:?}",
            t.library_evidence
        );
    }
}

/// Asserts the local library `run` finds for each question, named beside it.
#[track_caller]
fn each_library_named(cases: &[(&str, &str)]) {
    for (q, want) in cases {
        each_library(&[q], Some(want));
    }
}

#[test]
fn a_book_or_film_about_a_legal_matter_is_reading_not_a_law_need() {
    for q in [
        "looking for a memoir about a custody battle, i forget the title",
        "is there a novel about an eviction in baltimore? for book club",
        "my teacher mentioned a documentary about the divorce courts, is it on kanopy",
        "i want a movie about a lawyer defending a farmer",
        "do you have that film about the evicted family",
    ] {
        let t = run(q, &[]);
        assert_ne!(t.subject, Subject::Law, "{q}: {:?}", t.subject_evidence);
        assert!(t.needs_review, "{q}: {:?}", t.review_reasons);
    }
    // Asking about one's own case is a law need, books or not.
    for q in [
        "my landlord is keeping my deposit, is there a book about tenant rights",
        "i need help with a custody case, not a memoir",
    ] {
        assert_eq!(run(q, &[]).subject, Subject::Law, "{q}");
    }
}

#[test]
fn a_session_that_timed_out_or_ended_mid_question_is_a_broken_session() {
    for l in [
        "this chat keeps timing out on me",
        "the chat timed out twice before i could ask",
        "your chat kept timing out so i lost my question",
        "i was talking to someone and it just ended, i never got to finish my question",
        "the chat ended before i could finish my question",
        "it cut off before i got to finish",
    ] {
        let t = run("hi", &[l, "my email is pat@example.com"]);
        assert!(
            t.quality,
            "{l}: {:?} {:?}",
            t.quality_evidence, t.review_reasons
        );
    }
    // A loan or a database that times out is no service problem of the chat.
    for l in [
        "my libby loan just ended, can i renew it",
        "the jstor session timed out and i lost my search",
        "the meeting just ended early",
        "so frustrating, jstor keeps timing out",
        "ugh my loan just ended before i could finish the book",
    ] {
        let t = run("hi", &[l]);
        assert!(!t.quality, "{l}: {:?}", t.quality_evidence);
    }
}

#[test]
fn a_place_corrected_by_the_patron_is_the_one_that_counts() {
    let t = with_staff("libby keeps crashing", &[], &["Which library do you use?"]);
    assert_eq!(t.local_library, None);
    for (lines, want) in [
        (
            &["elkton", "wait no i meant elkridge, not elkton lol"][..],
            Some("HCLS"),
        ),
        (
            &[
                "i live in bowie",
                "sorry i meant laurel... no wait, i meant towson",
            ][..],
            Some("BCPL"),
        ),
        (
            &[
                "i live in columbia",
                "no, columbia south carolina. ancestry from home?",
            ][..],
            None,
        ),
        (
            &["we're in salisbury", "oh not maryland, salisbury nc"][..],
            None,
        ),
        (&["no im in columbia", "not sc lol, md"][..], Some("HCLS")),
        (
            &["columbia", "no, not the one in south carolina"][..],
            Some("HCLS"),
        ),
    ] {
        let mut c = chat("libby keeps crashing", &[]);
        c.transcript += "\n10:08:00 - Librarian (Sue, AskUsNow!): Which library do you use?";
        for (i, l) in lines.iter().enumerate() {
            c.transcript += &format!("\n10:09:{i:02} - Jane: {l}");
        }
        let t = triager().triage(&c, &opts());
        assert_eq!(
            t.local_library.as_deref(),
            want,
            "{lines:?}: {:?}",
            t.library_evidence
        );
    }
    // The librarian asks to confirm; the patron says no, and names another state.
    let mut c = chat("i live in columbia", &[]);
    c.transcript += "\n10:08:00 - Librarian (Sue, AskUsNow!): Columbia, Maryland?";
    c.transcript += "\n10:09:00 - Jane: no, south carolina. can i use ancestry from home";
    let t = triager().triage(&c, &opts());
    assert_eq!(t.local_library, None, "{:?}", t.library_evidence);
}

#[test]
fn a_state_after_a_town_then_chat_filler_is_still_the_state() {
    for l in [
        "we're in easton pa btw",
        "i'm in salisbury nc lol",
        "live in cambridge ma rn",
    ] {
        let t = run("audiobooks for my dad", &[l]);
        assert_eq!(t.local_library, None, "{l}: {:?}", t.library_evidence);
    }
    // A two-letter state on the next message, or a Spanish "mi", is no state of the town.
    for lines in [
        &["Vivo en Langley Park.", "mi correo es rosa@example.net"][..],
        &["i live in langley park", "mi hija needs a card"][..],
        &["i live in langley park", "ca i ask another question"][..],
    ] {
        let t = run("hola", lines);
        assert_eq!(
            t.local_library.as_deref(),
            Some("PGCMLS"),
            "{lines:?}: {:?}",
            t.library_evidence
        );
    }
}

#[test]
fn a_job_in_a_county_is_the_topic_not_where_the_patron_lives() {
    each_library(
        &[
            "help finding a job in baltimore county",
            "are there jobs in frederick for someone with a cdl",
            "looking for work in howard county, any resources",
            "hiring events in anne arundel county?",
        ],
        None,
    );
    // Living there still counts.
    let t = run("i live in frederick and need help finding a job", &[]);
    assert_eq!(t.local_library.as_deref(), Some("FCPL"));
}

#[test]
fn print_disability_in_plain_words_about_seeing_well() {
    each_subject(
        &[
            "audiobooks for people who cant see well? for my dad",
            "my mother can't see well anymore, what can she read",
            "my grandpa doesnt see very well, are there big print books mailed to him",
            "i cannot see well enough to read regular print",
        ],
        Subject::PrintDisability,
    );
}

#[test]
fn a_houses_history_is_a_specialist_need() {
    each_subject(
        &[
            "i want to find out if my house in fells point is historic and what it used to be",
            "how old is my house and who lived here before us",
            "trying to learn the history of our rowhouse, when was it built",
            "who were the previous owners of my house, it's from the 1890s",
        ],
        Subject::Specialist,
    );
}

#[test]
fn scanning_old_photos_is_a_service_not_a_specialist_need() {
    for q in [
        "do you have a scanner i can use to scan old photos to a usb",
        "can i digitize my old photos at the library",
        "is there a place to scan some old family photos",
    ] {
        let t = run(q, &[]);
        assert_ne!(
            t.subject,
            Subject::Specialist,
            "{q}: {:?}",
            t.subject_evidence
        );
    }
}

#[test]
fn spanish_law_needs_and_counties() {
    each_subject(
        &[
            "Mi arrendador no me devuelve el depósito de seguridad. ¿Qué puedo hacer?",
            "el dueño de la casa me quiere desalojar",
            "necesito ayuda con la custodia de mis hijos",
            "¿cómo hago un testamento?",
        ],
        Subject::Law,
    );
    each_library_named(&[
        (
            "No puedo entrar a Libby con mi tarjeta de la biblioteca del condado de Howard",
            "HCLS",
        ),
        ("vivo en el condado de Montgomery", "MCPL"),
        ("soy del condado de Prince George's", "PGCMLS"),
    ]);
}

#[test]
fn spanish_and_french_needs_with_or_without_accents() {
    each_subject(
        &[
            "mi abogada me dijo que buscara la ley",
            "tengo una orden de protección, donde busco los formularios",
            "quiero saber de la pension alimenticia de mis hijos",
            "mon propriétaire garde ma caution depuis deux mois",
            "mon proprietaire ne répare pas le chauffage",
            "j'ai besoin d'aide juridique pour la garde de mes enfants",
        ],
        Subject::Law,
    );
    each_subject(
        &[
            "mi papá es ciego y quiere libros que se escuchan",
            "mi hija tiene dislexia, hay audiolibros?",
            "ma mère est aveugle, avez-vous des livres audio?",
            "livres en gros caractères pour ma grand-mère malvoyante",
        ],
        Subject::PrintDisability,
    );
    each_subject(
        &[
            "quiero hacer mi árbol genealógico, mis abuelos vinieron de Cuba",
            "je cherche des cartes anciennes de Baltimore",
        ],
        Subject::Specialist,
    );
}

#[test]
fn a_college_student_who_lives_elsewhere_keeps_the_college() {
    each_library_named(&[
        ("distance ed student at umbc, i live in arizona", "UMBC"),
        (
            "doing my MSW online thru frostburg state, i live in pennsylvania",
            "FSU",
        ),
        (
            "i'm in ohio but i'm a student at towson university",
            "TOWSON",
        ),
    ]);
    // A child's college is still the child's.
    let t = run("i live in ohio and my daughter is a student at umbc", &[]);
    assert_eq!(t.local_library, None, "{:?}", t.library_evidence);
}

#[test]
fn a_place_visited_or_where_something_happened_is_not_home() {
    each_library(
        &[
            "got a speeding ticket in ocean city over spring break",
            "i got a parking ticket in frederick, can i fight it",
            "there was an accident in bel air and i need the police report",
        ],
        None,
    );
    // When a branch is open is no visit: the branch still counts.
    each_library(
        &[
            "is the laurel branch open for the weekend? i live in laurel",
            "my laurel branch is closed for spring break, can i return books elsewhere",
        ],
        Some("PGCMLS"),
    );
    // "i could just google it" is the patron's own idea, no complaint.
    let t = run("hi", &["i guess i could just google it", "pat@example.com"]);
    assert!(!t.quality && !t.needs_review, "{:?}", t.review_reasons);
}

#[test]
fn where_the_patron_lives_said_by_a_street_or_with_whom() {
    each_library_named(&[
        ("want the history of my rowhouse in federal hill", "EPFL"),
        ("the history of my street in highlandtown", "EPFL"),
        (
            "my dad uses a screen reader, he lives in hagerstown with me",
            "WCFL",
        ),
        ("my mom lives in towson with us", "BCPL"),
    ]);
}

#[test]
fn plain_words_for_failing_eyes_and_a_screen_reader_by_name() {
    each_subject(
        &[
            "my eyes are getting worse from glaucoma, i cant read regular books",
            "his vision is getting worse and he can't read regular print",
            "my dad uses jaws on his computer, can he get books that work with it",
            "does libby work with the jaws screen reader",
        ],
        Subject::PrintDisability,
    );
    // The film is no screen reader.
    let t = run("do you have jaws on dvd", &[]);
    assert_ne!(t.subject, Subject::PrintDisability);
}

#[test]
fn a_dismissive_librarian_is_a_complaint() {
    for l in [
        "the librarian i talked to yesterday was really dismissive",
        "last time someone told me to just google it and logged off",
        "the guy on chat brushed me off",
    ] {
        let t = run("hi", &[l, "email me at pat@example.com"]);
        assert!(
            t.quality,
            "{l}: {:?} {:?}",
            t.quality_evidence, t.review_reasons
        );
    }
}

#[test]
fn old_survey_maps_and_county_atlases_are_a_specialist_need() {
    each_subject(
        &[
            "looking for an atlas of 19th century maryland counties, the old survey maps",
            "where can i see the 1850s county atlas for carroll",
            "survey maps of our farm from the 1800s",
        ],
        Subject::Specialist,
    );
}

#[test]
fn a_misspelt_town_after_a_residence_cue_is_that_town() {
    each_library_named(&[
        ("i live in germantwon, can i get hoopla", "MCPL"),
        ("we're in catonsvile and need a card", "BCPL"),
        ("im in hagerstwn", "WCFL"),
        ("i live in glen burine", "AACPL"),
        ("vivo en gaithersbrug", "MCPL"),
    ]);
    // The whole answer to "which library?".
    let t = with_staff(
        "how do i log into mango languages from home",
        &[],
        &["Which library card do you have?"],
    );
    assert_eq!(t.local_library, None);
    let mut c = chat("how do i log into mango languages from home", &[]);
    c.transcript += "\n10:08:00 - Librarian (Sue, AskUsNow!): Which library card do you have?";
    c.transcript += "\n10:09:00 - Jane: germantwon";
    c.transcript += "\n10:09:30 - Jane: email l.f@example.org";
    let t = triager().triage(&c, &opts());
    assert_eq!(
        t.local_library.as_deref(),
        Some("MCPL"),
        "{:?}",
        t.library_evidence
    );
    // Words a town is one letter from are no town; nor is a short word, or one said of no home.
    each_library(
        &[
            "i'm in trouble with a late fine",
            "i live in fear of my landlord",
            "im in school right now",
            "i'm in between jobs",
            "my sister lives in germantwon",
            "i'm in londn for a month",
        ],
        None,
    );
}

#[test]
fn a_long_wait_a_librarian_who_left_or_a_chat_ended_for_language() {
    for l in [
        "last time I waited forever and then the person left without answering me",
        "i was in the queue for ages before anyone answered, ridiculous",
        "the librarian left without answering my question",
    ] {
        let t = run("hi", &[l, "pat@example.com"]);
        assert!(
            t.quality,
            "{l}: {:?} {:?}",
            t.quality_evidence, t.review_reasons
        );
    }
    let t = with_staff(
        "why do I have a fine",
        &["[insult removed] just fix it", "pat@example.com"],
        &["I'm ending this chat because of the language."],
    );
    assert!(t.quality, "{:?} {:?}", t.quality_evidence, t.review_reasons);
}

#[test]
fn a_visitor_from_another_state_has_no_library_here() {
    each_library(&[
        "visiting baltimore next week from philly. how do i get to the central pratt library by bus?",
        "we're coming down from pennsylvania for a week, can we use the pratt computers",
        "i'm here from ohio for a conference, is the towson branch open sunday",
        "do you need id for the computers at the essex branch? im visiting my sister for a week, im up from norfolk",
        "we're driving down to ocean city in june from york pa, any story times?",
        "heading to annapolis next weekend from delaware, is the library open",
    ], None);
    // Living here, from elsewhere once, keeps here, with no doubt of where the patron lives.
    for q in [
        "i live in towson, originally from ohio",
        "i live in towson now but i'm originally from ohio",
        "we live in frederick, moved here from virginia last year",
    ] {
        let t = run(q, &[]);
        assert!(t.local_library.is_some(), "{q}: {:?}", t.library_evidence);
        assert!(!t.needs_review, "{q}: {:?}", t.review_reasons);
    }
    // Moving from elsewhere to here keeps here.
    let t = run(
        "we just moved from ohio to towson, how do i get a card",
        &[],
    );
    assert_eq!(
        t.local_library.as_deref(),
        Some("BCPL"),
        "{:?}",
        t.library_evidence
    );
}

#[test]
fn home_said_after_the_place_and_a_town_s_veterans() {
    let t = run(
        "we bought an old farmhouse outside Sykesville and live there now",
        &[],
    );
    assert_eq!(
        t.local_library.as_deref(),
        Some("CARROLL"),
        "{:?}",
        t.library_evidence
    );
    each_subject(
        &[
            "i need a list of ww2 veterans from my town",
            "looking for civil war veterans buried in our county",
            "my grandfather's military records from the korean war",
        ],
        Subject::Specialist,
    );
}

#[test]
fn rates_in_a_place_legal_in_the_library_and_a_family_tree_craft() {
    each_library(
        &[
            "what was the unemployment rate in baltimore city from 2010 to 2020",
            "crime rate in frederick for a school report",
        ],
        None,
    );
    each_subject(
        &[
            "is it legal to bring my dog into the library?",
            "is the family tree craft at storytime for toddlers too",
            "my kids want to do the family tree activity on saturday",
        ],
        Subject::None,
    );
}

#[test]
fn spanish_service_problems_and_old_maps_and_a_relatives_house() {
    for l in [
        // Phones often type Spanish without accents; the vocabulary's phrases are ASCII.
        "se corto el chat otra vez",
        "la bibliotecaria de ayer fue muy grosera",
        "el chat se sigue cortando",
    ] {
        let t = run("hola", &[l, "mi correo es ana@example.com"]);
        assert!(
            t.quality,
            "{l}: {:?} {:?}",
            t.quality_evidence, t.review_reasons
        );
    }
    each_subject(
        &[
            "busco mapas antiguos de Baltimore",
            "necesito la genealogia de mi familia",
        ],
        Subject::Specialist,
    );
    each_library(
        &[
            "my grandmother cant leave her house in elkton, can she get talking books",
            "my dad's home in bowie has no internet",
        ],
        None,
    );
}

#[test]
fn a_paper_on_a_law_or_print_disability_topic_is_no_need() {
    for (q, why) in [
        (
            "writing a paper on braille literacy rates, need peer reviewed sources",
            "print-disability cue only as a paper's topic? (braille)",
        ),
        (
            "my essay about eviction in baltimore needs 3 scholarly sources",
            "law cue only as a paper's topic? (eviction)",
        ),
        (
            "research paper on custody laws in the US, where do i start",
            "law cue only as a paper's topic? (custody, laws)",
        ),
    ] {
        let t = run(q, &[]);
        assert_eq!(t.subject, Subject::None, "{q}: {:?}", t.subject_evidence);
        assert!(
            t.review_reasons.iter().any(|r| r == why),
            "{q}: {:?}",
            t.review_reasons
        );
    }
    // A specialist may be what a paper needs; a need said beside a paper still counts.
    each_subject(
        &["my project on old maps of annapolis for class"],
        Subject::Specialist,
    );
    each_subject(
        &["my landlord is evicting me, and i have a paper due tomorrow too"],
        Subject::Law,
    );
}

#[test]
fn complaints_abuse_and_cut_offs_that_are_not_the_chats() {
    for q in [
        "the person was really condescending, acted like i was stupid",
        "the librarian before you just left without saying anything",
        "honestly she talked down to me the whole time",
    ] {
        let t = run(q, &[]);
        assert!(t.quality, "{q}: {:?}", t.quality_evidence);
    }
    let t = run("send me a pic of yourself ;)", &[]);
    assert!(t.quality, "{:?}", t.quality_evidence);
    for q in [
        "my internet got cut off earlier so i couldnt finish the form, can i renew my books",
        "our power was cut off all weekend, are fines waived",
    ] {
        let t = run(q, &[]);
        assert!(!t.quality, "{q}: {:?}", t.quality_evidence);
    }
}

#[test]
fn a_zip_code_said_as_the_patrons_own() {
    each_library_named(&[
        ("we live in 21044, can i get a card", "HCLS"),
        ("my zip code is 20774", "PGCMLS"),
        ("im in 21230 near the harbor", "EPFL"),
    ]);
    let mut c = chat("q", &[]);
    c.transcript =
        "10:00:30 - Librarian (Kelly): What is your zip code?\n10:00:45 - Jane: 21401".into();
    let t = triager().triage(&c, &opts());
    assert_eq!(
        t.local_library.as_deref(),
        Some("AACPL"),
        "{:?}",
        t.library_evidence
    );
    // A number that is no one's home: an order, a zip outside Maryland.
    each_library(
        &[
            "my order number is 21044 and it never came",
            "i live in 19702, can i use your databases",
        ],
        None,
    );
}

#[test]
fn a_college_not_in_the_directory_names_no_county_library() {
    each_library(
        &[
            "im a student at howard cc and cant get into the databases",
            "i take classes at montgomery college, the ebook wont open",
            "i go to ccbc essex, is there a login for the library",
            "my prof at frederick community college said to ask here",
        ],
        None,
    );
    // A home said beside it still counts, and a neighbourhood of the city is the city's.
    each_library_named(&[
        (
            "i take classes at montgomery college and live in rockville",
            "MCPL",
        ),
        (
            "online classes at anne arundel cc, the proxy keeps failing",
            "AACC",
        ),
        ("im in lauraville, do u have museum passes", "EPFL"),
    ]);
}

#[test]
fn an_association_as_a_group_is_no_law_need() {
    for q in [
        "can our HOA book a meeting room at the crofton library? is there a fee?",
        "where can the HOA board hold its annual meeting",
        "our tenants association wants to reserve a room",
    ] {
        let t = run(q, &[]);
        assert_eq!(t.subject, Subject::None, "{q}: {:?}", t.subject_evidence);
    }
    each_subject(
        &[
            "my HOA is fining me for my fence, can they do that",
            "our HOA is suing us over the fence",
        ],
        Subject::Law,
    );
}

#[test]
fn curly_apostrophes_household_shorthand_and_an_ended_chat() {
    each_subject(
        &["my husband had a stroke and can’t hold a book or turn pages anymore"],
        Subject::PrintDisability,
    );
    each_library_named(&[
        ("she lives w me in dundalk", "BCPL"),
        ("i’m in towson", "BCPL"),
    ]);
    let t = run("why did your librarian end my chat? i wasn’t done", &[]);
    assert!(t.quality, "{:?}", t.quality_evidence);
}

#[test]
fn we_live_there_said_next_makes_the_place_before_it_the_patrons() {
    // The question names a place as a topic or a house's; the patron's next message says they
    // live there.
    for (question, next, want) in [
        (
            "how can i find out who owned our farmhouse outside of Westminster before 1950",
            "we live there now",
            Some("CARROLL"),
        ),
        (
            "looking for old photos of the mill in ellicott city from the 1920s",
            "yes we live there",
            Some("HCLS"),
        ),
        (
            "any plat maps of Easton from around 1900? for a school project",
            "i live there too",
            Some("TALBOT"),
        ),
        // Another place named between: "there" is the nearer one.
        (
            "my grandparents farmed near Cumberland, then we moved to Frederick",
            "we still live there",
            Some("FCPL"),
        ),
        // Someone else's place, then the patron's own "there".
        (
            "my sister lives in Towson",
            "we live there too",
            Some("BCPL"),
        ),
        // Not a "there": "with us" says whose a place is right after it only.
        (
            "my sister lives in Towson",
            "she stays with us on weekends",
            None,
        ),
    ] {
        let t = run("", &[question, next]);
        assert_eq!(
            t.local_library.as_deref(),
            want,
            "{question} / {next}: {:?}",
            t.library_evidence
        );
    }
    // Two messages later it is no longer the same "there".
    let t = run(
        "",
        &[
            "looking for old photos of the mill in ellicott city from the 1920s",
            "my grandfather worked there",
            "we live there",
        ],
    );
    assert_eq!(t.local_library, None, "{:?}", t.library_evidence);
}

#[test]
fn were_in_as_a_message_of_its_own_is_we_re_in() {
    // A question whose places are topics, then where the patron is, apostrophe left out.
    for (question, line, want) in [
        (
            "my cousin in ohio wants our family tree back to the 1880 census",
            "were in bel air",
            Some("HARFORD"),
        ),
        (
            "need records of coal miners around cumberland in the 1890s",
            "were in la plata btw",
            Some("CHARLES"),
        ),
    ] {
        let t = run("", &[question, line]);
        assert_eq!(
            t.local_library.as_deref(),
            want,
            "{question} / {line}: {:?}",
            t.library_evidence
        );
    }
    // Inside a sentence it is the past: no residence said.
    let t = run(
        "",
        &["my cousin in ohio wants our family tree back to the 1880 census, we were in bel air for it last year"],
    );
    assert_ne!(
        t.local_library.as_deref(),
        Some("HARFORD"),
        "{:?}",
        t.library_evidence
    );
}

#[test]
fn a_will_named_by_its_kind_or_its_form_is_a_law_need() {
    each_subject(
        &[
            "is there a free will template online",
            "my dad needs a basic will, nothing fancy",
            "where do i find will forms for maryland",
            "can i get help writing a simple will",
        ],
        Subject::Law,
    );
    // "will" the verb.
    each_subject(
        &[
            "the line will form at the door at six",
            "a simple question, will you be open monday",
        ],
        Subject::None,
    );
}

/// Each line triaged as the question and the patron's one message.
fn said_alone<'l>(lines: &[&'l str]) -> Vec<(&'l str, Triaged)> {
    lines
        .iter()
        .map(|line| (*line, run(line, &[line])))
        .collect()
}

#[test]
fn a_name_cue_after_a_title_or_first_name_is_a_name() {
    for (line, t) in said_alone(&[
        "my instructor dr. sue patel wants three peer reviewed articles on wetlands",
        "professor will grant said to ask a librarian about citing census tables",
        "prof sue okafor assigned a paper on coral reefs",
        "i'm writing for mrs. sue brandt's class about volcanoes",
    ]) {
        assert_eq!(t.subject, Subject::None, "{line}: {:?}", t.subject_evidence);
    }
    // The verb still counts.
    let t = run("can i sue my landlord for the mold", &[]);
    assert_eq!(t.subject, Subject::Law);
}

#[test]
fn a_complaint_about_an_app_or_a_network_is_no_service_problem() {
    for (line, t) in said_alone(&[
        "the hoopla app keeps kicking me out after one episode",
        "my laptop keeps disconnecting from the library wifi",
        "the database logged me out twice while i was reading",
        "overdrive keeps logging me out of my account",
    ]) {
        assert!(!t.quality, "{line}: {:?}", t.quality_evidence);
    }
    for (line, t) in said_alone(&[
        "the chat kept kicking me out before i could finish",
        "your chat logged me out in the middle of my question",
    ]) {
        assert!(t.quality, "{line}");
    }
}

#[test]
fn a_librarian_short_with_the_patron_is_a_complaint() {
    for (line, t) in said_alone(&[
        "the person on chat was really short with me",
        "honestly she seemed annoyed that i asked",
        "he snapped at me when i asked again",
        "the lady at the desk rolled her eyes at me",
    ]) {
        assert!(t.quality, "{line}");
    }
}

#[test]
fn idioms_of_blind_are_no_print_disability() {
    for (line, t) in said_alone(&[
        "do you have the blind side on blu-ray",
        "i need articles on double blind versus single-blind trials",
        "is there a book about why people turn a blind eye to corruption",
        "what is a blind peer review",
    ]) {
        assert_ne!(t.subject, Subject::PrintDisability, "{line}");
    }
    let t = run("my father is going blind and wants audiobooks", &[]);
    assert_eq!(t.subject, Subject::PrintDisability);
}

#[test]
fn away_at_school_with_a_home_in_maryland() {
    let t = run(
        "i'm at school in ohio right now but my home is westminster, can i still use the ebooks",
        &[],
    );
    assert_eq!(
        t.local_library.as_deref(),
        Some("CARROLL"),
        "{:?}",
        t.library_evidence
    );
    // Living out of state, with no home here named, is still no local library.
    let t = run("i live in ohio, can i use your ebooks", &[]);
    assert_eq!(t.local_library, None);
}

#[test]
fn the_staff_at_a_branch_the_patron_visited_make_it_theirs() {
    let t = run(
        "the librarian at the bel air branch told me to ask here about passport photos",
        &[],
    );
    assert_eq!(
        t.local_library.as_deref(),
        Some("HARFORD"),
        "{:?}",
        t.library_evidence
    );
    // Someone who is a librarian somewhere is not naming their own library.
    let t = run("my aunt is a librarian at towson and suggested this", &[]);
    assert_ne!(t.local_library.as_deref(), Some("TOWSON"));
}

#[test]
fn the_words_of_an_address_are_no_evidence() {
    // Spelled out or typed, an address's words name no library, need or question.
    for line in [
        "hi. my email is pat dot westminster at gmail dot com",
        "hi. my email is pat dot custody at yahoo dot com",
        "hi. my email is late.fees.pat@gmail.com",
        "hi. my email is renew_books_pat@example.org",
    ] {
        let t = run("hi", &[line]);
        assert_eq!(t.local_library, None, "{line}");
        assert_eq!(t.subject, Subject::None, "{line}");
        assert!(
            t.category_evidence.iter().all(|w| ![
                "fees",
                "late",
                "renew",
                "westminster",
                "custody",
                "gmail",
                "com"
            ]
            .iter()
            .any(|x| w.contains(x))),
            "{line}: {:?}",
            t.category_evidence
        );
        assert!(t.email.is_some(), "{line}");
    }
    // The same words outside the address still count.
    let t = run(
        "i live in westminster and owe late fees",
        &["my email is pat@gmail.com"],
    );
    assert_eq!(t.local_library.as_deref(), Some("CARROLL"));
}

#[test]
fn a_lease_listed_as_proof_of_address_is_no_law_need() {
    for line in [
        "can i use my lease or a utility bill as proof i live here",
        "does a stub, lease, or passport work for the card",
    ] {
        let t = run(line, &[line]);
        assert_eq!(t.subject, Subject::None, "{line}: {:?}", t.subject_evidence);
    }
    // Not in a list with a document, the same words are a need.
    for line in [
        "my landlord says the lease lets him keep my deposit",
        "the lease says i pay the water bill, is that legal",
    ] {
        let t = run(line, &[line]);
        assert_eq!(t.subject, Subject::Law, "{line}");
    }
}

#[test]
fn addresses_in_brackets_or_split_at_the_at_are_no_evidence() {
    for lines in [
        &["reach me: pat [dot] westminster [at] gmail [dot] com"][..],
        &["pat(dot)custody(at)gmail(dot)com is my email"][..],
        &["my email is pat@", "westminster.org"][..],
    ] {
        let t = run("hi", lines);
        assert_eq!(t.local_library, None, "{lines:?}");
        assert_eq!(t.subject, Subject::None, "{lines:?}");
        assert!(t.email.is_some(), "{lines:?}");
    }
}

/// An address the patron gives as someone else's ("my lawyer's email is X") is not chosen when
/// they give their own too, in either order; alone, it is the one they gave.
#[test]
fn someone_elses_address_is_not_chosen_over_the_patrons() {
    for lines in [
        &["my lawyer's email is bob.smith@lawfirm.com but mine is kate.j@yahoo.com"][..],
        &[
            "my husband’s e-mail is bob.smith@lawfirm.com",
            "mine: kate.j@yahoo.com",
        ],
        &[
            "kate.j@yahoo.com",
            "and her email address is bob.smith@lawfirm.com",
        ],
        &["my email is kate.j@yahoo.com, my son's is bob.smith@lawfirm.com"],
        &["the landlords email is bob.smith@lawfirm.com. you can reach me at kate.j@yahoo.com"],
    ] {
        let t = run("q", lines);
        assert_eq!(t.email.as_deref(), Some("kate.j@yahoo.com"), "{lines:?}");
    }
    // The patron's own, said with "it's", "that's" or "here's".
    for line in [
        "it's kate.j@yahoo.com",
        "here's kate.j@yahoo.com",
        "that's kate.j@yahoo.com",
    ] {
        let t = run("q", &["bob.smith@lawfirm.com", "sorry wrong one", line]);
        assert_eq!(t.email.as_deref(), Some("kate.j@yahoo.com"), "{line}");
    }
    // Only someone else's: the address the patron chose to give.
    let t = run(
        "q",
        &["send it to my daughter's email sarah.k@gmail.com please"],
    );
    assert_eq!(t.email.as_deref(), Some("sarah.k@gmail.com"));
}

/// A law cue in a request for a service on paper (a notary, printing, a fax, copies) is no law
/// need: the patron asks for the service. Said in a clause of its own, the need counts.
#[test]
fn a_law_cue_in_a_request_for_a_service_on_paper_is_no_law_need() {
    each_subject(
        &[
            "i need a form notarized for my daughters custody thing",
            "can you print my eviction papers at the branch",
            "whats the fax number, i need to fax something to the court",
            "need to print my new apt lease 12 pages",
            "can i get my lease notarized saturday",
            "do you make copies of court documents",
        ],
        Subject::None,
    );
    each_subject(
        &[
            "my landlord is evicting me, can i print the answer form here",
            "where can i find a custody form and what does it mean",
            "i need to print something. also can i sue my landlord for the deposit",
        ],
        Subject::Law,
    );
}

/// A librarian who left without an answer, said the patron's way.
#[test]
fn a_librarian_who_left_without_an_answer_is_a_complaint() {
    for line in [
        "the librarian kept typing one moment for 15 minutes and then said she had to go",
        "he kept saying hold on and then said he had to leave",
    ] {
        let t = run("q", &[line]);
        assert!(t.quality, "{line}: {:?}", t.quality_evidence);
    }
    assert!(!run("q", &["i had to go to work so i left"]).quality);
}

/// A librarian who judges the question a specialist's ("a specialized search; a Maryland
/// history librarian can follow up").
#[test]
fn a_librarian_judging_a_specialized_search_is_a_specialist_need() {
    let mut c = chat(
        "records of my family's oyster boats",
        &["anything from the 1920s"],
    );
    c.transcript += "\n10:07:00 - Librarian (Marisol, Cuyahoga County PL): That's a specialized search; a Maryland history librarian can follow up.";
    let t = triager().triage(&c, &opts());
    assert_eq!(t.subject, Subject::Specialist, "{:?}", t.subject_evidence);
}

/// A student who names their college and where they live, and says the question is about their
/// public library, means the public one.
#[test]
fn a_public_library_said_to_be_meant_wins_over_a_college() {
    each_library(
        &["i go to umbc but this is about my public library card. i live in catonsville and my card expired"],
        Some("BCPL"),
    );
    each_library(
        &["im a student at towson but i live in bel air, my public library account is locked"],
        Some("HARFORD"),
    );
    // Without it, the college the student names is theirs; a library's name that holds
    // "Public Library" is no such word.
    each_library(
        &[
            "i go to umbc and i live in catonsville, my login to jstor fails",
            "I'm a UMBC student and I have a card at Baltimore County Public Library",
        ],
        Some("UMBC"),
    );
}

/// An address with a word of letters typed right before it, a space between ("jane
/// doe@gmail.com"), may have been cut at the space: read as typed, and marked for review.
#[test]
fn an_address_with_a_word_typed_right_before_it_is_marked_for_review() {
    let cut = |t: &Triaged| {
        t.review_reasons
            .iter()
            .any(|r| r.starts_with("e-mail may be cut short"))
    };
    for line in [
        "you can reach me: jane doe@gmail.com",
        "my email is mary ann.smith@yahoo.com",
    ] {
        let t = run("q", &[line]);
        assert!(t.email.is_some(), "{line}");
        assert!(cut(&t) && t.needs_review, "{line}: {:?}", t.review_reasons);
    }
    // Sent in two messages, the first ending in a word and '_' or '-', or a dot after what
    // leads up to an address.
    for first in [
        "my email is jane.",
        "it's jane.",
        "jane_",
        "my email: Mary-",
    ] {
        let t = run("q", &[first, "doe@gmail.com"]);
        assert!(cut(&t), "{first}: {:?}", t.review_reasons);
    }
    for first in [
        "Sure.",
        "thanks.",
        "here it is.",
        "ok",
        "PGCMLS.",
        "i live in towson.",
        "I'm a student at AACC.",
    ] {
        let t = run("q", &[first, "doe@gmail.com"]);
        assert!(!cut(&t), "{first}: {:?}", t.review_reasons);
    }
    for line in [
        "my email is jane.doe@gmail.com",
        "yes jrod410@gmail.com",
        "ya mkelly@example.net",
        "mi correo es maria.lopez@gmail.com",
        "email: jdoe@gmail.com",
        "it's jdoe@gmail.com thanks",
        "jdoe@gmail.com",
    ] {
        let t = run("q", &[line]);
        assert!(t.email.is_some(), "{line}");
        assert!(!cut(&t), "{line}: {:?}", t.review_reasons);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    /// Whatever the patron and the librarian write, triage reads it without failing: transcripts
    /// made of cues, addresses, names, multi-byte characters and speaker labels run together.
    #[test]
    fn any_conversation_is_read(
        parts in proptest::collection::vec(proptest::sample::select(vec![
            "my lawyer's email is ", "mine is ", "her e-mail ", "jane doe", "@", "@gmail.com",
            " at ", " dot ", "com", "librarian at ", "notarized ", "print my ", "eviction",
            "custody", "court", "lease", ", ", ". ", "\n", "\r", "é", "’", "\u{a0}", "\u{200b}",
            "ublic library", "public library", "my ", "Public Library", "i go to umbc ",
            "i live in towson ", "hanover pa ", "can i get a card at ", "westminster",
            "Guest1234: ", "guest_4f: ", "Ann: ", "10:01:02 - ", "Librarian (Sue, BCPL): ",
            "kept saying one moment", "specialized search", "x", "ya ", "y", "1", "#", "-",
        ]), 0..40),
        staff in proptest::collection::vec(proptest::sample::select(vec![
            "a law librarian should follow up", "what county are you in?", "é", "@", "\n",
        ]), 0..4),
    ) {
        let text: String = parts.concat();
        let lines: Vec<&str> = text.split('\n').collect();
        let mut c = chat(&text, &lines);
        c.transcript = format!("{}\nAnn: {}\n{text}", c.transcript, staff.concat());
        let t = triager().triage(&c, &opts());
        if let Some(e) = &t.email {
            prop_assert!(e.contains('@'));
        }
    }
}
