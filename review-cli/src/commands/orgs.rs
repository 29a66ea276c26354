//! `review orgs`: the organisations of a shared PostgreSQL store and their
//! reviewers (database roles), listed, added and registered. One SQLite
//! file is one organisation, so on SQLite the command says so.

use crate::cli::{OrgsAction, OrgsArgs};
use crate::commands::print_json;
use crate::context::Context;
use crate::i18n::text;
use anyhow::{bail, Result};
use std::io::Write;
use store::AnyStore;

/// Runs `review orgs`.
pub fn run(ctx: &mut Context, args: &OrgsArgs, out: &mut dyn Write) -> Result<()> {
    let tr = ctx.tr.clone();
    let AnyStore::Postgres(pg) = &mut ctx.store else {
        bail!("{}", tr.t("orgs-sqlite"));
    };
    match &args.action {
        Some(OrgsAction::Add { name, title }) => {
            pg.add_org(name, title.as_deref())?;
            writeln!(
                out,
                "{}",
                tr.f("orgs-added", &[("org", text(name.clone()))])
            )?;
        }
        Some(OrgsAction::Reviewer { role, org }) => {
            pg.add_reviewer(role, org)?;
            writeln!(
                out,
                "{}",
                tr.f(
                    "orgs-reviewer-added",
                    &[("role", text(role.clone())), ("org", text(org.clone()))]
                )
            )?;
        }
        None => {
            let orgs = pg.orgs()?;
            if args.json {
                return print_json(out, &orgs);
            }
            if orgs.is_empty() {
                writeln!(out, "{}", tr.t("orgs-none"))?;
            }
            for o in orgs {
                let title = o.title.map(|t| format!(" ({t})")).unwrap_or_default();
                let who = if o.reviewers.is_empty() {
                    "-".to_string()
                } else {
                    o.reviewers.join(", ")
                };
                writeln!(out, "{}{title}: {who}", o.name)?;
            }
        }
    }
    Ok(())
}
