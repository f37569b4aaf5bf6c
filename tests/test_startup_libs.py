#!/usr/bin/python3
"""Start-up (issue #11): libsoup stays off the start-up path.

libredaksi-1.so and the `redaksi` command need no libsoup; a command that
fetches nothing never maps it, and the first fetch loads it from the
fetch module beside the library (no environment variable needed);
`redaksi serve` runs the program redaksi-serve in its place. Every
address used is on loopback.
"""
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from redaksi_tap import Skip, run  # noqa: E402

TOOL = os.environ["REDAKSI_TOOL"]
BUILD = os.path.dirname(os.path.dirname(TOOL))
LIBRARY = os.path.join(BUILD, "plugin", "libredaksi-1.so")
ARTICLE = ("JAKARTA, KOMPAS.com - Menteri Luar Negeri Retno Marsudi bertemu Antony Blinken.\n\n"
           "\"Kita harus bekerja sama,\" ujar Retno.\n")


def environment(**changes):
    env = dict(os.environ)
    env.pop("REDAKSI_FETCH_MODULE", None)
    for name, value in changes.items():
        env[name] = value
    return env


def needed(path):
    out = subprocess.run(["readelf", "-d", path], capture_output=True, text=True, check=True)
    return [line.split("[")[1].rstrip("]") for line in out.stdout.splitlines() if "(NEEDED)" in line]


def closure(path):
    """Every library the dynamic loader maps to start @path."""
    out = subprocess.run(["ldd", path], capture_output=True, text=True, check=True)
    return [line.split()[0] for line in out.stdout.splitlines() if line.strip()]


def loaded_by(args, stdin=None, **env):
    """The run and the libraries the loader mapped while it ran (LD_DEBUG)."""
    with tempfile.TemporaryDirectory() as tmp:
        prefix = os.path.join(tmp, "ld")
        run_ = subprocess.run([TOOL] + args, input=stdin, capture_output=True, timeout=60,
                              env=environment(LD_DEBUG="files", LD_DEBUG_OUTPUT=prefix, **env))
        seen = ""
        for name in os.listdir(tmp):
            with open(os.path.join(tmp, name), errors="replace") as f:
                seen += f.read()
    return run_, [line.split("file=")[1].split()[0] for line in seen.splitlines() if "file=" in line]


def test_no_soup_needed():
    for path in (LIBRARY, TOOL):
        assert not [n for n in needed(path) if "soup" in n], (path, needed(path))
        assert not [n for n in closure(path) if "soup" in n], (path, closure(path))
    # The module and the server are where libsoup went.
    assert [n for n in needed(os.path.join(BUILD, "plugin", "redaksi-fetch-soup.so")) if "soup" in n]
    assert [n for n in needed(os.path.join(BUILD, "tools", "redaksi-serve")) if "soup" in n]


def test_check_maps_no_soup():
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as article:
        article.write(ARTICLE)
        article.flush()
        run_, files = loaded_by(["check", "--json", article.name])
    assert run_.returncode in (0, 1), run_.stderr
    assert json.loads(run_.stdout)["entities"]
    assert files, "LD_DEBUG reported nothing"
    assert not [f for f in files if "soup" in f or "fetch-soup" in f], files


class Alive(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self):
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_first_fetch_loads_module_beside_library():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Alive)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = "http://127.0.0.1:%d/berita" % server.server_address[1]
        text = ("Satu.\nBaca juga: Judul %s\nDua.\n" % url).encode()
        with tempfile.TemporaryDirectory() as tmp:
            report = os.path.join(tmp, "report.json")
            run_, files = loaded_by(["clean", "--check-links", "--allow-private", "--report", report],
                                    stdin=text)
            assert run_.returncode == 0, run_.stderr
            with open(report) as f:
                checks = json.load(f)["link_checks"]
    finally:
        server.shutdown()
        server.server_close()
    assert [c["result"] for c in checks] == ["ok"], checks
    module = os.path.join(BUILD, "plugin", "redaksi-fetch-soup.so")
    assert [f for f in files if os.path.realpath(f) == os.path.realpath(module)], files
    assert [f for f in files if "libsoup-3.0" in f], files


def test_missing_module_is_an_error():
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as article:
        article.write(ARTICLE)
        article.flush()
        run_ = subprocess.run([TOOL, "check", "--json", "--source", "http://127.0.0.1:9/sumber",
                               article.name], capture_output=True, text=True, timeout=60,
                              env=environment(REDAKSI_FETCH_MODULE="/nonexistent/redaksi-fetch-soup.so"))
    assert run_.returncode == 2, (run_.returncode, run_.stderr)
    assert run_.stdout == ""
    lines = run_.stderr.strip().splitlines()
    assert len(lines) == 1 and "fetch module" in lines[0] and "/nonexistent" in lines[0], lines


def test_missing_module_fails_each_link_check():
    text = b"Satu.\nBaca juga: Judul https://127.0.0.1:9/berita\nDua.\n"
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "report.json")
        run_ = subprocess.run([TOOL, "clean", "--check-links", "--allow-private", "--report", report],
                              input=text, capture_output=True, timeout=60,
                              env=environment(REDAKSI_FETCH_MODULE="/nonexistent/redaksi-fetch-soup.so"))
        assert run_.returncode == 0, run_.stderr
        assert run_.stdout == b"Satu.\nDua.\n"
        with open(report) as f:
            checks = json.load(f)["link_checks"]
    assert [c["result"] for c in checks] == ["failed"], checks
    assert "fetch module could not be loaded" in checks[0]["message"], checks


def test_serve_runs_the_server_program():
    run_ = subprocess.run([TOOL, "serve", "--help"], capture_output=True, text=True, timeout=60,
                          env=environment())
    assert run_.returncode == 0, run_.stderr
    assert "redaksi serve [OPTION…]" in run_.stdout, run_.stdout
    run_ = subprocess.run([TOOL, "serve", "--port", "70000"], capture_output=True, text=True,
                          timeout=60, env=environment())
    assert run_.returncode == 2
    assert run_.stderr == "redaksi: --port must be between 0 and 65535\n", run_.stderr


def test_serve_missing_server_program():
    with tempfile.TemporaryDirectory() as tmp:
        alone = os.path.join(tmp, "redaksi")
        shutil.copy(TOOL, alone)
        run_ = subprocess.run([alone, "serve", "--port", "0"], capture_output=True, text=True,
                              timeout=60, env=environment(LD_LIBRARY_PATH=os.path.dirname(LIBRARY)))
    assert run_.returncode == 2, (run_.returncode, run_.stderr)
    assert run_.stdout == ""
    lines = run_.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("redaksi: serve: could not run "), lines
    assert "redaksi-serve" in lines[0]


def broken_gio_module_folder(tmp):
    """A folder for GIO_EXTRA_MODULES holding a file that is no module:
    GIO warns about it on stderr as soon as it sets up GVfs."""
    folder = os.path.join(tmp, "gio-modules")
    os.mkdir(folder)
    with open(os.path.join(folder, "libbroken.so"), "w") as f:
        f.write("not a module\n")
    return folder


def test_plain_path_input_sets_up_no_gvfs():
    """A plain path is read with open(2): no GVfs, no GIO module scan."""
    with tempfile.TemporaryDirectory() as tmp:
        modules = broken_gio_module_folder(tmp)
        article = os.path.join(tmp, "artikel.txt")
        with open(article, "w") as f:
            f.write(ARTICLE)
        for args in (["check", "--json", article], ["tag", article], ["quotes", article],
                     ["clean", article]):
            run_ = subprocess.run([TOOL] + args, capture_output=True, text=True, timeout=60,
                                  env=environment(GIO_EXTRA_MODULES=modules))
            assert run_.returncode in (0, 1), (args, run_.stderr)
            assert "module" not in run_.stderr, (args, run_.stderr)
            if "--json" in args:
                assert json.loads(run_.stdout)["entities"], args


def test_uri_and_dotted_paths_read_as_before():
    """A URI still goes through GIO; "link/../name" is the name beside the
    link, as GFile's canonical name has it, not beside its target."""
    with tempfile.TemporaryDirectory() as tmp:
        article = os.path.join(tmp, "artikel.txt")
        with open(article, "w") as f:
            f.write(ARTICLE)
        os.makedirs(os.path.join(tmp, "jauh", "dalam"))
        os.symlink(os.path.join(tmp, "jauh", "dalam"), os.path.join(tmp, "tautan"))
        expected = subprocess.run([TOOL, "check", "--json", article], capture_output=True,
                                  text=True, timeout=60, env=environment()).stdout
        for name in ("file://" + article, os.path.join(tmp, "tautan", "..", "artikel.txt")):
            run_ = subprocess.run([TOOL, "check", "--json", name], capture_output=True, text=True,
                                  timeout=60, env=environment())
            assert run_.returncode in (0, 1), (name, run_.stderr)
            assert run_.stdout == expected, name


def test_unreadable_inputs_keep_their_messages():
    with tempfile.TemporaryDirectory() as tmp:
        missing = os.path.join(tmp, "tidak-ada.txt")
        for args, stdin, message in (
                ([missing], None, "redaksi: %s: Error opening file %s: No such file or directory\n"
                 % (missing, missing)),
                ([tmp], None, "redaksi: %s: Error opening file %s: Is a directory\n" % (tmp, tmp)),
                (["-"], tmp, "redaksi: <stdin>: Error reading from file descriptor: Is a directory\n")):
            fd = os.open(stdin, os.O_RDONLY) if stdin is not None else None
            try:
                run_ = subprocess.run([TOOL, "check"] + args, stdin=fd, capture_output=True,
                                      text=True, timeout=60, env=environment(LC_ALL="C"))
            finally:
                if fd is not None:
                    os.close(fd)
            assert run_.returncode == 2, (args, run_.returncode)
            assert run_.stdout == ""
            assert run_.stderr == message, (args, run_.stderr)


def test_libc_and_glib_lead_the_lookup_scope():
    """The loader searches the objects in the program's DT_NEEDED order:
    libc and GLib, which define most symbols, come first."""
    names = needed(TOOL)
    if [n for n in names if "asan" in n]:
        raise Skip("AddressSanitizer's runtime comes first in this build")
    assert names[:2] == ["libc.so.6", "libglib-2.0.so.0"], names


def test_library_binds_its_own_functions():
    """No PLT slot nor symbol lookup for a call of the library to itself."""
    out = subprocess.run(["readelf", "-rW", LIBRARY], capture_output=True, text=True, check=True)
    own = [line.split()[4] for line in out.stdout.splitlines()
           if len(line.split()) > 4 and line.split()[4].startswith("redaksi_")]
    assert not own, own


def breakpoint_hits(args, functions):
    """How often each of @functions ran in `redaksi ARGS`, under gdb;
    None for one gdb could not find (a build without debug symbols)."""
    command = ["gdb", "-nx", "-batch", "-ex", "set breakpoint pending on"]
    for function in functions:
        command += ["-ex", "break " + function]
    command += ["-ex", "run", "-ex", "continue", "-ex", "info breakpoints", "--args", TOOL] + args
    out = subprocess.run(command, capture_output=True, text=True, timeout=120,
                         env=environment()).stdout
    hits, current = {}, None
    for line in out.splitlines():
        fields = line.split()
        if len(fields) > 5 and fields[0].isdigit() and fields[1] == "breakpoint" and " in " in line:
            current = line.split(" in ")[1].split()[0]
            hits[current] = 0
        elif "breakpoint already hit" in line and current is not None:
            hits[current] = int(line.split("hit")[1].split()[0])
    return [hits.get(function) for function in functions]


def test_printed_report_is_not_freed_at_exit():
    """The process ends after printing: the report is left to the system."""
    if shutil.which("gdb") is None:
        raise Skip("gdb is not installed")
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as article:
        article.write(ARTICLE)
        article.flush()
        for command in ("check", "tag", "quotes"):
            written, finalized = breakpoint_hits(
                [command, "--json", article.name],
                ["redaksi_report_write_json", "redaksi_report_finalize"])
            if finalized is None:
                raise Skip("no debug symbols for redaksi_report_finalize")
            assert written == 1, (command, written)
            assert finalized == 0, (command, finalized)


if __name__ == "__main__":
    run(globals())
