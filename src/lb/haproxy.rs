//! HAProxy's runtime API (the stats socket at `level admin`), over a unix socket
//! (`socket = "unix:/run/haproxy.sock"`) or TCP (`socket = "127.0.0.1:9999"`). One command
//! per connection; HAProxy answers and closes. `show stat` is parsed by its header line.
//! A server is named in the inventory's `lb_node` either by its server name or by its
//! address (`10.0.0.11:80`), matched against the `svname` and `addr` columns.

use std::collections::HashMap;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::error::{Error, Result};
use crate::inventory::LoadBalancer;
use crate::lb::{AdminState, Connections, Health, LbRequest, NodeStatus};

pub struct Haproxy {
    socket: Socket,
    backend: String,
}

#[derive(Debug, Clone)]
enum Socket {
    Unix(String),
    Tcp(String),
}

impl std::fmt::Display for Socket {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Socket::Unix(p) => write!(f, "unix:{p}"),
            Socket::Tcp(a) => write!(f, "{a}"),
        }
    }
}

fn backend(lb: &LoadBalancer) -> String {
    lb.backend.clone().or_else(|| lb.pool.clone()).unwrap_or_else(|| "hgweb-http".into())
}

fn state_word(state: AdminState) -> &'static str {
    match state {
        AdminState::Active => "ready",
        AdminState::Draining => "drain",
        AdminState::Disabled => "maint",
    }
}

pub fn describe_set_state(lb: &LoadBalancer, node: &str, state: AdminState) -> LbRequest {
    LbRequest {
        method: "RUNTIME".into(),
        target: lb.socket.clone().unwrap_or_else(|| "(no socket configured)".into()),
        body: format!("set server {}/<server of {node}> state {}", backend(lb), state_word(state)),
    }
}

pub fn describe_membership(lb: &LoadBalancer, node: &str, join: bool) -> LbRequest {
    LbRequest {
        method: "RUNTIME".into(),
        target: lb.socket.clone().unwrap_or_else(|| "(no socket configured)".into()),
        body: if join {
            format!(
                "set server {}/<server of {node}> state maint (the server must be in haproxy.cfg already)",
                backend(lb)
            )
        } else {
            format!(
                "set server {}/<server of {node}> state maint (its line stays in haproxy.cfg: delete it there)",
                backend(lb)
            )
        },
    }
}

impl Haproxy {
    pub fn new(lb: &LoadBalancer) -> Result<Haproxy> {
        let socket = match lb.socket.as_deref() {
            None => return Err(Error::LoadBalancer(
                "[loadbalancer] kind = \"haproxy\" needs socket = \"unix:/path\" or \"host:port\""
                    .into(),
            )),
            Some(s) => match s.strip_prefix("unix:") {
                Some(p) => Socket::Unix(p.to_string()),
                None => Socket::Tcp(s.strip_prefix("tcp:").unwrap_or(s).to_string()),
            },
        };
        Ok(Haproxy { socket, backend: backend(lb) })
    }

    /// Send one command and return HAProxy's answer.
    pub async fn command(&self, line: &str) -> Result<String> {
        let io = |e: std::io::Error| {
            Error::LoadBalancer(format!("HAProxy runtime API at {}: {e}", self.socket))
        };
        let fut = async {
            let mut buf = Vec::new();
            match &self.socket {
                Socket::Unix(p) => {
                    let mut s = tokio::net::UnixStream::connect(p).await.map_err(io)?;
                    s.write_all(format!("{line}\n").as_bytes()).await.map_err(io)?;
                    s.read_to_end(&mut buf).await.map_err(io)?;
                }
                Socket::Tcp(a) => {
                    let mut s = tokio::net::TcpStream::connect(a).await.map_err(io)?;
                    s.write_all(format!("{line}\n").as_bytes()).await.map_err(io)?;
                    s.read_to_end(&mut buf).await.map_err(io)?;
                }
            }
            Ok(String::from_utf8_lossy(&buf).into_owned())
        };
        tokio::time::timeout(Duration::from_secs(10), fut).await.map_err(|_| {
            Error::LoadBalancer(format!("HAProxy runtime API at {}: no answer in 10s", self.socket))
        })?
    }

    async fn stat(&self) -> Result<Vec<HashMap<String, String>>> {
        let answer = self.command(&format!("show stat {} 4 -1", self.backend)).await?;
        let rows = parse_show_stat(&answer).map_err(|e| {
            Error::LoadBalancer(format!("HAProxy `show stat {}`: {e}", self.backend))
        })?;
        if rows.is_empty() {
            return Err(Error::LoadBalancer(format!(
                "HAProxy has no servers in backend {} (answer: {})",
                self.backend,
                answer.trim()
            )));
        }
        Ok(rows)
    }

    fn find<'a>(
        rows: &'a [HashMap<String, String>],
        node: &str,
    ) -> Option<&'a HashMap<String, String>> {
        rows.iter()
            .find(|r| r.get("svname").is_some_and(|v| v == node))
            .or_else(|| rows.iter().find(|r| r.get("addr").is_some_and(|v| v == node)))
    }

    async fn server_name(&self, node: &str) -> Result<String> {
        let rows = self.stat().await?;
        Self::find(&rows, node).and_then(|r| r.get("svname").cloned()).ok_or_else(|| {
            Error::LoadBalancer(format!(
                "no server of HAProxy backend {} is named or addressed {node}",
                self.backend
            ))
        })
    }

    pub async fn pool(&self) -> Result<Vec<NodeStatus>> {
        let rows = self.stat().await?;
        Ok(rows
            .iter()
            .map(|r| {
                let status = r.get("status").map(String::as_str).unwrap_or("");
                let (admin, health) = status_meaning(status);
                NodeStatus {
                    node: r.get("addr").cloned().unwrap_or_else(|| r["svname"].clone()),
                    admin,
                    health,
                }
            })
            .collect())
    }

    pub async fn set_state(&self, node: &str, state: AdminState) -> Result<bool> {
        let server = self.server_name(node).await?;
        let current = self.admin_state(&server).await?;
        if current == state {
            return Ok(false);
        }
        let cmd = format!("set server {}/{server} state {}", self.backend, state_word(state));
        let answer = self.command(&cmd).await?;
        if !answer.trim().is_empty() {
            return Err(Error::LoadBalancer(format!("HAProxy refused `{cmd}`: {}", answer.trim())));
        }
        let now = self.admin_state(&server).await?;
        if now != state {
            return Err(Error::LoadBalancer(format!(
                "after `{cmd}` HAProxy reports {server} as {} (someone else changed it?)",
                now.as_str()
            )));
        }
        Ok(true)
    }

    /// HAProxy's pool is its configuration: a server joins when it is listed there (this
    /// puts it in maintenance until it is enabled).
    pub async fn join(&self, node: &str) -> Result<bool> {
        let server = self.server_name(node).await.map_err(|_| {
            Error::LoadBalancer(format!(
                "HAProxy backend {} has no server for {node}: add it to haproxy.cfg (disabled) and reload HAProxy first",
                self.backend
            ))
        })?;
        let current = self.admin_state(&server).await?;
        if current == AdminState::Active {
            return Err(Error::LoadBalancer(format!(
                "{node} is in service in HAProxy backend {} already",
                self.backend
            )));
        }
        self.set_state(node, AdminState::Disabled).await
    }

    /// The server stays in the configuration, in maintenance.
    pub async fn leave(&self, node: &str) -> Result<bool> {
        self.set_state(node, AdminState::Disabled).await
    }

    /// The administrative state from `show servers state` (srv_admin_state bits).
    async fn admin_state(&self, server: &str) -> Result<AdminState> {
        let answer = self.command(&format!("show servers state {}", self.backend)).await?;
        let bits = parse_admin_state(&answer, server).ok_or_else(|| {
            Error::LoadBalancer(format!(
                "HAProxy `show servers state {}` has no row for {server}",
                self.backend
            ))
        })?;
        Ok(admin_from_bits(bits))
    }

    pub async fn connections(&self, node: &str) -> Result<Connections> {
        let rows = self.stat().await?;
        let r = Self::find(&rows, node).ok_or_else(|| {
            Error::LoadBalancer(format!("no HAProxy server for {node} in {}", self.backend))
        })?;
        let n = |k: &str| r.get(k).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
        Ok(Connections { in_flight: n("scur") + n("qcur"), total: n("scur") + n("srv_icur") })
    }
}

/// Parse `show stat` CSV by its `# ` header line.
pub fn parse_show_stat(text: &str) -> std::result::Result<Vec<HashMap<String, String>>, String> {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header = lines.next().ok_or("empty answer")?;
    let header =
        header.strip_prefix("# ").ok_or_else(|| format!("unexpected answer: {}", header.trim()))?;
    let names: Vec<&str> = header.split(',').collect();
    Ok(lines
        .map(|l| {
            names
                .iter()
                .zip(l.split(','))
                .filter(|(n, _)| !n.is_empty())
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect()
        })
        .collect())
}

/// `srv_admin_state` of a server from `show servers state`.
pub fn parse_admin_state(text: &str, server: &str) -> Option<u32> {
    let mut lines = text.lines();
    lines.next()?; // format version
    let header = lines.next()?.strip_prefix("# ")?;
    let names: Vec<&str> = header.split_whitespace().collect();
    let name_at = names.iter().position(|n| *n == "srv_name")?;
    let admin_at = names.iter().position(|n| *n == "srv_admin_state")?;
    lines
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .find(|f| f.get(name_at) == Some(&server))
        .and_then(|f| f.get(admin_at)?.parse().ok())
}

pub fn admin_from_bits(bits: u32) -> AdminState {
    // 0x01 FMAINT 0x02 IMAINT 0x04 CMAINT 0x20 RMAINT 0x40 HMAINT; 0x08 FDRAIN 0x10 IDRAIN
    if bits & (0x01 | 0x02 | 0x04 | 0x20 | 0x40) != 0 {
        AdminState::Disabled
    } else if bits & (0x08 | 0x10) != 0 {
        AdminState::Draining
    } else {
        AdminState::Active
    }
}

/// Admin state and health from the `status` column.
pub fn status_meaning(status: &str) -> (AdminState, Health) {
    let s = status.trim();
    if s.starts_with("MAINT") {
        (AdminState::Disabled, Health::Unknown)
    } else if s.starts_with("DRAIN") {
        (AdminState::Draining, Health::Up)
    } else if s.starts_with("UP") || s == "no check" || s.starts_with("NOLB") {
        (AdminState::Active, Health::Up)
    } else if s.starts_with("DOWN") {
        (AdminState::Active, Health::Down)
    } else {
        (AdminState::Active, Health::Unknown)
    }
}

#[cfg(test)]
mod fuzz;

#[cfg(test)]
mod tests {
    use super::*;

    // Shape of `show stat be 4 -1` on HAProxy 2.6, columns abridged but in
    // the documented order, with the trailing comma every line has.
    const STAT: &str = include_str!("../testdata/haproxy-show-stat.csv");
    // `show servers state be_web` (format 1).
    const SERVERS_STATE: &str = include_str!("../testdata/haproxy-show-servers-state.txt");

    #[test]
    fn show_stat_is_read_by_header() {
        let rows = parse_show_stat(STAT).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1]["svname"], "web2");
        assert_eq!(rows[1]["scur"], "2");
        assert_eq!(rows[1]["qcur"], "1");
        assert_eq!(rows[1]["status"], "DRAIN");
        assert_eq!(rows[1]["addr"], "127.0.0.1:8002");
        assert_eq!(rows[0]["srv_icur"], "2");
        assert!(Haproxy::find(&rows, "127.0.0.1:8001").is_some_and(|r| r["svname"] == "web1"));
        assert!(Haproxy::find(&rows, "web2").is_some());
        assert!(parse_show_stat("Unknown command.\n").is_err());
    }

    #[test]
    fn servers_state_bits() {
        let text = SERVERS_STATE;
        assert_eq!(parse_admin_state(text, "web1"), Some(0));
        assert_eq!(parse_admin_state(text, "web2"), Some(8));
        assert_eq!(parse_admin_state(text, "web3"), None);
        assert_eq!(admin_from_bits(8), AdminState::Draining);
        assert_eq!(admin_from_bits(1), AdminState::Disabled);
        assert_eq!(admin_from_bits(0), AdminState::Active);
    }

    #[test]
    fn status_column() {
        assert_eq!(status_meaning("UP"), (AdminState::Active, Health::Up));
        assert_eq!(status_meaning("UP 1/2"), (AdminState::Active, Health::Up));
        assert_eq!(status_meaning("DRAIN"), (AdminState::Draining, Health::Up));
        assert_eq!(status_meaning("MAINT (via be/s)"), (AdminState::Disabled, Health::Unknown));
        assert_eq!(status_meaning("DOWN 1/2"), (AdminState::Active, Health::Down));
    }
}
