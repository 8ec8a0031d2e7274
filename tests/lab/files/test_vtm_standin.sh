#!/usr/bin/env bash
# test_vtm_standin.sh - self-contained check of tests/lab/files/vtm_standin.py
# against a real HAProxy.
#
# Starts (all on 127.0.0.1, all in a temporary directory, all stopped on exit):
#   * three tiny python3 http.server backends on 28081..28083 (GET / answers
#     "backend N"; GET /slow?S sleeps S seconds first),
#   * HAProxy (not the Debian service): frontend 28080 -> backend hgweb-http
#     with servers web1..web3 (names deliberately unlike the node strings),
#     `option httpchk GET /`, admin stats socket in the temp directory,
#   * the stand-in on https://127.0.0.1:28070 with a throwaway self-signed cert,
# then exercises the API with curl and checks HAProxy's view and real traffic.
# Needs: bash, python3, curl, openssl, haproxy. Exit status 0 = all passed.
set -uo pipefail
PATH=$PATH:/usr/local/sbin:/usr/sbin:/sbin

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STANDIN=$HERE/vtm_standin.py
FE_PORT=28080
BE_PORTS=(28081 28082 28083)
API_PORT=28070
POOL=hgweb-http
USERPASS='labadmin:pa:ss w0rd'      # password with a colon and a space on purpose

for c in python3 curl openssl haproxy; do
    command -v "$c" >/dev/null || { echo "missing command: $c (apt-get install -y ${c/python3/python3})" >&2; exit 2; }
done

WORK=$(mktemp -d /tmp/vtm-standin-test.XXXXXX)
PIDS=()
STANDIN_PID=
cleanup() {
    local p
    [ -n "$STANDIN_PID" ] && kill "$STANDIN_PID" 2>/dev/null
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
    for p in "${PIDS[@]}" $STANDIN_PID; do wait "$p" 2>/dev/null; done
    if [ "${KEEP_WORK:-0}" = 1 ]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

FAILS=0
PASSES=0
ok()   { PASSES=$((PASSES + 1)); echo "ok   - $*"; }
fail() { FAILS=$((FAILS + 1)); echo "FAIL - $*"; }
die()  { echo "FATAL: $*" >&2; [ -f "$WORK/standin.log" ] && tail -20 "$WORK/standin.log" >&2; exit 1; }

# ---------------------------------------------------------------- backends
cat >"$WORK/backend.py" <<'EOF'
import sys, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
port, name = int(sys.argv[1]), sys.argv[2]
class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_GET(self):
        if self.path.startswith("/slow?"):
            time.sleep(float(self.path[6:]))
        data = ("%s\n" % name).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    def log_message(self, *a):
        pass
ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer(("127.0.0.1", port), H).serve_forever()
EOF
for i in 0 1 2; do
    python3 "$WORK/backend.py" "${BE_PORTS[$i]}" "backend$((i + 1))" 2>>"$WORK/backends.log" &
    PIDS+=($!)
done

# ---------------------------------------------------------------- haproxy
cat >"$WORK/haproxy.cfg" <<EOF
global
    stats socket $WORK/haproxy.sock mode 600 level admin
    stats socket ipv4@127.0.0.1:28079 level admin
    stats timeout 30s
defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
frontend fe
    bind 127.0.0.1:$FE_PORT
    default_backend $POOL
backend $POOL
    balance roundrobin
    option httpchk GET /
    default-server inter 300ms fall 2 rise 1
    server web1 127.0.0.1:${BE_PORTS[0]} check
    server web2 127.0.0.1:${BE_PORTS[1]} check
    server web3 127.0.0.1:${BE_PORTS[2]} check
EOF
haproxy -c -q -f "$WORK/haproxy.cfg" || die "haproxy config check failed"
haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)

hacmd() {  # send one runtime API command, print the reply
    python3 - "$WORK/haproxy.sock" "$1" <<'EOF'
import socket, sys
s = socket.socket(socket.AF_UNIX); s.settimeout(5); s.connect(sys.argv[1])
s.sendall(sys.argv[2].encode() + b"\n"); out = b""
while True:
    d = s.recv(65536)
    if not d: break
    out += d
sys.stdout.write(out.decode())
EOF
}
srv_status() {  # srv_status ADDR -> the status column of that server
    hacmd "show stat $POOL 4 -1" | python3 -c '
import csv, sys
lines = [l for l in sys.stdin.read().splitlines() if l.strip()]
hdr = next(csv.reader([lines[0][2:]]))
for r in csv.reader(lines[1:]):
    d = dict(zip(hdr, r))
    if d.get("addr") == sys.argv[1]: print(d["status"])' "$1"
}
srv_admin() {  # srv_admin SVNAME -> srv_admin_state from show servers state
    hacmd "show servers state $POOL" | awk -v s="$1" '$4 == s { print $7 }'
}
wait_for() {  # wait_for SECONDS CMD... : until CMD succeeds
    local t=$1; shift
    local end=$((SECONDS + t))
    until "$@"; do [ $SECONDS -ge $end ] && return 1; sleep 0.2; done
}
all_up() { for p in "${BE_PORTS[@]}"; do [ "$(srv_status 127.0.0.1:$p)" = UP ] || return 1; done; }
wait_for 10 test -S "$WORK/haproxy.sock" || die "haproxy did not start: $(cat "$WORK/haproxy.log")"
wait_for 10 all_up || die "backends not UP in haproxy: $(hacmd "show stat $POOL 4 -1")"
ok "haproxy up, 3 servers UP"

# ---------------------------------------------------------------- stand-in
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 -keyout "$WORK/key.pem" -out "$WORK/cert.pem" \
    >/dev/null 2>&1 || die "openssl failed"
printf '%s\n' "$USERPASS" >"$WORK/credentials"
chmod 600 "$WORK/credentials"
mkdir -p "$WORK/state"
start_standin() {
    python3 "$STANDIN" --listen 127.0.0.1:$API_PORT --cert "$WORK/cert.pem" --key "$WORK/key.pem" \
        --credentials "$WORK/credentials" --haproxy-socket "$WORK/haproxy.sock" \
        --pool $POOL --backend $POOL --state-dir "$WORK/state" 2>>"$WORK/standin.log" &
    STANDIN_PID=$!
    wait_for 10 curl -s -o /dev/null --cacert "$WORK/cert.pem" https://127.0.0.1:$API_PORT/ \
        || die "stand-in did not start"
}
stop_standin() { kill "$STANDIN_PID"; wait "$STANDIN_PID" 2>/dev/null; STANDIN_PID=; }
start_standin
ok "stand-in answers on https://127.0.0.1:$API_PORT"

BASE=https://127.0.0.1:$API_PORT
V=8.3
P=/api/tm/$V/config/active/pools/$POOL
S=/api/tm/$V/status/local_tm/statistics
B=$WORK/body
H=$WORK/headers
CODE=
# api METHOD PATH [BODY] [extra curl args...] -> sets CODE, body in $B, headers in $H
api() {
    local m=$1 p=$2 data=${3-}; shift 2; [ $# -gt 0 ] && shift
    local args=(-sS --cacert "$WORK/cert.pem" -u "$USERPASS" -X "$m" -o "$B" -D "$H" -w '%{http_code}')
    [ -n "$data" ] && args+=(-H 'Content-Type: application/json' --data-binary "$data")
    CODE=$(curl "${args[@]}" "$@" "$BASE$p" 2>/dev/null) || CODE="curl-exit-$?"
}
# check DESCRIPTION EXPECTED_CODE PYTHON_EXPR (d = the parsed body, h = headers text)
check() {
    local desc=$1 want=$2 expr=$3
    if [ "$CODE" != "$want" ]; then fail "$desc: HTTP $CODE, want $want: $(head -c 400 "$B")"; return; fi
    if python3 - "$B" "$H" "$expr" <<'EOF'
import json, re, sys
d = json.load(open(sys.argv[1]))
h = open(sys.argv[2]).read().lower()
lines = sys.argv[3].strip().split("\n")
while re.match(r"^[a-z_]+ = ", lines[0]):   # leading "name = expr" lines are statements
    exec(lines.pop(0))
sys.exit(0 if eval("(" + "\n".join(lines).strip() + ")") else 1)
EOF
    then ok "$desc"; else fail "$desc: condition failed: $3 -- body: $(head -c 600 "$B")"; fi
}
ERR='set(d) >= {"error_id", "error_text"}'

# --------------------------------------------------------------------------
echo "# discovery and auth"
api GET /
check "GET / lists api" 200 'd == {"children": [{"name": "api", "href": "/api/"}]} and "content-type: application/json" in h'
api GET /api/tm/
check "GET /api/tm/ lists 3.8 3.11 4.0 8.3 (unsorted)" 200 \
    '[c["name"] for c in d["children"]] == ["3.8", "3.11", "4.0", "8.3"] and d["children"][1]["href"] == "/api/tm/3.11/"'
api GET /api/tm/9.9/config/active/pools
check "unsupported version -> 404 resource.not_found" 404 "$ERR and d['error_id'] == 'resource.not_found'"
CODE=$(curl -sS --cacert "$WORK/cert.pem" -o "$B" -D "$H" -w '%{http_code}' $BASE/api/tm/)
check "no credentials -> 401 auth.invalid" 401 \
    'd == {"error_id": "auth.invalid", "error_text": "User name or password was invalid"} and "www-authenticate: basic" in h'
CODE=$(curl -sS --cacert "$WORK/cert.pem" -u labadmin:wrong -o "$B" -D "$H" -w '%{http_code}' $BASE$P)
check "wrong password -> 401 auth.invalid" 401 'd["error_id"] == "auth.invalid"'
CODE=$(curl -sS --cacert "$WORK/cert.pem" -o "$B" -D "$H" -w '%{http_code}' $BASE/_lab/faults)
check "/_lab without credentials -> 401" 401 'd["error_id"] == "auth.invalid"'
if curl -sS -o /dev/null http://127.0.0.1:$API_PORT/ 2>/dev/null; then
    fail "plain HTTP must not be served"
else ok "plain HTTP is refused (HTTPS only)"; fi

echo "# config"
api GET /api/tm/$V/config/active/pools
check "pool list" 200 "d == {'children': [{'name': '$POOL', 'href': '/api/tm/$V/config/active/pools/$POOL'}]}"
api GET $P
check "pool resource has every section and key" 200 '
set(d) == {"properties"} and set(d["properties"]) == {"basic", "connection", "http", "load_balancing"}
and set(d["properties"]["basic"]) == {"monitors", "node_delete_behavior", "node_drain_to_delete_timeout",
    "nodes_table", "passive_monitoring", "persistence_class", "failure_pool"}
and set(d["properties"]["connection"]) == {"max_connect_time", "max_reply_time", "queue_timeout", "max_connections_per_node"}
and set(d["properties"]["http"]) == {"keepalive", "keepalive_non_idempotent"}
and set(d["properties"]["load_balancing"]) == {"algorithm", "priority_enabled", "priority_nodes"}'
check "nodes_table: one active row per HAProxy server, with source_ip and an unknown field" 200 '
d["properties"]["basic"]["nodes_table"] == [
  {"node": "127.0.0.1:%d" % p, "state": "active", "priority": 1, "weight": 1, "source_ip": "", "lab_extra": {"kept": True}}
  for p in (28081, 28082, 28083)]'
cp "$B" "$WORK/orig.json"
for v in 3.8 3.11 4.0; do
    api GET /api/tm/$v/config/active/pools/$POOL
    check "API $v serves the same pool" 200 "d == json.load(open('$WORK/orig.json'))"
done
api GET /api/tm/$V/config/active/pools/nosuchpool
check "unknown pool -> 404" 404 "$ERR and d['error_id'] == 'resource.not_found'"
api GET /api/tm/$V/config/active/virtual_servers
check "unknown collection -> 404" 404 "$ERR and d['error_id'] == 'resource.not_found'"
api GET /nothing/here
check "unknown path -> 404" 404 "$ERR and d['error_id'] == 'resource.not_found'"
api DELETE $P
check "DELETE pool -> 405" 405 "$ERR"

echo "# status"
api GET /api/tm/$V/status/
check "status lists local_tm + one member" 200 \
    "[c['name'] for c in d['children']] == ['local_tm', 'zlb1.lab.test'] and d['children'][1]['href'] == '/api/tm/$V/status/zlb1.lab.test'"
api GET /api/tm/$V/status/local_tm/information
check "information" 200 'd == {"information": {"tm_version": "22.1 (lab stand-in)"}}'
api GET /api/tm/$V/status/zlb1.lab.test/information
check "information via member name" 200 '"tm_version" in d["information"]'
api GET /api/tm/$V/status/other.tm/information
check "unknown member -> 404" 404 "d['error_id'] == 'resource.not_found'"
NODE_KEYS='{"current_conn","current_requests","errors","failures","new_conn","pooled_conn","port","response_max","response_mean","response_min","state","total_conn","bytes_from_node_hi","bytes_from_node_lo","bytes_to_node_hi","bytes_to_node_lo"}'
PPN_KEYS='{"bytes_from_node","bytes_to_node","current_conn","current_requests","errors","failures","idle_conns","new_conn","node_port","pooled_conn","response_max","response_mean","response_min","state","total_conn"}'
api GET $S/nodes/node/127.0.0.1:28081
check "node stats: exact keys, alive, port" 200 "set(d['statistics']) == $NODE_KEYS and d['statistics']['state'] == 'alive' and d['statistics']['port'] == 28081 and d['statistics']['current_requests'] == 0"
api GET /api/tm/3.8/status/zlb1.lab.test/statistics/nodes/node/127.0.0.1%3A28082
check "node stats via member name, %-encoded colon" 200 "d['statistics']['port'] == 28082"
api GET $S/nodes/node/127.0.0.1:9999
check "unknown node stats -> 404" 404 "d['error_id'] == 'resource.not_found'"
api GET $S/nodes/per_pool_node/
check "per_pool_node listing" 200 "[c['name'] for c in d['children']] == ['$POOL-127.0.0.1:%d' % p for p in (28081, 28082, 28083)]"
api GET $S/nodes/per_pool_node/$POOL-127.0.0.1:28083
check "per_pool_node: exact keys, alive" 200 "set(d['statistics']) == $PPN_KEYS and d['statistics']['state'] == 'alive' and d['statistics']['node_port'] == 28083"
api GET $S/nodes/per_pool_node/otherpool-127.0.0.1:28083
check "per_pool_node of another pool -> 404" 404 "d['error_id'] == 'resource.not_found'"
api GET $S/pools/$POOL
check "pool stats: 3 nodes, 0 draining, 0 disabled" 200 \
    "d['statistics']['nodes'] == 3 and d['statistics']['draining'] == 0 and d['statistics']['disabled'] == 0 and set(d['statistics']) >= {'algorithm','bytes_in','bytes_out','conns_queued','total_conn','state'}"

# --------------------------------------------------------------------------
echo "# drain one node with a full-table PUT"
# table BODY from states for 28081 28082 28083; row 2 carries changed/extra unknown fields
table() {
    python3 -c '
import json, sys
rows = []
for p, s in zip((28081, 28082, 28083), sys.argv[1:4]):
    rows.append({"node": "127.0.0.1:%d" % p, "state": s, "priority": 1, "weight": 1, "source_ip": "",
                 "lab_extra": {"kept": True}})
rows[1]["lab_extra"] = {"kept": True, "by_test": [1, 2]}
rows[1]["future_field"] = "abc"
print(json.dumps({"properties": {"basic": {"nodes_table": rows}}}))' "$@"
}
through_fe() {  # N requests through the frontend; print the backend names seen, sorted/unique
    local i
    for i in $(seq "$1"); do curl -s --max-time 5 http://127.0.0.1:$FE_PORT/; done | sort | uniq -c | awk '{print $2"="$1}' | paste -sd' '
}
SEEN=$(through_fe 30)
case "$SEEN" in *backend1=*backend2=*backend3=*) ok "traffic reaches all 3 backends ($SEEN)" ;; *) fail "traffic before drain: $SEEN" ;; esac

api PUT $P "$(table active draining active)"
check "PUT 28082 draining -> 200 full resource, unknown row fields kept as sent" 200 '
r = d["properties"]["basic"]["nodes_table"]
r[1] == {"node": "127.0.0.1:28082", "state": "draining", "priority": 1, "weight": 1, "source_ip": "",
         "lab_extra": {"kept": True, "by_test": [1, 2]}, "future_field": "abc"}
and [x["state"] for x in r] == ["active", "draining", "active"] and "connection" in d["properties"]'
[ "$(srv_status 127.0.0.1:28082)" = DRAIN ] && ok "haproxy show stat: web2 DRAIN" || fail "web2 status $(srv_status 127.0.0.1:28082)"
[ "$(srv_admin web2)" = 8 ] && ok "haproxy show servers state: web2 srv_admin_state 8" || fail "web2 admin $(srv_admin web2)"
[ "$(srv_status 127.0.0.1:28081)" = UP ] && ok "web1 still UP" || fail "web1 $(srv_status 127.0.0.1:28081)"
SEEN=$(through_fe 30)
case "$SEEN" in *backend2*) fail "drained backend2 still gets traffic: $SEEN" ;;
    *backend1=*backend3=*) ok "no traffic to drained backend2 ($SEEN)" ;; *) fail "traffic after drain: $SEEN" ;; esac
api GET $P
check "re-read shows draining and the unknown fields" 200 \
    'd["properties"]["basic"]["nodes_table"][1]["state"] == "draining" and d["properties"]["basic"]["nodes_table"][1]["future_field"] == "abc"'
api GET $S/nodes/per_pool_node/$POOL-127.0.0.1:28082
check "per_pool_node state draining" 200 "d['statistics']['state'] == 'draining'"
api GET $S/nodes/node/127.0.0.1:28082
check "node stats state (health) still alive" 200 "d['statistics']['state'] == 'alive'"
api GET $S/pools/$POOL
check "pool stats: draining 1" 200 "d['statistics']['draining'] == 1 and d['statistics']['disabled'] == 0 and d['statistics']['nodes'] == 3"

echo "# in-flight requests are counted and survive the drain"
api PUT $P "$(table active draining draining)"
check "PUT: only 28081 active" 200 '[x["state"] for x in d["properties"]["basic"]["nodes_table"]] == ["active", "draining", "draining"]'
curl -s --max-time 10 -o "$WORK/slow.out" http://127.0.0.1:$FE_PORT/slow?2.5 &
SLOW=$!
inflight() { api GET $S/nodes/node/127.0.0.1:28081; python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["statistics"]["current_requests"] >= 1 else 1)' "$B"; }
if wait_for 2 inflight; then ok "node stats current_requests >= 1 while a request is in flight"; else fail "in-flight request not counted: $(cat "$B")"; fi
api GET $S/nodes/per_pool_node/$POOL-127.0.0.1:28081
check "per_pool_node current_requests >= 1, current_conn >= current_requests" 200 \
    "d['statistics']['current_requests'] >= 1 and d['statistics']['current_conn'] >= d['statistics']['current_requests']"
api PUT $P "$(table draining draining draining)"
check "PUT 28081 draining during the request" 200 'all(x["state"] == "draining" for x in d["properties"]["basic"]["nodes_table"])'
wait "$SLOW"
[ "$(cat "$WORK/slow.out")" = backend1 ] && ok "in-flight request finished on the drained node" || fail "slow request: $(cat "$WORK/slow.out")"
idle() { api GET $S/nodes/node/127.0.0.1:28081; python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["statistics"]["current_requests"] == 0 else 1)' "$B"; }
wait_for 5 idle && ok "current_requests back to 0" || fail "current_requests not 0: $(cat "$B")"
api GET $S/pools/$POOL
check "pool stats: draining 3" 200 "d['statistics']['draining'] == 3"

echo "# disable, remove, re-enable"
api PUT $P "$(table active active disabled)"
check "PUT 28083 disabled" 200 '[x["state"] for x in d["properties"]["basic"]["nodes_table"]] == ["active", "active", "disabled"]'
[ "$(srv_status 127.0.0.1:28083)" = MAINT ] && ok "web3 MAINT" || fail "web3 $(srv_status 127.0.0.1:28083)"
[ "$(srv_admin web2)" = 0 ] && ok "web2 back to ready (admin 0)" || fail "web2 admin $(srv_admin web2)"
api GET $S/nodes/node/127.0.0.1:28083
check "node stats of a disabled node: unknown" 200 "d['statistics']['state'] == 'unknown'"
api GET $S/pools/$POOL
check "pool stats: disabled 1 draining 0" 200 "d['statistics']['disabled'] == 1 and d['statistics']['draining'] == 0"
SEEN=$(through_fe 20)
case "$SEEN" in *backend3*) fail "disabled backend3 gets traffic: $SEEN" ;; *backend1=*backend2=*) ok "traffic only to 1 and 2 ($SEEN)" ;; *) fail "$SEEN" ;; esac
api PUT $P "$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); del d["properties"]["basic"]["nodes_table"][0]; print(json.dumps(d))' "$(table active active active)")"
check "PUT a table without 28081 -> row removed" 200 '[x["node"] for x in d["properties"]["basic"]["nodes_table"]] == ["127.0.0.1:28082", "127.0.0.1:28083"]'
[ "$(srv_status 127.0.0.1:28081)" = MAINT ] && ok "node removed from the pool -> MAINT in haproxy" || fail "web1 $(srv_status 127.0.0.1:28081)"
api GET $S/nodes/per_pool_node/$POOL-127.0.0.1:28081
check "per_pool_node of a removed node -> 404" 404 "d['error_id'] == 'resource.not_found'"
api PUT $P "$(table active active active)"
check "PUT all active" 200 'all(x["state"] == "active" for x in d["properties"]["basic"]["nodes_table"]) and len(d["properties"]["basic"]["nodes_table"]) == 3'
wait_for 5 all_up && ok "all servers UP again" || fail "not all UP: $(hacmd "show stat $POOL 4 -1" | cut -d, -f2,18)"
SEEN=$(through_fe 30)
case "$SEEN" in *backend1=*backend2=*backend3=*) ok "traffic reaches all 3 again ($SEEN)" ;; *) fail "after re-enable: $SEEN" ;; esac

echo "# partial PUTs"
api PUT $P '{"properties":{"load_balancing":{"algorithm":"least_connections"}}}'
check "partial PUT of load_balancing keeps the rest" 200 '
p = d["properties"]
p["load_balancing"] == {"algorithm": "least_connections", "priority_enabled": False, "priority_nodes": 1}
and len(p["basic"]["nodes_table"]) == 3 and p["basic"]["nodes_table"][1]["future_field"] == "abc"
and p["connection"]["max_reply_time"] == 30 and p["basic"]["monitors"] == ["Simple HTTP"]'
api PUT $P '{"properties":{"basic":{"failure_pool":""}}}'
check "partial PUT of one basic key keeps nodes_table" 200 'len(d["properties"]["basic"]["nodes_table"]) == 3 and d["properties"]["load_balancing"]["algorithm"] == "least_connections"'
api GET $S/pools/$POOL
check "pool stats algorithm follows the config" 200 "d['statistics']['algorithm'] == 'leastconnections'"
api PUT $P '{"properties":{"basic":{"nodes_table":[{"node":"127.0.0.1:28081","state":"active"},{"node":"127.0.0.1:28082","state":"active","weight":7},{"node":"127.0.0.1:28083","state":"active"}]}}}'
check "rows without priority/weight/source_ip get the defaults" 200 \
    'd["properties"]["basic"]["nodes_table"][0] == {"node": "127.0.0.1:28081", "state": "active", "priority": 1, "weight": 1, "source_ip": ""} and d["properties"]["basic"]["nodes_table"][1]["weight"] == 7'
api PUT $P "$(table active active active)"
check "full rows again" 200 'd["properties"]["basic"]["nodes_table"][0]["lab_extra"] == {"kept": True}'
CODE=$(curl -sS --cacert "$WORK/cert.pem" -u "$USERPASS" -I -o "$B" -w '%{http_code}' $BASE/api/tm/)
[ "$CODE" = 200 ] && grep -qi '^content-length: [1-9]' "$B" && ok "HEAD works" || fail "HEAD: $CODE"

echo "# validation"
BEFORE=$(curl -sS --cacert "$WORK/cert.pem" -u "$USERPASS" $BASE$P)
api PUT $P 'not json'
check "invalid JSON -> 400 pool.edit.invalid" 400 "$ERR and d['error_id'] == 'pool.edit.invalid'"
api PUT $P '[]'
check "non-object body -> 400" 400 "d['error_id'] == 'pool.edit.invalid'"
api PUT $P '{"properties":{"basic":{"nodes_table":[{"node":"127.0.0.1:28081","state":"drained"}]}}}'
check "bad state -> 400 with error_info.basic.nodes_table.error_text" 400 \
    "d['error_id'] == 'pool.edit.invalid' and 'drained' in d['error_info']['basic']['nodes_table']['error_text']"
api PUT $P '{"properties":{"basic":{"nodes_table":[{"state":"active"}]}}}'
check "row without node -> 400" 400 "'error_text' in d['error_info']['basic']['nodes_table']"
api PUT $P '{"properties":{"basic":{"nodes_table":[{"node":"10.0.0.1:80","state":"active"}]}}}'
check "node unknown to haproxy -> 400" 400 "'10.0.0.1:80' in d['error_info']['basic']['nodes_table']['error_text']"
api PUT $P '{"properties":{"nosuchsection":{"x":1}}}'
check "unknown section -> 400" 400 "d['error_id'] == 'pool.edit.invalid'"
api PUT $P '{"properties":{"basic":{"nodes_tabel":[]}}}'
check "unknown key -> 400" 400 "d['error_id'] == 'pool.edit.invalid'"
api PUT /api/tm/$V/config/active/pools/newpool '{"properties":{"basic":{"nodes_table":[]}}}'
check "PUT to another pool -> 404" 404 "d['error_id'] == 'resource.not_found'"
AFTER=$(curl -sS --cacert "$WORK/cert.pem" -u "$USERPASS" $BASE$P)
[ "$BEFORE" = "$AFTER" ] && ok "rejected PUTs changed nothing" || fail "document changed by rejected PUTs"
all_up && ok "haproxy unchanged by rejected PUTs" || fail "haproxy changed by rejected PUTs"

# --------------------------------------------------------------------------
echo "# fault injection"
api POST /_lab/faults '{"status": 500, "count": 3}'
check "add status fault" 200 'd["faults"][0]["status"] == 500 and d["faults"][0]["count"] == 3'
api GET /_lab/faults
check "GET /_lab/faults shows it" 200 'len(d["faults"]) == 1'
for i in 1 2 3; do
    api GET /api/tm/
    check "injected 500 #$i" 500 'd == {"error_id": "lab.injected", "error_text": "injected fault"}'
done
api GET /api/tm/
check "4th request normal again" 200 '"children" in d'
api GET /_lab/faults
check "fault used up" 200 'd["faults"] == []'
api POST /_lab/faults '{"status": 401}'
api GET $P
check "injected 401 uses the auth.invalid body" 401 'd["error_id"] == "auth.invalid" and "www-authenticate" in h'
api POST /_lab/faults '{"status": 503, "method": "PUT"}'
api GET $P
check "method-filtered fault does not hit GET" 200 '"properties" in d'
api PUT $P "$(table active draining active)"
check "method-filtered fault hits the PUT" 503 'd["error_id"] == "lab.injected"'
[ "$(srv_status 127.0.0.1:28082)" = UP ] && ok "faulted PUT not applied" || fail "faulted PUT applied: $(srv_status 127.0.0.1:28082)"
api POST /_lab/faults '{"status": 502, "body": "<html>Bad Gateway</html>"}'
api GET /api/tm/
[ "$CODE" = 502 ] && grep -q 'Bad Gateway' "$B" && grep -qi 'content-type: text/plain' "$H" \
    && ok "fault with a non-JSON body" || fail "non-JSON fault: $CODE $(cat "$B")"
api POST /_lab/faults '{"delay": 2.0, "count": 1}'
check "add delay fault" 200 'd["faults"][0]["delay"] == 2.0'
api GET /api/tm/ '' --max-time 1
if [ "$CODE" = curl-exit-28 ]; then ok "delayed request times out a 1 s client"; else fail "delay: got $CODE"; fi
api GET /api/tm/ '' --max-time 1
[ "$CODE" = 200 ] && ok "delay fault consumed, next request fast" || fail "after delay: $CODE"
api POST /_lab/faults '{"delay": 1.0, "status": 500}'
T0=$(date +%s%N); api GET /api/tm/; T1=$(date +%s%N)
[ "$CODE" = 500 ] && [ $(( (T1 - T0) / 1000000 )) -ge 950 ] && ok "delay + status combined ($(( (T1 - T0) / 1000000 )) ms)" \
    || fail "delay+status: $CODE after $(( (T1 - T0) / 1000000 )) ms"
api POST /_lab/faults '{"bogus": 1}'
check "invalid fault spec -> 400" 400 "$ERR"
api POST /_lab/faults '{"status": 500, "count": 5}'
api POST /_lab/faults '{"clear": true}'
check "clear removes all faults" 200 'd["faults"] == []'
api GET /api/tm/
check "no fault after clear" 200 '"children" in d'

api POST /_lab/faults '{"put_drift": true}'
api PUT $P "$(table active draining active)"
check "put_drift: the PUT answers 200 with the applied state" 200 '[x["state"] for x in d["properties"]["basic"]["nodes_table"]] == ["active", "draining", "active"]'
api GET $P
check "put_drift: a re-read shows the node back in active" 200 '[x["state"] for x in d["properties"]["basic"]["nodes_table"]] == ["active", "active", "active"]'
[ "$(srv_admin web2)" = 0 ] && ok "put_drift: haproxy reverted too (web2 admin 0)" || fail "put_drift haproxy: $(srv_admin web2)"
api GET /_lab/faults
check "put_drift consumed" 200 'd["faults"] == []'
api PUT $P "$(table active draining active)"
check "next PUT sticks" 200 'd["properties"]["basic"]["nodes_table"][1]["state"] == "draining"'
api GET $P
check "re-read after the next PUT shows draining" 200 'd["properties"]["basic"]["nodes_table"][1]["state"] == "draining"'

echo "# request list"
api DELETE /_lab/requests
check "DELETE /_lab/requests" 200 '"cleared" in d'
curl -sS --cacert "$WORK/cert.pem" -o /dev/null $BASE$P
api PUT $P "$(table active active active)"
api GET $S/nodes/node/127.0.0.1:28081
api GET /_lab/requests
check "requests recorded: method, path, auth flag, status, PUT body" 200 '
[(r["method"], r["path"], r["auth"], r["status"]) for r in d] == [
  ("GET", "/api/tm/8.3/config/active/pools/hgweb-http", False, 401),
  ("PUT", "/api/tm/8.3/config/active/pools/hgweb-http", True, 200),
  ("GET", "/api/tm/8.3/status/local_tm/statistics/nodes/node/127.0.0.1:28081", True, 200)]
and d[1]["body"]["properties"]["basic"]["nodes_table"][1]["future_field"] == "abc" and "body" not in d[2]'
TOKEN=$(printf '%s' "$USERPASS" | base64)
if grep -q -e "pa:ss w0rd" -e "$TOKEN" "$B" "$WORK/standin.log"; then fail "credentials leaked"; else ok "credentials never in /_lab/requests or the log"; fi
grep -q 'GET /api/tm/8.3/config/active/pools/hgweb-http -> 401' "$WORK/standin.log" \
    && ok "stderr log has method, path and status" || fail "log format: $(tail -3 "$WORK/standin.log")"

echo "# persistence and restart"
api PUT $P "$(table active active draining)"
stop_standin
hacmd "set server $POOL/web3 state ready" >/dev/null
[ "$(srv_admin web3)" = 0 ] && ok "(web3 set ready behind the stand-in's back)" || fail "could not reset web3"
start_standin
api GET $P
check "after restart: pool document kept (state, unknown fields, partial edits)" 200 '
p = d["properties"]
[x["state"] for x in p["basic"]["nodes_table"]] == ["active", "active", "draining"]
and p["basic"]["nodes_table"][1]["future_field"] == "abc" and p["load_balancing"]["algorithm"] == "least_connections"'
[ "$(srv_admin web3)" = 8 ] && ok "after restart: stored states pushed to haproxy (web3 drain)" || fail "web3 admin $(srv_admin web3)"
api POST /_lab/reset
check "POST /_lab/reset -> all active" 200 'all(x["state"] == "active" for x in d["properties"]["basic"]["nodes_table"])'
[ "$(srv_admin web3)" = 0 ] && ok "reset: haproxy ready" || fail "reset: web3 admin $(srv_admin web3)"

echo "# a fresh state dir derives states from haproxy"
stop_standin
hacmd "set server $POOL/web1 state drain" >/dev/null
hacmd "set server $POOL/web3 state maint" >/dev/null
rm -rf "$WORK/state"; mkdir "$WORK/state"
start_standin
api GET $P
check "initial rows from haproxy: DRAIN -> draining, MAINT -> disabled" 200 \
    '[x["state"] for x in d["properties"]["basic"]["nodes_table"]] == ["draining", "active", "disabled"]'
[ -s "$WORK/state/pool.json" ] && ok "pool.json written" || fail "no pool.json"
api PUT $P "$(table disabled draining active)"
check "maint -> ready and drain -> maint transitions" 200 '[x["state"] for x in d["properties"]["basic"]["nodes_table"]] == ["disabled", "draining", "active"]'
[ "$(srv_status 127.0.0.1:28081)" = MAINT ] && [ "$(srv_status 127.0.0.1:28082)" = DRAIN ] && [ "$(srv_admin web3)" = 0 ] \
    && ok "haproxy agrees (MAINT, DRAIN, ready)" || fail "haproxy: $(hacmd "show stat $POOL 4 -1" | cut -d, -f2,18)"

echo "# health: a dead backend"
kill "${PIDS[2]}"; wait "${PIDS[2]}" 2>/dev/null
is_dead() { api GET $S/nodes/node/127.0.0.1:28083; python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["statistics"]["state"] == "dead" else 1)' "$B"; }
wait_for 5 is_dead && ok "stopped backend3 -> node stats state dead" || fail "backend3 not dead: $(cat "$B")"
api GET $S/nodes/per_pool_node/$POOL-127.0.0.1:28083
check "per_pool_node state dead" 200 "d['statistics']['state'] == 'dead'"
python3 "$WORK/backend.py" 28083 backend3 2>>"$WORK/backends.log" &
PIDS+=($!)
is_alive() { api GET $S/nodes/node/127.0.0.1:28083; python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["statistics"]["state"] == "alive" else 1)' "$B"; }
wait_for 5 is_alive && ok "restarted backend3 -> alive" || fail "backend3 not alive: $(cat "$B")"

echo "# TCP runtime socket (host:port)"
mkdir -p "$WORK/state2"
python3 "$STANDIN" --listen 127.0.0.1:28071 --cert "$WORK/cert.pem" --key "$WORK/key.pem" \
    --credentials "$WORK/credentials" --haproxy-socket 127.0.0.1:28079 \
    --pool $POOL --backend $POOL --state-dir "$WORK/state2" 2>>"$WORK/standin2.log" &
PIDS+=($!)
wait_for 10 curl -s -o /dev/null --cacert "$WORK/cert.pem" https://127.0.0.1:28071/ || fail "second stand-in did not start"
CODE=$(curl -sS --cacert "$WORK/cert.pem" -u "$USERPASS" -o "$B" -D "$H" -w '%{http_code}' https://127.0.0.1:28071$S/nodes/node/127.0.0.1:28082)
check "stand-in over a TCP stats socket" 200 "d['statistics']['port'] == 28082"

echo "# keep-alive and concurrency"
OUT=$(curl -sS --cacert "$WORK/cert.pem" -u "$USERPASS" -o /dev/null -o /dev/null -w '%{http_code} %{num_connects}\n' $BASE/api/tm/ $BASE$P | paste -sd' ')
[ "$OUT" = "200 1 200 0" ] && ok "two requests on one keep-alive connection" || fail "keep-alive: $OUT"
api POST /_lab/faults '{"delay": 3, "path_contains": "/information"}'
curl -s --cacert "$WORK/cert.pem" -u "$USERPASS" -o /dev/null $BASE/api/tm/$V/status/local_tm/information &
BG=$!
sleep 0.3
T0=$(date +%s%N); api GET /api/tm/; T1=$(date +%s%N)
[ "$CODE" = 200 ] && [ $(( (T1 - T0) / 1000000 )) -lt 1500 ] && ok "a delayed request does not block others" || fail "blocked: $CODE $(( (T1 - T0) / 1000000 )) ms"
wait $BG

echo
echo "passed: $PASSES, failed: $FAILS"
[ "$FAILS" -eq 0 ]
