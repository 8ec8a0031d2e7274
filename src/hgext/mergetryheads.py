# mergetryheads.py - collapse Try heads with in-memory dummy merges
#
# Part of hgmo-ctl (MPL-2.0, a licence compatible with Mercurial's GPL), written for
# it; hgmo-ctl writes this extension to the operator's cache and loads it into the
# operator's own Mercurial for `merge-try-heads`.

"""collapse Try heads into one head with in-memory dummy merges

Adds ``hg merge-try-heads``.

Background
==========

The Try repository grows a new draft head with every push, and some
Mercurial operations scale with the number of heads, so hg.mozilla.org
periodically collapses them with "dummy merges": a chain of merge commits,
each with the previous link as first parent and one Try head as second
parent, whose tree is the tree of the chain's root (nothing from the heads
is brought in). The old manual procedure (``docs/hgmo/ops.rst``, "Try Head
Management") did this with a working directory::

    hg up <recent mozilla-central revision>
    for p2 in `cat heads`; do
        hg debugsetparents . $p2; hg commit -m 'Merge try head'
    done

which costs two process start-ups, a dirstate write and a working
directory status per head: 0.25 s per head on a tiny repository on the
benchmark machine (BENCHMARKS.md), about 40 minutes for 10,000 heads, and
more on a real tree.
Upstream replaced it with ``scripts/merge_try_heads.py`` and
``scripts/merge_try_heads_commit.py`` in mozilla/version-control-tools
(bug 2063508, commit ada9c0c7): in-memory ``memctx`` merges, parents
(chain, head), message ``Merge try head``, no manifest work per commit,
1000 merges per transaction, resumable through
``.hg/merge-try-heads/merge-tip``, and a first SIGINT/SIGTERM that stops
at the next commit boundary. This extension does the same inside ``hg``
so it can be shipped as one file and run with::

    hg --config extensions.mergetryheads=/path/to/mergetryheads.py \\
        merge-try-heads --base REV

One difference from upstream: upstream points every merge at one shared
*empty* manifest (so the merge tip has an empty tree); here each merge
keeps its first parent's manifest, exactly like the ``debugsetparents``
loop, so the merge tip has the base revision's tree. With ``files=[]``
Mercurial's ``commit._prepare_files`` takes its "reusing manifest from p1
(no file change)" path (visible with ``--debug``): no manifest and no
filelog is written, a merge commit is one changelog entry.

Keeping a commit O(1) on Mercurial 6.3 took three more things, each
measured on 10,000 heads (31 s -> 1.2 s in all):

* ``memctx.files()`` goes through ``memctx._status``, which loads the
  full manifests of *both* parents (p2 is a different Try head every
  time, so nothing is cached; on Try a manifest has hundreds of thousands
  of entries). ``_mergectx`` declares the empty status instead.
* ``commitctx`` calls ``phases.registernew`` for every commit, which
  rebuilds the set of all draft roots and the phase sets of the whole
  changelog: quadratic in the number of heads (80% of the time at 10,000
  heads). Commits are made with ``phases.new-commit=public``, which only
  skips that step (a merge with a draft parent is draft by inheritance),
  and each batch is registered at the configured phase in one call, the
  way applying a pushed changegroup does. The phases come out exactly as
  with plain commits.
* each ``changelog.add`` reopened the changelog files; they stay open for
  a batch under ``revlog._writing`` (as ``revlog.addgroup`` does).

The commits are byte-for-byte those of a plain ``memctx`` loop (same
nodes for the same user and date).

Behaviour
=========

``hg merge-try-heads [--base REV] [--batch N] [--heads-revset REVSET]
[--user USER] [--date DATE] [--status]``

Target (the chain tip to merge onto): the node stored in
``.hg/merge-try-heads/merge-tip`` if that file exists and the node is
still in the repository (resuming; ``--base`` is then ignored, with a
note), else ``--base``, which must resolve to exactly one revision.

Heads to merge: ``(REVSET) and not ancestors(TARGET)`` in revision order,
REVSET defaulting to ``head() and branch(default) and not public()``.
``ancestors()`` includes its argument, so the chain tip itself (a draft
head once merges exist) is never merged onto itself, and a resumed run
never merges a head twice. The list is written to
``.hg/merge-try-heads/heads`` (informational).

Each merge is ``memctx(repo, (chain_tip, head), b'Merge try head',
files=[], ...)`` on the first parent's branch, committed in draft phase
(the repository's ``phases.new-commit``). Merges are grouped N per
transaction (``--batch``, default 1000). The new chain tip is written to
``.hg/merge-try-heads/merge-tip`` by the transaction itself (a transaction
file generator: atomic temp-file rename at commit time, restored from the
journal backup if the transaction rolls back), so the file never names a
revision that was rolled back and never lags a committed batch. The
working-directory lock is held for the whole run (two runs cannot
interleave); the store lock only per batch, so pushes can get in between
batches. Nothing is ever pushed.

Signals: the first SIGINT or SIGTERM makes the run stop at the next commit
boundary; the open transaction is closed normally (keeping every merge made
so far), merge-tip is written, and the command exits with status 130. A
second signal raises KeyboardInterrupt at once: the open transaction rolls
back and merge-tip stays at the last committed batch; exit status 130 as
well. Run the command again (without ``--base``) to resume.

Output (stdout unless noted)::

    N heads to merge onto <short target>        (status; hidden by -q)
    merged K/N heads (X/s)                      (after each batch; status)
    aborted: the current batch was rolled back  (stderr; second signal)
    interrupted: merged K of N heads; run again to resume     (stderr)
    merge tip <40-hex node>                     (always, exactly once)

X/s is the average since the first merge of this run. On the first signal
stderr also gets ``merge-try-heads: stopping at the next commit boundary
...`` at once.

or ``nothing to merge`` followed by ``merge tip <target>`` when no head
remains. ``merge tip`` is the line for programs to parse: the chain tip
after the run (also after an interruption). ``--status`` merges nothing;
it prints ``stored merge-tip: <hex>|none``, ``heads matching revset: H``,
``heads to merge: R (onto <short>)`` (``unknown`` without a stored tip or
``--base``) and, if present, ``heads listed at start of last run: L``.
Errors (no ``--base`` and nothing to resume, a ``--base`` that is not
exactly one revision, a bad revset, ``--batch`` < 1) abort before anything
is written, with Mercurial's usual status (255; 10 with
``ui.detailed-exit-code``).

User: ``--user``, else ``ui.username`` / ``$HGUSER`` / ``$EMAIL`` if set,
else ``Try head merge <hgmo-service-discuss@mozilla.com>`` (the fallback
upstream's driver writes into its private hgrc). Date: ``--date``, else the
current time for each commit.

Compatibility: written for and tested on Mercurial 6.3 (Debian
bookworm). The public APIs used (``registrar.command``, ``context.memctx``,
``repo.anyrevs``, ``ui.configoverride``, ``phases.registernew``,
``transaction.addfilegenerator``) exist from 5.9 through 7.x;
``revlog._writing`` is private and only used where it exists and the
changelog has no inner revlog (6.3 yes, 7.2 no: slower there, same
result). Checked on 6.3.2 and 7.2.2.
"""

from __future__ import absolute_import

import contextlib
import os
import signal
import time

from mercurial.i18n import _
from mercurial.node import bin, hex, short
from mercurial import (
    context,
    error,
    phases,
    registrar,
    revsetlang,
    scmutil,
    util,
)
from mercurial.utils import dateutil

cmdtable = {}
command = registrar.command(cmdtable)

testedwith = b'6.3'
minimumhgversion = b'5.9'

COMMIT_MESSAGE = b'Merge try head'
DEFAULT_HEADS_REVSET = b'head() and branch(default) and not public()'
DEFAULT_BATCH = 1000
FALLBACK_USER = b'Try head merge <hgmo-service-discuss@mozilla.com>'

STATE_DIR = b'merge-try-heads'
MERGE_TIP_FILE = STATE_DIR + b'/merge-tip'
HEADS_FILE = STATE_DIR + b'/heads'

EXIT_INTERRUPTED = 130

_InputError = getattr(error, 'InputError', error.Abort)

_helpcategory = getattr(command, 'CATEGORY_MAINTENANCE', None)
_commandkwargs = {}
if _helpcategory is not None:
    _commandkwargs['helpcategory'] = _helpcategory


class _StopRequest(object):
    """SIGINT/SIGTERM handling: first signal asks to stop, second aborts.

    The handler does as little as possible (set a flag, write one line with
    os.write) because it runs between two bytecodes of whatever the main
    thread was doing, possibly inside the changelog writer.
    """

    SIGNALS = ('SIGINT', 'SIGTERM')

    def __init__(self):
        self.requested = False
        self._previous = {}

    def _handler(self, signum, frame):
        if self.requested:
            # Second signal: abort now. KeyboardInterrupt unwinds through the
            # transaction's context manager, which rolls it back.
            raise KeyboardInterrupt()
        self.requested = True
        try:
            os.write(
                2,
                b'merge-try-heads: stopping at the next commit boundary '
                b'(signal again to abort the current batch)\n',
            )
        except OSError:
            pass

    def install(self):
        for name in self.SIGNALS:
            num = getattr(signal, name, None)
            if num is None:
                continue
            try:
                self._previous[num] = signal.signal(num, self._handler)
            except ValueError:
                # Not in the main thread (command server): no stop support.
                pass

    def restore(self):
        for num, previous in self._previous.items():
            try:
                signal.signal(num, previous)
            except (ValueError, TypeError):
                pass
        self._previous.clear()


def _nofilectx(repo, memctx, path):
    # Never called: the merges touch no file (files=[]).
    return None


class _mergectx(context.memctx):
    """memctx for a merge that touches no file.

    ``memctx._status`` computes the status of ``files`` by loading the full
    manifests of both parents, and ``committablectx.files()`` goes through
    it, so a plain ``memctx(..., files=[])`` reads two whole manifests per
    commit before ``commit._prepare_files`` even gets to reuse p1's (a
    different p2 every time: nothing is cached, and on Try a manifest is
    hundreds of thousands of entries). With no files the status is empty by
    definition; saying so keeps a commit O(1).
    """

    @util.propertycache
    def _status(self):
        return scmutil.status([], [], [], [], [], [], [])

    def files(self):
        return []


@contextlib.contextmanager
def _batch_commits(repo, tr):
    """Make a batch of ``commitctx`` calls cheap; yields nothing.

    Two per-commit costs of ``commit.commitctx`` grow with the repository,
    and both are paid once per batch here instead:

    * Phases. ``phases.registernew`` runs for every commit; it rebuilds a
      set of all draft roots and recomputes the phase sets over the whole
      changelog (on a repo with 10,000 Try heads that was ~80% of the time,
      and it grows with both the heads and the history). Commits are made
      with ``phases.new-commit=public`` (which skips the registration, not
      the phase: a merge with a draft parent is draft by inheritance), then
      the whole batch is registered at the configured phase at once, which
      is what applying a changegroup does.
    * Changelog file handles. Every ``changelog.add`` opens and closes the
      index and data files; ``revlog._writing`` keeps them open for the
      batch (``revlog.addgroup`` does the same). ``delayupdate`` must come
      first so the handles are the transaction's delayed ones. Skipped on a
      Mercurial without ``revlog._writing`` or with an inner revlog (7.x),
      where ``delayupdate`` requires closed files.
    """
    targetphase = phases.newcommitphase(repo.ui)
    cl = repo.changelog
    first = len(cl)
    writing = getattr(cl, '_writing', None)
    if getattr(cl, '_inner', None) is not None:
        # Newer Mercurial (revlogs with an inner revlog; checked on 7.2):
        # changelog.delayupdate() asserts the files are closed, so they
        # cannot be held open across commits there.
        writing = None
    override = {(b'phases', b'new-commit'): b'public'}
    with repo.ui.configoverride(override, b'merge-try-heads'):
        if writing is None:
            yield
        else:
            cl.delayupdate(tr)
            with writing(tr):
                yield
    cl = repo.changelog
    if targetphase != phases.public and len(cl) > first:
        phases.registernew(repo, tr, targetphase, list(range(first, len(cl))))


def _read_merge_tip(repo):
    """Return (node or None, raw hex or None, usable) from merge-tip."""
    data = repo.vfs.tryread(MERGE_TIP_FILE).strip()
    if not data:
        return None, None, False
    try:
        node = bin(data)
    except (TypeError, ValueError):
        return None, data, False
    if len(node) != len(repo.nullid):
        return None, data, False
    try:
        ctx = repo[node]
    except (error.RepoLookupError, error.LookupError):
        return None, data, False
    return ctx.node(), data, True


def _resolve_base(repo, base):
    try:
        revs = repo.anyrevs([base], user=True)
    except error.ParseError as inst:
        raise _InputError(_(b'invalid --base revset %s: %s') % (base, inst.args[0]))
    revs = list(revs)
    if len(revs) != 1:
        raise _InputError(
            _(b'--base %s must resolve to exactly one revision (got %d)')
            % (base, len(revs))
        )
    return repo[revs[0]].node()


def _resolve_target(ui, repo, base, quiet_notes=False):
    """Return the node to merge onto, or None if unknown."""
    node, raw, usable = _read_merge_tip(repo)
    if usable:
        if base and not quiet_notes:
            ui.status(
                _(
                    b'resuming from stored merge tip %s; --base ignored '
                    b'(remove .hg/%s to start a new chain)\n'
                )
                % (short(node), MERGE_TIP_FILE)
            )
        return node
    if raw is not None and not quiet_notes:
        ui.warn(
            _(b'ignoring .hg/%s: %s is not a revision of this repository\n')
            % (MERGE_TIP_FILE, raw[:40])
        )
    if not base:
        return None
    return _resolve_base(repo, base)


def _heads_to_merge(repo, revset, target):
    try:
        spec = revsetlang.formatspec(
            b'(%r) and not ancestors(%n)', revset, target
        )
        revs = repo.anyrevs([spec], user=True)
    except error.ParseError as inst:
        raise _InputError(
            _(b'invalid --heads-revset %s: %s') % (revset, inst.args[0])
        )
    return sorted(revs)


def _username(ui, user):
    if user:
        if b'\n' in user:
            raise _InputError(_(b'username %r contains a newline') % user)
        return user
    configured = ui.username(acceptempty=True)
    if configured:
        return configured
    return FALLBACK_USER


def _status(ui, repo, opts):
    node, raw, usable = _read_merge_tip(repo)
    if usable:
        ui.write(_(b'stored merge-tip: %s\n') % hex(node))
    elif raw is not None:
        ui.write(
            _(b'stored merge-tip: %s (not in repository; ignored)\n') % raw[:40]
        )
    else:
        ui.write(_(b'stored merge-tip: none\n'))
    revset = opts.get('heads_revset') or DEFAULT_HEADS_REVSET
    try:
        heads = repo.anyrevs([revset], user=True)
    except error.ParseError as inst:
        raise _InputError(
            _(b'invalid --heads-revset %s: %s') % (revset, inst.args[0])
        )
    ui.write(_(b'heads matching revset: %d\n') % len(heads))
    target = node if usable else None
    if target is None and opts.get('base'):
        target = _resolve_base(repo, opts.get('base'))
    if target is None:
        ui.write(_(b'heads to merge: unknown (no merge-tip; pass --base)\n'))
    else:
        remaining = _heads_to_merge(repo, revset, target)
        ui.write(
            _(b'heads to merge: %d (onto %s)\n') % (len(remaining), short(target))
        )
    listed = [l for l in repo.vfs.tryread(HEADS_FILE).splitlines() if l.strip()]
    if listed:
        ui.write(_(b'heads listed at start of last run: %d\n') % len(listed))
    return 0


@command(
    b'merge-try-heads',
    [
        (
            b'',
            b'base',
            b'',
            _(b'revision to start a new merge chain on (required unless resuming)'),
            _(b'REV'),
        ),
        (
            b'',
            b'batch',
            DEFAULT_BATCH,
            _(b'merges per transaction'),
            _(b'N'),
        ),
        (
            b'',
            b'heads-revset',
            DEFAULT_HEADS_REVSET,
            _(b'revset selecting the heads to merge'),
            _(b'REVSET'),
        ),
        (b'u', b'user', b'', _(b'record the given user as committer'), _(b'USER')),
        (b'd', b'date', b'', _(b'record the given date as commit date'), _(b'DATE')),
        (b'', b'status', False, _(b'show what is left to merge and exit')),
    ],
    _(
        b'hg merge-try-heads [--base REV] [--batch N] [--heads-revset REVSET] '
        b'[--user USER] [--date DATE] [--status]'
    ),
    **_commandkwargs
)
def merge_try_heads(ui, repo, **opts):
    """merge draft heads into one chain of dummy merge commits

    Each head selected by --heads-revset (default ``head() and
    branch(default) and not public()``) that is not already an ancestor of
    the chain tip gets one in-memory merge commit ``Merge try head`` with
    parents (chain tip, head) and the chain tip's tree. No working directory
    is used and nothing is pushed.

    The chain starts at --base, or resumes from the tip stored in
    .hg/merge-try-heads/merge-tip by a previous (possibly interrupted) run.
    A first SIGINT/SIGTERM stops at the next commit boundary (exit status
    130); run the command again to resume.

    The last line printed is ``merge tip <node>``.
    """
    if opts.get('status'):
        return _status(ui, repo, opts)

    batch = opts.get('batch')
    if batch is None or batch < 1:
        raise _InputError(_(b'--batch must be a positive number'))
    revset = opts.get('heads_revset') or DEFAULT_HEADS_REVSET
    user = _username(ui, opts.get('user'))
    date = opts.get('date') or None
    if date:
        date = dateutil.parsedate(date)

    with repo.wlock():
        target = _resolve_target(ui, repo, opts.get('base'))
        if target is None:
            raise _InputError(
                _(b'no merge chain to resume: --base is required'),
                hint=_(b'for example --base central, or a recent public revision'),
            )
        revs = _heads_to_merge(repo, revset, target)
        total = len(revs)
        cl = repo.changelog
        heads = [cl.node(r) for r in revs]
        repo.vfs.write(
            HEADS_FILE, b''.join(hex(n) + b'\n' for n in heads), atomictemp=True
        )
        if not total:
            ui.status(_(b'nothing to merge\n'))
            ui.write(b'merge tip %s\n' % hex(target))
            return 0

        ui.status(_(b'%d heads to merge onto %s\n') % (total, short(target)))
        tip, merged, outcome = _merge_chain(
            ui, repo, target, heads, batch, user, date
        )
        if outcome == 'aborted':
            ui.warn(_(b'aborted: the current batch was rolled back\n'))
        if outcome != 'done':
            ui.warn(
                _(b'interrupted: merged %d of %d heads; run again to resume\n')
                % (merged, total)
            )
        ui.write(b'merge tip %s\n' % hex(tip))
        return 0 if outcome == 'done' else EXIT_INTERRUPTED


def _merge_chain(ui, repo, target, heads, batch, user, date):
    """Commit one merge per head.

    Returns (tip, merged, outcome), outcome being 'done', 'stopped' (first
    signal: stopped at a commit boundary, everything kept) or 'aborted'
    (second signal: the open transaction was rolled back).
    """
    # The unfiltered repository avoids recomputing the hidden set after
    # every commit; the heads were already selected on the filtered view.
    urepo = repo.unfiltered()
    total = len(heads)
    committed_tip = target  # chain tip as of the last closed transaction
    committed = 0
    state = {'tip': committed_tip, 'count': 0}
    stop = _StopRequest()
    start = time.time()
    stop.install()
    try:
        while committed < total and not stop.requested:
            chunk = heads[committed : committed + batch]
            state = {'tip': committed_tip, 'count': 0}

            def writetip(fp, state=state):
                fp.write(hex(state['tip']) + b'\n')

            with urepo.lock(), urepo.transaction(b'merge-try-heads') as tr:
                # Written atomically when the transaction closes, restored
                # from the journal backup if it rolls back.
                tr.addfilegenerator(
                    b'merge-try-heads-tip',
                    (MERGE_TIP_FILE,),
                    writetip,
                    location=b'plain',
                )
                branch = urepo[committed_tip].branch()
                with _batch_commits(urepo, tr):
                    for head in chunk:
                        if stop.requested:
                            break
                        mctx = _mergectx(
                            urepo,
                            (state['tip'], head),
                            COMMIT_MESSAGE,
                            [],
                            _nofilectx,
                            user=user,
                            date=date,
                            extra={},
                            branch=branch,
                        )
                        state['tip'] = urepo.commitctx(mctx)
                        state['count'] += 1
            # The transaction is closed: its merges are permanent and
            # merge-tip names state['tip'].
            committed_tip = state['tip']
            committed += state['count']
            elapsed = max(time.time() - start, 1e-6)
            ui.status(
                _(b'merged %d/%d heads (%d/s)\n')
                % (committed, total, int(committed / elapsed))
            )
    except KeyboardInterrupt:
        # Second signal: the transaction's context manager rolled the open
        # batch back (merge-tip restored with it). If the signal arrived
        # just after a batch was committed, merge-tip already names it.
        stop.restore()
        node, _raw, usable = _read_merge_tip(urepo)
        if usable and node == state['tip'] and node != committed_tip:
            # The batch had already been committed: nothing was lost.
            committed_tip = node
            committed += state['count']
            return committed_tip, committed, 'stopped'
        return committed_tip, committed, 'aborted'
    finally:
        stop.restore()
    if committed < total:
        return committed_tip, committed, 'stopped'
    return committed_tip, committed, 'done'
