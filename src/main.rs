//! The `aun` binary: parse the command line, run the command, map the result to an exit code.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    return_long_buffers();
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

/// Makes glibc map every allocation of 256 KiB or more on its own and unmap it when freed. By
/// default the threshold rises to the largest block freed so far, after which a long record's
/// buffers stay in the freeing thread's arena: each worker would keep a few megabytes for the
/// rest of the run, against a memory bound of 32 MiB. The usual buffers are smaller or reused.
fn return_long_buffers() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a parameter of the allocator, before any thread starts.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 256 << 10);
    }
}
