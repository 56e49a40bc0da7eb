//! The HTML pages of `refer` and `report`, opened in a real headless browser (Debian's chromium,
//! installed by .ci/setup): no console messages or script errors, the charts present, the copy
//! button handing the note to the clipboard (the page's `#selftest` hook records what it would
//! write). Screenshots go to `target/tmp/screenshots/` (desktop and phone widths), with each page
//! printed to PDF.

use crate::workdir::{repo_file, Workdir};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const NOW: &str = "2025-03-05T12:00:00-05:00";

/// The browser: AUN_CHROMIUM, else chromium on the PATH.
fn chromium() -> PathBuf {
    if let Some(p) = std::env::var_os("AUN_CHROMIUM") {
        return PathBuf::from(p);
    }
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        if let Some(dir) = std::env::var_os("PATH")
            .iter()
            .flat_map(std::env::split_paths)
            .find(|d| d.join(name).is_file())
        {
            return dir.join(name);
        }
    }
    panic!("no chromium on the PATH: the page tests need a headless browser (`bash .ci/setup` installs Debian's chromium, or set AUN_CHROMIUM)");
}

/// The folder the screenshots are written to.
pub fn screenshots() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs the browser headless on `url` with `extra` flags and a new empty profile; returns stdout
/// and stderr. Fails the test after two minutes.
fn browse(url: &str, extra: &[&str]) -> (String, String) {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", chromium().display()));
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut out, &mut s).ok();
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut err, &mut s).ok();
        s
    });
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("the browser did not finish within two minutes on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    (out_t.join().unwrap(), err_t.join().unwrap())
}

fn url(page: &Path) -> String {
    format!("file://{}", page.display())
}

/// Opens the page with `#selftest` and returns what the page's hook found; fails on any console
/// message (the pages log nothing when all is well).
fn selftest(page: &Path) -> Value {
    let (dom, log) = browse(
        &format!("{}#selftest", url(page)),
        &["--virtual-time-budget=5000", "--dump-dom"],
    );
    let console: Vec<&str> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(console.is_empty(), "console messages: {console:#?}");
    let start = dom
        .find("<pre id=\"aun-selftest\">")
        .unwrap_or_else(|| panic!("the page's self-test did not run (a script error?):\n{log}"));
    let rest = &dom[start + "<pre id=\"aun-selftest\">".len()..];
    let json = &rest[..rest.find("</pre>").unwrap()];
    let json = json
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("self-test result {json}: {e}"))
}

/// Desktop and phone screenshots of the page into the screenshots folder.
fn screenshot(page: &Path, name: &str) {
    for (suffix, size) in [("desktop", "1100,1400"), ("phone", "390,1600")] {
        let png = screenshots().join(format!("{name}-{suffix}.png"));
        let _ = std::fs::remove_file(&png);
        browse(
            &url(page),
            &[
                &format!("--window-size={size}"),
                &format!("--screenshot={}", png.display()),
            ],
        );
        let len = std::fs::metadata(&png).map(|m| m.len()).unwrap_or(0);
        assert!(
            len > 5_000,
            "{}: no screenshot ({len} bytes)",
            png.display()
        );
    }
}

/// The page printed to PDF (print styles: no buttons, cards whole), into the screenshots folder.
fn print_pdf(page: &Path, name: &str) {
    let pdf = screenshots().join(format!("{name}.pdf"));
    let _ = std::fs::remove_file(&pdf);
    browse(
        &url(page),
        &[
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", pdf.display()),
        ],
    );
    let bytes = std::fs::read(&pdf).unwrap_or_default();
    assert!(
        bytes.starts_with(b"%PDF") && bytes.len() > 5_000,
        "{}: no PDF ({} bytes)",
        pdf.display(),
        bytes.len()
    );
}

/// Nothing the page would fetch: no scripts, styles, fonts or images from elsewhere.
fn assert_self_contained(html: &str) {
    for external in [
        "src=",
        "<link",
        "url(",
        "@import",
        "@font-face",
        "http://",
        "https://",
    ] {
        assert!(!html.contains(external), "the page refers to {external:?}");
    }
}

#[test]
fn refer_page_in_a_browser() {
    let wd = Workdir::new("pages-refer");
    let ex = repo_file("examples/export.csv").display().to_string();
    wd.run(&[
        "refer",
        &ex,
        "--format",
        "html",
        "-o",
        "today.html",
        "--now",
        NOW,
    ])
    .ok();
    let html = wd.read("today.html");
    assert_self_contained(&html);
    let got = selftest(&wd.path("today.html"));
    assert_eq!(got["errors"], serde_json::json!([]), "{got}");
    assert_eq!(got["cards"], 6, "{got}");
    assert_eq!(
        got["copy"], "ok",
        "the copy button hands the note over: {got}"
    );
    assert_eq!(got["button"], "Copied", "{got}");
    assert!(
        got["copied"]
            .as_str()
            .unwrap()
            .starts_with("Shared Follow-Up referral to Baltimore County Public Library."),
        "{got}"
    );
    // --redact: no address on the page, in the cards or the notes.
    wd.run(&[
        "refer",
        &ex,
        "--format",
        "html",
        "-o",
        "redacted.html",
        "--now",
        NOW,
        "--redact",
    ])
    .ok();
    let redacted = wd.read("redacted.html");
    assert!(html.contains("zoe.nguyen@gmail.com"));
    assert!(!redacted.contains("zoe.nguyen@gmail.com"), "{redacted}");
    assert!(redacted.contains("z***@g***.com"));
    screenshot(&wd.path("today.html"), "refer");
    print_pdf(&wd.path("today.html"), "refer");
}

#[test]
fn report_page_in_a_browser() {
    let wd = Workdir::new("pages-report");
    let ex = repo_file("examples/export.csv").display().to_string();
    wd.run(&[
        "followups",
        "record",
        &ex,
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ])
    .ok();
    wd.run(&[
        "followups",
        "done",
        "14000101",
        "14000108",
        "--at",
        "2025-03-04T10:00",
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ])
    .ok();
    wd.run(&[
        "followups",
        "done",
        "14000115",
        "--at",
        "2025-03-08T10:00",
        "--ledger",
        "l.jsonl",
        "--now",
        "2025-03-08T12:00",
    ])
    .ok();
    wd.run(&[
        "report",
        "--ledger",
        "l.jsonl",
        "--format",
        "html",
        "-o",
        "report.html",
        "--now",
        "2025-03-09T12:00",
    ])
    .ok();
    let html = wd.read("report.html");
    assert_self_contained(&html);
    let got = selftest(&wd.path("report.html"));
    assert_eq!(got["errors"], serde_json::json!([]), "{got}");
    assert_eq!(got["charts"], 3, "{got}");
    assert!(got["chart_marks"].as_u64().unwrap() >= 6, "{got}");
    screenshot(&wd.path("report.html"), "report");
    print_pdf(&wd.path("report.html"), "report");
}

/// A bidi override or isolate in a patron's data reaches the browser as a visible escape
/// (`\u{202e}`), so it cannot turn what the librarian reads the other way round.
#[test]
fn bidi_controls_reach_the_browser_escaped() {
    let wd = Workdir::new("pages-bidi");
    let export = std::fs::read_to_string(repo_file("examples/export.csv")).unwrap();
    // The first chat's id, shown in its card's heading: "moc.elpmaxe@eoj" reversed by an override.
    let spoofed = export.replacen(
        "\n14000101,",
        "\n\"14000101 \u{202e}moc.elpmaxe@eoj\u{202c} \u{2067}x\u{2069}\",",
        1,
    );
    assert_ne!(spoofed, export);
    wd.create("export.csv", spoofed);
    wd.run(&[
        "refer",
        "export.csv",
        "--format",
        "html",
        "-o",
        "bidi.html",
        "--now",
        NOW,
    ])
    .ok();
    let (dom, _) = browse(
        &url(&wd.path("bidi.html")),
        &["--virtual-time-budget=5000", "--dump-dom"],
    );
    for c in ['\u{202e}', '\u{202c}', '\u{2067}', '\u{2069}'] {
        assert!(!dom.contains(c), "{c:?} in the page's DOM");
    }
    assert!(
        dom.contains("Chat 14000101 \\u{202e}moc.elpmaxe@eoj\\u{202c} \\u{2067}x\\u{2069}</span>"),
        "{dom}"
    );
    let got = selftest(&wd.path("bidi.html"));
    assert_eq!(got["errors"], serde_json::json!([]), "{got}");
}
