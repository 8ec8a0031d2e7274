# vcsreplicator_standin.py - LAB STAND-IN for version-control-tools'
# pylib/vcsreplicator/vcsreplicator/hgext.py (the vcsreplicator hgext)
#
# This file is part of the hgmo-ctl lab (tests/lab/lab). It is NOT the real
# vcsreplicator and it is never deployed anywhere but the lab.
#
# What production has instead: on the hgssh master, the vcsreplicator hgext
# (loaded by /var/hg/venv_tools/bin/hg) writes replication messages into
# Kafka (topic pushdata); a vcsreplicator-consumer daemon on every hgweb reads
# them and applies them to that host's /repo/hg/mozilla copy (stream clone or
# init, write hgrc, pull the heads).
#
# What the lab does instead (no Kafka, no ZooKeeper, no consumer daemons):
#   * each message is appended as one JSON line to the file named by
#     [labreplication] log (`lab up` points it at $LAB_DIR/shared/
#     replication-log.jsonl, visible to every host);
#   * the message is then applied synchronously, in this process, to every
#     mirror root listed in [labreplication] mirrors (the hgweb hosts'
#     /repo/hg/mozilla directories as seen from the root filesystem).
#
# Commands and output follow production's vcsreplicator:
#   hg replicatehgrc  -> "recorded hgrc in replication log"
#   hg replicatesync  -> "wrote synchronization message into replication log"
#                        "wrote heads synchronization message into replication log"
#   hg replicatedelete -> "wrote delete message into replication log"
#                        "repo deleted from local host"
# All act on the repository in the current directory or the one given by -R.
#
# replicatedelete is production's, including its effect on the master: it
# records hg-repo-delete-1, every mirror deletes its copy (as a consumer
# does: rename it into <mirror root>/../todelete/, i.e. the host's
# /repo/hg/todelete, then remove it; a mirror without the repository only
# warns), and then the MASTER'S OWN COPY IS DELETED too (renamed to
# <repo>.todelete, removed), as production's hgext.py does. Keep a copy
# first if the repository must survive (hgmo-ctl retire-repo
# --via-replication copies it aside with hard links).
#
# Mirror updates run as the owner of each mirror root (normally hg): when the
# command is run as root, the work is done through `sudo -u #<uid>`, with
# the hg of [labreplication] hg (default /var/hg/venv_tools/bin/hg: the
# hgssh hosts have no other).
#
# Left out: Kafka producer acknowledgements and retries, the hooks that make
# production's hgext produce on every push (hg-changegroup-2, hg-pushkey-1:
# a push reaches the mirrors only through `hg replicatesync`), bootstrap
# mode's consumer side, and every vcsreplicator command not listed above.
#
# The lab's file-based Kafka (tests/lab/files/lab_vcsreplicator.py, loaded
# from [labreplication] kafkalib): every message is ALSO produced into topic
# [replicationproducer] topic (pushdata) of the Kafka directory named by
# [replicationproducer] hosts, in the partition given by production's
# partitionmap.* rules, after the mirrors were updated. As the lab already
# applied it to every mirror, it then commits the offset of each mirror's
# consumer group ([labreplication] ackgroups, in the order of `mirrors`) --
# only for a group that had consumed everything before it (a group that is
# behind, e.g. a wedged partition, gets the message from its
# vcsreplicator@N daemon in order, as in production). When the mirror update
# fails the message is produced but not acknowledged, so the hgweb daemons
# retry it. Without kafkalib nothing is produced (the behaviour above only).
# With kafkalib, a mirror whose host runs none of its vcsreplicator@0..7
# units is neither updated nor acknowledged: like a production host out of
# replication (`hgmo-ctl hgweb remove`, or a host not bootstrapped yet), it only
# gets the messages through its own consumers once they run again.
"""lab stand-in for vcsreplicator (replication without Kafka)"""

import json
import os
import shutil
import subprocess
import sys
import time

from mercurial.i18n import _
from mercurial import (
    error,
    pycompat,
    registrar,
)

testedwith = b'6.3'

cmdtable = {}
command = registrar.command(cmdtable)

configtable = {}
configitem = registrar.configitem(configtable)
configitem(b'labreplication', b'log', default=None)
configitem(b'labreplication', b'mirrors', default=list)
configitem(b'labreplication', b'reporoot', default=b'/repo/hg/mozilla')
configitem(b'labreplication', b'hg', default=b'/var/hg/venv_tools/bin/hg')
configitem(b'labreplication', b'kafkalib', default=None)
configitem(b'labreplication', b'ackgroups', default=list)
configitem(b'replicationproducer', b'hosts', default=None)
configitem(b'replicationproducer', b'topic', default=b'pushdata')
configitem(b'replicationproducer', b'partitionmap\..*', default=None, generic=True)

NULLHEX = '0' * 40


def _str(b):
    return pycompat.sysstr(b) if isinstance(b, bytes) else b


def _relpath(ui, repo):
    """Repository path relative to the replication root, e.g. 'try'."""
    reporoot = ui.config(b'labreplication', b'reporoot').rstrip(b'/')
    root = repo.root
    if not root.startswith(reporoot + b'/'):
        raise error.Abort(
            _(b'repository %s is not under %s; not eligible for replication')
            % (root, reporoot)
        )
    rel = root[len(reporoot) + 1 :].strip(b'/')
    if not rel or b'..' in rel.split(b'/'):
        raise error.Abort(_(b'invalid repository path: %s') % root)
    return _str(rel)


def _readhgrc(repo):
    if repo.vfs.exists(b'hgrc'):
        return repo.vfs.read(b'hgrc')
    return None


def _record(ui, message):
    """Append one message to the replication log (the stand-in for Kafka)."""
    logpath = ui.config(b'labreplication', b'log')
    if not logpath:
        raise error.Abort(
            _(b'replication log not available: labreplication.log is not set')
        )
    message = dict(message)
    message['_created'] = time.time()
    line = json.dumps(message, sort_keys=True) + '\n'
    try:
        fd = os.open(
            _str(logpath), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o664
        )
        try:
            os.write(fd, line.encode('utf-8'))
        finally:
            os.close(fd)
    except OSError as e:
        raise error.Abort(
            _(b'replication log not available: %s')
            % pycompat.bytestr(str(e))
        )
    return message


_kafkalib = []


def _kafka(ui):
    """(lab_vcsreplicator module, Kafka) or None when not configured."""
    lib = ui.config(b'labreplication', b'kafkalib')
    hosts = ui.config(b'replicationproducer', b'hosts')
    if not lib or not hosts:
        return None
    if not _kafkalib:
        import importlib.util

        spec = importlib.util.spec_from_file_location('lab_vcsreplicator', _str(lib))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        _kafkalib.append(mod)
    mod = _kafkalib[0]
    try:
        return mod, mod.open_kafka(_str(hosts))
    except mod.KafkaError as e:
        raise error.Abort(
            _(b'replication log not available: %s') % pycompat.bytestr(str(e))
        )


def _send(ui, message, applied):
    """Produce message into the lab's Kafka; when `applied` holds the
    mirrors that already applied it, commit their groups' offsets (only
    where the group was in sync right before this message)."""
    k = _kafka(ui)
    if k is None:
        return
    mod, kafka = k
    topic = _str(ui.config(b'replicationproducer', b'topic'))
    pmap = [
        (_str(key[len(b'partitionmap.'):]), _str(value))
        for key, value in ui.configitems(b'replicationproducer')
        if key.startswith(b'partitionmap.')
    ]
    try:
        partition = mod.partition_for_path(message['path'], pmap or None)
        offset = kafka.produce(topic, partition, [message])[0]
        groups = dict(zip(_mirrors(ui), [
            _str(g) for g in ui.configlist(b'labreplication', b'ackgroups')]))
        acked = []
        for mirror in applied:
            group = groups.get(mirror)
            if group and kafka.commit(group, topic, partition, offset + 1,
                                      expect=offset):
                acked.append(group)
    except (OSError, mod.KafkaError) as e:
        raise error.Abort(
            _(b'replication log not available: %s') % pycompat.bytestr(str(e))
        )
    ui.note(
        b'(lab replication) %s produced into %s partition %d offset %d; '
        b'acknowledged for %s\n'
        % (pycompat.bytestr(message['name']), pycompat.bytestr(topic),
           partition, offset,
           pycompat.bytestr(', '.join(acked) or 'no group'))
    )


def _apply_and_send(ui, message, apply):
    """Run apply() (the synchronous mirror update; returns the mirrors it
    updated), then produce the message: acknowledged for those mirrors, or
    for none when apply() failed."""
    try:
        applied = apply()
    except BaseException:
        try:
            _send(ui, message, [])
        except Exception:
            pass
        raise
    _send(ui, message, applied)


def _mirrors(ui):
    return [_str(m) for m in ui.configlist(b'labreplication', b'mirrors')]


def _unit_runs(pidfile):
    try:
        with open(pidfile) as fh:
            pid = int(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


def _attached(ui):
    """The mirrors that take part in replication: with Kafka configured, a
    mirror whose host runs none of its vcsreplicator@0..7 units (a host taken
    out of replication, or one not bootstrapped yet) is left alone, as
    production's producer never reaches a host but through its consumers: it
    catches up through its own units or its bootstrap. The units' pid files are
    <host dir>/systemd/vcsreplicator@N.service.pid, the host dir being two levels
    above the mirror root (<host dir>/repo_hg/mozilla)."""
    mirrors = _mirrors(ui)
    if not ui.config(b'labreplication', b'kafkalib'):
        return mirrors
    out = []
    for m in mirrors:
        state = os.path.join(os.path.dirname(os.path.dirname(m.rstrip('/'))), 'systemd')
        if not os.path.isdir(state) or any(
                _unit_runs(os.path.join(state, 'vcsreplicator@%d.service.pid' % i))
                for i in range(8)):
            out.append(m)
        else:
            ui.note(b'(lab replication) %s: no vcsreplicator unit runs on its host; left to '
                    b'its consumers\n' % pycompat.bytestr(m))
    return out


def _owner(path):
    st = os.stat(path)
    return st.st_uid, st.st_gid


def _run(ui, argv, owner):
    """Run argv as the mirror owner, without any global hg config."""
    argv = ['env', 'HGRCPATH=', 'HGPLAIN=1'] + argv
    if os.geteuid() == 0 and owner[0] != 0:
        argv = ['sudo', '-n', '-u', '#%d' % owner[0], '--'] + argv
    ui.note(b'(lab replication) %s\n' % pycompat.bytestr(' '.join(argv)))
    p = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd='/'
    )
    out = p.communicate()[0]
    if out:
        ui.note(out)
    if p.returncode:
        raise error.Abort(
            _(b'mirror update failed (exit %d): %s\n%s')
            % (p.returncode, pycompat.bytestr(' '.join(argv)), out)
        )


def _writehgrc(target, content, owner):
    hgrc = os.path.join(target, '.hg', 'hgrc')
    if content is None:
        if os.path.lexists(hgrc):
            os.unlink(hgrc)
        return
    tmp = hgrc + '.labtmp'
    with open(tmp, 'wb') as fh:
        fh.write(content)
    if os.geteuid() == 0:
        os.chown(tmp, owner[0], owner[1])
    os.rename(tmp, hgrc)


def _applyhgrc(ui, rel, content):
    applied = []
    for mirror in _attached(ui):
        target = os.path.join(mirror, rel)
        if not os.path.isdir(os.path.join(target, '.hg')):
            ui.warn(
                _(b'(lab replication) %s has no repository %s; skipped\n')
                % (pycompat.bytestr(mirror), pycompat.bytestr(rel))
            )
            continue
        _writehgrc(target, content, _owner(mirror))
        applied.append(mirror)
    return applied


def _applysync(ui, rel, source, content, heads):
    hg = _str(ui.config(b'labreplication', b'hg'))
    mirrors = _attached(ui)
    for mirror in mirrors:
        owner = _owner(mirror)
        target = os.path.join(mirror, rel)
        if not os.path.isdir(os.path.join(target, '.hg')):
            _run(ui, [hg, 'init', target], owner)
        _writehgrc(target, content, owner)
        wanted = [h for h in heads if h != NULLHEX]
        if wanted:
            argv = [hg, '-R', target, 'pull', '-q',
                    '--config', 'trusted.users=*',
                    '--config', 'firefoxtree.replication=true']
            for h in wanted:
                argv.extend(['-r', h])
            argv.append(source)
            _run(ui, argv, owner)
    return mirrors


# Run as the mirror owner by _applydelete: what a vcsreplicator consumer
# does with hg-repo-delete-1 (consumer.py process_hg_delete): move the
# repository into the host's todelete directory (created 0750 like the hg-web
# role's /repo/hg/todelete), then remove it.
_DELETE_SCRIPT = r"""
import os, shutil, sys, time
target, todelete = sys.argv[1], sys.argv[2]
if not os.path.isdir(todelete):
    os.makedirs(todelete, exist_ok=True)
    os.chmod(todelete, 0o750)
name = '%s.%d.%d' % (target.strip('/').replace('/', '_'), os.getpid(), int(time.time()))
dest = os.path.join(todelete, name)
os.rename(target, dest)
shutil.rmtree(dest)
"""


def _applydelete(ui, rel):
    python = sys.executable or '/usr/bin/python3'
    mirrors = _attached(ui)
    for mirror in mirrors:
        target = os.path.join(mirror, rel)
        if not os.path.lexists(target):
            # A consumer only warns when the repository is already gone.
            ui.warn(
                _(b'(lab replication) %s has no repository %s; nothing to delete\n')
                % (pycompat.bytestr(mirror), pycompat.bytestr(rel))
            )
            continue
        todelete = os.path.join(os.path.dirname(mirror.rstrip('/')), 'todelete')
        try:
            _run(ui, [python, '-c', _DELETE_SCRIPT, target, todelete],
                 _owner(mirror))
        except error.Abort as e:
            # A consumer logs an OSError during the delete as a warning and
            # goes on; so does the lab, loudly.
            ui.warn(
                _(b'(lab replication) could not delete %s: %s\n')
                % (pycompat.bytestr(target), pycompat.bytestr(str(e)))
            )
    return mirrors


@command(b'replicatehgrc', [], b'', helpcategory=None)
def replicatehgrc(ui, repo):
    """replicate the hgrc for this repository (lab stand-in)

    Records a hg-hgrc-update-1 message with the content of .hg/hgrc (null
    when there is none) and applies it to every lab mirror: the mirror's
    .hg/hgrc is replaced, or deleted when the master has none.
    """
    rel = _relpath(ui, repo)
    content = _readhgrc(repo)
    message = _record(ui, {
        'name': 'hg-hgrc-update-1',
        'path': '{moz}/' + rel,
        'content': content.decode('utf-8', 'replace')
        if content is not None else None,
    })
    _apply_and_send(ui, message, lambda: _applyhgrc(ui, rel, content))
    ui.status(_(b'recorded hgrc in replication log\n'))


@command(
    b'replicatesync',
    [
        (b'b', b'bootstrap', False,
         _(b'use bootstrap mode (ignored by the regular consumer)')),
        (b'', b'heads', True,
         _(b'also send a heads synchronization message')),
    ],
    b'[-b] [--no-heads]',
    helpcategory=None,
)
def replicatesync(ui, repo, **opts):
    """replicate this repository to mirrors (lab stand-in)

    Records a hg-repo-sync-2 message (path, requirements, hgrc, heads,
    bootstrap) and, unless --bootstrap, a hg-heads-1 message. Unless
    --bootstrap, every lab mirror is brought up to date: the repository is
    created with `hg init` if missing, the hgrc is written (or deleted) and
    the heads are pulled from the master.
    """
    bootstrap = bool(opts.get('bootstrap'))
    sendheads = bool(opts.get('heads', True))
    rel = _relpath(ui, repo)
    content = _readhgrc(repo)
    heads = [pycompat.sysstr(repo[h].hex()) for h in repo.heads()]
    message = _record(ui, {
        'name': 'hg-repo-sync-2',
        'path': '{moz}/' + rel,
        'requirements': sorted(_str(r) for r in repo.requirements),
        'hgrc': content.decode('utf-8', 'replace')
        if content is not None else None,
        'heads': heads,
        'bootstrap': bootstrap,
    })
    if not bootstrap:
        _apply_and_send(
            ui, message,
            lambda: _applysync(ui, rel, _str(repo.root), content, heads))
    else:
        # The regular consumer ignores bootstrap messages: nothing to apply.
        _send(ui, message, _attached(ui))
    ui.status(_(b'wrote synchronization message into replication log\n'))

    if sendheads and not bootstrap:
        message = _record(ui, {
            'name': 'hg-heads-1',
            'path': '{moz}/' + rel,
            'heads': heads,
            'last_push_id': None,
        })
        # Nothing to apply for the regular consumer.
        _send(ui, message, _attached(ui))
        ui.status(
            _(b'wrote heads synchronization message into replication log\n')
        )


@command(b'replicatedelete', [], b'', helpcategory=None)
def replicatedelete(ui, repo):
    """delete this repository and all mirrors (lab stand-in)

    As production's vcsreplicator hgext: records a hg-repo-delete-1 message
    and deletes the repository on every mirror, then DELETES THE LOCAL
    (MASTER) COPY too: it is renamed to <repo>.todelete and removed. In the
    lab every mirror (the hgweb hosts' copies) applies the message at once,
    as the owner of its repositories; a mirror that has no such repository
    only warns.
    """
    rel = _relpath(ui, repo)
    repo_dir = _str(repo.root)
    try:
        message = _record(ui, {
            'name': 'hg-repo-delete-1',
            'path': '{moz}/' + rel,
        })
        _apply_and_send(ui, message, lambda: _applydelete(ui, rel))
        ui.status(_(b'wrote delete message into replication log\n'))

        todelete_repo_name = repo_dir + '.todelete'
        os.rename(repo_dir, todelete_repo_name)
        shutil.rmtree(todelete_repo_name)
        ui.status(_(b'repo deleted from local host\n'))
    except (IOError, OSError) as e:
        raise error.Abort(
            _(b'could not delete repo %s: %s\n')
            % (pycompat.bytestr(repo_dir), pycompat.bytestr(str(e)))
        )
