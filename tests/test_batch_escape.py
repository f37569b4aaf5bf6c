"""`redaksi batch` writes a record's own members back as json-glib 1.6
writes them (json_to_string()), byte for byte, though it quotes strings
itself: every control character, U+001F (which json-glib leaves as it
is), U+007F, quotes, backslashes, U+2028 and other characters past ASCII,
in the text, the id, other members' names and nested values, read from
\\u escapes and from raw UTF-8 alike. The expected bytes are json-glib's,
through GObject introspection."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from redaksi_tap import Skip, run  # noqa: E402

TOOL = os.environ["REDAKSI_TOOL"]
WORK = tempfile.mkdtemp(prefix="redaksi-batch-escape-")


def json_glib():
    try:
        import gi
        gi.require_version("Json", "1.0")
        from gi.repository import Json
    except (ImportError, ValueError) as error:
        raise Skip("json-glib's typelib is not at hand: %s" % error)
    return Json


def records():
    for ascii_only in (True, False):
        for code in range(1, 128):
            c = chr(code)
            record = {"id": "k%s%d" % (c, code),
                      "text": "Budi berkata %s di Jakarta. \"Ya\\\" %s\u2028 é\n\nSiti diam.\n" % (c, c),
                      "x%s" % c: [c, {"a%s" % c: c}], "n": 1.5}
            yield json.dumps(record, ensure_ascii=ascii_only)


def members_as_json_glib(Json, line):
    """The record's members as json-glib writes them, in their order."""
    node = Json.from_string(line)
    obj = node.get_object()
    parts = []
    for name in obj.get_members():
        key = Json.Node.alloc().init_string(name)
        parts.append(Json.to_string(key, False) + ":" + Json.to_string(obj.get_member(name), False))
    return "{" + ",".join(parts)


def test_members_written_as_json_glib_writes_them():
    Json = json_glib()
    lines = list(records())
    path = os.path.join(WORK, "kendali.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    output = os.path.join(WORK, "hasil.jsonl")
    proc = subprocess.run([TOOL, "batch", "--ops", "document", path, "-o", output],
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    with open(output, "rb") as f:
        written = f.read().decode("utf-8").split("\n")[:-1]
    assert len(written) == len(lines), len(written)
    for line, out in zip(lines, written):
        expected = members_as_json_glib(Json, line)
        assert out.startswith(expected + ","), (expected, out[:len(expected) + 40])


try:
    run(dict(globals()))
finally:
    shutil.rmtree(WORK, ignore_errors=True)
