//! The seven referral rules of rules.md §6, in order. Each rule is a named predicate over one
//! triaged chat; its wording, destination and order come from `data/rules.csv`, which is checked
//! against the order of rules.md when it is read.

use crate::directory::{is_forbidden_account, Directory, Kind, Library};
use crate::io::{read_table, InputFormat};
use crate::triage::{EmailProblem, Subject, Triaged};
use anyhow::{anyhow, bail, Result};
use std::borrow::Cow;

pub const RULES_CSV: &str = include_str!("../../data/rules.csv");

/// The rule ids of rules.md §6, in their order: the first rule that applies decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuleId {
    NoEmail,
    Quality,
    Law,
    PrintDisability,
    Local,
    Specialist,
    Default,
}

// In the order of rules.md §6 (`RuleId::ALL`).
one_name!(RuleId {
    NoEmail => "no-email",
    Quality => "quality",
    Law => "law",
    PrintDisability => "print-disability",
    Local => "local",
    Specialist => "specialist",
    Default => "default",
});

impl RuleId {
    /// The predicate that decides whether this rule applies to a chat.
    pub fn check<'a>(self, t: &'a Triaged, dir: &'a Directory) -> Verdict<'a> {
        self.check_with(t, dir, true)
    }

    /// [`RuleId::check`], writing out why a rule does not apply only when `explain` is set
    /// (referring a million chats needs only the rule that does apply).
    pub fn check_with<'a>(self, t: &'a Triaged, dir: &'a Directory, explain: bool) -> Verdict<'a> {
        match self {
            RuleId::NoEmail => no_email(t, explain),
            RuleId::Quality => quality(t, explain),
            RuleId::Law => subject_need(t, Subject::Law, explain),
            RuleId::PrintDisability => subject_need(t, Subject::PrintDisability, explain),
            RuleId::Local => local(t, dir, explain),
            RuleId::Specialist => subject_need(t, Subject::Specialist, explain),
            RuleId::Default => Verdict::applies(Cow::Borrowed(&[])),
        }
    }
}

/// What one rule says of one chat (borrowing from the chat and the directory).
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict<'a> {
    /// The rule applies, for these reasons (quoted words, or a sentence for the academic origin):
    /// the chat's own evidence borrowed, not copied. `library` is set by the `local` rule: the
    /// patron's own library.
    Applies {
        evidence: Cow<'a, [String]>,
        library: Option<&'a Library>,
    },
    /// The rule does not apply, and why.
    DoesNotApply(String),
}

impl<'a> Verdict<'a> {
    fn applies(evidence: Cow<'a, [String]>) -> Verdict<'a> {
        Verdict::Applies {
            evidence,
            library: None,
        }
    }

    pub fn is_applies(&self) -> bool {
        matches!(self, Verdict::Applies { .. })
    }
}

/// A rule that does not apply; the sentence saying why is built only when it will be read.
fn not_applies<'a>(explain: bool, why: impl FnOnce() -> String) -> Verdict<'a> {
    Verdict::DoesNotApply(if explain { why() } else { String::new() })
}

/// `no-email`: no usable patron address, so no e-mail follow-up is possible.
fn no_email(t: &Triaged, explain: bool) -> Verdict<'_> {
    match &t.email {
        // The usual problems' sentences are fixed: made once, not per chat.
        None => Verdict::applies(match &t.email_problem {
            None => Cow::Borrowed(&NO_ADDRESS_EVIDENCE[..1]),
            Some(EmailProblem::NoAddress) => Cow::Borrowed(&NO_ADDRESS_EVIDENCE[1..]),
            Some(p) => Cow::Owned(vec![p.to_string()]),
        }),
        Some(_) => not_applies(explain, || {
            format!(
                "a patron e-mail address is on file ({})",
                match t.email_source {
                    Some(crate::triage::EmailSource::Field) => "the export's e-mail field",
                    Some(crate::triage::EmailSource::Transcript) => "typed by the patron",
                    Some(crate::triage::EmailSource::WrittenOut) => "written out by the patron",
                    None => "source not given",
                }
            )
        }),
    }
}

pub const NO_ADDRESS_ANYWHERE: &str =
    "no address in the export's e-mail field or in the patron's messages";

/// The evidence of `no-email` without a problem from triage, and with triage's "no address".
static NO_ADDRESS_EVIDENCE: std::sync::LazyLock<[String; 2]> = std::sync::LazyLock::new(|| {
    [
        NO_ADDRESS_ANYWHERE.to_string(),
        EmailProblem::NoAddress.to_string(),
    ]
});

/// `quality`: triage flagged a service problem.
fn quality(t: &Triaged, explain: bool) -> Verdict<'_> {
    if t.quality {
        Verdict::applies(Cow::Borrowed(&t.quality_evidence))
    } else {
        not_applies(explain, || {
            "no complaint about the service or a librarian, no abuse and no broken session was found"
                .into()
        })
    }
}

/// `law`, `print-disability`, `specialist`: triage's subject need.
fn subject_need(t: &Triaged, need: Subject, explain: bool) -> Verdict<'_> {
    if t.subject == need {
        Verdict::applies(Cow::Borrowed(&t.subject_evidence))
    } else {
        not_applies(explain, || {
            format!("the subject need is {}, not {need}", t.subject)
        })
    }
}

/// `local`: the patron's own library. An academic origin account comes first (its patrons belong
/// to that institution, rules.md §5); else the library the patron named. Service accounts are
/// never a patron's library.
fn local<'a>(t: &'a Triaged, dir: &'a Directory, explain: bool) -> Verdict<'a> {
    let origin = t
        .origin_id
        .as_deref()
        .and_then(|id| dir.get(id))
        .or_else(|| dir.origin(&t.origin));
    if let Some(lib) = origin.filter(|l| l.owns_its_chats()) {
        let whose = if lib.kind == Kind::Academic {
            "an academic account whose patrons belong to that institution"
        } else {
            "a library's own account, whose chats belong to that library"
        };
        let mut evidence = vec![format!(
            "the chat came from the {} account, {whose}",
            lib.account
        )];
        // Say what gave way, so a coordinator can overrule it.
        if let Some(other) = t
            .local_library
            .as_deref()
            .filter(|id| !lib.id.eq_ignore_ascii_case(id))
        {
            evidence.push(format!(
                "the patron's mention of {other} (\"{}\") gives way to it",
                t.library_evidence.join("\", \"")
            ));
        }
        return Verdict::Applies {
            evidence: Cow::Owned(evidence),
            library: Some(lib),
        };
    }
    let Some(id) = t.local_library.as_deref() else {
        return not_applies(explain, || {
            let origin = if t.origin.is_empty() {
                "none given"
            } else {
                t.origin.as_str()
            };
            format!("the patron named no library, branch, county or town, and the origin account ({origin}) is not a library's own (an academic or a public library's other than the Pratt's)")
        });
    };
    match dir.get(id) {
        None => not_applies(explain, || {
            format!(
                "triage found the library {}, which is not in the directory ({}): add it",
                crate::io::text::quote(id),
                dir.source
            )
        }),
        Some(lib) if lib.kind == Kind::Service => not_applies(explain, || {
            format!("{} is a service account, not a patron's library", lib.id)
        }),
        Some(lib) => Verdict::Applies {
            evidence: if t.library_evidence.is_empty() {
                Cow::Owned(vec![format!("triage named {}", lib.id)])
            } else {
                Cow::Borrowed(&t.library_evidence)
            },
            library: Some(lib),
        },
    }
}

/// One rule's wording and fixed destination, from `data/rules.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleText {
    pub id: RuleId,
    /// When the rule applies, in words (for `--explain`).
    pub when: String,
    /// Directory id of the fixed destination (empty: none, or the `local` rule's own library).
    pub destination: String,
    /// The account to use when the directory has no entry for `destination`.
    pub account: String,
    /// One sentence; `{evidence}`, `{destination}` and `{problem}` are filled in.
    pub reason: String,
}

const PLACEHOLDERS: [&str; 3] = ["{evidence}", "{destination}", "{problem}"];

/// Reads the rule table; it must list the rules of rules.md §6, each once, in that order, with no
/// wording that recommends closing a chat and no destination that is the forbidden account.
pub fn parse_rules(source: &str, text: &str) -> Result<Vec<RuleText>> {
    let t = read_table(source, text.as_bytes(), InputFormat::Csv)?;
    let col = |n: &str| {
        t.column(&[n])
            .ok_or_else(|| anyhow!("{source}: missing column {}", crate::io::text::quote(n)))
    };
    let (c_rule, c_when, c_dest, c_account, c_reason) = (
        col("rule")?,
        col("when")?,
        col("destination")?,
        col("account")?,
        col("reason")?,
    );
    let mut rules = Vec::new();
    for (i, row) in t.rows.iter().enumerate() {
        let at = t.locate(row);
        let get = |c: usize| row.fields[c].trim().to_string();
        let id = RuleId::parse(&get(c_rule)).ok_or_else(|| {
            anyhow!(
                "{at}: unknown rule {}",
                crate::io::text::quote(&get(c_rule))
            )
        })?;
        if RuleId::ALL.get(i) != Some(&id) {
            bail!(
                "{at}: rule {id} is out of order (rules.md §6: {})",
                RuleId::ALL
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        let rule = RuleText {
            id,
            when: get(c_when),
            destination: get(c_dest),
            account: get(c_account),
            reason: get(c_reason),
        };
        if is_forbidden_account(&rule.account) {
            bail!(
                "{at}: rule {id} names the account {}, to which no chat is ever referred",
                crate::io::text::quote(&rule.account)
            );
        }
        for text in [&rule.when, &rule.reason] {
            if mentions_closing(text) {
                bail!("{at}: rule {id}: the wording mentions closing a chat; only the customer's own library closes chats");
            }
        }
        let mut rest = rule.reason.clone();
        for p in PLACEHOLDERS {
            rest = rest.replace(p, "");
        }
        if let Some(i) = rest.find('{') {
            bail!(
                "{at}: rule {id}: unknown placeholder in {} (known: {})",
                crate::io::text::quote(&rest[i..]),
                PLACEHOLDERS.join(", ")
            );
        }
        rules.push(rule);
    }
    if rules.len() != RuleId::ALL.len() {
        bail!(
            "{source}: {} rules where rules.md §6 has {}",
            rules.len(),
            RuleId::ALL.len()
        );
    }
    Ok(rules)
}

/// The rule table compiled into the binary.
pub fn default_rules() -> Vec<RuleText> {
    parse_rules("(embedded rules)", RULES_CSV).expect("the embedded rule table is valid")
}

/// True when a text speaks of closing (a chat): the tool never recommends it.
pub fn mentions_closing(text: &str) -> bool {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.starts_with("clos"))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::triage::{Category, EmailProblem, EmailSource, Subject, Triaged};

    /// A chat with an e-mail and nothing else: only `default` applies.
    pub fn plain() -> Triaged {
        let at = |s| {
            crate::time::parse_instant(s, crate::time::DEFAULT_TZ)
                .unwrap()
                .with_timezone(&crate::time::DEFAULT_TZ)
        };
        Triaged {
            id: "c1".into(),
            record: 1,
            started_at: Some(at("2024-11-01T10:00:00-04:00")),
            resolution: "Follow Up By Patron Library".into(),
            origin: "Maryland AskUsNow! Public Library".into(),
            origin_id: Some("AUN".into()),
            email: Some("jane.doe@gmail.com".into()),
            email_source: Some(EmailSource::Field),
            email_problem: None,
            category: Category::Other,
            category_evidence: vec![],
            category_confidence: 1.0,
            subject: Subject::None,
            subject_evidence: vec![],
            local_library: None,
            library_evidence: vec![],
            quality: false,
            quality_evidence: vec![],
            needs_review: false,
            review_reasons: vec![],
            due_at: Some(at("2024-11-04T09:00:00-05:00")),
            status: None,
        }
    }

    fn applies(rule: RuleId, t: &Triaged) -> bool {
        rule.check(t, &Directory::default_directory()).is_applies()
    }

    fn why_not(rule: RuleId, t: &Triaged) -> String {
        match rule.check(t, &Directory::default_directory()) {
            Verdict::DoesNotApply(w) => w,
            v => panic!("{rule} applies: {v:?}"),
        }
    }

    #[test]
    fn embedded_table_follows_rules_md_order() {
        let ids: Vec<RuleId> = default_rules().iter().map(|r| r.id).collect();
        assert_eq!(ids, RuleId::ALL);
    }

    #[test]
    fn table_out_of_order_is_refused() {
        let mut lines: Vec<&str> = RULES_CSV.lines().collect();
        lines.swap(3, 4); // law after print-disability
        let e = parse_rules("r.csv", &lines.join("\n")).unwrap_err();
        assert!(
            e.to_string()
                .contains("r.csv: line 4: rule print-disability is out of order"),
            "{e}"
        );
    }

    #[test]
    fn table_that_speaks_of_closing_is_refused() {
        let text = RULES_CSV.replace("report it to the", "close the chat and tell the");
        let e = parse_rules("r.csv", &text).unwrap_err();
        assert!(e.to_string().contains("mentions closing"), "{e}");
    }

    #[test]
    fn table_naming_the_capitals_account_is_refused() {
        let text = RULES_CSV.replace(
            ",EPFL,Enoch Pratt Free Library,",
            ",EPFL,ENOCH PRATT FREE LIBRARY,",
        );
        let e = parse_rules("r.csv", &text).unwrap_err();
        assert!(
            e.to_string()
                .contains("line 7: rule specialist names the account"),
            "{e}"
        );
    }

    #[test]
    fn closing_words_are_found() {
        assert!(mentions_closing("Please Close this chat"));
        assert!(mentions_closing("closed"));
        assert!(!mentions_closing("enclosed is the disclosure")); // words that merely contain it
    }

    #[test]
    fn no_email_applies_without_an_address() {
        let mut t = plain();
        assert!(why_not(RuleId::NoEmail, &t).contains("export's e-mail field"));
        t.email = None;
        t.email_problem = Some(EmailProblem::Incomplete("jane@gmail".into()));
        match RuleId::NoEmail.check(&t, &Directory::default_directory()) {
            Verdict::Applies { evidence, .. } => assert_eq!(
                evidence[..],
                ["no usable address: the patron wrote \"jane@gmail\", which is not a complete address"]
            ),
            v => panic!("{v:?}"),
        }
        // The fixed sentences, as the problems' own text.
        for (problem, sentence) in [
            (None, NO_ADDRESS_ANYWHERE.to_string()),
            (
                Some(EmailProblem::NoAddress),
                EmailProblem::NoAddress.to_string(),
            ),
        ] {
            t.email_problem = problem;
            match RuleId::NoEmail.check(&t, &Directory::default_directory()) {
                Verdict::Applies { evidence, .. } => assert_eq!(evidence[..], [sentence]),
                v => panic!("{v:?}"),
            }
        }
    }

    #[test]
    fn quality_applies_on_the_flag() {
        let mut t = plain();
        assert!(why_not(RuleId::Quality, &t).contains("no complaint"));
        t.quality = true;
        t.quality_evidence = vec!["rude".into()];
        assert!(applies(RuleId::Quality, &t));
    }

    #[test]
    fn law_print_disability_and_specialist_follow_the_subject() {
        let mut t = plain();
        for (subject, rule) in [
            (Subject::Law, RuleId::Law),
            (Subject::PrintDisability, RuleId::PrintDisability),
            (Subject::Specialist, RuleId::Specialist),
        ] {
            t.subject = Subject::None;
            assert_eq!(
                why_not(rule, &t),
                format!("the subject need is none, not {rule}")
            );
            t.subject = subject;
            assert!(applies(rule, &t), "{rule}");
            for other in [RuleId::Law, RuleId::PrintDisability, RuleId::Specialist] {
                if other != rule {
                    assert!(!applies(other, &t), "{other} on {rule}");
                }
            }
        }
    }

    #[test]
    fn local_takes_the_patrons_library() {
        let dir = Directory::default_directory();
        let mut t = plain();
        assert!(why_not(RuleId::Local, &t).contains("named no library"));
        t.local_library = Some("FCPL".into());
        t.library_evidence = vec!["I live in Frederick County".into()];
        match RuleId::Local.check(&t, &dir) {
            Verdict::Applies { evidence, library } => {
                assert_eq!(library.unwrap().id, "FCPL");
                assert_eq!(evidence[..], ["I live in Frederick County"]);
            }
            v => panic!("{v:?}"),
        }
    }

    #[test]
    fn local_academic_origin_is_the_patrons_institution() {
        let dir = Directory::default_directory();
        let mut t = plain();
        t.origin = "Anne Arundel Community College".into();
        t.origin_id = None; // found by name when triage gives no id
        t.local_library = Some("HCLS".into());
        t.library_evidence = vec!["Howard County".into()];
        match RuleId::Local.check(&t, &dir) {
            Verdict::Applies { library, evidence } => {
                assert_eq!(library.unwrap().id, "AACC");
                assert!(evidence[0].contains("academic account"));
                assert_eq!(
                    evidence[1],
                    "the patron's mention of HCLS (\"Howard County\") gives way to it"
                );
            }
            v => panic!("{v:?}"),
        }
        // A public library's own account (not the Pratt's) gives that library (rules.md §5).
        t.origin = "Baltimore County Public Library".into();
        t.origin_id = None;
        t.local_library = None;
        match RuleId::Local.check(&t, &Directory::default_directory()) {
            Verdict::Applies {
                library: Some(lib), ..
            } => assert_eq!(lib.id, "BCPL"),
            v => panic!("{v:?}"),
        }
        // The Pratt's and the AskUsNow! accounts name no library by themselves.
        for origin in [
            "Enoch Pratt Free Library",
            "Maryland AskUsNow! Public Library",
        ] {
            t.origin = origin.into();
            assert!(
                why_not(RuleId::Local, &t).contains("is not a library's own"),
                "{origin}"
            );
        }
    }

    #[test]
    fn local_refuses_unknown_ids_and_service_accounts() {
        let mut t = plain();
        t.local_library = Some("NOWHERE".into());
        assert!(why_not(RuleId::Local, &t).contains("not in the directory"));
        t.local_library = Some("AUN".into());
        assert!(why_not(RuleId::Local, &t).contains("service account"));
    }

    #[test]
    fn default_always_applies() {
        assert!(applies(RuleId::Default, &plain()));
    }
}
