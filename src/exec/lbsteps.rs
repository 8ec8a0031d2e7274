//! Load balancer steps: the pool check with the capacity guard, drain, disable, enable,
//! the drain wait and the health wait.

use super::*;

impl<T: Transport> Executor<'_, T> {
    pub(super) fn lb(&mut self) -> Result<&mut lb::Client> {
        self.lb.as_mut().ok_or_else(|| Error::LoadBalancer("no load balancer client".into()))
    }

    pub(super) fn show_pool(&self, pool: &[NodeStatus]) {
        for n in pool {
            self.ui.info(&format!(
                "{:<24} {:<9} {}",
                n.node,
                n.admin.as_str(),
                match n.health {
                    lb::Health::Up => "up",
                    lb::Health::Down => "DOWN",
                    lb::Health::Unknown => "unknown",
                }
            ));
        }
    }

    /// Preflight: the pool holds every target, each is in service (or adopted), and each
    /// batch can be drained without going below the minimum in service.
    pub(super) async fn lb_check(&mut self, action: &Action, check: &LbCheck) -> Result<State> {
        let started = Instant::now();
        let adopt = self.params.get("adopt").is_some_and(|v| v == "true");
        let Some(pool) = self.lb()?.pool().await? else {
            self.ui.warn("manual load balancer: check in its UI that every node is in service before going on");
            return Ok(State::Done);
        };
        self.show_pool(&pool);
        if let Some(facts) = &mut self.facts {
            let text: Vec<String> = pool
                .iter()
                .map(|n| format!("{} {} {:?}", n.node, n.admin.as_str(), n.health))
                .collect();
            facts.push(Fact {
                step: action.step.clone(),
                host: "the load balancer".into(),
                status: Some(0),
                output: text.join("\n") + "\n",
            });
            return Ok(State::Done); // the checks are the run's, at the time it runs
        }
        let refuse = |message: String| Error::Precondition {
            host: "the load balancer".into(),
            step: step_name(action),
            message,
        };
        for node in &check.batch_nodes {
            let Some(n) = pool.iter().find(|n| &n.node == node) else {
                return Err(refuse(format!("node {node} is not in the load balancer pool")));
            };
            if n.admin != AdminState::Active && !adopt {
                return Err(refuse(format!(
                    "node {node} is already {} (drained by someone else?); rerun with --adopt-drained to take it over and put it back at the end",
                    n.admin.as_str()
                )));
            }
        }
        for batch in &check.batches {
            if let Err(crate::safety::Shortfall { left, min }) =
                crate::safety::capacity(&pool, batch, self.min_in_service)
            {
                return Err(refuse(format!(
                    "taking {} out would leave {left} node(s) in service, fewer than the minimum of {min} \
                     ([loadbalancer] min_in_service; default: all but one)",
                    batch.join(" + ")
                )));
            }
        }
        self.log(action, Some("read pool"), "ok", Some(0), started.elapsed())?;
        Ok(State::Done)
    }

    pub(super) async fn lb_set(
        &mut self,
        action: &Action,
        set: &LbSet,
        state: AdminState,
    ) -> Result<State> {
        let node = set.node.clone();
        let request = set.lb.to_string();
        self.ui.command(&request);
        if state == AdminState::Draining {
            // Capacity again, right before the change: the pool may have moved since.
            let configured = self.min_in_service;
            if let Some(pool) = self.lb()?.pool().await? {
                if let Err(crate::safety::Shortfall { left, min }) =
                    crate::safety::capacity(&pool, &set.batch_nodes, configured)
                {
                    self.show_pool(&pool);
                    return Err(Error::Precondition {
                        host: set.host.clone(),
                        step: step_name(action),
                        message: format!(
                            "draining {} now would leave {left} node(s) in service, fewer than the minimum of {min}",
                            set.batch_nodes.join(" + ")
                        ),
                    });
                }
            }
        }
        self.ask(action, &format!("{} {node}?", verb(state)))?;
        let started = Instant::now();
        let changed = {
            let _busy = signals::Busy::enter();
            self.lb()?.set_state(&node, state).await
        };
        let unchanged = || format!("{node} already {}", state.as_str());
        self.lb_outcome(action, &request, started, changed, unchanged)
    }

    /// Add the node to the pool, disabled (`join`), or remove it (it must be out of
    /// service): read, change that row only, write, read back.
    pub(super) async fn lb_member(
        &mut self,
        action: &Action,
        set: &LbSet,
        join: bool,
    ) -> Result<State> {
        let node = set.node.clone();
        let request = set.lb.to_string();
        self.ui.command(&request);
        if join {
            // A node that serves is not one to bring in: refused before anything changes.
            if let Some(pool) = self.lb()?.pool().await? {
                if pool.iter().any(|n| n.node == node && n.admin == AdminState::Active) {
                    self.show_pool(&pool);
                    return Err(Error::Precondition {
                        host: set.host.clone(),
                        step: step_name(action),
                        message: format!(
                            "{node} is in service in the load balancer pool already: hgweb add is for a host outside it"
                        ),
                    });
                }
            }
        }
        let question = if join {
            format!("Add {node} to the pool, disabled?")
        } else {
            format!("Remove {node} from the pool?")
        };
        self.ask(action, &question)?;
        let started = Instant::now();
        let changed = {
            let _busy = signals::Busy::enter();
            if join {
                self.lb()?.join(&node).await
            } else {
                self.lb()?.leave(&node).await
            }
        };
        let unchanged = || {
            if join {
                format!("{node} is in the pool, out of service, already")
            } else {
                format!("{node} is not in the pool")
            }
        };
        self.lb_outcome(action, &request, started, changed, unchanged)
    }

    /// Audit a load balancer change and report it: done, or skipped (nothing was sent,
    /// `unchanged` says why), or failed.
    fn lb_outcome(
        &mut self,
        action: &Action,
        request: &str,
        started: Instant,
        changed: Result<bool>,
        unchanged: impl FnOnce() -> String,
    ) -> Result<State> {
        match changed {
            Ok(changed) => {
                let outcome = if changed { "ok" } else { "skipped" };
                self.log(action, Some(request), outcome, Some(0), started.elapsed())?;
                if !changed {
                    self.ui.info(&unchanged());
                    return Ok(State::Skipped);
                }
                Ok(State::Done)
            }
            Err(e) => {
                self.log(action, Some(request), "failed", None, started.elapsed())?;
                Err(e)
            }
        }
    }

    /// Add (`add`) or lift a ban in the load balancer's protection class: read, change
    /// only that address and its note line, write, read back.
    pub(super) async fn lb_ban(
        &mut self,
        action: &Action,
        ban: &crate::action::LbBan,
        add: bool,
    ) -> Result<State> {
        let request = ban.lb.to_string();
        self.ui.command(&request);
        let address = &ban.address;
        self.ask(action, &format!("{} {address}?", if add { "Ban" } else { "Lift the ban of" }))?;
        let started = Instant::now();
        let changed = {
            let _busy = signals::Busy::enter();
            match (add, &ban.line) {
                (true, Some(line)) => self.lb()?.ban(address, line).await,
                (true, None) => Err(Error::LoadBalancer(format!("no note line for {address}"))),
                (false, _) => self.lb()?.unban(address).await,
            }
        };
        let unchanged = || match add {
            true => format!("{address} is banned already, with that expiry"),
            false => format!("{address} is not banned"),
        };
        self.lb_outcome(action, &request, started, changed, unchanged)
    }

    /// Set the rate class's limit per minute: read, write that one value, read back.
    pub(super) async fn lb_rate(
        &mut self,
        action: &Action,
        rate: &crate::action::LbRate,
    ) -> Result<State> {
        let request = rate.lb.to_string();
        self.ui.command(&request);
        let n = rate.per_minute;
        let what = if n == 0 {
            "Turn the rate limit off".to_string()
        } else {
            format!("Limit to {n} requests per minute")
        };
        self.ask(action, &format!("{what}?"))?;
        let started = Instant::now();
        let changed = {
            let _busy = signals::Busy::enter();
            self.lb()?.set_rate(n).await
        };
        let unchanged = || format!("the limit is {n} per minute already");
        self.lb_outcome(action, &request, started, changed, unchanged)
    }

    pub(super) fn drain_policy(&self) -> OnTimeout {
        use crate::cli::OnDrainTimeout as Policy;
        let policy = self.params.get("on_drain_timeout").and_then(|v| Policy::from_name(v));
        match policy {
            Some(Policy::Wait) => OnTimeout::Wait,
            Some(Policy::Proceed) => OnTimeout::Proceed,
            Some(Policy::Back) => OnTimeout::Back,
            Some(Policy::Ask) | None if !self.ui.can_ask() => OnTimeout::Back,
            _ => {
                let answer = dialoguer::Input::<String>::new()
                    .with_prompt("The drain timed out: [w]ait longer / put it [b]ack and stop / [p]roceed anyway")
                    .validate_with(|s: &String| -> std::result::Result<(), &str> {
                        match s.trim() {
                            "w" | "wait" | "b" | "back" | "p" | "proceed" => Ok(()),
                            _ => Err("answer w, b or p"),
                        }
                    })
                    .interact_text();
                crate::terminal::restore_cursor();
                match answer.as_deref().map(str::trim) {
                    Ok("w") | Ok("wait") => OnTimeout::Wait,
                    Ok("p") | Ok("proceed") => OnTimeout::Proceed,
                    _ => OnTimeout::Back,
                }
            }
        }
    }

    /// Put a drained node back after the operator chose so (timeout or Ctrl-C).
    pub(super) async fn put_back(&mut self, action: &Action, node: &str) -> Result<()> {
        let request = crate::lb::LbRequest {
            method: "set".into(),
            target: node.to_string(),
            body: "active".into(),
        }
        .to_string();
        let started = Instant::now();
        let r = self.lb()?.set_state(node, AdminState::Active).await;
        self.log(
            action,
            Some(&request),
            if r.is_ok() { "ok" } else { "failed" },
            None,
            started.elapsed(),
        )?;
        r.map(|_| self.ui.info(&format!("{node} is back in service")))
    }

    pub(super) async fn wait_drained(
        &mut self,
        plan: &Plan,
        i: usize,
        action: &Action,
        w: &LbWait,
    ) -> Result<State> {
        let node = w.node.clone();
        let host = w.host.clone();
        let command = w
            .command
            .clone()
            .unwrap_or_else(|| crate::quote::command_line(&crate::apache::status_command()));
        let timeout = Duration::from_secs(w.seconds);
        let interval = Duration::from_millis(w.interval_ms.unwrap_or(1000).max(50));
        let needed = w.quiet.unwrap_or(3).max(1);
        // Readings come fast (50 ms) while the node reads idle or has been busy only briefly,
        // and back off to the step's interval while requests stay in flight; the quiet streak must also outlast the
        // load balancer's counter lag (vTM counts per second).
        let fast = Duration::from_millis(50).min(interval);
        let lag = self.lb.as_ref().map(|c| c.counter_lag()).unwrap_or_default();
        let mut backoff = fast;
        let mut busy_readings = 0u32;
        let mut streak_start: Option<Instant> = None;
        self.ui.command(&command);
        let mut started = Instant::now();
        let first = Instant::now();
        let bar = self.ui.bar(&action.title, timeout);
        let mut streak = 0;
        let mut readings = 0u32;
        // The whole wait is one busy section: Ctrl-C is noticed between readings, and then
        // the operator is asked whether to put the node back.
        let busy = signals::Busy::enter();
        loop {
            let lbc = self.lb()?.connections(&node).await?;
            let (out, _) = self.run_remote(action, &host, &command, false).await?;
            readings += 1;
            let apache = if out.success() {
                crate::apache::in_flight(&out.stdout)
            } else {
                Err(with_last_line(
                    format!("server-status failed ({})", out.status_text()),
                    &out.stderr,
                ))
            };
            let quiet = lbc.is_none_or(|c| c.in_flight == 0) && apache == Ok(0);
            streak = if quiet { streak + 1 } else { 0 };
            if quiet {
                streak_start.get_or_insert_with(Instant::now);
                busy_readings = 0;
                backoff = fast;
            } else {
                streak_start = None;
                // A short request (a health check) ends within a few fast readings; only a
                // longer drain backs off.
                busy_readings += 1;
                if busy_readings > 10 {
                    backoff = (backoff * 2).min(interval);
                }
            }
            let msg = format!(
                "load balancer: {}; httpd: {}; quiet {streak}/{needed}",
                lbc.map(|c| format!("{} in flight, {} connections", c.in_flight, c.total))
                    .unwrap_or_else(|| "not readable (manual)".into()),
                match &apache {
                    Ok(n) => format!("{n} busy"),
                    Err(e) => e.clone(),
                }
            );
            match &bar {
                Some(b) => {
                    b.set_message(msg.clone());
                    b.set_position(started.elapsed().as_secs().min(timeout.as_secs()));
                }
                None => self.ui.plain(&msg),
            }
            if streak >= needed && streak_start.is_some_and(|t| t.elapsed() >= lag) {
                if let Some(b) = bar {
                    b.finish_and_clear();
                }
                self.ui.info(&format!(
                    "drained after {:.1}s ({readings} readings): {msg}",
                    first.elapsed().as_secs_f64()
                ));
                self.log(action, Some(&command), "ok", out.status, first.elapsed())?;
                return Ok(State::Done);
            }
            if signals::interrupted() {
                if let Some(b) = &bar {
                    b.abandon();
                }
                drop(busy);
                let back = self.ui.can_ask()
                    && matches!(
                        self.ui.confirm(&format!(
                            "Interrupted while {host} drains. Put {node} back in service?"
                        )),
                        Answer::Yes | Answer::All
                    );
                if back {
                    self.put_back(action, &node).await?;
                }
                self.log(action, Some(&command), "interrupted", None, first.elapsed())?;
                return Err(self.interrupted(plan, i.saturating_sub(1)));
            }
            if started.elapsed() >= timeout {
                if let Some(b) = &bar {
                    b.suspend(|| ());
                }
                self.ui.warn(&format!("{host} did not drain within {}s: {msg}", timeout.as_secs()));
                let policy = self.drain_policy();
                match policy {
                    OnTimeout::Wait => {
                        self.ui.info("waiting another round");
                        started = Instant::now();
                    }
                    OnTimeout::Proceed => {
                        self.ui.warn(&format!(
                            "going on with {host} although requests may still be in flight"
                        ));
                        self.log(
                            action,
                            Some(&command),
                            "timeout, proceeding",
                            out.status,
                            first.elapsed(),
                        )?;
                        return Ok(State::Done);
                    }
                    OnTimeout::Back => {
                        self.put_back(action, &node).await?;
                        self.log(
                            action,
                            Some(&command),
                            "timeout, put back",
                            out.status,
                            first.elapsed(),
                        )?;
                        return Err(Error::StepFailed {
                            host,
                            step: step_name(action),
                            command,
                            status: format!(
                                "drain timed out after {}s; {node} was put back in service",
                                timeout.as_secs()
                            ),
                        });
                    }
                }
            }
            tokio::time::sleep(backoff).await;
        }
    }

    pub(super) async fn wait_up(&mut self, action: &Action, w: &LbWait) -> Result<State> {
        let node = w.node.clone();
        let timeout = Duration::from_secs(w.seconds);
        let interval = Duration::from_millis(w.interval_ms.unwrap_or(200).max(50));
        let started = Instant::now();
        loop {
            let status = self.lb()?.node(&node).await?;
            let Some(status) = status else {
                self.ui.info("manual load balancer: check in its UI that the node shows up");
                return Ok(State::Done);
            };
            if status.in_service() {
                self.ui
                    .info(&format!("{node} is up after {:.1}s", started.elapsed().as_secs_f64()));
                self.log(action, Some("read node state"), "ok", Some(0), started.elapsed())?;
                return Ok(State::Done);
            }
            if started.elapsed() >= timeout {
                self.log(action, Some("read node state"), "failed", None, started.elapsed())?;
                if let Some(f) = &action.on_failure {
                    self.ui.error(&format!("what to do: {f}"));
                }
                return Err(Error::LoadBalancer(format!(
                    "{node} is {} and {:?} after {}s",
                    status.admin.as_str(),
                    status.health,
                    timeout.as_secs()
                )));
            }
            let _busy = signals::Busy::enter();
            tokio::time::sleep(interval).await;
        }
    }
}

fn verb(state: AdminState) -> &'static str {
    match state {
        AdminState::Active => "Put back in service",
        AdminState::Draining => "Drain",
        AdminState::Disabled => "Take out of service",
    }
}
