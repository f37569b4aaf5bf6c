"""`redaksi batch --jobs 2` while its output is blocked: a reader of the
output that stops reading (a FIFO nobody empties, a slow pipe) holds up
the writing, not the analyses. The workers go on reading and analysing
records until the window of records in flight is full, and that window is
bounded by bytes as well as by records.

How far the batch read is seen from outside, in the position of its input
file (/proc/PID/fdinfo), once the process has stopped moving."""
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch"))
import make_articles  # noqa: E402
from redaksi_tap import Skip, run  # noqa: E402

TOOL = os.environ["REDAKSI_TOOL"]
WORK = tempfile.mkdtemp(prefix="redaksi-batch-window-")
F_SETPIPE_SZ = 1031
SETTLE_SECONDS = 1.5
LIMIT_SECONDS = 120


def write_records(path, count, text_bytes):
    """@count records whose lines are all the same length; returns it."""
    article = make_articles.article(7, 8000)
    text = (article * (text_bytes // len(article) + 1))[:text_bytes]
    lengths = set()
    with open(path, "w", encoding="utf-8") as f:
        for i in range(count):
            line = json.dumps({"id": "r%06d" % i, "text": text}, ensure_ascii=False) + "\n"
            lengths.add(len(line.encode()))
            f.write(line)
    assert len(lengths) == 1, lengths
    return lengths.pop()


def input_position(pid, path):
    """The offset of @pid's descriptor on @path, or None."""
    folder = "/proc/%d/fd" % pid
    for fd in os.listdir(folder):
        try:
            if os.readlink(os.path.join(folder, fd)) == path:
                with open("/proc/%d/fdinfo/%s" % (pid, fd)) as f:
                    return int(f.readline().split()[1])
        except OSError:
            continue
    return None


def settled_position(proc, path):
    """The input's position once it has not moved for a while."""
    deadline = time.monotonic() + LIMIT_SECONDS
    last, since = None, time.monotonic()
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the batch ended with its output blocked"
        position = input_position(proc.pid, path)
        if position != last:
            last, since = position, time.monotonic()
        elif position is not None and time.monotonic() - since >= SETTLE_SECONDS:
            return position
        time.sleep(0.05)
    raise AssertionError("the batch never settled")


_read_ahead_runs = {}


def read_ahead(count, text_bytes):
    """read_ahead_once(), one run a kind of input."""
    if (count, text_bytes) not in _read_ahead_runs:
        _read_ahead_runs[(count, text_bytes)] = read_ahead_once(count, text_bytes)
    return _read_ahead_runs[(count, text_bytes)]


def read_ahead_once(count, text_bytes):
    """Lines of input read while the output blocks at once, and the
    line length. The output is a FIFO of one page that nobody reads."""
    path = os.path.join(WORK, "in-%d-%d.jsonl" % (count, text_bytes))
    length = write_records(path, count, text_bytes)
    fifo = os.path.join(WORK, "out.fifo")
    if os.path.exists(fifo):
        os.unlink(fifo)
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        fcntl.fcntl(reader, F_SETPIPE_SZ, 4096)
    except OSError:
        os.close(reader)
        raise Skip("this kernel cannot shrink a pipe")
    proc = subprocess.Popen([TOOL, "batch", "--jobs", "2", "--ops", "document", path, "-o", fifo],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        position = settled_position(proc, path)
    finally:
        proc.kill()
        proc.wait()
        proc.stderr.close()
        os.close(reader)
    return position // length, length


def test_workers_go_on_while_the_output_blocks():
    # Records of 8 KB, whose output fills the pipe at once: the worker
    # that writes waits, and the other one does not wait with it.
    lines, _ = read_ahead(400, 8000)
    print("# %d records of 8 KB read while the output blocked" % lines)
    assert lines >= 24, lines


def test_window_is_deep_for_small_records():
    # A record that takes long (or a worker kept off its core) must not
    # stop the others after a few dozen records.
    lines, _ = read_ahead(400, 8000)
    assert lines >= 100, lines


def test_window_is_bounded_in_bytes():
    # Records of 1 MB: the window stops at its bytes, not at its count.
    lines, length = read_ahead(24, 1000000)
    print("# %d records of %d bytes read while the output blocked" % (lines, length))
    assert lines * length <= 12 * 1000 * 1000, lines


try:
    run(dict(globals()))
finally:
    shutil.rmtree(WORK, ignore_errors=True)
