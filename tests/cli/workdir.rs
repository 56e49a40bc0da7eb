//! A scratch directory to run `aun` in, in the spirit of xsv's Workdir, and the helpers every test
//! file shares: the repository's fixtures, runs with a time limit, stdout read as JSON or JSON Lines.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

static NEXT: AtomicUsize = AtomicUsize::new(0);

pub struct Workdir {
    pub dir: PathBuf,
}

#[allow(dead_code)] // each helper is used by some subcommand's tests
impl Workdir {
    /// A fresh, empty directory under the target directory, named after the test.
    pub fn new(name: &str) -> Workdir {
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
        let dir = root.join(format!("aun-it-{}-{name}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Workdir { dir }
    }

    /// Writes a file in the directory.
    pub fn create(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.dir.join(name);
        std::fs::write(&p, contents).unwrap();
        p
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.join(name)).unwrap()
    }

    /// An `aun` command run in the directory, with a clean environment for the AUN_ variables.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_aun"));
        cmd.current_dir(&self.dir).args(args);
        for (k, _) in std::env::vars() {
            if k.starts_with("AUN_") {
                cmd.env_remove(k);
            }
        }
        cmd.env_remove("NO_COLOR").stdin(Stdio::null());
        cmd
    }

    /// Runs `aun args…` and returns what happened.
    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(self.command(args).output().unwrap())
    }

    /// Runs `aun args…`, failing the test if it takes longer than `limit` (a hang is a bug).
    pub fn run_within(&self, args: &[&str], limit: Duration) -> Run {
        finish_within(self.command(args), limit)
    }

    /// A file of the directory read as JSON Lines, one value a line.
    #[track_caller]
    pub fn read_jsonl(&self, name: &str) -> Vec<Value> {
        json_lines(&self.read(name))
    }

    /// Runs `aun args…` with `stdin` as standard input.
    pub fn run_stdin(&self, args: &[&str], stdin: impl AsRef<[u8]>) -> Run {
        use std::io::Write;
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let input = stdin.as_ref().to_vec();
        let mut pipe = child.stdin.take().unwrap();
        let writer = std::thread::spawn(move || {
            let _ = pipe.write_all(&input);
        });
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap();
        Run::from(out)
    }
}

impl Drop for Workdir {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// The outcome of one run.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Run {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl Run {
    /// Asserts success and returns stdout.
    #[track_caller]
    pub fn ok(&self) -> &str {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        &self.stdout
    }

    /// Asserts the exit code and returns stderr.
    #[track_caller]
    pub fn fails(&self, code: i32) -> &str {
        assert_eq!(
            self.code, code,
            "expected exit {code}\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        &self.stderr
    }

    /// stdout parsed as JSON.
    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(self.ok())
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }

    /// stdout parsed as a JSON array of records (`--format json`).
    #[track_caller]
    pub fn rows(&self) -> Vec<Value> {
        match self.json() {
            Value::Array(rows) => rows,
            other => panic!("not an array: {other}"),
        }
    }

    /// stdout parsed as JSON Lines (`--format jsonl`), one record a line.
    #[track_caller]
    pub fn jsonl(&self) -> Vec<Value> {
        json_lines(self.ok())
    }
}

/// Text read as JSON Lines.
#[track_caller]
pub fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// Waits for a command (its stdout and stderr captured) and fails the test if it takes longer than
/// `limit`, killing it first.
pub fn finish_within(mut cmd: Command, limit: Duration) -> Run {
    let child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    // Read by another thread, so a child that fills its pipes is not mistaken for a hang.
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(limit) {
        Ok(out) => Run::from(out.unwrap()),
        Err(_) => {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            panic!("{cmd:?} still running after {limit:?}");
        }
    }
}

#[allow(dead_code)]
pub fn repo_file(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// The path of a file under tests/fixtures/, as an argument to `aun`.
pub fn fixture(rel: &str) -> String {
    repo_file(&format!("tests/fixtures/{rel}"))
        .to_string_lossy()
        .into_owned()
}
