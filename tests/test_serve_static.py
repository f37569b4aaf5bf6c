"""The editor page of `redaksi serve`: GET /, /redaksi.js and the page's
files from the web folder, with their media types, caching headers and
security headers, and nothing outside the folder (dot segments, encoded
dots and slashes, backslashes, hidden files, symbolic links out of it).

Requests go through http.client, which sends the path as written."""
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from redaksi_tap import run, source_path  # noqa: E402

TOOL = os.environ["REDAKSI_TOOL"]
SOURCE_WEB = os.path.abspath(source_path("..", "web"))
ORIGIN = "https://cms.kabarredaksi.example"
SECRET = "RAHASIA-di-luar-folder"


class Server:
    """redaksi serve on 127.0.0.1, a port the kernel chose."""

    def __init__(self, *args, env=None):
        self.proc = subprocess.Popen([TOOL, "serve", "--port", "0", *args], stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, env=env)
        line = self.proc.stdout.readline().decode()
        assert "listening on http://127.0.0.1:" in line, line
        self.port = int(line.strip().rstrip("/").rsplit(":", 1)[1])

    def get(self, path, method="GET", headers=None, body=None):
        """(status, headers as a dict with lower-case names, body bytes)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.putrequest(method, path, skip_accept_encoding=True)
            for name, value in (headers or {}).items():
                conn.putheader(name, value)
            if body is not None:
                conn.putheader("Content-Length", str(len(body)))
            conn.endheaders(body)
            resp = conn.getresponse()
            return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
        finally:
            conn.close()

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        assert self.proc.wait(timeout=60) == 0


def _hostile_folder():
    """A web folder inside a work folder that holds a secret beside it,
    reachable only through links that point out of the web folder."""
    work = tempfile.mkdtemp(prefix="redaksi-static-")
    web = os.path.join(work, "web")
    outside = os.path.join(work, "outside")
    os.makedirs(os.path.join(web, "css"))
    os.makedirs(outside)
    for folder in (work, outside):
        for name in ("secret.js", "secret.html", "secret.txt"):
            with open(os.path.join(folder, name), "w") as f:
                f.write("// " + SECRET + "\n")
    shutil.copy(os.path.join(SOURCE_WEB, "index.html"), web)
    shutil.copy(os.path.join(SOURCE_WEB, "redaksi.js"), web)
    with open(os.path.join(web, "css", "page.css"), "w") as f:
        f.write("body { color: black; }\n")
    with open(os.path.join(web, ".hidden.js"), "w") as f:
        f.write("// " + SECRET + "\n")
    with open(os.path.join(web, "notes.md"), "w") as f:
        f.write(SECRET + "\n")
    os.symlink(os.path.join(outside, "secret.js"), os.path.join(web, "out.js"))
    os.symlink("../secret.html", os.path.join(web, "up.html"))
    os.symlink(outside, os.path.join(web, "linked"))
    os.symlink("redaksi.js", os.path.join(web, "alias.js"))
    return work, web


WORK, WEB = _hostile_folder()
SERVER = Server("--web-root", WEB, "--origin", ORIGIN)


def test_page_and_module_have_their_types():
    for path, expected in (("/", "text/html; charset=utf-8"),
                           ("/?lang=en", "text/html; charset=utf-8"),
                           ("/index.html", "text/html; charset=utf-8"),
                           ("/redaksi.js", "text/javascript; charset=utf-8"),
                           ("/css/page.css", "text/css; charset=utf-8")):
        status, headers, body = SERVER.get(path)
        assert status == 200, (path, status, body)
        assert headers["content-type"] == expected, (path, headers)
        assert SECRET.encode() not in body
    with open(os.path.join(WEB, "redaksi.js"), "rb") as f:
        assert SERVER.get("/redaksi.js")[2] == f.read()


def test_security_headers():
    status, headers, _ = SERVER.get("/")
    assert status == 200
    assert headers["x-content-type-options"] == "nosniff"
    policy = dict(part.strip().split(" ", 1) for part in headers["content-security-policy"].split(";"))
    assert policy["default-src"] == "'none'", policy
    assert policy["script-src"] == "'self'", policy
    assert policy["connect-src"] == "'self'", policy
    assert policy["frame-ancestors"] == "'none'", policy
    assert "unsafe" not in headers["content-security-policy"]


def test_caching_headers_and_revalidation():
    status, headers, body = SERVER.get("/redaksi.js")
    assert status == 200 and body
    assert headers["cache-control"] == "no-cache"
    etag, modified = headers["etag"], headers["last-modified"]
    assert re.fullmatch(r'"[0-9a-f-]+"', etag), etag
    status, headers, body = SERVER.get("/redaksi.js", headers={"If-None-Match": etag})
    assert status == 304 and body == b"" and headers["etag"] == etag
    status, _, body = SERVER.get("/redaksi.js", headers={"If-Modified-Since": modified})
    assert status == 304 and body == b""
    status, _, body = SERVER.get("/redaksi.js", headers={"If-None-Match": '"stale"'})
    assert status == 200 and body


def test_changed_file_gets_a_new_etag():
    path = os.path.join(WEB, "css", "page.css")
    etag = SERVER.get("/css/page.css")[1]["etag"]
    with open(path, "a") as f:
        f.write("p { margin: 0; }\n")
    status, headers, body = SERVER.get("/css/page.css", headers={"If-None-Match": etag})
    assert status == 200 and headers["etag"] != etag and b"margin" in body


def test_head_and_other_methods():
    status, headers, body = SERVER.get("/redaksi.js", method="HEAD")
    assert status == 200 and body == b""
    assert int(headers["content-length"]) == os.path.getsize(os.path.join(WEB, "redaksi.js"))
    status, headers, body = SERVER.get("/", method="POST", body=b"x",
                                       headers={"Content-Type": "text/plain"})
    assert status == 405 and "GET" in headers["allow"], (status, headers)
    assert json.loads(body)["error"]["code"] == "method-not-allowed"


def test_nothing_outside_the_folder():
    paths = [
        "/../secret.js", "/../../secret.js", "/css/../../secret.js",
        "/%2e%2e/secret.js", "/%2E%2E/secret.js", "/.%2e/secret.js", "/css/%2e%2e/%2e%2e/secret.js",
        "/..%2fsecret.js", "/%2e%2e%2fsecret.js", "/css%2f..%2f..%2fsecret.js",
        "/%252e%252e/secret.js", "/..%5csecret.js", "/..\\secret.js", "/css\\..\\..\\secret.js",
        "/out.js", "/up.html", "/linked/secret.js", "/linked/secret.txt",
        "/.hidden.js", "/%2ehidden.js", "/notes.md", "//secret.js", "/css/", "/css",
        "/index.html%00.js", "/redaksi.js/", "/" + WORK + "/secret.js",
    ]
    for path in paths:
        status, headers, body = SERVER.get(path)
        assert status in (400, 404), (path, status, body)
        assert SECRET.encode() not in body, path
    # The API's own 404 stays as it was.
    status, _, body = SERVER.get("/linked/secret.js")
    assert status == 404 and json.loads(body)["error"]["code"] == "not-found"


def test_links_inside_the_folder_are_served():
    status, headers, body = SERVER.get("/alias.js")
    assert status == 200 and headers["content-type"].startswith("text/javascript")
    with open(os.path.join(WEB, "redaksi.js"), "rb") as f:
        assert body == f.read()


def test_origin_governs_cross_origin_use():
    status, headers, _ = SERVER.get("/redaksi.js", headers={"Origin": ORIGIN})
    assert status == 200 and headers["access-control-allow-origin"] == ORIGIN
    status, _, body = SERVER.get("/redaksi.js", headers={"Origin": "https://elsewhere.example"})
    assert status == 403 and json.loads(body)["error"]["code"] == "forbidden-origin"
    status, _, body = SERVER.get("/", headers={"Host": "rebound.example"})
    assert status == 403 and json.loads(body)["error"]["code"] == "forbidden-host"
    status, headers, _ = SERVER.get("/redaksi.js", headers={"Origin": "http://127.0.0.1:%d" % SERVER.port})
    assert status == 200


def test_environment_points_at_the_folder():
    env = dict(os.environ, REDAKSI_WEB_ROOT=SOURCE_WEB)
    server = Server(env=env)
    try:
        status, headers, body = server.get("/")
        assert status == 200 and b"editor.js" in body
        with open(os.path.join(SOURCE_WEB, "index.html"), "rb") as f:
            assert body == f.read()
    finally:
        server.stop()


def test_missing_folder():
    env = dict(os.environ, REDAKSI_WEB_ROOT=os.path.join(WORK, "nowhere"))
    server = Server(env=env)
    try:
        status, _, body = server.get("/")
        assert status == 404 and json.loads(body)["error"]["code"] == "not-found"
        assert server.get("/v1/health")[0] == 200
    finally:
        server.stop()
    proc = subprocess.run([TOOL, "serve", "--port", "0", "--web-root", os.path.join(WORK, "nowhere")],
                          capture_output=True, timeout=30)
    assert proc.returncode == 2 and proc.stdout == b""
    assert len(proc.stderr.decode().strip().splitlines()) == 1 and "--web-root" in proc.stderr.decode()


def test_page_loads_only_its_own_files():
    """No inline script or style (the policy would block them) and every
    file the page names is served."""
    with open(os.path.join(SOURCE_WEB, "index.html"), encoding="utf-8") as f:
        page = f.read()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), "inline script"
    assert "<style" not in page and " style=" not in page and " on" + "click=" not in page
    names = re.findall(r'(?:src|href)="([^"#:]+)"', page)
    assert "redaksi.css" in " ".join(names) and any(n.endswith(".js") for n in names), names
    server = Server("--web-root", SOURCE_WEB)
    try:
        for name in names:
            status, _, _ = server.get("/" + name.lstrip("./"))
            assert status == 200, name
    finally:
        server.stop()


try:
    run(globals())
finally:
    SERVER.stop()
    shutil.rmtree(WORK, ignore_errors=True)
