#!/usr/bin/python3
"""Start-up, per-article and serve figures for one 1,000-word article.

The article is real news text from ../shared: the seed article and then
the related-links fixtures' articles, paragraph by paragraph, until it
has 1,000 words. Three figures, each printed for this build and, when
REDAKSI_BASELINE_BUILD names another build directory (one with
tools/redaksi and plugin/libredaksi-1.so.0), for that build in the same
run, the two taking turns:

  whole process   `redaksi check --json ARTICLE` started RUNS times:
                  median wall and CPU (user + system) milliseconds and
                  minor page faults, and `redaksi --version` as often:
                  the start-up alone (loading the libraries), what no
                  article can go under; in a user's environment, without
                  the test harness's G_DEBUG and library path
  in process      tests/bench-startup: per article p50 and p99 of the
                  document, every analysis and the JSON, in one process
  serve           `redaksi serve` answering /v1/check with the article
                  to wrk (64 connections, loopback only): requests/s,
                  p50 and p99; skipped when wrk is not installed

    bench_startup.py [--runs 30] [--seconds 8] [--connections 64]

Run it with `meson test -C build --benchmark bench-startup`. It fails
only when a command fails, not on a figure: the machine may be busy.
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

WORDS = 1000
LUA = """
local f = io.open("%s", "rb")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
"""

tap_count = 0


def tap(ok, description):
    global tap_count
    tap_count += 1
    print("%s %d - %s" % ("ok" if ok else "not ok", tap_count, description), flush=True)
    return ok


def note(text):
    for line in text.splitlines():
        print("# " + line, flush=True)


def compose_article(shared):
    """Paragraphs of real articles until WORDS words, or None."""
    seed = os.path.join(shared, "seed", "bisnis-g20-2023.txt")
    fixtures = os.path.join(shared, "data", "related-links",
                            "anpandu-indonesian-news-scraper-fixtures", "articles.jsonl")
    if not (os.path.exists(seed) and os.path.exists(fixtures)):
        return None
    with open(seed, encoding="utf-8") as f:
        paragraphs = f.read().split("\n")
    with open(fixtures, encoding="utf-8") as f:
        for line in f:
            paragraphs += json.loads(line).get("text", "").split("\n")
    kept, words = [], 0
    for paragraph in paragraphs:
        if paragraph.strip():
            kept.append(paragraph)
            words += len(paragraph.split())
            if words >= WORDS:
                return "\n\n".join(kept) + "\n"
    return None


class Build:
    def __init__(self, name, tool, libdir):
        self.name, self.tool, self.libdir = name, tool, libdir

    def env(self):
        env = user_environment()
        if self.libdir:
            # Its own folder alone: one more folder for the loader to
            # search each library in would count against it.
            env["LD_LIBRARY_PATH"] = self.libdir
        return env


# What the test harness sets for correctness and a user's shell does not:
# G_DEBUG=gc-friendly clears memory GLib frees (2.5 % of `check`'s
# instructions), and a library path makes the loader search one more
# folder for every library. The tools find their own library through
# their run path.
HARNESS_ONLY = ("G_DEBUG", "G_SLICE", "MALLOC_CHECK_", "MALLOC_PERTURB_", "LD_LIBRARY_PATH")


def user_environment():
    return {k: v for k, v in os.environ.items() if k not in HARNESS_ONLY}


def builds():
    found = [Build("this build", os.environ["REDAKSI_TOOL"], None)]
    base = os.environ.get("REDAKSI_BASELINE_BUILD")
    if base:
        found.append(Build("baseline", os.path.join(base, "tools", "redaksi"),
                           os.path.join(base, "plugin")))
    return found


def median(values):
    values = sorted(values)
    return values[len(values) // 2]


def run_process(build, args):
    """Wall and CPU seconds and minor page faults of one run of the command,
    or None when it failed. On this kind of machine a fault costs a few
    microseconds: what a process touches weighs as much as what it runs."""
    start = time.perf_counter()
    proc = subprocess.Popen([build.tool] + args, env=user_environment(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        return None
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_minflt


def bench_whole_process(found, article, runs):
    commands = {"check --json, 1,000 words": ["check", "--json", article],
                "--version (start-up alone)": ["--version"]}
    times = {(b.name, c): [] for b in found for c in commands}
    for _ in range(runs + 2):
        for build in found:  # turns, so a busy moment hits both
            for command, args in commands.items():
                result = run_process(build, args)
                if result is None:
                    return tap(False, "whole process: %s %s failed" % (build.name, command))
                times[(build.name, command)].append(result)
    for command in commands:
        for build in found:
            kept = times[(build.name, command)][2:]
            note("whole process, %s: %s: median wall %.1f ms, cpu %.1f ms, %d minor faults (%d runs)"
                 % (build.name, command, median([w for w, _, _ in kept]) * 1e3,
                    median([c for _, c, _ in kept]) * 1e3, median([f for _, _, f in kept]), runs))
    return tap(True, "whole process")


def bench_in_process(found, article, helper):
    for build in found:
        out = subprocess.run([helper, article], env=build.env(), capture_output=True,
                             text=True, timeout=120)
        if out.returncode != 0:
            return tap(False, "in process, %s: %s" % (build.name, out.stderr.strip()))
        note("in process, %s: %s" % (build.name, out.stdout.strip()))
    return tap(True, "in process")


def start_server(build):
    proc = subprocess.Popen([build.tool, "serve", "--port", "0"], env=build.env(),
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    line = proc.stdout.readline().decode()
    if "listening on" not in line:
        proc.kill()
        proc.wait()
        raise RuntimeError("redaksi serve did not start: %r" % line)
    return proc, line.split("listening on ")[1].strip().rstrip("/")


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(url, script, seconds, connections):
    out = subprocess.run(["wrk", "-t2", "-c%d" % connections, "-d%ds" % seconds, "--latency",
                          "-s", script, url + "/v1/check"],
                         capture_output=True, text=True, timeout=seconds + 30).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = to_ms(*re.search(r"^\s+50%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups())
    p99 = to_ms(*re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups())
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)|Socket errors", out)
    return rps, p50, p99, errors is None


def bench_serve(found, article, seconds, connections):
    if shutil.which("wrk") is None:
        print("ok %d - serve # SKIP wrk is not installed" % (tap_count + 1))
        return True
    with open(article, encoding="utf-8") as f:
        body = json.dumps({"text": f.read()})
    with tempfile.TemporaryDirectory() as tmp:
        body_path, script = os.path.join(tmp, "body.json"), os.path.join(tmp, "post.lua")
        with open(body_path, "w", encoding="utf-8") as f:
            f.write(body)
        with open(script, "w") as f:
            f.write(LUA % body_path)
        for build in found:
            proc, url = start_server(build)
            try:
                run_wrk(url, script, 2, connections)  # warm-up
                rps, p50, p99, clean = run_wrk(url, script, seconds, connections)
            finally:
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=10)
            if not clean:
                return tap(False, "serve, %s: failed requests" % build.name)
            note("serve, %s: /v1/check, 1,000 words, %d connections: %.0f requests/s, p50 %.1f ms, p99 %.1f ms"
                 % (build.name, connections, rps, p50, p99))
    return tap(True, "serve")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=64)
    args = parser.parse_args()
    args.runs = max(5, min(args.runs, 200))
    args.seconds = max(1, min(args.seconds, 20))

    text = compose_article(os.environ.get("REDAKSI_SHARED_DIR", ""))
    if text is None:
        print("1..0 # SKIP shared data not present (seed article and related-links fixtures)")
        return 0
    helper = os.path.join(os.environ["G_TEST_BUILDDIR"], "bench-startup")
    found = builds()
    print("1..3", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        article = os.path.join(tmp, "article.txt")
        with open(article, "w", encoding="utf-8") as f:
            f.write(text)
        ok = bench_whole_process(found, article, args.runs)
        ok = bench_in_process(found, article, helper) and ok
        ok = bench_serve(found, article, args.seconds, args.connections) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
