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
    print("#", doc.get_n_sentences(), "kalimat")
    for entity in report.get_entities():
        rng = entity.get_range()  # start/end in bytes, char_* for Python, utf16_* for JavaScript
        print("#", entity.get_canonical(), rng.char_start, rng.char_end)
    assert doc.get_n_sentences() == 2
    assert all(isinstance(e, Redaksi.Entity) for e in report.get_entities())
    # The JSON stays, for the command line, batch and HTTP.
    result = json.loads(report.to_json_string(False))
    assert result["document"]["dateline"]["text"] == "JAKARTA, KOMPAS.com -"


ARTICLE = ("JAKARTA, KOMPAS.com - Warga 😀 Bekasi mengungsi karena banjir.\n"
           "“Kami siap membantu warga” ujat Gubernur Jawa Barat Ridwan Kamil di Bekasi.\n"
           "Baca juga: Banjir 😀 Surut di Bekasi https://contoh.id/banjir\n"
           "Menurut Ridwan, pompa air ditambah.\n")


def assert_range_slices(rng, text, expected):
    """One range, three units: bytes, code points (Python), UTF-16 (JavaScript)."""
    data = text.encode()
    assert data[rng.start:rng.end].decode() == expected
    assert text[rng.char_start:rng.char_end] == expected
    utf16 = text.encode("utf-16-le")
    assert utf16[2 * rng.utf16_start:2 * rng.utf16_end].decode("utf-16-le") == expected


def test_typed_results():
    doc = Redaksi.Document.new_from_text(ARTICLE, -1)
    report = Redaksi.Analyzer.get_default().analyze(doc, Redaksi.AnalysisFlags.ALL, None, None)
    entities = report.get_entities()
    assert "Ridwan Kamil" in [e.get_canonical() for e in entities]
    for entity in entities:
        assert isinstance(entity, Redaksi.Entity)
        assert_range_slices(entity.get_range(), ARTICLE, entity.get_text())
    assert report.get_tags()[0].get_mentions() >= 1
    quotes = report.get_quotes()
    assert len(quotes) == 1 and quotes[0].get_speaker() == "Ridwan Kamil"
    assert_range_slices(quotes[0].get_range(), ARTICLE, quotes[0].get_text())
    cue = [i for i in report.get_issues() if i.get_code() == "quote-unknown-cue"]
    assert cue and cue[0].get_replacements()[0] == "ujar"
    assert_range_slices(cue[0].get_range(), ARTICLE, "ujat")
    links = report.get_related_links()
    assert len(links) == 1 and links[0].get_urls() == ["https://contoh.id/banjir"]
    rng = links[0].get_range()
    assert ARTICLE[rng.char_start:rng.char_end].startswith("Baca juga: Banjir 😀")
    assert_range_slices(rng, ARTICLE, ARTICLE[rng.char_start:rng.char_end])
    # The same results as the JSON, in the same order.
    result = json.loads(report.to_json_string(False))
    assert [e["canonical"] for e in result["entities"]] == [e.get_canonical() for e in entities]
    assert [i["code"] for i in result["issues"]] == [i.get_code() for i in report.get_issues()]


def test_typed_results_only_requested():
    doc = Redaksi.Document.new_from_text(ARTICLE, -1)
    report = Redaksi.Analyzer.get_default().analyze(doc, Redaksi.AnalysisFlags.QUOTES, None, None)
    assert len(report.get_quotes()) == 1
    assert report.get_entities() == [] and report.get_tags() == []
    assert report.get_related_links() == []
    assert not hasattr(report, "get_results")


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
