#!/usr/bin/python3
"""Load test of `redaksi serve` on loopback with wrk.

Starts the server on 127.0.0.1 and a free port, then runs wrk RUNS times
for SECONDS each (24 s in all by default, never more than 30 s) with 64
concurrent connections POSTing a 5 KB article of the project's own to
/v1/check. Fails when a request fails (non-2xx, socket error, timeout) or
when the server's resident memory grows from the first run to the last
by more than GROWTH_LIMIT_KB; prints requests/s, p50 and p99 latency
and the memory after each run.

    bench_serve.py [--runs 3] [--seconds 8] [--connections 64] [--path /v1/check]

Run it with `meson test -C build --benchmark --suite bench serve-load`.
"""
import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "batch"))
import make_articles  # noqa: E402

# Nothing is lost per request; the server closes keep-alive connections
# that wrk closes between runs (libsoup 3.2 alone would keep them).
GROWTH_LIMIT_KB = 4096
MAX_TOTAL_SECONDS = 27  # with the 3 s warm-up, 30 s of load at most

LUA = """
local f = io.open("%s", "rb")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
"""


def rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS for %d" % pid)


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def parse_wrk(output):
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
              "requests": int(re.search(r"(\d+) requests in", output).group(1)),
              "non2xx": 0, "socket_errors": 0}
    for name, pct in (("p50", "50"), ("p99", "99")):
        match = re.search(r"^\s+%s%%\s+([\d.]+)(us|ms|s)\s*$" % pct, output, re.M)
        result[name] = to_ms(*match.groups())
    match = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if match:
        result["non2xx"] = int(match.group(1))
    match = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if match:
        result["socket_errors"] = sum(int(n) for n in match.groups())
    return result


def start_server(tool, log):
    proc = subprocess.Popen([tool, "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=log)
    line = proc.stdout.readline().decode()
    if "listening on" not in line:
        raise RuntimeError("redaksi serve did not start: %r" % line)
    return proc, line.split("listening on ")[1].strip().rstrip("/")


def run_wrk(url, script, args, seconds):
    cmd = ["wrk", "-t2", "-c%d" % args.connections, "-d%ds" % seconds, "--latency",
           "--timeout", "5s", "-s", script, url + args.path]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 30)
    if proc.returncode != 0:
        raise RuntimeError("wrk failed: %s" % proc.stderr)
    return parse_wrk(proc.stdout)


def bench(args, tool, work):
    article = make_articles.article(4242, 5000)
    body = os.path.join(work, "artikel-5kb.json")
    with open(body, "w", encoding="utf-8") as f:
        json.dump({"id": "beban", "text": article}, f, ensure_ascii=False)
    script = os.path.join(work, "post.lua")
    with open(script, "w") as f:
        f.write(LUA % body)
    log = open(os.path.join(work, "access.log"), "wb")
    server, url = start_server(tool, log)
    failures = []
    try:
        run_wrk(url, script, args, 3)   # warm up: threads, caches, arenas
        print("# article: %d bytes of text, %d bytes of request body, %d connections"
              % (len(article.encode()), os.path.getsize(body), args.connections))
        memory = []
        for run in range(1, args.runs + 1):
            result = run_wrk(url, script, args, args.seconds)
            memory.append(rss_kb(server.pid))
            print("# run %d: %d requests, %.0f requests/s, p50 %.2f ms, p99 %.2f ms, "
                  "non-2xx %d, socket errors %d, server RSS %d KB"
                  % (run, result["requests"], result["rps"], result["p50"], result["p99"],
                     result["non2xx"], result["socket_errors"], memory[-1]))
            if result["non2xx"] or result["socket_errors"]:
                failures.append("run %d: failed requests" % run)
        growth = memory[-1] - memory[0]
        print("# memory from run 1 to run %d: %+d KB (limit %d KB)" % (args.runs, growth, GROWTH_LIMIT_KB))
        if growth > GROWTH_LIMIT_KB:
            failures.append("memory grew by %d KB" % growth)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        log.close()
    with open(os.path.join(work, "access.log"), "rb") as f:
        print("# access log: %d lines" % sum(1 for _ in f))
    return failures


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--path", default="/v1/check")
    args = parser.parse_args(argv[1:])
    if args.runs * args.seconds > MAX_TOTAL_SECONDS:
        parser.error("runs × seconds must stay within %d s" % MAX_TOTAL_SECONDS)
    if shutil.which("wrk") is None:
        print("1..0 # SKIP wrk is not installed")
        return 0
    tool = os.environ.get("REDAKSI_TOOL") or os.path.join(os.getcwd(), "tools", "redaksi")
    work = tempfile.mkdtemp(prefix="redaksi-load-")
    try:
        started = time.monotonic()
        failures = bench(args, tool, work)
        print("# %.1f s in all" % (time.monotonic() - started))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("1..1")
    print(("not ok 1 serve-load # " + "; ".join(failures)) if failures else "ok 1 serve-load")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
