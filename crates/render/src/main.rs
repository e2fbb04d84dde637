//! `glassbox-render [FILE]`: prerenders Glassbox notices and AI labels into an HTML page (see the
//! library, `glassbox_render`). Parses the command line and calls `render`; nothing else.

use clap::Parser;
use glassbox_render::{render, Options, RenderError};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Prerenders every data-glassbox="notice" and data-glassbox="ai-content" element of an HTML page
/// (or fragment) as a declarative shadow root, so the AI notice is shown at the first paint, also
/// with JavaScript off or when glassbox.js fails to load. glassbox.js takes it over when it runs.
///
/// Reads FILE (standard input without one) and writes the page to standard output (or --output).
/// Every byte outside the prerendered elements is kept. The notice is in the element's data-lang,
/// the script tag's, or the page's <html lang>. Each shadow root links the glassbox.css next to the
/// page's glassbox.js <script> tag (whose data-* attributes are the page-wide defaults, so put
/// it before the elements, in <head>), or --css URL, or holds the styles itself (--inline-css).
///
/// Refuses, naming the line and the attribute, what it cannot render safely (a javascript: link, a
/// value out of range, a language only the visitor's browser would decide, an element that
/// cannot hold a shadow root); warnings (a missing data-controller, a gated input without
/// `disabled`) go to standard error. Exit status: 0 rendered, 1 refused or failed, 2 usage.
#[derive(Parser, Debug)]
#[command(name = "glassbox-render", version)]
struct Cli {
    /// The HTML page or fragment; standard input when absent or "-".
    file: Option<PathBuf>,
    /// URL of glassbox.css for each shadow root's <link rel="stylesheet"> (https:, http: or relative).
    #[arg(long, value_name = "URL", conflicts_with = "inline_css")]
    css: Option<String>,
    /// Put the stylesheet in each shadow root (<style>) instead of linking glassbox.css: no
    /// request for the notice to wait for. A page with a Content-Security-Policy needs the
    /// 'sha256-…' this prints in its style-src.
    #[arg(long)]
    inline_css: bool,
    /// The page's language when it has no <html lang> (a fragment), e.g. fr.
    #[arg(long, value_name = "TAG")]
    lang: Option<String>,
    /// Write here instead of standard output; replaced only when the whole page rendered.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

fn run(cli: &Cli) -> Result<glassbox_render::Summary, String> {
    let options = Options {
        css: cli.css.clone(),
        lang: cli.lang.clone(),
        inline_css: cli.inline_css,
    };
    let input: Box<dyn std::io::Read> = match &cli.file {
        Some(path) if path != Path::new("-") => {
            Box::new(std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?)
        }
        _ => Box::new(std::io::stdin().lock()),
    };
    let name = cli
        .file
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "<stdin>".into());
    let located = |e: RenderError| format!("{name}: {e}");
    match &cli.output {
        Some(path) => {
            // Next to the target, so the rename is atomic; removed on failure.
            let tmp = path.with_extension("glassbox-render.tmp");
            let file =
                std::fs::File::create(&tmp).map_err(|e| format!("{}: {e}", tmp.display()))?;
            let mut out = BufWriter::new(file);
            let result = render(input, &mut out, &options)
                .map_err(located)
                .and_then(|s| {
                    out.flush()
                        .map(|_| s)
                        .map_err(|e| format!("{}: {e}", tmp.display()))
                });
            drop(out);
            match result {
                Ok(summary) => std::fs::rename(&tmp, path)
                    .map(|_| summary)
                    .map_err(|e| format!("{}: {e}", path.display())),
                Err(e) => {
                    let _ = std::fs::remove_file(&tmp);
                    Err(e)
                }
            }
        }
        None => {
            let stdout = std::io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            let summary = render(input, &mut out, &options).map_err(located)?;
            out.flush().map_err(|e| format!("standard output: {e}"))?;
            Ok(summary)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(summary) => {
            for w in &summary.warnings {
                eprintln!("glassbox-render: warning: {w}");
            }
            eprintln!(
                "glassbox-render: {} notice(s) and {} AI label(s) prerendered",
                summary.notices, summary.labels
            );
            if cli.inline_css && summary.notices + summary.labels > 0 {
                eprintln!(
                    "glassbox-render: the styles are inline: a Content-Security-Policy needs style-src {}",
                    glassbox_render::inline_style_source()
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("glassbox-render: {e}");
            ExitCode::FAILURE
        }
    }
}
