//! The docs cannot drift from the binary: README examples run as tests; completions, the man page
//! and every subcommand's help are checked against the clap definitions.

use crate::workdir::Workdir;

/// Every subcommand, as `aun --help` lists them.
fn subcommands() -> Vec<String> {
    let wd = Workdir::new("subs");
    let help = wd.run(&["--help"]).ok().to_string();
    let list = help
        .split("Commands:")
        .nth(1)
        .unwrap()
        .split("\n\n")
        .next()
        .unwrap()
        .to_string();
    list.lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(String::from)
        .collect()
}

#[test]
fn readme_examples_run() {
    trycmd::TestCases::new()
        .register_bin("aun", std::path::PathBuf::from(env!("CARGO_BIN_EXE_aun")))
        .env("NO_COLOR", "1")
        .case("README.md")
        .case("docs/*.md");
}

#[test]
fn completions_know_every_subcommand() {
    let wd = Workdir::new("completions");
    let subs = subcommands();
    assert!(subs.len() >= 7, "{subs:?}");
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let script = wd.run(&["completions", shell]).ok().to_string();
        for s in &subs {
            assert!(script.contains(s.as_str()), "{shell} completion lacks {s}");
        }
    }
}

#[test]
fn the_man_page_has_a_section_per_subcommand() {
    let wd = Workdir::new("man");
    let page = wd.run(&["man"]).ok().to_string();
    assert!(
        page.starts_with(".ie") || page.contains(".TH aun"),
        "roff expected"
    );
    for s in subcommands() {
        assert!(
            page.contains(&format!(".SH \"AUN {}\"", s.to_uppercase())),
            "man page lacks {s}"
        );
    }
}

#[test]
fn every_subcommand_help_shows_an_example() {
    let wd = Workdir::new("help");
    for s in subcommands() {
        let help = wd.run(&[s.as_str(), "--help"]).ok().to_string();
        let has_example = help.contains("Examples:") || help.contains("Commands:");
        assert!(has_example, "`aun {s} --help` shows no example:\n{help}");
    }
}
