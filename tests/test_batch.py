"""`redaksi batch`, driven as an archive team would: 10,000 records made
from the project's own articles, bad records planted, a run killed halfway
and resumed."""
import json
import os
import pty
import shutil
import signal
import stat
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


def small_batch(records, *args, output=None):
    """A few records (str lines) through `redaksi batch`."""
    path = os.path.join(WORK, "kecil.jsonl")
    with open(path, "w") as f:
        f.write("".join(line + "\n" for line in records))
    output = output or os.path.join(WORK, "kecil.out.jsonl")
    proc = subprocess.run([TOOL, "batch", *args, path, "-o", output], capture_output=True, timeout=60)
    return proc, output


def test_nul_escape_is_an_error_not_a_cut():
    records = [
        r'{"id": 1, "text": "Satu dua\u0000 tiga empat."}',
        r'{"id": 2, "html": "<p>\u00e9\ud83d\ude00x\u0000 sisa</p>"}',
        r'{"id": 3, "text": "Kata Budi.", "source": "s\\\u0000"}',
        # Not NULs: an escaped backslash, and a NUL outside the article.
        r'{"id": 4, "text": "ab\\u0000cd"}',
        r'{"id": "a\u0000", "rubrik": "x\u0000", "text": "Utuh."}',
        r'{"id": 6, "te\u0078t": "Satu\u0000dua."}',
    ]
    for ops in ("clean", "check"):
        proc, output = small_batch(records, "--ops", ops)
        assert proc.returncode == 1, proc.stderr
        lines = [json.loads(line) for line in read_lines(output)]
        assert [line.get("error", {}).get("code") for line in lines] == \
            ["embedded-nul", "embedded-nul", "embedded-nul", None, None, "embedded-nul"]
        messages = [line["error"]["message"] for line in lines if "error" in line]
        assert messages == ["“text”: NUL byte at byte 8", "“html”: NUL byte at byte 10",
                            "“source”: NUL byte at byte 2", "“text”: NUL byte at byte 4"], messages
        assert [line["id"] for line in lines[:3]] == [1, 2, 3]
        assert lines[3]["text"] == "ab\\u0000cd" and lines[4]["text"] == "Utuh."


def test_broken_records_give_valid_json_errors():
    # json-glib quotes the broken bytes in its message, cut inside a
    # character or as a lone surrogate; the error line must still parse.
    # A lone surrogate passed through in "id" would do the same; a record
    # nested a million deep would overflow json-glib's recursive parser.
    records = ['{"id": 1, "text": "Kata “Budi”',
               '{"\\ud8 O"',
               '{"id": "a\\udc00", "text": "Utuh."}',
               '{"id": ' + "[" * 1_000_000 + "]" * 1_000_000 + ', "text": "Dalam."}',
               '{"id": 5, "text": "Utuh."}']
    proc, output = small_batch(records, "--ops", "clean")
    assert proc.returncode == 1, proc.stderr
    raw = open(output, "rb").read()
    raw.decode("utf-8")
    lines = [json.loads(line) for line in read_lines(output)]
    assert [line.get("error", {}).get("code") for line in lines] == \
        ["invalid-json"] * 4 + [None], lines
    assert "deeper than 512" in lines[3]["error"]["message"]
    assert lines[4]["text"] == "Utuh."


def test_records_over_max_input():
    long_text = "Kata Budi di Jakarta. " * 100
    records = ['{"id": 1, "text": "Pendek."}', json.dumps({"id": 2, "text": long_text}),
               '{"id": 3, "text": "Juga pendek."}']
    limit = len(records[1]) - 1
    proc, output = small_batch(records, "--ops", "document", "--max-input", str(limit))
    assert proc.returncode == 1, proc.stderr
    lines = [json.loads(line) for line in read_lines(output)]
    assert lines[1] == {"id": None, "error": {
        "code": "record-too-large",
        "message": "the record is larger than --max-input (%d bytes)" % limit}}
    assert lines[0]["id"] == 1 and lines[2]["id"] == 3
    proc, output = small_batch(records, "--ops", "document", "--max-input", str(limit + 1))
    assert proc.returncode == 0, proc.stderr


def test_endless_line_is_refused_in_bounded_memory():
    # One line that never ends, under a memory cap.
    feeder = subprocess.Popen(["sh", "-c", "echo '{\"id\": 1, \"text\": \"a\"}'; "
                                           "yes | tr -d '\\n' | head -c 300000000; echo"],
                              stdout=subprocess.PIPE)
    output = os.path.join(WORK, "tanpa-akhir.jsonl")

    def cap():
        if "ASAN_OPTIONS" not in os.environ:
            import resource
            resource.setrlimit(resource.RLIMIT_AS, (1500 * 1024 * 1024,) * 2)
    try:
        proc = subprocess.run([TOOL, "batch", "--max-input", "1M", "-", "-o", output],
                              stdin=feeder.stdout, capture_output=True, timeout=120, preexec_fn=cap)
    finally:
        feeder.kill()
        feeder.wait()
        feeder.stdout.close()
    assert proc.returncode == 1, proc.stderr
    lines = [json.loads(line) for line in read_lines(output)]
    assert [line.get("error", {}).get("code") for line in lines] == [None, "record-too-large"]


def test_output_checked_before_any_work():
    directory = os.path.join(WORK, "keluaran")
    os.mkdir(directory)
    started = time.monotonic()
    proc = subprocess.run([TOOL, "batch", INPUT, "-o", directory], capture_output=True, timeout=60)
    seconds = time.monotonic() - started
    assert proc.returncode == 2 and proc.stderr.count(b"\n") == 1, proc.stderr
    assert b"Is a directory" in proc.stderr or b"directory" in proc.stderr, proc.stderr
    assert not os.path.exists(directory + ".part")
    assert seconds < 5, "refused after %.1f s: the records were processed first" % seconds
    for args in (["/nonexistent/arsip.jsonl", "-o", directory + "/x"],
                 [WORK, "-o", directory + "/y"],
                 [INPUT, "-o", "/nonexistent/dir/hasil.jsonl"]):
        proc = subprocess.run([TOOL, "batch", *args], capture_output=True, timeout=60)
        assert proc.returncode == 2, (args, proc.stderr)
    assert os.listdir(directory) == []


def device(name):
    """/dev/NAME, or as root a private node of it: a command that wrongly
    replaced the node must not take the system's /dev/null along."""
    if os.geteuid() != 0:
        return os.path.join("/dev", name)
    path = os.path.join(WORK, name)
    if not os.path.exists(path):
        os.mknod(path, 0o666 | stat.S_IFCHR, os.stat(os.path.join("/dev", name)).st_rdev)
    return path


def test_output_files_keep_mode_links_and_nodes():
    records = ['{"id": 1, "text": "Satu."}', '{"id": 2, "text": "Dua."}']
    # A private output stays private.
    private = os.path.join(WORK, "rahasia.jsonl")
    with open(private, "w") as f:
        f.write("lama\n")
    os.chmod(private, 0o600)
    proc, _ = small_batch(records, "--ops", "document", output=private)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(os.stat(private).st_mode) == 0o600 and len(read_lines(private)) == 2
    # A symbolic link stays one; its target gets the records.
    link = os.path.join(WORK, "tautan.jsonl")
    os.symlink("rahasia.jsonl", link)
    proc, _ = small_batch(records[:1], "--ops", "document", output=link)
    assert proc.returncode == 0, proc.stderr
    assert os.path.islink(link) and len(read_lines(private)) == 1
    assert not os.path.exists(link + ".part") and not os.path.exists(private + ".part")
    # A hard link is refused before any work.
    other = os.path.join(WORK, "salinan.jsonl")
    os.link(private, other)
    proc, _ = small_batch(records, "--ops", "document", output=other)
    assert proc.returncode == 2 and b"hard links" in proc.stderr, proc.stderr
    assert os.stat(private).st_nlink == 2 and len(read_lines(private)) == 1
    # Devices are written to, not replaced; a full one is an error.
    null = device("null")
    proc, _ = small_batch(records, "--ops", "document", output=null)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISCHR(os.stat(null).st_mode)
    full = device("full")
    proc, _ = small_batch(records, "--ops", "document", output=full)
    assert proc.returncode == 2 and b"could not write the output: " in proc.stderr, proc.stderr
    assert stat.S_ISCHR(os.stat(full).st_mode) and not os.path.exists(full + ".part")


def test_a_failed_write_leaves_no_part():
    # A file system that is full, by a size limit on the process.
    output = os.path.join(WORK, "penuh.jsonl")

    def limit():
        import resource
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (100000, 100000))
    proc = subprocess.run([TOOL, "batch", "--ops", "document", INPUT, "-o", output],
                          capture_output=True, timeout=120, preexec_fn=limit)
    assert proc.returncode == 2, proc.stderr
    assert b"could not write the output: " in proc.stderr, proc.stderr
    assert not os.path.exists(output) and not os.path.exists(output + ".part")


try:
    run(dict(globals()))
finally:
    shutil.rmtree(WORK, ignore_errors=True)
