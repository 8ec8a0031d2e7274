#!/usr/bin/env python3
# vtm_standin.py - LAB STAND-IN for the Zeus / Stingray / Pulse / Ivanti
# Virtual Traffic Manager (vTM) REST API.
#
# This file is part of the hgmo-ctl lab (tests/lab/lab). It is NOT a vTM and
# it is never deployed anywhere but the lab and the integration tests.
#
# Left out: everything of a vTM but the REST resources listed below, for one
# pool, one protection class and one rate class: it carries no traffic itself
# (a real HAProxy does; the protection class's bans are applied to it, the rate
# class is not: HAProxy does not shape traffic as a vTM rate class does), and
# has no other pools, virtual servers, rules, clustering or configuration
# replication.
"""Lab stand-in for the vTM (Virtual Traffic Manager) REST API.

Production has a Zeus / Stingray / vTM cluster in front of the hgweb hosts;
its REST API (https://<tm>:9070/api/tm/<version>/...) is how hgmo-ctl drains a
node. This server answers the subset of that API hgmo-ctl uses, with the URL
scheme, JSON shapes and error format of the vTM REST API documentation,
and turns node state changes into commands for a REAL HAProxy (runtime API,
section 2), so that traffic really moves away from a drained node.

Command line (as `tests/lab/lab up` runs it):

    python3 vtm_standin.py --listen 127.0.0.1:19070 --cert CERT.pem --key KEY.pem
        --credentials FILE --haproxy-socket /path/haproxy.sock
        --pool hgweb-http --backend hgweb-http --state-dir DIR

  --credentials FILE   one line `user:password`; HTTP Basic auth is required
                       on EVERY request (also /_lab). Missing/bad -> 401
                       {"error_id":"auth.invalid","error_text":"User name or password was invalid"}
  --haproxy-socket     a unix socket path, or `host:port` / `ipv4@host:port`
                       for a TCP stats socket; it must be `level admin`.
  --pool               the one vTM pool this stand-in serves.
  --backend            the HAProxy backend that pool is mapped to.
  --state-dir          the pool document is kept in DIR/pool.json.
  --tm-name            the cluster member name (default zlb1.lab.test).
  --protection         the service protection class it serves (default hg).
  --rate-class         the rate class it serves (default hg-rate).
  --ban-acl            HAProxy's ACL file of banned sources (the path in
                       haproxy.cfg); without it bans are stored, not applied.

Transport: HTTPS only (the given cert/key), HTTP/1.1 with keep-alive and
Content-Length, one thread per connection (ThreadingHTTPServer). Every answer
is JSON (`Content-Type: application/json`; only a fault with a string
"body" answers text/plain). HEAD is answered like GET. Each request is logged to stderr
as `vtm-standin: METHOD PATH -> STATUS (auth=yes|no)`; credentials never are.

API versions: 3.8, 3.11, 4.0 and 8.3 (all with the API >= 3.0 `nodes_table`
pool format). `GET /api/tm/` lists them deliberately unsorted; any other
version -> 404 resource.not_found.

Resources (<v> = a supported version, <tm> = `local_tm` or the member name):

  GET /                                   {"children":[{"name":"api","href":"/api/"}]}
  GET /api/tm/                            {"children":[{"name":"3.8","href":"/api/tm/3.8/"},...]}
  GET /api/tm/<v>/config/active/pools     {"children":[{"name":<pool>,"href":...}]}
  GET /api/tm/<v>/config/active/pools/<pool>
        {"properties":{"basic":{"monitors","node_delete_behavior",
           "node_drain_to_delete_timeout","nodes_table":[{"node":"ip:port",
           "state":"active|draining|disabled","priority":1,"weight":1,
           "source_ip":"","lab_extra":{"kept":true}}],"passive_monitoring",
           "persistence_class","failure_pool"},"connection":{...},
           "http":{...},"load_balancing":{...}}}
        `lab_extra` is an unknown field on purpose: clients must send it back.
  PUT /api/tm/<v>/config/active/pools/<pool>
        body {"properties":{"<section>":{"<key>":value}}}: the given sections
        and keys are merged into the document; a given `nodes_table` REPLACES
        the whole table (rows are stored as sent, unknown fields included;
        a row without priority/weight/source_ip gets the vTM defaults 1/1/"").
        Validation errors -> 400 {"error_id":"pool.edit.invalid",
        "error_text":..., "error_info":{"basic":{"nodes_table":{"error_id",
        "error_text"}}}}: body not a JSON object, unknown section or key, a row
        without `node`/`state`, a state other than active|draining|disabled,
        a bad weight/priority, a duplicate node, a node that is not a server
        of the HAProxy backend. A PUT to another pool name -> 404 (the stand-in
        cannot create pools). Success -> 200 with the full updated resource.
  GET /api/tm/<v>/config/active/protection          {"children":[{"name":<protection>,...}]}
  GET /api/tm/<v>/config/active/protection/<name>
        {"properties":{"basic":{"debug":false,"enabled":true,"log_time":60,
           "note":"","per_process_connection_count":true,"rule":"","testing":false},
           "access_restriction":{"allowed":[],"banned":[]},
           "connection_limiting":{"max_10_connections":200,"max_1_connections":30,
           "max_connection_rate":0,"min_connections":4,"rate_timer":60}}}
        The one service protection class of --protection (production's `hg`,
        the class the current guide's "Add banned IP" edits).
  PUT /api/tm/<v>/config/active/protection/<name>
        Sections and keys merged as for the pool. `banned` and `allowed` are
        lists of IP addresses or CIDR networks (400 protection.edit.invalid
        otherwise, with error_info). Each accepted `banned` list is applied to
        the REAL HAProxy: the ACL file of --ban-acl is cleared and refilled
        (`clear acl` / `add acl` on the runtime API), and the lab's HAProxy
        front end answers 403 to requests from those sources. Another class
        name -> 404 (the stand-in cannot create classes). Success -> 200 with
        the whole class.
  GET /api/tm/<v>/config/active/rate      {"children":[{"name":<rate class>,...}]}
  GET /api/tm/<v>/config/active/rate/<name>
        {"properties":{"basic":{"max_rate_per_minute":0,"max_rate_per_second":0,"note":""}}}
        The one rate class of --rate-class (production's `hg-rate`; 0 = no limit).
  PUT /api/tm/<v>/config/active/rate/<name>
        Keys of `basic` merged; the rates must be whole numbers >= 0 (400
        rate.edit.invalid otherwise). Stored only: a vTM rate class shapes the
        traffic of the rules that use it (requests over the rate wait in a
        queue); the lab has no such rule and its HAProxy does not shape, so a
        limit set here changes no client's traffic.
  GET /api/tm/<v>/status/                 {"children":[{"name":"local_tm",...},{"name":"zlb1.lab.test",...}]}
        (local_tm is an alias of the single member: sum over members only)
  GET /api/tm/<v>/status/<tm>/information {"information":{"tm_version":"22.1 (lab stand-in)"}}
  GET /api/tm/<v>/status/<tm>/statistics/nodes/node/<ip:port>
        {"statistics":{"current_conn","current_requests","errors","failures",
         "new_conn","pooled_conn","port","response_max","response_mean",
         "response_min","state":"alive|dead|unknown","total_conn",
         "bytes_from_node_hi","bytes_from_node_lo","bytes_to_node_hi","bytes_to_node_lo"}}
  GET /api/tm/<v>/status/<tm>/statistics/nodes/per_pool_node/   (children)
  GET /api/tm/<v>/status/<tm>/statistics/nodes/per_pool_node/<pool>-<ip:port>
        {"statistics":{"bytes_from_node","bytes_to_node","current_conn",
         "current_requests","errors","failures","idle_conns","new_conn",
         "node_port","pooled_conn","response_max","response_mean",
         "response_min","state":"alive|dead|unknown|draining","total_conn"}}
        (only for nodes in the pool's nodes_table)
  GET /api/tm/<v>/status/<tm>/statistics/pools/<pool>
        {"statistics":{"algorithm","bytes_in","bytes_out","conns_queued",
         "disabled","draining","max_queue_time","mean_queue_time",
         "min_queue_time","nodes","persistence","queue_timeouts",
         "session_migrated","state","total_conn"}}
  The intermediate collections (/api/, /api/tm/<v>/, .../config/,
  .../config/active/, .../status/<tm>/, .../statistics/, .../nodes/,
  .../nodes/node/, .../pools/) answer {"children":[...]} listings. Trailing
  slashes and query strings (e.g. ?metadata) are ignored. Anything else ->
  404 {"error_id":"resource.not_found","error_text":...}; a known resource
  with an unsupported method -> 405 {"error_id":"resource.method_not_allowed",...}.
  Error bodies are always {"error_id","error_text"} (+ "error_info").

Statistics are computed live from HAProxy `show stat <backend> 4 -1` (parsed
by header) and `show servers state <backend>`:
  current_requests = scur; current_conn = scur + srv_icur; idle_conns =
  srv_icur; total_conn = stot; new_conn = connect (stot if absent);
  bytes_to_node = bin; bytes_from_node = bout; port/node_port from the node.
  errors, failures, pooled_conn and response_* are always 0.
  state: unknown when the server is in MAINT; dead when its status is DOWN or
  its last health check failed; otherwise alive. per_pool_node says
  `draining` when HAProxy's admin state is drain (srv_admin_state & 0x18).
  Pool statistics count the rows of the nodes_table by their live HAProxy
  admin state (nodes = all rows).

Mapping to HAProxy. A node string `ip:port` is matched against the `addr`
column of `show stat <backend> 4 -1` (the HAProxy server NAME is unrelated).
  active   -> set server <backend>/<server> state ready
  draining -> set server <backend>/<server> state drain
  disabled -> set server <backend>/<server> state maint
  a node REMOVED from nodes_table -> state maint (it is no longer in the pool)
A PUT sends the command for every row whose state changed or whose HAProxy
admin state differs from the row; any non-empty reply is an error -> 500
{"error_id":"lab.haproxy_error","error_text":"<command>: <reply>"} and the
document is not changed. When HAProxy cannot be reached -> 503
{"error_id":"lab.haproxy_unavailable",...}.
The first document is built from HAProxy (one row per server, state from its
status: DRAIN -> draining, MAINT -> disabled, else active; for a DOWN server
the admin bits of `show servers state` decide) and kept in
<state-dir>/pool.json. When the stand-in starts with an existing pool.json,
the document wins and its states are pushed to HAProxy (like a vTM whose
configuration survives a restart of the load-balanced machinery).

Test-only control API (same Basic auth; never logged in /_lab/requests):
  POST /_lab/faults  JSON object, appends one fault (answer: {"faults":[...]})
      {"status": 500, "count": 3}    the next 3 API requests answer 500 with
          {"error_id":"lab.injected","error_text":"injected fault"}
          (status 401 answers the auth.invalid body + WWW-Authenticate)
      {"delay": 5.0, "count": 2}     the next 2 API requests sleep 5 s first
          ("delay" and "status" can be combined in one fault)
      {"put_drift": true, "count": 1}  the next successful pool PUT is applied
          and answered 200 with the applied document, but before the answer is
          sent every row whose state that PUT changed is put back to its
          previous state, in the stored document and in HAProxy (as if another
          operator had undone it): a re-read shows the old state. A PUT
          that changes no state still uses the fault up and reverts nothing.
      {"clear": true}                removes every fault
      Optional filters on a fault: "method": "PUT", "path_contains": "statistics".
      Optional "body": a JSON value to answer instead of the error body, or a
      string, sent as text/plain (a non-JSON error page).
      "count" defaults to 1. Faults are used first-in-first-out; a request
      consumes at most one status/delay fault (the first that matches).
      Requests that fail authentication consume no fault.
  GET /_lab/faults      {"faults":[{"id","count",...}]}
  DELETE /_lab/faults   same as {"clear": true}
  GET /_lab/requests    [{"seq","time","method","path","auth":bool,"status",
                          "query" (if any), "body" (PUT/POST or any
                          non-empty body: parsed JSON, else text)}]
                        every non-/_lab request received so far, in order;
                        "auth" says whether an Authorization header was
                        present (its value is never recorded).
  DELETE /_lab/requests clears that list -> {"cleared": N}
  POST /_lab/reset      every node `active` in the document and `ready` in
                        HAProxy, faults and request list cleared -> the pool
"""

import argparse
import base64
import copy
import csv
import hmac
import io
import ipaddress
import json
import os
import socket
import ssl
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

VERSIONS = ["3.8", "3.11", "4.0", "8.3"]  # unsorted on purpose (3.11 > 3.8)
TM_VERSION = "22.1 (lab stand-in)"
STATES = ("active", "draining", "disabled")
ROW_DEFAULTS = {"priority": 1, "weight": 1, "source_ip": ""}
STATE_TO_HAPROXY = {"active": "ready", "draining": "drain", "disabled": "maint"}
ADMIN_MAINT_BITS = 0x01 | 0x02 | 0x04 | 0x20 | 0x40
ADMIN_DRAIN_BITS = 0x08 | 0x10
MAX_LOGGED_REQUESTS = 10000

AUTH_ERROR = {"error_id": "auth.invalid", "error_text": "User name or password was invalid"}


def log(msg):
    sys.stderr.write("vtm-standin: %s\n" % msg)
    sys.stderr.flush()


class ApiError(Exception):
    def __init__(self, status, error_id, error_text, error_info=None):
        super().__init__(error_text)
        self.status = status
        self.body = {"error_id": error_id, "error_text": error_text}
        if error_info is not None:
            self.body["error_info"] = error_info


def not_found(what):
    return ApiError(404, "resource.not_found", "The resource '%s' does not exist" % what)


# ---------------------------------------------------------------------------
# HAProxy runtime API
# ---------------------------------------------------------------------------
class HAProxy:
    def __init__(self, address, backend, timeout=5.0):
        self.address = address
        self.backend = backend
        self.timeout = timeout

    def _connect(self):
        addr = self.address
        if addr.startswith("unix@"):
            addr = addr[5:]
        elif addr.startswith("ipv4@"):
            addr = addr[5:]
        if not addr.startswith("/") and ":" in addr and not os.path.exists(addr):
            host, _, port = addr.rpartition(":")
            return socket.create_connection((host, int(port)), timeout=self.timeout)
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(self.timeout)
        s.connect(addr)
        return s

    def command(self, cmd):
        """Send one command (non-interactive mode) and return the whole reply."""
        try:
            s = self._connect()
        except OSError as e:
            raise ApiError(503, "lab.haproxy_unavailable",
                           "cannot reach the HAProxy runtime API at %s: %s" % (self.address, e))
        try:
            s.sendall(cmd.encode() + b"\n")
            chunks = []
            while True:
                data = s.recv(65536)
                if not data:
                    break
                chunks.append(data)
        except OSError as e:
            raise ApiError(503, "lab.haproxy_unavailable",
                           "HAProxy runtime API error on %r: %s" % (cmd, e))
        finally:
            s.close()
        return b"".join(chunks).decode("utf-8", "replace")

    def servers(self):
        """Rows of `show stat <backend> 4 -1` as dicts (by header), with the
        admin state bits of `show servers state` added as `_admin`."""
        out = self.command("show stat %s 4 -1" % self.backend)
        lines = [l for l in out.splitlines() if l.strip()]
        if not lines or not lines[0].startswith("# "):
            raise ApiError(503, "lab.haproxy_unavailable",
                           "unexpected reply to 'show stat %s 4 -1': %r" % (self.backend, out[:200]))
        header = next(csv.reader([lines[0][2:]]))
        rows = []
        for rec in csv.reader(io.StringIO("\n".join(lines[1:]))):
            row = dict(zip(header, rec))
            if row.get("pxname") != self.backend or row.get("svname") in ("FRONTEND", "BACKEND"):
                continue
            rows.append(row)
        admin = {}
        try:
            out = self.command("show servers state %s" % self.backend)
            # "1" (format version), "# be_id be_name srv_id srv_name ...", then rows.
            hdr = None
            for l in out.splitlines():
                if l.startswith("# "):
                    hdr = l[2:].split()
                elif hdr and l.strip():
                    f = dict(zip(hdr, l.split()))
                    if f.get("be_name") == self.backend and "srv_name" in f:
                        admin[f["srv_name"]] = (int(f.get("srv_admin_state", "0") or 0), f)
        except (ApiError, ValueError):
            pass
        for row in rows:
            a = admin.get(row.get("svname"))
            row["_admin"] = a[0] if a else None
            if not row.get("addr") and a:
                row["addr"] = "%s:%s" % (a[1].get("srv_addr", ""), a[1].get("srv_port", ""))
        return rows

    def set_state(self, server, hstate):
        cmd = "set server %s/%s state %s" % (self.backend, server, hstate)
        reply = self.command(cmd)
        if reply.strip():
            raise ApiError(500, "lab.haproxy_error", "%s: %s" % (cmd, reply.strip()))
        log("haproxy: %s" % cmd)


def num(row, key):
    try:
        return int(row.get(key) or 0)
    except ValueError:
        return 0


def admin_state(row):
    """'maint' | 'drain' | 'ready' for one show stat row."""
    bits = row.get("_admin")
    if bits is not None:
        if bits & ADMIN_MAINT_BITS:
            return "maint"
        if bits & ADMIN_DRAIN_BITS:
            return "drain"
        return "ready"
    status = row.get("status", "")
    if status.startswith("MAINT"):
        return "maint"
    if status.startswith("DRAIN"):
        return "drain"
    return "ready"


def state_from_status(row):
    status = row.get("status", "")
    if status.startswith("DRAIN"):
        return "draining"
    if status.startswith("MAINT"):
        return "disabled"
    a = admin_state(row)
    return {"maint": "disabled", "drain": "draining"}.get(a, "active")


def health(row):
    """vTM node health: alive | dead | unknown."""
    status = row.get("status", "")
    if status.startswith("MAINT") or admin_state(row) == "maint":
        return "unknown"
    if status.startswith("DOWN"):
        return "dead"
    if status.startswith(("UP", "DRAIN", "NOLB")) or status == "no check":
        check = row.get("check_status", "").lstrip("* ").strip()
        if status == "no check" or not check or check.endswith("OK") or check in ("L7OKC", "CHECKED", "INI"):
            return "alive"
        return "dead"
    return "unknown"


def node_port(node):
    try:
        return int(node.rpartition(":")[2])
    except ValueError:
        return 0


# ---------------------------------------------------------------------------
# State: the pool document, faults, the request list
# ---------------------------------------------------------------------------
class State:
    def __init__(self, args):
        self.pool = args.pool
        self.tm_name = args.tm_name
        self.haproxy = HAProxy(args.haproxy_socket, args.backend)
        self.state_dir = args.state_dir
        self.path = os.path.join(args.state_dir, "pool.json")
        self.lock = threading.RLock()
        self.doc = None
        self.faults = []
        self.fault_seq = 0
        self.fault_lock = threading.Lock()
        self.requests = []
        self.request_seq = 0
        self.req_lock = threading.Lock()
        self.protection = args.protection
        self.ban_acl = args.ban_acl
        self.protection_path = os.path.join(args.state_dir, "protection-%s.json" % args.protection)
        self.rate_class = args.rate_class
        self.rate_path = os.path.join(args.state_dir, "rate-%s.json" % args.rate_class)
        os.makedirs(self.state_dir, exist_ok=True)
        if os.path.exists(self.path):
            with open(self.path) as f:
                self.doc = json.load(f)
            log("loaded pool document from %s" % self.path)
            try:
                self._push_doc_to_haproxy()
            except ApiError as e:
                log("warning: could not push stored states to HAProxy: %s" % e.body["error_text"])
        else:
            try:
                self.get_doc()
            except ApiError as e:
                log("warning: HAProxy not reachable yet, pool built on first request: %s"
                    % e.body["error_text"])

    # -- the document ----------------------------------------------------
    def _initial_doc(self):
        rows = []
        for srv in self.haproxy.servers():
            rows.append({
                "node": srv["addr"],
                "state": state_from_status(srv),
                "priority": 1,
                "weight": 1,
                "source_ip": "",
                "lab_extra": {"kept": True},
            })
        return {"properties": {
            "basic": {
                "monitors": ["Simple HTTP"],
                "node_delete_behavior": "immediate",
                "node_drain_to_delete_timeout": 0,
                "nodes_table": rows,
                "passive_monitoring": True,
                "persistence_class": "",
                "failure_pool": "",
            },
            "connection": {"max_connect_time": 4, "max_reply_time": 30,
                           "queue_timeout": 10, "max_connections_per_node": 0},
            "http": {"keepalive": True, "keepalive_non_idempotent": False},
            "load_balancing": {"algorithm": "round_robin", "priority_enabled": False,
                               "priority_nodes": 1},
        }}

    def _save(self):
        tmp = self.path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(self.doc, f, indent=2, sort_keys=False)
            f.write("\n")
        os.replace(tmp, self.path)

    def get_doc(self):
        with self.lock:
            if self.doc is None:
                self.doc = self._initial_doc()
                self._save()
                log("built pool %r from HAProxy backend %r: %s" % (
                    self.pool, self.haproxy.backend,
                    ", ".join("%s=%s" % (r["node"], r["state"])
                              for r in self.doc["properties"]["basic"]["nodes_table"])))
            return copy.deepcopy(self.doc)

    # -- the service protection class -----------------------------------
    def get_protection(self):
        with self.lock:
            if os.path.exists(self.protection_path):
                with open(self.protection_path) as f:
                    return json.load(f)
            return {"properties": {
                "basic": {"debug": False, "enabled": True, "log_time": 60, "note": "",
                          "per_process_connection_count": True, "rule": "",
                          "testing": False},
                "access_restriction": {"allowed": [], "banned": []},
                "connection_limiting": {"max_10_connections": 200, "max_1_connections": 30,
                                        "max_connection_rate": 0, "min_connections": 4,
                                        "rate_timer": 60},
            }}

    def put_protection(self, body):
        def invalid(text, section=None, key=None):
            info = None
            if section is not None:
                info = {section: {key: {"error_id": "protection.edit.invalid",
                                        "error_text": text}}}
            raise ApiError(400, "protection.edit.invalid", text, info)

        with self.lock:
            doc = self.get_protection()
            if not isinstance(body, dict) or not isinstance(body.get("properties"), dict):
                invalid("The body must be a JSON object with \"properties\"")
            for section, values in body["properties"].items():
                if section not in doc["properties"] or not isinstance(values, dict):
                    invalid("Unknown section '%s'" % section)
                for key, value in values.items():
                    if key not in doc["properties"][section]:
                        invalid("Unknown key '%s'" % key, section, key)
                    if section == "access_restriction":
                        if not isinstance(value, list):
                            invalid("%s must be a list" % key, section, key)
                        for a in value:
                            try:
                                ipaddress.ip_network(str(a), strict=False)
                            except ValueError:
                                invalid("'%s' is not an IP address or network" % a, section, key)
                    elif key == "note" and not isinstance(value, str):
                        invalid("note must be a string", section, key)
                    doc["properties"][section][key] = value
            banned = doc["properties"]["access_restriction"]["banned"]
            if self.ban_acl:
                for cmd in ["clear acl %s" % self.ban_acl] + [
                        "add acl %s %s" % (self.ban_acl, a) for a in banned]:
                    reply = self.haproxy.command(cmd).strip()
                    if reply:
                        raise ApiError(500, "lab.haproxy_refused",
                                       "HAProxy refused %r: %s" % (cmd, reply))
            tmp = self.protection_path + ".tmp"
            with open(tmp, "w") as f:
                json.dump(doc, f, indent=2)
                f.write("\n")
            os.replace(tmp, self.protection_path)
            log("protection class %r: banned %s" % (self.protection, banned or "nothing"))
            return doc

    # -- the rate class ---------------------------------------------------
    def get_rate(self):
        with self.lock:
            if os.path.exists(self.rate_path):
                with open(self.rate_path) as f:
                    return json.load(f)
            return {"properties": {"basic": {"max_rate_per_minute": 0,
                                             "max_rate_per_second": 0, "note": ""}}}

    def put_rate(self, body):
        def invalid(text, key=None):
            info = None
            if key is not None:
                info = {"basic": {key: {"error_id": "rate.edit.invalid", "error_text": text}}}
            raise ApiError(400, "rate.edit.invalid", text, info)

        with self.lock:
            doc = self.get_rate()
            if not isinstance(body, dict) or not isinstance(body.get("properties"), dict):
                invalid("The body must be a JSON object with \"properties\"")
            for section, values in body["properties"].items():
                if section != "basic" or not isinstance(values, dict):
                    invalid("Unknown section '%s'" % section)
                for key, value in values.items():
                    if key not in doc["properties"]["basic"]:
                        invalid("Unknown key '%s'" % key, key)
                    if key.startswith("max_rate") and (
                            not isinstance(value, int) or isinstance(value, bool) or value < 0):
                        invalid("%s must be a whole number >= 0" % key, key)
                    if key == "note" and not isinstance(value, str):
                        invalid("note must be a string", key)
                    doc["properties"]["basic"][key] = value
            tmp = self.rate_path + ".tmp"
            with open(tmp, "w") as f:
                json.dump(doc, f, indent=2)
                f.write("\n")
            os.replace(tmp, self.rate_path)
            log("rate class %r: %s" % (self.rate_class, doc["properties"]["basic"]))
            return doc

    def _servers_by_addr(self):
        return {s["addr"]: s for s in self.haproxy.servers() if s.get("addr")}

    def _push_doc_to_haproxy(self):
        servers = self._servers_by_addr()
        table = self.doc["properties"]["basic"].get("nodes_table", [])
        in_table = set()
        for row in table:
            in_table.add(row.get("node"))
            srv = servers.get(row.get("node"))
            if srv is None:
                log("warning: stored node %r is not a server of HAProxy backend %r"
                    % (row.get("node"), self.haproxy.backend))
                continue
            want = STATE_TO_HAPROXY.get(row.get("state"))
            if want and admin_state(srv) != want:
                self.haproxy.set_state(srv["svname"], want)
        for addr, srv in servers.items():
            if addr not in in_table and admin_state(srv) != "maint":
                self.haproxy.set_state(srv["svname"], "maint")

    def put_pool(self, body, drift):
        """Validate, apply to HAProxy, store. Returns the applied document
        (when `drift` is set the stored document is reverted afterwards)."""
        def invalid(text, section=None, key=None):
            info = None
            if section is not None:
                info = {section: {key: {"error_id": "%s.%s.invalid" % (section, key),
                                        "error_text": text}}}
            return ApiError(400, "pool.edit.invalid",
                            "The configuration specified is invalid: %s" % text, info)

        if not isinstance(body, dict):
            raise invalid("the request body must be a JSON object")
        props = body.get("properties")
        if not isinstance(props, dict):
            raise invalid("the request body must contain a 'properties' object")
        extra = set(body) - {"properties"}
        if extra:
            raise invalid("unknown top-level key(s): %s" % ", ".join(sorted(extra)))
        with self.lock:
            cur = self.get_doc()
            servers = self._servers_by_addr()
            new = copy.deepcopy(cur)
            for section, values in props.items():
                if section not in new["properties"]:
                    raise invalid("unknown section '%s'" % section)
                if not isinstance(values, dict):
                    raise invalid("section '%s' must be an object" % section)
                for key in values:
                    if key not in new["properties"][section]:
                        raise invalid("unknown key '%s' in section '%s'" % (key, section), section, key)
            if "nodes_table" in props.get("basic", {}):
                self._validate_table(props["basic"]["nodes_table"], servers, invalid)
            for section, values in props.items():
                for key, value in values.items():
                    new["properties"][section][key] = copy.deepcopy(value)
            for row in new["properties"]["basic"]["nodes_table"]:
                for key, default in ROW_DEFAULTS.items():
                    row.setdefault(key, default)

            old_states = {r.get("node"): r.get("state") for r in cur["properties"]["basic"]["nodes_table"]}
            new_table = new["properties"]["basic"]["nodes_table"]
            new_states = {r["node"]: r["state"] for r in new_table}
            # HAProxy commands: rows whose state changed or whose HAProxy state differs,
            # and servers no longer in the table -> maint.
            commands = []
            for row in new_table:
                srv = servers[row["node"]]
                want = STATE_TO_HAPROXY[row["state"]]
                if old_states.get(row["node"]) != row["state"] or admin_state(srv) != want:
                    commands.append((srv["svname"], want))
            for addr, srv in servers.items():
                if addr not in new_states and (addr in old_states or admin_state(srv) != "maint"):
                    commands.append((srv["svname"], "maint"))
            for svname, want in commands:
                self.haproxy.set_state(svname, want)
            self.doc = new
            self._save()
            applied = copy.deepcopy(new)
            if drift:
                changed = [n for n, s in new_states.items() if n in old_states and old_states[n] != s]
                for row in self.doc["properties"]["basic"]["nodes_table"]:
                    if row["node"] in changed:
                        row["state"] = old_states[row["node"]]
                        self.haproxy.set_state(servers[row["node"]]["svname"],
                                               STATE_TO_HAPROXY[row["state"]])
                self._save()
                log("put_drift: reverted %s" % (", ".join("%s->%s" % (n, old_states[n]) for n in changed)
                                                 or "nothing (no state changed)"))
            return applied

    @staticmethod
    def _validate_table(table, servers, invalid):
        def bad(text):
            return invalid(text, "basic", "nodes_table")
        if not isinstance(table, list):
            raise bad("nodes_table must be a list")
        seen = set()
        for i, row in enumerate(table):
            if not isinstance(row, dict):
                raise bad("row %d is not an object" % i)
            node = row.get("node")
            if not isinstance(node, str) or not node:
                raise bad("row %d has no 'node'" % i)
            state = row.get("state")
            if state not in STATES:
                raise bad("row %d (%s): 'state' must be one of active, draining, disabled, not %s"
                          % (i, node, json.dumps(state)))
            w = row.get("weight", 1)
            if isinstance(w, bool) or not isinstance(w, int) or not 1 <= w <= 100:
                raise bad("row %d (%s): 'weight' must be an integer 1-100" % (i, node))
            p = row.get("priority", 1)
            if isinstance(p, bool) or not isinstance(p, int):
                raise bad("row %d (%s): 'priority' must be an integer" % (i, node))
            if node in seen:
                raise bad("node %s is listed twice" % node)
            seen.add(node)
            if node not in servers:
                raise bad("node %s is not a server of the load-balanced backend (known: %s)"
                          % (node, ", ".join(sorted(servers)) or "none"))

    def reset(self):
        with self.lock:
            doc = self.get_doc()
            for row in doc["properties"]["basic"]["nodes_table"]:
                row["state"] = "active"
            servers = self._servers_by_addr()
            table = doc["properties"]["basic"]["nodes_table"]
            known = {r["node"] for r in table}
            for addr in servers:
                if addr not in known:
                    table.append({"node": addr, "state": "active", "priority": 1, "weight": 1,
                                  "source_ip": "", "lab_extra": {"kept": True}})
            for srv in servers.values():
                if admin_state(srv) != "ready":
                    self.haproxy.set_state(srv["svname"], "ready")
            self.doc = doc
            self._save()
        self.clear_faults()
        self.clear_requests()
        return copy.deepcopy(doc)

    # -- faults ------------------------------------------------------------
    def add_fault(self, spec):
        if not isinstance(spec, dict):
            raise ApiError(400, "lab.invalid", "fault must be a JSON object")
        if spec.get("clear"):
            self.clear_faults()
            return
        fault = {}
        count = spec.get("count", 1)
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise ApiError(400, "lab.invalid", "'count' must be a positive integer")
        if "status" in spec:
            st = spec["status"]
            if isinstance(st, bool) or not isinstance(st, int) or not 100 <= st <= 599:
                raise ApiError(400, "lab.invalid", "'status' must be an HTTP status code")
            fault["status"] = st
        if "delay" in spec:
            d = spec["delay"]
            if isinstance(d, bool) or not isinstance(d, (int, float)) or d < 0:
                raise ApiError(400, "lab.invalid", "'delay' must be a number of seconds")
            fault["delay"] = float(d)
        if spec.get("put_drift"):
            if "status" in fault or "delay" in fault:
                raise ApiError(400, "lab.invalid", "'put_drift' cannot be combined with status/delay")
            fault["put_drift"] = True
        if not fault:
            raise ApiError(400, "lab.invalid", "a fault needs 'status', 'delay', 'put_drift' or 'clear'")
        for k in ("method", "path_contains"):
            if k in spec:
                if not isinstance(spec[k], str):
                    raise ApiError(400, "lab.invalid", "'%s' must be a string" % k)
                fault[k] = spec[k].upper() if k == "method" else spec[k]
        if "body" in spec:
            fault["body"] = spec["body"]
        unknown = set(spec) - {"status", "delay", "put_drift", "count", "method", "path_contains", "body"}
        if unknown:
            raise ApiError(400, "lab.invalid", "unknown fault key(s): %s" % ", ".join(sorted(unknown)))
        with self.fault_lock:
            self.fault_seq += 1
            fault = dict({"id": self.fault_seq, "count": count}, **fault)
            self.faults.append(fault)
        log("fault added: %s" % json.dumps(fault))

    def clear_faults(self):
        with self.fault_lock:
            self.faults = []

    def list_faults(self):
        with self.fault_lock:
            return copy.deepcopy(self.faults)

    @staticmethod
    def _matches(fault, method, path):
        if "method" in fault and fault["method"] != method:
            return False
        if "path_contains" in fault and fault["path_contains"] not in path:
            return False
        return True

    def take_fault(self, method, path, drift=False):
        """Consume and return the first matching fault (a copy), or None."""
        with self.fault_lock:
            for f in self.faults:
                if bool(f.get("put_drift")) != drift or not self._matches(f, method, path):
                    continue
                f["count"] -= 1
                if f["count"] <= 0:
                    self.faults.remove(f)
                return dict(f)
        return None

    def peek_drift(self, method, path):
        with self.fault_lock:
            return any(f.get("put_drift") and self._matches(f, method, path) for f in self.faults)

    # -- request list ------------------------------------------------------
    def record(self, entry):
        with self.req_lock:
            self.request_seq += 1
            entry["seq"] = self.request_seq
            self.requests.append(entry)
            if len(self.requests) > MAX_LOGGED_REQUESTS:
                del self.requests[: len(self.requests) - MAX_LOGGED_REQUESTS]

    def list_requests(self):
        with self.req_lock:
            return copy.deepcopy(self.requests)

    def clear_requests(self):
        with self.req_lock:
            n = len(self.requests)
            self.requests = []
            return n


# ---------------------------------------------------------------------------
# Resources
# ---------------------------------------------------------------------------
def children(base, names):
    base = base.rstrip("/")
    return {"children": [{"name": n, "href": "%s/%s" % (base, urllib.parse.quote(n, safe=":@"))}
                         for n in names]}


def node_statistics(srv):
    node = srv["addr"]
    bin_, bout = num(srv, "bin"), num(srv, "bout")
    return {"statistics": {
        "current_conn": num(srv, "scur") + num(srv, "srv_icur"),
        "current_requests": num(srv, "scur"),
        "errors": 0,
        "failures": 0,
        "new_conn": num(srv, "connect") if srv.get("connect", "") != "" else num(srv, "stot"),
        "pooled_conn": 0,
        "port": node_port(node),
        "response_max": 0,
        "response_mean": 0,
        "response_min": 0,
        "state": health(srv),
        "total_conn": num(srv, "stot"),
        "bytes_from_node_hi": bout >> 32,
        "bytes_from_node_lo": bout & 0xFFFFFFFF,
        "bytes_to_node_hi": bin_ >> 32,
        "bytes_to_node_lo": bin_ & 0xFFFFFFFF,
    }}


def per_pool_node_statistics(srv):
    node = srv["addr"]
    state = health(srv)
    if state != "unknown" and admin_state(srv) == "drain":
        state = "draining"
    return {"statistics": {
        "bytes_from_node": num(srv, "bout"),
        "bytes_to_node": num(srv, "bin"),
        "current_conn": num(srv, "scur") + num(srv, "srv_icur"),
        "current_requests": num(srv, "scur"),
        "errors": 0,
        "failures": 0,
        "idle_conns": num(srv, "srv_icur"),
        "new_conn": num(srv, "connect") if srv.get("connect", "") != "" else num(srv, "stot"),
        "node_port": node_port(node),
        "pooled_conn": 0,
        "response_max": 0,
        "response_mean": 0,
        "response_min": 0,
        "state": state,
        "total_conn": num(srv, "stot"),
    }}


def pool_statistics(doc, servers):
    rows = doc["properties"]["basic"]["nodes_table"]
    disabled = draining = alive = 0
    bin_ = bout = qcur = stot = 0
    for row in rows:
        srv = servers.get(row["node"])
        if srv is None:
            st = {"disabled": "maint", "draining": "drain"}.get(row["state"], "ready")
        else:
            st = admin_state(srv)
            bin_ += num(srv, "bin")
            bout += num(srv, "bout")
            qcur += num(srv, "qcur")
            stot += num(srv, "stot")
            if st != "maint" and health(srv) == "alive":
                alive += 1
        if st == "maint":
            disabled += 1
        elif st == "drain":
            draining += 1
    algo = doc["properties"].get("load_balancing", {}).get("algorithm", "round_robin")
    return {"statistics": {
        "algorithm": algo.replace("_", ""),
        "bytes_in": bin_,
        "bytes_out": bout,
        "conns_queued": qcur,
        "disabled": disabled,
        "draining": draining,
        "max_queue_time": 0,
        "mean_queue_time": 0,
        "min_queue_time": 0,
        "nodes": len(rows),
        "persistence": "none",
        "queue_timeouts": 0,
        "session_migrated": 0,
        "state": "active" if alive else "dead",
        "total_conn": stot,
    }}


def json_body(body_fn, error_id):
    """The request body as JSON (None when empty); 400 `error_id` when it is not JSON."""
    body = body_fn()
    try:
        return json.loads(body.decode("utf-8")) if body else None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ApiError(400, error_id, "The request body is not valid JSON: %s" % e)


class Router:
    def __init__(self, state):
        self.st = state

    def route(self, method, segs, body_fn):
        """Returns (status, json_body). Raises ApiError."""
        st = self.st

        def only(*methods):
            if method not in methods:
                raise ApiError(405, "resource.method_not_allowed",
                               "Method %s is not allowed on this resource" % method)

        path = "/" + "/".join(segs)
        if not segs:
            only("GET")
            return 200, {"children": [{"name": "api", "href": "/api/"}]}
        if segs == ["api"]:
            only("GET")
            return 200, {"children": [{"name": "tm", "href": "/api/tm/"}]}
        if segs[0] != "api" or len(segs) < 2 or segs[1] != "tm":
            raise not_found(path)
        if len(segs) == 2:
            only("GET")
            return 200, {"children": [{"name": v, "href": "/api/tm/%s/" % v} for v in VERSIONS]}
        v = segs[2]
        if v not in VERSIONS:
            raise ApiError(404, "resource.not_found",
                           "API version '%s' is not supported (supported: %s)" % (v, ", ".join(VERSIONS)))
        base = "/api/tm/%s" % v
        rest = segs[3:]
        if not rest:
            only("GET")
            return 200, children(base, ["config", "status"])
        if rest[0] == "config":
            if rest == ["config"]:
                only("GET")
                return 200, children(base + "/config", ["active"])
            if rest == ["config", "active"]:
                only("GET")
                return 200, children(base + "/config/active", ["pools", "protection", "rate"])
            if rest == ["config", "active", "rate"]:
                only("GET")
                return 200, children(base + "/config/active/rate", [st.rate_class])
            if len(rest) == 4 and rest[:3] == ["config", "active", "rate"]:
                if rest[3] != st.rate_class:
                    raise ApiError(404, "resource.not_found",
                                   "The rate class '%s' does not exist" % rest[3])
                only("GET", "PUT")
                if method == "GET":
                    return 200, st.get_rate()
                parsed = json_body(body_fn, "rate.edit.invalid")
                return 200, st.put_rate(parsed)
            if rest == ["config", "active", "protection"]:
                only("GET")
                return 200, children(base + "/config/active/protection", [st.protection])
            if len(rest) == 4 and rest[:3] == ["config", "active", "protection"]:
                if rest[3] != st.protection:
                    raise ApiError(404, "resource.not_found",
                                   "The protection class '%s' does not exist" % rest[3])
                only("GET", "PUT")
                if method == "GET":
                    return 200, st.get_protection()
                parsed = json_body(body_fn, "protection.edit.invalid")
                return 200, st.put_protection(parsed)
            if rest == ["config", "active", "pools"]:
                only("GET")
                return 200, children(base + "/config/active/pools", [st.pool])
            if len(rest) == 4 and rest[:3] == ["config", "active", "pools"]:
                if rest[3] != st.pool:
                    raise ApiError(404, "resource.not_found",
                                   "The pool '%s' does not exist%s" % (
                                       rest[3], " (the lab stand-in cannot create pools)"
                                       if method == "PUT" else ""))
                only("GET", "PUT")
                if method == "GET":
                    return 200, st.get_doc()
                parsed = json_body(body_fn, "pool.edit.invalid")
                drift = st.peek_drift("PUT", path)
                doc = st.put_pool(parsed, drift)
                if drift:
                    st.take_fault("PUT", path, drift=True)
                return 200, doc
            raise not_found(path)
        if rest[0] == "status":
            tms = ["local_tm", st.tm_name]
            if rest == ["status"]:
                only("GET")
                return 200, children(base + "/status", tms)
            tm = rest[1]
            if tm not in tms:
                raise ApiError(404, "resource.not_found",
                               "The traffic manager '%s' is not a member of this cluster" % tm)
            tbase = "%s/status/%s" % (base, tm)
            r = rest[2:]
            only("GET")
            if not r:
                return 200, children(tbase, ["information", "statistics"])
            if r == ["information"]:
                return 200, {"information": {"tm_version": TM_VERSION}}
            if r[0] != "statistics":
                raise not_found(path)
            sbase = tbase + "/statistics"
            r = r[1:]
            if not r:
                return 200, children(sbase, ["nodes", "pools"])
            if r == ["nodes"]:
                return 200, children(sbase + "/nodes", ["node", "per_pool_node"])
            if r == ["pools"]:
                return 200, children(sbase + "/pools", [st.pool])
            if r == ["nodes", "node"]:
                return 200, children(sbase + "/nodes/node",
                                     [s["addr"] for s in st.haproxy.servers() if s.get("addr")])
            if len(r) == 3 and r[:2] == ["nodes", "node"]:
                servers = st._servers_by_addr()
                if r[2] not in servers:
                    raise ApiError(404, "resource.not_found",
                                   "The node '%s' does not exist" % r[2])
                return 200, node_statistics(servers[r[2]])
            if r == ["nodes", "per_pool_node"]:
                doc = st.get_doc()
                return 200, children(sbase + "/nodes/per_pool_node",
                                     ["%s-%s" % (st.pool, row["node"])
                                      for row in doc["properties"]["basic"]["nodes_table"]])
            if len(r) == 3 and r[:2] == ["nodes", "per_pool_node"]:
                name = r[2]
                prefix = st.pool + "-"
                doc = st.get_doc()
                nodes = {row["node"] for row in doc["properties"]["basic"]["nodes_table"]}
                node = name[len(prefix):] if name.startswith(prefix) else None
                servers = st._servers_by_addr()
                if node not in nodes or node not in servers:
                    raise ApiError(404, "resource.not_found",
                                   "The per-pool node '%s' does not exist" % name)
                return 200, per_pool_node_statistics(servers[node])
            if len(r) == 2 and r[0] == "pools":
                if r[1] != st.pool:
                    raise ApiError(404, "resource.not_found", "The pool '%s' does not exist" % r[1])
                return 200, pool_statistics(st.get_doc(), st._servers_by_addr())
            raise not_found(path)
        raise not_found(path)


# ---------------------------------------------------------------------------
# HTTP
# ---------------------------------------------------------------------------
class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "vtm-standin/1.0"
    sys_version = ""
    timeout = 120

    def log_message(self, fmt, *args):  # the default logger is replaced by _log_line
        pass

    def log_error(self, fmt, *args):
        log("%s: %s" % (self.client_address[0], fmt % args))

    def _send(self, status, body, extra_headers=()):
        if isinstance(body, str):
            data = body.encode("utf-8")
            ctype = "text/plain; charset=utf-8"
        else:
            data = (json.dumps(body) + "\n").encode("utf-8")
            ctype = "application/json"
        self._status = status
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in extra_headers:
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _read_body(self):
        if self._body is not None:
            return self._body
        te = self.headers.get("Transfer-Encoding", "")
        if "chunked" in te.lower():
            chunks = []
            while True:
                line = self.rfile.readline(65537)
                size = int(line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline(65537)
            self._body = b"".join(chunks)
        else:
            n = int(self.headers.get("Content-Length") or 0)
            self._body = self.rfile.read(n) if n > 0 else b""
        return self._body

    def _auth_ok(self):
        h = self.headers.get("Authorization")
        if not h or not h.lower().startswith("basic "):
            return False
        try:
            given = base64.b64decode(h[6:].strip(), validate=True)
        except (ValueError, TypeError):
            return False
        return hmac.compare_digest(given, self.server.credentials)

    def _handle(self):
        self._body = None
        self._status = None
        st = self.server.state
        parsed = urllib.parse.urlsplit(self.path)
        raw_path = parsed.path or "/"
        segs = [urllib.parse.unquote(s) for s in raw_path.split("/") if s]
        method = "GET" if self.command == "HEAD" else self.command
        has_auth = self.headers.get("Authorization") is not None
        is_lab = bool(segs) and segs[0] == "_lab"
        entry = None
        gone = ""
        try:
            # Read the body first so that a keep-alive connection stays in sync.
            body = self._read_body()
            if not is_lab:
                entry = {"time": time.time(), "method": method, "path": raw_path, "auth": has_auth}
                if parsed.query:
                    entry["query"] = parsed.query
                if body or method in ("PUT", "POST"):
                    try:
                        entry["body"] = json.loads(body.decode("utf-8"))
                    except (UnicodeDecodeError, json.JSONDecodeError):
                        entry["body"] = body.decode("utf-8", "replace")
            if not self._auth_ok():
                self._send(401, AUTH_ERROR, [("WWW-Authenticate", 'Basic realm="vTM REST API (lab)"')])
                return
            if is_lab:
                status, out = self._lab(segs[1:], method, body)
                self._send(status, out)
                return
            fault = st.take_fault(method, raw_path)
            if fault:
                if fault.get("delay"):
                    log("fault %d: sleeping %.3gs before %s %s" % (fault["id"], fault["delay"], method, raw_path))
                    time.sleep(fault["delay"])
                if fault.get("status"):
                    stat = fault["status"]
                    if "body" in fault:
                        out = fault["body"]
                    elif stat == 401:
                        out = AUTH_ERROR
                    else:
                        out = {"error_id": "lab.injected", "error_text": "injected fault"}
                    hdrs = [("WWW-Authenticate", 'Basic realm="vTM REST API (lab)"')] if stat == 401 else []
                    self._send(stat, out, hdrs)
                    return
            status, out = self.server.router.route(method, segs, self._read_body)
            self._send(status, out)
        except ApiError as e:
            self._send(e.status, e.body)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError, socket.timeout):
            self.close_connection = True
            gone = " (client went away)"
            raise
        except Exception as e:  # never leave a client without an answer
            log("internal error on %s %s: %r" % (method, raw_path, e))
            import traceback
            traceback.print_exc()
            self._send(500, {"error_id": "lab.internal_error", "error_text": "internal error: %s" % e})
        finally:
            if entry is not None:
                entry["status"] = self._status
                st.record(entry)
            log("%s %s -> %s (auth=%s)%s" % (self.command, raw_path, self._status,
                                              "yes" if has_auth else "no", gone))

    def _lab(self, rest, method, body):
        st = self.server.state

        def parse():
            try:
                return json.loads(body.decode("utf-8")) if body else {}
            except (UnicodeDecodeError, json.JSONDecodeError) as e:
                raise ApiError(400, "lab.invalid", "body is not valid JSON: %s" % e)

        if rest == ["faults"]:
            if method == "GET":
                return 200, {"faults": st.list_faults()}
            if method == "POST":
                st.add_fault(parse())
                return 200, {"faults": st.list_faults()}
            if method == "DELETE":
                st.clear_faults()
                return 200, {"faults": []}
        elif rest == ["requests"]:
            if method == "GET":
                return 200, st.list_requests()
            if method == "DELETE":
                return 200, {"cleared": st.clear_requests()}
        elif rest == ["reset"]:
            if method == "POST":
                return 200, st.reset()
        else:
            raise not_found("/_lab/" + "/".join(rest))
        raise ApiError(405, "resource.method_not_allowed", "Method %s is not allowed here" % method)

    do_GET = do_PUT = do_POST = do_DELETE = do_PATCH = _handle

    def do_HEAD(self):
        self._handle()


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def get_request(self):
        sock, addr = self.socket.accept()
        # The TLS handshake happens on first read, in the connection's thread.
        return self.ssl_context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), addr

    def handle_error(self, request, client_address):
        e = sys.exc_info()[1]
        if isinstance(e, (ssl.SSLError, ConnectionError, socket.timeout, OSError)):
            log("%s: connection error: %s" % (client_address[0], e))
        else:
            super().handle_error(request, client_address)


def parse_listen(s):
    host, sep, port = s.rpartition(":")
    if not sep:
        raise argparse.ArgumentTypeError("--listen wants HOST:PORT")
    return host.strip("[]") or "127.0.0.1", int(port)


def main(argv=None):
    ap = argparse.ArgumentParser(description="lab stand-in for the vTM REST API (maps to HAProxy)")
    ap.add_argument("--listen", required=True, type=parse_listen, help="HOST:PORT")
    ap.add_argument("--cert", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--credentials", required=True, help="file with one line user:password")
    ap.add_argument("--haproxy-socket", required=True)
    ap.add_argument("--pool", required=True)
    ap.add_argument("--backend", required=True)
    ap.add_argument("--state-dir", required=True)
    ap.add_argument("--tm-name", default="zlb1.lab.test")
    ap.add_argument("--protection", default="hg")
    ap.add_argument("--ban-acl", default=None)
    ap.add_argument("--rate-class", default="hg-rate")
    args = ap.parse_args(argv)

    with open(args.credentials) as f:
        line = f.readline().rstrip("\r\n")
    if ":" not in line:
        ap.error("credentials file must contain user:password")

    state = State(args)
    host, port = args.listen
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    Server.address_family = family
    server = Server((host, port), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(args.cert, args.key)
    server.ssl_context = ctx
    server.credentials = line.encode("utf-8")
    server.state = state
    server.router = Router(state)
    log("listening on https://%s:%d/ (pool %r -> HAProxy backend %r via %s)"
        % (host, port, args.pool, args.backend, args.haproxy_socket))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
