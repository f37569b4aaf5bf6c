"""The redaksi command, driven as a user would (CONTRACT §1)."""
import json
import os
import resource
import subprocess
import tempfile
import time

import redaksi_tap

TOOL = os.environ["REDAKSI_TOOL"]
EXAMPLE = redaksi_tap.source_path("..", "data", "examples", "banjir-bekasi.txt")


def redaksi(*args, stdin=None, preexec_fn=None):
    return subprocess.run([TOOL, *args], input=stdin, capture_output=True, timeout=60,
                          preexec_fn=preexec_fn)


def test_check_json_on_seed():
    seed = redaksi_tap.shared_path("seed", "bisnis-g20-2023.txt")
    run = redaksi("check", "--json", seed)
    assert run.returncode in (0, 1), run.stderr
    result = json.loads(run.stdout)
    assert result["version"] == 1
    assert result["document"]["paragraphs"] == 11
    assert result["document"]["sentences"] == 13
    assert result["document"]["dateline"]["text"] == "Bisnis.com, JAKARTA -"


def test_check_reads_stdin():
    with open(EXAMPLE, "rb") as f:
        data = f.read()
    from_file = redaksi("check", "--json", EXAMPLE)
    from_stdin = redaksi("check", "--json", "-", stdin=data)
    implicit = redaksi("check", "--json", stdin=data)
    assert from_file.stdout == from_stdin.stdout == implicit.stdout


def test_check_html():
    page = ("<nav>BERITA - Terkini</nav>"
            "<p>JAKARTA, KOMPAS.com - Hujan deras sejak pagi membuat sejumlah ruas "
            "jalan di Jakarta Timur tergenang air.</p><p>Dua.</p>").encode()
    run = redaksi("check", "--json", "--html", "-", stdin=page)
    result = json.loads(run.stdout)
    assert result["document"]["format"] == "html"
    assert result["document"]["paragraphs"] == 3
    # The lead's dateline, not the menu's dash.
    dateline = result["document"]["dateline"]
    assert page[dateline["start"]:dateline["end"]] == b"JAKARTA, KOMPAS.com -"


def test_invalid_utf8_exits_2_with_nothing_on_stdout():
    with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
        f.write(b"Rusia dan \xff Ukraina")
    try:
        run = redaksi("check", "--json", f.name)
    finally:
        os.unlink(f.name)
    assert run.returncode == 2
    assert run.stdout == b""
    assert b"byte 10" in run.stderr
    assert run.stderr.count(b"\n") == 1


def test_usage_errors():
    assert redaksi("check", "/nonexistent/artikel.txt").returncode == 2
    assert redaksi("nonsense").returncode == 2
    assert redaksi().returncode == 2
    assert redaksi("check", "--no-such-option").returncode == 2
    assert redaksi("check", EXAMPLE, EXAMPLE).returncode == 2


def test_help_and_version():
    top = redaksi("--help")
    assert top.returncode == 0 and b"check" in top.stdout
    sub = redaksi("check", "--help")
    assert sub.returncode == 0 and b"--json" in sub.stdout
    version = redaksi("--version")
    assert version.returncode == 0 and version.stdout.startswith(b"redaksi ")


# An article with findings, so that every command writes to stdout.
ARTICLE = ('JAKARTA - "Kita harus bersatu" kata Joko Widodo di Jakarta.\n'
           '"Ini penting," ujat dia.\n').encode()
ARTICLE_COMMANDS = (["check"], ["check", "--json"], ["tag"], ["tag", "--json"],
                    ["quotes"], ["quotes", "--json"], ["clean"])


def cap_memory():
    # ASan reserves terabytes of address space; there the timeout bounds it.
    if "ASAN_OPTIONS" not in os.environ:
        resource.setrlimit(resource.RLIMIT_AS, (1500 * 1024 * 1024,) * 2)


def endless_stdin(*args):
    """The command on an endless standard input (`yes |`)."""
    feeder = subprocess.Popen(["yes"], stdout=subprocess.PIPE)
    try:
        start = time.monotonic()
        run = subprocess.run([TOOL, *args], stdin=feeder.stdout, capture_output=True,
                             timeout=60, preexec_fn=cap_memory)
        return run, time.monotonic() - start
    finally:
        feeder.kill()
        feeder.wait()
        feeder.stdout.close()


def assert_too_large(run, limit):
    assert run.returncode == 2, (run.returncode, run.stderr)
    assert run.stdout == b""
    assert run.stderr.count(b"\n") == 1, run.stderr
    assert b"larger than --max-input (%d bytes)" % limit in run.stderr, run.stderr


def test_max_input_refuses_endless_stdin():
    run, seconds = endless_stdin("tag", "--max-input", "1M")
    assert_too_large(run, 1 << 20)
    assert seconds < 10, seconds
    print("# yes | redaksi tag --max-input 1M: %.3f s" % seconds)


def test_default_max_input_refuses_endless_stdin_under_a_memory_cap():
    run, seconds = endless_stdin("check", "--json")
    assert_too_large(run, 256 << 20)
    print("# yes | redaksi check (default limit, 1.5 GB cap): %.3f s" % seconds)


def test_max_input_on_files_for_every_command():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "artikel.txt")
        with open(path, "wb") as f:
            f.write(ARTICLE)
        size = len(ARTICLE)
        for command in ("check", "tag", "quotes", "clean"):
            assert_too_large(redaksi(command, "--max-input", str(size - 1), path), size - 1)
            ok = redaksi(command, "--max-input", str(size), path)
            assert ok.returncode in (0, 1), (command, ok.stderr)
            ok = redaksi(command, "--max-input", "1K", "-", stdin=ARTICLE)
            assert ok.returncode in (0, 1), (command, ok.stderr)
        # A file far over the limit is refused without being read whole.
        big = os.path.join(tmp, "besar.txt")
        with open(big, "wb") as f:
            f.truncate(3 << 30)
        run = redaksi("tag", "--max-input", "64M", big, preexec_fn=cap_memory)
        assert_too_large(run, 64 << 20)
        # --source is an article too.
        run = redaksi("quotes", "--max-input", str(size), "--source", big, path,
                      preexec_fn=cap_memory)
        assert_too_large(run, size)


def test_max_input_values():
    for value in ("", "x", "-1", "12Q", "1MB2", "99999999999999999999", "1e6"):
        run = redaksi("tag", "--max-input", value, "-", stdin=ARTICLE)
        assert run.returncode == 2 and run.stdout == b"", (value, run)
        assert b"--max-input" in run.stderr, run.stderr
    for value, limit in (("77", 77), ("2K", 2048), ("1k", 1024)):
        assert_too_large(redaksi("tag", "--max-input", value, stdin=b"x" * (limit + 1)), limit)
        assert redaksi("tag", "--max-input", value, stdin=b"x" * limit).returncode == 0, value
    for value in ("1MiB", "1g", "64M", "3GB"):
        assert redaksi("tag", "--max-input", value, stdin=ARTICLE).returncode == 0, value


def full_disk(*args, stdin=None):
    with open("/dev/full", "wb") as full:
        return subprocess.run([TOOL, *args], input=stdin, stdout=full,
                              stderr=subprocess.PIPE, timeout=60)


def assert_write_error(run, what):
    assert run.returncode == 2, (what, run.returncode, run.stderr)
    assert b"could not write the output: " in run.stderr, (what, run.stderr)
    assert os.strerror(28).encode() in run.stderr, (what, run.stderr)   # ENOSPC


def test_every_command_reports_a_full_disk():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "artikel.txt")
        with open(path, "wb") as f:
            f.write(ARTICLE)
        for args in ARTICLE_COMMANDS:
            assert_write_error(full_disk(*args, path), args)
            assert_write_error(full_disk(*args, stdin=ARTICLE), args)
        # A result larger than stdio's buffer, written in one go.
        with open(EXAMPLE, "rb") as f:
            long_article = f.read() * 20
        assert_write_error(full_disk("tag", "--json", stdin=long_article), "long tag --json")
        records = os.path.join(tmp, "arsip.jsonl")
        with open(records, "w") as f:
            f.write(json.dumps({"id": 1, "text": ARTICLE.decode()}) + "\n")
        # /proc/self/fd/1 is /dev/stdout without a node in /dev to break.
        assert_write_error(full_disk("batch", records, "-o", "/proc/self/fd/1"), "batch")
        assert_write_error(full_disk("--version"), "--version")
        assert_write_error(full_disk("--help"), "--help")


def test_closed_stdout_without_output_is_no_error():
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "bersih.txt")
        run = subprocess.run([TOOL, "clean", "-o", out, "-"], input=ARTICLE,
                             stderr=subprocess.PIPE, timeout=60, preexec_fn=lambda: os.close(1))
        assert run.returncode == 0, run.stderr
        with open(out, "rb") as f:
            assert f.read() == ARTICLE


redaksi_tap.run(globals())
