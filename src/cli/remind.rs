//! `aun remind`: the reminders a cron job sends, each once.

use super::reading::{reading_notes, report_skipped, ChatPipeline, ExportArgs};
use super::{Ctx, Exit};
use anyhow::{bail, Context, Result};
use aun::directory::Directory;
use aun::io::spill::{Sorter, BUDGET};
use aun::output::Format;
use aun::referral::{Options as ReferOptions, Referrer};
use aun::remind::deadline::{deadline_item, DeadlineItem};
use aun::remind::duty::on_duty_at;
use aun::remind::mail::{
    header_text, parse_from, wire_address, Mailbox, Mailer, SmtpServer, SmtpTls, DEFAULT_FROM,
};
use aun::remind::state::{State, StateLock};
use aun::remind::{
    due_reminders, escalation, missed_reminders, read_sent, select, Mode, Reminder, Request,
    Waiting, MAX_SPAN,
};
use aun::time::{format_duration, parse_duration, parse_instant};
use chrono::{DateTime, Duration, Utc};
use clap::Args;
use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;

pub const EXAMPLES: &str = "\
Examples:
  aun remind --state /var/lib/aun/remind.json               # from cron, every 15 minutes
  aun remind --state remind.json --dry-run                   # what would go out now
  aun remind --at 2026-11-26T13:07 --window 15m              # stateless: FCPL's 1st check
  aun remind --state remind.json --directory contacts.csv \\
      --send smtp://mail.example.org:587 --from aun@example.org
  aun remind --state remind.json --export today.csv           # + chats due soon or overdue
  aun remind --digest --state digest.json --directory contacts.csv --sendmail
  aun remind --state remind.json --ledger ledger.jsonl        # + escalations of missed referrals

With --state, a reminder is sent once: a run catches up on moments since --catch-up ago that were
not sent yet. Without it, a run sends the moments in (at - window, at].
E-mail goes to each recipient's contact_email in the directory; SMTP credentials come from
AUN_SMTP_USER and AUN_SMTP_PASSWORD. A reminder that cannot be delivered (no contact, a refused
message) is reported on stderr and the run exits 1; the others are still sent and recorded.";

#[derive(Debug, Args)]
pub struct RemindArgs {
    /// State file of what was sent (JSON); makes every reminder go out once
    #[arg(long, value_name = "FILE", env = "AUN_REMIND_STATE", value_parser = super::kept_file)]
    pub state: Option<PathBuf>,

    /// With --state: how far back a run catches up on reminders it missed (at most 7d)
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "2h",
        requires = "state"
    )]
    pub catch_up: String,

    /// The instant of the run (default: --now, or the clock)
    #[arg(long, value_name = "INSTANT")]
    pub at: Option<String>,

    /// Without --state: send the moments in (at - window, at]; match the cron interval
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "15m",
        conflicts_with = "state"
    )]
    pub window: String,

    /// Print what would be sent; send nothing, record nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Chat export (CSV/JSON; - for stdin): remind libraries of chats due soon or overdue
    #[arg(long, value_name = "FILE")]
    pub export: Option<String>,

    /// How --export is read, as in triage: --columns, --lenient, --vocabulary, --threads
    #[command(flatten)]
    pub read: ExportArgs,

    /// How long before its 72-hour deadline a chat counts as due soon
    #[arg(long, value_name = "DURATION", default_value = "24h")]
    pub soon: String,

    /// The coordinators' daily digest (today's duties, gaps, chats about to miss 72 hours)
    #[arg(long)]
    pub digest: bool,

    /// Deliver by SMTP: smtp://host:port (or smtps://host:port)
    #[arg(long, value_name = "URL", conflicts_with = "sendmail")]
    pub send: Option<String>,

    /// How --send secures the connection [default: starttls; tls for smtps://]
    #[arg(long, value_enum, value_name = "MODE", requires = "send")]
    pub smtp_tls: Option<SmtpTls>,

    /// How long --send waits for the SMTP server to answer before giving up on it
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "30s",
        requires = "send"
    )]
    pub smtp_timeout: String,

    /// Deliver through the local sendmail program
    #[arg(long)]
    pub sendmail: bool,

    /// The sendmail program --sendmail runs
    #[arg(
        long,
        value_name = "PATH",
        default_value = "sendmail",
        requires = "sendmail"
    )]
    pub sendmail_command: String,

    /// Sender of the e-mail: address or "Name <address>"
    #[arg(long, value_name = "ADDRESS", env = "AUN_REMIND_FROM", default_value = DEFAULT_FROM)]
    pub from: String,

    /// How long to wait for another run's lock on the state file before failing
    #[arg(long, value_name = "DURATION", default_value = "30s")]
    pub lock_wait: String,

    /// The follow-up ledger: answered chats are not announced, and a referral with no answer by
    /// its deadline is escalated to the destination's contact and the coordinators, once
    #[command(flatten)]
    pub ledger: super::followups::LedgerArgs,
}

pub fn run(args: RemindArgs, ctx: &Ctx) -> Result<Exit> {
    // Every option is read before anything is sent.
    let now = match &args.at {
        Some(s) => parse_instant(s, ctx.tz).context("--at")?,
        None => ctx.now,
    };
    let soon = positive(&args.soon, "--soon")?;
    let catch_up = span(&args.catch_up, "--catch-up")?;
    let window = span(&args.window, "--window")?;
    let format = ctx.format(Format::Text, &[Format::Text, Format::Json, Format::Jsonl])?;
    let delivering = args.send.is_some() || args.sendmail;
    let mailer = mailer(&args)?;
    let from = parse_from(&args.from)?;
    let schedule = ctx.schedule()?;
    let directory = ctx.directory()?;
    let overrides = ctx.overrides(&schedule)?;
    // A bad export does not stop the duty reminders: they go out, then the export's error is
    // reported and the run exits 1. The digest, which would go out once without the chats, waits.
    // The moments a run may send lie within --window before now; with a state file, within
    // --catch-up, and an overdue reminder not yet sent goes out for 28 days.
    let keep = if args.digest {
        Keep::All
    } else {
        let span = match args.state {
            Some(_) => catch_up.max(aun::remind::deadline::OVERDUE_LOOKBACK),
            None => window,
        };
        Keep::Due {
            from: now - span,
            to: now + soon,
        }
    };
    let (deadlines, export_error) = match &args.export {
        Some(path) => {
            let read = on_duty_at(&schedule, &overrides, now, ctx.tz).and_then(|on_duty| {
                read_deadlines(
                    path,
                    &args.read,
                    ctx,
                    &directory,
                    on_duty.as_deref(),
                    now,
                    soon,
                    keep,
                )
            });
            match read {
                Ok(d) => (Some(d), None),
                Err(e) if args.digest => return Err(e.context("no digest was sent")),
                Err(e) => (None, Some(e)),
            }
        }
        None => (None, None),
    };
    let (deadlines, mut others) = match deadlines {
        Some(d) => (Some(d.items), Some(d.others)),
        None => (None, None),
    };
    // Ledger lines not counted are named on stderr as it is read; the run exits 1 at the end.
    let mut ledger_problems = false;
    let followups = match &args.ledger.ledger {
        Some(path) if !path.exists() => {
            // Cron may run before the first decision is recorded.
            ctx.note(format_args!(
                "{}: no such ledger yet: nothing to escalate",
                path.display()
            ));
            Some((Vec::new(), HashSet::new()))
        }
        Some(_) => {
            // Folded in bounded memory, keeping only what this run can use: the chats that may
            // be escalated (all those still owed, for the digest), and the ids of the export's
            // chats the ledger has answered.
            let in_export: HashSet<&str> = deadlines
                .iter()
                .flatten()
                .map(|i| i.chat_id.as_str())
                .collect();
            let mut owed = Vec::new();
            let mut answered = HashSet::new();
            ledger_problems = !args.ledger.fold(ctx, |f| {
                if escalation::answered(&f, now) {
                    if let Some(others) = others.as_mut() {
                        others.push(&id_key(&f.decision.chat_id), &[ANSWERED])?;
                    }
                    if in_export.contains(f.decision.chat_id.as_str()) {
                        answered.insert(f.decision.chat_id);
                    }
                } else if args.digest || escalation::escalates(&f, now) {
                    owed.push(f);
                }
                Ok(())
            })?;
            Some((owed, answered))
        }
        None => None,
    };
    // What the ledger knows is answered drops out; the digest lists its open referrals too.
    let mut deadlines = match &followups {
        None => deadlines,
        // The export could not be read: its error is reported after the duty reminders.
        Some(_) if export_error.is_some() => None,
        Some((f, answered)) => {
            let mut items = deadlines.unwrap_or_default();
            items.retain(|i| !answered.contains(&i.chat_id));
            if args.digest {
                let known: HashSet<String> = items.iter().map(|i| i.chat_id.clone()).collect();
                items.extend(
                    escalation::open_items(f, now)
                        .into_iter()
                        .filter(|i| !known.contains(&i.chat_id)),
                );
            }
            (args.export.is_some() || args.digest).then_some(items)
        }
    };
    let waiting = match others {
        Some(others) if export_error.is_none() => Deadlines::waiting(others)?,
        _ => Waiting::default(),
    };
    // The duty, digest and escalation reminders: the chats' are added once the state is read.
    let without_chats = Request {
        schedule: &schedule,
        overrides: &overrides,
        directory: &directory,
        tz: ctx.tz,
        deadlines: None,
        waiting,
        soon,
        digest: args.digest,
    };

    // With a state file: lock, read, decide, deliver, record. The lock is held to the end.
    let (_lock, mut state) = open_state(&args)?;
    let escalations = match (&followups, args.digest) {
        (Some((f, _)), false) => escalation::escalations(f, &schedule, &directory, now, ctx.tz),
        _ => Vec::new(),
    };
    let mode = match &state {
        Some(st) => {
            // The file is read as a stream: the chats' moments are marked on their items, and
            // of the other keys only those this run may ask about are kept.
            let unsent = Mode::Stateful {
                catch_up,
                sent: HashSet::new(),
            };
            let asked: HashSet<String> = due_reminders(&without_chats, now, &unsent)?
                .iter()
                .chain(&select(escalations.clone(), now, &unsent))
                .chain(&missed(&without_chats, st, now, catch_up, &HashSet::new())?)
                .flat_map(Reminder::keys)
                .collect();
            let items = deadlines.as_deref_mut().unwrap_or_default();
            let sent = read_sent(st, &asked, items, soon)?;
            report_missed(ctx, &without_chats, st, now, catch_up, &sent)?;
            Mode::Stateful { catch_up, sent }
        }
        None => Mode::Stateless { window },
    };
    let req = Request {
        deadlines: deadlines.as_deref(),
        ..without_chats
    };
    let mut reminders = due_reminders(&req, now, &mode)?;
    reminders.extend(select(escalations, now, &mode));
    let keep = aun::remind::state::keep_for(soon);
    if let (Some(st), false) = (&state, args.dry_run) {
        prove_state_can_be_saved(st, &reminders, now, keep)?;
    }

    let (delivered, failed) = match (&mailer, args.dry_run) {
        (Some(m), false) => deliver(m, &reminders, &from, now, &mut state, ctx)?,
        _ => (reminders.iter().collect(), 0),
    };
    // Records on stdout: always without delivery (they are the delivery), with it only when asked.
    if !delivering || args.dry_run || ctx.requested_format.is_some() {
        write_records(ctx, format, &delivered)?;
    }
    if let (Some(st), false) = (state.as_mut(), args.dry_run) {
        if !delivering {
            for r in &delivered {
                record(st, r, now);
            }
        }
        st.prune(now, keep);
        st.save()?;
    }
    if args.dry_run && !reminders.is_empty() {
        ctx.note(format!(
            "dry run: {} not sent, not recorded",
            plural(reminders.len(), "reminder")
        ));
    } else if delivering && !delivered.is_empty() {
        ctx.note(format!("sent {}", plural(delivered.len(), "reminder")));
    }
    let mut exit = Exit::Ok;
    if failed > 0 {
        let again = if args.state.is_some() {
            "the next run within --catch-up tries again"
        } else {
            "without --state, no later run tries again"
        };
        ctx.warn(format!(
            "{} not delivered; {again}",
            plural(failed, "reminder")
        ));
        exit = Exit::Failure;
    }
    if let Some(e) = export_error {
        ctx.warn(format!(
            "{e:#}; the duty reminders went out, no chat was reminded of"
        ));
        exit = Exit::Failure;
    }
    if ledger_problems {
        exit = Exit::Failure;
    }
    Ok(exit)
}

/// Before the first send: the state, with every reminder of this run recorded, must fit where it
/// will be written (a directory that cannot be written, a full disk). Otherwise a reminder sent
/// now could not be recorded, and every later run would send it again.
fn prove_state_can_be_saved(
    st: &State,
    reminders: &[Reminder],
    now: DateTime<Utc>,
    keep: Duration,
) -> Result<()> {
    let mut would_be = st.clone();
    for r in reminders {
        record(&mut would_be, r, now);
    }
    would_be.prune(now, keep);
    would_be.check_writable().with_context(|| {
        format!(
            "the state file {} cannot be saved, so nothing was sent (a reminder sent now would go out again on every run)",
            st.path().display()
        )
    })
}

/// The lock and the state, with --state (no lock for a dry run: it records nothing).
fn open_state(args: &RemindArgs) -> Result<(Option<StateLock>, Option<State>)> {
    let Some(path) = &args.state else {
        return Ok((None, None));
    };
    let lock = if args.dry_run {
        None
    } else {
        let wait = parse_duration(&args.lock_wait).context("--lock-wait")?;
        Some(StateLock::acquire(path, wait.to_std().unwrap_or_default())?)
    };
    Ok((lock, Some(State::load(path)?)))
}

/// Sends each reminder; reports each failure on stderr and goes on. Returns what was delivered
/// and how many failed. Each delivery is recorded at once, so a later failure (or a crash) never
/// makes it go out again.
fn deliver<'r>(
    mailer: &Mailer,
    reminders: &'r [Reminder],
    from: &Mailbox,
    now: DateTime<Utc>,
    state: &mut Option<State>,
    ctx: &Ctx,
) -> Result<(Vec<&'r Reminder>, usize)> {
    let mut delivered = Vec::new();
    let mut failed = 0;
    for r in reminders {
        match mailer.send(r, from, now) {
            Ok(()) => {
                delivered.push(r);
                if let Some(st) = state.as_mut() {
                    record(st, r, now);
                    st.save().with_context(|| {
                        format!(
                            "{} was sent but could not be recorded, so a later run may send it again; no more were sent",
                            r.key()
                        )
                    })?;
                }
            }
            Err(e) => {
                failed += 1;
                ctx.warn(format!("not delivered: {}: {e:#}", r.key()));
            }
        }
    }
    Ok((delivered, failed))
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The chats of an export owed a follow-up, triaged and referred, as deadline items: read by the
/// same pipeline as `triage` and `refer` (its flags included).
// Each argument is a separate input of the reading (the export, its flags, the run's instant).
#[allow(clippy::too_many_arguments)]
fn read_deadlines(
    path: &str,
    read: &ExportArgs,
    ctx: &Ctx,
    directory: &Directory,
    on_duty: Option<&str>,
    now: DateTime<Utc>,
    soon: Duration,
    keep: Keep,
) -> Result<Deadlines> {
    let p = ChatPipeline::new(ctx, read, false, directory.clone(), now, soon)?;
    let referrer = Referrer::new(directory, ReferOptions { redact: false })?;
    // Each chat's id and record (to check them) and its item: never the chats themselves.
    let mut ids = super::reading::IdCheck::new();
    let mut chats = 0;
    let mut owed = 0;
    let mut d = Deadlines {
        items: Vec::new(),
        others: Sorter::new(BUDGET / 4),
    };
    let report = p.run(
        ctx,
        path,
        |chat| {
            let t = p.triager.triage(chat, &p.topts);
            let r = referrer.refer(&t);
            let item = deadline_item(&t, &r, directory, on_duty);
            let id = (t.id.clone(), t.record);
            t.recycle();
            r.recycle();
            (id, item)
        },
        |((id, record), item)| {
            chats += 1;
            ids.add(&id, record)?;
            if let Some(item) = item {
                owed += 1;
                d.add(item, keep)?;
            }
            Ok(())
        },
    )?;
    reading_notes(ctx, &report, false);
    report_skipped(ctx, &report);
    // A deadline reminder is keyed by its chat's id, in the state file as in the message: every
    // chat needs an id of its own. A record number would not do (it changes from export to
    // export, so a chat would be reminded of again), so an export without ids, or with one id
    // twice, is refused.
    ids.finish(
        &aun::io::display_name(path),
        "deadline reminders need one id per chat (map the id column with --columns id=HEADER)",
    )?;
    let undated = chats - owed;
    if undated > 0 {
        ctx.note(format!(
            "{path}: {undated} chat{} without a start time: no 72-hour deadline to remind of",
            if undated == 1 { "" } else { "s" }
        ));
    }
    Ok(d)
}

/// The export's chats owed a follow-up: in full those a run may name (every one, for the
/// digest), the others only by id and whether they are long overdue or not yet due soon, to be
/// counted once the ledger's answers are left out (an export of years holds a great many).
struct Deadlines {
    items: Vec<DeadlineItem>,
    /// Under each such chat's id: [`LONG_OVERDUE`] or [`NOT_YET`]; and [`ANSWERED`] under the id
    /// of each chat the ledger has answered.
    others: Sorter,
}

const LONG_OVERDUE: u8 = 0;
const NOT_YET: u8 = 1;
const ANSWERED: u8 = 2;

impl Deadlines {
    fn add(&mut self, item: DeadlineItem, keep: Keep) -> Result<()> {
        match keep.bucket(item.due_at) {
            None => {
                self.items.push(item);
                Ok(())
            }
            Some(bucket) => self.others.push(&id_key(&item.chat_id), &[bucket]),
        }
    }

    /// The chats held by id only, counted, leaving out those the ledger answered.
    fn waiting(others: Sorter) -> Result<Waiting> {
        let mut w = Waiting::default();
        let (mut id, mut bucket, mut answered) = (Vec::new(), None, false);
        let mut count = |bucket: Option<u8>, answered: bool| match (bucket, answered) {
            (Some(LONG_OVERDUE), false) => w.overdue += 1,
            (Some(_), false) => w.later += 1,
            _ => {}
        };
        others.finish(|key, value| {
            if key != id.as_slice() {
                count(bucket.take(), answered);
                id.clear();
                id.extend_from_slice(key);
                answered = false;
            }
            match value[0] {
                ANSWERED => answered = true,
                b => bucket = Some(b),
            }
            Ok(())
        })?;
        count(bucket, answered);
        Ok(w)
    }
}

/// A chat's id as a sort key: its length first, so that no id's items fall among another's.
fn id_key(id: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(id.len() + 4);
    key.extend_from_slice(&(id.len() as u32).to_be_bytes());
    key.extend_from_slice(id.as_bytes());
    key
}

/// Which of the export's chats owed a follow-up a run keeps in full: those a reminder may name.
#[derive(Debug, Clone, Copy)]
enum Keep {
    /// Every one (the digest lists them all).
    All,
    /// Those due in `from..to`: one due before is overdue at every moment the run may send (and
    /// past the look-back of its overdue reminder), one due after is not yet due soon at any.
    Due {
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    },
}

impl Keep {
    /// None to keep the chat in full; else how it is counted.
    fn bucket(self, due: DateTime<Utc>) -> Option<u8> {
        match self {
            Keep::All => None,
            Keep::Due { from, .. } if due < from => Some(LONG_OVERDUE),
            Keep::Due { to, .. } if due >= to => Some(NOT_YET),
            Keep::Due { .. } => None,
        }
    }
}

fn record(st: &mut State, r: &Reminder, now: DateTime<Utc>) {
    for k in r.keys() {
        st.record(k, r.at, now);
    }
}

/// The mailer --send or --sendmail asks for, if any.
fn mailer(args: &RemindArgs) -> Result<Option<Mailer>> {
    if let Some(url) = &args.send {
        let server = SmtpServer::parse(url, args.smtp_tls).context("--send")?;
        let credentials = match (
            std::env::var("AUN_SMTP_USER")
                .ok()
                .filter(|s| !s.is_empty()),
            std::env::var("AUN_SMTP_PASSWORD").ok(),
        ) {
            (Some(user), Some(pw)) => Some((user, pw)),
            (Some(_), None) => bail!("AUN_SMTP_USER is set but AUN_SMTP_PASSWORD is not"),
            (None, _) => None,
        };
        let timeout = positive(&args.smtp_timeout, "--smtp-timeout")?
            .to_std()
            .unwrap_or_default();
        return Ok(Some(Mailer::smtp(&server, credentials, timeout)?));
    }
    if args.sendmail {
        return Ok(Some(Mailer::sendmail(&args.sendmail_command)));
    }
    Ok(None)
}

/// A window or catch-up span: positive, at most seven days.
fn span(s: &str, flag: &str) -> Result<Duration> {
    let d = positive(s, flag)?;
    if d > MAX_SPAN {
        bail!(
            "{flag} {s}: at most {} (the state keeps what was sent for 30 days)",
            format_duration(MAX_SPAN)
        );
    }
    Ok(d)
}

fn positive(s: &str, flag: &str) -> Result<Duration> {
    let d = parse_duration(s).context(flag.to_string())?;
    if d <= Duration::zero() {
        bail!("{flag} {s}: must be more than zero");
    }
    Ok(d)
}

/// The duty reminders that fell between the last run and --catch-up ago, not sent: none when the
/// last run was within --catch-up.
fn missed(
    req: &Request,
    st: &State,
    now: DateTime<Utc>,
    catch_up: Duration,
    sent: &HashSet<String>,
) -> Result<Vec<Reminder>> {
    match st.last_run() {
        Some(last) if now - last > catch_up => missed_reminders(req, last, now, catch_up, sent),
        _ => Ok(Vec::new()),
    }
}

/// When the last run was longer ago than --catch-up, the reminders that fell in between can no
/// longer be sent: each is named on stderr, even with -q (a missed reminder is never silent).
fn report_missed(
    ctx: &Ctx,
    req: &Request,
    st: &State,
    now: DateTime<Utc>,
    catch_up: Duration,
    sent: &HashSet<String>,
) -> Result<()> {
    let Some(last) = st.last_run() else {
        return Ok(());
    };
    if now - last <= catch_up {
        return Ok(());
    }
    let missed = missed(req, st, now, catch_up, sent)?;
    let local = |t: DateTime<Utc>| aun::time::short(&t.with_timezone(&ctx.tz));
    let mut msg = format!(
        "the last run was at {}, more than --catch-up {} ago: {} due before {} could no longer be sent",
        local(last),
        format_duration(catch_up),
        plural(missed.len(), "reminder"),
        local(now - catch_up),
    );
    const LISTED: usize = 20;
    for r in missed.iter().take(LISTED) {
        msg += &format!("\n  missed: {} ({})", r.key(), header_text(&r.subject));
    }
    if missed.len() > LISTED {
        msg += &format!("\n  … and {} more", missed.len() - LISTED);
    }
    ctx.warn(msg);
    Ok(())
}

fn write_records(ctx: &Ctx, format: Format, reminders: &[&Reminder]) -> Result<()> {
    let mut out = ctx.destination()?;
    if format == Format::Text {
        for r in reminders {
            // Header-like lines on one line each, like the e-mail would have them.
            let name = header_text(&r.recipient.name);
            let to = match &r.recipient.address {
                // The address as the message would carry it (an IDNA domain as its A-label).
                Some(a) => match wire_address(a) {
                    Ok(a) => format!("{name} <{a}>"),
                    Err(_) => format!("{name} <{}>", header_text(a)),
                },
                None => format!("{name} (no contact e-mail)"),
            };
            writeln!(
                out,
                "To: {to}\nSubject: {}\nKey: {}\n\n{}",
                header_text(&r.subject),
                header_text(&r.key()),
                r.body
            )?;
        }
    } else {
        let mut w = aun::output::RecordWriter::new(format, out, ctx.color);
        for r in reminders {
            w.write(&r.record(ctx.tz))?;
        }
        out = w.finish()?;
    }
    out.commit()
}
