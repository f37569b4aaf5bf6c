"""`redaksi clean`, driven as a user would (CONTRACT §1)."""
import json
import os
import stat
import subprocess
import tempfile
import threading
import time

import redaksi_tap

TOOL = os.environ["REDAKSI_TOOL"]


def redaksi(*args, stdin=None):
    return subprocess.run([TOOL, *args], input=stdin, capture_output=True, timeout=60)


def corpus(name):
    with open(redaksi_tap.source_path("links", name), "rb") as f:
        return f.read()


def test_seed_to_stdout():
    seed = redaksi_tap.shared_path("seed", "bisnis-g20-2023.txt")
    with open(seed, "rb") as f:
        original = f.read()
    run = redaksi("clean", seed)
    assert run.returncode == 0, run.stderr
    assert run.stdout == original.replace(b"\nBaca Juga\n", b"\n", 1)


def test_stdin_html_and_report():
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "report.json")
        run = redaksi("clean", "--html", "--report", report, "-", stdin=corpus("liputan6.html"))
        assert run.returncode == 0, run.stderr
        assert run.stdout == corpus("liputan6.expected.html")
        with open(report) as f:
            result = json.load(f)
        links = result["related_links"]
        assert len(links) == 2
        html = corpus("liputan6.html")
        # Alone on its line, the insert goes with the line, as in plain text.
        assert html[links[0]["start"]:links[0]["end"]] == b"<p>Baca Juga</p>\n"
        assert set(links[1]) >= {"start", "end", "char_start", "char_end", "utf16_start",
                                 "utf16_end", "marker", "titles", "urls"}
        assert links[1]["urls"][0].startswith("https://www.liputan6.com/")


def test_output_file_and_in_place():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "artikel.txt")
        out = os.path.join(tmp, "bersih.txt")
        with open(path, "wb") as f:
            f.write(corpus("labels.txt"))
        run = redaksi("clean", "-o", out, path)
        assert run.returncode == 0 and run.stdout == b"", run.stderr
        with open(out, "rb") as f:
            assert f.read() == corpus("labels.expected.txt")
        with open(path, "rb") as f:
            assert f.read() == corpus("labels.txt")
        run = redaksi("clean", "--in-place", path)
        assert run.returncode == 0 and run.stdout == b"", run.stderr
        with open(path, "rb") as f:
            assert f.read() == corpus("labels.expected.txt")
        assert sorted(os.listdir(tmp)) == ["artikel.txt", "bersih.txt"]


def test_never_overwrites_input_without_in_place():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "artikel.txt")
        with open(path, "wb") as f:
            f.write(corpus("orphan-marker.txt"))
        for args in (["-o", path, path], ["-o", os.path.join(tmp, ".", "artikel.txt"), path],
                     ["--in-place", "-o", "x", path], ["--in-place", "-"], ["--report", path, path]):
            run = redaksi("clean", *args, stdin=b"")
            assert run.returncode == 2 and run.stdout == b"", (args, run.stderr)
            assert len(run.stderr.decode().strip().splitlines()) == 1
        with open(path, "rb") as f:
            assert f.read() == corpus("orphan-marker.txt")


def test_keep_and_normalize():
    text = b"Satu.\nBaca juga: Judul A https://a.id/1\nDua.\n"
    assert redaksi("clean", "--keep", stdin=text).stdout == text
    run = redaksi("clean", "--normalize", stdin=text)
    assert run.stdout == b"Satu.\nDua.\n\nBaca juga:\n- Judul A (https://a.id/1)\n"


def test_ambiguous_is_a_warning_on_stderr():
    run = redaksi("clean", redaksi_tap.source_path("links", "glued.txt"))
    assert run.returncode == 0
    assert run.stdout == corpus("glued.expected.txt")
    assert b"glued.txt:2:77: warning:" in run.stderr
    assert b"[related-link-ambiguous]" in run.stderr


def test_check_reports_related_links():
    run = redaksi("check", "--json", redaksi_tap.source_path("links", "glued.txt"))
    result = json.loads(run.stdout)
    assert len(result["related_links"]) == 2
    assert "related-link-ambiguous" in [issue["code"] for issue in result["issues"]]


def test_invalid_input_exits_2():
    run = redaksi("clean", stdin=b"Baca Juga\n\xff\n")
    assert run.returncode == 2 and run.stdout == b""


def test_check_links_refuses_private_targets():
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "report.json")
        text = b"Satu.\nBaca juga: Judul https://127.0.0.1:9/berita\nDua.\n"
        run = redaksi("clean", "--check-links", "--report", report, stdin=text)
        assert run.returncode == 0, run.stderr
        with open(report) as f:
            checks = json.load(f)["link_checks"]
        assert [c["result"] for c in checks] == ["refused"]


DIRTY = b"Satu dua tiga.\nBaca Juga\nEmpat lima.\n"
CLEAN = b"Satu dua tiga.\nEmpat lima.\n"


def write(path, data, mode=None):
    with open(path, "wb") as f:
        f.write(data)
    if mode is not None:
        os.chmod(path, mode)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def test_replaced_files_keep_their_mode():
    with tempfile.TemporaryDirectory() as tmp:
        draft = os.path.join(tmp, "draf.txt")
        out = os.path.join(tmp, "bersih.txt")
        report = os.path.join(tmp, "laporan.json")
        write(draft, DIRTY, 0o600)
        write(out, b"lama", 0o640)
        write(report, b"{}", 0o600)
        run = redaksi("clean", "--report", report, "-o", out, draft)
        assert run.returncode == 0, run.stderr
        assert read(out) == CLEAN and json.loads(read(report))["related_links"]
        assert stat.S_IMODE(os.stat(out).st_mode) == 0o640
        assert stat.S_IMODE(os.stat(report).st_mode) == 0o600
        run = redaksi("clean", "--in-place", draft)
        assert run.returncode == 0, run.stderr
        assert read(draft) == CLEAN
        assert stat.S_IMODE(os.stat(draft).st_mode) == 0o600
        assert sorted(os.listdir(tmp)) == ["bersih.txt", "draf.txt", "laporan.json"]


def test_replaced_files_keep_their_owner():
    if os.geteuid() != 0:
        raise redaksi_tap.Skip("only root can give a file to another user")
    with tempfile.TemporaryDirectory() as tmp:
        draft = os.path.join(tmp, "draf.txt")
        write(draft, DIRTY, 0o600)
        os.chown(draft, 65534, 65534)
        run = redaksi("clean", "--in-place", draft)
        assert run.returncode == 0, run.stderr
        info = os.stat(draft)
        assert (info.st_uid, info.st_gid) == (65534, 65534) and read(draft) == CLEAN


def test_writes_through_symbolic_links():
    with tempfile.TemporaryDirectory() as tmp:
        os.mkdir(os.path.join(tmp, "arsip"))
        target = os.path.join(tmp, "arsip", "draf.txt")
        link = os.path.join(tmp, "draf.txt")
        write(target, DIRTY, 0o600)
        os.symlink(os.path.join("arsip", "draf.txt"), link)
        run = redaksi("clean", "--in-place", link)
        assert run.returncode == 0, run.stderr
        assert os.path.islink(link) and read(target) == CLEAN
        assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
        # -o through a link to a file that does not exist yet creates it.
        dangling = os.path.join(tmp, "keluaran.txt")
        os.symlink(os.path.join("arsip", "baru.txt"), dangling)
        run = redaksi("clean", "-o", dangling, stdin=DIRTY)
        assert run.returncode == 0, run.stderr
        assert os.path.islink(dangling) and read(os.path.join(tmp, "arsip", "baru.txt")) == CLEAN
        assert sorted(os.listdir(os.path.join(tmp, "arsip"))) == ["baru.txt", "draf.txt"]


def test_refuses_hard_links_before_any_work():
    with tempfile.TemporaryDirectory() as tmp:
        draft = os.path.join(tmp, "draf.txt")
        other = os.path.join(tmp, "salinan.txt")
        write(draft, DIRTY)
        os.link(draft, other)
        for args in (["--in-place", draft], ["-o", other, "-"], ["--report", other, "-"]):
            run = redaksi("clean", *args, stdin=DIRTY)
            assert run.returncode == 2 and run.stdout == b"", (args, run.stderr)
            assert b"hard links" in run.stderr and run.stderr.count(b"\n") == 1, run.stderr
        assert read(draft) == DIRTY and os.stat(draft).st_nlink == 2
        assert os.path.samefile(draft, other)
        assert sorted(os.listdir(tmp)) == ["draf.txt", "salinan.txt"]


def device(tmp, name):
    """/dev/NAME, or as root a private node of it in @tmp: a command that
    wrongly replaced the node must not take the system's /dev/null along."""
    if os.geteuid() != 0:
        return os.path.join("/dev", name)
    path = os.path.join(tmp, name)
    os.mknod(path, 0o666 | stat.S_IFCHR, os.stat(os.path.join("/dev", name)).st_rdev)
    return path


def test_devices_and_fifos_are_written_not_replaced():
    with tempfile.TemporaryDirectory() as tmp:
        null = device(tmp, "null")
        run = redaksi("clean", "-o", null, "--report", null, stdin=DIRTY)
        assert run.returncode == 0 and run.stdout == b"", run.stderr
        assert stat.S_ISCHR(os.stat(null).st_mode)
    with tempfile.TemporaryDirectory() as tmp:
        fifo = os.path.join(tmp, "pipa")
        os.mkfifo(fifo)
        received = []
        reader = threading.Thread(target=lambda: received.append(read(fifo)))
        reader.start()
        run = redaksi("clean", "-o", fifo, stdin=DIRTY)
        reader.join(30)
        assert run.returncode == 0, run.stderr
        assert received == [CLEAN]
        assert stat.S_ISFIFO(os.stat(fifo).st_mode)
        assert os.listdir(tmp) == ["pipa"]


def test_write_errors_and_directories():
    with tempfile.TemporaryDirectory() as tmp:
        full = device(tmp, "full")
        run = redaksi("clean", "-o", full, stdin=DIRTY)
        assert run.returncode == 2 and b"could not write the output: " in run.stderr, run.stderr
        assert stat.S_ISCHR(os.stat(full).st_mode)
        run = redaksi("clean", "--report", full, stdin=DIRTY)
        assert run.returncode == 2 and b"could not write the report: " in run.stderr, run.stderr
        assert stat.S_ISCHR(os.stat(full).st_mode)
    with tempfile.TemporaryDirectory() as tmp:
        run = redaksi("clean", "-o", tmp, stdin=DIRTY)
        assert run.returncode == 2 and run.stderr.count(b"\n") == 1, run.stderr
        assert os.listdir(tmp) == []


def test_input_shrinking_while_read_is_an_error_not_a_crash():
    """A mapped input cut short by another process: a message and exit 2,
    never SIGBUS, and no output file."""
    paragraph = DIRTY * 64
    with tempfile.TemporaryDirectory() as tmp:
        source, out = os.path.join(tmp, "arsip.txt"), os.path.join(tmp, "bersih.txt")
        hit = False
        for delay in (0.15, 0.05, 0.3):
            with open(source, "wb") as f:
                for _ in range((96 << 20) // len(paragraph)):
                    f.write(paragraph)
            proc = subprocess.Popen([TOOL, "clean", source, "-o", out],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            time.sleep(delay)
            os.truncate(source, 0)
            _, err = proc.communicate(timeout=120)
            assert proc.returncode >= 0, "killed by signal %d: %r" % (-proc.returncode, err)
            if proc.returncode == 2:
                assert b"the file shrank while it was read" in err, err
                assert not os.path.exists(out)
                assert sorted(os.listdir(tmp)) == ["arsip.txt"], os.listdir(tmp)
                hit = True
                break
            assert proc.returncode == 0, err
            # clean finished before the cut: its output must not be taken
            # for one left behind by the next try.
            os.remove(out)
        if not hit:
            raise redaksi_tap.Skip("clean finished each time before the file was cut")


redaksi_tap.run(globals())
