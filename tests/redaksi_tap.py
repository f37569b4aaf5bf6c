"""A small TAP producer for the host tests, so meson reads each case.

Tests are module-level functions named test_*; a test skips by raising
Skip("reason"). Runs under /usr/bin/python3 (Debian's, with python3-gi).
"""
import os
import sys
import traceback


class Skip(Exception):
    pass


def shared_path(*parts):
    """A file in ../shared, or Skip when the shared data is absent."""
    base = os.environ.get("REDAKSI_SHARED_DIR", "")
    path = os.path.join(base, *parts)
    if not base or not os.path.exists(path):
        raise Skip("shared data not present: %s" % os.path.join(*parts))
    return path


def source_path(*parts):
    return os.path.join(os.environ["G_TEST_SRCDIR"], *parts)


def run(namespace):
    tests = [(name, fn) for name, fn in namespace.items()
             if name.startswith("test_") and callable(fn)]
    print("1..%d" % len(tests))
    failed = 0
    for number, (name, fn) in enumerate(tests, 1):
        try:
            fn()
        except Skip as skip:
            print("ok %d %s # SKIP %s" % (number, name, skip))
        except Exception:
            failed += 1
            print("not ok %d %s" % (number, name))
            for line in traceback.format_exc().splitlines():
                print("# " + line)
        else:
            print("ok %d %s" % (number, name))
    sys.stdout.flush()
    sys.exit(1 if failed else 0)
