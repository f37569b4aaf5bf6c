"""Peak memory of whole `redaksi` commands on large archives, and the
mapped-file path of `clean` against the document path.

Each case runs the command as a user would on generated articles
(tests/batch/make_articles.py) and reads its peak RSS from /usr/bin/time,
then compares it, above the same command's peak on one article, with the
bytes of input: 3 bytes per input byte for `clean` (the issue's
target) and 12 for `check --json` (the issue's target). The
sanitizer build skips the bounds (ASan keeps freed memory in quarantine).
"""
import os
import subprocess
import sys
import tempfile

import redaksi_tap

sys.path.insert(0, redaksi_tap.source_path("batch"))
import make_articles  # noqa: E402

TOOL = os.environ["REDAKSI_TOOL"]
SANITIZED = os.environ.get("REDAKSI_SANITIZERS") == "1"
MB = 1_000_000
# As a user runs it: the test runner's malloc and GLib debugging fill
# every allocation, which makes all of an array's spare room resident.
USER_ENV = {k: v for k, v in os.environ.items()
            if k not in ("MALLOC_PERTURB_", "MALLOC_CHECK_", "G_DEBUG", "G_SLICE")}


def archive(path, size):
    """Articles one after the other, a blank line apart, until @size bytes."""
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        i = 0
        while written < size:
            text = make_articles.article(i) + "\n"
            out.write(text)
            written += len(text.encode())
            i += 1
    return os.path.getsize(path)


def peak_rss(args, out=os.devnull):
    """Peak RSS in bytes of one run of the tool, and its exit status."""
    with tempfile.NamedTemporaryFile("r") as report, open(out, "wb") as sink:
        status = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report.name, TOOL, *args],
                                stdout=sink, stderr=subprocess.DEVNULL, timeout=300, env=USER_ENV)
        return int(report.read().split()[-1]) * 1024, status.returncode


def bytes_per_byte(args, size):
    with tempfile.TemporaryDirectory() as folder:
        small = os.path.join(folder, "one.txt")
        large = os.path.join(folder, "archive.txt")
        archive(small, 1)
        n = archive(large, size)
        base, status = peak_rss([*args, small])
        assert status in (0, 1), status
        peak, status = peak_rss([*args, large])
        assert status in (0, 1), status
        ratio = (peak - base) / n
        print("# %s on %.1f MB: peak %.1f MB, start-up %.1f MB, %.2f bytes per input byte"
              % (" ".join(args), n / MB, peak / 2 ** 20, base / 2 ** 20, ratio))
        return ratio


def test_clean_memory():
    ratio = bytes_per_byte(["clean"], 16 * MB)
    if not SANITIZED:
        assert ratio <= 3, ratio


def test_check_memory():
    """The issue's target, 12. The JSON goes out in chunks as it is made
    (14.5 when its text was made whole first, 13.3 since), and the quote
    scan keeps a stretch's bounds, not three numbers a token (13.6 before,
    11.8 since): the peak is the quote analysis, with the tokens (3.9
    bytes per input byte) and the tagger's and quotes' result objects
    alive at once."""
    ratio = bytes_per_byte(["check", "--json"], 8 * MB)
    if not SANITIZED:
        assert ratio <= 12, ratio



def run(args, stdin=None):
    done = subprocess.run([TOOL, *args], input=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=300, env=USER_ENV)
    return done.returncode, done.stdout, done.stderr


def same_as_document_path(path):
    """`clean FILE` (mapped, no document), `clean - < FILE` (read) and
    `clean --report R FILE` (a document and the analyzer) must agree on
    the output, the findings and the exit status; so must -o."""
    with tempfile.TemporaryDirectory() as folder:
        report = os.path.join(folder, "report.json")
        mapped = run(["clean", path])
        documented = run(["clean", "--report", report, path])
        with open(path, "rb") as f:
            piped = run(["clean", "-"], stdin=f.read())
        assert mapped == documented, (path, mapped[0], documented[0], mapped[2][-300:], documented[2][-300:])
        assert piped[:2] == mapped[:2], path
        assert piped[2] == mapped[2].replace(path.encode(), b"<stdin>"), path
        out = os.path.join(folder, "out.txt")
        assert run(["clean", "-o", out, path])[0] == mapped[0]
        if mapped[0] == 0:
            with open(out, "rb") as f:
                assert f.read() == mapped[1], path


def test_clean_mapped_file_ends():
    """Files of whole pages end with no byte after them in the mapping:
    a marker, a title, a cut character or a bad byte on the last one."""
    endings = [b"Baca juga: Banjir Bekasi Rendam Ratusan Rumah Warga",
               b"Kata dia.Baca Juga: Harga Cabai Naik Lagi. Warga mengeluh",
               b"Warga pulang. (Baca juga: Banjir Surut",
               b"BACA JUGA", b"\nBaca juga:", b"\xe2\x80\x9c", b"x\xff", b"\xf0\x9f\x98"]
    with tempfile.TemporaryDirectory() as folder:
        for k, ending in enumerate(endings):
            for size in (4096, 3 * 4096):
                body = b"".join(b"Baca juga: Judul Berita Nomor %d Hari Ini\nWarga pulang.\n" % i
                                for i in range(size // 40))
                body = body[:size - len(ending) - 1] + b"\n" + ending
                path = os.path.join(folder, "page-%d-%d.txt" % (k, size))
                with open(path, "wb") as f:
                    f.write(body)
                assert os.path.getsize(path) == size
                same_as_document_path(path)
        empty = os.path.join(folder, "empty.txt")
        open(empty, "wb").close()
        same_as_document_path(empty)


def test_clean_many_pieces():
    """100,000 inserts are 100,000 pieces to write, a writev() call for
    each thousand; ambiguous ones are reported with their line and
    column, a long line's too."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "markers.txt")
        with open(path, "w", encoding="utf-8") as f:
            for i in range(100_000):
                f.write("Baca juga: Banjir di Bekasi %d\nWarga \u00e9 mengungsi.\n" % i)
            for i in range(2_000):
                f.write("\U0001F600 Kata dia. Baca juga: Harga Naik %d. Warga mengeluh. " % i)
            f.write("\n")
        same_as_document_path(path)
        status, out, errors = run(["clean", path])
        assert errors.count(b"[related-link-ambiguous]") == 2_000, errors[-300:]


redaksi_tap.run(dict(globals()))
