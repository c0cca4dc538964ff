//! `kabar serve`: the store over HTTP (JSON API and dashboard).

use crate::ingest::DEFAULT_DB;
use anyhow::Result;
use clap::Args;
use kabar_serve::{ServeConfig, Server};
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Args)]
#[command(after_help = "\
Examples:
  kabar serve                                   # ./kabar.db on http://127.0.0.1:8080/
  kabar serve --db news.db --bind 127.0.0.1:0   # any free port (printed)
  kabar serve --token \"$(openssl rand -hex 16)\" # enables POST /api/ingest

Prints `kabar: serving http://ADDR/` once listening, then one line per request
on stderr. Read endpoints (/api/events, /api/stats/*, ...) are public; the
write endpoint POST /api/ingest needs `Authorization: Bearer TOKEN` and is
disabled without --token. Bodies are limited (1 MiB for /api/extract),
requests time out, CORS headers are sent only with --cors. The endpoints are
described at /api/openapi.json. Ctrl-C stops after the requests in flight.")]
pub struct ServeArgs {
    /// The store (must exist: `kabar ingest` creates it).
    #[arg(long, value_name = "PATH", default_value = DEFAULT_DB)]
    pub db: PathBuf,
    /// Address to listen on; port 0 picks a free port. Only loopback by default.
    #[arg(long, value_name = "ADDR", default_value = kabar_serve::DEFAULT_BIND)]
    pub bind: SocketAddr,
    /// Token that write requests must carry (`Authorization: Bearer TOKEN`);
    /// without it the write endpoints are disabled.
    #[arg(long)]
    pub token: Option<String>,
    /// Allow cross-origin requests from this origin (`*` for any); none by default.
    #[arg(long, value_name = "ORIGIN")]
    pub cors: Option<String>,
    /// Read-only store connections, i.e. queries run in parallel.
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub readers: usize,
    /// Seconds a request may take before it is answered 408.
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    pub timeout: u64,
    /// Do not log requests on stderr.
    #[arg(long)]
    pub quiet: bool,
}

impl ServeArgs {
    /// The server's configuration.
    pub fn config(&self) -> ServeConfig {
        ServeConfig {
            db: self.db.clone(),
            bind: self.bind,
            token: self.token.clone(),
            cors: self.cors.clone(),
            readers: self.readers.max(1),
            timeout: Duration::from_secs(self.timeout.max(1)),
            log_requests: !self.quiet,
        }
    }
}

/// Bind, print `kabar: PREFIX http://ADDR/` on stdout (flushed), serve until Ctrl-C.
pub fn bind_and_run(config: &ServeConfig, prefix: &str) -> Result<()> {
    let server = Server::bind(config)?;
    let addr = server.local_addr()?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "kabar: {prefix} http://{addr}/")?;
    out.flush()?;
    drop(out);
    server.run()
}

/// Run `kabar serve`.
pub fn run(args: ServeArgs) -> Result<bool> {
    bind_and_run(&args.config(), "serving")?;
    Ok(true)
}
