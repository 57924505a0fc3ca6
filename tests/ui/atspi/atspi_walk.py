#!/usr/bin/python3
"""Reads Lyceum through AT-SPI: the catalogue's courses, a button pressed by its name, the
threads of a space and the posts of a thread. Fails (exit 1) with what it could not find."""
import sys
import time

import pyatspi

TIMEOUT = 90


def log(*args):
    print("atspi:", *args, flush=True)


def fail(message):
    print("atspi: FAIL:", message, file=sys.stderr, flush=True)
    sys.exit(1)


def wait_for(what, probe, timeout=TIMEOUT):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            found = probe()
        except Exception:  # a widget went away while walking: try again
            found = None
        if found:
            return found
        time.sleep(0.5)
    fail("timed out waiting for " + what)


def walk(node, depth=0, limit=60):
    if node is None or depth > limit:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(min(count, 500)):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1, limit)


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def find(root, name=None, role=None, prefix=None):
    for node in walk(root):
        try:
            if role is not None and node.getRole() != role:
                continue
            if name is not None and node.name != name:
                continue
            if prefix is not None and not (node.name or "").startswith(prefix):
                continue
        except Exception:
            continue
        if showing(node):
            return node
    return None


def app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        child = desktop.getChildAtIndex(i)
        if child is not None and (child.name or "").lower() == "lyceum":
            return child
    return None


def press(root, name):
    button = wait_for("a button named " + name, lambda: find(root, name=name))
    action = button.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("press", "Press", "toggle", "Toggle", "click", "SetFocus"):
            action.doAction(i)
            log("pressed", repr(name), "(" + action.getName(i) + ")")
            return
    action.doAction(0)
    log("pressed", repr(name))


def item_names(view):
    names = []
    for i in range(view.childCount):
        child = view.getChildAtIndex(i)
        if child is not None and child.getRole() in (pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL):
            names.append(child.name)
    return names


def main():
    lyceum = wait_for("the Lyceum application on the accessibility bus", app)
    log("application:", lyceum.name)
    courses = wait_for("the course list",
                       lambda: find(lyceum, name="Courses", role=pyatspi.ROLE_LIST))
    titles = wait_for("courses in the catalogue", lambda: [n for n in item_names(courses) if n])
    log("catalogue:", len(titles), "courses, first:", titles[0][:60])

    press(lyceum, "Discussions")
    threads = wait_for("the thread list", lambda: find(lyceum, name="Threads", role=pyatspi.ROLE_LIST))
    thread_names = wait_for("threads in the space", lambda: [n for n in item_names(threads) if n])
    log("threads:", len(thread_names), "first:", thread_names[0][:60])
    first = next(c for c in (threads.getChildAtIndex(i) for i in range(threads.childCount))
                 if c is not None and c.getRole() in (pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL))
    # What a screen reader does to pick an item: the item's own action (Qt: "Toggle", which
    # selects it).
    action = first.queryAction()
    action.doAction(0)
    log("picked", repr(first.name[:40]), "(" + action.getName(0) + ")")
    post = wait_for("a post of the opened thread", lambda: find(lyceum, prefix="Post by "))
    text = post.queryText().getText(0, -1) if "Text" in pyatspi.listInterfaces(post) else ""
    log("post:", post.name, "|", text[:60].replace("\n", " "))
    if not post.name[len("Post by "):].strip():
        fail("a post without its author's name")

    press(lyceum, "Catalogue")
    wait_for("the catalogue shown again", lambda: find(lyceum, name="Courses", role=pyatspi.ROLE_LIST))
    log("ok")


if __name__ == "__main__":
    main()
