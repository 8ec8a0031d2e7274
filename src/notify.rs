//! Notifications: the start, success and failure of a run posted to a webhook named in the
//! inventory (`[notify] webhook`), as `{"text": ...}`, which Slack incoming webhooks and
//! Matrix webhook bridges both take. A failing webhook is a warning, never a failed run.
//! Webhook URLs carry secret tokens: only the scheme and host are ever shown.

use std::time::Duration;

use reqwest::Url;
use serde::Serialize;

use crate::error::{Error, Result};

#[derive(Debug, Clone)]
pub struct Notifier {
    url: Url,
    http: reqwest::Client,
}

#[derive(Debug, Serialize)]
struct Message<'a> {
    text: &'a str,
    /// Matrix hookshot-style bridges read `text`; `msgtype` makes it a plain message there.
    msgtype: &'static str,
}

/// The webhook as it may be shown: scheme and host only.
pub fn redacted(url: &str) -> String {
    match Url::parse(url) {
        Ok(u) => format!("{}://{}/…", u.scheme(), u.host_str().unwrap_or("?")),
        Err(_) => "(invalid webhook URL)".into(),
    }
}

impl Notifier {
    pub fn new(webhook: &str) -> Result<Notifier> {
        let url = Url::parse(webhook)
            .map_err(|e| Error::Usage(format!("[notify] webhook {}: {e}", redacted(webhook))))?;
        let loopback =
            matches!(url.host_str(), Some("localhost") | Some("127.0.0.1") | Some("[::1]"));
        if url.scheme() != "https" && !(url.scheme() == "http" && loopback) {
            return Err(Error::Usage(format!(
                "[notify] webhook {} must be https:// (http:// only to a loopback address)",
                redacted(webhook)
            )));
        }
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .build()
            .map_err(|e| Error::Usage(format!("cannot build the HTTP client: {e}")))?;
        Ok(Notifier { url, http })
    }

    /// Post one message; a failure is returned as text for a warning.
    pub async fn post(&self, text: &str) -> std::result::Result<(), String> {
        let shown = redacted(self.url.as_str());
        let r = self
            .http
            .post(self.url.clone())
            .json(&Message { text, msgtype: "m.text" })
            .send()
            .await
            .map_err(|e| format!("webhook {shown}: {}", e.without_url()))?;
        if r.status().is_success() {
            Ok(())
        } else {
            Err(format!("webhook {shown}: HTTP {}", r.status()))
        }
    }
}

pub fn start_text(
    operator: &str,
    title: &str,
    procedure: &str,
    run: &str,
    hosts: &[String],
) -> String {
    format!("hgmo-ctl: {operator} started {title} ({procedure}, run {run}) on {}", hosts.join(", "))
}

pub fn end_text(
    operator: &str,
    title: &str,
    procedure: &str,
    run: &str,
    outcome: &std::result::Result<(), String>,
) -> String {
    match outcome {
        Ok(()) => format!("hgmo-ctl: {title} ({procedure}, run {run}) by {operator} succeeded"),
        Err(e) => format!("hgmo-ctl: {title} ({procedure}, run {run}) by {operator} FAILED: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_redacted_and_checked() {
        assert_eq!(
            redacted("https://hooks.slack.com/services/T000/B000/SECRET"),
            "https://hooks.slack.com/…"
        );
        assert!(Notifier::new("http://chat.example.com/hook").is_err());
        assert!(Notifier::new("http://127.0.0.1:9/hook").is_ok());
        let err = Notifier::new("ftp://x/SECRET").unwrap_err().to_string();
        assert!(!err.contains("SECRET"), "{err}");
    }
}
