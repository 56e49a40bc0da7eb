//! Measuring triage and referral against labelled chats (`aun eval`), and the labels file that
//! `aun train` learns from.
//!
//! A labels file is CSV with the columns `chat_id,email,category,subject,local_library,rule,
//! destination` (docs/FORMATS.md). A label whose chat is not in the export is ignored: one labels
//! file may cover several exports. A chat of an export without an id column is matched by its
//! record number `n` (the 1-based data row, counting every row) to the label `<prefix>-<n>`
//! (`h3lp-5`), the prefix being the one that names the most of the export's records.

use crate::referral::RuleId;
use crate::triage::{Category, Subject, Triaged};
use anyhow::{anyhow, bail, Result};
use serde::Serialize;
use std::collections::HashMap;

/// What a librarian decided for one chat.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Label {
    pub chat_id: String,
    /// Lower case; none when the chat has no usable address.
    pub email: Option<String>,
    pub category: Category,
    pub subject: Subject,
    pub local_library: Option<String>,
    pub rule: RuleId,
    /// A directory id (QC, MSLL, LBPH, AUN, EPFL, BCPL, …); none for no-email.
    pub destination: Option<String>,
}

impl Label {
    /// The quality flag the label implies, when it says: a chat without e-mail stops at the first
    /// rule, so whether it also showed a service problem is not written down.
    pub fn quality(&self) -> Option<bool> {
        (self.rule != RuleId::NoEmail).then_some(self.rule == RuleId::Quality)
    }
}

/// The labels of a file, by chat id.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    pub source: String,
    pub labels: Vec<Label>,
    by_id: HashMap<String, usize>,
}

pub const LABEL_COLUMNS: [&str; 7] = [
    "chat_id",
    "email",
    "category",
    "subject",
    "local_library",
    "rule",
    "destination",
];

/// A label's subject: its one name, or nothing for none.
pub fn parse_subject(s: &str) -> Option<Subject> {
    if s.trim().is_empty() {
        Some(Subject::None)
    } else {
        Subject::parse(s)
    }
}

impl Labels {
    /// Reads a labels file (CSV; a path or `-`).
    pub fn load(path: &str) -> Result<Labels> {
        let bytes = crate::io::read_all(path)?;
        Labels::parse(&crate::io::display_name(path), &bytes)
    }

    pub fn parse(source: &str, bytes: &[u8]) -> Result<Labels> {
        let table = crate::io::read_table(source, bytes, crate::io::InputFormat::Csv)?;
        let mut cols = [0usize; 7];
        for (i, name) in LABEL_COLUMNS.iter().enumerate() {
            cols[i] = table.column(&[name]).ok_or_else(|| {
                anyhow!(
                    "{source}: no {name:?} column (a labels file has the columns {})",
                    LABEL_COLUMNS.join(",")
                )
            })?;
        }
        let mut labels = Labels {
            source: source.to_string(),
            ..Labels::default()
        };
        for row in &table.rows {
            let at = table.locate(row);
            let get = |i: usize| row.fields[cols[i]].trim();
            let chat_id = get(0).to_string();
            if chat_id.is_empty() {
                bail!("{at}: no chat_id");
            }
            let email = match get(1) {
                "" => None,
                e => Some(
                    crate::triage::email::valid(e)
                        .ok_or_else(|| anyhow!("{at}: email {e:?} is not an address"))?,
                ),
            };
            let category = Category::parse(get(2)).ok_or_else(|| {
                anyhow!(
                    "{at}: category {:?} (expected {})",
                    get(2),
                    crate::names_of::<Category>()
                )
            })?;
            let subject = parse_subject(get(3)).ok_or_else(|| {
                anyhow!(
                    "{at}: subject {:?} (expected {})",
                    get(3),
                    crate::names_of::<Subject>()
                )
            })?;
            let rule = RuleId::parse(get(5)).ok_or_else(|| {
                anyhow!(
                    "{at}: rule {:?} (expected {})",
                    get(5),
                    crate::names_of::<RuleId>()
                )
            })?;
            let opt = |s: &str| (!s.is_empty()).then(|| s.to_ascii_uppercase());
            let label = Label {
                chat_id: chat_id.clone(),
                email,
                category,
                subject,
                local_library: opt(get(4)),
                rule,
                destination: opt(get(6)),
            };
            if labels
                .by_id
                .insert(chat_id.clone(), labels.labels.len())
                .is_some()
            {
                bail!("{at}: chat_id {chat_id:?} is labelled twice");
            }
            labels.labels.push(label);
        }
        Ok(labels)
    }

    pub fn get(&self, chat_id: &str) -> Option<&Label> {
        self.by_id.get(chat_id).map(|&i| &self.labels[i])
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// The label of each chat, by the chat's id, or for chats without one by record number (see
    /// the module's note). `chats` are (id, record) pairs; the answer is parallel to them.
    pub fn match_chats(&self, chats: &[(&str, u64)]) -> Vec<Option<&Label>> {
        // The prefix for id-less chats: the one naming the most of their records.
        let mut prefixes: HashMap<&str, usize> = HashMap::new();
        for l in &self.labels {
            if let Some((p, n)) = l.chat_id.rsplit_once('-') {
                if let Ok(n) = n.parse::<u64>() {
                    if chats.iter().any(|(id, r)| {
                        id.is_empty()
                            && *r == n
                            && n.to_string().len() == l.chat_id.len() - p.len() - 1
                    }) {
                        *prefixes.entry(p).or_default() += 1;
                    }
                }
            }
        }
        let prefix = prefixes
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
            .map(|(p, _)| p);
        chats
            .iter()
            .map(|(id, record)| {
                if id.is_empty() {
                    prefix.and_then(|p| self.get(&format!("{p}-{record}")))
                } else {
                    self.get(id)
                }
            })
            .collect()
    }
}

/// What aun said of one chat, as eval compares it.
#[derive(Debug, Clone)]
pub struct Observed {
    pub triaged: Triaged,
    pub rule: RuleId,
    pub destination_id: Option<String>,
}

/// The fields eval scores, in the order it reports them.
pub const FIELDS: [&str; 7] = [
    "email",
    "category",
    "subject",
    "local_library",
    "quality",
    "rule",
    "destination",
];

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FieldScore {
    pub field: &'static str,
    pub right: usize,
    pub total: usize,
}

impl FieldScore {
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            100.0 * self.right as f64 / self.total as f64
        }
    }
}

/// One field aun got wrong for one chat, with what it went by.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Miss {
    pub id: String,
    pub field: &'static str,
    pub expected: String,
    pub got: String,
    pub evidence: Vec<String>,
    pub needs_review: bool,
}

/// The measurement of one export against its labels.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Report {
    pub export: String,
    pub labels: String,
    /// Chats of the export that were triaged, and how many of them have a label.
    pub chats: usize,
    pub matched: usize,
    pub labels_total: usize,
    pub fields: Vec<FieldScore>,
    /// Rows: the label's category; columns: aun's (research, policy, circulation, access, other).
    pub category_confusion: Vec<Vec<usize>>,
    /// Rows: the label's rule; columns: aun's, in rules.md §6 order.
    pub rule_confusion: Vec<Vec<usize>>,
    /// Chats marked needs_review (abstained), and the rule's accuracy on the others.
    pub review: usize,
    pub rule_right_unreviewed: usize,
    pub unreviewed: usize,
    pub misses: Vec<Miss>,
}

fn cat_index(c: Category) -> usize {
    Category::ALL.iter().position(|x| *x == c).unwrap_or(4)
}

fn rule_index(r: RuleId) -> usize {
    RuleId::ALL.iter().position(|x| *x == r).unwrap_or(6)
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

/// Compares each observed chat with its label.
pub fn evaluate(export: &str, labels: &Labels, observed: &[Observed]) -> Report {
    let keys: Vec<(&str, u64)> = observed
        .iter()
        .map(|o| (o.triaged.id.as_str(), o.triaged.record))
        .collect();
    let matched_labels = labels.match_chats(&keys);
    let mut scores: Vec<FieldScore> = FIELDS
        .iter()
        .map(|f| FieldScore {
            field: f,
            right: 0,
            total: 0,
        })
        .collect();
    let mut report = Report {
        export: export.to_string(),
        labels: labels.source.clone(),
        chats: observed.len(),
        matched: 0,
        labels_total: labels.len(),
        fields: Vec::new(),
        category_confusion: vec![vec![0; 5]; 5],
        rule_confusion: vec![vec![0; 7]; 7],
        review: 0,
        rule_right_unreviewed: 0,
        unreviewed: 0,
        misses: Vec::new(),
    };
    for (o, label) in observed.iter().zip(matched_labels) {
        let Some(l) = label else { continue };
        report.matched += 1;
        let t = &o.triaged;
        let id = if t.id.is_empty() {
            l.chat_id.clone()
        } else {
            t.id.clone()
        };
        let mut check = |i: usize, expected: String, got: String, evidence: &[String]| {
            scores[i].total += 1;
            if expected == got {
                scores[i].right += 1;
            } else {
                report.misses.push(Miss {
                    id: id.clone(),
                    field: FIELDS[i],
                    expected,
                    got,
                    evidence: evidence.to_vec(),
                    needs_review: t.needs_review,
                });
            }
        };
        let email_evidence: Vec<String> = t
            .email_problem
            .iter()
            .map(ToString::to_string)
            .chain(t.email_source.map(|s| s.as_str().to_string()))
            .collect();
        check(0, opt(&l.email), opt(&t.email), &email_evidence);
        check(
            1,
            l.category.to_string(),
            t.category.to_string(),
            &t.category_evidence,
        );
        check(
            2,
            l.subject.to_string(),
            t.subject.to_string(),
            &t.subject_evidence,
        );
        check(
            3,
            opt(&l.local_library),
            opt(&t.local_library),
            &t.library_evidence,
        );
        if let Some(q) = l.quality() {
            check(4, q.to_string(), t.quality.to_string(), &t.quality_evidence);
        }
        let rule_evidence: Vec<String> = t.review_reasons.clone();
        check(
            5,
            l.rule.as_str().into(),
            o.rule.as_str().into(),
            &rule_evidence,
        );
        check(
            6,
            opt(&l.destination),
            opt(&o.destination_id),
            &rule_evidence,
        );
        report.category_confusion[cat_index(l.category)][cat_index(t.category)] += 1;
        report.rule_confusion[rule_index(l.rule)][rule_index(o.rule)] += 1;
        if t.needs_review {
            report.review += 1;
        } else {
            report.unreviewed += 1;
            if l.rule == o.rule {
                report.rule_right_unreviewed += 1;
            }
        }
    }
    report.fields = scores;
    report
}

impl Report {
    pub fn field(&self, name: &str) -> Option<&FieldScore> {
        self.fields.iter().find(|f| f.field == name)
    }

    /// One line: `matched 40/150 · rule 37/40 (92.5%) · category … · local … · email … · review 4/40`.
    pub fn summary_line(&self) -> String {
        let mut parts = vec![format!("matched {}/{}", self.matched, self.labels_total)];
        for (name, short) in [
            ("rule", "rule"),
            ("category", "category"),
            ("local_library", "local"),
            ("email", "email"),
        ] {
            if let Some(f) = self.field(name) {
                parts.push(format!(
                    "{short} {}/{} ({:.1}%)",
                    f.right,
                    f.total,
                    f.percent()
                ));
            }
        }
        let rest = if self.unreviewed == 0 {
            String::new()
        } else {
            format!(
                ", rule {:.1}% on the rest",
                100.0 * self.rule_right_unreviewed as f64 / self.unreviewed as f64
            )
        };
        parts.push(format!("review {}/{}{rest}", self.review, self.matched));
        parts.join(" · ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LABELS: &str = "chat_id,email,category,subject,local_library,rule,destination\n\
        a-1,jane@x.org,research,law,,law,MSLL\n\
        h3lp-2,,other,none,bcpl,no-email,\n\
        h3lp-12,,other,none,,no-email,\n";

    #[test]
    fn labels_parse_and_complain() {
        let l = Labels::parse("l.csv", LABELS.as_bytes()).unwrap();
        assert_eq!(l.len(), 3);
        let h = l.get("h3lp-2").unwrap();
        assert_eq!(h.local_library.as_deref(), Some("BCPL"));
        assert_eq!(h.quality(), None);
        assert_eq!(l.get("a-1").unwrap().quality(), Some(false));
        let bad = "chat_id,email,category,subject,local_library,rule,destination\nx,,weird,none,,default,AUN\n";
        let e = Labels::parse("l.csv", bad.as_bytes())
            .unwrap_err()
            .to_string();
        assert!(e.contains("l.csv: line 2") && e.contains("weird"), "{e}");
        let twice = format!("{LABELS}a-1,,other,none,,default,AUN\n");
        let e = Labels::parse("l.csv", twice.as_bytes())
            .unwrap_err()
            .to_string();
        assert!(e.contains("labelled twice"), "{e}");
        let e = Labels::parse("l.csv", b"chat_id,email\nx,\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("no \"category\" column"), "{e}");
    }

    #[test]
    fn chats_without_ids_match_by_record() {
        let l = Labels::parse("l.csv", LABELS.as_bytes()).unwrap();
        let m = l.match_chats(&[("", 2), ("", 3), ("a-1", 1), ("", 12)]);
        let ids: Vec<Option<&str>> = m.iter().map(|x| x.map(|l| l.chat_id.as_str())).collect();
        assert_eq!(ids, [Some("h3lp-2"), None, Some("a-1"), Some("h3lp-12")]);
        // "a-1" is not taken for the id-less record 1: the prefix that names most records wins.
        let m = l.match_chats(&[("", 1), ("", 2), ("", 12)]);
        assert_eq!(m[0].map(|l| l.chat_id.as_str()), None);
    }
}
