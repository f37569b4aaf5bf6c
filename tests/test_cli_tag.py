"""`redaksi tag`, driven as a user would (CONTRACT §1 and §2)."""
import json
import os
import subprocess

import redaksi_tap

TOOL = os.environ["REDAKSI_TOOL"]


def redaksi(*args, stdin=None):
    return subprocess.run([TOOL, *args], input=stdin, capture_output=True, timeout=60)


def test_tag_json_on_seed():
    seed = redaksi_tap.shared_path("seed", "bisnis-g20-2023.txt")
    run = redaksi("tag", "--json", seed)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert set(result) >= {"version", "entities", "tags"}
    assert "quotes" not in result
    with open(seed, "rb") as f:
        source = f.read()
    for entity in result["entities"]:
        assert source[entity["start"]:entity["end"]].decode() == entity["text"]
        assert entity["type"] in ("PERSON", "ORGANIZATION", "LOCATION", "EVENT", "MISC")
    canon = {(e["text"], e["canonical"]) for e in result["entities"]}
    assert ("AS", "Amerika Serikat") in canon
    assert ("Lavrov", "Sergei Lavrov") in canon
    top = result["tags"][0]
    assert (top["name"], top["type"], top["mentions"]) == ("Antony Blinken", "PERSON", 5)


def test_tag_for_people_reads_stdin():
    run = redaksi("tag", stdin="Presiden Joko Widodo meninjau banjir di Kota Bekasi.\n".encode())
    assert run.returncode == 0, run.stderr
    lines = run.stdout.decode().splitlines()
    assert any(line.startswith("PERSON") and "Joko Widodo" in line for line in lines)
    assert any(line.startswith("<stdin>:1:10: PERSON: Joko Widodo") for line in lines), lines


def test_tag_html_offsets_point_into_the_source():
    page = ("<html><body><h1>Banjir di Bekasi</h1>"
            "<p>BEKASI - Wali Kota Bekasi, Tri Adhianto, meninjau <b>Kali Bekasi</b> bersama "
            "Badan Nasional Penanggulangan Bencana (BNPB) &amp; TNI.</p>"
            "<p>Baca juga: Presiden Prabowo Subianto Resmikan Tol Baru</p>"
            "<p>Tri mengatakan BNPB mengirim 20 perahu.</p></body></html>").encode()
    run = redaksi("tag", "--json", "--html", "-", stdin=page)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    texts = [e["text"] for e in result["entities"]]
    for entity in result["entities"]:
        assert page[entity["start"]:entity["end"]].decode() == entity["text"], entity
    assert "Prabowo Subianto" not in texts, texts
    canon = {(e["text"], e["canonical"]) for e in result["entities"]}
    assert ("BNPB", "Badan Nasional Penanggulangan Bencana") in canon, canon
    assert ("Tri", "Tri Adhianto") in canon, canon


def test_tag_usage_errors_exit_2():
    run = redaksi("tag", "--no-such-option")
    assert run.returncode == 2 and run.stdout == b""
    run = redaksi("tag", "/nonexistent/article.txt")
    assert run.returncode == 2 and run.stdout == b"" and run.stderr


redaksi_tap.run(globals())
