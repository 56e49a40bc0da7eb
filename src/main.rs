//! The `aun` binary: parse the command line, run the command, map the result to an exit code.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = <cli::Cli as clap::Parser>::parse();
    let redact = cli.global.redact;
    match cli::run(cli) {
        Ok(code) => code.into(),
        Err(e) if cli::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            cli::say(format!("{e:#}"), redact);
            ExitCode::from(cli::Exit::Failure as u8)
        }
    }
}
