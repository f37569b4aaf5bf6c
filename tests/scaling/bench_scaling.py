#!/usr/bin/python3
"""How every `redaksi` command scales with its input, run as a user runs it.

    bench_scaling.py [--sizes 1,10,100] [--runs N] [--only NAMES] [--no-adversarial]

Articles are generated from the fixtures in the tree and ../shared (the
seed article, the related-link corpus's texts and pages) plus the
synthetic articles of tests/batch/make_articles.py, into a temporary
folder that is removed afterwards. Each command runs as a whole process
(start-up included) under /usr/bin/time, which gives its peak RSS
without counting this script. Per size it prints seconds, seconds per
MB, MB/s and peak RSS per input byte above start-up (the peak on a tiny
input); then the ratios the targets are stated in:

  - per-MB time at the largest size at most 1.5x that at 1 MB (the
    start-up time, measured on a tiny input, taken off both);
    the HTML inputs compare like with like: every size is the shared
    corpus's real pages (2.3 MB, which can be used only once) followed
    by that many MB of generated pages, and the per-MB time is taken
    over the generated part, with the time of the real pages alone
    (start-up included) taken off, as the start-up is for the others;
  - peak RSS above start-up at most 12 bytes per input byte for
    `check --json`, 3 for `clean` (text);
  - `batch` peak RSS bounded by its window: no growth with the archive;
  - `batch --jobs 2` at least 1.8x as fast as `--jobs 1` in wall time,
    the median of 7 pairs run in turns on the 10 MB archive, printed
    beside its peer in the same turns, two `--jobs 1` processes on the
    archive's halves at once, and --jobs 2's speed over the peer's
    turn by turn (only on a machine with two free cores:
    the figure is printed with the CPU time of both either way, and
    fails only with REDAKSI_SCALING_STRICT=1);
  - `clean` at least 300 MB/s end to end and 2x a naive Python regex
    line filter in the same run;
  - the adversarial inputs (100,000 "Baca juga" markers, 1,000,000 quote
    marks, one 50 MB line, 100,000 entities) cost at most 1.5x per byte
    what their half-size version costs.

Times are whole-process wall and CPU (user + system) seconds; the
verdicts read CPU time unless REDAKSI_SCALING_CLOCK=wall, since on a
shared machine the wall time of a one-thread command is mostly its wait
for a core. The default sizes are 1 and 10 MB with the adversarial inputs at a fifth
of the issue's scale; REDAKSI_SCALING_SIZES=1,10,100 (or --sizes) runs the
full scale.

The tagger's peer is NLTK's averaged perceptron (Debian's python3-nltk,
which tools/setup.sh installs): its pretrained model needs nltk_data,
which is not at hand, so a script under /usr/bin/python3 trains
`PerceptronTagger(load=False)` on idner-news-2k's train.txt (PER/ORG/LOC
labels, 5 iterations), then tags the same text input `tag --json` had at
10 MB (or the largest size below it), a line at a time, split by a
regex into words. It prints both commands' tokens per CPU second, NLTK's
for its tagging alone (without start-up and training) and for the whole
process, and the ratio, redaksi's whole process against NLTK's tagging
alone (target >= 15x). Without NLTK that peer is skipped with a message.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

MB = 1_000_000
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(HERE, "..", "batch"))
import make_articles  # noqa: E402

TOOL = os.environ.get("REDAKSI_TOOL")
SHARED = os.environ.get("REDAKSI_SHARED_DIR", os.path.join(SOURCE_ROOT, "..", "shared"))
RELATED = os.path.join(SHARED, "data", "related-links",
                       "anpandu-indonesian-news-scraper-fixtures", "articles.jsonl")
TIME_LIMIT = float(os.environ.get("REDAKSI_SCALING_TIMEOUT", "600"))
AS_LIMIT = int(os.environ.get("REDAKSI_SCALING_AS_LIMIT", str(6 * 1024 ** 3)))

# Which time the verdicts read: "cpu" (user + system, the default) or
# "wall". On a shared machine the wall time of a single-threaded command
# is mostly its wait for a core; both are printed.
CLOCK = os.environ.get("REDAKSI_SCALING_CLOCK", "cpu")

LINEAR = 1.5
MEMORY = {"check --json": 12, "clean": 3}
CLEAN_MB_S = 300
CLEAN_VS_FILTER = 2
BATCH_SPEEDUP = 1.8
BATCH_PAIRS = 7
TAG_VS_NLTK = 15
IDNER_TRAIN = os.path.join(SHARED, "data", "ner", "idner-news-2k", "train.txt")

failures = []


def say(line=""):
    print(line, flush=True)


def fail(message):
    failures.append(message)
    say("FAIL: " + message)


# -- Inputs -----------------------------------------------------------------

def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def text_pieces():
    """Articles as plain text: fixtures, the shared corpus, generated ones."""
    pieces = [read(os.path.join(SOURCE_ROOT, "data", "examples", "banjir-bekasi.txt")),
              read(os.path.join(SHARED, "seed", "bisnis-g20-2023.txt"))]
    links = os.path.join(SOURCE_ROOT, "tests", "links")
    pieces += [read(os.path.join(links, name)) for name in sorted(os.listdir(links))
               if name.endswith(".txt") and not name.endswith(".expected.txt")]
    with open(RELATED, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    pieces += [r["text"] for r in records if r.get("text")]
    pieces += [make_articles.article(i) for i in range(300)]
    return [p.strip("\n") + "\n" for p in pieces], records


def html_pieces(records):
    """Whole news pages from the shared corpus, then generated articles.
    The pages are used once: each leaves elements open, and repeated
    they would nest past the HTML depth limit, as no real page does.
    So every HTML input starts with all of them, and its size counts
    only the generated pages after them (see fill_html())."""
    pages = [r["html"] for r in records if r.get("html")]
    return pages, [make_articles.html_article(i) for i in range(300)]


def fill(path, pieces, size, separator="\n", once=()):
    """Writes @once, then @pieces round and round, into @path until it
    holds @size bytes (whole pieces: it may end a little past it)."""
    written = 0
    i = 0
    with open(path, "w", encoding="utf-8") as f:
        for piece in once:
            if written >= size:
                break
            f.write(piece + separator)
            written += len((piece + separator).encode())
        while written < size:
            chunk = pieces[i % len(pieces)] + separator
            f.write(chunk)
            written += len(chunk.encode())
            i += 1
    return os.path.getsize(path)


def fill_html(path, pages, articles, size):
    """Writes the real @pages, then @size bytes of generated @articles:
    every size the same mix, so that per-MB times compare the same work.
    Returns the bytes after the pages, which the per-MB time is taken
    over (the pages' own time is the base taken off)."""
    head = sum(len((page + "\n").encode()) for page in pages)
    return fill(path, articles, head + size, once=pages) - head


def fill_jsonl(path, pieces, size):
    written = 0
    i = 0
    with open(path, "w", encoding="utf-8") as f:
        while written < size:
            line = json.dumps({"id": i, "text": pieces[i % len(pieces)]}, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode())
            i += 1
    return os.path.getsize(path)


def write_lines(path, make, count):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(count):
            f.write(make(i))
    return os.path.getsize(path)


SENTENCE = "Warga Bekasi mengungsi karena banjir merendam rumah mereka sejak Senin malam. "
FIRST = ["Budi", "Ani", "Rina", "Agus", "Dewi", "Hendra", "Siti", "Made", "Yohanes", "Sri"]


def adversarial(folder, scale):
    """The issue's hostile inputs at @scale (1 = the issue's sizes), each
    with its half-size twin: (name, command, path, half_path)."""
    syllables = ["ba", "di", "ko", "ma", "ni", "ra", "su", "to", "wi", "ya"]

    def name_of(i):
        """A distinct person name for every @i: a given name and a surname
        spelled from i's digits."""
        surname = "".join(syllables[int(d)] for d in str(i))
        return "%s %s" % (FIRST[i % 10], surname.capitalize())

    makers = {
        "markers": (["clean", "check --json"], lambda n: write_lines_count(
            n, lambda i: "Baca juga: Banjir di Bekasi %d\nWarga mengungsi ke balai desa.\n" % i),
            int(100_000 * scale)),
        "quote-marks": (["quotes --json"], lambda n: "Ia berkata " + 'ya" dan "' * (n // 2) + "\n",
                        int(1_000_000 * scale)),
        "long-line": (["check --json"], lambda n: SENTENCE * (n // len(SENTENCE)) + "\n",
                      int(50 * MB * scale)),
        "entities": (["tag --json", "check --json"], lambda n: "".join(
            "Gubernur %s bertemu Menteri %s di Kota Bekasi. %s menilai banjir surut.\n"
            % (name_of(i), name_of(n + i), name_of(i).split()[1]) for i in range(n // 3)),
            int(100_000 * scale)),
    }
    cases = []
    for name, (commands, make, count) in makers.items():
        paths = []
        for part, n in (("full", count), ("half", count // 2)):
            path = os.path.join(folder, "%s-%s.txt" % (name, part))
            with open(path, "w", encoding="utf-8") as f:
                f.write(make(n))
            paths.append(path)
        for command in commands:
            cases.append((name, command, paths[0], paths[1]))
    return cases


def write_lines_count(n, make):
    return "".join(make(i) for i in range(n))


# -- Running ----------------------------------------------------------------

def limit_memory():
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (AS_LIMIT, AS_LIMIT))


class Run:
    """Wall and CPU (user + system) seconds and peak RSS of a command."""

    def __init__(self, wall, cpu, peak):
        self.wall = wall
        self.cpu = cpu
        self.peak = peak

    def seconds(self):
        return self.cpu if CLOCK == "cpu" else self.wall


def measure(argv, out=os.devnull):
    """One whole run of @argv: a Run, or None and the reason."""
    with tempfile.NamedTemporaryFile("r") as report, open(out, "wb") as sink, \
         tempfile.TemporaryFile() as errors:
        start = time.monotonic()
        # /usr/bin/time forks the command from a small process, so its
        # peak is the command's own; wait4() on it gives the CPU time of
        # both in microseconds (time's own is in hundredths).
        process = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", report.name, *argv],
                                   stdout=sink, stderr=errors, preexec_fn=limit_memory,
                                   start_new_session=True)
        # Waited for without polling: a poll every few milliseconds takes
        # time slices from a command that keeps both cores busy (batch
        # --jobs 2), and not from one that leaves a core free.
        timed_out = threading.Event()

        def stop():
            timed_out.set()
            os.killpg(process.pid, 9)

        timer = threading.Timer(TIME_LIMIT, stop)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        if timed_out.is_set():
            return None, "timed out after %.0f s" % TIME_LIMIT
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - start
        fields = report.read().split()
        if process.returncode not in (0, 1) or not fields:
            errors.seek(0)
            return None, "exit %d: %s" % (process.returncode,
                                          errors.read().decode(errors="replace")[-200:].strip())
        return Run(wall, usage.ru_utime + usage.ru_stime, int(fields[-1]) * 1024), None


# The kernel may account CPU time in ticks (4 ms at 250 Hz): a command
# that takes a few milliseconds (start-up, `clean` on 1 MB) reads as 0,
# 4 or 8 ms. Such commands run until they have used this much CPU time,
# and their CPU time is the mean, which the ticks do not bias.
SHORT_CPU = 0.2
ENOUGH_CPU = 1.0
MAX_RUNS = 100


def median_run(argv, runs, out=os.devnull):
    """The median wall and CPU times of @runs runs (for a short command
    the mean CPU time of as many runs as make ENOUGH_CPU), and the
    largest peak."""
    results = []
    for _ in range(runs):
        run, error = measure(argv, out)
        if error:
            return None, error
        results.append(run)
    cpu = statistics.median(r.cpu for r in results)
    if cpu < SHORT_CPU:
        while sum(r.cpu for r in results) < ENOUGH_CPU and len(results) < MAX_RUNS:
            run, error = measure(argv, out)
            if error:
                return None, error
            results.append(run)
        cpu = statistics.mean(r.cpu for r in results)
    return Run(statistics.median(r.wall for r in results), cpu,
               max(r.peak for r in results)), None


COMMANDS = {
    "check --json": lambda path, folder: ["check", "--json", path],
    "tag --json": lambda path, folder: ["tag", "--json", path],
    "quotes --json": lambda path, folder: ["quotes", "--json", path],
    "clean": lambda path, folder: ["clean", path],
    "clean --html": lambda path, folder: ["clean", "--html", path],
    "batch --jobs 1": lambda path, folder: ["batch", "--jobs", "1", path, "-o",
                                            os.path.join(folder, "out.jsonl")],
    "batch --jobs 2": lambda path, folder: ["batch", "--jobs", "2", path, "-o",
                                            os.path.join(folder, "out.jsonl")],
}


def input_of(name, inputs, size):
    if name.startswith("batch"):
        return inputs["jsonl"][size]
    if "--html" in name:
        return inputs["html"][size]
    return inputs["text"][size]


def runs_for(size, runs):
    return runs if size <= 10 else 1


def bench_command(name, inputs, sizes, folder, runs, base):
    """One line per size, then the linearity and memory verdicts."""
    rows = {}
    for size in sizes:
        path, n = input_of(name, inputs, size)
        run, error = median_run([TOOL, *COMMANDS[name](path, folder)], runs_for(size, runs))
        if error:
            fail("%s on %d MB: %s" % (name, size, error))
            return rows
        seconds = run.seconds()
        net = max(seconds - base[0], 1e-6)
        per_mb = net / (n / MB)
        above = max(run.peak - base[1], 0) / n
        rows[size] = (n, seconds, per_mb, above, run.peak, run.wall)
        say("%-15s %4d MB  wall %8.3f s  cpu %8.3f s  %8.4f s/MB  %8.1f MB/s  peak %7.1f MB  %6.2f B/B"
            % (name, size, run.wall, run.cpu, per_mb,
               os.path.getsize(path) / MB / max(seconds, 1e-6),
               run.peak / 2 ** 20, above))
    if len(rows) == len(sizes) and len(sizes) > 1:
        small, large = rows[sizes[0]], rows[sizes[-1]]
        ratio = large[2] / small[2]
        say("%-15s per-MB time %d MB / %d MB: %.2fx (target <= %.1fx)"
            % (name, sizes[-1], sizes[0], ratio, LINEAR))
        if ratio > LINEAR and not name.startswith("batch"):
            fail("%s: per-MB time grows %.2fx from %d MB to %d MB"
                 % (name, ratio, sizes[0], sizes[-1]))
    if name in MEMORY and sizes[-1] in rows and rows[sizes[-1]][3] > MEMORY[name]:
        fail("%s: %.2f bytes of peak RSS per input byte at %d MB (target <= %d)"
             % (name, rows[sizes[-1]][3], sizes[-1], MEMORY[name]))
    return rows


def check_batch(results, sizes):
    one, two = results.get("batch --jobs 1", {}), results.get("batch --jobs 2", {})
    largest = sizes[-1]
    for name, rows in (("batch --jobs 1", one), ("batch --jobs 2", two)):
        if sizes[0] in rows and largest in rows and largest != sizes[0]:
            growth = rows[largest][4] - rows[sizes[0]][4]
            say("%-15s peak RSS %d MB archive - %d MB archive: %+.1f MB (target: bounded by the window)"
                % (name, largest, sizes[0], growth / 2 ** 20))
            if growth > 16 * 2 ** 20:
                fail("%s: peak RSS grows %.1f MB with the archive" % (name, growth / 2 ** 20))
    if largest in one and largest in two:
        # Wall time: two workers only help when two cores are free.
        speedup = one[largest][5] / two[largest][5]
        say("batch --jobs 2 vs --jobs 1 at %d MB: %.2fx faster in wall time (one run each); CPU time %.2fx"
            " that of --jobs 1" % (largest, speedup, two[largest][1] / one[largest][1]))


def split_archive(archive, folder):
    """@archive's records in two halves, as two files."""
    with open(archive, "rb") as f:
        lines = f.readlines()
    halves = []
    for k, part in enumerate((lines[:len(lines) // 2], lines[len(lines) // 2:])):
        path = os.path.join(folder, "half-%d.jsonl" % k)
        with open(path, "wb") as f:
            f.writelines(part)
        halves.append(path)
    return halves


def two_processes(halves, folder):
    """Wall and CPU seconds of two `batch --jobs 1` processes, one on each
    half, started together: what two cores give two jobs that share
    nothing (no memory, no lock), the ceiling of --jobs 2 on this
    machine. None when one fails."""
    start = time.monotonic()
    procs = [subprocess.Popen([TOOL, "batch", "--jobs", "1", half, "-o",
                               os.path.join(folder, "out-%d.jsonl" % k)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              preexec_fn=limit_memory)
             for k, half in enumerate(halves)]
    cpu, codes = 0.0, []
    for proc in procs:
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        codes.append(proc.returncode)
        cpu += usage.ru_utime + usage.ru_stime
    return (time.monotonic() - start, cpu) if codes == [0, 0] else None


def check_batch_paired(archive, size, folder, pairs):
    """`batch --jobs 1` and `--jobs 2` on @archive in turns, @pairs times:
    the median of each pair's wall-time ratio. One run of each lets a
    busy moment of the other guest decide (1.67x and 1.94x on one machine
    the same hour); turns give both the same moments. Each turn also
    runs two --jobs 1 processes on the archive's halves at once, the
    peer that shows what this machine's two cores give."""
    ratios, cpus, ceilings, ceiling_cpus, against_peer = [], [], [], [], []
    halves = split_archive(archive, folder)
    for _ in range(pairs):
        runs = {}
        for jobs in ("1", "2"):
            run, error = measure([TOOL, *COMMANDS["batch --jobs " + jobs](archive, folder)])
            if error:
                fail("batch --jobs %s: %s" % (jobs, error))
                return
            runs[jobs] = run
        ratios.append(runs["1"].wall / runs["2"].wall)
        cpus.append(runs["2"].cpu / runs["1"].cpu)
        two = two_processes(halves, folder)
        if two is None:
            fail("batch --jobs 1 on a half of the archive failed")
            return
        ceilings.append(runs["1"].wall / two[0])
        ceiling_cpus.append(two[1] / runs["1"].cpu)
        # The peer's wall time over --jobs 2's, turn by turn: the noise
        # both share (a busy moment of the other guests) drops out.
        against_peer.append(two[0] / runs["2"].wall)
    speedup = statistics.median(ratios)
    cores = len(os.sched_getaffinity(0))
    say("batch --jobs 2 vs --jobs 1 at %d MB, %d pairs in turns: median %.2fx faster in wall time"
        " (target >= %.1fx; %d cores, load %.2f; pairs %s); CPU time %.2fx that of --jobs 1"
        % (size, pairs, speedup, BATCH_SPEEDUP, cores, os.getloadavg()[0],
           " ".join("%.2f" % r for r in ratios), statistics.median(cpus)))
    say("two --jobs 1 processes on the halves at once (peer: the machine's two cores), same turns:"
        " median %.2fx --jobs 1 on the whole (%s); CPU time %.2fx that of --jobs 1"
        % (statistics.median(ceilings), " ".join("%.2f" % r for r in ceilings),
           statistics.median(ceiling_cpus)))
    say("--jobs 2 vs that peer, turn by turn: median %.2fx its speed (%s)"
        % (statistics.median(against_peer), " ".join("%.2f" % r for r in against_peer)))
    if speedup < BATCH_SPEEDUP and (cores >= 2 and os.environ.get("REDAKSI_SCALING_STRICT")):
        fail("batch --jobs 2 is only %.2fx --jobs 1" % speedup)


FILTER = r"""
import re, sys
marker = re.compile(r'^\s*(baca juga|lihat juga|simak juga|baca pula)\b', re.I)
out = sys.stdout
for line in sys.stdin:
    if not marker.match(line):
        out.write(line)
"""


def bench_clean_peers(path, n, runs, clean_rows, sizes):
    """The naive Python regex line filter, and `redaksi clean`, on one input."""
    argv = ["/bin/sh", "-c", 'exec /usr/bin/python3 -c "$0" < "$1"', FILTER, path]
    run, error = median_run(argv, runs)
    if error:
        fail("python filter: " + error)
        return
    seconds = run.seconds()
    size = sizes[-1]
    say("%-15s %4d MB  %8.3f s  %8.1f MB/s (peer: a naive Python regex line filter)"
        % ("python filter", size, seconds, n / MB / seconds))
    if size not in clean_rows:
        return
    clean_seconds = clean_rows[size][1]
    mb_s = n / MB / clean_seconds
    say("clean vs filter at %d MB: %.1f MB/s vs %.1f MB/s, %.2fx (targets >= %d MB/s, >= %dx)"
        % (size, mb_s, n / MB / seconds, seconds / clean_seconds, CLEAN_MB_S, CLEAN_VS_FILTER))
    if mb_s < CLEAN_MB_S:
        fail("clean: %.1f MB/s end to end at %d MB (target >= %d)" % (mb_s, size, CLEAN_MB_S))
    if seconds / clean_seconds < CLEAN_VS_FILTER:
        fail("clean: only %.2fx the Python filter" % (seconds / clean_seconds))


# The tagger's peer, as a whole process: train on idner, then tag the
# input a line at a time; prints its token count and the CPU seconds of
# the training and of the tagging.
NLTK_PEER = r"""
import random, re, sys, time
from nltk.tag.perceptron import PerceptronTagger

LABELS = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}
start = time.process_time()
sentences, sentence = [], []
with open(sys.argv[1], encoding="utf-8", errors="replace") as f:
    for line in f:
        cols = line.split()
        if cols:
            sentence.append((cols[0], cols[-1] if cols[-1] in LABELS else "O"))
        elif sentence:
            sentences.append(sentence)
            sentence = []
if sentence:
    sentences.append(sentence)
random.seed(7)
tagger = PerceptronTagger(load=False)
tagger.train(sentences, nr_iter=5)
trained = time.process_time()
word = re.compile(r"\w+(?:[-'.]\w+)*|[^\w\s]")
n_tokens = 0
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        words = word.findall(line)
        if words:
            tagger.tag(words)
            n_tokens += len(words)
print(n_tokens, trained - start, time.process_time() - trained)
"""


def nltk_missing():
    probe = subprocess.run(["/usr/bin/python3", "-c", "import nltk.tag.perceptron"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return probe.returncode != 0


def redaksi_tokens(path):
    """The token count of `redaksi check`'s summary line."""
    run = subprocess.run([TOOL, "check", path], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True, timeout=TIME_LIMIT)
    found = re.search(r"(\d+) tokens", run.stderr)
    return int(found.group(1)) if found else None


def bench_tag_peer(inputs, sizes, tag_rows, folder):
    """redaksi tag --json against NLTK's averaged perceptron, same text."""
    if nltk_missing():
        say("NLTK: python3-nltk is not installed (apt install python3-nltk); "
            "no NLTK peer in this run")
        return
    if not os.path.exists(IDNER_TRAIN):
        say("NLTK: %s is absent; no NLTK peer in this run" % IDNER_TRAIN)
        return
    size = max([s for s in sizes if s <= 10] or sizes[:1])
    path, n = inputs["text"][size]
    tokens = redaksi_tokens(path)
    if size in tag_rows and CLOCK == "cpu":
        tag_cpu = tag_rows[size][1]
    else:
        run, error = measure([TOOL, "tag", "--json", path])
        if error:
            fail("tag --json for the NLTK peer: " + error)
            return
        tag_cpu = run.cpu
    output = os.path.join(folder, "nltk.out")
    run, error = measure(["/usr/bin/python3", "-c", NLTK_PEER, IDNER_TRAIN, path], out=output)
    if error or tokens is None:
        fail("NLTK peer: %s" % (error or "no token count from redaksi check"))
        return
    nltk_tokens, train_cpu, tag_alone = read(output).split()
    nltk_tokens, train_cpu, tag_alone = int(nltk_tokens), float(train_cpu), float(tag_alone)
    ours = tokens / max(tag_cpu, 1e-6)
    theirs = nltk_tokens / max(tag_alone, 1e-6)
    say("%-15s %4d MB  %9d tokens  cpu %8.3f s  %10.0f tokens/s (whole process)"
        % ("tag --json", size, tokens, tag_cpu, ours))
    say("%-15s %4d MB  %9d tokens  cpu %8.3f s  %10.0f tokens/s tagging alone (%.3f s), "
        "%.0f tokens/s whole process with %.3f s of training"
        % ("NLTK perceptron", size, nltk_tokens, run.cpu, theirs, tag_alone,
           nltk_tokens / max(run.cpu, 1e-6), train_cpu))
    say("tag vs NLTK at %d MB: %.1fx its tagging alone, %.1fx its whole process "
        "(CPU time; target >= %dx)"
        % (size, ours / theirs, ours / (nltk_tokens / max(run.cpu, 1e-6)), TAG_VS_NLTK))
    if ours / theirs < TAG_VS_NLTK:
        fail("tag: %.1fx NLTK's averaged perceptron (target >= %dx)" % (ours / theirs, TAG_VS_NLTK))


def bench_adversarial(cases, runs, base_of):
    for name, command, full, half in cases:
        argv = command.split()
        results = []
        for path in (full, half):
            run, error = median_run([TOOL, *argv, path], runs)
            if error:
                fail("%s on %s: %s" % (command, os.path.basename(path), error))
                break
            results.append((os.path.getsize(path), run.seconds(), run.peak))
        if len(results) < 2:
            continue
        base = base_of(command)
        (n_full, t_full, p_full), (n_half, t_half, _) = results
        # Whole times: start-up only flatters the half-size run's cost.
        per_full = t_full / n_full
        per_half = t_half / n_half
        ratio = per_full / per_half
        say("%-12s %-14s %7.1f MB  %7.3f s (half: %.3f s)  per-byte ratio %.2fx  peak %.1f MB  %.2f B/B"
            % (name, command, n_full / MB, t_full, t_half, ratio, p_full / 2 ** 20,
               max(p_full - base[1], 0) / n_full))
        if ratio > LINEAR:
            fail("%s, %s: per-byte time %.2fx its half-size input's" % (name, command, ratio))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default=os.environ.get("REDAKSI_SCALING_SIZES", "1,10"))
    parser.add_argument("--runs", type=int, default=int(os.environ.get("REDAKSI_SCALING_RUNS", "3")))
    parser.add_argument("--only", default=None, help="comma-separated command names")
    parser.add_argument("--no-adversarial", action="store_true")
    parser.add_argument("--keep", default=None, help="generate into this folder and keep it")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))

    if TOOL is None:
        say("REDAKSI_TOOL is not set: run through meson test -C build --benchmark --suite scaling")
        return 77
    if not os.path.isdir(SHARED) or not os.path.exists(RELATED):
        say("SKIP: ../shared is absent (%s); the inputs are generated from its corpora" % SHARED)
        return 77
    if not os.path.exists("/usr/bin/time"):
        say("SKIP: /usr/bin/time is needed for the peak RSS of whole processes")
        return 77

    folder = args.keep or tempfile.mkdtemp(prefix="redaksi-scaling-")
    os.makedirs(folder, exist_ok=True)
    try:
        return run_all(args, sizes, folder)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


def run_all(args, sizes, folder):
    pieces, records = text_pieces()
    pages, articles = html_pieces(records)
    inputs = {"text": {}, "html": {}, "jsonl": {}}
    names = list(COMMANDS) if args.only is None else args.only.split(",")
    for size in sizes:
        for kind in inputs:
            path = os.path.join(folder, "%s-%d.%s" % (kind, size, kind))
            if kind == "jsonl":
                n = fill_jsonl(path, pieces, size * MB)
            elif kind == "html":
                n = fill_html(path, pages, articles, size * MB)
            else:
                n = fill(path, pieces, size * MB)
            inputs[kind][size] = (path, n)
    tiny = {kind: os.path.join(folder, "tiny." + kind) for kind in inputs}
    fill(tiny["text"], pieces[:1], 1)
    # The HTML commands' base is the real pages every HTML input opens with.
    fill_html(tiny["html"], pages, [], 0)
    fill_jsonl(tiny["jsonl"], pieces[:1], 1)

    def base_of(name):
        kind = "jsonl" if name.startswith("batch") else "html" if "--html" in name else "text"
        run, error = median_run([TOOL, *COMMANDS[name](tiny[kind], folder)], args.runs)
        return (run.seconds(), run.peak) if error is None else (0.0, 0)

    say("# whole processes, median of %d runs (1 run above 10 MB); %d cores, load %.2f;"
        " s/MB and MB/s from %s time, start-up taken off s/MB"
        % (args.runs, len(os.sched_getaffinity(0)), os.getloadavg()[0], CLOCK))
    say("# B/B: peak RSS above start-up (the same command on a one-article input) per input byte")
    results = {}
    bases = {}
    for name in names:
        bases[name] = base_of(name)
        say("%-15s start-up%s %.3f s, %.1f MB"
            % (name, " with the corpus's pages" if "--html" in name else "",
               bases[name][0], bases[name][1] / 2 ** 20))
        results[name] = bench_command(name, inputs, sizes, folder, args.runs, bases[name])
    check_batch(results, sizes)
    if "batch --jobs 1" in names and "batch --jobs 2" in names:
        # 10 MB (or the largest below it): long enough to be more than
        # start-up, short enough for several turns.
        size = max([s for s in sizes if s <= 10] or sizes[:1])
        check_batch_paired(inputs["jsonl"][size][0], size, folder, BATCH_PAIRS)
    if "clean" in names:
        path, n = inputs["text"][sizes[-1]]
        bench_clean_peers(path, n, runs_for(sizes[-1], args.runs), results["clean"], sizes)
    if not args.no_adversarial:
        scale = 1.0 if sizes[-1] >= 100 else 0.2
        say("# adversarial inputs at %g of the issue's scale, each against its half" % scale)
        cases = [c for c in adversarial(folder, scale) if args.only is None or c[1] in names]
        bench_adversarial(cases, runs_for(sizes[-1], args.runs),
                          lambda command: bases.get(command) or base_of(command))
    if "tag --json" in names:
        bench_tag_peer(inputs, sizes, results["tag --json"], folder)
    if failures:
        say("%d target(s) missed" % len(failures))
        return 1
    say("all targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
