//! Writing files: through FIFOs and devices, through symlinks, keeping the mode, never over an
//! input, no temporary file left by a signal, and the overrides file locked while it is rewritten.

use crate::workdir::Workdir;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::time::{Duration, Instant};

const EXPORT: &str = "id,started_at,resolution,library,patron_email,question,transcript\n\
1001,2026-11-20T10:00:00-05:00,Follow Up By Patron Library,Maryland AskUsNow! Public Library,pat@example.org,How do I renew?,I have a BCPL card\n";

fn mode(p: &std::path::Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o7777
}

/// This process's umask (Linux: /proc/self/status), which the child aun inherits.
fn umask() -> u32 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("Umask:")).unwrap();
    u32::from_str_radix(line.split_whitespace().nth(1).unwrap(), 8).unwrap()
}

#[test]
fn output_goes_through_a_fifo_to_its_reader() {
    let wd = Workdir::new("fifo");
    let fifo = wd.path("pipe");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let (tx, rx) = std::sync::mpsc::channel();
    let reader_path = fifo.clone();
    std::thread::spawn(move || {
        let _ = tx.send(std::fs::read_to_string(reader_path));
    });
    let out = wd.run(&["schedule", "show", "--format", "json", "-o", "pipe"]);
    out.ok();
    let got = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("the FIFO's reader never got the output")
        .unwrap();
    assert!(got.starts_with('['), "{got}");
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

/// `-o /dev/stdout` writes to whatever stdout is: a pipe (no file behind the link) or a file.
#[test]
fn output_to_dev_stdout_goes_through() {
    let wd = Workdir::new("dev-stdout");
    let out = wd.run(&["schedule", "show", "--format", "json", "-o", "/dev/stdout"]);
    assert!(out.ok().starts_with('['), "{}", out.stdout);
    let file = std::fs::File::create(wd.path("captured.json")).unwrap();
    let status = wd
        .command(&["schedule", "show", "--format", "json", "-o", "/dev/stdout"])
        .stdout(file)
        .status()
        .unwrap();
    assert!(status.success());
    assert!(wd.read("captured.json").starts_with('['));
}

#[test]
fn a_symlink_is_followed_and_modes_are_kept_or_follow_the_umask() {
    let wd = Workdir::new("symlink-out");
    let real = wd.create("real.json", "old\n");
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
    std::os::unix::fs::symlink("real.json", wd.path("link.json")).unwrap();
    wd.run(&["schedule", "show", "--format", "json", "-o", "link.json"])
        .ok();
    assert!(std::fs::symlink_metadata(wd.path("link.json"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(wd.read("real.json").starts_with('['));
    assert_eq!(mode(&real), 0o640, "the rewritten file keeps its mode");
    wd.run(&["schedule", "show", "--format", "json", "-o", "new.json"])
        .ok();
    assert_eq!(mode(&wd.path("new.json")), 0o666 & !umask());
}

#[test]
fn output_never_replaces_an_input() {
    let wd = Workdir::new("out-is-input");
    wd.create("export.csv", EXPORT);
    std::os::unix::fs::symlink("export.csv", wd.path("alias.csv")).unwrap();
    for (cmd, target) in [
        ("triage", "export.csv"),
        ("refer", "export.csv"),
        ("triage", "alias.csv"),
        ("triage", "./export.csv"),
    ] {
        let e = wd
            .run(&[cmd, "export.csv", "--format", "csv", "-o", target])
            .fails(1)
            .to_string();
        assert!(e.contains("that is the input"), "{cmd} -o {target}: {e}");
        assert_eq!(wd.read("export.csv"), EXPORT, "{cmd} -o {target}");
    }
    wd.create("s.csv", "day,start,end,library\nmon,09:00,13:00,BCPL\n");
    let e = wd
        .run(&["--schedule", "s.csv", "schedule", "show", "-o", "s.csv"])
        .fails(1)
        .to_string();
    assert!(e.contains("that is the input s.csv"), "{e}");
    assert!(wd.read("s.csv").starts_with("day,start"));
    // The remind state is the run's own file.
    let state = r#"{"version":1,"last_run":"2026-11-26T17:00:00Z","sent":{}}"#;
    wd.create("state.json", state);
    let e = wd
        .run(&[
            "remind",
            "--state",
            "state.json",
            "--at",
            "2026-11-26T13:07",
            "--format",
            "json",
            "-o",
            "state.json",
        ])
        .fails(1)
        .to_string();
    assert!(
        e.contains("that is the remind state file state.json"),
        "{e}"
    );
}

/// Stdin can be read once: a second input given as `-` is refused for what it is, not taken for
/// an empty file.
#[test]
fn stdin_given_for_two_inputs_is_refused() {
    let wd = Workdir::new("stdin-twice");
    let schedule = "day,start,end,library\nthu,13:00,17:00,FCPL\n";
    for args in [
        &[
            "--schedule",
            "-",
            "--overrides",
            "-",
            "who-covers",
            "--at",
            "2026-11-26T14:00",
        ][..],
        &[
            "--directory",
            "-",
            "--schedule",
            "-",
            "who-covers",
            "--at",
            "2026-11-26T14:00",
        ][..],
    ] {
        let e = wd.run_stdin(args, schedule).fails(1).to_string();
        assert!(
            e.contains("standard input is given for two inputs"),
            "{args:?}: {e}"
        );
    }
    // One input from stdin is read as ever.
    let out = wd.run_stdin(
        &["--schedule", "-", "who-covers", "--at", "2026-11-26T14:00"],
        schedule,
    );
    assert!(out.ok().starts_with("FCPL"));
}

/// The ledger and remind's state are kept between runs: `-` is refused for them, where it used to
/// be read as a file named "-" that did not exist yet, so `remind` escalated nothing.
#[test]
fn stdin_is_not_a_ledger_or_a_state_file() {
    let wd = Workdir::new("stdin-ledger");
    for args in [
        &["remind", "--dry-run", "--ledger", "-"][..],
        &["remind", "--dry-run", "--state", "-"][..],
        &["followups", "list", "--ledger", "-"][..],
        &["report", "--ledger", "-"][..],
    ] {
        let e = wd.run_stdin(args, "").fails(2).to_string();
        assert!(e.contains("stdin cannot be it"), "{args:?}: {e}");
    }
    let mut cmd = wd.command(&["followups", "list"]);
    let out = crate::workdir::Run::from(cmd.env("AUN_LEDGER", "-").output().unwrap());
    assert!(out.fails(2).contains("stdin cannot be it"));
}

/// The follow-up ledger and the remind state are the run's own files, whether they are there
/// already or about to be made: `-o` naming one is refused, and the file is left as it was.
#[test]
fn output_never_replaces_the_ledger_or_the_state() {
    let wd = Workdir::new("out-is-ledger");
    wd.create("export.csv", EXPORT);
    let now = ["--now", "2026-11-21T12:00:00-05:00"];
    // A ledger with history, reached as written, through `./`, and through a link.
    wd.run(
        &[
            &[
                "followups",
                "record",
                "export.csv",
                "--ledger",
                "ledger.jsonl",
            ][..],
            &now[..],
        ]
        .concat(),
    )
    .ok();
    let history = wd.read("ledger.jsonl");
    std::os::unix::fs::symlink("ledger.jsonl", wd.path("alias.jsonl")).unwrap();
    for (args, target) in [
        (
            &[
                "refer",
                "export.csv",
                "--record",
                "--ledger",
                "ledger.jsonl",
            ][..],
            "ledger.jsonl",
        ),
        (
            &[
                "refer",
                "export.csv",
                "--record",
                "--ledger",
                "ledger.jsonl",
            ][..],
            "./alias.jsonl",
        ),
        (
            &[
                "followups",
                "record",
                "export.csv",
                "--ledger",
                "ledger.jsonl",
            ][..],
            "ledger.jsonl",
        ),
        (
            &["followups", "list", "--ledger", "ledger.jsonl"][..],
            "ledger.jsonl",
        ),
        (&["report", "--ledger", "ledger.jsonl"][..], "ledger.jsonl"),
    ] {
        let e = wd
            .run(&[args, &now[..], &["-o", target][..]].concat())
            .fails(1)
            .to_string();
        assert!(
            e.contains("that is the follow-up ledger ledger.jsonl"),
            "{args:?} -o {target}: {e}"
        );
        assert_eq!(wd.read("ledger.jsonl"), history, "{args:?} -o {target}");
    }
    // A ledger or state file the run would make is its own too: nothing is written.
    let e = wd
        .run(
            &[
                &[
                    "refer",
                    "export.csv",
                    "--record",
                    "--ledger",
                    "new.jsonl",
                    "-o",
                    "new.jsonl",
                ][..],
                &now[..],
            ]
            .concat(),
        )
        .fails(1)
        .to_string();
    assert!(e.contains("that is the follow-up ledger new.jsonl"), "{e}");
    let e = wd
        .run(&[
            "remind",
            "--state",
            "new-state.json",
            "--at",
            "2026-11-26T13:07",
            "--format",
            "json",
            "-o",
            "new-state.json",
        ])
        .fails(1)
        .to_string();
    assert!(
        e.contains("that is the remind state file new-state.json"),
        "{e}"
    );
}

/// SIGINT or SIGTERM in the middle of a long `-o` leaves neither the temporary file (patron data)
/// nor a changed output.
#[test]
fn a_signal_removes_the_temporary_file() {
    use std::io::Write;
    for signal in ["TERM", "INT"] {
        let wd = Workdir::new("signal");
        wd.create("out.jsonl", "previous\n");
        let mut child = wd
            .command(&[
                "triage",
                "-",
                "--input-format",
                "csv",
                "--format",
                "jsonl",
                "-o",
                "out.jsonl",
                "--now",
                "2026-11-23T12:00:00Z",
            ])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(EXPORT.as_bytes()).unwrap();
        let tmp_exists = || {
            std::fs::read_dir(&wd.dir)
                .unwrap()
                .any(|e| e.unwrap().file_name().to_string_lossy().ends_with(".tmp"))
        };
        let started = Instant::now();
        while !tmp_exists() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "no temporary file"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        let kill = std::process::Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status()
            .unwrap();
        assert!(kill.success());
        let status = child.wait().unwrap();
        drop(stdin);
        assert!(!status.success(), "SIG{signal}: {status:?}");
        assert!(!tmp_exists(), "SIG{signal} left the temporary file");
        assert_eq!(wd.read("out.jsonl"), "previous\n");
    }
}

fn add_args(date: &str) -> Vec<String> {
    [
        "--overrides",
        "o.csv",
        "schedule",
        "override",
        "add",
        "--date",
        date,
        "--kind",
        "absent",
        "--library",
        "BCPL",
        "--block",
        "09:00-13:00",
        "--reason",
        "training",
    ]
    .map(String::from)
    .to_vec()
}

/// Ten `override add` at once: every line is kept (each run holds the lock for its rewrite).
#[test]
fn concurrent_override_adds_lose_nothing() {
    let wd = Workdir::new("override-lock");
    let mondays = [
        "2026-12-07",
        "2026-12-14",
        "2026-12-21",
        "2026-12-28",
        "2027-01-04",
        "2027-01-11",
        "2027-01-18",
        "2027-01-25",
        "2027-02-01",
        "2027-02-08",
    ];
    wd.run(
        &add_args(mondays[0])
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    )
    .ok();
    let children: Vec<_> = mondays[1..]
        .iter()
        .map(|d| {
            let args = add_args(d);
            wd.command(&args.iter().map(String::as_str).collect::<Vec<_>>())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let text = wd.read("o.csv");
    for d in mondays {
        assert!(text.contains(d), "{d} was lost:\n{text}");
    }
    assert_eq!(text.lines().count(), 11, "{text}");
}

#[test]
fn override_add_through_a_symlink_updates_the_real_file() {
    let wd = Workdir::new("override-symlink");
    std::fs::create_dir(wd.path("shared")).unwrap();
    std::os::unix::fs::symlink("shared/overrides.csv", wd.path("o.csv")).unwrap();
    for d in ["2026-12-07", "2026-12-14"] {
        wd.run(&add_args(d).iter().map(String::as_str).collect::<Vec<_>>())
            .ok();
    }
    assert!(std::fs::symlink_metadata(wd.path("o.csv"))
        .unwrap()
        .file_type()
        .is_symlink());
    let text = wd.read("shared/overrides.csv");
    assert!(
        text.contains("2026-12-07") && text.contains("2026-12-14"),
        "{text}"
    );
}

/// An input read from stdin (`-`) that is a file redirected in (`< export.csv`) is that file: `-o`
/// naming it (by its path, or as `/dev/stdin`) is refused like any input.
#[test]
fn output_never_replaces_a_file_given_on_stdin() {
    let wd = Workdir::new("out-is-stdin");
    wd.create("export.csv", EXPORT);
    wd.create("s.csv", "day,start,end,library\nmon,09:00,13:00,BCPL\n");
    for (args, input) in [
        (
            &["triage", "-", "--format", "csv", "-o", "export.csv"][..],
            "export.csv",
        ),
        (
            &["triage", "-", "--format", "csv", "-o", "/dev/stdin"][..],
            "export.csv",
        ),
        (
            &[
                "--schedule",
                "-",
                "schedule",
                "show",
                "--format",
                "csv",
                "-o",
                "/dev/stdin",
            ][..],
            "s.csv",
        ),
    ] {
        let before = wd.read(input);
        let out = wd
            .command(args)
            .stdin(std::fs::File::open(wd.path(input)).unwrap())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains("that is the input <stdin>"), "{args:?}: {err}");
        assert_eq!(wd.read(input), before, "{args:?}");
    }
}

/// A temporary file that cannot grow (a full $TMPDIR; here, a limit on the size of the files the
/// run writes) fails the run with an error that names the temporary file's directory and
/// $TMPDIR, in every command that sorts or holds its output there: a bare "No space left on
/// device" reads as if the output's own disk were full.
#[test]
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn a_temporary_file_that_cannot_grow_is_named_with_its_directory() {
    use std::os::unix::process::CommandExt;
    let wd = Workdir::new("temporary-file-full");
    let mut export = String::from("id,started_at,resolution,library,patron_email,question\n");
    for i in 0..12_000 {
        export.push_str(&format!(
            "{i},2026-11-20T10:00:00-05:00,Follow Up By Patron Library,Maryland AskUsNow! Public Library,pat{i}@example.org,How do I renew a book I borrowed from the Frederick library last month?\n"
        ));
    }
    wd.create("big.csv", &export);
    let tmp = wd.path("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let limited = |args: &[&str]| {
        let mut cmd = wd.command(args);
        cmd.env("TMPDIR", &tmp);
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                // Past 1 MiB a write fails (EFBIG) instead of raising SIGXFSZ.
                libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
                let limit = libc::rlimit {
                    rlim_cur: 1 << 20,
                    rlim_max: 1 << 20,
                };
                if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        crate::workdir::Run::from(cmd.output().unwrap())
    };
    let now = "2026-11-21T12:00-05:00";
    for args in [
        &["refer", "big.csv", "--now", now, "--format", "html"][..],
        &[
            "refer", "big.csv", "--now", now, "--format", "csv", "--record", "--ledger", "l.jsonl",
        ],
    ] {
        let run = limited(args);
        assert_eq!(run.code, 1, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr
                .contains(&format!("writing a temporary file in {}", tmp.display()))
                && run.stderr.contains("TMPDIR"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(run.stdout.is_empty(), "{args:?}");
    }
    assert!(!wd.path("l.jsonl").exists(), "nothing recorded");

    // A ledger larger than the memory budget is sorted through a temporary file to be folded.
    let recorded = wd.run(&[
        "refer",
        "big.csv",
        "--now",
        now,
        "--record",
        "--ledger",
        "big.jsonl",
        "-o",
        "r.csv",
    ]);
    assert_eq!(recorded.code, 0, "{}", recorded.stderr);
    for args in [
        &["report", "--ledger", "big.jsonl", "--now", now][..],
        &["followups", "list", "--ledger", "big.jsonl", "--now", now],
    ] {
        let run = limited(args);
        assert_eq!(run.code, 1, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr
                .contains(&format!("writing a temporary file in {}", tmp.display())),
            "{args:?}: {}",
            run.stderr
        );
    }
}

/// The ledger and the remind state file are files aun reads and then appends to or replaces: a
/// FIFO, a device or a directory given as one is refused at once, naming it, as `-` is (a FIFO
/// waited for a writer for ever, under the lock, and a cron job hung).
#[test]
fn a_ledger_or_state_that_is_no_file_is_refused() {
    let wd = Workdir::new("ledger-fifo");
    assert!(std::process::Command::new("mkfifo")
        .arg(wd.path("pipe"))
        .status()
        .unwrap()
        .success());
    std::fs::create_dir(wd.path("folder")).unwrap();
    let ex = crate::workdir::repo_file("examples/export.csv")
        .display()
        .to_string();
    let now = "2025-03-05T11:00-05:00";
    for (file, kind) in [
        ("pipe", "a FIFO"),
        ("folder", "a directory"),
        ("/dev/null", "a device"),
    ] {
        let runs: [&[&str]; 5] = [
            &["followups", "list", "--ledger", file],
            &["followups", "record", &ex, "--ledger", file],
            &["report", "--ledger", file],
            &["remind", "--ledger", file, "--dry-run"],
            &["remind", "--state", file],
        ];
        for args in runs {
            let mut argv = args.to_vec();
            argv.extend(["--now", now]);
            let out = wd.run_within(&argv, Duration::from_secs(20));
            let err = out.fails(2);
            assert!(
                err.contains(&format!("{file}: {kind}, not a file")),
                "{args:?}: {err}"
            );
        }
    }
}
