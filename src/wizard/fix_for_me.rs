//! The preflight's "Fix it for me": a Dynamics admin signs in (for this run only, the token in
//! memory), `crate::fix` plans the repairs of the Dynamics-side failures, the plan is shown and
//! confirmed once, and the changes are made; the preflight then checks again.

use std::sync::Arc;

use secrecy::ExposeSecret;

use crate::admin::{AdminOptions, AdminSession};
use crate::connection;
use crate::dynamics_admin::AdminDataverse;
use crate::error::{Error, Result};
use crate::fix;
use crate::http::{Http, HttpConfig};
use crate::msg;
use crate::report::Report;
use crate::secrets::Secret;
use crate::ui::Browser;
use crate::wizard::Wizard;
use crate::wizard::messages::{M, t};

impl Wizard<'_, '_> {
    /// Whether the preflight can offer to repair this report's failures.
    pub(crate) fn can_fix(&self, report: &Report) -> bool {
        fix::wanted(report)
    }

    /// Sign a Dynamics admin in, plan, show, confirm once, apply. The checks run again after.
    pub(crate) async fn fix_for_me(&mut self, report: &Report) -> Result<()> {
        let Some(conn) = connection::check(self.raw()).connection else {
            return Ok(());
        };
        let http_config = HttpConfig {
            timeout: conn.timeout,
            ca_bundle: conn.ca_bundle.clone(),
            demo: self.settings.demo.clone(),
            ..HttpConfig::default()
        };
        let tenant = report
            .tenant_id
            .clone()
            .or_else(|| conn.tenant.clone())
            .unwrap_or_else(|| "organizations".into());
        let mut opts = AdminOptions::new(conn.cloud, &tenant);
        opts.authority = conn.login.clone();
        opts.http = http_config.clone();
        opts.demo = self.settings.demo.is_some();
        let display = ["DISPLAY", "WAYLAND_DISPLAY"]
            .iter()
            .any(|v| self.ctx.var(v).is_some_and(|x| !x.is_empty()));
        let browser =
            self.ctx.io.stderr_tty && (cfg!(any(target_os = "macos", windows)) || display);
        opts.device_code = opts.demo || !browser;
        if !opts.device_code {
            opts.browser = Some(Arc::new(|url: &str| {
                crate::ui::SystemBrowser.open(url).is_ok()
            }));
        }
        self.say(&msg!("fix-signing-in", host = conn.org.host))?;
        let scope = format!("{}/user_impersonation", conn.org.url);
        let mut session = AdminSession::sign_in(self.ctx, &opts, &[&scope]).await?;
        let token = Secret::new(session.token(self.ctx, &scope).await?.expose_secret());
        let http = Http::new(&http_config).map_err(Error::Internal)?;
        let admin = AdminDataverse::new(&http, &conn.org, &token);
        let plan = self
            .ctx
            .cancel
            .guard(fix::plan(&admin, &conn, report))
            .await?
            .map_err(|e| Error::Unreachable(e.to_string()))?;
        self.say(&fix::render_plan(&plan, self.ctx.io.width()))?;
        if plan.changes.is_empty() {
            return Ok(());
        }
        let question = msg!("fix-ask-apply", count = plan.changes.len());
        if !self.ctx.prompter.confirm(&question, false)? {
            self.say(&msg!("fix-declined"))?;
            return Ok(());
        }
        let applied = self.ctx.cancel.guard(fix::apply(&admin, &plan)).await?;
        self.say(&fix::render_applied(&applied, self.ctx.io.width()))?;
        self.note(&t(
            M::NoteFixedForMe,
            &[
                ("applied", &applied.applied.len().to_string()),
                ("failed", &applied.failed.len().to_string()),
            ],
        ));
        Ok(())
    }
}
