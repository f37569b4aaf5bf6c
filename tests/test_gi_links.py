"""Related-link cleanup from Python (PyGObject): find, clean, offsets."""
import json

import gi

gi.require_version("Redaksi", "1.0")
from gi.repository import GLib, Redaksi  # noqa: E402

import redaksi_tap  # noqa: E402

TEXT = ("SURABAYA - Pompa air ditambah 40 unit.\n"
        "Baca juga: Banjir “Rob” 😀 Surut di Tanjung Perak https://contoh.id/rob\n"
        "Warga dapat baca juga pengumuman di kelurahan.\n")


def cleaner():
    return Redaksi.LinkCleaner.get_default()


def test_find_and_offsets():
    doc = Redaksi.Document.new_from_text(TEXT, -1)
    links = cleaner().find(doc)
    assert len(links) == 1
    link = links[0]
    rng = link.get_range()
    assert link.get_marker() == "Baca juga"
    assert link.get_titles() == ["Banjir “Rob” 😀 Surut di Tanjung Perak"]
    assert link.get_urls() == ["https://contoh.id/rob"]
    assert TEXT[rng.char_start:rng.char_end].startswith("Baca juga:")
    assert TEXT[rng.char_start:rng.char_end].endswith("/rob\n")
    assert rng.utf16_end - rng.utf16_start == len(TEXT[rng.char_start:rng.char_end].encode("utf-16-le")) // 2


def test_clean_text_and_keep():
    doc = Redaksi.Document.new_from_text(TEXT, -1)
    data, removed = cleaner().clean(doc, Redaksi.CleanFlags.NONE, None)
    lines = TEXT.splitlines(True)
    assert data.get_data().decode() == lines[0] + lines[2]
    assert [link.get_marker() for link in removed] == ["Baca juga"]
    kept, removed = cleaner().clean(doc, Redaksi.CleanFlags.KEEP, None)
    assert kept.get_data().decode() == TEXT and len(removed) == 1


def test_clean_html_is_byte_exact():
    path = redaksi_tap.source_path("links", "kompas.html")
    expected = redaksi_tap.source_path("links", "kompas.expected.html")
    with open(path, "rb") as f:
        doc = Redaksi.Document.new_from_bytes(GLib.Bytes.new(f.read()), True)
    cleaned, _ = cleaner().clean(doc, Redaksi.CleanFlags.NONE, None)
    with open(expected, "rb") as f:
        assert cleaned.get_data() == f.read()


def test_report_json_and_ambiguous_issue():
    text = "Kata dia.Baca Juga:Judul Lain\"Kami siap,\" ujarnya.\nBaca Juga\nLanjut.\n"
    doc = Redaksi.Document.new_from_text(text, -1)
    report = Redaksi.Analyzer.get_default().analyze(doc, Redaksi.AnalysisFlags.RELATED_LINKS, None, None)
    result = json.loads(report.to_json_string(False))
    assert [link["marker"] for link in result["related_links"]] == ["Baca Juga"]
    assert [issue["code"] for issue in result["issues"]] == ["related-link-ambiguous",
                                                             "related-link-insert"]


def test_clean_async():
    loop = GLib.MainLoop()
    out = []

    def done(source, result):
        out.append(source.clean_finish(result))
        loop.quit()

    doc = Redaksi.Document.new_from_text(TEXT, -1)
    cleaner().clean_async(doc, Redaksi.CleanFlags.NONE, None, done)
    loop.run()
    data, removed = out[0]
    sync_data, sync_removed = cleaner().clean(doc, Redaksi.CleanFlags.NONE, None)
    assert data.get_data() == sync_data.get_data()
    lines = TEXT.splitlines(True)
    assert data.get_data().decode() == lines[0] + lines[2]
    # The same inserts as the blocking clean() gives, with the same ranges.
    assert [link.get_urls() for link in removed] == [["https://contoh.id/rob"]]
    assert [(link.get_range().start, link.get_range().utf16_end) for link in removed] == \
        [(link.get_range().start, link.get_range().utf16_end) for link in sync_removed]


def test_clean_text_fast_path():
    out, length = cleaner().clean_text("Satu.\n(Baca juga: Judul)\nDua.\n", -1)
    assert out == "Satu.\nDua.\n" and length == len(out)


def test_link_checker_refuses_loopback():
    checker = Redaksi.LinkChecker.new()
    results = checker.check(["http://127.0.0.1:9/", "file:///etc/passwd"], None)
    assert [r.get_status() for r in results] == [Redaksi.LinkCheckStatus.REFUSED] * 2


redaksi_tap.run(globals())
