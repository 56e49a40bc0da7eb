//! `aun refer --format html`: the page for the library on duty. One card per chat, in the order
//! given (the command puts overdue first, then by due time): its deadline, destination, route,
//! the evidence for the decision, the reason to review it when triage is unsure, and the note with
//! a button that copies it. It shows the patron data `refer` shows (the e-mail address, masked
//! under `--redact`), no more.

use super::{escape, page_end, page_start};
use crate::io::spill::{Sorter, BUDGET};
use crate::referral::Referral;
use crate::triage::Status;
use anyhow::Result;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use std::fmt::Write as _;
use std::io::Write;

/// The page, written as the referrals come: the cards are sorted on the way (beyond a few
/// megabytes, through a temporary file), so a page of any size is made in bounded memory.
pub struct ReferPage {
    now: DateTime<Utc>,
    tz: Tz,
    cards: Sorter,
    chats: usize,
    overdue: usize,
    due_soon: usize,
    reviews: usize,
}

/// One chat's card, made where the chat was referred (a worker thread), and its place on the page.
pub struct Card {
    key: Vec<u8>,
    html: String,
    status: Option<Status>,
    review: bool,
}

impl Card {
    /// `review` says why the chat should be read before its referral is trusted.
    pub fn new(r: &Referral, review: Option<String>, now: DateTime<Utc>, tz: Tz) -> Card {
        let mut html = String::with_capacity(2048);
        let flagged = review.is_some();
        card(&mut html, r.record, r, review, tz);
        Card {
            key: page_order(r, now),
            html,
            status: r.status,
            review: flagged,
        }
    }
}

impl ReferPage {
    pub fn new(now: DateTime<Utc>, tz: Tz) -> ReferPage {
        ReferPage {
            now,
            tz,
            cards: Sorter::new(BUDGET),
            chats: 0,
            overdue: 0,
            due_soon: 0,
            reviews: 0,
        }
    }

    pub fn add(&mut self, card: Card) -> Result<()> {
        match card.status {
            Some(Status::Overdue) => self.overdue += 1,
            Some(Status::DueSoon) => self.due_soon += 1,
            _ => {}
        }
        self.reviews += usize::from(card.review);
        self.chats += 1;
        self.cards.push(&card.key, card.html.as_bytes())
    }

    /// The page of the export named `source`.
    pub fn finish(self, source: &str, out: &mut impl Write) -> Result<()> {
        let title = format!("Shared Follow-Up: {source}");
        out.write_all(page_start(&title).as_bytes())?;
        let mut header = String::new();
        let _ = write!(
            header,
            "<header><h1>Shared Follow-Up: {} chat{}</h1><p class=\"meta\">From {} at {} ({}). \
             {} overdue, {} due soon, {} to review. Overdue first, then by due time.</p></header>",
            self.chats,
            if self.chats == 1 { "" } else { "s" },
            escape(source),
            crate::time::with_day_name(&self.now.with_timezone(&self.tz)),
            escape(self.tz.name()),
            self.overdue,
            self.due_soon,
            self.reviews
        );
        if self.chats == 0 {
            header.push_str("<p>No chat to follow up.</p>");
        }
        out.write_all(header.as_bytes())?;
        self.cards.finish(|_, card| Ok(out.write_all(card)?))?;
        out.write_all(
            b"<footer>Made by aun refer. The 72-hour deadline is 72 elapsed hours after the chat's start.</footer>",
        )?;
        out.write_all(page_end().as_bytes())?;
        Ok(())
    }
}

/// The page's order as a key that sorts as bytes: overdue first, then by due time (chats without
/// one last), then by id; chats alike in all three stay in the export's order.
fn page_order(r: &Referral, now: DateTime<Utc>) -> Vec<u8> {
    let due = r.due_at.map(|d| d.with_timezone(&Utc));
    let overdue = due.is_some_and(|d| now > d);
    let mut key = Vec::with_capacity(10 + r.id.len());
    key.push(u8::from(!overdue));
    key.push(u8::from(due.is_none()));
    // Signed microseconds with the sign bit flipped sort as unsigned bytes, big end first.
    let micros = due.map_or(0, |d| d.timestamp_micros());
    key.extend_from_slice(&((micros as u64) ^ (1 << 63)).to_be_bytes());
    key.extend_from_slice(r.id.as_bytes());
    key
}

/// The card's anchors are named by the chat's record number, unique in the export.
fn card(body: &mut String, i: u64, r: &Referral, review: Option<String>, tz: Tz) {
    let (class, badge) = match r.status {
        Some(Status::Overdue) => ("overdue", "overdue"),
        Some(Status::DueSoon) => ("due-soon", "due soon"),
        Some(Status::Ok) => ("ok", "in time"),
        None => ("", "no start time"),
    };
    let due = r
        .due_at
        .map(|d| crate::time::with_weekday(&d.with_timezone(&tz)))
        .unwrap_or_else(|| "no deadline (no start time)".into());
    let _ = write!(
        body,
        "<article class=\"card {class}\" id=\"chat-{i}\"><h2><span>Chat {}</span><span class=\"badge {class}\">{badge}</span><span>due {}</span></h2>",
        escape(&r.id),
        escape(&due)
    );
    if let Some(why) = review {
        let _ = write!(
            body,
            "<p class=\"review\">Needs review: {}</p>",
            escape(&why)
        );
    }
    body.push_str("<dl>");
    let mut item = |k: &str, v: &str| {
        if !v.is_empty() {
            let _ = write!(body, "<dt>{}</dt><dd>{}</dd>", escape(k), escape(v));
        }
    };
    item(
        "Destination",
        r.destination
            .as_deref()
            .unwrap_or("no referral: no patron e-mail"),
    );
    item("Route", &r.route);
    item("Rule", r.rule.as_str());
    item("Why", &r.reason);
    item("Patron e-mail", r.email.as_deref().unwrap_or(""));
    item(
        "E-mail problem",
        &r.email_problem
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
    );
    item(
        "Subject",
        &evidence(r.subject.as_str(), &r.subject_evidence),
    );
    item(
        "Local library",
        &evidence(
            r.local_library.as_deref().unwrap_or(""),
            &r.library_evidence,
        ),
    );
    if r.quality {
        item("Quality", &evidence("flagged", &r.quality_evidence));
    }
    item("Came from", &r.origin);
    item(
        "Started",
        &r.started_at
            .map(|d| crate::time::with_weekday(&d.with_timezone(&tz)))
            .unwrap_or_default(),
    );
    body.push_str("</dl>");
    let _ = write!(
        body,
        "<div class=\"note\"><pre id=\"note-{i}\">{}</pre><button type=\"button\" class=\"copy\" data-copy=\"note-{i}\">Copy note</button></div></article>",
        escape(&r.note)
    );
}

/// "law (from: \"attorney\", \"lawsuit\")".
fn evidence(value: &str, words: &[String]) -> String {
    if words.is_empty() || value.is_empty() {
        return value.to_string();
    }
    let quoted: Vec<String> = words.iter().map(|w| format!("“{w}”")).collect();
    format!("{value} (from {})", quoted.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Directory;
    use crate::referral::{Options, Referrer};
    use crate::time::{parse_instant, DEFAULT_TZ};
    use crate::triage::{Chat, TriageOptions, Triager};

    fn page_of(r: &Referral, now: DateTime<Utc>, review: Option<String>) -> String {
        let mut page = ReferPage::new(now, DEFAULT_TZ);
        page.add(Card::new(r, review, now, DEFAULT_TZ)).unwrap();
        let mut out = Vec::new();
        page.finish("x.csv", &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_review_reason_is_highlighted_and_text_is_escaped() {
        let dir = Directory::default_directory();
        let now = parse_instant("2026-11-05T12:00", DEFAULT_TZ).unwrap();
        let chat = Chat {
            record: 1,
            id: "<b>1</b>".into(),
            started_at: Some(parse_instant("2026-11-02T10:00", DEFAULT_TZ).unwrap()),
            resolution: "Follow Up By Patron Library".into(),
            origin: "Maryland AskUsNow! Public Library".into(),
            patron_email: "jane.doe@gmail.com".into(),
            question: "Is a <script> tag legal advice for my lawsuit in Frederick?".into(),
            ..Chat::default()
        };
        let t = Triager::new(dir.clone()).triage(&chat, &TriageOptions::new(now, DEFAULT_TZ));
        let r = Referrer::new(&dir, Options { redact: false })
            .unwrap()
            .refer(&t);
        let page = page_of(&r, now, Some("two libraries named <FCPL, MCPL>".into()));
        assert!(page.contains(
            "<p class=\"review\">Needs review: two libraries named &lt;FCPL, MCPL&gt;</p>"
        ));
        assert!(page.contains("Chat &lt;b&gt;1&lt;/b&gt;"));
        assert!(!page.contains("<b>1</b>"));
        assert!(page.contains("1 to review"));
        assert!(page.contains("data-copy=\"note-1\""));
        let quiet = page_of(&r, now, None);
        assert!(!quiet.contains("class=\"review\""));
    }

    /// Overdue first, then by due time, chats without a start time (so no deadline) last, ties in
    /// the export's order; the same with every card in its own run of the sort.
    #[test]
    fn cards_are_ordered_by_deadline_with_undated_chats_last() {
        let dir = Directory::default_directory();
        let now = parse_instant("2026-11-05T12:00", DEFAULT_TZ).unwrap();
        let referrer = Referrer::new(&dir, Options { redact: false }).unwrap();
        let triager = Triager::new(dir.clone());
        let opts = TriageOptions::new(now, DEFAULT_TZ);
        // (id, start): due in 3 days, undated, overdue, due in 2 days, the same id and start again.
        let chats = [
            ("b", Some("2026-11-05T10:00")),
            ("a", None),
            ("c", Some("2026-11-01T10:00")),
            ("d", Some("2026-11-04T10:00")),
            ("b", Some("2026-11-05T10:00")),
        ];
        let page = |budget| {
            let mut page = ReferPage::new(now, DEFAULT_TZ);
            page.cards = Sorter::new(budget);
            for (i, (id, start)) in chats.iter().enumerate() {
                let chat = Chat {
                    record: i as u64 + 1,
                    id: id.to_string(),
                    started_at: start.map(|s| parse_instant(s, DEFAULT_TZ).unwrap()),
                    resolution: "Follow Up By Patron Library".into(),
                    patron_email: "jane.doe@gmail.com".into(),
                    question: "a book".into(),
                    ..Chat::default()
                };
                let r = referrer.refer(&triager.triage(&chat, &opts));
                page.add(Card::new(&r, None, now, DEFAULT_TZ)).unwrap();
            }
            let mut out = Vec::new();
            page.finish("x.csv", &mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        let whole = page(BUDGET);
        let order: Vec<&str> = whole
            .match_indices("id=\"chat-")
            .map(|(i, _)| &whole[i + 9..i + 10])
            .collect();
        assert_eq!(order, ["3", "4", "1", "5", "2"], "records by page order");
        assert!(whole.contains("5 chats") && whole.contains("1 overdue, 0 due soon, 0 to review"));
        assert_eq!(page(0), whole);
    }
}
