//! `aun train`: learn the category model from labelled exports and write it as a file, to pass
//! with `--model` (or to replace `data/category_model.tsv`, the embedded one).

use super::reading::{ChatPipeline, ExportArgs};
use super::{Ctx, Exit};
use anyhow::{bail, Result};
use aun::eval::Labels;
use aun::triage::is_follow_up;
use aun::triage::model::{self, Example, TrainOptions};
use clap::Args;
use std::io::Write;

pub const EXAMPLES: &str = "\
Examples:
  aun train train/*.csv train/*.json train/*.jsonl -o data/category_model.tsv
  aun train ours.csv --labels ours.labels.csv -o our-model.tsv
  aun triage export.csv --model our-model.tsv

Each export's labels are --labels, or the file beside it named X.labels.csv. Only the category
column is learned; the same chats always give the same file.";

#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Labelled exports (CSV, TSV, JSON or JSON Lines)
    #[arg(value_name = "EXPORT", required = true)]
    pub exports: Vec<String>,

    /// One labels file for every export (default: each export's X.labels.csv)
    #[arg(long, value_name = "FILE")]
    pub labels: Option<String>,

    /// How the exports are read (--columns, --vocabulary, …)
    #[command(flatten)]
    pub read: ExportArgs,

    /// Passes over the chats
    #[arg(long, default_value_t = TrainOptions::default().epochs)]
    pub epochs: usize,

    /// L2 penalty (larger: smaller weights, less trust in any one word)
    #[arg(long, default_value_t = TrainOptions::default().l2)]
    pub l2: f32,

    /// Also report N-fold cross-validated accuracy (chats dealt to folds in turn)
    #[arg(long, value_name = "N")]
    pub cv: Option<usize>,

    /// Leave out words and pairs used by fewer patrons than this (the chats of one e-mail
    /// address are one patron's)
    #[arg(long, default_value_t = TrainOptions::default().min_count)]
    pub min_count: usize,

    /// With --cv: also list each chat the cross-validation got wrong (export, chat id, label,
    /// guess)
    #[arg(long, requires = "cv")]
    pub cv_misses: bool,
}

pub fn run(args: TrainArgs, ctx: &Ctx) -> Result<Exit> {
    if ctx.output.is_none() {
        bail!("aun train needs -o FILE (the model file to write)");
    }
    let p = ChatPipeline::new(
        ctx,
        &args.read,
        false,
        ctx.directory()?,
        ctx.now,
        chrono::Duration::hours(24),
    )?;
    let triager = &p.triager;
    // A library's or a town's name says where the patron is, not what they ask: no feature.
    let places = triager.directory().place_words();
    let leave_out = |name: &str| model::has_any_word(name, &places);
    let shared = match &args.labels {
        Some(l) => Some(Labels::load(l)?),
        None => None,
    };
    let mut examples = Vec::new();
    // Each example's export (an index into args.exports) and chat id, for the report.
    let mut whence: Vec<(usize, String)> = Vec::new();
    let mut sources = Vec::new();
    for (x, export) in args.exports.iter().enumerate() {
        let own;
        let labels = match &shared {
            Some(l) => l,
            None => {
                let path = super::eval::default_labels(export).ok_or_else(|| {
                    anyhow::anyhow!(
                        "{export}: no labels beside it (X.labels.csv); give --labels FILE"
                    )
                })?;
                own = Labels::load(&path)?;
                &own
            }
        };
        let mut chats: Vec<(String, u64, Vec<String>, String)> = Vec::new();
        p.run(
            ctx,
            export,
            |chat| {
                is_follow_up(&chat.resolution).then(|| {
                    (
                        chat.id.clone(),
                        chat.record,
                        triager.category_features(chat),
                        chat.patron_email.trim().to_lowercase(),
                    )
                })
            },
            |x| {
                chats.extend(x);
                Ok(())
            },
        )?;
        let keys: Vec<(&str, u64)> = chats.iter().map(|(id, r, ..)| (id.as_str(), *r)).collect();
        let matched = labels.match_chats(&keys);
        let before = examples.len();
        for ((id, r, features, address), label) in chats.iter().zip(matched) {
            if let Some(l) = label {
                whence.push((x, id.clone()));
                if id.is_empty() {
                    whence.last_mut().unwrap().1 = format!("record {r}");
                }
                // Who asked: the labelled address, else the export's.
                let patron = l.email.clone().or_else(|| Some(address.clone()));
                examples.push(Example {
                    features: features.clone(),
                    category: l.category,
                    patron: patron.filter(|a| !a.is_empty()),
                });
            }
        }
        ctx.note(format_args!(
            "{export}: {} labelled chat(s) of {}",
            examples.len() - before,
            chats.len()
        ));
        sources.push(format!("{export} ({} chats)", examples.len() - before));
    }
    let opts = TrainOptions {
        epochs: args.epochs,
        min_count: args.min_count,
        l2: args.l2,
        ..TrainOptions::default()
    };
    if let Some(k) = args.cv.filter(|k| *k >= 2) {
        // Each chat's guess by the model trained without its fold.
        let mut guess = vec![None; examples.len()];
        for fold in 0..k {
            let (test, train): (Vec<_>, Vec<_>) = examples
                .iter()
                .enumerate()
                .partition(|(i, _)| i % k == fold);
            let train: Vec<Example> = train.into_iter().map(|(_, e)| e.clone()).collect();
            let m = model::train(&train, opts, &leave_out)?;
            for (i, e) in test {
                guess[i] = Some(predict(&m, e));
            }
        }
        let is_right = |i: usize| guess[i] == Some(examples[i].category);
        let right = (0..examples.len()).filter(|&i| is_right(i)).count();
        ctx.note(format_args!(
            "{k}-fold cross-validation: {right}/{} right ({:.1}%)",
            examples.len(),
            100.0 * right as f64 / examples.len() as f64
        ));
        for (x, export) in args.exports.iter().enumerate() {
            let mine: Vec<usize> = (0..examples.len()).filter(|&i| whence[i].0 == x).collect();
            let ok = mine.iter().filter(|&&i| is_right(i)).count();
            ctx.note(format_args!("  {export}: {ok}/{} right", mine.len()));
        }
        if args.cv_misses {
            for i in (0..examples.len()).filter(|&i| !is_right(i)) {
                let (x, id) = &whence[i];
                ctx.note(format_args!(
                    "  miss: {} {id}: labelled {}, guessed {}",
                    args.exports[*x],
                    examples[i].category.as_str(),
                    guess[i].map_or("-", |c| c.as_str())
                ));
            }
        }
    }
    let m = model::train(&examples, opts, &leave_out)?;
    let right = examples
        .iter()
        .filter(|e| predict(&m, e) == e.category)
        .count();
    let comment = format!(
        "The category model of aun (docs/RULES.md), written by `aun train`: {} labelled chats,\n{} features, {} epochs, min-count {}. From: {}.",
        examples.len(),
        m.len(),
        opts.epochs,
        opts.min_count,
        sources.join(", ")
    );
    let mut out = ctx.destination()?;
    out.write_all(m.to_tsv(&comment).as_bytes())?;
    out.commit()?;
    ctx.note(format_args!(
        "trained on {} chats: {} features; {right}/{} right on the training chats themselves",
        examples.len(),
        m.len(),
        examples.len()
    ));
    Ok(Exit::Ok)
}

fn predict(m: &model::Model, e: &Example) -> aun::triage::Category {
    let mut f = model::Features::default();
    for name in &e.features {
        f.total += 1;
        if let Some(i) = m.index(model::feature_hash(name)) {
            let seg = if name.starts_with("v:") {
                model::CUE
            } else {
                0
            };
            f.found.push((i, 0, 0, seg));
        }
    }
    m.predict(&f).category
}
