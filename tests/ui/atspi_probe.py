"""Run by tests/ui/test_atspi.py with the SYSTEM python3 (Debian's python3-pyatspi) inside dbus-run-session:
starts the app (the command after the arguments) on this session bus, waits until its accessible tree on AT-SPI
holds the named controls it is asked for (or the time is up), and prints the (role, name) of every node as JSON
lines. Not a test itself: the venv's pytest never imports it (no test_ prefix, and pyatspi is not in the venv)."""
import json
import subprocess
import sys
import time

import pyatspi

WAIT_S = 40  # the window, then its plots and the dock's names (the app builds plots just after its first paint)
MAX_NODES = 5000


def _tree(node, out, depth=0):
    if node is None or len(out) >= MAX_NODES or depth > 40:
        return
    try:
        out.append((node.getRoleName(), node.name or "", node.description or ""))
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:  # a node that went away while we read it
        return
    for child in children:
        _tree(child, out, depth + 1)


def main():
    wanted = set(json.loads(sys.argv[1]))
    app = subprocess.Popen(sys.argv[2:])
    nodes, found = [], False
    try:
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline and app.poll() is None:
            time.sleep(1.0)
            desktop = pyatspi.Registry.getDesktop(0)
            apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
            mine = [a for a in apps if a is not None and "regviz" in (a.name or "").lower()]
            nodes = []
            for a in mine:
                _tree(a, nodes)
            if wanted <= {name for _, name, _ in nodes}:
                found = True
                break
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
    for node in nodes:
        print(json.dumps(node))
    return 0 if found else 1


if __name__ == "__main__":
    sys.exit(main())
