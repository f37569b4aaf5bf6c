"""`redaksi serve` on a free loopback port, driven by curl and urllib as a
web CMS would: good requests, malformed JSON, wrong method and media type,
oversized bodies, concurrent clients, capacity, CORS and the
LanguageTool-compatible /v2/check."""
import concurrent.futures
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch"))
import make_articles  # noqa: E402
from redaksi_tap import run  # noqa: E402

TOOL = os.environ["REDAKSI_TOOL"]
ORIGIN = "https://cms.kabarredaksi.example"
ARTICLE = make_articles.article(7, 5000)


class Server:
    """A redaksi serve process on 127.0.0.1 and a port the kernel chose."""

    def __init__(self, *args):
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen([TOOL, "serve", "--port", "0", *args],
                                     stdout=subprocess.PIPE, stderr=self.log)
        line = self.proc.stdout.readline().decode()
        assert "listening on http://127.0.0.1:" in line, line
        self.url = line.split("listening on ")[1].strip().rstrip("/")

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        assert self.proc.wait(timeout=120) == 0
        self.log.seek(0)
        return self.log.read().decode()


SERVER = Server("--origin", ORIGIN)


def request(path, body=None, content_type="application/json", method=None, server=None,
            headers=None):
    """(status, headers, parsed JSON body) through urllib."""
    data = body.encode() if isinstance(body, str) else body
    req = urllib.request.Request((server or SERVER).url + path, data=data, method=method,
                                 headers=dict(headers or {}))
    if data is not None and content_type:
        req.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers, json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, json.loads(error.read() or b"null")


def curl(*args):
    """(status, body text) through curl."""
    proc = subprocess.run(["curl", "-sS", "-o", "-", "-w", "\n%{http_code}", *args],
                          capture_output=True, check=True)
    body, _, status = proc.stdout.decode().rpartition("\n")
    return int(status), body


def assert_error(status, body, expected_status, code):
    assert status == expected_status, (status, body)
    if isinstance(body, str):
        body = json.loads(body)
    assert set(body) == {"error"} and body["error"]["code"] == code, body
    assert body["error"]["message"]


def test_health():
    status, headers, body = request("/v1/health")
    assert status == 200 and body["status"] == "ok" and body["version"]
    assert "check" in body["operations"]
    assert headers["Content-Type"] == "application/json"
    status, text = curl(SERVER.url + "/v1/health")
    assert status == 200 and json.loads(text)["status"] == "ok"


def test_check_answers_the_contract_json():
    status, _, body = request("/v1/check", json.dumps({"text": ARTICLE}))
    assert status == 200, body
    assert body["version"] == 1 and "text" not in body
    assert body["document"]["bytes"] == len(ARTICLE.encode())
    status, text = curl("-H", "Content-Type: application/json", "--data-binary",
                        json.dumps({"html": "<p>JAKARTA - Hujan turun.</p>"}), SERVER.url + "/v1/check")
    assert status == 200 and json.loads(text)["document"]["format"] == "html"


def test_same_result_as_batch():
    work = tempfile.mkdtemp(prefix="redaksi-serve-")
    records = [{"id": i, "text": make_articles.article(i)} for i in range(5)]
    with open(os.path.join(work, "in.jsonl"), "w") as f:
        f.writelines(json.dumps(r) + "\n" for r in records)
    subprocess.run([TOOL, "batch", os.path.join(work, "in.jsonl"), "-o", os.path.join(work, "out.jsonl")],
                   check=True, capture_output=True)
    with open(os.path.join(work, "out.jsonl")) as f:
        for record, line in zip(records, f):
            expected = {k: v for k, v in json.loads(line).items() if k not in ("id", "text")}
            status, _, body = request("/v1/check", json.dumps({"text": record["text"]}))
            assert status == 200 and body == expected


def test_malformed_json_is_400():
    status, text = curl("-H", "Content-Type: application/json", "--data-binary", '{"text": "Halo',
                        SERVER.url + "/v1/check")
    assert_error(status, text, 400, "invalid-json")
    status, _, body = request("/v1/check", "[1, 2]")
    assert_error(status, body, 400, "not-an-object")
    status, _, body = request("/v1/check", json.dumps({"judul": "tanpa isi"}))
    assert_error(status, body, 400, "missing-text")
    status, _, body = request("/v1/check", b'{"text": "rusak \xff"}')
    assert_error(status, body, 400, "invalid-utf8")


def test_wrong_method_is_405():
    status, text = curl("-X", "DELETE", SERVER.url + "/v1/check")
    assert_error(status, text, 405, "method-not-allowed")
    status, headers, body = request("/v1/check")
    assert_error(status, body, 405, "method-not-allowed")
    assert "POST" in headers["Allow"]
    status, _, body = request("/v1/health", "{}")
    assert_error(status, body, 405, "method-not-allowed")


def test_wrong_media_type_is_415():
    status, text = curl("-H", "Content-Type: text/plain", "--data-binary", "Halo", SERVER.url + "/v1/check")
    assert_error(status, text, 415, "unsupported-media-type")
    status, _, body = request("/v2/check", json.dumps({"text": "Halo"}))
    assert_error(status, body, 415, "unsupported-media-type")


def test_unknown_path_is_404():
    status, _, body = request("/v1/terjemah", "{}")
    assert_error(status, body, 404, "not-found")


def test_oversized_body_is_413():
    big = os.path.join(tempfile.mkdtemp(prefix="redaksi-serve-"), "besar.json")
    with open(big, "w") as f:
        json.dump({"text": "Kalimat panjang sekali. " * 100000}, f)   # 2.4 MB
    status, text = curl("-H", "Content-Type: application/json", "--data-binary", "@" + big,
                        SERVER.url + "/v1/check")
    assert_error(status, text, 413, "body-too-large")
    # Without a Content-Length the body is read, then refused.
    status, text = curl("-H", "Content-Type: application/json", "-H", "Transfer-Encoding: chunked",
                        "--data-binary", "@" + big, SERVER.url + "/v1/check")
    assert_error(status, text, 413, "body-too-large")
    status, _, body = request("/v1/check", json.dumps({"text": "Masih jalan."}))
    assert status == 200, "the server must survive an oversized body"


def test_unavailable_analysis_is_400():
    for path in ("/v1/tag", "/v1/quotes", "/v1/clean"):
        status, _, body = request(path, json.dumps({"text": ARTICLE}))
        if status == 400:
            assert_error(status, body, 400, "unavailable-analysis")
        else:
            assert status == 200 and body["version"] == 1, body


def test_cors():
    status, headers, _ = request("/v1/health", headers={"Origin": ORIGIN})
    assert headers["Access-Control-Allow-Origin"] == ORIGIN
    proc = subprocess.run(["curl", "-sS", "-i", "-X", "OPTIONS", "-H", "Origin: " + ORIGIN,
                           "-H", "Access-Control-Request-Method: POST", SERVER.url + "/v1/check"],
                          capture_output=True, check=True)
    head = proc.stdout.decode().lower()
    assert head.startswith("http/1.1 204"), head
    assert "access-control-allow-origin: " + ORIGIN.lower() in head
    assert "access-control-allow-methods: post, options" in head
    assert "access-control-allow-headers: content-type" in head


def test_concurrent_requests():
    bodies = [json.dumps({"text": make_articles.article(i)}) for i in range(32)]

    def one(i):
        return i, request("/v1/check", bodies[i % 32])

    with concurrent.futures.ThreadPoolExecutor(max_workers=64) as pool:
        results = list(pool.map(one, range(256)))
    for i, (status, _, body) in results:
        assert status == 200, (i, status, body)
        assert body["document"]["bytes"] == len(json.loads(bodies[i % 32])["text"].encode())


def test_over_capacity_is_503():
    server = Server("--max-inflight", "1", "--jobs", "1")
    body = json.dumps({"text": "Kalimat yang panjang, sangat panjang. " * 40000})

    def one(_):
        return request("/v1/check", body, server=server)

    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
            results = list(pool.map(one, range(32)))
    finally:
        server.stop()
    statuses = sorted(status for status, _, _ in results)
    assert set(statuses) <= {200, 503} and 503 in statuses and 200 in statuses, statuses
    for status, headers, answer in results:
        if status == 503:
            assert_error(status, answer, 503, "over-capacity")
            assert headers["Retry-After"] == "1"



def test_timeout_is_503():
    # gumbo takes seconds on 14,000 nested elements: longer than --timeout.
    server = Server("--timeout", "1", "--jobs", "2")
    deep = json.dumps({"html": "<div>" * 14000 + "Dalam sekali."})
    try:
        started = time.monotonic()
        status, _, body = request("/v1/check", deep, server=server)
        elapsed = time.monotonic() - started
        assert_error(status, body, 503, "timeout")
        assert elapsed < 2.5, elapsed
        status, _, body = request("/v1/health", server=server)
        assert status == 200, "the server must keep answering while the late analysis runs"
    finally:
        server.stop()


def utf16_slice(text, offset, length):
    units = text.encode("utf-16-le")
    return units[2 * offset:2 * (offset + length)].decode("utf-16-le")


def test_languagetool_check():
    text = ("Pagi ini 😀 warga 👨‍👩‍👧 berkumpul. \"Kami siap,\" kata Rina.\n\n"
            "Hujan 🌧 turun lagi. \"Kami tetap bertahan di sini, kata Rudi, warga 🏠 setempat.")
    form = urllib.parse.urlencode({"text": text, "language": "id", "enabledOnly": "false"})
    status, headers, body = request("/v2/check", form, "application/x-www-form-urlencoded")
    assert status == 200, body
    assert body["software"]["name"] == "redaksi" and body["software"]["apiVersion"] == 1
    assert body["language"]["code"] == "id-ID"
    assert isinstance(body["matches"], list)
    for match in body["matches"]:
        for member in ("message", "shortMessage", "offset", "length", "replacements",
                       "context", "sentence", "rule"):
            assert member in match, match
        assert {"id", "name"} <= set(match["rule"]["category"])
        span = utf16_slice(text, match["offset"], match["length"])
        context = match["context"]
        assert utf16_slice(context["text"], context["offset"], context["length"]) == span
        assert span in match["sentence"] or match["sentence"] in text
    print("# /v2/check: %d matches" % len(body["matches"]))
    if "quotes" in request("/v1/health")[2]["operations"]:
        # The quote checker is in: an unclosed quote after emoji is a finding.
        assert body["matches"], "the unclosed quote was not reported"
    status, text_body = curl("--data-urlencode", "text=" + text, "-d", "language=id-ID",
                             SERVER.url + "/v2/check")
    assert status == 200 and json.loads(text_body)["matches"] == body["matches"]


def test_languagetool_errors():
    status, _, body = request("/v2/check", "language=id", "application/x-www-form-urlencoded")
    assert_error(status, body, 400, "missing-text")
    status, _, body = request("/v2/check", "text=Hello&language=en-US", "application/x-www-form-urlencoded")
    assert_error(status, body, 400, "unsupported-language")
    status, _, body = request("/v2/check?" + urllib.parse.urlencode({"text": "Halo.", "language": "id"}))
    assert status == 200 and body["matches"] == []
    status, _, body = request("/v2/languages")
    assert status == 200 and body[0]["longCode"] == "id-ID"


def test_access_log_and_clean_exit():
    server = Server()
    request("/v1/health", server=server)
    request("/v1/check", "{", server=server)
    log = server.stop()
    lines = log.splitlines()
    assert any('"GET /v1/health" 200' in line for line in lines), log
    assert any('"POST /v1/check" 400' in line for line in lines), log
    assert all(line.startswith("127.0.0.1 ") for line in lines), log


try:
    run(dict(globals()))
finally:
    log = SERVER.stop()
    print("# %d access log lines" % len(log.splitlines()))
