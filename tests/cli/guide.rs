//! docs/GUIDE.md's December 2026 plan, run as written: each `aun` line of the marked block, in
//! order, with `AUN_OVERRIDES=december.csv`, and what the guide says of the results.

use crate::workdir::{repo_file, Run, Workdir};

/// Splits a shell line into words: spaces separate, double quotes group.
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let (mut quoted, mut any) = (false, false);
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any {
                    out.push(std::mem::take(&mut cur));
                    any = false;
                }
            }
            c => {
                cur.push(c);
                any = true;
            }
        }
    }
    if any {
        out.push(cur);
    }
    out
}

/// The commands of the guide's December block.
fn december_commands() -> Vec<Vec<String>> {
    let guide = std::fs::read_to_string(repo_file("docs/GUIDE.md")).unwrap();
    let block = guide
        .split("<!-- december-2026")
        .nth(1)
        .expect("the December block is marked in docs/GUIDE.md");
    let block = block.split("```sh\n").nth(1).unwrap();
    let block = block.split("```").next().unwrap();
    block
        .lines()
        .filter(|l| l.starts_with("aun "))
        .map(|l| words(l)[1..].to_vec())
        .collect()
}

#[test]
fn the_guides_december_plan_runs_as_written() {
    let wd = Workdir::new("guide-december");
    let commands = december_commands();
    assert_eq!(commands.len(), 13);
    let mut out: Vec<(String, Run)> = Vec::new();
    for args in &commands {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = Run::from(
            wd.command(&args)
                .env("AUN_OVERRIDES", "december.csv")
                .env("AUN_NOW", "2026-11-23T12:00")
                .env("NO_COLOR", "1")
                .output()
                .unwrap(),
        );
        assert_eq!(
            run.code,
            0,
            "aun {}\n{}{}",
            args.join(" "),
            run.stdout,
            run.stderr
        );
        out.push((args.join(" "), run));
    }
    let find =
        |prefix: &str| -> &Run { &out.iter().find(|(c, _)| c.starts_with(prefix)).unwrap().1 };
    // The gaps before the cover: Christmas Eve proposed to the substitutes, the split Wednesday
    // evenings, Frostburg's break; and nothing on the closed days.
    let gaps = &find("schedule roster").stdout;
    assert!(
        gaps.contains("thu 2026-12-24  09:00–13:00  Calvert Library"),
        "{gaps}"
    );
    assert!(gaps.contains("wed 2026-12-02  18:00–20:00"), "{gaps}");
    assert!(!gaps.contains("2026-12-25"), "{gaps}");
    assert!(!gaps
        .contains("Frostburg State University  shared-follow-up  proposed (step 1)  Frostburg"));
    // who-covers after the cover: exactly what the guide shows.
    let guide = std::fs::read_to_string(repo_file("docs/GUIDE.md")).unwrap();
    let shown = guide
        .split("Christmas Eve morning is Calvert's:\n\n```text\n")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    assert_eq!(find("who-covers").stdout, shown);
    // The contribution report: Calvert covered one shift for others, and, now a library of that
    // day, is proposed for the afternoon.
    let report = &find("schedule contribution").stdout;
    let calvert = report
        .lines()
        .find(|l| l.starts_with("Calvert Library"))
        .unwrap();
    assert_eq!(
        calvert.split_whitespace().collect::<Vec<_>>()[2..7],
        ["0", "1", "1", "0", "1"],
        "{report}"
    );
    // The log: every change, with who made it.
    let log = &find("schedule override log").stdout;
    assert_eq!(
        log.lines().filter(|l| l.contains("Becca")).count(),
        6,
        "{log}"
    );
    assert_eq!(
        log.lines().filter(|l| l.contains("Paul")).count(),
        2,
        "{log}"
    );
    // FCPL's calendar: its Christmas Eve shift cancelled, not dropped.
    let ics = wd.read("fcpl.ics");
    assert!(ics.contains("UID:20261224T1300-shared-follow-up@aun.askusnow\r\n"));
    assert!(ics.contains("STATUS:CANCELLED\r\n"), "{ics}");
}

#[test]
fn shell_words() {
    assert_eq!(
        words(r#"aun x --reason "Christmas Eve" --by Becca"#),
        ["aun", "x", "--reason", "Christmas Eve", "--by", "Becca"]
    );
}
