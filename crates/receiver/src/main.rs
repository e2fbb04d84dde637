//! `glassbox-receiver`: parses the command line and hands over to the library.

use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    glassbox_receiver::run(glassbox_receiver::config::Cli::parse()).await
}
