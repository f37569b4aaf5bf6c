"""`redaksi serve` on a free loopback port, driven by curl and urllib as a
web CMS would: good requests, malformed JSON, wrong method and media type,
oversized bodies, concurrent clients, capacity, CORS and the
LanguageTool-compatible /v2/check."""
import concurrent.futures
import json
import os
import resource
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
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

    def __init__(self, *args, max_fds=None):
        self.log = tempfile.TemporaryFile()

        def limit_fds():
            if max_fds:
                resource.setrlimit(resource.RLIMIT_NOFILE, (max_fds, max_fds))

        self.proc = subprocess.Popen([TOOL, "serve", "--port", "0", *args],
                                     stdout=subprocess.PIPE, stderr=self.log, preexec_fn=limit_fds)
        line = self.proc.stdout.readline().decode()
        assert "listening on http://127.0.0.1:" in line, line
        self.url = line.split("listening on ")[1].strip().rstrip("/")
        self.port = int(self.url.rsplit(":", 1)[1])

    def fds(self):
        return len(os.listdir("/proc/%d/fd" % self.proc.pid))

    def rss_kb(self):
        with open("/proc/%d/status" % self.proc.pid) as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))

    def cpu_seconds(self):
        with open("/proc/%d/stat" % self.proc.pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

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


def raw_answer(path, body):
    req = urllib.request.Request(SERVER.url + path, data=body.encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return resp.read()


def test_bare_text_answer_is_the_record_answer_without_its_members():
    """A bare {"text": …} is answered with the report's JSON as it is,
    without rewriting it: byte for byte what a record with an id gets,
    less the id."""
    for i in range(3):
        text = make_articles.article(100 + i)
        with_id = raw_answer("/v1/check", json.dumps({"id": 12345, "text": text}))
        bare = raw_answer("/v1/check", json.dumps({"text": text}))
        assert with_id.startswith(b'{"id":12345,'), with_id[:40]
        assert bare == b"{" + with_id[len(b'{"id":12345,'):]
        assert raw_answer("/v1/tag", json.dumps({"text": text, "source": text})).startswith(b'{"version":1,')


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



def slow_article(megabytes=16):
    """16 MB of news sentences: every analysis on it takes longer than 1 s."""
    sentence = ("Gubernur Budi Santoso meninjau banjir di Kota Bekasi, Jawa Barat. "
                "\"Kami siap membantu warga,\" kata Budi.\n")
    return json.dumps({"text": sentence * (megabytes * 1024 * 1024 // len(sentence))})


def test_timeout_is_503():
    server = Server("--timeout", "1", "--jobs", "2", "--max-body", "33554432")
    deep = slow_article()
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



def read_answer(sock, deadline):
    """(status, body bytes) of one HTTP answer with a Content-Length."""
    data = b""
    while b"\r\n\r\n" not in data or len(data.partition(b"\r\n\r\n")[2]) < content_length(data):
        sock.settimeout(max(0.01, deadline - time.monotonic()))
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


def content_length(data):
    for line in data.partition(b"\r\n\r\n")[0].split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 0


def test_closed_connections_are_not_kept():
    # libsoup 3.2 kept every keep-alive connection its client closed while
    # idle: the server stopped accepting after about 1,000 under ulimit -n 1024.
    server = Server(max_fds=1024)
    try:
        start = server.fds()
        most = start
        request = ("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n" % server.port).encode()
        for i in range(5000):
            with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
                sock.sendall(request)
                status, body = read_answer(sock, time.monotonic() + 10)
                assert status == 200 and json.loads(body)["status"] == "ok", (i, status, body)
            if i % 250 == 0:
                most = max(most, server.fds())
        time.sleep(0.2)
        end = server.fds()
        print("# open fds: %d at start, %d at most, %d after 5,000 connections" % (start, most, end))
        assert end <= start + 2 and most <= start + 16, (start, most, end)
    finally:
        server.stop()


def test_chunked_body_over_the_limit_is_refused_while_it_arrives():
    server = Server()
    try:
        sock = socket.create_connection(("127.0.0.1", server.port), timeout=10)
        sock.sendall(b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n")
        piece = b"x" * 65536
        frame = b"%x\r\n" % len(piece) + piece + b"\r\n"
        sent, answer, started = 0, b"", time.monotonic()
        sock.setblocking(False)
        # 1 GiB at most, generated as it goes; stop once answered.
        while sent < 1 << 30 and time.monotonic() - started < 60:
            readable, writable, _ = select.select([sock], [sock], [], 1)
            if readable:
                data = sock.recv(65536)
                answer += data
                if not data or b"\r\n\r\n" in answer:
                    break
            if writable:
                try:
                    sent += sock.send(frame)
                except BlockingIOError:
                    pass
        elapsed = time.monotonic() - started
        sock.setblocking(True)
        status, body = read_answer_from(sock, answer, time.monotonic() + 10)
        sock.close()
        rss = server.rss_kb()
        print("# chunked: 413 after %d bytes, %.2f s, server RSS %d KB" % (sent, elapsed, rss))
        assert_error(status, json.loads(body), 413, "body-too-large")
        assert sent < 64 << 20 and elapsed < 10, (sent, elapsed)
        assert rss < 300 * 1024, rss
        status, _, body = request("/v1/check", json.dumps({"text": "Masih jalan."}), server=server)
        assert status == 200, body
    finally:
        server.stop()


def read_answer_from(sock, data, deadline):
    class Buffered:
        def __init__(self):
            self.data = data

        def settimeout(self, t):
            sock.settimeout(t)

        def recv(self, n):
            if self.data:
                chunk, self.data = self.data, b""
                return chunk
            return sock.recv(n)

    return read_answer(Buffered(), deadline)


def test_content_length_over_the_limit_is_refused_before_the_body():
    with socket.create_connection(("127.0.0.1", SERVER.port), timeout=10) as sock:
        started = time.monotonic()
        # The headers alone: the server must not wait for the gigabyte.
        sock.sendall(b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 1073741824\r\n\r\n")
        status, body = read_answer(sock, started + 10)
        assert_error(status, json.loads(body), 413, "body-too-large")
        assert time.monotonic() - started < 5


def test_slow_analysis_does_not_starve_others():
    # With one worker, the large requests must still leave small ones a
    # thread, and a request past --timeout 1 gets 503 while small ones go
    # on being answered.
    server = Server("--timeout", "1", "--jobs", "1", "--max-body", "33554432")
    deep = slow_article()
    small = json.dumps({"text": "JAKARTA - Hujan turun. \"Kami siap,\" kata Rina."})
    outcome = []

    def send_slow():
        outcome.append(request("/v1/check", deep, server=server))

    try:
        threads = [threading.Thread(target=send_slow) for _ in range(2)]
        for thread in threads:
            thread.start()
        time.sleep(0.3)
        answered = 0
        while any(thread.is_alive() for thread in threads):
            started = time.monotonic()
            status, _, body = request("/v1/check", small, server=server)
            assert status == 200, body
            assert time.monotonic() - started < 1, "a small request waited behind the slow ones"
            assert request("/v1/health", server=server)[0] == 200
            answered += 1
            time.sleep(0.05)
        print("# %d small requests answered while the slow ones ran" % answered)
        assert answered >= 3, answered
        for status, _, body in outcome:
            assert_error(status, body, 503, "timeout")
    finally:
        server.stop()


def test_timed_out_analysis_stops():
    # After the 503 the analysis is cancelled: the server stops burning CPU.
    server = Server("--timeout", "1", "--jobs", "2", "--max-body", "33554432")
    # 30 MB: left running, its analysis would still burn a core through
    # the whole window below.
    slow = slow_article(30)
    try:
        status, _, body = request("/v1/quotes", slow, server=server)
        assert_error(status, body, 503, "timeout")
        time.sleep(1)
        before = server.cpu_seconds()
        time.sleep(2)
        burnt = server.cpu_seconds() - before
        print("# CPU time in the 2 s after the timeout: %.2f s" % burnt)
        # A running analysis burns a core: about 2 s in this window. Freeing
        # the cancelled work (slower under the sanitizers) or a loaded
        # machine's scheduling may take a few tenths, never most of it.
        assert burnt < 0.6, "the timed-out analysis is still running"
    finally:
        server.stop()


def raw_request(server, head, body=b""):
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(head.encode() + body)
        status, answer = read_answer(sock, time.monotonic() + 10)
    return status, json.loads(answer)


def test_foreign_host_is_refused_on_loopback():
    # DNS rebinding: a page's own name pointed at 127.0.0.1.
    for path in ("/v1/health", "/v2/languages"):
        status, body = raw_request(SERVER, "GET %s HTTP/1.1\r\nHost: rebind.example:%d\r\n\r\n"
                                   % (path, SERVER.port))
        assert_error(status, body, 403, "forbidden-host")
    form = b"text=Halo.&language=id"
    status, body = raw_request(SERVER, "POST /v2/check HTTP/1.1\r\nHost: rebind.example\r\n"
                               "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n\r\n"
                               % len(form), form)
    assert_error(status, body, 403, "forbidden-host")
    for host in ("localhost:%d" % SERVER.port, "127.0.0.1", "[::1]:%d" % SERVER.port, "LOCALHOST:9000"):
        status, body = raw_request(SERVER, "GET /v1/health HTTP/1.1\r\nHost: %s\r\n\r\n" % host)
        assert status == 200 and body["status"] == "ok", (host, body)


def test_foreign_origin_is_refused():
    foreign = "https://iklan.example"
    own = "http://127.0.0.1:%d" % SERVER.port
    article = json.dumps({"text": "Hujan turun."})
    form = urllib.parse.urlencode({"text": "Hujan turun.", "language": "id"})
    for path in ("/v1/check", "/v1/tag", "/v1/quotes", "/v1/clean"):
        status, _, body = request(path, article, headers={"Origin": foreign})
        assert_error(status, body, 403, "forbidden-origin")
    status, _, body = request("/v2/check", form, "application/x-www-form-urlencoded",
                              headers={"Origin": foreign})
    assert_error(status, body, 403, "forbidden-origin")
    status, _, body = request("/v2/check", form, "application/x-www-form-urlencoded",
                              headers={"Origin": "null"})
    assert_error(status, body, 403, "forbidden-origin")
    for origin in (ORIGIN, own, None):
        status, _, body = request("/v1/check", article, headers={"Origin": origin} if origin else {})
        assert status == 200 and body["version"] == 1, (origin, body)
    # Without --origin only the server's own pages may post.
    server = Server()
    try:
        status, _, body = request("/v1/check", article, server=server, headers={"Origin": ORIGIN})
        assert_error(status, body, 403, "forbidden-origin")
    finally:
        server.stop()


def test_listens_on_loopback_by_default():
    port = "%04X" % SERVER.port
    with open("/proc/%d/net/tcp" % SERVER.proc.pid) as f:
        listening = [line.split()[1] for line in f.readlines()[1:]
                     if line.split()[3] == "0A" and line.split()[1].endswith(":" + port)]
    assert listening == ["0100007F:" + port], listening


def test_option_errors_name_the_option():
    for args, option in ((["--jobs", "5000"], "--jobs"), (["--jobs", "-1"], "--jobs"),
                         (["--timeout", "-1"], "--timeout"), (["--max-inflight", "0"], "--max-inflight"),
                         (["--max-body", "0"], "--max-body"), (["--port", "70000"], "--port")):
        proc = subprocess.run([TOOL, "serve", *args], capture_output=True, timeout=30)
        message = proc.stderr.decode()
        assert proc.returncode == 2 and proc.stdout == b"", (args, proc)
        assert len(message.splitlines()) == 1 and option in message, (args, message)
        others = {"--jobs", "--timeout", "--max-inflight", "--max-body", "--port"} - {option}
        assert not any(other in message for other in others), (args, message)


try:
    run(dict(globals()))
finally:
    log = SERVER.stop()
    print("# %d access log lines" % len(log.splitlines()))
