"""The Redaksi-1.0 typelib from Python (PyGObject), as a CMS would use it."""
import json

import gi

gi.require_version("Redaksi", "1.0")
from gi.repository import GLib, Redaksi  # noqa: E402

import redaksi_tap  # noqa: E402


def test_readme_example():
    # The README's example, line for line.
    doc = Redaksi.Document.new_from_text("JAKARTA, KOMPAS.com - Banjir datang. Warga mengungsi.", -1)
    report = Redaksi.Analyzer.get_default().analyze(doc, Redaksi.AnalysisFlags.ALL, None, None)
    result = json.loads(report.to_json_string(False))
    print("#", result["document"]["sentences"], "kalimat")
    assert result["document"]["sentences"] == 2
    assert result["document"]["dateline"]["text"] == "JAKARTA, KOMPAS.com -"


def test_offsets_count_as_python_does():
    text = "“Banjir 😀 datang,” kata Ma’ruf."
    doc = Redaksi.Document.new_from_text(text, -1)
    words = [doc.get_token_text(i) for i in range(doc.get_n_tokens())]
    index = words.index("kata")
    token = doc.get_token(index)
    rng = doc.make_range(token.start, token.end)
    assert text[rng.char_start:rng.char_end] == "kata"
    assert rng.utf16_start == len(text[:rng.char_start].encode("utf-16-le")) // 2
    assert text.encode()[rng.start:rng.end] == b"kata"


def test_quote_tokens():
    doc = Redaksi.Document.new_from_text("”Kita siap,” kata dia.", -1)
    marks = [doc.get_token(i) for i in range(doc.get_n_tokens())
             if doc.get_token(i).kind == Redaksi.TokenKind.QUOTE]
    assert [m.quote_role for m in marks] == [Redaksi.QuoteRole.OPENING, Redaksi.QuoteRole.CLOSING]


def test_invalid_utf8_error():
    try:
        Redaksi.Document.new_from_bytes(GLib.Bytes.new(b"Rusia \xff Ukraina"), False)
    except GLib.Error as error:
        assert error.matches(Redaksi.error_quark(), Redaksi.Error.INVALID_UTF8)
        assert "byte 6" in error.message
    else:
        raise AssertionError("invalid UTF-8 was accepted")


def test_html_maps_to_source():
    html = "<p>Kata <b>Menteri</b> &amp; staf.</p>"
    doc = Redaksi.Document.new_from_html(html, -1)
    text, _ = doc.get_text()
    assert text == "Kata Menteri & staf."
    start = text.index("Menteri")
    rng = doc.make_range(start, start + len("Menteri"))
    assert html[rng.char_start:rng.char_end] == "Menteri"


def test_async_analyze():
    loop = GLib.MainLoop()
    doc = Redaksi.Document.new_from_text("Satu. Dua.", -1)
    results = []

    def done(analyzer, result):
        results.append(analyzer.analyze_finish(result))
        loop.quit()

    Redaksi.Analyzer.get_default().analyze_async(doc, Redaksi.AnalysisFlags.ALL, None, None, done)
    GLib.timeout_add_seconds(10, loop.quit)
    loop.run()
    assert results and results[0].get_document().get_n_sentences() == 2


redaksi_tap.run(globals())
