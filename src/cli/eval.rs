//! `aun eval`: triage and refer an export's labelled chats and say how often each field agrees
//! with the labels: accuracy per field, confusion matrices, what was marked for review, and each
//! miss with the evidence it went by.

use super::reading::{reading_notes, ChatPipeline, ExportArgs};
use super::{Ctx, Exit};
use anyhow::Result;
use aun::eval::{evaluate, Labels, Observed, Report};
use aun::output::Format;
use aun::referral::{Options, Referrer, RuleId};
use aun::triage::{is_follow_up, Category};
use clap::Args;
use std::io::Write;

pub const EXAMPLES: &str = "\
Examples:
  aun eval export.csv --labels labels.csv
  aun eval export.csv                       # labels from export.csv.labels.csv or export.labels.csv
  aun eval export.csv --labels labels.csv --format json | jq .fields
  aun eval export.csv --labels labels.csv --model my-model.tsv

Labels of chats that are not in the export are ignored (one labels file may cover several
exports); the summary says how many matched. The last line of the table is a one-line summary.";

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The export: CSV, TSV, JSON or JSON Lines
    #[arg(value_name = "EXPORT")]
    pub export: String,

    /// Labels (CSV: chat_id,email,category,subject,local_library,rule,destination); default: the
    /// file beside the export named EXPORT.labels.csv, or with .labels.csv for its extension
    #[arg(long, value_name = "FILE")]
    pub labels: Option<String>,

    /// How the export is read, and the vocabulary and model to use
    #[command(flatten)]
    pub read: ExportArgs,

    /// List at most this many misses (all by default)
    #[arg(long, value_name = "N")]
    pub misses: Option<usize>,
}

pub(super) fn default_labels(export: &str) -> Option<String> {
    let p = std::path::Path::new(export);
    let candidates = [
        format!("{export}.labels.csv"),
        p.with_extension("labels.csv")
            .to_string_lossy()
            .into_owned(),
    ];
    candidates
        .into_iter()
        .find(|c| std::path::Path::new(c).is_file())
}

pub fn run(args: EvalArgs, ctx: &Ctx) -> Result<Exit> {
    let format = ctx.format(Format::Table, &[Format::Table, Format::Json])?;
    let labels_path = match &args.labels {
        Some(l) => l.clone(),
        None => default_labels(&args.export).ok_or_else(|| {
            anyhow::anyhow!(
                "{}: no labels: give --labels FILE (or put them beside the export as X.labels.csv)",
                args.export
            )
        })?,
    };
    let labels = Labels::load(&labels_path)?;
    let directory = ctx.directory()?;
    let p = ChatPipeline::new(
        ctx,
        &args.read,
        false,
        directory,
        ctx.now,
        chrono::Duration::hours(24),
    )?;
    let referrer = Referrer::new(p.triager.directory(), Options::default())?;
    let mut observed = Vec::new();
    let report = p.run(
        ctx,
        &args.export,
        |chat| {
            if !is_follow_up(&chat.resolution) {
                return None;
            }
            let t = p.triager.triage(chat, &p.topts);
            let tally = referrer.tally(&t);
            Some(Observed {
                triaged: t,
                rule: tally.rule,
                destination_id: tally.destination_id,
            })
        },
        |o| {
            if let Some(o) = o {
                observed.push(o);
            }
            Ok(())
        },
    )?;
    reading_notes(ctx, &report, false);
    let mut result = evaluate(&report.mapping.source, &labels, &observed);
    if ctx.redact {
        // A miss quotes what the label and the chat hold: the patron's address among them.
        for m in &mut result.misses {
            let mask = |s: &mut String| *s = aun::io::text::redact_emails_in(s);
            mask(&mut m.expected);
            mask(&mut m.got);
            m.evidence.iter_mut().for_each(mask);
        }
    }
    if result.matched == 0 {
        anyhow::bail!(
            "{}: none of its {} follow-up chat(s) has a label in {} (are the chat ids the same?)",
            report.mapping.source,
            observed.len(),
            labels.source
        );
    }
    let mut out = ctx.destination()?;
    match format {
        Format::Json => {
            let mut v = serde_json::to_value(&result)?;
            v["summary"] = serde_json::Value::String(result.summary_line());
            // `--misses N` lists as many in JSON as in the table; the count says how many there are.
            v["misses_total"] = result.misses.len().into();
            if let (Some(n), Some(list)) = (args.misses, v["misses"].as_array_mut()) {
                list.truncate(n);
            }
            serde_json::to_writer_pretty(&mut out, &v)?;
            writeln!(out)?;
        }
        _ => write_table(&mut out, &result, args.misses)?,
    }
    out.commit()?;
    Ok(Exit::Ok)
}

fn write_table(out: &mut impl Write, r: &Report, max_misses: Option<usize>) -> Result<()> {
    writeln!(
        out,
        "{}: {} follow-up chats, {} labelled in {} ({} labels)",
        r.export, r.chats, r.matched, r.labels, r.labels_total
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<14} {:>5} {:>5} {:>7}",
        "field", "right", "total", "percent"
    )?;
    for f in &r.fields {
        writeln!(
            out,
            "{:<14} {:>5} {:>5} {:>6.1}%",
            f.field,
            f.right,
            f.total,
            f.percent()
        )?;
    }
    let rest = if r.unreviewed == 0 {
        0.0
    } else {
        100.0 * r.rule_right_unreviewed as f64 / r.unreviewed as f64
    };
    writeln!(
        out,
        "needs_review: {}/{} ({:.1}%); rule right on the others: {}/{} ({:.1}%)",
        r.review,
        r.matched,
        if r.matched == 0 {
            0.0
        } else {
            100.0 * r.review as f64 / r.matched as f64
        },
        r.rule_right_unreviewed,
        r.unreviewed,
        rest
    )?;
    writeln!(out)?;
    writeln!(out, "category (rows: label, columns: aun)")?;
    let cats: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
    matrix(out, &cats, &r.category_confusion)?;
    writeln!(out)?;
    writeln!(out, "rule (rows: label, columns: aun)")?;
    let rules: Vec<&str> = RuleId::ALL.iter().map(|r| r.as_str()).collect();
    matrix(out, &rules, &r.rule_confusion)?;
    if !r.misses.is_empty() {
        writeln!(out)?;
        let shown = max_misses.unwrap_or(usize::MAX).min(r.misses.len());
        writeln!(out, "misses ({} of {}):", shown, r.misses.len())?;
        for m in r.misses.iter().take(shown) {
            let review = if m.needs_review { " [review]" } else { "" };
            writeln!(
                out,
                "  {} {}: label {:?}, aun {:?}{review}; evidence: {}",
                m.id,
                m.field,
                m.expected,
                m.got,
                if m.evidence.is_empty() {
                    "(none)".to_string()
                } else {
                    m.evidence.join("; ")
                }
            )?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", r.summary_line())?;
    Ok(())
}

fn matrix(out: &mut impl Write, names: &[&str], m: &[Vec<usize>]) -> Result<()> {
    let w = names.iter().map(|n| n.len()).max().unwrap_or(5).max(5);
    write!(out, "{:<w$}", "")?;
    for n in names {
        write!(out, " {:>w$}", n)?;
    }
    writeln!(out)?;
    for (n, row) in names.iter().zip(m) {
        write!(out, "{:<w$}", n)?;
        for c in row {
            write!(out, " {:>w$}", c)?;
        }
        writeln!(out)?;
    }
    Ok(())
}
