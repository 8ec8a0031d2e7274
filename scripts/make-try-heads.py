#!/usr/bin/python3
"""Create N draft heads in an existing Mercurial repository, fast.

Usage: /usr/bin/python3 scripts/make-try-heads.py REPO N [--base REV]

A test-data generator for `hg merge-try-heads` (src/hgext/mergetryheads.py)
and its benchmark (scripts/bench-try-merge). It stands in for N pushes to
Try: every head is a new changeset whose only parent is BASE (default
`last(public())`, or `tip` when nothing is public) and which adds one
one-line file, `try/push-<k mod 100>.txt` reading `try push <k> on <base>`,
so the heads differ the way real pushes do (100 paths rather than one per
head: a new path is a new filelog file in .hg/store/data, and 10,000 of
those would cost more than the commits).

The changesets are built in memory (`memctx`) in one process, 1000 per
transaction, so 10,000 heads take seconds instead of the minutes that
10,000 `hg commit` processes would. They are draft (the repository's
`phases.new-commit`), by `Try pusher <try@lab.test>`, with fixed dates, and
`<k>` starts at the repository's current length, so running the script
again on the same repository adds N more distinct heads rather than
recreating identical (and therefore already existing) changesets.

Repository hooks are not run (these are not pushes, and hooks such as
replication ones cannot work in a lab); nothing is pushed. Run it as the
user that owns the repository, e.g.

    sudo -u hg /usr/bin/python3 scripts/make-try-heads.py /repo/hg/mozilla/try 2000

It needs Mercurial's Python package (Debian: `apt-get install mercurial`,
which installs it for /usr/bin/python3). Prints `created N heads`.
"""

import argparse
import os
import sys


from mercurial import context, error, hg, phases
from mercurial import ui as uimod

try:
    # Mercurial >= 7.1 registers revset predicates etc. lazily, on import of
    # this module (dispatch does it for `hg`); older ones have no such module.
    from mercurial import initialization

    initialization.init()
except ImportError:
    pass

USER = b'Try pusher <try@lab.test>'
BATCH = 1000
# Heads spread their one-line change over this many paths: a new file per
# head would mean one new filelog (a file in .hg/store/data) per head.
FILES = 100
# Fixed dates: 2024-01-01T00:00:00Z plus one second per head.
DATE0 = 1704067200


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description='Create N draft heads (fake Try pushes) in REPO.'
    )
    parser.add_argument('repo', help='path of an existing repository')
    parser.add_argument('count', type=int, metavar='N', help='heads to create')
    parser.add_argument(
        '--base',
        default=None,
        help='parent of every new head (default: last(public()), else tip)',
    )
    args = parser.parse_args(argv)
    if args.count < 0:
        parser.error('N must be >= 0')
    return args


def resolve_base(repo, spec):
    if spec is None:
        revs = repo.revs(b'last(public())')
        if not revs:
            revs = repo.revs(b'tip')
        spec_b = b'last(public()) or tip'
    else:
        spec_b = os.fsencode(spec)
        revs = repo.anyrevs([spec_b], user=True)
    revs = list(revs)
    if len(revs) != 1:
        raise error.Abort(
            b'--base %s must resolve to exactly one revision (got %d)'
            % (spec_b, len(revs))
        )
    return repo[revs[0]]


def _load_batch_commits():
    """The extension's batch helper (one phase registration per batch, changelog files kept
    open), shared rather than copied: src/hgext/mergetryheads.py beside this script."""
    import importlib.util

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'hgext', 'mergetryheads.py')
    spec = importlib.util.spec_from_file_location('hgmo_mergetryheads', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module._batch_commits


batch_commits = _load_batch_commits()


def main(argv):
    args = parse_args(argv)
    ui = uimod.ui.load()
    ui.setconfig(b'ui', b'quiet', b'true', b'make-try-heads')
    repo = hg.repository(ui, os.fsencode(args.repo))
    # No hooks: these commits stand in for pushes, and the lab's hooks
    # (replication, pushlog) are not what is being measured.
    repo.ui.callhooks = False
    base = resolve_base(repo, args.base)  # on the visible revisions
    repo = repo.unfiltered()
    base = repo[base.node()]
    basenode = base.node()
    branch = base.branch()
    first = len(repo)
    created = 0

    with repo.wlock():
        while created < args.count:
            end = min(created + BATCH, args.count)
            with repo.lock(), repo.transaction(b'make-try-heads') as tr, \
                    batch_commits(repo, tr):
                for i in range(created, end):
                    k = first + i
                    path = b'try/push-%02d.txt' % (k % FILES)
                    data = b'try push %d on %s\n' % (k, base.hex())

                    def filectxfn(repo_, mctx, p, data=data):
                        return context.memfilectx(repo_, mctx, p, data)

                    mctx = context.memctx(
                        repo,
                        (basenode, None),
                        b'Try push %d' % k,
                        [path],
                        filectxfn,
                        user=USER,
                        date=(DATE0 + k, 0),
                        extra={},
                        branch=branch,
                    )
                    repo.commitctx(mctx)
            created = end
    print('created %d heads' % created)
    return 0


if __name__ == '__main__':
    try:
        sys.exit(main(sys.argv[1:]))
    except error.Abort as e:
        msg = e.message if hasattr(e, 'message') else e.args[0]
        sys.stderr.write('make-try-heads: %s\n' % msg.decode('utf-8', 'replace'))
        sys.exit(255)
    except error.RepoError as e:
        sys.stderr.write(
            'make-try-heads: %s\n'
            % (e.args[0].decode('utf-8', 'replace') if e.args else e)
        )
        sys.exit(255)
