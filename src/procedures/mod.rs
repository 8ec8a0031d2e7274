//! Procedures whose logic a runbook cannot express: they read what the hosts answer and
//! decide from it.

pub mod mirrors;
pub mod replication;
pub mod tryheads;
pub mod zookeeper;
