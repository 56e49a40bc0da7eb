//! `aun train` and `aun eval` end to end.

use crate::workdir::{repo_file, Workdir};

#[test]
fn train_learns_a_model_that_eval_can_use() {
    let wd = Workdir::new("learning_train");
    let file = repo_file("tests/corpus/train/a_libchat.csv");
    let file = file.to_str().unwrap();
    wd.run(&["train", "-q", "-o", "model.tsv", file]).ok();
    let model = wd.read("model.tsv");
    assert!(model.starts_with("# The category model of aun"), "{model}");
    // On the chats it learned from, the model gets every category right.
    let out = wd
        .run(&["eval", file, "--model", "model.tsv"])
        .ok()
        .to_string();
    let last = out.lines().last().unwrap_or("");
    assert!(last.contains("category 66/66 (100.0%)"), "{last}");
}

#[test]
fn eval_measures_a_labelled_export() {
    let wd = Workdir::new("learning_eval");
    let file = repo_file("tests/corpus/train/a_libchat.csv");
    let run = wd.run(&["eval", file.to_str().unwrap()]);
    let out = run.ok();
    let last = out.lines().last().unwrap_or("");
    assert!(last.starts_with("matched 66/66 · rule "), "{last}");
    for field in ["category", "local", "email", "review"] {
        assert!(last.contains(field), "{last}");
    }
}

#[test]
fn eval_under_redact_masks_the_addresses_its_misses_quote() {
    let wd = Workdir::new("learning_eval_redact");
    wd.create(
        "ev.csv",
        "id,started_at,resolution,transcript\n\
         E1,2025-03-04T10:00,Follow Up By Patron Library,\"Patron: email me jane.doe@example.com\"\n",
    );
    wd.create(
        "ev.csv.labels.csv",
        "chat_id,email,category,subject,local_library,rule,destination\n\
         E1,other.person@example.com,other,none,,default,AUN\n",
    );
    for format in ["table", "json"] {
        let out = wd.run(&["eval", "ev.csv", "--redact", "--format", format]);
        let out = out.ok();
        assert!(
            out.contains("j***@e***.com") && out.contains("o***@e***.com"),
            "{out}"
        );
        assert!(
            !out.contains("jane.doe") && !out.contains("other.person"),
            "{out}"
        );
    }
}

#[test]
fn train_learns_no_patron_s_name_address_or_phone_number() {
    let wd = Workdir::new("learning_personal");
    // A patron who writes six times, and five others who ask the same thing their own way.
    let mut export = String::from("id,started_at,resolution,transcript\n");
    let mut labels =
        String::from("chat_id,email,category,subject,local_library,rule,destination\n");
    for i in 0..6 {
        export.push_str(&format!(
            "P{i},2025-03-04T10:00,Follow Up By Patron Library,\"Guest{i}: this is Zebulon \
             Quackenbush, renew my book please, email zebulon.quackenbush@hotmail.com or \
             zeb dot q at yahoo dot com, phone 240-555-0199\"\n"
        ));
        labels.push_str(&format!(
            "P{i},zebulon.quackenbush@hotmail.com,circulation,none,,default,AUN\n"
        ));
        export.push_str(&format!(
            "Q{i},2025-03-04T10:00,Follow Up By Patron Library,\"Guest: can I renew my book \
             online, mail me at reader{i}@example.org or call (301) 555-01{i}{i}\"\n"
        ));
        labels.push_str(&format!(
            "Q{i},reader{i}@example.org,circulation,none,,default,AUN\n"
        ));
    }
    wd.create("rep.csv", &export);
    wd.create("rep.csv.labels.csv", &labels);
    wd.run(&["train", "-q", "-o", "model.tsv", "rep.csv"]).ok();
    let model = wd.read("model.tsv").to_lowercase();
    assert!(model.contains("\np:renew\t"), "{model}");
    for word in [
        "zebulon",
        "quackenbush",
        "hotmail",
        "yahoo",
        "zeb ",
        "example",
        "reader",
        "555",
        "0199",
        "240",
        "301",
    ] {
        assert!(!model.contains(word), "{word:?} in the model:\n{model}");
    }
}

#[test]
fn evidence_under_redact_shows_no_piece_of_an_address_or_a_number() {
    let wd = Workdir::new("learning_evidence_redact");
    wd.create(
        "ev.csv",
        "id,started_at,resolution,transcript\n\
         A1,2025-03-04T11:00,Follow Up By Patron Library,\"Guest: my yahoo account cannot open \
         the database article, reach me at bob dot smith at yahoo dot com or 410.555.9876\"\n\
         A2,2025-03-04T11:00,Follow Up By Patron Library,\"Guest: the gmail link to the full \
         text article fails off campus, mail kim.lee@gmail.com or call 301-555-1234\"\n\
         A3,2025-03-04T11:00,Follow Up By Patron Library,\"Guest: how do i print at the branch, \
         mail kim.lee@gmail.com or call 301-555-1234\"\n",
    );
    let evidence = |redact: bool| {
        let mut args = vec!["triage", "ev.csv", "--format", "jsonl"];
        if redact {
            args.push("--redact");
        }
        let out = wd.run(&args).ok().to_string();
        out.lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                v["category_evidence"].to_string()
            })
            .collect::<Vec<_>>()
    };
    let pieces = [
        "yahoo", "gmail", "dot", "com", "bob", "smith", "kim", "lee", "555", "410", "301",
    ];
    let piece_in = |e: &str| {
        pieces
            .iter()
            .any(|p| e.contains(&format!("\"{p}")) || e.contains(&format!("{p}\"")))
    };
    let (plain, masked) = (evidence(false), evidence(true));
    // The words of an address are none of the model's features, shown or not.
    let address_piece = |e: &str| {
        ["bob", "smith", "kim", "lee", "dot"]
            .iter()
            .any(|p| e.contains(&format!("\"{p}")) || e.contains(&format!("{p}\"")))
    };
    for e in &plain {
        assert!(!address_piece(e), "{e}");
    }
    for e in &masked {
        assert!(!piece_in(e), "{e}");
    }
    for e in &masked[..2] {
        assert!(e.contains("article"), "{e}");
    }
}

/// The training files as `train/retrain.sh` lists them (keep the two in step): the rendered chats
/// of train/, then the training part of the corpus, sorted.
fn training_files() -> Vec<String> {
    let mut files: Vec<String> = [
        "libchat.csv",
        "h3lp.csv",
        "questionpoint.json",
        "tickets.jsonl",
    ]
    .iter()
    .map(|f| format!("train/{f}"))
    .collect();
    let mut corpus: Vec<String> = std::fs::read_dir(repo_file("tests/corpus/train"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| {
            [".csv", ".json", ".jsonl", ".tsv", ".txt"]
                .iter()
                .any(|x| n.ends_with(x))
                && !n.ends_with(".labels.csv")
        })
        .map(|n| format!("tests/corpus/train/{n}"))
        .collect();
    corpus.sort();
    files.extend(corpus);
    files
}

#[test]
fn shipped_model_is_what_train_learns_from_the_training_chats() {
    let wd = Workdir::new("learning_shipped");
    let out = wd.path("model.tsv");
    let mut args = vec!["train", "-q", "-o", out.to_str().unwrap()];
    let files = training_files();
    args.extend(files.iter().map(|f| f.as_str()));
    // Run from the repository's root, as train/retrain.sh does: the file names are in the model.
    let mut cmd = wd.command(&args);
    cmd.current_dir(repo_file(""));
    let run = cmd.output().unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let learned = std::fs::read(&out).unwrap();
    let shipped = std::fs::read(repo_file("data/category_model.tsv")).unwrap();
    // Not assert_eq: the files are thousands of lines; say where they part.
    if learned != shipped {
        let (a, b) = (
            String::from_utf8_lossy(&learned),
            String::from_utf8_lossy(&shipped),
        );
        let line = a.lines().zip(b.lines()).position(|(x, y)| x != y);
        panic!(
            "data/category_model.tsv is stale: run train/retrain.sh (first difference at line {}: \
             learned {:?}, shipped {:?})",
            line.map_or(a.lines().count().min(b.lines().count()) + 1, |l| l + 1),
            line.and_then(|l| a.lines().nth(l)),
            line.and_then(|l| b.lines().nth(l)),
        );
    }
}

#[test]
fn eval_lists_as_many_misses_as_asked_in_every_format() {
    let wd = Workdir::new("learning_eval_misses");
    wd.create(
        "ev.csv",
        "id,started_at,resolution,transcript\n\
         E1,2025-03-04T10:00,Follow Up By Patron Library,\"Patron: email me a@example.com\"\n\
         E2,2025-03-04T10:00,Follow Up By Patron Library,\"Patron: email me b@example.com\"\n",
    );
    wd.create(
        "ev.csv.labels.csv",
        "chat_id,email,category,subject,local_library,rule,destination\n\
         E1,x@example.com,other,none,,default,AUN\n\
         E2,y@example.com,other,none,,default,AUN\n",
    );
    let json = |n: &str| -> serde_json::Value {
        let out = wd.run(&["eval", "ev.csv", "--format", "json", "--misses", n]);
        serde_json::from_str(out.ok()).unwrap()
    };
    // A miss is one field of one chat: both chats miss their e-mail at least.
    let total = json("99")["misses"].as_array().unwrap().len();
    assert!(total >= 2, "{total}");
    for (n, listed) in [("0", 0), ("1", 1), ("99", total)] {
        let v = json(n);
        assert_eq!(v["misses"].as_array().unwrap().len(), listed, "{n}");
        assert_eq!(v["misses_total"], total, "{n}");
    }
    let table = wd
        .run(&["eval", "ev.csv", "--misses", "0"])
        .ok()
        .to_string();
    assert!(!table.contains("E1") && !table.contains("E2"), "{table}");
}
