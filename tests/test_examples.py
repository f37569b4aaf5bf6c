"""Runs every program in introspection/examples/ as a CMS developer would.

Python examples run with /usr/bin/python3, GJS ones with `gjs -m`, against
this build's typelib. The quote examples fetch their source from an HTTP
server on 127.0.0.1 started here. Each example needs a case below; a new
file without one fails the test. Where Python and GJS versions exist, they
must print the same.
"""
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading

import gi

gi.require_version("Redaksi", "1.0")
from gi.repository import Redaksi  # noqa: E402

import redaksi_tap  # noqa: E402
from redaksi_tap import Skip  # noqa: E402

EXAMPLES = os.path.join(os.environ["G_TEST_SRCDIR"], "..", "introspection", "examples")
DATA = os.path.join(EXAMPLES, "data")
ARTICLE = os.path.join(DATA, "longsor-garut.txt")
TIMEOUT_S = 60


def _run(example, *args):
    path = os.path.join(EXAMPLES, example)
    if example.endswith(".js"):
        if shutil.which("gjs") is None:
            raise Skip("gjs is not installed")
        command = ["gjs", "-m", path]
    else:
        command = [sys.executable, path]
    return subprocess.run(command + list(args), capture_output=True, text=True, timeout=TIMEOUT_S)


@functools.lru_cache(maxsize=None)
def _server():
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=DATA)
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return "http://127.0.0.1:%d/" % server.server_address[1]


def _has_flag(name):
    return hasattr(Redaksi.AnalysisFlags, name)


def _tag_article(example):
    run = _run(example, ARTICLE)
    assert run.returncode == 0, run.stderr
    if not _has_flag("ENTITIES"):
        assert run.stdout == "" and "no entity tagging" in run.stderr
    else:
        names = [line.split("\t")[0] for line in run.stdout.splitlines()]
        print("# %s: %s" % (example, names))
        assert "Dedi Permana" in names and "Siti Rahmawati" in names, run.stdout
    bad = _run(example, os.path.join(DATA, "no-such-article.txt"))
    assert bad.returncode == 2 and "no-such-article.txt" in bad.stderr
    return run.stdout


def _check_quotes(example):
    run = _run(example, ARTICLE, _server() + "sumber-garut.html")
    assert run.returncode in (0, 1), run.stderr
    if not _has_flag("QUOTES"):
        assert "no quote checking" in run.stderr
    else:
        print("# %s:\n# %s" % (example, run.stdout.strip().replace("\n", "\n# ")))
        assert run.returncode == 1, "the misspelt cue is an error"
        assert "altered" in run.stdout and "quote-unknown-cue" in run.stdout, run.stdout
        assert "verified" in run.stdout, "Siti's quote matches the press release"
    missing = _run(example, ARTICLE, _server() + "no-such-source.html")
    assert missing.returncode == 2 and "404" in missing.stderr, missing.stderr
    return run.stdout


def _clean_folder(example):
    html = os.path.join(DATA, "html")
    with tempfile.TemporaryDirectory() as out:
        run = _run(example, html, out)
        assert run.returncode == 0, run.stderr
        names = sorted(f for f in os.listdir(html) if f.endswith(".html"))
        assert sorted(os.listdir(out)) == names
        cleaned = {}
        for name in names:
            with open(os.path.join(html, name), "rb") as original, \
                    open(os.path.join(out, name), "rb") as result:
                before, after = original.read(), result.read()
            assert b"Baca" not in after, name
            if b"Baca" not in before:
                assert after == before, "%s changed without an insert" % name
            cleaned[name] = after
        normalized = _run(example, "--normalize", html, os.path.join(out, "normalized"))
        assert normalized.returncode == 0, normalized.stderr
        with open(os.path.join(out, "normalized", "jembatan-cisewu.html"), encoding="utf-8") as f:
            page = f.read()
        assert '<aside class="redaksi-baca-juga">' in page and "longsor-sukamaju" in page
    print("# %s: %s" % (example, run.stdout.strip().replace("\n", "\n# ")))
    assert "jembatan-cisewu.html: 1 removed" in run.stdout
    assert "tanpa-sisipan.html: 0 removed" in run.stdout
    return run.stdout, cleaned


CASES = {
    "tag-article.py": _tag_article,
    "tag-article.js": _tag_article,
    "check-quotes.py": _check_quotes,
    "check-quotes.js": _check_quotes,
    "clean-folder.py": _clean_folder,
    "clean-folder.js": _clean_folder,
}
_outputs = {}


def _example(name):
    if name not in _outputs:
        _outputs[name] = CASES[name](name)
    return _outputs[name]


def test_every_example_has_a_case():
    # dask_batch.py needs a cluster: tests/test_dask.py runs it.
    examples = sorted(f for f in os.listdir(EXAMPLES)
                      if f.endswith((".py", ".js")) and f != "dask_batch.py")
    print("# examples: %s" % ", ".join(examples))
    assert examples == sorted(CASES), "examples without a case: %s" % (set(examples) - set(CASES))


def test_tag_article_python():
    _example("tag-article.py")


def test_tag_article_gjs():
    _example("tag-article.js")


def test_tag_article_same_in_both():
    assert _example("tag-article.py") == _example("tag-article.js")


def test_check_quotes_python_main_loop():
    _example("check-quotes.py")


def test_check_quotes_gjs_promisify():
    _example("check-quotes.js")


def test_check_quotes_same_in_both():
    assert _example("check-quotes.py") == _example("check-quotes.js")


def test_clean_folder_python():
    _example("clean-folder.py")


def test_clean_folder_gjs_concurrent():
    _example("clean-folder.js")


def test_clean_folder_same_in_both():
    assert _example("clean-folder.py") == _example("clean-folder.js")


if __name__ == "__main__":
    redaksi_tap.run(dict(globals()))
