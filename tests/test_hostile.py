"""Hostile input: every command stays within its resource contract.

Each case runs the `redaksi` command as a user (or an attacker) would, on
input built here, under a watchdog that kills it past a wall-clock or RSS
ceiling, and then asserts the outcome: a result, or exit 2 with one line.
The contract (README, "Resource contract") is checked as peak RSS per
input byte above the process's start-up size.

Inputs are scaled so that the suite stays under a minute; the sanitizer
build runs with REDAKSI_HOSTILE_SLACK, a factor for ASan's own memory and
time overhead.
"""
import json
import os
import resource
import socket
import subprocess
import tempfile
import threading
import time

import redaksi_tap

TOOL = os.environ["REDAKSI_TOOL"]
SLACK = float(os.environ.get("REDAKSI_HOSTILE_SLACK", "1"))
MB = 1024 * 1024

# Peak RSS above start-up, in bytes for each input byte: the README's
# "Resource contract". With --json the result itself is most of it.
CONTRACT = {"check": 100, "tag": 80, "quotes": 60, "clean": 80, "clean --html": 40}


class Outcome:
    def __init__(self, returncode, stdout, stderr, peak_rss, seconds, killed):
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.peak_rss = peak_rss
        self.seconds = seconds
        self.killed = killed

    def __repr__(self):
        return ("rc=%s peak=%.1f MB %.2f s killed=%s stderr=%r"
                % (self.returncode, self.peak_rss / MB, self.seconds, self.killed,
                   self.stderr[-300:]))


def _rss_of(pid, field="VmRSS:"):
    try:
        with open("/proc/%d/status" % pid) as status:
            for line in status:
                if line.startswith(field):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _feed(process, stdin):
    """Writes @stdin (bytes, or an iterator of chunks) until the reader stops."""
    try:
        chunks = [stdin] if isinstance(stdin, bytes) else stdin
        for chunk in chunks:
            process.stdin.write(chunk)
        process.stdin.close()
    except (BrokenPipeError, OSError, ValueError):
        pass


def run(args, stdin=b"", rss_cap=1024 * MB, seconds=30):
    """Runs the tool under a watchdog that reads its peak RSS (VmHWM) as it
    runs: wait4's ru_maxrss would count this Python process's pages that the
    child held between fork and exec."""
    rss_cap = int(rss_cap * SLACK)
    seconds = seconds * SLACK
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen([TOOL, *args], stdin=subprocess.PIPE,
                                   stdout=out, stderr=err)
        feeder = threading.Thread(target=_feed, args=(process, stdin), daemon=True)
        feeder.start()
        start = time.monotonic()
        killed = None
        peak = 0
        while True:
            peak = max(peak, _rss_of(process.pid, "VmHWM:"))
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > seconds:
                killed = "time"
            elif _rss_of(process.pid) > rss_cap:
                killed = "memory"
            if killed:
                process.kill()
                _, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.002)
        process.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        return Outcome(process.returncode, out.read(), err.read().decode(errors="replace"),
                       peak, elapsed, killed)


# The command's own start-up (libraries, resources): about 16 MB.
START_UP_RSS = 32 * MB


def assert_within(outcome, n_bytes, bytes_per_byte):
    """Peak RSS above start-up is at most @bytes_per_byte for each input byte."""
    assert outcome.killed is None, outcome
    budget = (START_UP_RSS + bytes_per_byte * n_bytes) * SLACK
    assert outcome.peak_rss <= budget, "%r over %.1f MB" % (outcome, budget / MB)


def assert_refused(outcome, words):
    assert outcome.killed is None, outcome
    assert outcome.returncode == 2, outcome
    assert outcome.stdout == b"", outcome
    lines = outcome.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], outcome


def ranges_inside(result, length):
    for section in ("entities", "quotes", "issues", "related_links"):
        for item in result.get(section, []):
            assert 0 <= item["start"] <= item["end"] <= length, (section, item)
            if section in ("entities", "quotes"):
                assert item["start"] < item["end"], (section, item)


# 1. A cue word ending one paragraph and a capitalised word opening the next.
def test_cue_then_capital_across_paragraphs():
    article = "ujar\nPenonton\n".encode()
    for command in ("tag", "quotes", "check"):
        outcome = run([command, "--json", "-"], stdin=article, rss_cap=256 * MB, seconds=10)
        assert outcome.returncode in (0, 1), outcome
        ranges_inside(json.loads(outcome.stdout), len(article))


# 2. Quote marks in one paragraph: linear memory, whatever their number.
def test_many_straight_quote_marks():
    n = 300_000
    article = b"Kata dia " + b'"' * n + b"\n"
    outcome = run(["quotes", "--json", "-"], stdin=article, rss_cap=2048 * MB, seconds=60)
    assert outcome.returncode in (0, 1), outcome
    assert_within(outcome, len(article), CONTRACT["quotes"])
    json.loads(outcome.stdout)


def test_many_curly_quote_pairs():
    pair = "“a” ".encode()
    article = b"Ia berkata " + pair * 100_000 + b"\n"
    outcome = run(["check", "--json", "-"], stdin=article, rss_cap=2048 * MB, seconds=60)
    assert outcome.returncode in (0, 1), outcome
    assert_within(outcome, len(article), CONTRACT["check"])


# 5. Input limits are enforced while reading, never after.
def test_endless_stdin_is_refused_while_reading():
    def endless():
        chunk = ("Warga mengungsi ke masjid. " * 4096).encode()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            yield chunk

    outcome = run(["tag", "--max-input", "8M", "-"], stdin=endless(),
                  rss_cap=256 * MB, seconds=30)
    assert_refused(outcome, "--max-input")
    assert "option" not in outcome.stderr, outcome


def test_default_limit_refuses_endless_stdin():
    def endless():
        chunk = b"a " * 65536
        while True:
            yield chunk

    outcome = run(["clean", "-"], stdin=endless(), rss_cap=1024 * MB, seconds=60)
    assert_refused(outcome, "--max-input")


# 6. HTML that never closes, and elements with endless attributes.
def test_unclosed_divs():
    for pattern in (b"<div><p>", b"<div>x", b"<div></span>"):
        page = b"<html><body>" + pattern * 20_000 + b"Banjir.</body></html>"
        outcome = run(["check", "--html", "--json", "-"], stdin=page,
                      rss_cap=512 * MB, seconds=20)
        assert outcome.killed is None, (pattern, outcome)
        if outcome.returncode == 2:
            assert_refused(outcome, "")
        else:
            assert_within(outcome, len(page), CONTRACT["check"])


def test_many_attributes_on_one_element():
    page = (b"<p " + b"".join(b"a%d=x " % i for i in range(100_000)) + b">Banjir.</p>")
    outcome = run(["clean", "--html", "-"], stdin=page, rss_cap=512 * MB, seconds=10)
    assert_refused(outcome, "attribute")


# Many inserts, many entities, one long line: memory stays linear.
def test_many_markers():
    article = b"".join(b"Baca juga: Banjir di Bekasi %d\nWarga mengungsi.\n" % i
                       for i in range(100_000))
    outcome = run(["check", "--json", "-"], stdin=article, rss_cap=2048 * MB, seconds=60)
    assert outcome.returncode in (0, 1), outcome
    assert_within(outcome, len(article), CONTRACT["check"])
    cleaned = run(["clean", "-"], stdin=article, rss_cap=1024 * MB, seconds=60)
    assert cleaned.returncode == 0 and b"Baca juga" not in cleaned.stdout, cleaned
    assert_within(cleaned, len(article), CONTRACT["clean"])


def test_many_entities():
    article = b"".join(("Gubernur Budi Santoso%d bertemu Menteri Ani Wijaya di Kota "
                        "Bekasi. Budi menilai banjir surut.\n" % i).encode()
                       for i in range(20_000))
    outcome = run(["check", "--json", "-"], stdin=article, rss_cap=2048 * MB, seconds=60)
    assert outcome.returncode in (0, 1), outcome
    assert_within(outcome, len(article), CONTRACT["check"])
    tagged = run(["tag", "--json", "-"], stdin=article, rss_cap=2048 * MB, seconds=60)
    assert tagged.returncode == 0, tagged
    assert_within(tagged, len(article), CONTRACT["tag"])


def test_one_long_line():
    article = ("Warga Bekasi mengungsi karena banjir. " * 130_000).encode() + b"\n"
    outcome = run(["check", "--json", "-"], stdin=article, rss_cap=2048 * MB, seconds=60)
    assert outcome.returncode in (0, 1), outcome
    assert_within(outcome, len(article), CONTRACT["check"])


def test_html_pages():
    pages = [open(os.path.join(redaksi_tap.source_path("links"), name), "rb").read()
             for name in sorted(os.listdir(redaksi_tap.source_path("links")))
             if name.endswith(".html")]
    page = b"<html><body>" + b"".join(b"<div>" + p + b"</div>\n" for p in pages * 4) + b"</body></html>"
    for command, contract in (("check", CONTRACT["check"]), ("clean", CONTRACT["clean --html"])):
        outcome = run([command, "--html", "--json", "-"] if command == "check" else
                      [command, "--html", "-"], stdin=page, rss_cap=2048 * MB, seconds=60)
        assert outcome.returncode in (0, 1), outcome
        assert_within(outcome, len(page), contract)


# The server, in one run: every abuse at once, and small requests go on.
class Server:
    def __init__(self, *args):
        def limit_fds():
            resource.setrlimit(resource.RLIMIT_NOFILE, (1024, 1024))

        self.proc = subprocess.Popen([TOOL, "serve", "--port", "0", *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     preexec_fn=limit_fds)
        line = self.proc.stdout.readline().decode()
        assert "listening on http://127.0.0.1:" in line, line
        self.port = int(line.strip().rstrip("/").rsplit(":", 1)[1])
        self.peak_rss = 0
        self.running = True
        self.watch = threading.Thread(target=self._watch_rss, daemon=True)
        self.watch.start()

    def _watch_rss(self):
        while self.running:
            self.peak_rss = max(self.peak_rss, _rss_of(self.proc.pid))
            time.sleep(0.01)

    def stop(self):
        self.running = False
        self.proc.terminate()
        assert self.proc.wait(timeout=60) == 0


def http(port, head, body=b"", deadline=30):
    """Status of one request on its own connection; (status, seconds)."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=deadline) as sock:
        sock.sendall(head + b"\r\n\r\n" + body)
        answer = b""
        while b"\r\n" not in answer:
            chunk = sock.recv(4096)
            if not chunk:
                break
            answer += chunk
    return int(answer.split()[1]), time.monotonic() - started


def post(port, path, body):
    head = (b"POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d" % (path.encode(), len(body)))
    return http(port, head, body, deadline=120)


def chunked_gigabyte(port):
    """Sends up to 1 GiB in chunks until the server answers; its status."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"%x\r\n%s\r\n" % (1 << 20, b"a" * (1 << 20))
        sock.setblocking(False)
        answer = b""
        sent = 0
        try:
            while not answer and sent < 1024 * len(chunk):
                try:
                    answer += sock.recv(4096)
                except BlockingIOError:
                    pass
                try:
                    sent += sock.send(chunk[sent % len(chunk):])
                except BlockingIOError:
                    time.sleep(0.001)
            sock.settimeout(30)
            while b"\r\n" not in answer:
                more = sock.recv(4096)
                if not more:
                    break
                answer += more
        except (BrokenPipeError, ConnectionResetError):
            pass   # the server closes once it has answered
    assert answer, "no answer to %d bytes" % sent
    return int(answer.split()[1])


def test_server_survives_every_abuse_in_one_run():
    server = Server("--max-body", str(16 * MB), "--jobs", "2")
    small = json.dumps({"text": "JAKARTA - Hujan turun. \"Kami siap,\" kata Rina."}).encode()
    small_answers = []

    def keep_asking():
        while server.running:
            small_answers.append(post(server.port, "/v1/check", small))
            time.sleep(0.05)

    asker = threading.Thread(target=keep_asking, daemon=True)
    asker.start()
    try:
        for _ in range(5000):
            status, _ = http(server.port, b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1")
            assert status == 200
        assert chunked_gigabyte(server.port) == 413
        quotes = json.dumps({"text": '"' * 1_000_000}).encode()
        assert post(server.port, "/v1/quotes", quotes)[0] == 200
        divs = json.dumps({"html": "<html><body>" + "<div><p>" * 20_000 + "Banjir."}).encode()
        assert post(server.port, "/v1/check", divs)[0] in (200, 400)
    finally:
        server.running = False
        asker.join(timeout=130)
        server.stop()
    print("# peak RSS %.1f MB; %d small requests, slowest %.2f s"
          % (server.peak_rss / MB, len(small_answers), max(t for _, t in small_answers)))
    assert server.peak_rss < 300 * MB * SLACK, server.peak_rss
    assert len(small_answers) >= 10 and all(status == 200 for status, _ in small_answers)


redaksi_tap.run(dict(globals()))
