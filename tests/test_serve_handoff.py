"""`redaksi serve` hands a finished request back to its main loop without
making the threads wait on each other's locks: counted with strace as the
futex calls (a thread put to sleep on a lock, or woken from one) of the
whole server over 300 keep-alive requests from 8 clients on loopback.

The answer went back through g_main_context_invoke(), which takes the
main context's lock that the main loop holds while it dispatches: 8 to 9
futex calls a request. Through one queue and one eventfd, 1.5 to 4."""
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch"))
import make_articles  # noqa: E402
from redaksi_tap import Skip, run  # noqa: E402

TOOL = os.environ["REDAKSI_TOOL"]
REQUESTS = 300
CLIENTS = 8
FUTEX_PER_REQUEST = 6


def start_server():
    proc = subprocess.Popen([TOOL, "serve", "--port", "0"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    line = proc.stdout.readline().decode()
    assert "listening on" in line, line
    port = int(re.search(r":(\d+)/?$", line.strip()).group(1))
    return proc, port


def post_all(port, body, count, clients):
    left, failures, lock = [count], [], threading.Lock()

    def client():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                if left[0] == 0:
                    break
                left[0] -= 1
            conn.request("POST", "/v1/check", body, {"Content-Type": "application/json"})
            answer = conn.getresponse()
            data = answer.read()
            if answer.status != 200 or b'"entities"' not in data:
                failures.append(answer.status)
        conn.close()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures, failures


def futex_calls(summary):
    match = re.search(r"^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?futex$", summary, re.M)
    return int(match.group(1)) if match else 0


def test_answers_come_back_without_lock_waits():
    strace = shutil.which("strace")
    if strace is None:
        raise Skip("strace is not installed")
    body = json.dumps({"text": make_articles.article(11, 7000)}).encode()
    work = tempfile.mkdtemp(prefix="redaksi-handoff-")
    server, port = start_server()
    try:
        post_all(port, body, 20, CLIENTS)   # threads, caches and arenas made
        out = os.path.join(work, "strace.txt")
        tracer = subprocess.Popen([strace, "-f", "-c", "-o", out, "-p", str(server.pid)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(1.0)
        if tracer.poll() is not None:
            raise Skip("strace cannot attach here: %s" % tracer.stderr.read().decode().strip())
        post_all(port, body, REQUESTS, CLIENTS)
        tracer.send_signal(signal.SIGINT)
        tracer.wait(timeout=60)
        with open(out) as f:
            summary = f.read()
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    per_request = futex_calls(summary) / REQUESTS
    print("# %.2f futex calls a request (limit %d)" % (per_request, FUTEX_PER_REQUEST))
    assert per_request <= FUTEX_PER_REQUEST, summary


run(dict(globals()))
