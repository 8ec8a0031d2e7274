# readonly.py - make repositories read only (lab copy)
#
# This software may be used and distributed according to the terms of the
# GNU General Public License version 2 or any later version.
#
# LAB COPY of version-control-tools' hgext/readonly/__init__.py, written for
# the hgmo-ctl lab (tests/lab/lab) from the behaviour documented in
# reference/hgmo-automation.md section 4. Production runs the same logic from
# /var/hg/version-control-tools/hgext/readonly on every hgssh host; `lab up`
# installs this file at that path inside each lab hgssh host and enables it in
# /etc/mercurial/hgrc with
#
#   [extensions]
#   readonly = /var/hg/version-control-tools/hgext/readonly
#   [readonly]
#   globalreasonfile = /repo/hg/readonlyreason
#
# Left out: nothing of the documented behaviour; it is written against the
# lab's Mercurial (Debian's 6.3; production runs 7.2.2).
"""make repositories read only

A repository is read only when ``.hg/readonlyreason`` exists in it. All
repositories are read only when the file named by
``readonly.globalreasonfile`` exists. The content of either file, if any, is
shown to the client as the reason. The per-repository file takes precedence.

In-process ``prechangegroup`` and ``prepushkey`` hooks are used rather than
``pretxnopen`` because of Mercurial bug 4939 (its output was not shown).
"""

import errno

from mercurial import (
    pycompat,
    registrar,
)

testedwith = b'6.3'

configtable = {}
configitem = registrar.configitem(configtable)
configitem(b'readonly', b'globalreasonfile', default=None)


def _refuse(ui, headline, reason, op):
    ui.warn(headline + b'\n')
    reason = reason.strip()
    if reason:
        ui.warn(reason + b'\n')
    ui.warn(b'refusing to %s\n' % op)
    return True


def checkreadonly(ui, repo, op):
    """Return True (hook failure) if the repository may not be written."""
    try:
        reason = repo.vfs.read(b'readonlyreason')
        return _refuse(ui, b'repository is read only', reason, op)
    except IOError as e:
        if e.errno != errno.ENOENT:
            raise

    globalreasonfile = ui.config(b'readonly', b'globalreasonfile')
    if globalreasonfile:
        try:
            with open(globalreasonfile, 'rb') as fh:
                reason = fh.read()
            return _refuse(
                ui, b'all repositories currently read only', reason, op
            )
        except IOError as e:
            if e.errno != errno.ENOENT:
                raise

    return False


def prechangegrouphook(ui, repo, **kwargs):
    return checkreadonly(ui, repo, b'add changesets')


def prepushkeyhook(ui, repo, namespace=None, **kwargs):
    return checkreadonly(
        ui, repo, b'update %s' % pycompat.bytestr(namespace or b'')
    )


def reposetup(ui, repo):
    repo.ui.setconfig(
        b'hooks', b'prechangegroup.readonly', prechangegrouphook, b'readonly'
    )
    repo.ui.setconfig(
        b'hooks', b'prepushkey.readonly', prepushkeyhook, b'readonly'
    )
