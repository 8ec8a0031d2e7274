# lab_pushlog.py - LAB VERSION of version-control-tools' pushlog extension, part of hgmo-ctl
# (MPL-2.0), written for the lab from the documented facts only (the database file and its
# schema); it shares no code with the original.
#
# Production loads the pushlog extension on the hgssh hosts for every repository; it records
# each push in .hg/pushlog2.db (SQLite): a row in `pushlog` (id, user, date) and one row per
# changeset in `changesets` (pushid, rev, node), with UNIQUE indexes on `changesets.node` and
# `changesets.rev`. A row left behind for a changeset the repository no longer holds makes
# the next push that reuses its revision number fail with
# `UNIQUE constraint failed: changesets.rev` (the current guide's pushlog repair).
#
# The lab installs this file at /var/hg/version-control-tools/hgext/pushlog/lab_pushlog.py on
# the hgssh hosts. It is a hook, enabled only in the repositories whose own .hg/hgrc asks
# for it (tests that need a pushlog):
#
#   [hooks]
#   pretxnchangegroup.pushlog = python:/var/hg/version-control-tools/hgext/pushlog/lab_pushlog.py:record
#
# Left out: the web views and the wire protocol commands, replication of the pushlog to the
# mirrors, and the deferral of the database commit to the end of Mercurial's transaction
# (this hook commits at once; a later hook refusing the push leaves its rows behind).
import os
import sqlite3
import time

from mercurial import error

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS changesets (pushid INTEGER, rev INTEGER, node text)",
    "CREATE TABLE IF NOT EXISTS pushlog (id INTEGER PRIMARY KEY AUTOINCREMENT, user TEXT, date INTEGER)",
    "CREATE UNIQUE INDEX IF NOT EXISTS changeset_node ON changesets (node)",
    "CREATE UNIQUE INDEX IF NOT EXISTS changeset_rev ON changesets (rev)",
    "CREATE INDEX IF NOT EXISTS pushlog_date ON pushlog (date)",
    "CREATE INDEX IF NOT EXISTS pushlog_user ON pushlog (user)",
)


def record(ui, repo, node=None, **kwargs):
    """Record the changesets of this push, from `node` to the tip."""
    path = os.path.join(os.fsdecode(repo.path), "pushlog2.db")
    db = sqlite3.connect(path)
    try:
        for statement in SCHEMA:
            db.execute(statement)
        user = os.environ.get("USER") or os.environ.get("LOGNAME") or "unknown"
        cur = db.execute("INSERT INTO pushlog (user, date) VALUES (?, ?)", (user, int(time.time())))
        first = repo[node].rev()
        for rev in range(first, len(repo)):
            db.execute(
                "INSERT INTO changesets (pushid, rev, node) VALUES (?, ?, ?)",
                (cur.lastrowid, rev, repo[rev].hex().decode("ascii")),
            )
        db.commit()
    except sqlite3.Error as e:
        # The push is refused and the client is told why (nothing of it was committed).
        raise error.Abort(b"pushlog: " + str(e).encode("utf-8"))
    finally:
        db.close()
    return False
