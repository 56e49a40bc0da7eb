//! Self-contained HTML pages: one file with its own styles, script and inline SVG charts, no
//! external scripts, fonts or images, that prints well and reads on a phone. The two pages,
//! [`refer`] (the referrals) and [`report`] (the 72-hour compliance report), are built here from
//! the domain's results and these pieces.
//!
//! Every page carries a small test hook: opened with `#selftest`, it clicks the first copy button
//! with the clipboard's writer replaced by a recorder, counts the charts, and writes what it found
//! (and any script error) as JSON into `<pre id="aun-selftest">`, which a headless browser's
//! `--dump-dom` shows.

pub mod refer;
pub mod report;

use std::fmt::Write;

/// Text made safe inside HTML elements and attribute values. A bidi control is shown escaped
/// (`\u{202e}`), as on the terminal, instead of reordering what the librarian reads.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            c if crate::io::text::is_bidi_control(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { --ok:#2e7d32; --late:#b26a00; --overdue:#c62828; --open:#78909c; --ink:#1a1a1a; --muted:#555; --line:#d0d7de; --review:#fff3cd; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 1.5rem; margin: .2rem 0; } h2 { font-size: 1.2rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid var(--line); }
.meta { color: var(--muted); margin: 0 0 1rem; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .6rem; }
.tile { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem .7rem; }
.tile b { display: block; font-size: 1.5rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; }
figure { margin: 0; border: 1px solid var(--line); border-radius: .5rem; padding: .5rem; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart text { font: 15px system-ui, sans-serif; fill: var(--ink); }
.legend span { display: inline-block; margin-right: .8rem; font-size: .85rem; }
.legend i { display: inline-block; width: .8rem; height: .8rem; margin-right: .25rem; vertical-align: -1px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.card { border: 1px solid var(--line); border-left: .4rem solid var(--open); border-radius: .5rem; padding: .7rem .9rem; margin: .8rem 0; break-inside: avoid; }
.card.overdue { border-left-color: var(--overdue); } .card.due-soon { border-left-color: var(--late); } .card.ok { border-left-color: var(--ok); }
.card h2 { border: 0; margin: 0 0 .3rem; font-size: 1.1rem; display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; }
.badge { font-size: .8rem; font-weight: 600; padding: .05rem .45rem; border-radius: 1rem; color: #fff; background: var(--open); }
.badge.overdue { background: var(--overdue); } .badge.due-soon { background: var(--late); } .badge.ok { background: var(--ok); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; margin: .3rem 0; }
dt { color: var(--muted); } dd { margin: 0; overflow-wrap: anywhere; }
.review { background: var(--review); border: 1px solid #e0c36b; border-radius: .4rem; padding: .4rem .6rem; margin: .4rem 0; font-weight: 600; }
.note { position: relative; }
.note pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; border: 1px solid var(--line); border-radius: .4rem; padding: .6rem; margin: .3rem 0; font: .9rem/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
button.copy { font: inherit; font-size: .9rem; padding: .35rem .8rem; border-radius: .4rem; border: 1px solid #1f6feb; background: #1f6feb; color: #fff; cursor: pointer; min-height: 2.2rem; }
button.copy.done { background: var(--ok); border-color: var(--ok); }
footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; }
@media (max-width: 40rem) { body { padding: .6rem; font-size: 15px; } dl { grid-template-columns: 1fr; } dt { margin-top: .3rem; } }
@media print { body { max-width: none; padding: 0; font-size: 10pt; } button.copy { display: none; } .scroll { overflow: visible; } h2 { break-after: avoid; } a { color: inherit; text-decoration: none; } }
"#;

const SCRIPT: &str = r##"
(function () {
  "use strict";
  var errors = [];
  window.addEventListener("error", function (e) { errors.push(String(e.message || e)); });
  var consoleError = console.error;
  console.error = function () { errors.push(Array.prototype.join.call(arguments, " ")); return consoleError.apply(console, arguments); };

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text; area.setAttribute("readonly", ""); area.style.position = "fixed"; area.style.opacity = "0";
    document.body.appendChild(area); area.select();
    var ok = false; try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }
  function copyText(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); });
    }
    return fallbackCopy(text);
  }
  function onCopy(button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) { return Promise.reject(new Error("nothing to copy")); }
    return copyText(source.textContent).then(function () {
      button.textContent = "Copied"; button.classList.add("done");
      setTimeout(function () { button.textContent = "Copy note"; button.classList.remove("done"); }, 2000);
    }, function () { button.textContent = "Select and copy by hand"; });
  }
  document.addEventListener("click", function (ev) {
    var b = ev.target.closest ? ev.target.closest("button.copy") : null;
    if (b) { onCopy(b); }
  });

  function selftest() {
    var result = { errors: errors, charts: document.querySelectorAll("svg.chart").length, chart_marks: document.querySelectorAll("svg.chart rect, svg.chart path, svg.chart circle").length, copy: "none", copied: null, expected: null, cards: document.querySelectorAll(".card").length };
    var button = document.querySelector("button.copy");
    var finish = function () {
      var out = document.createElement("pre"); out.id = "aun-selftest";
      out.textContent = JSON.stringify(result); document.body.appendChild(out);
    };
    if (!button) { finish(); return; }
    var recorded = null;
    var recorder = function (text) { recorded = text; return Promise.resolve(); };
    if (navigator.clipboard) {
      try { Object.defineProperty(navigator.clipboard, "writeText", { value: recorder, configurable: true }); } catch (e) { errors.push("cannot hook the clipboard: " + e); }
    } else {
      try { Object.defineProperty(navigator, "clipboard", { value: { writeText: recorder }, configurable: true }); } catch (e) { errors.push("cannot hook the clipboard: " + e); }
    }
    result.expected = document.getElementById(button.getAttribute("data-copy")).textContent;
    button.click();
    setTimeout(function () {
      result.copied = recorded;
      result.copy = recorded !== null && recorded === result.expected ? "ok" : "failed";
      result.button = button.textContent;
      finish();
    }, 50);
  }
  if (location.hash === "#selftest") {
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", selftest); } else { selftest(); }
  }
})();
"##;

/// A whole page: `body` is HTML already escaped.
pub fn page(title: &str, body: &str) -> String {
    format!("{}{body}{}", page_start(title), page_end())
}

/// A page up to its body, for a page written a piece at a time.
pub fn page_start(title: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"aun {}\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n\
         <body>\n",
        env!("CARGO_PKG_VERSION"),
        escape(title)
    )
}

/// What follows a page's body.
pub fn page_end() -> String {
    format!("\n<script>{SCRIPT}</script>\n</body>\n</html>\n")
}

/// The colours of the four outcomes, as CSS variables the charts and legends share.
pub const OK: &str = "var(--ok)";
pub const LATE: &str = "var(--late)";
pub const OVERDUE: &str = "var(--overdue)";
pub const OPEN: &str = "var(--open)";

/// A legend: colour and label.
pub fn legend(items: &[(&str, &str)]) -> String {
    let mut s = String::from("<div class=\"legend\">");
    for (colour, label) in items {
        let _ = write!(
            s,
            "<span><i style=\"background:{colour}\"></i>{}</span>",
            escape(label)
        );
    }
    s.push_str("</div>");
    s
}

fn num(x: f64) -> String {
    format!("{:.1}", x)
}

/// One column of [`columns`]: its label, its value (none: an empty slot marked "–"), the value as
/// shown above it, and its colour.
pub struct Column<'a> {
    pub label: String,
    pub value: Option<f64>,
    pub shown: String,
    pub colour: &'a str,
}

/// A column chart: one column per item, heights against `max`, each labelled under it and its
/// value shown above it.
pub fn columns(title: &str, items: &[Column], max: f64) -> String {
    let n = items.len().max(1) as f64;
    let (w, h, top, bottom, left) = (480.0, 260.0, 24.0, 40.0, 6.0);
    let slot = (w - left * 2.0) / n;
    let bar = (slot * 0.7).min(60.0);
    let plot = h - top - bottom;
    let mut s = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{}\"><title>{}</title>",
        escape(title),
        escape(title)
    );
    let _ = write!(
        s,
        "<line x1=\"{left}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#999\"/>",
        num(h - bottom),
        num(w - left),
        num(h - bottom)
    );
    let label_every = (items.len() / 6).max(1);
    for (i, c) in items.iter().enumerate() {
        let (label, value, shown, colour) = (&c.label, c.value, &c.shown, c.colour);
        let x = left + slot * i as f64 + (slot - bar) / 2.0;
        let cx = x + bar / 2.0;
        if let Some(v) = value {
            let bh = if max > 0.0 {
                plot * (v / max).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let y = h - bottom - bh;
            let _ = write!(
                s,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{colour}\"><title>{}: {}</title></rect>",
                num(x),
                num(y),
                num(bar),
                num(bh.max(0.5)),
                escape(label),
                escape(shown)
            );
            let _ = write!(
                s,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                num(cx),
                num(y - 5.0),
                escape(shown)
            );
        } else {
            let _ = write!(
                s,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">–</text>",
                num(cx),
                num(h - bottom - 5.0)
            );
        }
        if i % label_every == 0 {
            let _ = write!(
                s,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                num(cx),
                num(h - bottom + 20.0),
                escape(label)
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// Horizontal stacked bars: one bar per item, its segments (value, colour) laid end to end
/// against the largest total, the total written after the bar.
pub fn stacked_bars(title: &str, items: &[(String, Vec<(f64, &str)>)]) -> String {
    let row = 30.0;
    let (w, label_w, pad) = (480.0, 100.0, 40.0);
    let h = (items.len().max(1) as f64) * row + 10.0;
    let max = items
        .iter()
        .map(|(_, segs)| segs.iter().map(|(v, _)| v).sum::<f64>())
        .fold(0.0, f64::max);
    let scale = if max > 0.0 {
        (w - label_w - pad) / max
    } else {
        0.0
    };
    let mut s = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {w} {}\" role=\"img\" aria-label=\"{}\"><title>{}</title>",
        num(h),
        escape(title),
        escape(title)
    );
    for (i, (label, segs)) in items.iter().enumerate() {
        let y = 5.0 + row * i as f64;
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            num(label_w - 6.0),
            num(y + row * 0.62),
            escape(label)
        );
        let mut x = label_w;
        let mut total = 0.0;
        for (v, colour) in segs {
            if *v <= 0.0 {
                continue;
            }
            let bw = v * scale;
            let _ = write!(
                s,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{colour}\"><title>{label}: {v}</title></rect>",
                num(x),
                num(y + 3.0),
                num(bw),
                num(row - 8.0),
                label = escape(label)
            );
            x += bw;
            total += v;
        }
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\">{}</text>",
            num(x + 5.0),
            num(y + row * 0.62),
            total
        );
    }
    s.push_str("</svg>");
    s
}

/// A figure: a caption, then the chart and anything after it (a legend).
pub fn figure(caption: &str, chart: &str, after: &str) -> String {
    format!(
        "<figure><figcaption>{}</figcaption>{chart}{after}</figure>",
        escape(caption)
    )
}

/// A table: headers (a trailing `#` marks a numeric column) and rows of escaped cells.
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let numeric: Vec<bool> = headers.iter().map(|h| h.ends_with('#')).collect();
    let mut s = String::from("<div class=\"scroll\"><table><thead><tr>");
    for (h, n) in headers.iter().zip(&numeric) {
        let _ = write!(
            s,
            "<th{}>{}</th>",
            if *n { " class=\"n\"" } else { "" },
            escape(h.trim_end_matches('#'))
        );
    }
    s.push_str("</tr></thead><tbody>");
    for r in rows {
        s.push_str("<tr>");
        for (cell, n) in r
            .iter()
            .zip(numeric.iter().chain(std::iter::repeat(&false)))
        {
            let _ = write!(
                s,
                "<td{}>{}</td>",
                if *n { " class=\"n\"" } else { "" },
                escape(cell)
            );
        }
        s.push_str("</tr>");
    }
    s.push_str("</tbody></table></div>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn bidi_controls_are_shown_not_obeyed() {
        assert_eq!(
            escape("pat\u{202e}moc.elpmaxe@eoj\u{202c} \u{2067}x\u{2069}\u{200f}\n"),
            "pat\\u{202e}moc.elpmaxe@eoj\\u{202c} \\u{2067}x\\u{2069}\\u{200f}\n"
        );
    }

    #[test]
    fn a_page_is_self_contained() {
        let p = page("T <1>", "<p>x</p>");
        assert!(p.contains("<title>T &lt;1&gt;</title>"));
        for external in ["src=\"http", "href=\"http", "@import", "url(", "<link"] {
            assert!(!p.contains(external), "{external}");
        }
    }

    #[test]
    fn charts_escape_labels_and_scale() {
        let col = |label: &str, value, shown: &str| Column {
            label: label.into(),
            value,
            shown: shown.into(),
            colour: OK,
        };
        let c = columns(
            "c",
            &[col("<a>", Some(0.5), "50%"), col("b", None, "")],
            1.0,
        );
        assert!(c.contains("&lt;a&gt;"));
        assert_eq!(c.matches("<rect").count(), 1);
        let b = stacked_bars("b", &[("X".into(), vec![(2.0, OK), (1.0, LATE)])]);
        assert_eq!(b.matches("<rect").count(), 2);
        assert!(b.contains(">3</text>"));
    }
}
