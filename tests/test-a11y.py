#!/usr/bin/python3
# test-a11y.py — what a screen reader finds in the window, over AT-SPI
#
# Starts the program on a small demonstration college with the
# accessibility bridge on (the other tests run without it), shows each of
# the five pages through the view switcher as a screen reader user would,
# and fails on any interactive control on screen without a name: a reader
# would say only "button" or "list item". Then clicks two rows of «Люди»
# with Ctrl held (real X events through AT-SPI) and checks that both are
# selected (issue 18).
#
# Needs Debian's python3-pyatspi and at-spi2-core; run under Xvfb and
# dbus-run-session (the session bus starts the accessibility bus).
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import subprocess
import sys
import tempfile
import time

import pyatspi

PROGRAM = os.environ['SC_PROGRAM']
PAGES = ['Обзор', 'Люди', 'Чаты', 'Активность', 'Отчёты']
# Roles a user acts on: each needs a name.
INTERACTIVE = {
    'push button', 'toggle button', 'check box', 'radio button', 'combo box',
    'text', 'entry', 'password text', 'spin button', 'slider', 'switch',
    'link', 'menu item', 'page tab', 'list item', 'tree item', 'table row',
    'table cell',
}
CONTROL_L = 37  # the X key code of the left Ctrl on Xvfb's keymap
# GTK 4.8 names what has no name after its type («GtkListItemWidget»):
# a reader saying that has said nothing.
TYPE_NAME = re.compile(r'^(Gtk|Adw|Sc)[A-Z][A-Za-z]*$')
failures = []


def fail(message):
    print('not ok: ' + message)
    failures.append(message)


def wait_for(condition, seconds=20):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    return None


def start(tmp):
    env = dict(os.environ)
    for key in ('NO_AT_BRIDGE', 'GTK_A11Y'):
        env.pop(key, None)
    env['XDG_DATA_HOME'] = tmp
    db = os.path.join(tmp, 'demo.sqlite3')
    subprocess.run([PROGRAM, '--db', db, 'demo', '--people', '300'], env=env, check=True,
                   capture_output=True)
    log = open(os.path.join(tmp, 'program.log'), 'w')
    return subprocess.Popen([PROGRAM, '--db', db], env=env, stdout=log, stderr=subprocess.STDOUT)


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == 'sferum-coordinator' and app.childCount > 0:
            return app
    return None


def walk(node, out, depth=0):
    """Everything visible under node (GTK 4.8 sets no "showing")."""
    try:
        role = node.getRoleName()
        name = node.name
        visible = node.getState().contains(pyatspi.STATE_VISIBLE)
    except Exception:  # a row recycled while we look
        return
    if depth > 1 and not visible:
        return
    out.append((node, role, name))
    # A named row is read whole; its cells need not be walked one by one
    # (a thousand calls over the bus).
    if role in ('label', 'image') or (role == 'table row' and named(name)):
        return
    for child in node:
        if child is not None:
            walk(child, out, depth + 1)


def nodes(app):
    out = []
    walk(app, out)
    return out


def find(app, role, name):
    for node, r, n in nodes(app):
        if r == role and n == name:
            return node
    return None


def click(node):
    node.queryAction().doAction(0)


def named(name):
    return bool(name.strip()) and not TYPE_NAME.match(name)


def says_something(node):
    """A table cell is read by what it shows: a label or text inside
    (an empty one in an empty cell)."""
    for child in node:
        if child is None:
            continue
        if child.getRoleName() in ('label', 'text', 'entry') and not TYPE_NAME.match(child.name):
            return True
        if says_something(child):
            return True
    return False


def check_names(app, page):
    unnamed = {}
    for node, role, name in nodes(app):
        if role not in INTERACTIVE or named(name):
            continue
        if role == 'table cell' and says_something(node):
            continue
        unnamed.setdefault(role, []).append(node)
    for role, found in unnamed.items():
        inside = ', '.join(sorted({c.getRoleName() + ' «' + c.name + '»' for n in found[:3] for c in n if c}))
        fail('%s: %d %s without a name (%s)' % (page, len(found), role, inside))
    if not unnamed:
        print('ok: %s: every control has a name' % page)


def centre(node):
    """Where node is on the screen: GTK 4 knows only window positions (and
    warns when asked for the screen's), and under Xvfb without a window
    manager the window sits in the screen's top left corner."""
    extents = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    return extents.x + extents.width // 2, extents.y + extents.height // 2


def ctrl_click_rows(app):
    """Ctrl+click on two names in «Люди»: both end up selected."""
    rows = [n for n, r, name in nodes(app) if r == 'table row' and name.count(', ') >= 2]
    if len(rows) < 3:
        fail('Люди: fewer than three people in the table')
        return
    first, second = rows[0], rows[2]
    print('# clicking «%s» at %s, then «%s» at %s with Ctrl' % (first.name, centre(first), second.name, centre(second)))
    pyatspi.Registry.generateMouseEvent(*centre(first), pyatspi.MOUSE_B1C)
    time.sleep(0.5)
    pyatspi.Registry.generateKeyboardEvent(CONTROL_L, None, pyatspi.KEY_PRESS)
    pyatspi.Registry.generateMouseEvent(*centre(second), pyatspi.MOUSE_B1C)
    time.sleep(0.2)
    pyatspi.Registry.generateKeyboardEvent(CONTROL_L, None, pyatspi.KEY_RELEASE)
    if wait_for(lambda: find(app, 'label', 'Выбрано: 2'), 5):
        print('ok: Люди: Ctrl+click added a second row to the selection')
    else:
        labels = [n for _, r, n in nodes(app) if r == 'label' and n.startswith('Выбрано')]
        fail('Люди: Ctrl+click did not select two rows (%s)' % ', '.join(labels))


def main():
    tmp = tempfile.mkdtemp(prefix='sc-a11y-')
    # The accessibility bus and its registry first: a program started
    # before them may never appear on it.
    pyatspi.Registry.getDesktop(0).childCount
    time.sleep(1)
    program = start(tmp)
    try:
        app = wait_for(find_app, 90)
        if app is None:
            names = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
            fail('the window never appeared on the accessibility bus (%s)' % ', '.join(names))
            return
        wait_for(lambda: find(app, 'page tab', PAGES[0]))
        for page in PAGES:
            tab = find(app, 'page tab', page)
            if tab is None:
                fail('no page tab «%s»' % page)
                continue
            click(tab)
            time.sleep(1.0)
            check_names(app, page)
            if page == 'Люди':
                ctrl_click_rows(app)
    except Exception as error:  # the program gone: say why
        fail('%s: %s' % (type(error).__name__, error))
    finally:
        if program.poll() is not None:
            fail('the program ended with status %s' % program.returncode)
        program.terminate()
        program.wait(timeout=30)
        if failures:
            with open(os.path.join(tmp, 'program.log')) as log:
                print('# the program said:')
                for line in log.readlines()[-30:]:
                    print('#   ' + line.rstrip())


main()
print('%d passed, %d failed' % (0 if failures else 1, len(failures)))
sys.exit(1 if failures else 0)
