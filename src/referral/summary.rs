//! `refer --summary`: counts by rule and destination, for the coordinator's daily look.

use super::{Method, Referral, RuleId};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SummaryRow {
    /// A rule id, or `all` for the total.
    pub rule: String,
    pub destination_id: Option<String>,
    pub destination: Option<String>,
    pub method: Option<&'static str>,
    pub chats: u64,
}

/// (rule, destination id) → (destination, method, chats).
type Counts = HashMap<(RuleId, Option<String>), (Option<String>, Method, u64)>;

/// Counts referrals as they stream by; memory grows with the number of destinations only.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    counts: Counts,
    total: u64,
}

/// What the summary keeps of one referral: small enough to hand between threads cheaply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub rule: RuleId,
    pub destination_id: Option<String>,
    pub destination: Option<String>,
    pub method: Method,
}

impl Tally {
    pub fn of(r: &Referral) -> Tally {
        Tally {
            rule: r.rule,
            destination_id: r.destination_id.clone(),
            destination: r.destination.clone(),
            method: r.method,
        }
    }
}

impl Summary {
    pub fn add(&mut self, r: &Referral) {
        self.add_tally(Tally::of(r));
    }

    pub fn add_tally(&mut self, t: Tally) {
        let entry =
            self.counts
                .entry((t.rule, t.destination_id))
                .or_insert((t.destination, t.method, 0));
        entry.2 += 1;
        self.total += 1;
    }

    pub fn total(&self) -> u64 {
        self.total
    }

    /// Rows in rule order, the most frequent destination first, then a total row.
    pub fn rows(&self) -> Vec<SummaryRow> {
        let mut keys: Vec<_> = self.counts.iter().collect();
        keys.sort_by(|(ka, va), (kb, vb)| {
            ka.0.cmp(&kb.0).then(vb.2.cmp(&va.2)).then(ka.1.cmp(&kb.1))
        });
        let mut rows: Vec<SummaryRow> = keys
            .into_iter()
            .map(|((rule, id), (dest, method, n))| SummaryRow {
                rule: rule.as_str().to_string(),
                destination_id: id.clone(),
                destination: dest.clone(),
                method: Some(method.as_str()),
                chats: *n,
            })
            .collect();
        rows.push(SummaryRow {
            rule: "all".into(),
            destination_id: None,
            destination: None,
            method: None,
            chats: self.total,
        });
        rows
    }
}
