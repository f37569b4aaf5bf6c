"""Quote checking through the Redaksi-1.0 typelib from Python (PyGObject)."""
import json
import os

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


def test_async_refuses_file_urls():
    checker = Redaksi.QuoteChecker.new()
    doc = Redaksi.Document.new_from_text(ARTICLE, -1)
    loop = GLib.MainLoop()
    outcome = {}

    def done(obj, result):
        try:
            obj.check_finish(result)
        except GLib.Error as error:
            outcome["error"] = error
        loop.quit()

    checker.check_async(doc, "file:///etc/passwd", None, done)
    loop.run()
    assert outcome["error"].matches(Redaksi.error_quark(), Redaksi.Error.FETCH)


def test_seed_article():
    path = redaksi_tap.shared_path("seed", "bisnis-g20-2023.txt")
    with open(path, encoding="utf-8") as f:
        report = check(f.read())
    quotes = report.get_quotes()
    assert [q.props.speaker for q in quotes] == ["Antony Blinken", "Antony Blinken", "Annalena Baerbock"]
    assert [q.props.cue for q in quotes] == ["kata", "ujat", "tutur"]


redaksi_tap.run(globals())
