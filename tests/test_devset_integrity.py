"""The development set of tests/devset is whole: sources, gold, size."""
import glob
import json
import os
import re

import redaksi_tap

DEVSET = redaksi_tap.source_path("devset")
TYPES = {"PERSON", "ORGANIZATION", "LOCATION", "EVENT"}
NAME = re.compile(r"^(\d\d)-([a-z0-9]+)-[a-z0-9-]+$")


def articles():
    paths = sorted(glob.glob(os.path.join(DEVSET, "articles", "*.txt")))
    return [os.path.basename(p)[:-len(".txt")] for p in paths]


def read(*parts):
    with open(os.path.join(DEVSET, *parts), encoding="utf-8") as f:
        return f.read()


def source_rows():
    rows = {}
    for line in read("SOURCES.md").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and cells[0].endswith(".txt"):
            rows[cells[0]] = cells
    return rows


def test_at_least_30_articles_from_8_outlets():
    names = articles()
    assert len(names) >= 30, len(names)
    for name in names:
        assert NAME.match(name), name
    outlets = {NAME.match(name).group(2) for name in names}
    assert len(outlets) >= 8, sorted(outlets)


def test_every_article_has_a_sources_row():
    rows = source_rows()
    for name in articles():
        row = rows.get(name + ".txt")
        assert row is not None, name
        # file, outlet, date, where found, licence, full or excerpt
        assert len(row) == 6 and all(row), row
        assert row[1] == NAME.match(name).group(2), row
        assert re.match(r"^\d{4}-\d\d-\d\d$", row[2]), row
        assert row[5].startswith(("full", "excerpt")), row
    assert set(rows) == {name + ".txt" for name in articles()}, set(rows)


def test_every_article_has_gold_and_the_reverse():
    gold = sorted(os.path.basename(p)[:-len(".json")]
                  for p in glob.glob(os.path.join(DEVSET, "gold", "*.json")))
    assert gold == articles(), set(gold) ^ set(articles())


def test_gold_parses_and_is_well_formed():
    for name in articles():
        gold = json.loads(read("gold", name + ".json"))
        assert isinstance(gold["quotes"], list), name
        for quote in gold["quotes"]:
            assert 1 <= len(quote["starts"].split()) <= 8, (name, quote)
            if quote["speaker"] is None:
                assert quote["speaker_type"] is None, (name, quote)
            else:
                assert quote["speaker_type"] in ("PERSON", "ORGANIZATION"), (name, quote)
            for code in quote.get("issues", []):
                assert code.startswith("quote-"), (name, code)
        for entity in gold["entities"]:
            assert entity["type"] in TYPES, (name, entity)
            assert isinstance(entity["aliases"], list), (name, entity)
        assert all(isinstance(s, str) for s in gold["not_entities"]), name


def test_gold_quotes_occur_in_order_in_their_article():
    for name in articles():
        text = read("articles", name + ".txt")
        gold = json.loads(read("gold", name + ".json"))
        position = 0
        for quote in gold["quotes"]:
            found = text.find(quote["starts"], position)
            assert found >= 0, (name, quote["starts"])
            position = found + 1
        for quote in gold.get("optional_quotes", []):
            assert quote["starts"] in text, (name, quote["starts"])


def test_gold_speakers_are_gold_entities():
    for name in articles():
        gold = json.loads(read("gold", name + ".json"))
        names = {e["name"]: e["type"] for e in gold["entities"]}
        for quote in gold["quotes"]:
            if quote["speaker"] is not None:
                assert names.get(quote["speaker"]) == quote["speaker_type"], (
                    name, quote["speaker"])


def test_at_least_100_quotes():
    total = sum(len(json.loads(read("gold", n + ".json"))["quotes"]) for n in articles())
    assert total >= 100, total


def test_articles_are_plain_paragraphs():
    for name in articles():
        text = read("articles", name + ".txt")
        assert text.endswith("\n") and "\r" not in text, name
        assert "\n\n\n" not in text, name


redaksi_tap.run(globals())
