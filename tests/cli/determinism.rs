//! The same export gives the same bytes: whatever the number of worker threads, run after run.
//! Workers finish in any order and the model's evidence is sorted by weight, so a tie broken by
//! chance, or a row written out of order, would show here.

use crate::workdir::{repo_file, Workdir};

const NOW: &str = "2026-06-01T12:00:00-04:00";

/// Every labelled corpus export: hundreds of chats in four export styles.
fn corpus() -> Vec<String> {
    let mut files = Vec::new();
    for split in ["train", "heldout"] {
        for name in [
            "a_libchat.csv",
            "a_h3lp.csv",
            "b_questionpoint.json",
            "b_tickets.jsonl",
        ] {
            files.push(
                repo_file(&format!("tests/corpus/{split}/{name}"))
                    .to_string_lossy()
                    .into_owned(),
            );
        }
    }
    files
}

#[test]
fn triage_and_refer_do_not_depend_on_threads_or_run() {
    let wd = Workdir::new("determinism");
    for file in corpus() {
        for command in [&["triage", "--all"][..], &["refer"][..]] {
            let run = |threads: &str| {
                let mut args = command.to_vec();
                args.extend_from_slice(&[file.as_str(), "--now", NOW, "--threads", threads]);
                args.extend_from_slice(&["--format", "jsonl"]);
                wd.run(&args).ok().to_string()
            };
            let first = run("1");
            assert!(!first.is_empty(), "{command:?} {file}: no output");
            for threads in ["1", "7"] {
                assert!(
                    run(threads) == first,
                    "{command:?} {file}: output differs with --threads {threads}"
                );
            }
        }
    }
}
