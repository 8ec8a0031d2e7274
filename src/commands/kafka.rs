//! ZooKeeper and Kafka node management and the nuclear reset.

use super::Invocation;
use crate::cli::Kafka;
use crate::error::{Error, Result};

pub fn invocation(command: &Kafka) -> Result<Invocation> {
    Ok(match command {
        Kafka::AddNode { node } => Invocation::new("kafka-add-node", &[("kafka_node", Some(node))]),
        Kafka::RemoveNode { node } => {
            Invocation::new("kafka-remove-node", &[("kafka_node", Some(node))])
        }
        Kafka::Rebalance { on, brokers, topics } => {
            if brokers.is_empty()
                || !brokers
                    .split(',')
                    .all(|b| !b.is_empty() && b.chars().all(|c| c.is_ascii_digit()))
            {
                return Err(Error::Usage(format!(
                    "--brokers {brokers:?} must be broker ids separated by commas, like 14,15,16"
                )));
            }
            if let Some(t) = topics {
                if t.is_empty()
                    || !t.split(',').all(|x| {
                        !x.is_empty()
                            && x.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
                    })
                {
                    return Err(Error::Usage(format!(
                        "--topics {t:?} must be topic names separated by commas"
                    )));
                }
            }
            Invocation::new(
                "kafka-rebalance",
                &[("on", Some(on)), ("brokers", Some(brokers)), ("topics", topics.as_deref())],
            )
        }
        Kafka::Reset { confirm } => {
            Invocation::new("kafka-reset", &[("confirm", confirm.as_deref())])
        }
    })
}
