//! `kind = "manual"`: the guide's original procedure. hgmo-ctl prints the exact action for
//! the operator to do in the load balancer's UI and waits for them to confirm it is done.

use crate::error::{Error, Result};
use crate::inventory::{Inventory, LoadBalancer};
use crate::lb::{AdminState, LbRequest};
use crate::terminal::{Answer, Ui};

pub struct Manual {
    pool: String,
    ui: Ui,
}

pub fn describe_set_state(lb: &LoadBalancer, node: &str, state: AdminState) -> LbRequest {
    LbRequest {
        method: "MANUAL".into(),
        target: format!("pool {}", lb.pool.as_deref().unwrap_or("hgweb-http")),
        body: format!("mark node {node} {} and click Update", state.as_str()),
    }
}

pub fn describe_membership(lb: &LoadBalancer, node: &str, join: bool) -> LbRequest {
    LbRequest {
        method: "MANUAL".into(),
        target: format!("pool {}", lb.pool.as_deref().unwrap_or("hgweb-http")),
        body: if join {
            format!("add node {node}, disabled, and click Update")
        } else {
            format!("remove node {node} and click Update")
        },
    }
}

impl Manual {
    pub fn new(inv: &Inventory, ui: Ui) -> Manual {
        Manual { pool: inv.loadbalancer.pool.clone().unwrap_or_else(|| "hgweb-http".into()), ui }
    }

    pub fn set_state(&mut self, node: &str, state: AdminState) -> Result<bool> {
        self.ui.info(&format!(
            "In the load balancer UI, find pool {}, mark node {node} {}, and click Update.",
            self.pool,
            state.as_str()
        ));
        match self.ui.confirm("Done?") {
            Answer::Yes | Answer::All => Ok(true),
            Answer::No => Err(Error::LoadBalancer(format!(
                "the operator did not confirm that {node} is {} in pool {}",
                state.as_str(),
                self.pool
            ))),
        }
    }

    pub fn membership(&mut self, node: &str, join: bool) -> Result<bool> {
        let what = if join {
            format!("add node {node} to pool {}, disabled,", self.pool)
        } else {
            format!("remove node {node} from pool {}", self.pool)
        };
        self.ui.info(&format!("In the load balancer UI, {what} and click Update."));
        match self.ui.confirm("Done?") {
            Answer::Yes | Answer::All => Ok(true),
            Answer::No => Err(Error::LoadBalancer(format!("the operator did not confirm: {what}"))),
        }
    }
}
