"""The redaksi command, driven as a user would (CONTRACT §1)."""
import json
import os
import subprocess
import tempfile

import redaksi_tap

TOOL = os.environ["REDAKSI_TOOL"]
EXAMPLE = redaksi_tap.source_path("..", "data", "examples", "banjir-bekasi.txt")


def redaksi(*args, stdin=None):
    return subprocess.run([TOOL, *args], input=stdin, capture_output=True, timeout=60)


def test_check_json_on_seed():
    seed = redaksi_tap.shared_path("seed", "bisnis-g20-2023.txt")
    run = redaksi("check", "--json", seed)
    assert run.returncode in (0, 1), run.stderr
    result = json.loads(run.stdout)
    assert result["version"] == 1
    assert result["document"]["paragraphs"] == 11
    assert result["document"]["sentences"] == 13
    assert result["document"]["dateline"]["text"] == "Bisnis.com, JAKARTA -"


def test_check_reads_stdin():
    with open(EXAMPLE, "rb") as f:
        data = f.read()
    from_file = redaksi("check", "--json", EXAMPLE)
    from_stdin = redaksi("check", "--json", "-", stdin=data)
    implicit = redaksi("check", "--json", stdin=data)
    assert from_file.stdout == from_stdin.stdout == implicit.stdout


def test_check_html():
    page = ("<nav>BERITA - Terkini</nav>"
            "<p>JAKARTA, KOMPAS.com - Hujan deras sejak pagi membuat sejumlah ruas "
            "jalan di Jakarta Timur tergenang air.</p><p>Dua.</p>").encode()
    run = redaksi("check", "--json", "--html", "-", stdin=page)
    result = json.loads(run.stdout)
    assert result["document"]["format"] == "html"
    assert result["document"]["paragraphs"] == 3
    # The lead's dateline, not the menu's dash.
    dateline = result["document"]["dateline"]
    assert page[dateline["start"]:dateline["end"]] == b"JAKARTA, KOMPAS.com -"


def test_invalid_utf8_exits_2_with_nothing_on_stdout():
    with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
        f.write(b"Rusia dan \xff Ukraina")
    try:
        run = redaksi("check", "--json", f.name)
    finally:
        os.unlink(f.name)
    assert run.returncode == 2
    assert run.stdout == b""
    assert b"byte 10" in run.stderr
    assert run.stderr.count(b"\n") == 1


def test_usage_errors():
    assert redaksi("check", "/nonexistent/artikel.txt").returncode == 2
    assert redaksi("nonsense").returncode == 2
    assert redaksi().returncode == 2
    assert redaksi("check", "--no-such-option").returncode == 2
    assert redaksi("check", EXAMPLE, EXAMPLE).returncode == 2


def test_help_and_version():
    top = redaksi("--help")
    assert top.returncode == 0 and b"check" in top.stdout
    sub = redaksi("check", "--help")
    assert sub.returncode == 0 and b"--json" in sub.stdout
    version = redaksi("--version")
    assert version.returncode == 0 and version.stdout.startswith(b"redaksi ")


redaksi_tap.run(globals())
