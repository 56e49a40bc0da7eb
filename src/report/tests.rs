use super::*;
use crate::ledger::{Closing, Entry, Event, Ledger};
use crate::time::DEFAULT_TZ;
use chrono::{DateTime, FixedOffset, TimeZone};

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn decided(id: &str, start: &str, dest: Option<&str>, rule: &str) -> Entry {
    let mut d = crate::ledger::tests::decision(id, start, dest);
    d.rule = crate::referral::RuleId::parse(rule).unwrap();
    d.destination_id = dest.map(String::from);
    d.decided_at = d.started_at;
    Entry::new(Event::Decided(d))
}

fn answered(id: &str, start: &str, hours: i64) -> Entry {
    let at = t(start) + Duration::hours(hours);
    Entry::new(Event::Answered(Closing {
        chat_id: id.into(),
        at,
        recorded_at: at,
        source: "y".into(),
    }))
}

#[test]
fn the_figures_of_one_group() {
    let s = "2026-11-02T10:00:00-05:00";
    let ledger = Ledger {
        source: "l".into(),
        problems: Vec::new(),
        entries: vec![
            decided("A", s, Some("FCPL"), "local"),
            decided("B", s, Some("FCPL"), "local"),
            decided("C", s, Some("FCPL"), "local"),
            decided("D", s, Some("MSLL"), "law"),
            decided("E", "2026-11-09T10:00:00-05:00", Some("FCPL"), "local"),
            decided("F", s, None, "no-email"),
            answered("A", s, 10),
            answered("B", s, 72),
            answered("C", s, 80),
        ],
    };
    let f = ledger.followups();
    let refs: Vec<&Followup> = f.iter().collect();
    let now = Utc.with_ymd_and_hms(2026, 11, 10, 0, 0, 0).unwrap();
    let total = aggregate(&refs, &[], now, DEFAULT_TZ);
    assert_eq!(total.len(), 1);
    let m = &total[0].metrics;
    assert_eq!(
        (m.referred, m.answered, m.answered_within_72h, m.late),
        (5, 3, 2, 1)
    );
    assert_eq!((m.overdue_now, m.open_now), (1, 1));
    // 2 within of 4 settled (A, B in time; C late; D overdue).
    assert_eq!(m.compliance_rate, Some(0.5));
    assert_eq!(m.median_hours, Some(72.0));
    assert_eq!(m.p90_hours, Some(80.0));

    let by_dest = aggregate(&refs, &[By::Library], now, DEFAULT_TZ);
    let fcpl = by_dest
        .iter()
        .find(|r| r.role == Some(Role::Destination) && r.library.as_deref() == Some("FCPL"))
        .unwrap();
    assert_eq!(fcpl.metrics.referred, 4);
    let duty = by_dest
        .iter()
        .find(|r| r.role == Some(Role::OnDuty))
        .unwrap();
    assert_eq!(duty.library.as_deref(), Some("BCPL"));
    assert_eq!(duty.metrics.referred, 5);

    // A group named twice is one group: each chat counts once in it.
    assert_eq!(
        aggregate(&refs, &[By::Library, By::Library], now, DEFAULT_TZ),
        by_dest
    );
    assert_eq!(
        aggregate(&refs, &[By::Rule, By::Library, By::Rule], now, DEFAULT_TZ),
        aggregate(&refs, &[By::Rule, By::Library], now, DEFAULT_TZ)
    );

    let weeks = aggregate(&refs, &[By::Week], now, DEFAULT_TZ);
    let names: Vec<_> = weeks.iter().map(|r| r.period.clone().unwrap()).collect();
    assert_eq!(names, ["2026-W45", "2026-W46"]);

    let d = distribution(&refs);
    assert_eq!(d[0].1, 1);
    assert_eq!(d[3].1, 1, "72 h exactly is within");
    assert_eq!(d[4].1, 1);
}

#[test]
fn percentiles() {
    assert_eq!(median(&[]), None);
    assert_eq!(median(&[1, 3]), Some(2.0));
    assert_eq!(median(&[1, 3, 9]), Some(3.0));
    let v: Vec<i64> = (1..=10).collect();
    assert_eq!(nearest_rank(&v, 0.9), Some(9));
    assert_eq!(nearest_rank(&[5], 0.9), Some(5));
    let v: Vec<i64> = (1..=11).collect();
    assert_eq!(nearest_rank(&v, 0.9), Some(10));
}

#[test]
fn filters_by_date_and_library() {
    let ledger = Ledger {
        source: "l".into(),
        problems: Vec::new(),
        entries: vec![
            decided("A", "2026-11-02T23:30:00-05:00", Some("FCPL"), "local"),
            decided("B", "2026-11-03T00:30:00-05:00", Some("MSLL"), "law"),
        ],
    };
    let f = ledger.followups();
    let day = NaiveDate::from_ymd_opt(2026, 11, 3).unwrap();
    let filter = Filter {
        from: Some(day),
        ..Filter::default()
    };
    // The civil date in the schedule's zone, not UTC (A is 04:30 UTC on the 3rd).
    let kept: Vec<_> = f.iter().filter(|x| filter.keeps(x, DEFAULT_TZ)).collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].decision.chat_id, "B");
    let filter = Filter {
        library: Some("fcpl".into()),
        ..Filter::default()
    };
    assert_eq!(f.iter().filter(|x| filter.keeps(x, DEFAULT_TZ)).count(), 1);
    let filter = Filter {
        origin: Some("AUN".into()),
        destination: Some("MSLL".into()),
        ..Filter::default()
    };
    assert_eq!(f.iter().filter(|x| filter.keeps(x, DEFAULT_TZ)).count(), 1);
}
