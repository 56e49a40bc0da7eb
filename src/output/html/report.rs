//! `aun report --format html`: the report as one page for liaisons and the coordinators: the
//! totals, three charts (compliance over time, referrals by destination, time to follow-up), then
//! the tables by library, rule, category and period.

use super::{
    columns, escape, figure, legend, page, stacked_bars, table, Column, LATE, OK, OPEN, OVERDUE,
};
use crate::ledger::Followup;
use crate::report::{Aggregate, By, Distribution, Metrics, Role, Row};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use std::fmt::Write;

/// What the page says about its scope.
pub struct Scope<'a> {
    pub ledger: &'a str,
    /// "2026-11-01 to 2026-11-30", "all dates".
    pub dates: String,
    /// The library the report is for, if one.
    pub library: Option<&'a str>,
}

/// What the page shows, added up one chat at a time as the ledger is read.
pub struct Figures {
    totals: Aggregate,
    weeks: Aggregate,
    months: Aggregate,
    by_library: Aggregate,
    by_rule: Aggregate,
    by_category: Aggregate,
    distribution: Distribution,
}

impl Figures {
    pub fn new(now: DateTime<Utc>, tz: Tz) -> Figures {
        let by = |by: &[By]| Aggregate::new(by, now, tz);
        Figures {
            totals: by(&[]),
            weeks: by(&[By::Week]),
            months: by(&[By::Month]),
            by_library: by(&[By::Library]),
            by_rule: by(&[By::Rule]),
            by_category: by(&[By::Category]),
            distribution: Distribution::default(),
        }
    }

    pub fn add(&mut self, f: &Followup) {
        for a in [
            &mut self.totals,
            &mut self.weeks,
            &mut self.months,
            &mut self.by_library,
            &mut self.by_rule,
            &mut self.by_category,
        ] {
            a.add(f);
        }
        self.distribution.add(f);
    }
}

/// The page. `name` gives a library's name for its id (for the charts' labels and tables).
pub fn report_page(
    figures: Figures,
    scope: &Scope,
    now: DateTime<Utc>,
    tz: Tz,
    name: impl Fn(&str) -> String,
) -> String {
    let totals = figures
        .totals
        .rows()
        .into_iter()
        .next()
        .map(|r| r.metrics)
        .unwrap_or_default();
    let mut body = String::new();
    let title = match scope.library {
        Some(l) => format!("72-hour follow-up report: {}", name(l)),
        None => "72-hour follow-up report".to_string(),
    };
    let _ = write!(
        body,
        "<header><h1>{}</h1><p class=\"meta\">Chats started {}; figures as of {} ({}). From {}.</p></header>",
        escape(&title),
        escape(&scope.dates),
        crate::time::with_day_name(&now.with_timezone(&tz)),
        escape(tz.name()),
        escape(scope.ledger)
    );
    tiles(&mut body, &totals);

    // Compliance over time: per week, or per month over a long span.
    let weeks = figures.weeks.rows();
    let (per, periods) = if weeks.len() > 16 {
        ("month", figures.months.rows())
    } else {
        ("week", weeks)
    };
    let compliance: Vec<Column> = periods
        .iter()
        .map(|r| {
            let rate = r.metrics.compliance_rate;
            let period = r.period.clone().unwrap_or_default();
            Column {
                // "2026-W45" → "W45", "2026-11" → "Nov 2026": short enough for a phone.
                label: short_period(&period),
                value: rate,
                shown: rate.map(percent).unwrap_or_default(),
                colour: OK,
            }
        })
        .collect();
    let by_library = figures.by_library.rows();
    let role_rows = |role: Role| -> Vec<&Row> {
        let mut rows: Vec<&Row> = by_library
            .iter()
            .filter(|r| r.role == Some(role))
            .filter(|r| {
                scope
                    .library
                    .is_none_or(|l| r.library.as_deref() == Some(l))
            })
            .collect();
        rows.sort_by(|a, b| {
            b.metrics
                .referred
                .cmp(&a.metrics.referred)
                .then(a.library.cmp(&b.library))
        });
        rows
    };
    let destinations: Vec<(String, Vec<(f64, &str)>)> = by_library
        .iter()
        .filter(|r| r.role == Some(Role::Destination))
        .map(|r| {
            let m = &r.metrics;
            (
                r.library.clone().unwrap_or_default(),
                vec![
                    (m.answered_within_72h as f64, OK),
                    (m.late as f64, LATE),
                    (m.overdue_now as f64, OVERDUE),
                    (m.open_now as f64, OPEN),
                ],
            )
        })
        .collect();
    let buckets = figures.distribution.buckets();
    let dist: Vec<Column> = buckets
        .iter()
        .enumerate()
        .map(|(i, (label, n))| Column {
            label: label.to_string(),
            value: Some(*n as f64),
            shown: n.to_string(),
            // The first four buckets are within 72 hours.
            colour: if i < 4 { OK } else { LATE },
        })
        .collect();
    let dist_max = buckets.iter().map(|b| b.1 as f64).fold(0.0, f64::max);
    body.push_str("<h2>Charts</h2><div class=\"charts\">");
    body.push_str(&figure(
        &format!("Answered within 72 hours, per {per}"),
        &columns(&format!("Compliance rate per {per}"), &compliance, 1.0),
        "",
    ));
    body.push_str(&figure(
        "Referrals by destination",
        &stacked_bars("Referrals by destination", &destinations),
        &legend(&[
            (OK, "within 72 h"),
            (LATE, "late"),
            (OVERDUE, "overdue now"),
            (OPEN, "open, not yet due"),
        ]),
    ));
    body.push_str(&figure(
        "Time from chat to follow-up",
        &columns("Answered chats by hours to follow-up", &dist, dist_max),
        &legend(&[(OK, "within 72 h"), (LATE, "late")]),
    ));
    body.push_str("</div>");

    for (role, heading) in [
        (
            Role::Destination,
            "By library, as the destination of referrals",
        ),
        (Role::Origin, "By library, as the origin of the chats"),
        (Role::OnDuty, "By library, as the library on duty"),
    ] {
        let rows = role_rows(role);
        section(
            &mut body,
            heading,
            "Library",
            rows.iter().map(|r| {
                let id = r.library.clone().unwrap_or_default();
                let n = name(&id);
                (if n == id { id } else { format!("{n} ({id})") }, &r.metrics)
            }),
        );
    }
    let by_rule = figures.by_rule.rows();
    section(
        &mut body,
        "By rule",
        "Rule",
        by_rule
            .iter()
            .map(|r| (r.rule.clone().unwrap_or_default(), &r.metrics)),
    );
    let by_cat = figures.by_category.rows();
    section(
        &mut body,
        "By category",
        "Category",
        by_cat
            .iter()
            .map(|r| (r.category.clone().unwrap_or_default(), &r.metrics)),
    );
    section(
        &mut body,
        &format!("Per {per}"),
        "Period",
        periods
            .iter()
            .map(|r| (r.period.clone().unwrap_or_default(), &r.metrics)),
    );
    body.push_str("<footer>Made by aun report. Compliance: answered within 72 hours over the chats answered or past their deadline. Median and 90th percentile of the hours from the chat's start to its follow-up.</footer>");
    page(&title, &body)
}

fn short_period(p: &str) -> String {
    if let Some((_, w)) = p.split_once("-W") {
        return format!("W{w}");
    }
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match p.split_once('-') {
        Some((y, m)) => match m.parse::<usize>() {
            Ok(m @ 1..=12) => format!("{} {y}", MONTHS[m - 1]),
            _ => p.to_string(),
        },
        None => p.to_string(),
    }
}

fn percent(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

fn hours(x: Option<f64>) -> String {
    x.map(|h| format!("{h:.1} h")).unwrap_or_else(|| "–".into())
}

fn tiles(body: &mut String, m: &Metrics) {
    body.push_str("<div class=\"tiles\">");
    for (label, value) in [
        ("Referred", m.referred.to_string()),
        ("Answered", m.answered.to_string()),
        ("Within 72 h", m.answered_within_72h.to_string()),
        (
            "Compliance",
            m.compliance_rate.map(percent).unwrap_or_else(|| "–".into()),
        ),
        ("Median", hours(m.median_hours)),
        ("90th percentile", hours(m.p90_hours)),
        ("Overdue now", m.overdue_now.to_string()),
        ("Open, not yet due", m.open_now.to_string()),
    ] {
        let _ = write!(
            body,
            "<div class=\"tile\"><b>{}</b>{}</div>",
            escape(&value),
            escape(label)
        );
    }
    body.push_str("</div>");
}

fn section<'a>(
    body: &mut String,
    heading: &str,
    first: &str,
    rows: impl Iterator<Item = (String, &'a Metrics)>,
) {
    let rows: Vec<Vec<String>> = rows
        .map(|(k, m)| {
            vec![
                k,
                m.referred.to_string(),
                m.answered.to_string(),
                m.answered_within_72h.to_string(),
                m.compliance_rate.map(percent).unwrap_or_else(|| "–".into()),
                hours(m.median_hours),
                hours(m.p90_hours),
                m.overdue_now.to_string(),
                m.open_now.to_string(),
            ]
        })
        .collect();
    let _ = write!(body, "<h2>{}</h2>", escape(heading));
    if rows.is_empty() {
        body.push_str("<p>No chats.</p>");
        return;
    }
    body.push_str(&table(
        &[
            first,
            "Referred#",
            "Answered#",
            "Within 72 h#",
            "Compliance#",
            "Median#",
            "90th pct#",
            "Overdue now#",
            "Open#",
        ],
        &rows,
    ));
}
