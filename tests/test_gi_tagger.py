"""The entity tagger from Python (PyGObject), as a CMS would use it."""
import json
import os
import tempfile

import gi

gi.require_version("Redaksi", "1.0")
from gi.repository import Gio, GLib, Redaksi  # noqa: E402

import redaksi_tap  # noqa: E402


def seed_document():
    path = redaksi_tap.shared_path("seed", "bisnis-g20-2023.txt")
    with open(path, "rb") as f:
        return Redaksi.Document.new_from_bytes(GLib.Bytes.new(f.read()), False), path


def test_seed_tags():
    doc, path = seed_document()
    tagging = Redaksi.Tagger.get_default().tag(doc, None)
    entities, tags = tagging.get_entities(), tagging.get_tags()
    by_text = {}
    for entity in entities:
        by_text.setdefault(entity.get_text(), set()).add(entity.get_canonical())
    assert by_text["AS"] == {"Amerika Serikat"}
    assert by_text["Antony"] == {"Antony Blinken"}
    assert by_text["Lavrov"] == {"Sergei Lavrov"}
    assert tags[0].get_name() == "Antony Blinken"
    assert tags[0].get_entity_type() == Redaksi.EntityType.PERSON
    assert tags[0].props.mentions == 5
    assert abs(sum(t.get_salience() for t in tags) - 1.0) < 1e-9
    # Offsets count code points as Python does.
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for entity in entities:
        rng = entity.get_range()
        assert text[rng.char_start:rng.char_end] == entity.get_text()


def test_analyzer_typed_results():
    doc, path = seed_document()
    report = Redaksi.Analyzer.get_default().analyze(doc, Redaksi.AnalysisFlags.ENTITIES, None, None)
    entities = report.get_entities()
    antony = [e for e in entities if e.get_text() == "Antony"]
    assert antony and all(e.get_canonical() == "Antony Blinken" and
                          e.get_entity_type() == Redaksi.EntityType.PERSON for e in antony)
    tags = report.get_tags()
    assert tags[0].get_name() == "Antony Blinken" and tags[0].get_id() is None
    # Only what was asked for.
    assert report.get_quotes() == [] and report.get_related_links() == []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    data = text.encode()
    for entity in entities:
        rng = entity.get_range()
        assert data[rng.start:rng.end].decode() == entity.get_text()
        assert text[rng.char_start:rng.char_end] == entity.get_text()


def test_analyzer_json():
    doc, _ = seed_document()
    report = Redaksi.Analyzer.get_default().analyze(doc, Redaksi.AnalysisFlags.ENTITIES, None, None)
    result = json.loads(report.to_json_string(False))
    antony = [e for e in result["entities"] if e["text"] == "Antony"]
    assert antony and all(e["canonical"] == "Antony Blinken" and e["type"] == "PERSON" for e in antony)
    assert result["tags"][0]["name"] == "Antony Blinken"
    assert result["tags"][0]["id"] is None


def test_newsroom_gazetteer_and_errors():
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        f.write('{"entries": [\n {"name": "Koperasi Nelayan Samudra Jaya",\n'
                '  "type": "ORGANIZATION", "aliases": ["KNSJ"], "id": "tag:9"}\n]}\n')
    try:
        gazetteer = Redaksi.Gazetteer.new_from_file(f.name, True)
        tagger = Redaksi.Tagger.new(gazetteer)
        doc = Redaksi.Document.new_from_text("Ketua KNSJ bertemu Menteri Kelautan di Ambon.", -1)
        entities = tagger.tag(doc, None).get_entities()
        knsj = [e for e in entities if e.get_text() == "KNSJ"]
        assert knsj and knsj[0].get_canonical() == "Koperasi Nelayan Samudra Jaya"
        assert knsj[0].get_id() == "tag:9"
    finally:
        os.unlink(f.name)

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        f.write('{"entries": [\n {"name": "X",\n  "type": 7}\n]}\n')
    try:
        Redaksi.Gazetteer.new_from_file(f.name, True)
    except GLib.Error as error:
        assert error.matches(Redaksi.error_quark(), Redaksi.Error.INVALID_DATA)
        assert os.path.basename(f.name) + ":3:" in error.message, error.message
    else:
        raise AssertionError("a bad gazetteer was accepted")
    finally:
        os.unlink(f.name)
    found, etype, name, ident = Redaksi.Gazetteer.get_default().lookup("AS")
    assert found and name == "Amerika Serikat" and etype == Redaksi.EntityType.LOCATION
    assert not Redaksi.Gazetteer.get_default().lookup("as")[0]



def test_tag_cancelled():
    doc, _ = seed_document()
    cancellable = Gio.Cancellable()
    cancellable.cancel()
    try:
        Redaksi.Tagger.get_default().tag(doc, cancellable)
    except GLib.Error as error:
        assert error.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED), error.message
    else:
        raise AssertionError("a cancelled tagging returned a result")


def test_analyzer_with_a_newsroom_gazetteer():
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        f.write('[{"name": "Koperasi Nelayan Samudra Jaya", "type": "ORGANIZATION",'
                ' "aliases": ["KNSJ"], "id": "tag:9"}]')
    try:
        analyzer = Redaksi.Analyzer.new_with_gazetteer(f.name)
        by_property = Redaksi.Analyzer(tagger=analyzer.get_tagger())
    finally:
        os.unlink(f.name)
    assert by_property.props.tagger is analyzer.props.tagger
    assert Redaksi.Analyzer.get_default().get_tagger() is Redaksi.Tagger.get_default()
    doc = Redaksi.Document.new_from_text("Ketua KNSJ bertemu Menteri Kelautan di Ambon.", -1)
    for each in (analyzer, by_property):
        report = each.analyze(doc, Redaksi.AnalysisFlags.ENTITIES, None, None)
        result = json.loads(report.to_json_string(False))
        knsj = [e for e in result["entities"] if e["text"] == "KNSJ"]
        assert knsj and knsj[0]["id"] == "tag:9", result["entities"]
    plain = Redaksi.Analyzer.get_default().analyze(doc, Redaksi.AnalysisFlags.ENTITIES, None, None)
    assert "tag:9" not in plain.to_json_string(False)


redaksi_tap.run(globals())
