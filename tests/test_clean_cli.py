"""`redaksi clean`, driven as a user would (CONTRACT §1)."""
import json
import os
import subprocess
import tempfile

import redaksi_tap

TOOL = os.environ["REDAKSI_TOOL"]


def redaksi(*args, stdin=None):
    return subprocess.run([TOOL, *args], input=stdin, capture_output=True, timeout=60)


def corpus(name):
    with open(redaksi_tap.source_path("links", name), "rb") as f:
        return f.read()


def test_seed_to_stdout():
    seed = redaksi_tap.shared_path("seed", "bisnis-g20-2023.txt")
    with open(seed, "rb") as f:
        original = f.read()
    run = redaksi("clean", seed)
    assert run.returncode == 0, run.stderr
    assert run.stdout == original.replace(b"\nBaca Juga\n", b"\n", 1)


def test_stdin_html_and_report():
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "report.json")
        run = redaksi("clean", "--html", "--report", report, "-", stdin=corpus("liputan6.html"))
        assert run.returncode == 0, run.stderr
        assert run.stdout == corpus("liputan6.expected.html")
        with open(report) as f:
            result = json.load(f)
        links = result["related_links"]
        assert len(links) == 2
        html = corpus("liputan6.html")
        assert html[links[0]["start"]:links[0]["end"]] == b"<p>Baca Juga</p>"
        assert set(links[1]) >= {"start", "end", "char_start", "char_end", "utf16_start",
                                 "utf16_end", "marker", "titles", "urls"}
        assert links[1]["urls"][0].startswith("https://www.liputan6.com/")


def test_output_file_and_in_place():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "artikel.txt")
        out = os.path.join(tmp, "bersih.txt")
        with open(path, "wb") as f:
            f.write(corpus("labels.txt"))
        run = redaksi("clean", "-o", out, path)
        assert run.returncode == 0 and run.stdout == b"", run.stderr
        with open(out, "rb") as f:
            assert f.read() == corpus("labels.expected.txt")
        with open(path, "rb") as f:
            assert f.read() == corpus("labels.txt")
        run = redaksi("clean", "--in-place", path)
        assert run.returncode == 0 and run.stdout == b"", run.stderr
        with open(path, "rb") as f:
            assert f.read() == corpus("labels.expected.txt")
        assert sorted(os.listdir(tmp)) == ["artikel.txt", "bersih.txt"]


def test_never_overwrites_input_without_in_place():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "artikel.txt")
        with open(path, "wb") as f:
            f.write(corpus("orphan-marker.txt"))
        for args in (["-o", path, path], ["-o", os.path.join(tmp, ".", "artikel.txt"), path],
                     ["--in-place", "-o", "x", path], ["--in-place", "-"], ["--report", path, path]):
            run = redaksi("clean", *args, stdin=b"")
            assert run.returncode == 2 and run.stdout == b"", (args, run.stderr)
            assert len(run.stderr.decode().strip().splitlines()) == 1
        with open(path, "rb") as f:
            assert f.read() == corpus("orphan-marker.txt")


def test_keep_and_normalize():
    text = b"Satu.\nBaca juga: Judul A https://a.id/1\nDua.\n"
    assert redaksi("clean", "--keep", stdin=text).stdout == text
    run = redaksi("clean", "--normalize", stdin=text)
    assert run.stdout == b"Satu.\nDua.\n\nBaca juga:\n- Judul A (https://a.id/1)\n"


def test_ambiguous_is_a_warning_on_stderr():
    run = redaksi("clean", redaksi_tap.source_path("links", "glued.txt"))
    assert run.returncode == 0
    assert run.stdout == corpus("glued.expected.txt")
    assert b"glued.txt:2:77: warning:" in run.stderr
    assert b"[related-link-ambiguous]" in run.stderr


def test_check_reports_related_links():
    run = redaksi("check", "--json", redaksi_tap.source_path("links", "glued.txt"))
    result = json.loads(run.stdout)
    assert len(result["related_links"]) == 2
    assert "related-link-ambiguous" in [issue["code"] for issue in result["issues"]]


def test_invalid_input_exits_2():
    run = redaksi("clean", stdin=b"Baca Juga\n\xff\n")
    assert run.returncode == 2 and run.stdout == b""


def test_check_links_refuses_private_targets():
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "report.json")
        text = b"Satu.\nBaca juga: Judul https://127.0.0.1:9/berita\nDua.\n"
        run = redaksi("clean", "--check-links", "--report", report, stdin=text)
        assert run.returncode == 0, run.stderr
        with open(report) as f:
            checks = json.load(f)["link_checks"]
        assert [c["result"] for c in checks] == ["refused"]


redaksi_tap.run(globals())
