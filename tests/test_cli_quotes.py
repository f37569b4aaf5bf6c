"""`redaksi quotes` and `redaksi check --source`, driven as a user would."""
import json
import os
import subprocess
import tempfile

import redaksi_tap

TOOL = os.environ["REDAKSI_TOOL"]
ARTICLE = "\n".join([
    "Redaksi.id, JAKARTA - Menteri Keuangan Sri Mulyani memaparkan target tahun depan.",
    "\"Kami menargetkan pertumbuhan ekonomi 5 persen,\" kata Sri Mulyani.",
    "\"Investasi asing terus masuk ke kawasan industri\" ujat Sri.",
]).encode()
SOURCE = ("Kami menargetkan pertumbuhan ekonomi 5,3 persen. "
          "Investasi asing terus masuk ke kawasan industri baru.").encode()


def redaksi(*args, stdin=None):
    return subprocess.run([TOOL, *args], input=stdin, capture_output=True, timeout=60)


def test_quotes_lines_and_exit_status():
    run = redaksi("quotes", stdin=ARTICLE)
    assert run.returncode == 1, run.stderr
    lines = run.stdout.decode().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("<stdin>:3:")
    assert lines[0].endswith("[quote-punctuation]")
    assert "error:" in lines[1] and lines[1].endswith("[quote-unknown-cue]")


def test_quotes_json_on_seed():
    seed = redaksi_tap.shared_path("seed", "bisnis-g20-2023.txt")
    result = json.loads(redaksi("quotes", "--json", seed).stdout)
    assert [q["speaker"] for q in result["quotes"]] == [
        "Antony Blinken", "Antony Blinken", "Annalena Baerbock"]
    assert [q["cue"] for q in result["quotes"]] == ["kata", "ujat", "tutur"]
    assert [(i["code"], i["replacements"]) for i in result["issues"]] == [
        ("quote-punctuation", [",\""]), ("quote-unknown-cue", ["ujar"])]
    assert "document" not in result


def test_source_file():
    with tempfile.NamedTemporaryFile(suffix=".txt") as source:
        source.write(SOURCE)
        source.flush()
        for command in ("quotes", "check"):
            result = json.loads(redaksi(command, "--json", "--source", source.name, stdin=ARTICLE).stdout)
            first, second = result["quotes"]
            assert first["source"]["status"] == "altered"
            assert first["source"]["differences"] == [{"quote": "5", "source": "5,3"}]
            # A quote may be part of a longer source sentence.
            assert second["source"]["status"] == "verified"
            codes = [i["code"] for i in result["issues"]]
            assert "quote-altered" in codes


def test_bad_source_exits_2():
    for source in ("file:///etc/passwd", "/tidak/ada/berkas.txt", "ftp://example.org/a.txt"):
        run = redaksi("quotes", "--source", source, stdin=ARTICLE)
        assert run.returncode == 2, (source, run.returncode)
        assert run.stdout == b""
        assert len(run.stderr.decode().strip().splitlines()) == 1


def test_help():
    run = redaksi("quotes", "--help")
    assert run.returncode == 0
    assert b"--source" in run.stdout


redaksi_tap.run(globals())
