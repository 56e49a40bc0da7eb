//! The referral of hand-built triaged chats: each rule's decision, the note, and the invariants.

use super::rules::{mentions_closing, tests::plain};
use super::*;
use crate::directory::{Directory, Kind, FORBIDDEN_ACCOUNT};

fn refer(t: &Triaged) -> Referral {
    let dir = Directory::default_directory();
    Referrer::new(&dir, Options::default()).unwrap().refer(t)
}

fn decided(t: &Triaged) -> (RuleId, Option<String>, Method) {
    let r = refer(t);
    (r.rule, r.destination_id, r.method)
}

#[test]
fn each_rule_decides_with_its_destination_and_method() {
    let mut t = plain();
    assert_eq!(
        decided(&t),
        (RuleId::Default, Some("AUN".into()), Method::Partner)
    );
    t.subject = Subject::Specialist;
    assert_eq!(
        decided(&t),
        (RuleId::Specialist, Some("EPFL".into()), Method::Partner)
    );
    t.local_library = Some("BCPL".into());
    assert_eq!(
        decided(&t),
        (RuleId::Local, Some("BCPL".into()), Method::Partner)
    );
    t.local_library = Some("WCFL".into()); // not a partner
    assert_eq!(
        decided(&t),
        (RuleId::Local, Some("WCFL".into()), Method::EmailPartner)
    );
    t.subject = Subject::PrintDisability;
    assert_eq!(
        decided(&t),
        (
            RuleId::PrintDisability,
            Some("LBPH".into()),
            Method::Partner
        )
    );
    t.subject = Subject::Law;
    assert_eq!(
        decided(&t),
        (RuleId::Law, Some("MSLL".into()), Method::Partner)
    );
    t.quality = true;
    assert_eq!(
        decided(&t),
        (RuleId::Quality, Some("QC".into()), Method::QualityControl)
    );
    t.email = None;
    assert_eq!(decided(&t), (RuleId::NoEmail, None, Method::None));
}

#[test]
fn law_beats_the_county_the_patron_names() {
    let mut t = plain();
    t.subject = Subject::Law;
    t.subject_evidence = vec!["eviction".into()];
    t.local_library = Some("FCPL".into());
    t.library_evidence = vec!["I live in Frederick County".into()];
    let r = refer(&t);
    assert_eq!(
        (r.rule, r.destination.as_deref()),
        (RuleId::Law, Some("Maryland State Law Library"))
    );
    assert!(r.reason.contains("\"eviction\""), "{}", r.reason);
}

#[test]
fn print_disability_beats_the_pratt() {
    let mut t = plain();
    t.subject = Subject::PrintDisability;
    t.subject_evidence = vec!["talking books".into()];
    t.local_library = Some("EPFL".into());
    assert_eq!(decided(&t).1.as_deref(), Some("LBPH"));
}

#[test]
fn the_note_says_where_why_evidence_email_and_due_time() {
    let mut t = plain();
    t.local_library = Some("FCPL".into());
    t.library_evidence = vec!["I live in Frederick County".into()];
    t.email = Some("jane.doe@gmail.com".into());
    t.email_source = Some(EmailSource::WrittenOut);
    let r = refer(&t);
    assert_eq!(
        r.note,
        "Shared Follow-Up referral to Frederick County Public Libraries. Why: The patron's own library is \
         Frederick County Public Libraries (\"I live in Frederick County\"), which can follow up with its own \
         services. Patron e-mail on file: jane.doe@gmail.com (the \
         patron wrote it out in words; normalised here). Please reply to the patron by e-mail by Mon 4 Nov \
         2024 09:00 (UTC-05:00) (72 hours after the chat began)."
    );
    assert_eq!(
        r.route,
        "Refer To > Partner (Subscription) > Frederick County Public Libraries"
    );
}

#[test]
fn redact_masks_the_address_in_the_note_and_the_field() {
    let dir = Directory::default_directory();
    let r = Referrer::new(&dir, Options { redact: true })
        .unwrap()
        .refer(&plain());
    assert_eq!(r.email.as_deref(), Some("j***@g***.com"));
    assert!(
        r.note.contains("Patron e-mail on file: j***@g***.com."),
        "{}",
        r.note
    );
    assert!(!r.note.contains("jane.doe"));
}

#[test]
fn no_email_says_why_and_what_to_do() {
    let mut t = plain();
    t.email = None;
    t.email_problem = Some(EmailProblem::Incomplete("jane@gmail".into()));
    let r = refer(&t);
    assert_eq!(r.destination, None);
    assert!(
        r.reason.starts_with(
            "No patron e-mail address was found (no usable address: the patron wrote \"jane@gmail\", which is not a complete address), so"
        ),
        "{}",
        r.reason
    );
    assert!(r.note.starts_with("No referral possible. "), "{}", r.note);
    assert_eq!(
        r.route,
        "No referral: report the chat to the AskUsNow! statewide coordinators"
    );
    assert!(
        r.note
            .contains("report it to the AskUsNow! statewide coordinators"),
        "{}",
        r.note
    );
}

#[test]
fn email_partner_without_a_contact_says_so() {
    let mut t = plain();
    t.local_library = Some("CECIL".into());
    let r = refer(&t);
    assert_eq!(r.method, Method::EmailPartner);
    assert!(
        r.route
            .contains("no AskUsNow! contact for Cecil County Public Library"),
        "{}",
        r.route
    );
}

#[test]
fn email_partner_uses_the_contact_from_the_directory() {
    let csv = "id,name,partner,contact_email\nAUN,Maryland AskUsNow! Public Library,yes,\nX,Xtown Library,no,ask@xtown.example.org\n";
    let dir =
        crate::directory::parse_directory("d.csv", csv.as_bytes(), crate::io::InputFormat::Csv)
            .unwrap();
    let mut t = plain();
    t.local_library = Some("X".into());
    let r = Referrer::new(&dir, Options::default()).unwrap().refer(&t);
    assert_eq!(
        r.route,
        "Refer To > E-mail Partner > ask@xtown.example.org (AUN contact of Xtown Library)"
    );
}

#[test]
fn a_directory_without_the_fixed_destinations_falls_back_to_the_rule_table() {
    let csv = "id,name\nBCPL,Baltimore County Public Library\n";
    let dir =
        crate::directory::parse_directory("d.csv", csv.as_bytes(), crate::io::InputFormat::Csv)
            .unwrap();
    let mut t = plain();
    t.subject = Subject::Law;
    let r = Referrer::new(&dir, Options::default()).unwrap().refer(&t);
    assert_eq!(r.destination.as_deref(), Some("Maryland State Law Library"));
    assert!(
        r.note.contains("(not in the directory in use)"),
        "{}",
        r.note
    );
}

/// A directory built in code (not read from a file) that names the capitals account everywhere.
fn hostile_directory() -> Directory {
    let mut libs = Directory::default_directory().libraries;
    for l in &mut libs {
        if ["EPFL", "AUN", "MSLL"].contains(&l.id.as_str()) {
            l.account = FORBIDDEN_ACCOUNT.to_string();
        }
    }
    libs.push(crate::directory::Library {
        id: "CAPS".into(),
        name: FORBIDDEN_ACCOUNT.into(),
        account: format!(" {}  ", FORBIDDEN_ACCOUNT.replace(' ', "  ")),
        kind: Kind::Public,
        ..libs[0].clone()
    });
    Directory::from_libraries("hostile", libs)
}

#[test]
fn invariant_never_the_capitals_account() {
    let dir = hostile_directory();
    let referrer = Referrer::new(&dir, Options::default()).unwrap();
    let mut t = plain();
    t.origin = FORBIDDEN_ACCOUNT.into();
    t.origin_id = None;
    let mut seen = 0;
    for subject in [
        Subject::None,
        Subject::Law,
        Subject::Specialist,
        Subject::PrintDisability,
    ] {
        for local in [None, Some("EPFL"), Some("CAPS"), Some("BCPL")] {
            t.subject = subject;
            t.local_library = local.map(String::from);
            let r = referrer.refer(&t);
            let dest = r.destination.clone().unwrap();
            assert!(!crate::directory::is_forbidden_account(&dest), "{r:?}");
            assert!(
                !r.note.contains(FORBIDDEN_ACCOUNT) && !r.route.contains(FORBIDDEN_ACCOUNT),
                "{r:?}"
            );
            // The origin account may be named as evidence; it is never a destination.
            for step in referrer.explain(&t) {
                let dest = step.destination.as_deref().unwrap_or("");
                assert!(!crate::directory::is_forbidden_account(dest), "{step:?}");
            }
            seen += 1;
        }
    }
    assert_eq!(seen, 16);
}

#[test]
fn invariant_no_close_wording_even_when_the_resolution_says_closed() {
    let dir = Directory::default_directory();
    let referrer = Referrer::new(&dir, Options::default()).unwrap();
    let mut t = plain();
    t.resolution = "Closed".into();
    for rule_setup in 0..7 {
        let mut t = t.clone();
        match rule_setup {
            0 => t.email = None,
            1 => t.quality = true,
            2 => t.subject = Subject::Law,
            3 => t.subject = Subject::PrintDisability,
            4 => t.local_library = Some("HCLS".into()),
            5 => t.subject = Subject::Specialist,
            _ => {}
        }
        let r = referrer.refer(&t);
        assert_eq!(r.rule, RuleId::ALL[rule_setup]);
        assert!(!r.note.is_empty(), "every referral has a note");
        for text in [&r.note, &r.reason, &r.route] {
            assert!(!mentions_closing(text), "{text}");
        }
        for step in referrer.explain(&t) {
            assert!(
                !mentions_closing(&step.why) && !mentions_closing(&step.when),
                "{step:?}"
            );
        }
    }
    t.resolution = "closed".into();
    assert_eq!(referrer.refer(&t).rule, RuleId::Default);
}

#[test]
fn explain_lists_every_rule_in_order() {
    let dir = Directory::default_directory();
    let referrer = Referrer::new(&dir, Options::default()).unwrap();
    let mut t = plain();
    t.subject = Subject::Law;
    t.subject_evidence = vec!["landlord".into()];
    t.local_library = Some("MCPL".into());
    let steps = referrer.explain(&t);
    let lines: Vec<String> = steps
        .iter()
        .map(|s| format!("{} {} {}", s.order, s.rule, s.outcome))
        .collect();
    assert_eq!(
        lines,
        [
            "1 no-email not-applied",
            "2 quality not-applied",
            "3 law applied",
            "4 print-disability not-applied",
            "5 local not-applied",
            "6 specialist not-applied",
            "7 default not-applied",
        ]
    );
    assert!(
        steps[4].why.contains("would apply")
            && steps[4].why.contains("the earlier rule law decided"),
        "{}",
        steps[4].why
    );
    assert_eq!(
        steps[2].destination.as_deref(),
        Some("Maryland State Law Library")
    );
    assert_eq!(steps[5].why, "the subject need is law, not specialist");
}

#[test]
fn summary_counts_by_rule_and_destination() {
    let dir = Directory::default_directory();
    let referrer = Referrer::new(&dir, Options::default()).unwrap();
    let mut s = Summary::default();
    let mut t = plain();
    s.add(&referrer.refer(&t));
    t.local_library = Some("BCPL".into());
    s.add(&referrer.refer(&t));
    s.add(&referrer.refer(&t));
    t.local_library = Some("FCPL".into());
    s.add(&referrer.refer(&t));
    let rows: Vec<String> = s
        .rows()
        .iter()
        .map(|r| {
            format!(
                "{} {} {}",
                r.rule,
                r.destination_id.as_deref().unwrap_or("-"),
                r.chats
            )
        })
        .collect();
    assert_eq!(
        rows,
        ["local BCPL 2", "local FCPL 1", "default AUN 1", "all - 4"]
    );
}

#[test]
#[ignore = "prints every rule's note for reading"]
fn print_notes() {
    let dir = Directory::default_directory();
    let referrer = Referrer::new(&dir, Options::default()).unwrap();
    let mut t = plain();
    t.status = Some(Status::Overdue);
    for k in 0..7 {
        let mut t = t.clone();
        match k {
            0 => t.email = None,
            1 => {
                t.quality = true;
                t.quality_evidence = vec!["rude".into(), "ended the chat on me".into()]
            }
            2 => {
                t.subject = Subject::Law;
                t.subject_evidence =
                    vec!["landlord".into(), "security deposit".into(), "lease".into()]
            }
            3 => t.subject = Subject::PrintDisability,
            4 => t.local_library = Some("WCFL".into()),
            5 => t.subject = Subject::Specialist,
            _ => {}
        }
        let r = referrer.refer(&t);
        println!(
            "{}\n  reason: {}\n  route: {}\n  note: {}\n",
            r.rule, r.reason, r.route, r.note
        );
    }
}

#[test]
fn due_times_read_like_a_calendar() {
    use crate::time::readable;
    let at = |s: &str| {
        chrono::DateTime::parse_from_rfc3339(s)
            .unwrap()
            .with_timezone(&crate::time::DEFAULT_TZ)
    };
    assert_eq!(
        readable(&at("2024-11-04T09:00:00-05:00")),
        "Mon 4 Nov 2024 09:00 (UTC-05:00)"
    );
    assert_eq!(
        readable(&at("2025-03-13T14:22:09.5-04:00")),
        "Thu 13 Mar 2025 14:22 (UTC-04:00)"
    );
    assert_eq!(
        readable(&at("2025-03-13T18:22:09Z").with_timezone(&chrono_tz::UTC)),
        "Thu 13 Mar 2025 18:22 (UTC+00:00)"
    );
}

#[test]
fn reasons_fill_their_placeholders() {
    let rules = rules::default_rules();
    let law = &rules[2];
    assert_eq!(
        fill_reason(law, &[], None),
        "A law question: the Maryland State Law Library is the designated follow-up for law chats."
    );
    let ev = ["eviction".to_string(), "landlord".into(), "lease".into()];
    assert_eq!(
        fill_reason(law, &ev, None),
        "A law question (\"eviction\", \"landlord\", 1 more): the Maryland State Law Library is the designated follow-up for law chats."
    );
    let no_email = &rules[0];
    assert!(fill_reason(no_email, &[], None).starts_with(
        "No patron e-mail address was found (no address in the export's e-mail field"
    ));
    let dir = Directory::default_directory();
    let dest = Dest::of(dir.get("FCPL").unwrap());
    assert!(
        fill_reason(&rules[4], &["Frederick County".into()], Some(&dest)).starts_with(
            "The patron's own library is Frederick County Public Libraries (\"Frederick County\")"
        )
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Any referral: the referral of any triaged chat, its own fields then set to any text.
    fn referral() -> impl Strategy<Value = Referral> {
        use crate::triage::arbitrary::{text, triaged};
        (
            triaged(),
            any::<bool>(),
            (text(), text(), text()),
            proptest::option::of((text(), text())),
            proptest::sample::select(RuleId::ALL),
            proptest::sample::select(Method::ALL),
        )
            .prop_map(|(t, redact, (route, reason, note), dest, rule, method)| {
                let dir = Directory::default_directory();
                let mut r = Referrer::new(&dir, Options { redact }).unwrap().refer(&t);
                (r.route, r.reason, r.note) = (route, reason, note);
                (r.destination, r.destination_id) = dest.unzip();
                (r.rule, r.method) = (rule, method);
                r
            })
    }

    /// A directory whose accounts and contacts need escaping in JSON (quotes, a backslash, control
    /// characters), half of them without a contact; and a rule table whose wording does.
    fn escaped_setting() -> (Directory, Vec<RuleText>) {
        let mut libs = Directory::default_directory().libraries;
        for (i, l) in libs.iter_mut().enumerate() {
            l.account = format!("{} \"{i}\" \\ \t\u{1}", l.account);
            l.contact_email = if i % 2 == 0 {
                format!("a\"{i}\"@x.example.org")
            } else {
                String::new()
            };
        }
        let mut rules = rules::default_rules();
        for r in &mut rules {
            r.reason = r.reason.replacen(' ', " \"quoted\\\" {other}\n", 1);
        }
        (Directory::from_libraries("escapes", libs), rules)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// The JSON written straight from the chat is the referral's, byte for byte: with the
        /// default directory, one whose texts need escaping, one without the fixed destinations,
        /// one naming the capitals account; with rules whose wording needs escaping.
        #[test]
        fn streamed_json_is_the_referrals(
            t in prop_oneof![triaged(), crate::triage::arbitrary::triaged()],
            redact in any::<bool>(),
            setting in 0..4usize,
        ) {
            let fallback = crate::directory::parse_directory(
                "d.csv",
                b"id,name\nBCPL,Baltimore County Public Library\n",
                crate::io::InputFormat::Csv,
            )
            .unwrap();
            let (dir, rules) = match setting {
                0 => (Directory::default_directory(), rules::default_rules()),
                1 => escaped_setting(),
                2 => (fallback, rules::default_rules()),
                _ => (hostile_directory(), rules::default_rules()),
            };
            let referrer = Referrer::with_rules(&dir, rules, Options { redact });
            let mut ours = vec![b'x'];
            referrer.write_json(&t, &mut ours);
            prop_assert_eq!(
                String::from_utf8(ours).unwrap(),
                format!("x{}", serde_json::to_string(&referrer.refer(&t)).unwrap())
            );
        }
    }

    /// The reason as it was filled in before the rules' reasons were split at their
    /// placeholders when the referrer is made: looking for each placeholder per chat.
    fn reason_by_search(reason: &str, evidence: &[String], dest: Option<&Dest>) -> String {
        let mut out = String::new();
        let mut rest = reason;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| open + c) else {
                break;
            };
            let (before, name) = (&rest[..open], &rest[open..=close]);
            rest = &rest[close + 1..];
            match name {
                "{evidence}"
                    if evidence.is_empty() && before.ends_with(" (") && rest.starts_with(')') =>
                {
                    out.push_str(&before[..before.len() - 2]);
                    rest = &rest[1..];
                }
                "{evidence}" => {
                    out.push_str(before);
                    quoted_into(&mut out, evidence, REASON_EVIDENCE, "no evidence given");
                }
                "{problem}" => {
                    out.push_str(before);
                    out.push_str(
                        evidence
                            .first()
                            .map_or(rules::NO_ADDRESS_ANYWHERE, |p| p.as_str()),
                    );
                }
                "{destination}" => {
                    out.push_str(before);
                    out.push_str(dest.map_or("", |d| &d.account));
                }
                other => {
                    out.push_str(before);
                    out.push_str(other);
                }
            }
        }
        out.push_str(rest);
        out
    }

    fn template() -> impl Strategy<Value = String> {
        let bits = proptest::sample::select(vec![
            "A law question",
            " (",
            "(",
            ")",
            "{evidence}",
            "{problem}",
            "{destination}",
            "{other}",
            "{",
            "}",
            ": ",
            "\"quoted\"",
            "\\",
            "\n",
            "é",
        ]);
        proptest::collection::vec(bits, 0..12).prop_map(|b| b.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]

        /// A reason split once and filled in is the reason filled in by searching its
        /// placeholders, as a String and as JSON.
        #[test]
        fn reasons_split_once_are_the_reasons_searched(
            reason in template(),
            evidence in proptest::collection::vec("[a-z\"]{0,6}", 0..4),
            to_fcpl in any::<bool>(),
        ) {
            let dir = Directory::default_directory();
            let dest = to_fcpl.then(|| Dest::of(dir.get("FCPL").unwrap()));
            let want = reason_by_search(&reason, &evidence, dest.as_ref());
            let split = Reason::parse(&reason);
            let mut got = String::new();
            split.fill(&mut got, &evidence, dest.as_ref());
            prop_assert_eq!(&got, &want);
            let mut json = b"\"".to_vec();
            split.fill(&mut JsonText(&mut json), &evidence, dest.as_ref());
            json.push(b'"');
            prop_assert_eq!(String::from_utf8(json).unwrap(), serde_json::to_string(&want).unwrap());
        }
    }

    /// The rule and method names, written unescaped, need no escaping.
    #[test]
    fn names_need_no_escaping() {
        let names =
            (RuleId::ALL.iter().map(|v| v.as_str())).chain(Method::ALL.iter().map(|v| v.as_str()));
        for n in names {
            assert_eq!(serde_json::to_string(n).unwrap(), format!("\"{n}\""));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// The hand-written JSON is serde's, byte for byte.
        #[test]
        fn json_is_serdes(r in referral()) {
            let mut ours = Vec::new();
            r.write_json(&mut ours).unwrap();
            prop_assert_eq!(
                String::from_utf8(ours).unwrap(),
                serde_json::to_string(&r).unwrap()
            );
        }
    }

    fn subject() -> impl Strategy<Value = Subject> {
        prop_oneof![
            Just(Subject::None),
            Just(Subject::Law),
            Just(Subject::PrintDisability),
            Just(Subject::Specialist)
        ]
    }

    /// Library ids and origin accounts, including ones that try to reach the capitals account.
    fn name() -> impl Strategy<Value = String> {
        let dir = Directory::default_directory();
        let mut names: Vec<String> = dir.libraries.iter().map(|l| l.id.clone()).collect();
        names.extend(dir.libraries.iter().map(|l| l.account.clone()));
        names.extend(
            [FORBIDDEN_ACCOUNT, "enoch pratt free library", "NOWHERE", ""].map(String::from),
        );
        proptest::sample::select(names)
    }

    fn triaged() -> impl Strategy<Value = Triaged> {
        (
            any::<bool>(),
            any::<bool>(),
            subject(),
            proptest::option::of(name()),
            name(),
            proptest::option::of(name()),
            prop_oneof![
                Just("Closed"),
                Just("closed by librarian"),
                Just("Follow Up By Patron Library")
            ],
            prop_oneof![
                Just(String::new()),
                Just("the chat closed on me".to_string()),
                "[ -~]{0,40}"
            ],
        )
            .prop_map(
                |(email, quality, subject, local, origin, origin_id, resolution, words)| {
                    let mut t = plain();
                    if !email {
                        t.email = None;
                        t.email_source = None;
                    }
                    t.quality = quality;
                    t.quality_evidence = vec![words.clone()];
                    t.subject = subject;
                    t.subject_evidence = vec![words.clone()];
                    t.local_library = local;
                    t.library_evidence = vec![words];
                    t.origin = origin;
                    t.origin_id = origin_id;
                    t.resolution = resolution.to_string();
                    t
                },
            )
    }

    /// rules.md §6 written out again, independently of the rule table.
    fn expected_rule(t: &Triaged, dir: &Directory) -> RuleId {
        let origin = t
            .origin_id
            .as_deref()
            .and_then(|id| dir.get(id))
            .or_else(|| dir.lookup(&t.origin));
        let academic = origin.is_some_and(|l| l.owns_its_chats());
        let local = t
            .local_library
            .as_deref()
            .and_then(|id| dir.get(id))
            .is_some_and(|l| l.kind != Kind::Service);
        if t.email.is_none() {
            RuleId::NoEmail
        } else if t.quality {
            RuleId::Quality
        } else if t.subject == Subject::Law {
            RuleId::Law
        } else if t.subject == Subject::PrintDisability {
            RuleId::PrintDisability
        } else if academic || local {
            RuleId::Local
        } else if t.subject == Subject::Specialist {
            RuleId::Specialist
        } else {
            RuleId::Default
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Referrals written over the recycled referrals of other chats (every rule; texts and
        /// lists longer, shorter, none; a very long one) are the referrals made afresh.
        #[test]
        fn referrals_in_recycled_room_are_the_fresh_referrals(
            chats in proptest::collection::vec(
                (
                    prop_oneof![triaged(), crate::triage::arbitrary::triaged()],
                    proptest::bool::weighted(0.1),
                )
                    .prop_map(|(mut t, long)| {
                        if long {
                            t.review_reasons.push("a very long reason ".repeat(300));
                        }
                        t
                    }),
                1..8,
            ),
            redact in any::<bool>(),
        ) {
            let dir = Directory::default_directory();
            let referrer = Referrer::new(&dir, Options { redact }).unwrap();
            let fresh: Vec<Referral> = chats
                .iter()
                .map(|t| {
                    let mut r = Referral::empty();
                    referrer.refer_into(t, &mut r, &mut Vec::new());
                    r
                })
                .collect();
            for round in 0..2 {
                for (t, want) in chats.iter().zip(&fresh).chain(chats.iter().zip(&fresh).rev()) {
                    let r = referrer.refer(t);
                    prop_assert_eq!(&r, want, "round {}", round);
                    r.recycle();
                }
            }
        }

        #[test]
        fn the_first_rule_that_applies_decides_and_the_invariants_hold(t in triaged()) {
            let dir = Directory::default_directory();
            let referrer = Referrer::new(&dir, Options::default()).unwrap();
            let r = referrer.refer(&t);
            prop_assert_eq!(r.rule, expected_rule(&t, &dir));
            prop_assert_eq!(referrer.tally(&t), Tally::of(&r));
            // The CSV cells are the output module's text of the JSON form, field for field.
            let flat = crate::output::flatten(&r).unwrap();
            let names: Vec<&str> = flat.iter().map(|(k, _)| k.as_str()).collect();
            prop_assert_eq!(names, Referral::FIELDS.to_vec());
            let cells: Vec<String> = r.csv_cells().iter().map(|c| c.to_string()).collect();
            let want: Vec<String> = flat.into_iter().map(|(_, v)| v).collect();
            prop_assert_eq!(cells, want);
            // The same for the triaged chat.
            let flat = crate::output::flatten(&t).unwrap();
            let names: Vec<&str> = flat.iter().map(|(k, _)| k.as_str()).collect();
            prop_assert_eq!(names, Triaged::FIELDS.to_vec());
            let cells: Vec<String> = t.csv_cells().iter().map(|c| c.to_string()).collect();
            let want: Vec<String> = flat.into_iter().map(|(_, v)| v).collect();
            prop_assert_eq!(cells, want);
            prop_assert!(!r.note.is_empty());
            prop_assert_eq!(r.destination.is_none(), r.rule == RuleId::NoEmail);
            let dest = r.destination.clone().unwrap_or_default();
            prop_assert!(!crate::directory::is_forbidden_account(&dest));
            // The referral's own wording never speaks of closing; only the patron's quoted
            // words may.
            let words = &t.quality_evidence[0];
            for text in [&r.note, &r.reason, &r.route] {
                let own = if words.is_empty() { text.clone() } else { text.replace(words.as_str(), "") };
                prop_assert!(!mentions_closing(&own), "{}", text);
            }
            let steps = referrer.explain(&t);
            prop_assert_eq!(steps.len(), 7);
            prop_assert_eq!(steps.iter().filter(|s| s.outcome == "applied").count(), 1);
            prop_assert_eq!(steps.iter().find(|s| s.outcome == "applied").unwrap().rule, r.rule);
        }
    }
}

#[test]
fn csv_cells_match_the_output_modules_text_for_every_variant() {
    let dir = Directory::default_directory();
    let referrer = Referrer::new(&dir, Options::default()).unwrap();
    let categories = [
        Category::Research,
        Category::Policy,
        Category::Circulation,
        Category::Access,
        Category::Other,
    ];
    let statuses = [
        None,
        Some(Status::Ok),
        Some(Status::DueSoon),
        Some(Status::Overdue),
    ];
    let sources = [
        None,
        Some(EmailSource::Field),
        Some(EmailSource::Transcript),
        Some(EmailSource::WrittenOut),
    ];
    let subjects = [
        Subject::None,
        Subject::Law,
        Subject::PrintDisability,
        Subject::Specialist,
    ];
    for (i, category) in categories.into_iter().enumerate() {
        let mut t = plain();
        t.category = category;
        t.status = statuses[i % 4];
        t.email_source = sources[i % 4];
        t.subject = subjects[i % 4];
        t.subject_evidence = vec!["a".into(), "b".into()];
        t.library_evidence = vec!["=1+1".into()];
        let r = referrer.refer(&t);
        let want: Vec<String> = crate::output::flatten(&r)
            .unwrap()
            .into_iter()
            .map(|(_, v)| v)
            .collect();
        let got: Vec<String> = r.csv_cells().iter().map(|c| c.to_string()).collect();
        assert_eq!(got, want);
        t.category_confidence = [0.0, 0.5, 0.87, 1.0, f64::NAN][i % 5];
        let want: Vec<String> = crate::output::flatten(&t)
            .unwrap()
            .into_iter()
            .map(|(_, v)| v)
            .collect();
        let got: Vec<String> = t.csv_cells().iter().map(|c| c.to_string()).collect();
        assert_eq!(got, want);
    }
}
