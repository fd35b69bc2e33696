//! `rightscope user add|list|disable|enable|reset-password`: accounts for reviews. Passwords come from
//! standard input or a file, never from the command line (where `ps` and shell history would show them).

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::SystemTime;

use clap::{Subcommand, ValueEnum};
use rightscope_review::accounts;
use rightscope_review::{Actor, Role};

use crate::store_args::{runtime, StoreArgs};

/// Options of `rightscope user`.
#[derive(Debug, clap::Args)]
pub struct UserArgs {
    #[command(subcommand)]
    pub command: UserCommand,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Account roles on the command line.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum RoleArg {
    /// Manages accounts; may see and steer every review.
    Admin,
    /// Starts reviews and works on those they are a member of.
    Reviewer,
    /// Reads public reviews and those they are a member of.
    Viewer,
}

impl From<RoleArg> for Role {
    fn from(role: RoleArg) -> Role {
        match role {
            RoleArg::Admin => Role::Admin,
            RoleArg::Reviewer => Role::Reviewer,
            RoleArg::Viewer => Role::Viewer,
        }
    }
}

/// Output formats of `user list`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ListFormat {
    /// One line per account.
    Text,
    /// A JSON array.
    Json,
}

/// `user` subcommands.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account; the password is read from standard input (first line) or --password-file.
    Add {
        /// Login name (lower-cased; never shown to other people).
        login: String,
        /// Role.
        #[arg(long, value_enum)]
        role: RoleArg,
        /// The pseudonymous name shown to others (need not be a real name).
        #[arg(long, value_name = "NAME")]
        display_name: String,
        /// Read the password from the first line of this file instead of standard input.
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
    },
    /// List accounts: login, role, display name, disabled.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Disable an account (it can no longer log in; its sessions end).
    Disable {
        /// Login name.
        login: String,
    },
    /// Enable a disabled account again.
    Enable {
        /// Login name.
        login: String,
    },
    /// Set a new password (from standard input or --password-file); the account's sessions end.
    ResetPassword {
        /// Login name.
        login: String,
        /// Read the password from the first line of this file instead of standard input.
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
    },
}

/// The first line of a file or of standard input, without its line ending.
fn read_password(file: &Option<PathBuf>) -> anyhow::Result<String> {
    let mut line = String::new();
    match file {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|error| {
                anyhow::anyhow!("{}: cannot read the password file: {error}", path.display())
            })?;
            line = text.lines().next().unwrap_or_default().to_string();
        }
        None => {
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .map_err(|error| {
                    anyhow::anyhow!("cannot read the password from standard input: {error}")
                })?;
        }
    }
    let password = line.trim_end_matches(['\r', '\n']).to_string();
    if password.is_empty() {
        anyhow::bail!(
            "no password given: write it on standard input (`rightscope user add … < file`) or pass --password-file"
        );
    }
    Ok(password)
}

/// Runs `rightscope user …`; 2 for refused input (a taken login, a weak password, an unknown login).
pub fn run(args: &UserArgs) -> anyhow::Result<ExitCode> {
    // Read the password before touching the store, so a missing one changes nothing.
    let password = match &args.command {
        UserCommand::Add { password_file, .. }
        | UserCommand::ResetPassword { password_file, .. } => Some(read_password(password_file)?),
        _ => None,
    };
    let runtime = runtime()?;
    runtime.block_on(async {
        let target = args.store.target();
        // The first account may come before the first ingest.
        let store = match &args.command {
            UserCommand::Add { .. } => target.open_or_create().await?,
            _ => target.open().await?,
        };
        let result = user(
            &store,
            &args.command,
            password.as_deref().unwrap_or_default(),
        )
        .await;
        store.close().await;
        result
    })
}

async fn user(
    store: &rightscope_store::Store,
    command: &UserCommand,
    password: &str,
) -> anyhow::Result<ExitCode> {
    let now = SystemTime::now();
    let mut out = std::io::stdout().lock();
    let outcome = match command {
        UserCommand::Add {
            login,
            role,
            display_name,
            ..
        } => accounts::add_user(
            store,
            Actor::Cli,
            login,
            display_name,
            password,
            (*role).into(),
            now,
        )
        .await
        .map(|user| {
            format!(
                "added {} ({}, shown as {:?})",
                user.login, user.role, user.display_name
            )
        }),
        UserCommand::List { format } => {
            let users = accounts::list_users(store).await?;
            match format {
                ListFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&users)?)?,
                ListFormat::Text => {
                    for user in &users {
                        writeln!(
                            out,
                            "{}\t{}\t{}{}",
                            user.login,
                            user.role,
                            user.display_name,
                            if user.disabled { "\tdisabled" } else { "" }
                        )?;
                    }
                }
            }
            return Ok(ExitCode::SUCCESS);
        }
        UserCommand::Disable { login } => {
            accounts::set_disabled(store, Actor::Cli, login, true, now)
                .await
                .map(|user| format!("disabled {}", user.login))
        }
        UserCommand::Enable { login } => {
            accounts::set_disabled(store, Actor::Cli, login, false, now)
                .await
                .map(|user| format!("enabled {}", user.login))
        }
        UserCommand::ResetPassword { login, .. } => {
            accounts::reset_password(store, Actor::Cli, login, password, now)
                .await
                .map(|()| {
                    format!(
                        "password of {} reset; its sessions ended",
                        login.trim().to_lowercase()
                    )
                })
        }
    };
    match outcome {
        Ok(message) => {
            writeln!(out, "{message}")?;
            Ok(ExitCode::SUCCESS)
        }
        Err(rightscope_review::ReviewError::Store(error)) => Err(error.into()),
        Err(error) => {
            eprintln!("error: {error}");
            Ok(ExitCode::from(2))
        }
    }
}
