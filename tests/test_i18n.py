"""Messages in the user's language: Indonesian under id_ID, English under C.

Runs `redaksi` and the library (through PyGObject) with LANG set and
every LC_* variable cleared, as a user's shell would. redaksi_locale makes
the id_ID.UTF-8 locale when the system lacks it. Also checks
that every translatable message in the sources is in POTFILES.in and
translated in po/id.po.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

import redaksi_locale
import redaksi_tap
from redaksi_tap import Skip

ROOT = os.path.join(os.environ["G_TEST_SRCDIR"], "..")
TOOL = os.environ["REDAKSI_TOOL"]


def _env(lang):
    return redaksi_locale.environment(lang)


def _redaksi(lang, *args, stdin=b""):
    return subprocess.run([TOOL, *args], input=stdin, env=_env(lang),
                          capture_output=True, timeout=60)


def test_cli_error_in_indonesian_and_english():
    bad = b"Banjir \xff merendam"
    indonesian = _redaksi("id_ID.UTF-8", "check", stdin=bad)
    english = _redaksi("C", "check", stdin=bad)
    print("# id: " + indonesian.stderr.decode().strip())
    print("# C:  " + english.stderr.decode().strip())
    assert indonesian.returncode == english.returncode == 2
    assert indonesian.stderr.decode() == "redaksi: <stdin>: UTF-8 tidak sah pada byte 7\n"
    assert english.stderr.decode() == "redaksi: <stdin>: Invalid UTF-8 at byte 7\n"


def test_cli_summary_and_usage_in_both():
    article = os.path.join(ROOT, "introspection", "examples", "data", "longsor-garut.txt")
    indonesian = _redaksi("id_ID.UTF-8", "check", article)
    english = _redaksi("C", "check", article)
    assert re.search(r"\d+ paragraf, \d+ kalimat, \d+ token; \d+ temuan", indonesian.stderr.decode())
    assert re.search(r"\d+ paragraphs, \d+ sentences, \d+ tokens; \d+ findings", english.stderr.decode())
    assert "perintah “frob” tidak dikenal" in _redaksi("id_ID.UTF-8", "frob").stderr.decode()
    assert "Penggunaan: redaksi PERINTAH" in _redaksi("id_ID.UTF-8", "--help").stdout.decode()
    assert "Usage: redaksi COMMAND" in _redaksi("C", "--help").stdout.decode()


def test_findings_in_indonesian_when_there_are_any():
    article = os.path.join(ROOT, "introspection", "examples", "data", "longsor-garut.txt")
    indonesian = _redaksi("id_ID.UTF-8", "check", article).stdout.decode()
    english = _redaksi("C", "check", article).stdout.decode()
    if not english:
        raise Skip("this build of the library reports no findings on the article yet")
    # Same findings, same codes, each message in its own words.
    finding = re.compile(r"^[^:]+:\d+:\d+: (\w+): (.*) \[([a-z-]+)\]$", re.M)
    english_findings = finding.findall(english)
    indonesian_findings = finding.findall(indonesian)
    print("# %d findings; first: %s / %s" % (len(english_findings), english_findings[0][1],
                                             indonesian_findings[0][1]))
    assert [f[2] for f in english_findings] == [f[2] for f in indonesian_findings]
    for (en_severity, en_message, code), (id_severity, id_message, _code) in zip(
            english_findings, indonesian_findings):
        assert en_severity in ("error", "warning", "info")
        assert id_severity in ("galat", "peringatan", "info")
        assert en_message != id_message, "%s is not translated: %s" % (code, en_message)


LIBRARY_ERROR = """
import locale
locale.setlocale(locale.LC_ALL, "")
import gi
gi.require_version("Redaksi", "1.0")
from gi.repository import GLib, Redaksi
try:
    Redaksi.Document.new_from_bytes(GLib.Bytes.new(b"a\\x00b"), False)
except GLib.Error as error:
    print(error.message)
"""


def test_library_messages_follow_the_locale():
    typelib = os.path.join(os.environ["G_TEST_BUILDDIR"], "..", "introspection", "Redaksi-1.0.typelib")
    if not os.path.exists(typelib):
        raise Skip("built without introspection")
    run = lambda lang: subprocess.run([sys.executable, "-c", LIBRARY_ERROR], env=_env(lang),
                                      capture_output=True, text=True, timeout=60).stdout
    assert run("id_ID.UTF-8") == "Byte NUL pada byte 1\n"
    assert run("C") == "NUL byte at byte 1\n"


def _potfiles():
    with open(os.path.join(ROOT, "po", "POTFILES.in")) as potfiles:
        return [line.strip() for line in potfiles if line.strip() and not line.startswith("#")]


def test_every_translatable_file_is_in_potfiles():
    listed = set(_potfiles())
    marked = []
    for folder in ("plugin", "tools", os.path.join("introspection", "gedit")):
        for base, _dirs, files in os.walk(os.path.join(ROOT, folder)):
            for name in files:
                path = os.path.join(base, name)
                if name.endswith((".c", ".py")) and re.search(r"\b_\(|\bN_\(|\b_ \(|\bN_ \(",
                                                              open(path, encoding="utf-8").read()):
                    marked.append(os.path.relpath(path, ROOT))
    missing = sorted(set(marked) - listed)
    assert not missing, "add to po/POTFILES.in: %s" % missing


def test_every_message_is_translated_to_indonesian():
    if shutil.which("xgettext") is None:
        raise Skip("xgettext is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "redaksi.pot")
        subprocess.run(["xgettext", "--from-code=UTF-8", "--keyword=_", "--keyword=N_",
                        "--keyword=C_:1c,2", "-o", pot, "-D", ROOT, *_potfiles()], check=True)
        merged = os.path.join(tmp, "id.po")
        subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged,
                        os.path.join(ROOT, "po", "id.po"), pot], check=True)
        stats = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, merged],
                               capture_output=True, text=True, check=True).stderr.strip()
    print("# id.po: " + stats)
    assert "untranslated" not in stats and "fuzzy" not in stats, stats


if __name__ == "__main__":
    redaksi_tap.run(dict(globals()))
