//! `rightscope serve`: the web observatory over a store (thin: options, open the store, serve).

use std::net::SocketAddr;
use std::process::ExitCode;

use crate::search_cmd::StoreArgs;

/// `rightscope serve` options.
#[derive(Debug, clap::Args)]
pub(crate) struct ServeArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// Address to listen on; the default accepts connections from this machine only.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR")]
    pub bind: SocketAddr,
    /// Public address of the site, used in feed links (default: http://ADDR).
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
}

/// Runs the server until it is stopped.
pub(crate) fn run(args: &ServeArgs) -> anyhow::Result<ExitCode> {
    let target = args.store.target();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let store = target.open().await?;
        eprintln!("rightscope: serving on http://{} (Ctrl-C stops)", args.bind);
        rightscope_web::serve(
            store,
            rightscope_web::ServeOptions {
                bind: args.bind,
                index_dir: target.index_dir.clone(),
                base_url: args.base_url.clone(),
            },
        )
        .await?;
        Ok(ExitCode::SUCCESS)
    })
}
