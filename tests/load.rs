//! Client load through the lab's front end (HAProxy), for the zero-downtime tests: several
//! clients doing real `hg clone`, `hg pull` and hgweb page GETs for as long as it runs, each
//! request counted as ok or failed. And a sampler of the load balancer's state.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

#[derive(Debug, Default, Clone)]
pub struct Tally {
    pub ok: u64,
    pub failed: u64,
    pub failures: Vec<String>,
}

impl Tally {
    fn add(&mut self, r: Result<(), String>) {
        match r {
            Ok(()) => self.ok += 1,
            Err(e) => {
                self.failed += 1;
                if self.failures.len() < 20 {
                    self.failures.push(e);
                }
            }
        }
    }

    fn merge(&mut self, other: Tally) {
        self.ok += other.ok;
        self.failed += other.failed;
        self.failures.extend(other.failures.into_iter().take(20));
    }
}

pub struct Load {
    stop: Arc<AtomicBool>,
    handles: Vec<JoinHandle<Tally>>,
    _dir: tempfile::TempDir,
}

/// `http://127.0.0.1:18080` → ("127.0.0.1:18080").
fn authority(base: &str) -> String {
    base.trim_start_matches("http://").trim_end_matches('/').to_string()
}

/// One GET with HTTP/1.1 and `Connection: close`; ok when the status is 200 and the whole
/// body arrived (Content-Length or chunked end).
pub fn get(base: &str, path: &str) -> Result<(), String> {
    let addr = authority(base);
    let mut s = TcpStream::connect(&addr).map_err(|e| format!("GET {path}: connect: {e}"))?;
    s.set_read_timeout(Some(Duration::from_secs(30))).ok();
    write!(s, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n")
        .map_err(|e| format!("GET {path}: send: {e}"))?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).map_err(|e| format!("GET {path}: read: {e}"))?;
    let text = String::from_utf8_lossy(&buf);
    let status = text.lines().next().unwrap_or("");
    if !status.starts_with("HTTP/1.1 200") && !status.starts_with("HTTP/1.0 200") {
        return Err(format!("GET {path}: {status:?}"));
    }
    let (head, body) = text.split_once("\r\n\r\n").ok_or(format!("GET {path}: no header end"))?;
    let head_l = head.to_ascii_lowercase();
    if let Some(len) = head_l
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok())
    {
        if body.len() < len {
            return Err(format!("GET {path}: body cut at {} of {len} bytes", body.len()));
        }
    } else if head_l.contains("transfer-encoding: chunked") && !body.ends_with("0\r\n\r\n") {
        return Err(format!("GET {path}: chunked body cut short"));
    }
    Ok(())
}

fn hg(args: &[&str], cwd: &std::path::Path) -> Result<(), String> {
    let out = Command::new("hg")
        .args(args)
        .current_dir(cwd)
        .env("HGRCPATH", "")
        .env("HGPLAIN", "1")
        .output()
        .map_err(|e| format!("hg {args:?}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "hg {}: {} {}",
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

impl Load {
    /// Start `cloners` clients cloning, `pullers` pulling and `getters` fetching pages.
    pub fn start(base: &str, cloners: usize, pullers: usize, getters: usize) -> Load {
        let stop = Arc::new(AtomicBool::new(false));
        let dir = tempfile::Builder::new().prefix("hgmo-load").tempdir().unwrap();
        let mut handles = Vec::new();
        let repo = format!("{}/mozilla-central", base.trim_end_matches('/'));
        for i in 0..cloners {
            let (stop, repo) = (stop.clone(), repo.clone());
            let d: PathBuf = dir.path().join(format!("clone{i}"));
            handles.push(std::thread::spawn(move || {
                let mut t = Tally::default();
                let mut n = 0;
                while !stop.load(Ordering::SeqCst) {
                    let target = d.join(n.to_string());
                    std::fs::create_dir_all(&d).unwrap();
                    t.add(hg(&["clone", "-q", "-U", &repo, target.to_str().unwrap()], &d));
                    let _ = std::fs::remove_dir_all(&target);
                    n += 1;
                }
                t
            }));
        }
        for i in 0..pullers {
            let (stop, repo) = (stop.clone(), repo.clone());
            let d: PathBuf = dir.path().join(format!("pull{i}"));
            handles.push(std::thread::spawn(move || {
                let mut t = Tally::default();
                std::fs::create_dir_all(&d).unwrap();
                let wc = d.join("wc");
                while let Err(e) = hg(&["clone", "-q", "-U", &repo, wc.to_str().unwrap()], &d) {
                    t.add(Err(e));
                    if stop.load(Ordering::SeqCst) {
                        return t;
                    }
                }
                while !stop.load(Ordering::SeqCst) {
                    t.add(hg(&["pull", "-q", "-R", wc.to_str().unwrap(), &repo], &d));
                }
                t
            }));
        }
        let pages = [
            "/",
            "/mozilla-central/",
            "/mozilla-central/log",
            "/try/json-log",
            "/integration/autoland/file/tip/",
        ];
        for i in 0..getters {
            let (stop, base) = (stop.clone(), base.to_string());
            handles.push(std::thread::spawn(move || {
                let mut t = Tally::default();
                let mut n = i;
                while !stop.load(Ordering::SeqCst) {
                    t.add(get(&base, pages[n % pages.len()]));
                    n += 1;
                }
                t
            }));
        }
        Load { stop, handles, _dir: dir }
    }

    pub fn stop(self) -> Tally {
        self.stop.store(true, Ordering::SeqCst);
        let mut total = Tally::default();
        for h in self.handles {
            total.merge(h.join().unwrap());
        }
        total
    }
}

/// Samples HAProxy's view of the backend every `every` and keeps the largest number of
/// servers seen out of service at once (status not UP), with the moment it was seen.
pub struct Sampler {
    stop: Arc<AtomicBool>,
    handle: Option<JoinHandle<()>>,
    pub worst: Arc<Mutex<(usize, String)>>,
    pub samples: Arc<Mutex<u64>>,
    pub max_gap: Arc<Mutex<Duration>>,
}

pub fn haproxy(socket: &str, cmd: &str) -> String {
    let mut s = std::os::unix::net::UnixStream::connect(socket).unwrap();
    writeln!(s, "{cmd}").unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

/// (server name, status) of every server of the backend.
pub fn servers(socket: &str, backend: &str) -> Vec<(String, String)> {
    let text = haproxy(socket, &format!("show stat {backend} 4 -1"));
    let mut lines = text.lines().filter(|l| !l.is_empty());
    let header: Vec<&str> =
        lines.next().unwrap_or("").trim_start_matches("# ").split(',').collect();
    let sv = header.iter().position(|h| *h == "svname").unwrap();
    let st = header.iter().position(|h| *h == "status").unwrap();
    lines
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[sv].to_string(), f[st].to_string())
        })
        .collect()
}

impl Sampler {
    pub fn start(socket: &str, backend: &str, every: Duration) -> Sampler {
        let stop = Arc::new(AtomicBool::new(false));
        let worst = Arc::new(Mutex::new((0usize, String::new())));
        let samples = Arc::new(Mutex::new(0u64));
        let max_gap = Arc::new(Mutex::new(Duration::ZERO));
        let (s2, w2, n2, g2) = (stop.clone(), worst.clone(), samples.clone(), max_gap.clone());
        let (socket, backend) = (socket.to_string(), backend.to_string());
        let handle = std::thread::spawn(move || {
            let mut last = Instant::now();
            while !s2.load(Ordering::SeqCst) {
                let servers = servers(&socket, &backend);
                let out: Vec<String> = servers
                    .iter()
                    .filter(|(_, st)| !st.starts_with("UP"))
                    .map(|(n, st)| format!("{n}={st}"))
                    .collect();
                {
                    let mut w = w2.lock().unwrap();
                    if out.len() > w.0 {
                        *w = (out.len(), out.join(" "));
                    }
                }
                *n2.lock().unwrap() += 1;
                let gap = last.elapsed();
                last = Instant::now();
                let mut g = g2.lock().unwrap();
                if gap > *g {
                    *g = gap;
                }
                drop(g);
                std::thread::sleep(every);
            }
        });
        Sampler { stop, handle: Some(handle), worst, samples, max_gap }
    }

    /// Stop and return (largest out-of-service count, what it was, samples, largest gap).
    pub fn stop(mut self) -> (usize, String, u64, Duration) {
        self.stop.store(true, Ordering::SeqCst);
        self.handle.take().unwrap().join().unwrap();
        let w = self.worst.lock().unwrap().clone();
        let n = *self.samples.lock().unwrap();
        let g = *self.max_gap.lock().unwrap();
        (w.0, w.1, n, g)
    }
}
