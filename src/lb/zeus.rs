//! The vTM (Zeus / Stingray / Brocade / Pulse / Ivanti Virtual Traffic Manager) REST API.
//!
//! - Version: `api_version` from the inventory, or the highest version `GET /api/tm/` lists
//!   that this client speaks (3.0 and later: `nodes_table`), compared numerically.
//! - Node state: GET `config/active/pools/<pool>`, change one row's `state`, PUT the whole
//!   `nodes_table` back with every other field and row exactly as read, then GET again to
//!   confirm (the API has no optimistic locking).
//! - Connections: `status/<tm>/statistics/nodes/node/<ip:port>` summed over every traffic
//!   manager of the cluster (`GET status/` lists them; `local_tm` is only an alias).
//! - HTTP Basic credentials from `HGMO_CTL_LB_USER` / `HGMO_CTL_LB_PASSWORD` or a prompt,
//!   never printed. TLS is verified (system roots, or only `ca_file` when set); plain HTTP
//!   only to a loopback address, as vTM itself requires. There is no "insecure" switch.
//! - Connection errors and 5xx answers are retried a bounded number of times with backoff.

use std::time::Duration;

use reqwest::{Method, StatusCode, Url};
use serde_json::{json, Value};

use crate::error::{Error, Result};
use crate::inventory::{Inventory, LoadBalancer};
use crate::lb::{AdminState, Connections, Health, LbRequest, NodeStatus, RETRY_DELAYS_MS};
use crate::terminal::Ui;

pub struct Zeus {
    http: reqwest::Client,
    base: Url,
    version: Option<String>,
    pool: String,
    protection: String,
    rate_class: String,
    user: String,
    password: String,
}

fn pool_name(lb: &LoadBalancer) -> String {
    lb.pool.clone().unwrap_or_else(|| "hgweb-http".into())
}

pub fn protection_name(lb: &LoadBalancer) -> String {
    lb.protection.clone().unwrap_or_else(|| "hg".into())
}

pub fn rate_class_name(lb: &LoadBalancer) -> String {
    lb.rate_class.clone().unwrap_or_else(|| "hg-rate".into())
}

/// The request that sets the rate limit, as a plan shows it (no connection made).
pub fn describe_rate(lb: &LoadBalancer, per_minute: u64) -> LbRequest {
    LbRequest {
        method: "PUT".into(),
        target: config_url(lb, &format!("rate/{}", rate_class_name(lb))),
        body: format!(
            "{{\"properties\":{{\"basic\":{{\"max_rate_per_minute\":{per_minute}}}}}}} \
             (Authorization: Basic <redacted>; the class is read first and re-read after)"
        ),
    }
}

/// The request that adds or removes a ban, as a plan shows it (no connection made).
pub fn describe_bans(lb: &LoadBalancer, change: &str) -> LbRequest {
    LbRequest {
        method: "PUT".into(),
        target: config_url(lb, &format!("protection/{}", protection_name(lb))),
        body: format!(
            "{{\"properties\":{{\"access_restriction\":{{\"banned\":[<as read, {change}>]}},\
             \"basic\":{{\"note\":\"<as read, its hgmo-ctl line for the address updated>\"}}}}}} \
             (Authorization: Basic <redacted>; the class is read first and re-read after)"
        ),
    }
}

/// The URL of a configuration resource as a plan shows it (`pools/hgweb-http`, ...): the
/// version is the inventory's, or said to be the highest one the API lists.
pub fn config_url(lb: &LoadBalancer, resource: &str) -> String {
    let url = lb.url.as_deref().unwrap_or("(no url configured)").trim_end_matches('/');
    let version = lb.api_version.as_deref().unwrap_or("<highest listed by GET /api/tm/>");
    format!("{url}/api/tm/{version}/config/active/{resource}")
}

pub fn describe_set_state(lb: &LoadBalancer, node: &str, state: AdminState) -> LbRequest {
    LbRequest {
        method: "PUT".into(),
        target: config_url(lb, &format!("pools/{}", pool_name(lb))),
        body: format!(
            "{{\"properties\":{{\"basic\":{{\"nodes_table\":[<every row as read, unchanged>, \
             {{\"node\":\"{node}\",\"state\":\"{}\", <its other fields as read>}}]}}}}}} \
             (Authorization: Basic <redacted>; the pool is read first and re-read after)",
            state.as_str()
        ),
    }
}

pub fn describe_membership(lb: &LoadBalancer, node: &str, join: bool) -> LbRequest {
    let change = if join {
        format!("<every row as read>, {{\"node\":\"{node}\",\"state\":\"disabled\"}}")
    } else {
        format!("<every row as read but {node}'s>")
    };
    LbRequest {
        method: "PUT".into(),
        target: config_url(lb, &format!("pools/{}", pool_name(lb))),
        body: format!(
            "{{\"properties\":{{\"basic\":{{\"nodes_table\":[{change}]}}}}}} \
             (Authorization: Basic <redacted>; the pool is read first and re-read after)"
        ),
    }
}

/// The table with the node added, disabled (`None` when it is there already).
pub fn with_node(table: &[Value], node: &str) -> Option<Vec<Value>> {
    if table.iter().any(|r| r["node"].as_str() == Some(node)) {
        return None;
    }
    let mut rows = table.to_vec();
    rows.push(json!({"node": node, "state": "disabled"}));
    Some(rows)
}

/// The table without the node (`None` when it is not there).
pub fn without_node(table: &[Value], node: &str) -> Option<Vec<Value>> {
    let rows: Vec<Value> =
        table.iter().filter(|r| r["node"].as_str() != Some(node)).cloned().collect();
    (rows.len() < table.len()).then_some(rows)
}

/// Parse and order API versions numerically ("3.11" after "3.8").
pub fn pick_version(listing: &Value) -> Option<String> {
    let mut versions: Vec<(Vec<u64>, String)> = listing["children"]
        .as_array()?
        .iter()
        .filter_map(|c| c["name"].as_str())
        .filter_map(|name| {
            let parts: Option<Vec<u64>> = name.split('.').map(|p| p.parse().ok()).collect();
            parts.map(|p| (p, name.to_string()))
        })
        .filter(|(p, _)| p.first().is_some_and(|major| *major >= 3))
        .collect();
    versions.sort();
    versions.pop().map(|(_, name)| name)
}

/// One row of `nodes_table` as (node, state), every other field left alone.
fn row_state(row: &Value) -> Option<(&str, &str)> {
    Some((row["node"].as_str()?, row["state"].as_str()?))
}

fn admin_of(state: &str) -> AdminState {
    match state {
        "draining" => AdminState::Draining,
        "disabled" => AdminState::Disabled,
        _ => AdminState::Active,
    }
}

/// The table with one row's state changed; every other field and row as read.
pub fn with_state(table: &[Value], node: &str, state: AdminState) -> Option<Vec<Value>> {
    let mut found = false;
    let rows = table
        .iter()
        .map(|row| {
            let mut row = row.clone();
            if row["node"].as_str() == Some(node) {
                found = true;
                row["state"] = json!(state.as_str());
            }
            row
        })
        .collect();
    found.then_some(rows)
}

/// The text of a vTM error body, or the status when the body is not the documented JSON.
fn describe_error(status: StatusCode, body: &str) -> String {
    match serde_json::from_str::<Value>(body) {
        Ok(v) if v.get("error_id").is_some() => {
            let mut s = format!(
                "{} ({}; HTTP {})",
                v["error_text"].as_str().unwrap_or("no error_text"),
                v["error_id"].as_str().unwrap_or("?"),
                status.as_u16()
            );
            if let Some(info) = v.get("error_info") {
                s.push_str(&format!(": {info}"));
            }
            s
        }
        _ => format!("HTTP {status}"),
    }
}

impl Zeus {
    pub fn new(inv: &Inventory, ui: &Ui) -> Result<Zeus> {
        let lb = &inv.loadbalancer;
        let err = |m: String| Error::LoadBalancer(m);
        let url = lb.url.as_deref().ok_or_else(|| {
            err("[loadbalancer] kind = \"zeus\" needs url = \"https://HOST:9070\"".into())
        })?;
        let base = Url::parse(url).map_err(|e| err(format!("load balancer url {url:?}: {e}")))?;
        let host = base.host_str().unwrap_or("");
        let loopback = host == "localhost"
            || host
                .trim_start_matches('[')
                .trim_end_matches(']')
                .parse::<std::net::IpAddr>()
                .is_ok_and(|a| a.is_loopback());
        match base.scheme() {
            "https" => {}
            "http" if loopback => {}
            other => {
                return Err(err(format!(
                    "load balancer url {url}: {other}:// is only allowed to a loopback address; use https://"
                )))
            }
        }
        let mut builder = reqwest::Client::builder()
            .timeout(Duration::from_secs(lb.timeout.unwrap_or(10).max(1)))
            .connect_timeout(Duration::from_secs(5))
            .https_only(!loopback);
        if let Some(ca) = &lb.ca_file {
            let path = inv.resolve_path(ca);
            let pem = std::fs::read(&path)
                .map_err(|e| err(format!("cannot read ca_file {}: {e}", path.display())))?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem)
                .map_err(|e| err(format!("ca_file {}: {e}", path.display())))?;
            if certs.is_empty() {
                return Err(err(format!("ca_file {} holds no certificate", path.display())));
            }
            builder = builder.tls_certs_only(certs);
        }
        let http =
            builder.build().map_err(|e| err(format!("cannot build the HTTP client: {e}")))?;
        let (user, password) = credentials(ui)?;
        Ok(Zeus {
            http,
            base,
            version: lb.api_version.clone(),
            pool: pool_name(lb),
            protection: protection_name(lb),
            rate_class: rate_class_name(lb),
            user,
            password,
        })
    }

    fn url(&self, path: &str) -> Result<Url> {
        self.base
            .join(path)
            .map_err(|e| Error::LoadBalancer(format!("bad load balancer path {path}: {e}")))
    }

    /// One call with bounded retries on connection errors and 5xx. `Ok(None)` for 404.
    async fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Option<Value>> {
        let url = self.url(path)?;
        let mut attempt = 0;
        loop {
            let mut req = self
                .http
                .request(method.clone(), url.clone())
                .basic_auth(&self.user, Some(&self.password));
            if let Some(b) = body {
                req = req.json(b);
            }
            let outcome = req.send().await;
            let retryable = match outcome {
                Ok(resp) => {
                    let status = resp.status();
                    let text = resp.text().await.unwrap_or_default();
                    if status.is_success() {
                        let v = serde_json::from_str(&text).map_err(|e| {
                            Error::LoadBalancer(format!("{method} {url}: answer is not JSON: {e}"))
                        })?;
                        return Ok(Some(v));
                    }
                    if status == StatusCode::NOT_FOUND {
                        return Ok(None);
                    }
                    let message = format!("{method} {url}: {}", describe_error(status, &text));
                    if status == StatusCode::UNAUTHORIZED {
                        return Err(Error::LoadBalancer(format!(
                            "{message}; check HGMO_CTL_LB_USER / HGMO_CTL_LB_PASSWORD"
                        )));
                    }
                    if !status.is_server_error() {
                        return Err(Error::LoadBalancer(message));
                    }
                    message
                }
                Err(e) => {
                    let mut m = format!("{method} {url}: {e}");
                    let mut src = std::error::Error::source(&e);
                    while let Some(s) = src {
                        m.push_str(&format!(": {s}"));
                        src = s.source();
                    }
                    // A TLS verification failure will not get better by retrying.
                    if m.contains("certificate") || m.contains("UnknownIssuer") {
                        return Err(Error::LoadBalancer(m));
                    }
                    m
                }
            };
            match RETRY_DELAYS_MS.get(attempt) {
                Some(ms) => {
                    tokio::time::sleep(Duration::from_millis(*ms)).await;
                    attempt += 1;
                }
                None => {
                    return Err(Error::LoadBalancer(format!(
                        "{retryable} (gave up after {} attempts)",
                        attempt + 1
                    )))
                }
            }
        }
    }

    async fn version(&mut self) -> Result<String> {
        if let Some(v) = &self.version {
            return Ok(v.clone());
        }
        let listing = self.call(Method::GET, "/api/tm/", None).await?.ok_or_else(|| {
            Error::LoadBalancer(format!("{}api/tm/ not found: is this a vTM REST API?", self.base))
        })?;
        let v = pick_version(&listing).ok_or_else(|| {
            Error::LoadBalancer(format!(
                "the load balancer lists no REST API version 3.0 or later ({listing})"
            ))
        })?;
        self.version = Some(v.clone());
        Ok(v)
    }

    fn pool_path(&self, v: &str) -> String {
        format!("/api/tm/{v}/config/active/pools/{}", self.pool)
    }

    async fn table(&mut self) -> Result<Vec<Value>> {
        let v = self.version().await?;
        let path = self.pool_path(&v);
        let doc = self.call(Method::GET, &path, None).await?.ok_or_else(|| {
            Error::LoadBalancer(format!("pool {} not found on the load balancer", self.pool))
        })?;
        doc["properties"]["basic"]["nodes_table"].as_array().cloned().ok_or_else(|| {
            Error::LoadBalancer(format!("pool {}: properties.basic.nodes_table missing", self.pool))
        })
    }

    /// The traffic managers of the cluster (falls back to `local_tm`).
    async fn members(&mut self) -> Result<Vec<String>> {
        let v = self.version().await?;
        let listing = self.call(Method::GET, &format!("/api/tm/{v}/status/"), None).await?;
        let mut names: Vec<String> = listing
            .as_ref()
            .and_then(|l| l["children"].as_array())
            .map(|c| c.iter().filter_map(|x| x["name"].as_str()).map(String::from).collect())
            .unwrap_or_default();
        names.retain(|n| n != "local_tm");
        if names.is_empty() {
            names.push("local_tm".into());
        }
        Ok(names)
    }

    async fn node_stats(&mut self, node: &str) -> Result<Vec<Value>> {
        let v = self.version().await?;
        let mut out = Vec::new();
        for tm in self.members().await? {
            let path = format!("/api/tm/{v}/status/{tm}/statistics/nodes/node/{node}");
            if let Some(s) = self.call(Method::GET, &path, None).await? {
                out.push(s["statistics"].clone());
            }
        }
        Ok(out)
    }

    pub async fn pool(&mut self) -> Result<Vec<NodeStatus>> {
        let table = self.table().await?;
        let mut out = Vec::new();
        for row in &table {
            let Some((node, state)) = row_state(row) else { continue };
            let stats = self.node_stats(node).await?;
            let health = if stats.is_empty() {
                Health::Unknown
            } else if stats.iter().all(|s| s["state"] == "alive") {
                Health::Up
            } else if stats.iter().any(|s| s["state"] == "dead") {
                Health::Down
            } else {
                Health::Unknown
            };
            out.push(NodeStatus { node: node.to_string(), admin: admin_of(state), health });
        }
        Ok(out)
    }

    pub async fn set_state(&mut self, node: &str, state: AdminState) -> Result<bool> {
        let table = self.table().await?;
        let current = table.iter().filter_map(row_state).find(|(n, _)| *n == node).map(|(_, s)| s);
        match current {
            None => {
                return Err(Error::LoadBalancer(format!(
                    "node {node} is not in pool {}",
                    self.pool
                )))
            }
            Some(s) if s == state.as_str() => return Ok(false),
            Some(_) => {}
        }
        let rows = with_state(&table, node, state).expect("the node is in the table");
        let v = self.version().await?;
        let path = self.pool_path(&v);
        let body = json!({"properties": {"basic": {"nodes_table": rows}}});
        self.call(Method::PUT, &path, Some(&body)).await?;
        // Re-read: the API has no optimistic locking; make sure our change is what stands.
        let after = self.table().await?;
        let now = after.iter().filter_map(row_state).find(|(n, _)| *n == node).map(|(_, s)| s);
        if now != Some(state.as_str()) {
            return Err(Error::LoadBalancer(format!(
                "after the PUT, pool {} shows {node} as {} instead of {} (someone else changed the pool?)",
                self.pool,
                now.unwrap_or("missing"),
                state.as_str()
            )));
        }
        Ok(true)
    }

    async fn put_table(&mut self, rows: Vec<Value>) -> Result<Vec<Value>> {
        let v = self.version().await?;
        let path = self.pool_path(&v);
        let body = json!({"properties": {"basic": {"nodes_table": rows}}});
        self.call(Method::PUT, &path, Some(&body)).await?;
        // Re-read: the API has no optimistic locking; make sure our change is what stands.
        self.table().await
    }

    pub async fn join(&mut self, node: &str) -> Result<bool> {
        let table = self.table().await?;
        let current = table.iter().filter_map(row_state).find(|(n, _)| *n == node).map(|(_, s)| s);
        if let Some(state) = current {
            if state == AdminState::Active.as_str() {
                return Err(Error::LoadBalancer(format!(
                    "{node} is in service in pool {} already",
                    self.pool
                )));
            }
            return Ok(false);
        }
        let rows = with_node(&table, node).expect("the node is not in the table");
        let after = self.put_table(rows).await?;
        let now = after.iter().filter_map(row_state).find(|(n, _)| *n == node).map(|(_, s)| s);
        if now != Some(AdminState::Disabled.as_str()) {
            return Err(Error::LoadBalancer(format!(
                "after the PUT, pool {} shows {node} as {} instead of disabled (someone else changed the pool?)",
                self.pool,
                now.unwrap_or("missing")
            )));
        }
        Ok(true)
    }

    pub async fn leave(&mut self, node: &str) -> Result<bool> {
        let table = self.table().await?;
        let current = table.iter().filter_map(row_state).find(|(n, _)| *n == node).map(|(_, s)| s);
        match current {
            None => return Ok(false),
            Some(s) if s != AdminState::Disabled.as_str() => {
                return Err(Error::LoadBalancer(format!(
                    "{node} is {s} in pool {}: only a disabled node is removed",
                    self.pool
                )))
            }
            Some(_) => {}
        }
        let rows = without_node(&table, node).expect("the node is in the table");
        let after = self.put_table(rows).await?;
        if after.iter().filter_map(row_state).any(|(n, _)| n == node) {
            return Err(Error::LoadBalancer(format!(
                "after the PUT, pool {} still lists {node} (someone else changed the pool?)",
                self.pool
            )));
        }
        Ok(true)
    }

    fn protection_path(&self, v: &str) -> String {
        format!("/api/tm/{v}/config/active/protection/{}", self.protection)
    }

    /// The protection class's banned addresses and its note, as read.
    pub async fn bans(&mut self) -> Result<(Vec<String>, String)> {
        let v = self.version().await?;
        let path = self.protection_path(&v);
        let doc = self.call(Method::GET, &path, None).await?.ok_or_else(|| {
            Error::LoadBalancer(format!(
                "protection class {} not found on the load balancer ([loadbalancer] protection)",
                self.protection
            ))
        })?;
        let banned = doc["properties"]["access_restriction"]["banned"]
            .as_array()
            .ok_or_else(|| {
                Error::LoadBalancer(format!(
                    "protection class {}: properties.access_restriction.banned missing",
                    self.protection
                ))
            })?
            .iter()
            .filter_map(|a| a.as_str().map(String::from))
            .collect();
        let note = doc["properties"]["basic"]["note"].as_str().unwrap_or_default().to_string();
        Ok((banned, note))
    }

    /// Write the banned list and the note (nothing else of the class), then read them back.
    pub async fn set_bans(&mut self, banned: &[String], note: &str) -> Result<()> {
        let v = self.version().await?;
        let path = self.protection_path(&v);
        let body = json!({"properties": {
            "access_restriction": {"banned": banned},
            "basic": {"note": note},
        }});
        self.call(Method::PUT, &path, Some(&body)).await?;
        let (now, now_note) = self.bans().await?;
        if now != banned || now_note != note {
            return Err(Error::LoadBalancer(format!(
                "after the PUT, protection class {} bans {now:?} (someone else changed it?)",
                self.protection
            )));
        }
        Ok(())
    }

    fn rate_path(&self, v: &str) -> String {
        format!("/api/tm/{v}/config/active/rate/{}", self.rate_class)
    }

    /// The rate class's `max_rate_per_minute` and `max_rate_per_second` (0: no limit).
    pub async fn rate(&mut self) -> Result<(u64, u64)> {
        let v = self.version().await?;
        let path = self.rate_path(&v);
        let doc = self.call(Method::GET, &path, None).await?.ok_or_else(|| {
            Error::LoadBalancer(format!(
                "rate class {} not found on the load balancer ([loadbalancer] rate_class)",
                self.rate_class
            ))
        })?;
        let basic = &doc["properties"]["basic"];
        match (basic["max_rate_per_minute"].as_u64(), basic["max_rate_per_second"].as_u64()) {
            (Some(m), Some(s)) => Ok((m, s)),
            _ => Err(Error::LoadBalancer(format!(
                "rate class {}: properties.basic.max_rate_per_minute/second missing",
                self.rate_class
            ))),
        }
    }

    /// Set `max_rate_per_minute` (nothing else), then read it back. False when it already was.
    pub async fn set_rate(&mut self, per_minute: u64) -> Result<bool> {
        if self.rate().await?.0 == per_minute {
            return Ok(false);
        }
        let v = self.version().await?;
        let path = self.rate_path(&v);
        let body = json!({"properties": {"basic": {"max_rate_per_minute": per_minute}}});
        self.call(Method::PUT, &path, Some(&body)).await?;
        let now = self.rate().await?.0;
        if now != per_minute {
            return Err(Error::LoadBalancer(format!(
                "after the PUT, rate class {} allows {now} per minute instead of {per_minute}",
                self.rate_class
            )));
        }
        Ok(true)
    }

    pub async fn connections(&mut self, node: &str) -> Result<Connections> {
        let stats = self.node_stats(node).await?;
        let sum = |k: &str| stats.iter().map(|s| s[k].as_u64().unwrap_or(0)).sum();
        Ok(Connections { in_flight: sum("current_requests"), total: sum("current_conn") })
    }
}

/// Credentials from the environment, or asked for on the terminal. Never printed.
fn credentials(ui: &Ui) -> Result<(String, String)> {
    let user = std::env::var("HGMO_CTL_LB_USER").ok().filter(|u| !u.is_empty());
    let password = std::env::var("HGMO_CTL_LB_PASSWORD").ok().filter(|p| !p.is_empty());
    if let (Some(u), Some(p)) = (&user, &password) {
        return Ok((u.clone(), p.clone()));
    }
    let _ = ui;
    if !console::Term::stderr().is_term() {
        return Err(Error::LoadBalancer(
            "load balancer credentials: set HGMO_CTL_LB_USER and HGMO_CTL_LB_PASSWORD (no terminal to ask on)".into(),
        ));
    }
    let user = match user {
        Some(u) => u,
        None => dialoguer::Input::<String>::new()
            .with_prompt("Load balancer user")
            .interact_text()
            .map_err(|e| Error::LoadBalancer(format!("cannot read the user: {e}")))?,
    };
    let password = match password {
        Some(p) => p,
        None => dialoguer::Password::new()
            .with_prompt(format!("Password for {user}"))
            .interact()
            .map_err(|e| Error::LoadBalancer(format!("cannot read the password: {e}")))?,
    };
    Ok((user, password))
}

#[cfg(test)]
mod fuzz;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_node_joins_disabled_and_leaves_with_every_other_row_as_read() {
        let table = vec![
            json!({"node": "10.0.0.1:80", "state": "active", "weight": 3, "priority": 2}),
            json!({"node": "10.0.0.2:80", "state": "disabled", "source_ip": "x"}),
        ];
        let joined = with_node(&table, "10.0.0.3:80").expect("added");
        assert_eq!(joined.len(), 3);
        assert_eq!(&joined[..2], &table[..]);
        assert_eq!(joined[2], json!({"node": "10.0.0.3:80", "state": "disabled"}));
        assert!(with_node(&table, "10.0.0.2:80").is_none(), "in the pool already");
        let left = without_node(&table, "10.0.0.1:80").expect("removed");
        assert_eq!(left, vec![table[1].clone()]);
        assert!(without_node(&table, "10.0.0.9:80").is_none(), "not in the pool");
    }

    #[test]
    fn versions_are_compared_numerically() {
        let listing = json!({"children": [
            {"name": "3.8", "href": "/api/tm/3.8/"},
            {"name": "3.11", "href": "/api/tm/3.11/"},
            {"name": "2.0", "href": "/api/tm/2.0/"},
            {"name": "1.0", "href": "/api/tm/1.0/"}
        ]});
        assert_eq!(pick_version(&listing).as_deref(), Some("3.11"));
        let old = json!({"children": [{"name": "2.0"}, {"name": "1.1"}]});
        assert_eq!(pick_version(&old), None);
        let new = json!({"children": [{"name": "8.3"}, {"name": "4.0"}, {"name": "10.0"}]});
        assert_eq!(pick_version(&new).as_deref(), Some("10.0"));
    }

    /// The API 5.2 fixture of the reference (§1.4), plus a field this client does not know.
    fn fixture() -> Value {
        json!({"properties": {
          "basic": {
            "monitors": ["Ping"],
            "node_delete_behavior": "immediate",
            "node_drain_to_delete_timeout": 0,
            "nodes_table": [
              {"node": "10.0.0.1:8000", "state": "active", "priority": 1, "weight": 1},
              {"node": "10.0.0.2:8000", "state": "draining", "priority": 1, "weight": 1,
               "source_ip": "", "future_field": {"kept": true}}
            ],
            "passive_monitoring": true, "persistence_class": "", "failure_pool": "" },
          "connection": {"max_connect_time": 4, "max_reply_time": 30, "queue_timeout": 10, "max_connections_per_node": 0},
          "http": {"keepalive": true, "keepalive_non_idempotent": false},
          "load_balancing": {"algorithm": "round_robin", "priority_enabled": false, "priority_nodes": 1}
        }})
    }

    #[test]
    fn one_row_changes_and_everything_else_is_kept() {
        let doc = fixture();
        let table = doc["properties"]["basic"]["nodes_table"].as_array().unwrap();
        let rows = with_state(table, "10.0.0.2:8000", AdminState::Active).unwrap();
        assert_eq!(rows[0], table[0]);
        assert_eq!(rows[1]["state"], "active");
        assert_eq!(rows[1]["future_field"], json!({"kept": true}));
        assert_eq!(rows[1]["source_ip"], "");
        assert_eq!(rows[1]["weight"], 1);
        assert!(with_state(table, "10.9.9.9:80", AdminState::Active).is_none());
    }

    #[test]
    fn errors_are_read_from_the_documented_body() {
        let body =
            r#"{"error_id":"auth.invalid","error_text":"User name or password was invalid"}"#;
        assert_eq!(
            describe_error(StatusCode::UNAUTHORIZED, body),
            "User name or password was invalid (auth.invalid; HTTP 401)"
        );
        assert_eq!(
            describe_error(StatusCode::BAD_GATEWAY, "<html>proxy</html>"),
            "HTTP 502 Bad Gateway"
        );
        let v = r#"{"error_id":"pool.edit.invalid","error_text":"Invalid","error_info":{"basic":{"nodes_table":{"error_text":"bad state"}}}}"#;
        assert!(describe_error(StatusCode::BAD_REQUEST, v).contains("bad state"));
    }

    #[test]
    fn the_plan_shows_no_credentials() {
        let lb = LoadBalancer {
            kind: crate::inventory::LoadBalancerKind::Zeus,
            url: Some("https://zlb.example.com:9070/".into()),
            pool: Some("hgweb-http".into()),
            ..Default::default()
        };
        let r = describe_set_state(&lb, "10.0.0.1:80", AdminState::Draining);
        assert_eq!(r.method, "PUT");
        assert!(r.target.starts_with("https://zlb.example.com:9070/api/tm/"));
        assert!(r.target.ends_with("/config/active/pools/hgweb-http"));
        assert!(r.body.contains("\"state\":\"draining\""));
        assert!(r.body.contains("<redacted>"));
    }
}
