//! Apache httpd's `server-status?auto` (mod_status), read on the hgweb host itself. The
//! status request counts itself as one busy worker, so the requests in flight are
//! `BusyWorkers - 1`. Keys are parsed by name; a missing
//! key is an error; where httpd before 2.4.58 printed `BusyWorkers` twice, the first (global)
//! value counts.

/// The URL polled on the host, and the command that fetches it: 127.0.0.1, not `localhost`,
/// because server-status allows 127.0.0.1 only and `localhost` may resolve to ::1 first.
pub const STATUS_URL: &str = "http://127.0.0.1/server-status?auto";

pub fn status_command() -> Vec<String> {
    ["curl", "-fsS", "--max-time", "5", STATUS_URL].iter().map(|s| s.to_string()).collect()
}

/// Requests in flight other than the status request itself.
pub fn in_flight(status: &str) -> Result<u64, String> {
    let busy = status
        .lines()
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim() == "BusyWorkers")
        .map(|(_, v)| v.trim())
        .ok_or("no BusyWorkers line in server-status?auto")?;
    let busy: u64 = busy.parse().map_err(|_| format!("BusyWorkers is not a number: {busy:?}"))?;
    Ok(busy.saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Debian apache2 2.4.71, event MPM, idle: the first line is the bare
    // server name and the status request itself is the one busy worker.
    const IDLE: &str = "localhost\nServerVersion: Apache/2.4.71 (Debian)\nServerMPM: event\nServer Built: 2025-07-29T00:00:00\nCurrentTime: Saturday, 21-Nov-2026 23:00:00 UTC\nRestartTime: Saturday, 21-Nov-2026 22:00:00 UTC\nParentServerConfigGeneration: 1\nParentServerMPMGeneration: 0\nServerUptimeSeconds: 3600\nServerUptime: 1 hour\nLoad1: 0.10\nLoad5: 0.05\nLoad15: 0.01\nTotal Accesses: 12\nTotal kBytes: 40\nTotal Duration: 30\nCPUUser: .01\nCPUSystem: .01\nCPUChildrenUser: 0\nCPUChildrenSystem: 0\nCPULoad: .000555556\nUptime: 3600\nReqPerSec: .00333333\nBytesPerSec: 11.3778\nBytesPerReq: 3413.33\nDurationPerReq: 2.5\nBusyWorkers: 1\nGracefulWorkers: 0\nIdleWorkers: 49\nProcesses: 2\nStopping: 0\nConnsTotal: 0\nConnsAsyncWaitIO: 0\nConnsAsyncWriting: 0\nConnsAsyncKeepAlive: 0\nConnsAsyncClosing: 0\nScoreboard: W_________\n";

    #[test]
    fn the_status_request_counts_itself() {
        assert_eq!(in_flight(IDLE), Ok(0));
        let busy = IDLE.replace("BusyWorkers: 1", "BusyWorkers: 3");
        assert_eq!(in_flight(&busy), Ok(2));
    }

    #[test]
    fn old_httpd_printed_busy_workers_twice() {
        let old = "BusyWorkers: 2\nIdleWorkers: 8\nProcesses: 1\nBusyWorkers: 1\nIdleWorkers: 9\nScoreboard: W_W\n";
        assert_eq!(in_flight(old), Ok(1));
    }

    #[test]
    fn garbage_is_an_error() {
        assert!(in_flight("<html>Forbidden</html>").is_err());
        assert!(in_flight("BusyWorkers: many").is_err());
    }
}
