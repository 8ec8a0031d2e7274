# readonly.py - LAB STAND-IN for version-control-tools' readonly extension
# (hgext/readonly), part of hgmo-ctl (MPL-2.0), written for the lab from the
# behaviour production documents (hgext/readonly); it shares no code with the original.
#
# Production loads it on every hgssh host from
# /var/hg/version-control-tools/hgext/readonly; `tests/lab/lab up` installs
# this file at that path inside each lab hgssh host and enables it in
# /etc/mercurial/hgrc:
#
#   [extensions]
#   readonly = /var/hg/version-control-tools/hgext/readonly
#   [readonly]
#   globalreasonfile = /repo/hg/readonlyreason
#
# Behaviour: a push (new changesets, or a pushkey update such as a phase or
# bookmark move) is refused while `.hg/readonlyreason` exists in the
# repository, or while the file named by `readonly.globalreasonfile` exists;
# existence is enough, the content (stripped) is shown as the reason, and the
# repository's own file is looked at first. The messages are production's:
#
#   repository is read only | all repositories currently read only
#   <the reason, when the file has one>
#   refusing to add changesets | refusing to update <namespace>
#
# The check runs as in-process prechangegroup / prepushkey hooks (pretxnopen
# output was not shown to clients: Mercurial bug 4939).
# Left out: nothing of the documented behaviour; it is written against the
# lab's Mercurial (Debian's 6.3; production runs 7.2.2).
"""refuse pushes to repositories marked read only (hgmo-ctl lab stand-in)"""

import errno

from mercurial import pycompat, registrar

testedwith = b'6.3'

configtable = {}
registrar.configitem(configtable)(b'readonly', b'globalreasonfile', default=None)

# What a refused push would have done, by hook.
_ACTIONS = {
    b'prechangegroup': lambda kwargs: b'add changesets',
    b'prepushkey': lambda kwargs: b'update ' + pycompat.bytestr(kwargs.get('namespace') or b''),
}


def _contents(read):
    """The file's bytes, or None when it does not exist."""
    try:
        return read()
    except (IOError, OSError) as err:
        if err.errno == errno.ENOENT:
            return None
        raise


def _read_file(path):
    with open(path, 'rb') as fh:
        return fh.read()


def _markers(ui, repo):
    """(headline, how to read the file) in the order they are looked at."""
    yield b'repository is read only', lambda: repo.vfs.read(b'readonlyreason')
    path = ui.config(b'readonly', b'globalreasonfile')
    if path:
        yield b'all repositories currently read only', lambda: _read_file(path)


def refuse_if_read_only(ui, repo, hooktype=b'', **kwargs):
    """Hook: True (the push fails) when a read-only marker exists."""
    action = _ACTIONS[pycompat.bytestr(hooktype)](kwargs)
    for headline, read in _markers(ui, repo):
        text = _contents(read)
        if text is None:
            continue
        lines = [headline]
        if text.strip():
            lines.append(text.strip())
        lines.append(b'refusing to ' + action)
        ui.warn(b''.join(line + b'\n' for line in lines))
        return True
    return False


def reposetup(ui, repo):
    for hook in sorted(_ACTIONS):
        repo.ui.setconfig(b'hooks', hook + b'.readonly', refuse_if_read_only, b'readonly')
