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
