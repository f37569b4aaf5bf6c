"""Quote checking through the Redaksi-1.0 typelib from Python (PyGObject)."""
import http.server
import json
import os
import threading

import gi

gi.require_version("Redaksi", "1.0")
from gi.repository import GLib, Redaksi  # noqa: E402

import redaksi_tap  # noqa: E402

ARTICLE = ("Menteri Perdagangan Budi Santoso meninjau pasar.\n"
           "“Stok beras cukup sampai Lebaran” ujat Budi.\n")
SOURCE = "Kami pastikan stok beras cukup sampai Lebaran dan harga stabil."


def check(text, source=None):
    checker = Redaksi.QuoteChecker.new()
    doc = Redaksi.Document.new_from_text(text, -1)
    src = Redaksi.Document.new_from_text(source, -1) if source else None
    return checker.check(doc, src, None)


def test_quote_properties():
    report = check(ARTICLE)
    quotes = report.get_quotes()
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.props.speaker == "Budi Santoso"
    assert quote.get_speaker_text() == "Budi"
    assert quote.props.cue == "ujat"
    rng = quote.get_range()
    assert ARTICLE[rng.char_start:rng.char_end] == quote.props.text
    assert len(quote.get_parts()) == 1


def test_issues_fix_with_python_offsets():
    report = check(ARTICLE)
    fixed = ARTICLE
    # Apply every replacement from the end, by code points as Python counts.
    for issue in sorted(report.get_issues(), key=lambda i: -i.get_range().char_start):
        rng = issue.get_range()
        fixed = fixed[:rng.char_start] + issue.get_replacements()[0] + fixed[rng.char_end:]
    assert "“Stok beras cukup sampai Lebaran,” ujar Budi." in fixed
    assert check(fixed).get_issues() == []


def test_json_contract():
    result = json.loads(check(ARTICLE).to_json_string(False))
    assert set(result) >= {"version", "quotes", "issues"}
    quote = result["quotes"][0]
    for member in ("text", "start", "end", "char_start", "char_end", "utf16_start",
                   "utf16_end", "speaker", "speaker_text", "cue"):
        assert member in quote, member
    assert "source" not in quote
    codes = [issue["code"] for issue in result["issues"]]
    assert codes == ["quote-punctuation", "quote-unknown-cue"]


def test_source_verification():
    report = check(ARTICLE, SOURCE)
    quote = report.get_quotes()[0]
    assert quote.props.source_status == Redaksi.QuoteSourceStatus.VERIFIED
    report = check(ARTICLE.replace("Lebaran", "Natal"), SOURCE)
    quote = report.get_quotes()[0]
    assert quote.get_source_status() == Redaksi.QuoteSourceStatus.ALTERED
    diffs = [(d.get_quote(), d.get_source()) for d in quote.get_differences()]
    assert diffs == [("natal", "lebaran")]


class SourceHandler(http.server.BaseHTTPRequestHandler):
    PAGES = {
        "/transkrip.txt": ("text/plain", SOURCE),
        "/siaran.html": ("text/html", "<html><body><p>%s</p></body></html>" % SOURCE),
    }

    def do_GET(self):
        if self.path not in self.PAGES:
            self.send_error(404)
            return
        content_type, text = self.PAGES[self.path]
        body = text.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", content_type + "; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def serve_sources():
    """A loopback HTTP server in a thread, so the blocking fetch_source()
    can be called while it answers."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SourceHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def wait_for(start):
    """Runs an asynchronous call to its callback on a main loop of its own."""
    loop = GLib.MainLoop()
    outcome = {}

    def done(obj, result):
        outcome["result"] = result
        loop.quit()

    start(done)
    GLib.timeout_add_seconds(30, loop.quit)
    loop.run()
    assert "result" in outcome, "the asynchronous call did not finish within 30 s"
    return outcome["result"]


def outcome(call):
    """The returned value or the GLib.Error raised, as a comparable tuple."""
    try:
        return ("ok", call())
    except GLib.Error as error:
        return ("error", error.domain, error.code, error.message)


def fetch_both(checker, url):
    sync = outcome(lambda: checker.fetch_source(url, None))
    result = wait_for(lambda done: checker.fetch_source_async(url, None, done))
    async_ = outcome(lambda: checker.fetch_source_finish(result))
    return sync, async_


def check_both(checker, doc, src):
    sync = checker.check(doc, src, None).to_json_string(False)
    result = wait_for(lambda done: checker.check_async(doc, src, None, done))
    return sync, checker.check_finish(result).to_json_string(False)


def describe(document):
    return (document.is_html(), document.get_source()[0], document.get_text()[0])


def test_fetch_source_async_matches_fetch_source():
    server = serve_sources()
    base = "http://127.0.0.1:%d" % server.server_address[1]
    checker = Redaksi.QuoteChecker.new()
    checker.props.allow_private = True  # the test server is on loopback
    refusing = Redaksi.QuoteChecker.new()
    try:
        for path in ("/transkrip.txt", "/siaran.html"):
            sync, async_ = fetch_both(checker, base + path)
            assert sync[0] == async_[0] == "ok", (sync, async_)
            assert describe(sync[1]) == describe(async_[1])
            assert SOURCE in async_[1].get_text()[0]
            assert async_[1].is_html() == path.endswith(".html")
        for c, url in ((checker, base + "/tidak-ada.txt"), (refusing, base + "/transkrip.txt")):
            sync, async_ = fetch_both(c, url)
            assert sync[0] == "error" and sync == async_, (sync, async_)
            assert sync[1:3] == (GLib.quark_to_string(Redaksi.error_quark()), Redaksi.Error.FETCH)
    finally:
        server.shutdown()
        server.server_close()


def test_fetch_source_async_refuses_other_schemes():
    checker = Redaksi.QuoteChecker.new()
    checker.props.allow_private = True
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x.txt", "bukan url"):
        sync, async_ = fetch_both(checker, url)
        assert sync[0] == "error" and sync == async_, (sync, async_)
        assert sync[1:3] == (GLib.quark_to_string(Redaksi.error_quark()), Redaksi.Error.FETCH)


def test_check_async_matches_check():
    server = serve_sources()
    checker = Redaksi.QuoteChecker.new()
    checker.props.allow_private = True
    try:
        fetched = checker.fetch_source("http://127.0.0.1:%d/siaran.html" % server.server_address[1], None)
    finally:
        server.shutdown()
        server.server_close()
    doc = Redaksi.Document.new_from_text(ARTICLE.replace("Lebaran", "Natal"), -1)
    for src in (None, Redaksi.Document.new_from_text(SOURCE, -1), fetched):
        sync, async_ = check_both(checker, doc, src)
        assert sync == async_
        statuses = [q.get("source", {}).get("status") for q in json.loads(async_)["quotes"]]
        assert statuses == ([None] if src is None else ["altered"]), statuses


def test_seed_article():
    path = redaksi_tap.shared_path("seed", "bisnis-g20-2023.txt")
    with open(path, encoding="utf-8") as f:
        report = check(f.read())
    quotes = report.get_quotes()
    assert [q.props.speaker for q in quotes] == ["Antony Blinken", "Antony Blinken", "Annalena Baerbock"]
    assert [q.props.cue for q in quotes] == ["kata", "ujat", "tutur"]


redaksi_tap.run(globals())
