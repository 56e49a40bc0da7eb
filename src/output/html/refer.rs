//! `aun refer --format html`: the page for the library on duty. One card per chat, in the order
//! given (the command puts overdue first, then by due time): its deadline, destination, route,
//! the evidence for the decision, the reason to review it when triage is unsure, and the note with
//! a button that copies it. It shows the patron data `refer` shows (the e-mail address, masked
//! under `--redact`), no more.

use super::{escape, page};
use crate::referral::Referral;
use crate::triage::Status;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use std::fmt::Write;

/// The page; `needs_review` says why a chat should be read before its referral is trusted.
pub fn refer_page(
    referrals: &[Referral],
    source: &str,
    now: DateTime<Utc>,
    tz: Tz,
    needs_review: impl Fn(&Referral) -> Option<String>,
) -> String {
    let count = |s: Status| referrals.iter().filter(|r| r.status == Some(s)).count();
    let reviews = referrals
        .iter()
        .filter(|r| needs_review(r).is_some())
        .count();
    let mut body = String::new();
    let _ = write!(
        body,
        "<header><h1>Shared Follow-Up: {} chat{}</h1><p class=\"meta\">From {} at {} ({}). \
         {} overdue, {} due soon, {} to review. Overdue first, then by due time.</p></header>",
        referrals.len(),
        if referrals.len() == 1 { "" } else { "s" },
        escape(source),
        crate::time::with_day_name(&now.with_timezone(&tz)),
        escape(tz.name()),
        count(Status::Overdue),
        count(Status::DueSoon),
        reviews
    );
    if referrals.is_empty() {
        body.push_str("<p>No chat to follow up.</p>");
    }
    for (i, r) in referrals.iter().enumerate() {
        card(&mut body, i, r, needs_review(r), tz);
    }
    let _ = write!(
        body,
        "<footer>Made by aun refer. The 72-hour deadline is 72 elapsed hours after the chat's start.</footer>"
    );
    page(&format!("Shared Follow-Up: {source}"), &body)
}

fn card(body: &mut String, i: usize, r: &Referral, review: Option<String>, tz: Tz) {
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
        let page = refer_page(std::slice::from_ref(&r), "x.csv", now, DEFAULT_TZ, |_| {
            Some("two libraries named <FCPL, MCPL>".into())
        });
        assert!(page.contains(
            "<p class=\"review\">Needs review: two libraries named &lt;FCPL, MCPL&gt;</p>"
        ));
        assert!(page.contains("Chat &lt;b&gt;1&lt;/b&gt;"));
        assert!(!page.contains("<b>1</b>"));
        assert!(page.contains("1 to review"));
        assert!(page.contains("data-copy=\"note-0\""));
        let quiet = refer_page(&[r], "x.csv", now, DEFAULT_TZ, |_| None);
        assert!(!quiet.contains("class=\"review\""));
    }
}
