//! `lb ban add|remove`: the vTM protection class's bans (`lb ban list` reads them outside a
//! runbook, in `app.rs`).

use std::net::IpAddr;
use std::time::{Duration, SystemTime};

use super::Invocation;
use crate::cli::LbBan;
use crate::error::{Error, Result};
use crate::inventory::Inventory;

/// `None` for `lb ban list`.
pub fn invocation(command: &LbBan) -> Result<Option<Invocation>> {
    Ok(Some(match command {
        LbBan::List => return Ok(None),
        LbBan::Add { address, duration, reason } => {
            let address = address_arg(address)?;
            let until = until(duration, SystemTime::now())?;
            let reason = reason.trim();
            if reason.is_empty() || reason.contains(['\n', '\r']) {
                return Err(Error::Usage("--reason must be one line of text".into()));
            }
            // The audit log's name for the operator, as one word.
            let by = crate::audit::operator().replace(char::is_whitespace, "-");
            let mut i = Invocation::new("lb-ban-add", &[]);
            i.set("address", address).set("until", until).set("reason", reason).set("by", by);
            i.prepare = Some(only_vtm);
            i
        }
        LbBan::Remove { address } => {
            let mut i = Invocation::new("lb-ban-remove", &[]);
            i.set("address", address_arg(address)?);
            i.prepare = Some(only_vtm);
            i
        }
    }))
}

/// Bans are the vTM's: refused, before anything is read, on the other load balancers.
pub fn only_vtm(_: &mut Invocation, inv: &Inventory) -> Result<()> {
    crate::lb::refuse_bans(inv.loadbalancer.kind).map_or(Ok(()), Err)
}

/// An address or a network in CIDR form, written the canonical way (the way the vTM lists it).
pub fn address_arg(a: &str) -> Result<String> {
    let bad = || {
        Error::Usage(format!(
            "{a:?} is not an IP address or network (e.g. 192.0.2.7, 2001:db8::1, 198.51.100.0/24)"
        ))
    };
    let (ip, prefix) = match a.split_once('/') {
        Some((ip, p)) => (ip, Some(p.parse::<u8>().map_err(|_| bad())?)),
        None => (a, None),
    };
    let ip: IpAddr = ip.parse().map_err(|_| bad())?;
    let max = if ip.is_ipv4() { 32 } else { 128 };
    match prefix {
        Some(p) if p > max || p == 0 => {
            Err(Error::Usage(format!("{a}: a /{p} network is not a ban (between /1 and /{max})")))
        }
        Some(p) => Ok(format!("{ip}/{p}")),
        None => Ok(ip.to_string()),
    }
}

/// The end of a ban `duration` from `now`, RFC 3339 in UTC to the second.
pub fn until(duration: &str, now: SystemTime) -> Result<String> {
    let d = humantime::parse_duration(duration)
        .map_err(|e| Error::Usage(format!("--for {duration:?}: {e} (e.g. 6h, 2d, 1week)")))?;
    if d < Duration::from_secs(60) || d > Duration::from_secs(366 * 86400) {
        return Err(Error::Usage(format!(
            "--for {duration}: a ban lasts between one minute and a year"
        )));
    }
    Ok(humantime::format_rfc3339_seconds(now + d).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_checked_and_written_the_canonical_way() {
        assert_eq!(address_arg("192.0.2.7").unwrap(), "192.0.2.7");
        assert_eq!(address_arg("2001:DB8:0::1").unwrap(), "2001:db8::1");
        assert_eq!(address_arg("198.51.100.0/24").unwrap(), "198.51.100.0/24");
        for bad in ["", "hg.mozilla.org", "192.0.2.7/33", "0.0.0.0/0", "1.2.3.4; rm", "::/200"] {
            assert!(address_arg(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_expiry_is_now_plus_the_duration() {
        let now = humantime::parse_rfc3339("2026-12-03T10:00:00Z").unwrap();
        assert_eq!(until("6h", now).unwrap(), "2026-12-03T16:00:00Z");
        assert_eq!(until("2d", now).unwrap(), "2026-12-05T10:00:00Z");
        assert!(until("10s", now).is_err());
        assert!(until("2years", now).is_err());
        assert!(until("soon", now).is_err());
    }
}
