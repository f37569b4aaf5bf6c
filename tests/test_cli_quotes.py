"""`redaksi quotes` and `redaksi check --source`, driven as a user would."""
import http.server
import json
import os
import subprocess
import tempfile
import threading

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


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/rilis.html":
            body = b"<html><body><p>" + SOURCE + b"</p></body></html>"
            kind = "text/html; charset=utf-8"
        elif self.path == "/besar.txt":
            body = b"kata " * (4 * 1024 * 1024)
            kind = "text/plain"
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def serve():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, "http://127.0.0.1:%d" % server.server_address[1]


def test_source_url():
    server, base = serve()
    try:
        # The test server is on loopback, which only --allow-private reaches.
        for command in ("quotes", "check"):
            run = redaksi(command, "--source", base + "/rilis.html", stdin=ARTICLE)
            assert run.returncode == 2 and b"refused" in run.stderr, (command, run.stderr)
            assert run.stdout == b""
        run = redaksi("quotes", "--json", "--allow-private", "--source", base + "/rilis.html",
                      stdin=ARTICLE)
        assert run.returncode == 1, run.stderr
        statuses = [q["source"]["status"] for q in json.loads(run.stdout)["quotes"]]
        assert statuses == ["altered", "verified"]
        run = redaksi("check", "--json", "--allow-private", "--source", base + "/rilis.html",
                      stdin=ARTICLE)
        assert run.returncode == 1, run.stderr
        for path in ("/tidak-ada.txt", "/besar.txt"):
            run = redaksi("quotes", "--allow-private", "--source", base + path, stdin=ARTICLE)
            assert run.returncode == 2, path
            assert run.stdout == b""
            print("#", run.stderr.decode().strip())
    finally:
        server.shutdown()


def test_help():
    run = redaksi("quotes", "--help")
    assert run.returncode == 0
    assert b"--source" in run.stdout


redaksi_tap.run(globals())
