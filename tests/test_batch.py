"""`redaksi batch`, driven as an archive team would: 10,000 records made
from the project's own articles, bad records planted, a run killed halfway
and resumed."""
import json
import os
import pty
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch"))
import make_articles  # noqa: E402
from redaksi_tap import run  # noqa: E402

TOOL = os.environ["REDAKSI_TOOL"]
N = 10000
WORK = tempfile.mkdtemp(prefix="redaksi-batch-")
INPUT = os.path.join(WORK, "arsip.jsonl")
make_articles.write_records(N, INPUT)

# The planted bad records and the error each must become.
EXPECTED_CODES = ["invalid-json", "invalid-utf8", "missing-text", "not-an-object"]


def batch(*args, output=None, check=True, **kwargs):
    output = output or os.path.join(WORK, "hasil.jsonl")
    proc = subprocess.run([TOOL, "batch", *args, INPUT, "-o", output],
                          capture_output=True, **kwargs)
    if check:
        assert proc.returncode in (0, 1), proc.stderr
    return proc, output


def read_lines(path):
    with open(path, "rb") as f:
        return f.read().split(b"\n")[:-1]


def test_ten_thousand_records_in_order():
    proc, output = batch()
    assert proc.returncode == 1, "planted bad records must give exit status 1"
    assert proc.stdout == b""
    lines = read_lines(output)
    assert len(lines) == N, len(lines)
    bad = set(make_articles.planted_bad(N))
    for i, line in enumerate(lines):
        record = json.loads(line)
        if i in bad:
            kind = (i // 97) % 4
            assert record["error"]["code"] == EXPECTED_CODES[kind], (i, record)
            assert record["error"]["message"]
            assert set(record) == {"id", "error"}
            # A record whose JSON can be read keeps its id in the error.
            if kind in (1, 2):
                assert record["id"] == "kr-%05d" % i, record
            continue
        assert record["id"] == "kr-%05d" % i, (i, record.get("id"))
        assert record["version"] == 1 and record["rubrik"] == "daerah"
        assert ("html" in record) == (i % 10 == 7)
        assert record["document"]["paragraphs"] >= 4
    assert not os.path.exists(output + ".part")
    assert b"10000 records" in proc.stderr and b"103 error records" in proc.stderr


def best_seconds(jobs):
    best = None
    for _ in range(3):
        start = time.monotonic()
        batch("--jobs", str(jobs), output=os.path.join(WORK, "j%d.jsonl" % jobs))
        elapsed = time.monotonic() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def test_jobs_give_the_same_bytes_faster():
    one = best_seconds(1)
    cores = os.cpu_count()
    many = best_seconds(cores)
    with open(os.path.join(WORK, "j1.jsonl"), "rb") as a, \
         open(os.path.join(WORK, "j%d.jsonl" % cores), "rb") as b:
        assert a.read() == b.read()
    print("# %d records: 1 job %.3f s, %d jobs %.3f s, speed-up %.2fx"
          % (N, one, cores, many, one / many))


def wait_for_size(path, size, proc):
    while proc.poll() is None:
        if os.path.exists(path) and os.path.getsize(path) >= size:
            return True
        time.sleep(0.001)
    return False


def test_killed_and_resumed_equals_uninterrupted():
    _, full = batch("--jobs", "2", output=os.path.join(WORK, "utuh.jsonl"))
    output = os.path.join(WORK, "terputus.jsonl")
    half = os.path.getsize(full) // 2
    proc = subprocess.Popen([TOOL, "batch", "--jobs", "1", INPUT, "-o", output],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert wait_for_size(output + ".part", half, proc), "the run ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not os.path.exists(output), "an interrupted run must not leave the output"
    size = os.path.getsize(output + ".part")
    print("# killed at %d of %d bytes" % (size, os.path.getsize(full)))
    resumed, _ = batch("--jobs", "2", "--resume", output=output)
    assert b"resumed" in resumed.stderr
    with open(full, "rb") as a, open(output, "rb") as b:
        assert a.read() == b.read(), "resumed output differs from an uninterrupted run"


def test_resume_cuts_a_half_written_line():
    _, full = batch(output=os.path.join(WORK, "utuh2.jsonl"))
    output = os.path.join(WORK, "setengah.jsonl")
    with open(full, "rb") as f:
        data = f.read()
    cut = data.index(b"\n", len(data) // 3) + 40   # 40 bytes into a line
    with open(output + ".part", "wb") as f:
        f.write(data[:cut])
    batch("--resume", output=output)
    with open(output, "rb") as f:
        assert f.read() == data


def test_resume_without_part_starts_over():
    output = os.path.join(WORK, "baru.jsonl")
    proc, _ = batch("--resume", output=output)
    assert len(read_lines(output)) == N


def test_unknown_and_unavailable_ops():
    proc, _ = batch("--ops", "document,terjemah", check=False)
    assert proc.returncode == 2 and proc.stdout == b""
    assert b"unknown operation" in proc.stderr and b"terjemah" in proc.stderr
    proc, _ = batch("--ops", "document", check=False, output=os.path.join(WORK, "d.jsonl"))
    assert proc.returncode == 1, proc.stderr
    for op in ("tag", "quotes", "clean"):
        proc, _ = batch("--ops", op, check=False, output=os.path.join(WORK, "op.jsonl"))
        if proc.returncode == 2:
            assert b"not in this build" in proc.stderr, proc.stderr
        else:
            line = json.loads(read_lines(os.path.join(WORK, "op.jsonl"))[0])
            assert line["version"] == 1


def test_command_line_errors():
    for args in (["batch"], ["batch", INPUT], ["batch", INPUT, "-o", WORK + "/x", "--jobs", "-3"],
                 ["batch", "/nonexistent/arsip.jsonl", "-o", WORK + "/x"],
                 ["batch", WORK, "-o", WORK + "/x"]):
        proc = subprocess.run([TOOL, *args], capture_output=True)
        assert proc.returncode == 2, (args, proc.returncode)
        assert proc.stdout == b"" and proc.stderr.count(b"\n") == 1, proc.stderr


def test_standard_input():
    output = os.path.join(WORK, "stdin.jsonl")
    with open(INPUT, "rb") as f:
        head = b"".join(f.readlines()[:50])
    proc = subprocess.run([TOOL, "batch", "-", "-o", output], input=head, capture_output=True)
    assert proc.returncode == 1, proc.stderr   # record 13 is planted bad
    assert len(read_lines(output)) == 50


def test_progress_only_on_a_terminal():
    master, slave = pty.openpty()
    output = os.path.join(WORK, "tty.jsonl")
    proc = subprocess.Popen([TOOL, "batch", INPUT, "-o", output], stderr=slave,
                            stdout=subprocess.DEVNULL)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait()
    os.close(master)
    assert b"records/s" in seen and b"MB/s" in seen and b"ETA" in seen, seen
    proc, _ = batch(output=output)
    assert b"ETA" not in proc.stderr and b"\r" not in proc.stderr


try:
    run(dict(globals()))
finally:
    shutil.rmtree(WORK, ignore_errors=True)
