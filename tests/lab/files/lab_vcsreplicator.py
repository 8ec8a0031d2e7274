#!/usr/bin/python3
# lab_vcsreplicator.py - LAB STAND-IN for Kafka and for version-control-tools'
# vcsreplicator programs (pylib/vcsreplicator: consumer.py, headsconsumer,
# pushnotifications.py + pulsenotifier.py / snsnotifier.py, aggregator.py,
# nagios.py).
#
# This file is part of the hgmo-ctl lab (tests/lab/lab). It is NOT
# vcsreplicator and it is never deployed anywhere but the lab.
#
# What production has: a Kafka cluster (topics pushdata with 8 partitions,
# replicatedpushdatapending and replicatedpushdata with 1 each), the
# vcsreplicator hgext producing into pushdata on the hgssh master,
# vcsreplicator-consumer (vcsreplicator@0..7.service) and
# vcsreplicator-headsconsumer on every hgweb, and on the master the two
# pushdataaggregator services and the Pulse and SNS notifiers; the Nagios
# checks check_vcsreplicator_lag and check_vcsreplicator_aggregator_lag
# read the consumer groups' committed offsets.
#
# What the lab has instead: Kafka is a directory (the `hosts` value of every
# config section, `lab up` uses $LAB_DIR/kafka):
#
#   <kafka>/<topic>/<partition>.log      one message per line: the JSON
#                                        payload (json.dumps(sort_keys=True);
#                                        production's "1\n" wire prefix is
#                                        dropped); offset = line number from 0
#   <kafka>/offsets/<group>/<topic>/<partition>
#                                        the group's committed offset (the
#                                        next offset to consume; missing = 0)
#   <kafka>/outbox/{pulse,sns}.jsonl     what the notifiers would have sent
#
# and this one file implements the programs, with production's command line,
# output and exit codes (lab differences are marked "lab:" below):
#
#   vcsreplicator-consumer CONFIG [--partition N] [--skip] [--dump]
#                          [--onetime] [--start-from N] [--wait-for-no-lag]
#                          [--wait-for-n N]
#   vcsreplicator-headsconsumer CONFIG
#   vcsreplicator-pulse-notifier [--skip] CONFIG
#   vcsreplicator-sns-notifier [--skip] CONFIG
#   vcsreplicator-aggregator [--onetime] [--max-polls N] CONFIG
#   check_vcsreplicator_lag CONFIG [--consumer-section S]
#       [--warning-lag-count 150] [--warning-lag-time 150.0]
#       [--critical-lag-count 600] [--critical-lag-time 600.0] [--telegraf]
#   check_vcsreplicator_aggregator_lag CONFIG [--warning-count 40]
#       [--critical-count 100] [--telegraf]
#   vcsreplicator-bootstrap-hgssh CONFIG HG [--workers N] [--output FILE]
#   vcsreplicator-bootstrap-hgweb CONFIG INPUT [--workers N]
#       (bootstrap.py: a new hgweb host's copy of every repository; lab: no
#       [replicationrules] filtering, log to stdout only, not also to
#       /var/log/vcsrbootstrap/)
#
# Lab-only commands (used by tests/lab/lab): lab-create-topics, lab-wedge,
# lab-offsets. The hgssh replication stand-in (vcsreplicator_standin.py)
# imports this file for Kafka, produce() and the partition map.
#
# Usage: /usr/bin/python3 lab_vcsreplicator.py PROGRAM ARGS..., or through
# the small wrappers `lab up` writes under /var/hg/venv_*/bin/.
#
# Left out: a real Kafka (brokers, replication factor, retention; ZooKeeper
# is not involved), python-hglib (the hg command line instead, with hglib's
# messages), delivery to Pulse and SNS (outbox files instead), the pushlog,
# obsolescence markers, and vcsreplicator-print-offsets (`lab kafka`
# instead). The README's replication section lists every difference.
"""lab stand-in for Kafka and the vcsreplicator programs"""

import argparse
import configparser
import fcntl
import hashlib
import json
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import time
import zlib

# lab: the topics `lab up` creates, with production's partition counts.
TOPICS = {'pushdata': 8, 'replicatedpushdatapending': 1, 'replicatedpushdata': 1}

# Production's [replicationproducer] partitionmap (hg-ssh hgrc.j2).
DEFAULT_PARTITION_MAP = [
    ('0try', '4:\\{moz\\}\\/try'),
    ('1user', '5,6,7:\\{moz\\}\\/users\\/.*'),
    ('2main', '0,1,2,3:.*'),
]

CHECK_DOC_LINES = (
    'See https://mozilla-version-control-tools.readthedocs.io/en/latest/hgmo/ops.html',
    'for details about this check.',
)

POLL_INTERVAL = 0.5     # lab: seconds between polls of an idle partition


# ---------------------------------------------------------------------------
# The file-based Kafka
# ---------------------------------------------------------------------------
class KafkaError(Exception):
    pass


def _open_lock(path):
    """A descriptor to flock on; created group-writable (the kafka
    directories are setgid hg) and opened read-only when not writable."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o664)
        try:
            if os.fstat(fd).st_uid == os.geteuid():
                os.fchmod(fd, 0o664)
        except OSError:
            pass
        return fd
    except PermissionError:
        return os.open(path, os.O_RDONLY)


def _makedirs(path):
    """mkdir -p; the directories it creates are made 2775 (group hg, which
    they inherit from the setgid kafka directory, must write them too)."""
    missing = []
    p = path
    while not os.path.isdir(p):
        missing.append(p)
        p = os.path.dirname(p)
    for d in reversed(missing):
        try:
            os.mkdir(d)
        except FileExistsError:
            continue
        try:
            os.chmod(d, 0o2775)
        except OSError:
            pass


def partition_for_path(path, partition_map=None):
    """Production's partition map: the first rule (in key order) whose
    regular expression matches the wire path (re.match), then, among its
    partitions, lab: zlib.crc32(path) % len(partitions)."""
    items = sorted(partition_map or DEFAULT_PARTITION_MAP)
    for _name, value in items:
        parts, expr = value.split(':', 1)
        partitions = [int(x) for x in parts.split(',') if x.strip()]
        if re.match(expr, path):
            return partitions[zlib.crc32(path.encode('utf-8')) % len(partitions)]
    raise KafkaError('no partition map entry matches %s' % path)


class PartitionReader:
    """Reads one partition log incrementally (complete lines only)."""

    def __init__(self, path):
        self.path = path
        self.pos = 0
        self.buf = b''
        self.lines = []

    def refresh(self):
        try:
            with open(self.path, 'rb') as fh:
                fh.seek(self.pos)
                data = fh.read()
        except FileNotFoundError:
            raise KafkaError('partition log %s does not exist' % self.path)
        if data:
            self.pos += len(data)
            parts = (self.buf + data).split(b'\n')
            self.buf = parts.pop()
            self.lines.extend(parts)
        return len(self.lines)

    def available(self):
        return self.refresh()

    def get(self, offset):
        if offset >= len(self.lines):
            self.refresh()
        if offset < 0 or offset >= len(self.lines):
            return None
        return json.loads(self.lines[offset].decode('utf-8'))


class Kafka:
    def __init__(self, root):
        root = (root or '').strip()
        if not root.startswith('/'):
            raise KafkaError('hosts = %r is not a lab Kafka directory' % root)
        self.root = root.rstrip('/')
        if not os.path.isdir(self.root):
            raise KafkaError('Kafka is not available: %s does not exist (is the lab up?)' % self.root)
        self._readers = {}

    # topics
    def topic_dir(self, topic):
        return os.path.join(self.root, topic)

    def has_topic(self, topic):
        return os.path.isfile(os.path.join(self.topic_dir(topic), '0.log'))

    def partitions(self, topic):
        try:
            names = os.listdir(self.topic_dir(topic))
        except FileNotFoundError:
            raise KafkaError('unknown topic: %s' % topic)
        ps = sorted(int(n[:-4]) for n in names if n.endswith('.log') and n[:-4].isdigit())
        if not ps:
            raise KafkaError('unknown topic: %s' % topic)
        return ps

    def log_path(self, topic, partition):
        return os.path.join(self.topic_dir(topic), '%d.log' % partition)

    def reader(self, topic, partition):
        key = (topic, partition)
        if key not in self._readers:
            path = self.log_path(topic, partition)
            if not os.path.exists(path):
                raise KafkaError('topic %s has no partition %d' % (topic, partition))
            self._readers[key] = PartitionReader(path)
        return self._readers[key]

    def available(self, topic, partition):
        return self.reader(topic, partition).available()

    def get(self, topic, partition, offset):
        return self.reader(topic, partition).get(offset)

    def produce(self, topic, partition, payloads):
        """Append payloads to a partition; returns their offsets."""
        path = self.log_path(topic, partition)
        if not os.path.exists(path):
            raise KafkaError('topic %s has no partition %d' % (topic, partition))
        data = ''.join(json.dumps(p, sort_keys=True) + '\n' for p in payloads).encode('utf-8')
        fd = os.open(path, os.O_WRONLY | os.O_APPEND)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            with open(path, 'rb') as fh:
                first = fh.read().count(b'\n')
            view = memoryview(data)
            while view:
                n = os.write(fd, view)
                view = view[n:]
        finally:
            os.close(fd)
        return list(range(first, first + len(payloads)))

    # consumer group offsets
    def _offset_dir(self, group, topic):
        return os.path.join(self.root, 'offsets', group, topic)

    def committed(self, group, topic, partition):
        try:
            with open(os.path.join(self._offset_dir(group, topic), str(partition))) as fh:
                return int(fh.read().strip() or 0)
        except FileNotFoundError:
            return 0

    def commit(self, group, topic, partition, value, expect=None):
        """Set the group's committed offset. With expect, only when the
        current value is expect (returns whether it was written)."""
        d = self._offset_dir(group, topic)
        _makedirs(d)
        lock = _open_lock(os.path.join(d, '.lock'))
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if expect is not None and self.committed(group, topic, partition) != expect:
                return False
            tmp = os.path.join(d, '.%d.%d.tmp' % (partition, os.getpid()))
            with open(tmp, 'w') as fh:
                fh.write('%d\n' % value)
                try:
                    os.fchmod(fh.fileno(), 0o664)
                except OSError:
                    pass
            os.rename(tmp, os.path.join(d, str(partition)))
            return True
        finally:
            os.close(lock)


class RealKafka:
    """The lab's real Kafka brokers (`hosts = host:9092,...`, production's
    form), through kafka-python: the same interface as the file-based Kafka
    above. Messages carry production's wire format (b'1\n' + JSON);
    consumer groups commit their offsets in Kafka itself, as vcsreplicator's
    consumers do, so kafka-consumer-groups.sh and the lag checks read the
    same numbers."""

    def __init__(self, hosts):
        # kafka-python sits beside this file in the lab hosts (tests/lab/lab up
        # copies it from target/kafka/python-*, which scripts/fetch-kafka fills).
        here = os.path.dirname(os.path.abspath(__file__))
        if here not in sys.path:
            sys.path.insert(0, here)
        # Inside Mercurial (the hgssh producer), its lazy importer would hand
        # kafka-python proxies that fail its own isinstance checks: import it
        # for real.
        lazy = sys.modules.get('hgdemandimport') or sys.modules.get('mercurial.demandimport')
        eager = lazy.deactivated() if lazy is not None and hasattr(lazy, 'deactivated') else None
        try:
            if eager is not None:
                eager.__enter__()
            import kafka
            import kafka.admin
            import kafka.consumer.group
            import kafka.errors
            import kafka.producer
            from kafka.structs import OffsetAndMetadata, TopicPartition
        except ImportError:
            raise KafkaError('kafka-python is not installed (scripts/fetch-kafka fetches it)')
        finally:
            if eager is not None:
                eager.__exit__(None, None, None)
        self._kafka = kafka
        self._tp = TopicPartition
        self._oam = OffsetAndMetadata
        self.servers = [h.strip() for h in hosts.split(',') if h.strip()]
        self._meta = None
        self._readers = {}
        self._buffers = {}
        self._groups = {}
        self._producer = None

    def _options(self):
        return dict(bootstrap_servers=self.servers, api_version=(1, 1, 0),
                    request_timeout_ms=30000, metadata_max_age_ms=5000,
                    client_id='lab-vcsreplicator-%d' % os.getpid())

    def _call(self, what, fn):
        try:
            return fn()
        except self._kafka.errors.KafkaError as e:
            raise KafkaError('Kafka is not available (%s): %s: %s' % (
                ','.join(self.servers), what, e))

    def _consumer(self, group=None):
        opts = self._options()
        return self._call('connect', lambda: self._kafka.KafkaConsumer(
            group_id=group, enable_auto_commit=False, auto_offset_reset='earliest',
            **opts))

    def meta(self):
        if self._meta is None:
            self._meta = self._consumer()
        return self._meta

    # topics
    def has_topic(self, topic):
        return topic in self._call('list topics', lambda: self.meta().topics())

    def partitions(self, topic):
        if not self.has_topic(topic):
            raise KafkaError('unknown topic: %s' % topic)
        ps = self.meta().partitions_for_topic(topic)
        if not ps:
            raise KafkaError('unknown topic: %s' % topic)
        return sorted(ps)

    def available(self, topic, partition):
        tp = self._tp(topic, partition)
        return self._call('end offsets', lambda: self.meta().end_offsets([tp]))[tp]

    def get(self, topic, partition, offset):
        """The message at offset (decoded JSON), or None when there is none
        (yet)."""
        key = (topic, partition)
        buf = self._buffers.setdefault(key, {})
        if offset in buf:
            value = buf[offset]
        else:
            if offset < 0 or offset >= self.available(topic, partition):
                return None
            tp = self._tp(topic, partition)
            reader = self._readers.get(key)
            if reader is None:
                reader = self._consumer()
                reader.assign([tp])
                self._readers[key] = reader
            reader.seek(tp, offset)
            buf.clear()
            deadline = time.time() + 30
            while offset not in buf and time.time() < deadline:
                records = self._call('fetch', lambda: reader.poll(timeout_ms=1000, max_records=500))
                for r in records.get(tp, []):
                    buf[r.offset] = r.value
            if offset not in buf:
                raise KafkaError('no message at offset %d of %s/%d' % (offset, topic, partition))
            value = buf[offset]
        for o in [o for o in buf if o < offset]:
            del buf[o]
        if value.startswith(b'1\n'):
            value = value[2:]
        return json.loads(value.decode('utf-8'))

    def produce(self, topic, partition, payloads):
        """Send payloads to a partition (acks=all); returns their offsets."""
        if self._producer is None:
            self._producer = self._call('connect', lambda: self._kafka.KafkaProducer(
                acks='all', retries=3, **self._options()))
        futures = [self._producer.send(
            topic, b'1\n' + json.dumps(p, sort_keys=True).encode('utf-8'), partition=partition)
            for p in payloads]
        self._call('send', self._producer.flush)
        return [self._call('send', lambda f=f: f.get(timeout=60)).offset for f in futures]

    # consumer group offsets
    def groups(self):
        """{topic: [group, ...]}: every consumer group with committed offsets."""
        admin = self._call('connect', lambda: self._kafka.KafkaAdminClient(**self._options()))
        try:
            out = {}
            for group, _protocol in self._call('list groups', admin.list_consumer_groups):
                offsets = self._call('group offsets', lambda g=group: admin.list_consumer_group_offsets(g))
                for topic in sorted({tp.topic for tp in offsets}):
                    out.setdefault(topic, []).append(group)
            return {t: sorted(gs) for t, gs in out.items()}
        finally:
            admin.close()

    def _group(self, group):
        if group not in self._groups:
            self._groups[group] = self._consumer(group)
        return self._groups[group]

    def committed(self, group, topic, partition):
        tp = self._tp(topic, partition)
        value = self._call('committed offsets', lambda: self._group(group).committed(tp))
        return value or 0

    def commit(self, group, topic, partition, value, expect=None):
        """Set the group's committed offset. With expect, only when the
        current value is expect (lab: checked, then written; Kafka has no
        compare-and-set)."""
        if expect is not None and self.committed(group, topic, partition) != expect:
            return False
        tp = self._tp(topic, partition)
        try:
            offset = self._oam(value, '', -1)
        except TypeError:
            offset = self._oam(value, '')
        self._call('commit', lambda: self._group(group).commit({tp: offset}))
        return True


def open_kafka(hosts):
    """A directory: the file-based Kafka; host:port,...: the real brokers."""
    hosts = (hosts or '').strip()
    if hosts.startswith('/'):
        return Kafka(hosts)
    return RealKafka(hosts)


def consumer_offsets(kafka, topic, groups):
    """As vcsreplicator.util.consumer_offsets."""
    res = {'group': {}, 'available': {}}
    for p in kafka.partitions(topic):
        res['available'][p] = kafka.available(topic, p)
    for g in groups:
        res['group'][g] = {p: kafka.committed(g, topic, p) for p in res['available']}
    return res


def consumer_offsets_and_lag(kafka, topic, groups):
    """As consumer.consumer_offsets_and_lag: {group: {partition: (offset,
    available, lag_time)}}; lag_time from _created of the first unconsumed
    message (None when it cannot be read)."""
    offsets = consumer_offsets(kafka, topic, groups)
    res = {}
    for group in groups:
        res[group] = {}
        for partition, offset in sorted(offsets['group'][group].items()):
            available = offsets['available'][partition]
            if available - offset > 0:
                try:
                    payload = kafka.get(topic, partition, offset)
                    lag_time = time.time() - payload['_created'] if payload else None
                except (ValueError, KeyError, TypeError):
                    lag_time = None
            else:
                lag_time = 0.0
            res[group][partition] = (offset, available, lag_time)
    return res


def wait_for_topic(kafka, topic, timeout=-1):
    start = time.time()
    while not kafka.has_topic(topic):
        if timeout > 0 and time.time() - start > timeout:
            raise Exception('timeout reached waiting for topic')
        time.sleep(0.1)


# ---------------------------------------------------------------------------
# Config (vcsreplicator.config.Config)
# ---------------------------------------------------------------------------
class Config:
    def __init__(self, filename):
        self.c = configparser.RawConfigParser(delimiters=('=',), strict=False)
        self.c.optionxform = str
        with open(filename) as fh:
            self.c.read_file(fh, source=filename)
        self.filename = filename

    def get(self, section, option):
        return self.c.get(section, option)

    def kafka(self, section):
        return open_kafka(self.c.get(section, 'hosts'))

    def _rewrite(self, section, path):
        if self.c.has_section(section):
            for source, dest in self.c.items(section):
                if path.startswith(source):
                    return dest + path[len(source):]
        return None

    def parse_wire_repo_path(self, path):
        return self._rewrite('path_rewrites', path) or path

    def get_pull_url_from_repo_path(self, path):
        return self._rewrite('pull_url_rewrites', path)

    def get_public_url_from_wire_path(self, path):
        return self._rewrite('public_url_rewrites', path)

    @property
    def hg_path(self):
        if self.c.has_option('programs', 'hg'):
            return self.c.get('programs', 'hg')
        return 'hg'


# ---------------------------------------------------------------------------
# Logging and signals
# ---------------------------------------------------------------------------
class _JournalFormatter(logging.Formatter):
    """lab: journald's view of a unit's output (production: syslog via
    journald; SyslogIdentifier from the unit)."""

    def __init__(self, ident):
        super().__init__('%(name)s %(message)s')
        self.ident = ident
        self.host = socket.gethostname()

    def format(self, record):
        msg = super().format(record)
        stamp = time.strftime('%b %d %H:%M:%S', time.localtime(record.created))
        prefix = '%s %s %s[%d]: ' % (stamp, self.host, self.ident, os.getpid())
        return '\n'.join(prefix + line for line in msg.splitlines() or [''])


def setup_logging():
    try:
        sys.stdout.reconfigure(line_buffering=True)
    except AttributeError:
        pass
    root = logging.getLogger()
    handler = logging.StreamHandler(sys.stdout)
    ident = os.environ.get('LAB_SYSLOG_IDENTIFIER')
    handler.setFormatter(_JournalFormatter(ident) if ident else logging.Formatter('%(name)s %(message)s'))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


class Alive:
    """The daemons' signal handling (daemon.py run_in_loop): the first
    SIGINT/SIGTERM asks for a graceful exit, a second forces exit 1."""

    def __init__(self, logger):
        self.logger = logger
        self.count = 0
        signal.signal(signal.SIGINT, self._handler)
        signal.signal(signal.SIGTERM, self._handler)

    def _handler(self, signum, frame):
        self.logger.warning('received signal %d' % signum)
        self.count += 1
        if self.count == 1:
            self.logger.warning('exiting gracefully')
            return
        self.logger.warning('already received exit signal; forcefully aborting')
        sys.exit(1)

    @property
    def alive(self):
        return self.count == 0

    def sleep(self, seconds):
        end = time.time() + seconds
        while self.alive:
            left = end - time.time()
            if left <= 0:
                return
            time.sleep(min(left, 0.1))


# ---------------------------------------------------------------------------
# Mercurial (lab: the hg command line instead of python-hglib)
# ---------------------------------------------------------------------------
class ServerError(Exception):
    """What python-hglib raises when its command server cannot start (for
    instance `abort: repository ... not found`)."""


ServerError.__module__ = 'hglib.error'


class CommandError(Exception):
    """What python-hglib raises when a command fails."""


CommandError.__module__ = 'hglib.error'


def _excname(e):
    mod = e.__class__.__module__
    name = e.__class__.__name__
    return name if mod in ('builtins', '__main__', __name__) else '%s.%s' % (mod, name)


def _hg(config, args, logger=None):
    cmd = [config.hg_path] + args
    env = dict(os.environ)
    env['HGPLAIN'] = '1'
    if logger:
        logger.warning('  $ %s' % ' '.join(cmd))
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd='/')
    out = p.stdout.decode('utf-8', 'replace')
    err = p.stderr.decode('utf-8', 'replace')
    if logger:
        for line in (out + err).splitlines():
            logger.info('  > %s' % line)
        logger.warning('  [%d]' % p.returncode)
    return p.returncode, out, err


def _tiprev(config, local_path):
    """hglib.open(local_path) + log('tip'): the repository must exist."""
    rc, out, err = _hg(config, ['-R', local_path, 'log', '-r', 'tip', '-T', '{rev}'])
    if rc:
        raise ServerError('server exited with status %d: %s' % (rc, err.strip()))
    return int(out.strip() or -1)


# ---------------------------------------------------------------------------
# vcsreplicator-consumer (consumer.py)
# ---------------------------------------------------------------------------
clog = logging.getLogger('vcsreplicator.consumer')

NULLHEX = '0' * 40


def update_hgrc(repo_path, content):
    p = os.path.join(repo_path, '.hg', 'hgrc')
    if content is None:
        if os.path.exists(p):
            clog.warning('deleting hgrc from %s' % repo_path)
            os.unlink(p)
        return
    clog.warning('writing hgrc: %s' % p)
    with open(p, 'wb') as fh:
        fh.write(content.encode('utf-8'))


def process_hg_repo_init(config, path, generaldelta=True):
    path = config.parse_wire_repo_path(path)
    if os.path.exists(os.path.join(path, '.hg')):
        clog.warning('repository already exists: %s' % path)
        return
    rc, out, err = _hg(config, ['init', path, '--config',
                                'format.usegeneraldelta=%s' % ('true' if generaldelta else 'false')])
    if rc:
        raise Exception('error creating Mercurial repo %s: %s' % (path, out + err))
    clog.warning('created Mercurial repository: %s' % path)


def process_hg_changegroup(config, path, source, node_count, heads):
    local_path = config.parse_wire_repo_path(path)
    url = config.get_pull_url_from_repo_path(path)
    oldtip = _tiprev(config, local_path)
    clog.warning('pulling %d heads (%s) and %d nodes from %s into %s' % (
        len(heads), ', '.join(heads), node_count, url, local_path))
    args = ['-R', local_path, 'pull']
    for h in heads:
        args.extend(['-r', h])
    args.append(url or 'default')
    rc, out, err = _hg(config, args, clog)
    if rc:
        raise Exception('unexpected exit code during pull: %d' % rc)
    newtip = _tiprev(config, local_path)
    if newtip - oldtip != node_count:
        clog.warning('mismatch between expected and actual changeset count: '
                     'expected %d, got %d' % (node_count, newtip - oldtip))
    clog.warning('pulled %d changesets into %s' % (newtip - oldtip, local_path))


def process_hg_pushkey(config, path, namespace, key, old, new, ret):
    path = config.parse_wire_repo_path(path)
    _tiprev(config, path)
    clog.warning('executing pushkey on %s for %s[%s]' % (path, namespace, key))
    rc, out, err = _hg(config, ['-R', path, 'debugpushkey', path, namespace, key, old, new], clog)
    if rc and rc != ret:
        raise Exception('unexpected exit code from pushkey on %s for %s[%s]: %s' % (
            path, namespace, key, rc))


def process_hg_sync(config, path, requirements, hgrc, heads, bootstrap=False):
    if bootstrap:
        clog.warning('ignoring bootstrap message for %s' % path)
        return
    local_path = config.parse_wire_repo_path(path)
    url = config.get_pull_url_from_repo_path(path)
    if not os.path.exists(local_path):
        # Production tries a stream clone first; lab: init.
        clog.warning('repository does not exist; creating it: %s' % local_path)
        rc, out, err = _hg(config, ['init', local_path], clog)
        if rc:
            raise Exception('error creating Mercurial repo %s: %s' % (local_path, out + err))
    update_hgrc(local_path, hgrc)
    oldtip = _tiprev(config, local_path)
    clog.warning('pulling %d heads into %s' % (len(heads), local_path))
    args = ['-R', local_path, 'pull', '--config', 'firefoxtree.replication=true']
    for h in heads:
        if h != NULLHEX:
            args.extend(['-r', h])
    args.append(url or 'default')
    rc, out, err = _hg(config, args, clog)
    if rc not in (0, 1):
        raise Exception('unexpected exit code from pull: %d' % rc)
    newtip = _tiprev(config, local_path)
    clog.warning('pulled %d changesets into %s' % (newtip - oldtip, local_path))


def process_hg_delete(config, path):
    local_path = config.parse_wire_repo_path(path)
    if not os.path.exists(local_path):
        clog.warning('repository %s does not exist; nothing to delete' % local_path)
        return
    todelete = os.path.join(os.path.dirname(config.parse_wire_repo_path('{moz}').rstrip('/')), 'todelete')
    if not os.path.isdir(todelete):
        os.makedirs(todelete, exist_ok=True)
        os.chmod(todelete, 0o750)
    dest = os.path.join(todelete, '%s.%d.%d' % (local_path.strip('/').replace('/', '_'),
                                                 os.getpid(), int(time.time())))
    try:
        os.rename(local_path, dest)
        import shutil
        shutil.rmtree(dest)
        clog.warning('deleted repository %s' % local_path)
    except OSError as e:
        clog.warning('could not delete %s: %s' % (local_path, e))


def process_message(config, payload):
    name = payload['name']
    if name == 'heartbeat-1':
        return
    elif name == 'hg-repo-init-1':
        return process_hg_repo_init(config, payload['path'], generaldelta=False)
    elif name == 'hg-repo-init-2':
        return process_hg_repo_init(config, payload['path'], generaldelta=payload['generaldelta'])
    elif name == 'hg-hgrc-update-1':
        return update_hgrc(config.parse_wire_repo_path(payload['path']), payload['content'])
    elif name == 'hg-changegroup-1':
        return process_hg_changegroup(config, payload['path'], payload['source'],
                                      len(payload['nodes']), payload['heads'])
    elif name == 'hg-changegroup-2':
        return process_hg_changegroup(config, payload['path'], payload['source'],
                                      payload['nodecount'], payload['heads'])
    elif name == 'hg-pushkey-1':
        return process_hg_pushkey(config, payload['path'], payload['namespace'], payload['key'],
                                  payload['old'], payload['new'], payload['ret'])
    elif name in ('hg-repo-sync-1', 'hg-repo-sync-2'):
        return process_hg_sync(config, payload['path'], payload['requirements'], payload['hgrc'],
                               payload['heads'], bootstrap=payload.get('bootstrap', False))
    elif name == 'hg-heads-1':
        # Handled by vcsreplicator-headsconsumer (replicatedpushdatapending).
        return
    elif name == 'hg-repo-delete-1':
        return process_hg_delete(config, payload['path'])
    raise ValueError('unrecognized message type: %s' % name)


def retry_on_failure(fn, alive, logger):
    """util.py retry_on_failure: RETRY_MAX_RETRIES=5, RETRY_BASE_DELAY=2,
    delay base*2**n; env VCSREPLICATOR_RETRY_MAX_RETRIES /
    VCSREPLICATOR_RETRY_BASE_DELAY override them (lab: `lab up` sets 2 and
    0.5 in hosts/<short>/vcsreplicator.env). ValueError, KeyError, TypeError
    and AssertionError are not retried. lab: a stop request (SIGTERM)
    during the wait gives up at once."""
    max_retries = int(os.environ.get('VCSREPLICATOR_RETRY_MAX_RETRIES', '5'))
    base_delay = float(os.environ.get('VCSREPLICATOR_RETRY_BASE_DELAY', '2'))
    n = 0
    while True:
        try:
            return fn()
        except (ValueError, KeyError, TypeError, AssertionError):
            raise
        except Exception as e:
            if n >= max_retries or not alive.alive:
                raise
            delay = base_delay * 2 ** n
            logger.warning('%s: %s' % (_excname(e), e))
            logger.warning('retrying in %s seconds (attempt %d of %d)' % (
                ('%g' % delay), n + 1, max_retries))
            alive.sleep(delay)
            if not alive.alive:
                raise
            n += 1


def _topic_partitions(kafka, topic, partition):
    ps = kafka.partitions(topic)
    if partition is None:
        return ps
    if partition not in ps:
        raise KafkaError('topic %s has no partition %d (it has %d)' % (topic, partition, len(ps)))
    return [partition]


def consume(config, kafka, topic, group, partitions, alive, onetime=False, start_from=None):
    """The consumer loop: a message's offset is committed only after it
    was processed. lab: unless --start-from was given, the position moves
    up to the group's committed offset before each message when another
    party committed past it (the hgssh replication stand-in commits the
    messages it already applied itself, `--skip` commits one)."""
    follow = start_from is None
    position = {p: (start_from if start_from is not None else kafka.committed(group, topic, p))
                for p in partitions}
    while alive.alive:
        did = False
        for p in partitions:
            if not alive.alive:
                break
            if follow:
                position[p] = max(position[p], kafka.committed(group, topic, p))
            if position[p] >= kafka.available(topic, p):
                continue
            offset = position[p]
            payload = kafka.get(topic, p, offset)
            clog.warning('processing %s from partition %s offset %s' % (payload['name'], p, offset))
            retry_on_failure(lambda: process_message(config, payload), alive, clog)
            # Only commit offset from partition message came from.
            kafka.commit(group, topic, p, offset + 1)
            position[p] = offset + 1
            did = True
            if onetime:
                return
        if onetime:
            return
        if not did:
            alive.sleep(POLL_INTERVAL)


def _yaml_dump(messages):
    try:
        import yaml
        return yaml.safe_dump(messages, default_flow_style=False).rstrip()
    except ImportError:
        # lab fallback when PyYAML is missing: JSON scalars in YAML layout.
        out = []
        for m in messages:
            first = True
            for k in sorted(m):
                v = m[k]
                lead = '- ' if first else '  '
                first = False
                if isinstance(v, list):
                    out.append('%s%s:' % (lead, k))
                    out.extend('  - %s' % json.dumps(x) for x in v)
                else:
                    out.append('%s%s: %s' % (lead, k, 'null' if v is None else json.dumps(v)))
        return '\n'.join(out) if out else '[]'


def consumer_cli(prog, argv):
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument('config', help='Path to config file to load')
    parser.add_argument('--dump', action='store_true', help='Dump available messages and exit')
    parser.add_argument('--onetime', action='store_true', help='Process a single message and exit')
    parser.add_argument('--start-from', type=int, help='Start N records from the beginning')
    parser.add_argument('--partition', type=int,
                        help='Partition to fetch from. Defaults to all partitions.')
    parser.add_argument('--skip', action='store_true',
                        help='Skip the consuming of the next message then exit')
    parser.add_argument('--wait-for-no-lag', action='store_true',
                        help='Wait for consumer lag to be 0 messages and exit')
    parser.add_argument('--wait-for-n', type=int,
                        help='Wait for N messages to become available then exit')
    args = parser.parse_args(argv)
    try:
        sys.stdout.reconfigure(line_buffering=True)
    except AttributeError:
        pass

    config = Config(args.config)
    kafka = config.kafka('consumer')
    topic = config.get('consumer', 'topic')
    group = config.get('consumer', 'group')
    wait_for_topic(kafka, topic, 30)

    if args.wait_for_no_lag:
        while True:
            d = consumer_offsets_and_lag(kafka, topic, [group])[group]
            if any(available - offset > 0 for offset, available, _ in d.values()):
                time.sleep(0.1)
            else:
                return 0

    partitions = _topic_partitions(kafka, topic, args.partition)
    start = {p: (args.start_from if args.start_from is not None else kafka.committed(group, topic, p))
             for p in partitions}

    if args.wait_for_n:
        left = args.wait_for_n
        while left > 0:
            got = False
            for p in partitions:
                if left and start[p] < kafka.available(topic, p):
                    print('got a %s message' % kafka.get(topic, p, start[p])['name'])
                    start[p] += 1
                    left -= 1
                    got = True
            if not got:
                time.sleep(0.1)
        return 0

    if args.dump:
        messages = []
        for p in partitions:
            for offset in range(start[p], kafka.available(topic, p)):
                messages.append(kafka.get(topic, p, offset))
        print(_yaml_dump(messages))
        return 0

    if args.skip:
        for p in partitions:
            offset = start[p]
            if offset < kafka.available(topic, p):
                kafka.commit(group, topic, p, offset + 1)
                print('skipped message in partition %d for group %s' % (p, group))
                return 0
        print('no message available; nothing to skip')
        return 1

    setup_logging()
    alive = Alive(clog)
    if not args.onetime:
        clog.warning('starting consumer for topic=%s group=%s partitions=%s' % (
            topic, group, partitions if args.partition is not None else 'all'))
    try:
        consume(config, kafka, topic, group, partitions, alive, onetime=args.onetime,
                start_from=args.start_from)
        if not args.onetime:
            clog.warning('process exiting gracefully')
    except BaseException as e:
        if isinstance(e, SystemExit):
            raise
        clog.error('exiting main consume loop with error')
        import traceback
        tb = traceback.format_exception(type(e), e, e.__traceback__)
        tb[-1] = '%s: %s\n' % (_excname(e), e)
        for line in ''.join(tb).rstrip('\n').splitlines():
            clog.error(line)
        return 1
    return 0


# ---------------------------------------------------------------------------
# vcsreplicator-headsconsumer (lab: acknowledges; heads are not recorded)
# ---------------------------------------------------------------------------
hlog = logging.getLogger('vcsreplicator.headsconsumer')


def headsconsumer_cli(prog, argv):
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument('config', help='Path to config file to load')
    args = parser.parse_args(argv)
    config = Config(args.config)
    kafka = config.kafka('consumer')
    topic = config.get('consumer', 'topic')
    group = config.get('consumer', 'group')
    setup_logging()
    wait_for_topic(kafka, topic, 30)
    alive = Alive(hlog)
    partitions = kafka.partitions(topic)
    hlog.warning('starting heads consumer for topic=%s group=%s partitions=%s' % (
        topic, group, partitions))
    while alive.alive:
        did = False
        for p in partitions:
            offset = kafka.committed(group, topic, p)
            available = kafka.available(topic, p)
            if offset >= available:
                continue
            # lab: production writes the replicated heads of hg-heads-1
            # messages; the lab only acknowledges (in batches).
            names = {}
            for o in range(offset, available):
                n = kafka.get(topic, p, o)['name']
                names[n] = names.get(n, 0) + 1
            kafka.commit(group, topic, p, available)
            hlog.warning('acknowledged %d messages from partition %d (offsets %d-%d: %s)' % (
                available - offset, p, offset, available - 1,
                ', '.join('%d %s' % (c, n) for n, c in sorted(names.items()))))
            did = True
        if not did:
            alive.sleep(POLL_INTERVAL)
    hlog.warning('process exiting gracefully')
    return 0


# ---------------------------------------------------------------------------
# Notifiers (pushnotifications.py, pulsenotifier.py, snsnotifier.py)
# ---------------------------------------------------------------------------
nlog = logging.getLogger('vcsreplicator.pushnotifications')


def _outbox(config, section, default_name):
    if config.c.has_option(section, 'lab_outbox'):
        return config.get(section, 'lab_outbox')
    return None


def _append_json(path, obj):
    if not path:
        return
    line = (json.dumps(obj, sort_keys=True) + '\n').encode('utf-8')
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o664)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)


def _changegroup_payload(config, local_path, public_url, heads, source):
    # Production queries the pushlog of the heads (hglib log with the
    # pushlog's {pushid}); lab: the repositories have no pushlog, so the
    # heads are only verified (an unknown head fails like production's
    # `hg log`) and pushlog_pushes is empty.
    nlog.warning('querying pushlog data for %s' % local_path)
    args = ['-R', local_path, 'log', '--hidden', '-T', '{node}\n']
    for h in heads:
        args.extend(['-r', h])
    rc, out, err = _hg(config, args)
    if rc:
        raise CommandError('%s (exit %d)' % (err.strip(), rc))
    return {'repo_url': public_url, 'heads': heads, 'source': source, 'pushlog_pushes': []}


def consume_one(config, kafka, topic, group, partitions, cb):
    """One message at most; returns whether there was one."""
    for p in partitions:
        offset = kafka.committed(group, topic, p)
        if offset >= kafka.available(topic, p):
            continue
        payload = kafka.get(topic, p, offset)
        name = payload['name']

        def ack():
            kafka.commit(group, topic, p, offset + 1)

        if name == 'heartbeat-1':
            nlog.warning('%s message not relevant; ignoring' % name)
            ack()
            return True
        path = payload['path']
        public_url = config.get_public_url_from_wire_path(path)
        if not public_url:
            nlog.warning('no public URL could be resolved for %s; not sending notification' % path)
            ack()
            return True
        if config.c.has_section('ignore_paths'):
            for prefix, _ in config.c.items('ignore_paths'):
                if path.startswith(prefix):
                    nlog.warning('ignoring repo because path in ignore list: %s' % path)
                    ack()
                    return True
        local_path = config.parse_wire_repo_path(path)
        if not os.path.exists(local_path):
            nlog.warning('repository %s does not exist; ignoring notification' % local_path)
            ack()
            return True
        data = None
        if name in ('hg-changegroup-1', 'hg-changegroup-2'):
            message_type = 'changegroup.1'
            data = _changegroup_payload(config, local_path, public_url, payload['heads'],
                                        payload['source'])
        elif name in ('hg-repo-init-1', 'hg-repo-init-2'):
            message_type = 'newrepo.1'
            data = {'repo_url': public_url}
        elif name == 'hg-pushkey-1' and payload.get('namespace') == 'obsolete':
            # lab: obsolescence markers are not decoded.
            message_type = 'obsolete.1'
            data = {'repo_url': public_url, 'markers': []}
        else:
            nlog.warning('%s message not relevant to push notifier; ignoring' % name)
        if data is not None:
            cb(message_type=message_type, partition=p, offset=offset, data=data,
               created=payload['_original_created'])
        ack()
        return True
    return False


def notifier_cli(prog, argv, section, kind):
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument('config', help='Path to config file to load')
    parser.add_argument('--skip', action='store_true',
                        help='Skip the consuming of the next message then exit')
    parser.add_argument('--start-from', type=int,
                        help='lab: sets the group offset of every partition to N first')
    args = parser.parse_args(argv)
    config = Config(args.config)
    group = config.get(section, 'group')
    topic = config.get(section, 'topic')
    kafka = config.kafka(section)
    partitions = kafka.partitions(topic)
    if args.start_from is not None:
        for p in partitions:
            kafka.commit(group, topic, p, args.start_from)

    if args.skip:
        for p in partitions:
            offset = kafka.committed(group, topic, p)
            if offset < kafka.available(topic, p):
                try:
                    message_type = kafka.get(topic, p, offset)['name']
                except Exception:
                    message_type = 'UNKNOWN'
                kafka.commit(group, topic, p, offset + 1)
                print('skipped %s message in partition %d for group %s' % (message_type, p, group))
                return 0
        print('no message available; nothing to skip')
        return 1

    setup_logging()
    logger = logging.getLogger('vcsreplicator.%snotifier' % kind)
    if kind == 'pulse':
        outbox = _outbox(config, 'pulse', 'pulse.jsonl')
        exchange = config.get('pulse', 'exchange') if config.c.has_option('pulse', 'exchange') else 'exchange/hgpushes/v1'
        exchange2 = config.get('pulse', 'exchange2') if config.c.has_option('pulse', 'exchange2') else 'exchange/hgpushes/v2'
        strip = config.get('pulse', 'routing_key_strip_prefix') if config.c.has_option('pulse', 'routing_key_strip_prefix') else 'https://hg.mozilla.org/'

        def cb(message_type, partition, offset, data, created):
            routing_key = data['repo_url'][len(strip):] if data['repo_url'].startswith(strip) else data['repo_url']
            sent = time.time()
            if message_type == 'changegroup.1':
                v1 = {k: data[k] for k in ('repo_url', 'heads', 'pushlog_pushes')}
                _append_json(outbox, {'payload': v1, '_meta': {'exchange': exchange, 'routing_key': routing_key, 'serializer': 'json', 'sent': sent}})
            _append_json(outbox, {'payload': {'type': message_type, 'data': data},
                                  '_meta': {'exchange': exchange2, 'routing_key': routing_key, 'serializer': 'json', 'sent': sent}})
            logger.warning('(lab) pulse message %s for %s written to %s instead of %s' % (
                message_type, routing_key, outbox, exchange2))
    else:
        outbox = _outbox(config, 'awsevents', 'sns.jsonl')
        topic_arn = config.get('awsevents', 'topic_arn') if config.c.has_option('awsevents', 'topic_arn') else ''

        def cb(message_type, partition, offset, data, created):
            key = 'events/%s/%010d-%s.json' % (time.strftime('%Y-%m-%d', time.gmtime(created)), offset,
                                               time.strftime('%Y%m%dT%H%M%S', time.gmtime(created)))
            _append_json(outbox, {'topic_arn': topic_arn, 's3_key': key,
                                  'message': {'type': message_type, 'data': data}})
            logger.warning('(lab) SNS message %s written to %s instead of %s' % (message_type, outbox, topic_arn))

    alive = Alive(nlog)
    res = 0
    while alive.alive:
        try:
            if not consume_one(config, kafka, topic, group, partitions, cb):
                alive.sleep(POLL_INTERVAL)
        except Exception as e:
            import traceback
            for line in traceback.format_exc().rstrip('\n').splitlines():
                nlog.error(line)
            res = 1
            break
    nlog.warning('process exiting code %s' % res)
    return res


# ---------------------------------------------------------------------------
# vcsreplicator-aggregator (aggregator.py)
# ---------------------------------------------------------------------------
alog = logging.getLogger('vcsreplicator.aggregator')


def read_consumer_groups(path):
    groups = []
    with open(path, 'rb') as fh:
        for line in fh:
            line = line.strip()
            if line:
                groups.append(line.decode('utf-8'))
    return groups


def get_aggregation_counts(kafka, consumer_topic, consumer_groups, ack_group):
    groups = [ack_group] + consumer_groups
    offsets = consumer_offsets(kafka, consumer_topic, groups)
    fully_consumed_offsets = {}
    for partition in offsets['available']:
        consumed = [offsets['group'][g][partition] for g in consumer_groups]
        fully_consumed_offsets[partition] = min(consumed)
    acked_offsets = offsets['group'][ack_group]
    unacked = {}
    for partition, consumed_offset in sorted(fully_consumed_offsets.items()):
        acked_offset = acked_offsets[partition]
        if consumed_offset > acked_offset:
            unacked[partition] = consumed_offset - acked_offset
    return fully_consumed_offsets, acked_offsets, unacked


def aggregator_cli(prog, argv):
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument('config', help='Path to config file to load')
    parser.add_argument('--onetime', action='store_true', help='Run once instead of forever')
    parser.add_argument('--max-polls', default=1800, type=int,
                        help='Maximum number of loops of main daemon to run')
    args = parser.parse_args(argv)
    config = Config(args.config)
    kafka = config.kafka('aggregator')
    topic = config.get('aggregator', 'monitor_topic')
    groups_path = config.get('aggregator', 'monitor_groups_file')
    ack_group = config.get('aggregator', 'ack_group')
    aggregate_topic = config.get('aggregator', 'aggregate_topic')
    setup_logging()
    alive = Alive(alog)
    max_polls = args.max_polls
    res = 0
    try:
        while alive.alive:
            groups = read_consumer_groups(groups_path)
            unacked = get_aggregation_counts(kafka, topic, groups, ack_group)[2]
            count = 0
            if unacked:
                count = sum(unacked.values())
                alog.warning('%d unacked messages in %d partition: [%s]' % (
                    count, len(unacked), ', '.join(map(str, sorted(unacked)))))
                for p, n in sorted(unacked.items()):
                    acked = kafka.committed(ack_group, topic, p)
                    batch = []
                    for o in range(acked, acked + n):
                        payload = kafka.get(topic, p, o)
                        alog.warning('copying %s from partition %d' % (payload['name'], p))
                        payload['_original_created'] = payload['_created']
                        payload['_original_partition'] = p
                        payload['_created'] = time.time()
                        batch.append(payload)
                    # Send before committing: duplicates are possible, loss is not.
                    kafka.produce(aggregate_topic, 0, batch)
                    kafka.commit(ack_group, topic, p, acked + n)
            max_polls -= 1
            if max_polls <= 0:
                alog.warning('hit max polls threshold; exiting')
                break
            if args.onetime:
                break
            if not count:
                alive.sleep(1.0)
    except Exception:
        import traceback
        for line in traceback.format_exc().rstrip('\n').splitlines():
            alog.error(line)
        res = 1
    alog.warning('process exiting code %s' % res)
    return res


# ---------------------------------------------------------------------------
# Nagios checks (nagios.py)
# ---------------------------------------------------------------------------
def check_consumer_lag(prog, argv):
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument('config', help='Path to config file to load')
    parser.add_argument('--consumer-section', default='consumer',
                        help='Config section Kafka config should be read from')
    parser.add_argument('--warning-lag-count', default=150, type=int,
                        help='Number of messages behind after which a warning will be issued')
    parser.add_argument('--warning-lag-time', default=150.0, type=float,
                        help='Time behind after which a warning will be issued')
    parser.add_argument('--critical-lag-count', default=600, type=int,
                        help='Number of messages behind after which an error will be issued')
    parser.add_argument('--critical-lag-time', default=600.0, type=float,
                        help='Time behind after which an error will be issued')
    parser.add_argument('--telegraf', action='store_true',
                        help='Output data for consumption by Telegraf')
    args = parser.parse_args(argv)

    section = args.consumer_section
    config = Config(args.config)
    topic = config.get(section, 'topic')
    group = config.get(section, 'group')
    try:
        kafka = config.kafka(section)
        offsets = consumer_offsets_and_lag(kafka, topic, [group])[group]
    except Exception as e:
        print('WARNING - exception fetching offsets: %s' % e)
        print('')
        raise

    if args.telegraf:
        print(json.dumps([{'partition': p, 'offset': o, 'available': a, 'lag_time': t}
                          for p, (o, a, t) in offsets.items()], sort_keys=True))
        return 0

    exitcode = 0
    good = 0
    bad = 0
    output = []
    drift_warned = False
    for partition, (offset, available, lag_time) in sorted(offsets.items()):
        if offset >= available:
            good += 1
            output.append('OK - partition %d is completely in sync (%d/%d)' % (
                partition, offset, available))
            continue
        bad += 1
        lag = available - offset
        if lag >= args.critical_lag_count:
            exitcode = 2
            label = 'CRITICAL'
        elif lag >= args.warning_lag_count:
            exitcode = max(exitcode, 1)
            label = 'WARNING'
        else:
            label = 'OK'
        output.append('%s - partition %d is %d messages behind (%d/%d)' % (
            label, partition, lag, offset, available))
        if lag_time is None:
            output.append('WARNING - could not determine lag time for partition %d' % partition)
        else:
            if lag_time >= args.critical_lag_time:
                exitcode = 2
                label = 'CRITICAL'
            elif lag_time >= args.warning_lag_time:
                exitcode = max(exitcode, 1)
                label = 'WARNING'
            else:
                label = 'OK'
            output.append('%s - partition %d is %0.3f seconds behind' % (label, partition, lag_time))
            if lag_time < 0.0 and not drift_warned:
                exitcode = max(exitcode, 1)
                output.append('WARNING - clock drift of %.3f seconds between producer and '
                              'consumer; check NTP sync' % lag_time)
                drift_warned = True

    if exitcode == 2:
        print('CRITICAL - %d/%d partitions out of sync' % (bad, len(offsets)))
    elif exitcode:
        print('WARNING - %d/%d partitions out of sync' % (bad, len(offsets)))
    elif good == len(offsets):
        print('OK - %d/%d consumers completely in sync' % (good, len(offsets)))
    else:
        print('OK - %d/%d consumers out of sync but within tolerances' % (
            len(offsets) - good, len(offsets)))
    print('')
    for m in output:
        print(m)
    print('')
    for line in CHECK_DOC_LINES:
        print(line)
    return exitcode


def check_aggregator_lag(prog, argv):
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument('config', help='Path to config file to load')
    parser.add_argument('--warning-count', default=40, type=int,
                        help='Total number of messages behind after which a warning will be issued')
    parser.add_argument('--critical-count', default=100, type=int,
                        help='Total number of messages behind after which a critical will be reported')
    parser.add_argument('--telegraf', action='store_true',
                        help='Output data for consumption by Telegraf')
    args = parser.parse_args(argv)

    config = Config(args.config)
    monitor_topic = config.get('aggregator', 'monitor_topic')
    groups_path = config.get('aggregator', 'monitor_groups_file')
    ack_group = config.get('aggregator', 'ack_group')
    try:
        kafka = config.kafka('aggregator')
        groups = read_consumer_groups(groups_path)
        consumed, acked, counts = get_aggregation_counts(kafka, monitor_topic, groups, ack_group)
    except Exception as e:
        print('WARNING - exception fetching data: %s' % e)
        print('')
        raise

    if args.telegraf:
        print(json.dumps([{'partition': p, 'consumed_offset': consumed[p], 'acked_offset': acked[p]}
                          for p in consumed], sort_keys=True))
        return 0

    message_count = sum(counts.values())
    output = []
    label = None
    if not message_count:
        exit_code = 0
        output.append('OK - aggregator has copied all fully replicated messages')
    else:
        if message_count >= args.critical_count:
            exit_code = 2
            label = 'CRITICAL'
        elif message_count >= args.warning_count:
            exit_code = 1
            label = 'WARNING'
        else:
            exit_code = 0
            label = 'OK'
        output.append('%s - %d messages from %d partitions behind' % (
            label, message_count, len(counts)))
    output.append('')
    for partition in sorted(consumed.keys()):
        consume_offset = consumed[partition]
        acked_offset = acked[partition]
        unacked = consume_offset - acked_offset
        # Production's quirk, kept: for 0 < unacked < warning the label is
        # the one left over from before.
        if unacked <= 0:
            label = 'OK'
        elif unacked >= args.critical_count:
            label = 'CRITICAL'
        elif unacked >= args.warning_count:
            label = 'WARNING'
        if unacked <= 0:
            output.append('%s - partition %d is completely in sync (%d/%d)' % (
                label, partition, acked_offset, consume_offset))
        else:
            output.append('%s - partition %d is %d messages behind (%d/%d)' % (
                label, partition, unacked, acked_offset, consume_offset))
    for line in output:
        print(line)
    print('')
    for line in CHECK_DOC_LINES:
        print(line)
    return exit_code


# ---------------------------------------------------------------------------
# vcsreplicator-bootstrap-hgssh / vcsreplicator-bootstrap-hgweb (bootstrap.py)
# ---------------------------------------------------------------------------
blog = logging.getLogger('vcsreplicator.bootstrap')

REPOS_DIR = '/repo/hg/mozilla'


def _bootstrap_logging():
    """Production: '%(asctime)s %(name)s %(message)s' (UTC) to stdout and to
    /var/log/vcsrbootstrap/bootstrap.log; lab: stdout only."""
    try:
        sys.stdout.reconfigure(line_buffering=True)
    except AttributeError:
        pass
    handler = logging.StreamHandler(sys.stdout)
    fmt = logging.Formatter('%(asctime)s %(name)s %(message)s', datefmt='%Y-%m-%d %H:%M:%S')
    fmt.converter = time.gmtime
    handler.setFormatter(fmt)
    blog.addHandler(handler)
    blog.setLevel(logging.INFO)
    blog.propagate = False


def find_hg_repos(root):
    """Every repository under root (a directory holding .hg), not looking
    inside a repository."""
    for dirpath, dirnames, _files in os.walk(root):
        if '.hg' in dirnames:
            yield dirpath
            dirnames[:] = []
            continue
        dirnames.sort()


def bootstrap_hgssh_cli(prog, argv):
    """The master's half: the pushdata end offsets before and after a
    `replicatesync --bootstrap` of every repository, and the list of them."""
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument('config', help='Path to config file')
    parser.add_argument('hg', help='Path to hg executable for use in bootstrap process')
    parser.add_argument('--workers', type=int, default=os.cpu_count() or 1,
                        help='Number of concurrent workers to use for publishing messages')
    parser.add_argument('--output', help='Output file path for hgssh JSON')
    args = parser.parse_args(argv)
    _bootstrap_logging()
    config = Config(args.config)
    topic = config.get('replicationproducer', 'topic')
    kafka = open_kafka(config.get('replicationproducer', 'hosts'))
    partitions = kafka.partitions(topic)
    start = {p: kafka.available(topic, p) for p in partitions}
    blog.info('gathered initial Kafka offsets')

    import concurrent.futures as futures
    repos = list(find_hg_repos(REPOS_DIR))
    with futures.ThreadPoolExecutor(max(1, args.workers)) as e:
        jobs = {}
        for repo in repos:
            jobs[e.submit(subprocess.run, [args.hg, '-R', repo, 'replicatesync', '--bootstrap'],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=True)] = repo
            blog.info('calling `replicatesync --bootstrap` on %s' % repo)
        for f in futures.as_completed(jobs):
            repo = jobs[f]
            exc = f.exception()
            if exc:
                out = getattr(exc, 'output', b'') or b''
                blog.error('error occurred calling `replicatesync --bootstrap` on %s: %s %s' % (
                    repo, exc, out.decode('utf-8', 'replace').strip()))
                raise Exception('error triggering replication of Mercurial repo %s: %s' % (repo, exc))
            blog.info('called `replicatesync --bootstrap` on %s successfully' % repo)

    end = {p: kafka.available(topic, p) for p in partitions}
    blog.info('gathered final Kafka offsets')
    rewrites = config.c.items('replicationpathrewrites') if config.c.has_section('replicationpathrewrites') else []

    def wire(path):
        for source, dest in rewrites:
            if (path + '/').startswith(source):
                return dest + (path + '/')[len(source):].rstrip('/')
        return path

    output = {
        'offsets': {p: (start[p], end[p]) for p in partitions},
        'repositories': sorted(wire(r) for r in repos),
    }
    print(json.dumps(output))
    blog.info('hgssh bootstrap process complete!')
    if args.output:
        blog.info('writing output to %s' % args.output)
        with open(args.output, 'w') as fh:
            json.dump(output, fh)
    return 0


def bootstrap_hgweb_cli(prog, argv):
    """A new hgweb host's half: the messages of the master's bootstrap range,
    a clone of every repository from its bootstrap sync message, then the
    messages that came after it; the host's consumer group is left at the end
    of the range, where its vcsreplicator@N units take over. Errors go to
    /repo/hg/hgweb_bootstrap_out.json, and the exit status is then 1.
    lab: no [replicationrules] filtering (the lab's configurations have none)."""
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument('config', help='Path of config file to load')
    parser.add_argument('input', help='JSON data input (output from the hgssh bootstrap procedure) file path')
    parser.add_argument('--workers', type=int, default=os.cpu_count() or 1,
                        help='Number of concurrent workers to use for performing clones')
    args = parser.parse_args(argv)
    _bootstrap_logging()
    blog.info('reading hgssh JSON document')
    with open(args.input) as fh:
        data = json.load(fh)
    blog.info('JSON document read')
    offsets = {int(k): v for k, v in data['offsets'].items()}
    config = Config(args.config)
    kafka = config.kafka('consumer')
    topic = config.get('consumer', 'topic')
    group = config.get('consumer', 'group')

    outputdata = {}
    to_clone = set(data['repositories'])
    collected = {}
    for p, (first, end) in sorted(offsets.items()):
        if first == end:
            continue
        blog.info('assigning the consumer to partition %s' % p)
        blog.info('seeking the consumer to offset %s' % first)
        kafka.commit(group, topic, p, first)
        blog.info('partition %s of topic %s moved to offset %s' % (p, topic, first))
        collected[p] = []
        for offset in range(first, end):
            payload = kafka.get(topic, p, offset)
            if payload is None:
                raise KafkaError('no message at offset %d of %s/%d' % (offset, topic, p))
            collected[p].append(payload)
            blog.info('message on partition %s, offset %s has been collected' % (p, offset))
            kafka.commit(group, topic, p, offset + 1)
        blog.info('finished retrieving messages on partition %s' % p)
    blog.info('finished retrieving messages from Kafka')

    import concurrent.futures as futures
    extra = {}
    with futures.ThreadPoolExecutor(max(1, args.workers)) as e:
        clones = {}
        for p, messages in sorted(collected.items()):
            blog.info('processing messages for partition %s' % p)
            for payload in messages:
                if payload['name'] == 'heartbeat-1':
                    continue
                path = payload['path']
                if path in to_clone:
                    if payload['name'] != 'hg-repo-sync-2' or not payload.get('bootstrap'):
                        continue
                    blog.info('scheduled clone for %s' % path)
                    clones[e.submit(_bootstrap_clone, config, payload)] = path
                    to_clone.remove(path)
                elif path not in outputdata:
                    extra.setdefault(path, []).append(payload)
                    blog.info('extra messages found for %s: %s total' % (path, len(extra[path])))
        if to_clone:
            blog.error('did not receive expected sync messages for %s' % sorted(to_clone))
            for path in to_clone:
                outputdata.setdefault(path, []).append('did not receive sync message')
        remaining = len(clones)
        batches = {}
        for f in futures.as_completed(clones):
            path = clones[f]
            exc = f.exception()
            if exc:
                message = 'error triggering replication of Mercurial repo %s: %s' % (path, exc)
                blog.error(message)
                outputdata.setdefault(path, []).append(message)
            else:
                blog.info('%s successfully cloned' % path)
            remaining -= 1
            blog.info('%s repositories remaining' % remaining)
            if path in extra:
                blog.info('scheduling extra processing for %s' % path)
                batches[e.submit(lambda ms: [process_message(config, m) for m in ms], extra[path])] = path
        left = len(batches)
        for f in futures.as_completed(batches):
            path = batches[f]
            exc = f.exception()
            if exc:
                message = 'error processing extra messages for %s: %s' % (path, exc)
                blog.error(message)
                outputdata.setdefault(path, []).append(message)
            else:
                blog.info('extra processing for %s completed successfully' % path)
            left -= 1
            blog.info('%s batches remaining' % left)
    blog.info('%s bootstrap process complete' % group)
    if outputdata:
        with open('/repo/hg/hgweb_bootstrap_out.json', 'w') as fh:
            fh.write(json.dumps(outputdata))
        return 1
    return 0


def _bootstrap_clone(config, payload):
    path = payload['path']
    blog.info('syncing repo: %s' % path)
    try:
        return process_hg_sync(config, path, payload['requirements'], payload['hgrc'],
                               payload['heads'])
    finally:
        blog.info('exiting sync for: %s' % path)


# ---------------------------------------------------------------------------
# Lab-only commands (tests/lab/lab)
# ---------------------------------------------------------------------------
def lab_create_topics(prog, argv):
    """lab-create-topics KAFKA_DIR: the topics (empty) and offsets dir."""
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument('kafka_dir')
    args = parser.parse_args(argv)
    root = os.path.abspath(args.kafka_dir).rstrip('/')
    for topic, n in TOPICS.items():
        d = os.path.join(root, topic)
        os.makedirs(d, exist_ok=True)
        for p in range(n):
            path = os.path.join(d, '%d.log' % p)
            if not os.path.exists(path):
                open(path, 'ab').close()
    os.makedirs(os.path.join(root, 'offsets'), exist_ok=True)
    os.makedirs(os.path.join(root, 'outbox'), exist_ok=True)
    return 0


def _master_sync_message(hg, master_repo, wire_path):
    """A real hg-repo-sync-2 message for an existing master repository, as
    `hg replicatesync` (with --bootstrap false) would write it."""
    env = dict(os.environ, HGPLAIN='1', HGRCPATH='')
    out = subprocess.run([hg, '-R', master_repo, 'log', '-r', 'head()', '-T', '{node}\n',
                          '--config', 'trusted.users=*'],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, check=True)
    heads = out.stdout.decode().split()
    reqs = set()
    for f in ('.hg/requires', '.hg/store/requires'):
        try:
            with open(os.path.join(master_repo, f)) as fh:
                reqs.update(l.strip() for l in fh if l.strip())
        except FileNotFoundError:
            pass
    try:
        with open(os.path.join(master_repo, '.hg', 'hgrc'), 'rb') as fh:
            hgrc = fh.read().decode('utf-8', 'replace')
    except FileNotFoundError:
        hgrc = None
    return {'name': 'hg-repo-sync-2', 'path': wire_path, 'requirements': sorted(reqs),
            'hgrc': hgrc, 'heads': heads, 'bootstrap': False}


def lab_wedge(prog, argv):
    """lab-wedge: the replication wedge incident (Bug 1267619): a changegroup
    message for a repository that does not exist (any more) on the master,
    followed by normal messages, on one partition of pushdata.

    With --notifier: a wedged notifier instead. Production's notifiers skip
    messages of missing repositories (the fix of that bug), so the bad
    message is a changegroup of an EXISTING repository whose head does not
    exist (bad data: the notifiers' `hg log` of the heads fails, the daemon
    exits and is restarted on the same message), appended to
    replicatedpushdata (what the aggregator would have copied)."""
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument('--kafka', required=True,
                        help='the brokers (host:port,...) or a file-based Kafka directory')
    parser.add_argument('--master-root', required=True,
                        help="the master's /repo/hg/mozilla on the root filesystem")
    parser.add_argument('--partition', type=int, default=6)
    parser.add_argument('--repo', default=None)
    parser.add_argument('--count', type=int, default=700)
    parser.add_argument('--bad', type=int, default=1)
    parser.add_argument('--name', default='hg-changegroup-2',
                        choices=['hg-changegroup-2', 'hg-changegroup-1', 'hg-hgrc-update-1', 'hg-pushkey-1'])
    parser.add_argument('--age', type=float, default=0.0)
    parser.add_argument('--hg', default='/usr/bin/hg')
    parser.add_argument('--notifier', action='store_true')
    args = parser.parse_args(argv)

    kafka = open_kafka(args.kafka)
    topic = 'replicatedpushdata' if args.notifier else 'pushdata'
    if args.notifier:
        args.partition = 0
        args.name = 'hg-changegroup-2'
    if args.partition not in kafka.partitions(topic):
        print('lab wedge: topic %s has no partition %d' % (topic, args.partition), file=sys.stderr)
        return 2
    repo = args.repo or ('mozilla-central' if args.notifier else 'users/someone_example.com/deleted-repo')
    repo = repo.strip('/')
    if repo.startswith('repo/hg/mozilla/'):
        repo = repo[len('repo/hg/mozilla/'):]
    wire = '{moz}/' + repo
    if args.notifier and not os.path.isdir(os.path.join(args.master_root, repo, '.hg')):
        print('lab wedge: %s does not exist on the master; a notifier wedge needs one that does'
              % os.path.join('/repo/hg/mozilla', repo), file=sys.stderr)
        return 2
    if not args.notifier and os.path.exists(os.path.join(args.master_root, repo)):
        print('lab wedge: %s exists on the master; the wedge needs a repository that does not'
              % os.path.join('/repo/hg/mozilla', repo), file=sys.stderr)
        return 2
    mapped = partition_for_path(wire)
    created = time.time() - args.age

    def bad_message(i):
        head = hashlib.sha1(('%s %d %f' % (wire, i, created)).encode()).hexdigest()
        if args.name == 'hg-changegroup-2':
            m = {'name': 'hg-changegroup-2', 'path': wire, 'source': 'serve', 'nodecount': 1,
                 'heads': [head]}
        elif args.name == 'hg-changegroup-1':
            m = {'name': 'hg-changegroup-1', 'path': wire, 'source': 'serve', 'nodes': [head],
                 'heads': [head]}
        elif args.name == 'hg-hgrc-update-1':
            m = {'name': 'hg-hgrc-update-1', 'path': wire, 'content': '[phases]\npublish = False\n'}
        else:
            m = {'name': 'hg-pushkey-1', 'path': wire, 'namespace': 'phases', 'key': head,
                 'old': '1', 'new': '0', 'ret': 1}
        m['_created'] = created + i * 0.001
        return m

    # Normal messages: a real sync of an existing repository routed to this
    # partition (when there is one), then heartbeats.
    normal = []
    sync_repo = None
    if args.count > 0 and topic == 'pushdata':
        candidates = []
        for top, dirs, files in os.walk(args.master_root):
            if '.hg' in dirs:
                rel = os.path.relpath(top, args.master_root)
                dirs[:] = []
                if partition_for_path('{moz}/' + rel) == args.partition:
                    candidates.append(rel)
                continue
            dirs[:] = [d for d in dirs if not d.startswith('.')]
        if candidates:
            sync_repo = sorted(candidates)[0]
            m = _master_sync_message(args.hg, os.path.join(args.master_root, sync_repo),
                                     '{moz}/' + sync_repo)
            normal.append(m)
    while len(normal) < args.count:
        normal.append({'name': 'heartbeat-1'})

    # Layout: bad, normal (split evenly between the bad ones).
    messages = []
    chunks = max(args.bad, 1)
    per = len(normal) // chunks
    rest = list(normal)
    for i in range(args.bad):
        messages.append(bad_message(i))
        take = per if i < args.bad - 1 else len(rest)
        messages.extend(rest[:take])
        rest = rest[take:]
    messages.extend(rest)
    now = time.time()
    for m in messages:
        m.setdefault('_created', now)
        if args.notifier:
            # As the aggregator copies them.
            m['_original_created'] = m['_created']
            m['_original_partition'] = partition_for_path(m['path']) if 'path' in m else 0
    offsets = kafka.produce(topic, args.partition, messages)
    bad_at = [str(o) for o, m in zip(offsets, messages) if m.get('path') == wire]
    print('wedged %s partition %d (%d messages, offsets %d-%d):' % (
        topic, args.partition, len(messages), offsets[0], offsets[-1]))
    print('  %s for %s (%s) at offset %s' % (
        args.name, wire, 'exists; its head does not' if args.notifier else
        'no such repository on the master', ', '.join(bad_at)))
    if sync_repo:
        print('  hg-repo-sync-2 for {moz}/%s (exists on the master) at offset %d' % (
            sync_repo, [o for o, m in zip(offsets, messages) if m['name'] == 'hg-repo-sync-2'][0]))
    print('  %d heartbeat-1' % sum(1 for m in messages if m['name'] == 'heartbeat-1'))
    if mapped != args.partition and topic == 'pushdata':
        print('note: the partition map sends %s to partition %d; the messages were put in '
              'partition %d as asked' % (wire, mapped, args.partition))
    return 0


def lab_offsets(prog, argv):
    """lab-offsets --kafka BROKERS: every topic partition and group offset."""
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument('--kafka', required=True,
                        help='the brokers (host:port,...) or a file-based Kafka directory')
    args = parser.parse_args(argv)
    kafka = open_kafka(args.kafka)
    if isinstance(kafka, RealKafka):
        groups = kafka.groups()
    else:
        groups = {}
        odir = os.path.join(kafka.root, 'offsets')
        for g in sorted(os.listdir(odir)) if os.path.isdir(odir) else []:
            for t in sorted(os.listdir(os.path.join(odir, g))):
                groups.setdefault(t, []).append(g)
    rows = [('topic', 'partition', 'available', 'group offsets (lag)')]
    for topic in TOPICS:
        if not kafka.has_topic(topic):
            continue
        for p in kafka.partitions(topic):
            avail = kafka.available(topic, p)
            gs = []
            for g in groups.get(topic, []):
                o = kafka.committed(g, topic, p)
                gs.append('%s=%d%s' % (g, o, '' if o >= avail else ' (%d)' % (avail - o)))
            rows.append((topic, str(p), str(avail), ' '.join(gs)))
    w = [max(len(r[i]) for r in rows) for i in range(3)]
    for r in rows:
        print('%-*s  %*s  %*s  %s' % (w[0], r[0], w[1], r[1], w[2], r[2], r[3]))
    return 0


PROGRAMS = {
    'vcsreplicator-consumer': consumer_cli,
    'vcsreplicator-headsconsumer': headsconsumer_cli,
    'vcsreplicator-pulse-notifier': lambda prog, argv: notifier_cli(prog, argv, 'pulseconsumer', 'pulse'),
    'vcsreplicator-sns-notifier': lambda prog, argv: notifier_cli(prog, argv, 'snsconsumer', 'sns'),
    'vcsreplicator-aggregator': aggregator_cli,
    'vcsreplicator-bootstrap-hgssh': bootstrap_hgssh_cli,
    'vcsreplicator-bootstrap-hgweb': bootstrap_hgweb_cli,
    'check_vcsreplicator_lag': check_consumer_lag,
    'check_vcsreplicator_aggregator_lag': check_aggregator_lag,
    'lab-create-topics': lab_create_topics,
    'lab-wedge': lab_wedge,
    'lab-offsets': lab_offsets,
}


def main(argv):
    if not argv or argv[0] not in PROGRAMS:
        print('usage: lab_vcsreplicator.py {%s} ARGS...' % ','.join(sorted(PROGRAMS)), file=sys.stderr)
        return 2
    os.umask(0o002)     # production units: UMask=002
    try:
        return PROGRAMS[argv[0]](argv[0], argv[1:])
    except BrokenPipeError:
        # Output cut short (`... --dump | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


if __name__ == '__main__':
    sys.dont_write_bytecode = True
    sys.exit(main(sys.argv[1:]))
