"""tests/eval-devset.py scores what it is given: a stand-in for redaksi
with fixed answers on a two-article set, and the figures worked out by hand."""
import json
import os
import subprocess
import sys
import tempfile

import redaksi_tap

EVAL = redaksi_tap.source_path("eval-devset.py")

ARTICLE_A = (
    "JAKARTA - Direktur Utama PT Sinar Laut Budi Hartono menilai harga naik.\n\n"
    "\"Kami masih menunggu,\" ujarnya.\n\n"
    "Warga bernama Sari (41) mengaku bantuan belum tiba. \"Belum ada,\" kata Sari.\n\n"
    "SCROLL TO CONTINUE WITH CONTENT\n")
GOLD_A = {
    "quotes": [
        {"starts": "Kami masih menunggu", "speaker": "Budi Hartono", "speaker_type": "PERSON"},
        {"starts": "Belum ada", "speaker": "Sari", "speaker_type": "PERSON"},
    ],
    "entities": [
        {"name": "Budi Hartono", "type": "PERSON", "aliases": ["Budi"]},
        {"name": "PT Sinar Laut", "type": "ORGANIZATION", "aliases": []},
        {"name": "Sari", "type": "PERSON", "aliases": []},
        {"name": "Joko Widodo", "type": "PERSON", "aliases": []},
    ],
    "not_entities": ["SCROLL TO CONTINUE WITH CONTENT"],
    "optional_entities": ["DKI Jakarta"],
}
ARTICLE_B = "\"Tidak tahu,\" kata Rina.\n\n\"Ada lagi\" ujar Rina.\n"
GOLD_B = {
    "quotes": [
        {"starts": "Tidak tahu", "speaker": "Rina", "speaker_type": "PERSON"},
        {"starts": "Ada lagi", "speaker": "Rina", "speaker_type": "PERSON",
         "issues": ["quote-punctuation"]},
    ],
    "entities": [{"name": "Rina", "type": "PERSON", "aliases": []},
                 {"name": "Joko Widodo", "type": "PERSON", "aliases": []}],
    "not_entities": [],
}


def quote(text, needle, speaker):
    start = text.index(needle)
    return {"text": needle, "char_start": start, "char_end": start + len(needle),
            "speaker": speaker}


def issue(text, needle, code):
    start = text.index(needle)
    return {"code": code, "char_start": start, "char_end": start + len(needle)}


def answers():
    a, b = ARTICLE_A, ARTICLE_B
    return {
        "a": {
            # Right, the second tag for Budi is a duplicate, the leftover is
            # wrong and a false finding, DKI Jakarta is optional, the MISC
            # tag is not scored: 3 right of 5 scored, 4 gold.
            "tag": {"tags": [
                {"name": "Budi Hartono", "type": "PERSON"},
                {"name": "Budi", "type": "PERSON"},
                {"name": "PT Sinar Laut", "type": "ORGANIZATION"},
                {"name": "Sari", "type": "PERSON"},
                {"name": "SCROLL TO CONTINUE WITH CONTENT", "type": "ORGANIZATION"},
                {"name": "DKI Jakarta", "type": "LOCATION"},
                {"name": "Harga", "type": "MISC"},
            ]},
            # The first speaker is the last name, not the speaking subject.
            "quotes": {"quotes": [quote(a, "Kami masih menunggu", "PT Sinar Laut"),
                                  quote(a, "Belum ada", "Sari")],
                       "issues": []},
        },
        "b": {
            # Jokowi is the gazetteer's form of Joko Widodo, so right;
            # Rina as a place is wrong by type.
            "tag": {"tags": [{"name": "Rina", "type": "LOCATION"},
                             {"name": "Jokowi", "type": "PERSON"}]},
            # The second quote is missed; one spurious quote; the allowed
            # punctuation finding is fine, quote-no-attribution on the
            # first quote is a false finding.
            "quotes": {"quotes": [quote(b, "Tidak tahu", "Rina"),
                                  quote(b, "ujar", None)],
                       "issues": [issue(b, "Tidak tahu", "quote-no-attribution"),
                                  issue(b, "Ada lagi", "quote-punctuation")]},
        },
    }


def make_set(root):
    os.makedirs(os.path.join(root, "tests", "devset", "articles"))
    os.makedirs(os.path.join(root, "tests", "devset", "gold"))
    gazetteer = os.path.join(root, "data", "gazetteer")
    os.makedirs(gazetteer)
    with open(os.path.join(gazetteer, "people.json"), "w") as f:
        json.dump({"entries": [{"name": "Joko Widodo", "type": "PERSON",
                                "aliases": ["Jokowi"]}]}, f)
    for name, text, gold in (("01-x-a", ARTICLE_A, GOLD_A), ("02-y-b", ARTICLE_B, GOLD_B)):
        with open(os.path.join(root, "tests", "devset", "articles", name + ".txt"), "w") as f:
            f.write(text)
        with open(os.path.join(root, "tests", "devset", "gold", name + ".json"), "w") as f:
            json.dump(gold, f)
    tool = os.path.join(root, "fake-redaksi")
    with open(tool, "w") as f:
        f.write("#!%s\nimport json, os, sys\n" % sys.executable)
        f.write("ANSWERS = %r\n" % (answers(),))
        f.write("command, path = sys.argv[1], sys.argv[-1]\n"
                "key = os.path.basename(path)[-5]\n"
                "print(json.dumps(ANSWERS[key][command]))\n")
    os.chmod(tool, 0o755)
    return tool


def evaluate(root, tool, *args):
    env = dict(os.environ)
    env.pop("REDAKSI_TOOL", None)
    return subprocess.run([sys.executable, EVAL, "--tool", tool,
                           "--devset", os.path.join(root, "tests", "devset"), *args],
                          capture_output=True, timeout=60, env=env)


def test_figures_worked_out_by_hand():
    with tempfile.TemporaryDirectory() as root:
        tool = make_set(root)
        run = evaluate(root, tool, "--json")
        assert run.returncode == 0, run.stderr
        total = json.loads(run.stdout)["total"]
    assert total["quotes"] == 4 and total["quotes_found"] == 3, total
    assert total["quotes_missed"] == 1 and total["quotes_spurious"] == 1, total
    assert total["speaker_right"] == 2, total          # Sari, Rina
    assert abs(total["speaker_accuracy"] - 0.5) < 1e-9, total
    assert total["tags_right"] == 4, total             # Budi Hartono, PT Sinar Laut, Sari, Jokowi
    assert total["tags_predicted"] == 7, total         # + Budi, the leftover, Rina as a place
    assert total["tags_gold"] == 6, total
    assert abs(total["entity_f1"] - 2 * (4 / 7) * (4 / 6) / (4 / 7 + 4 / 6)) < 1e-9, total
    assert total["false_findings"] == 2, total         # the leftover tag, no-attribution
    assert abs(total["false_findings_per_20"] - 20.0) < 1e-9, total


def test_bounds_decide_the_exit_status():
    with tempfile.TemporaryDirectory() as root:
        tool = make_set(root)
        assert evaluate(root, tool, "--min-speaker", "0.5").returncode == 0
        run = evaluate(root, tool, "--min-speaker", "0.51")
        assert run.returncode == 1 and b"speaker accuracy" in run.stderr, run.stderr
        assert evaluate(root, tool, "--min-entity-f1", "0.7").returncode == 1
        assert evaluate(root, tool, "--max-false-per-20", "20").returncode == 0
        assert evaluate(root, tool, "--max-false-per-20", "19.9").returncode == 1


def test_explain_names_each_error():
    with tempfile.TemporaryDirectory() as root:
        tool = make_set(root)
        out = evaluate(root, tool, "--explain").stdout.decode()
    assert "speaker 'PT Sinar Laut', gold 'Budi Hartono'" in out, out
    assert "a second tag for Budi Hartono" in out, out
    assert "tag LOCATION 'Rina': type; gold PERSON" in out, out
    assert "tag missed: PERSON Joko Widodo" in out, out
    assert "quote missed (speaker Rina): Ada lagi" in out, out
    assert "false finding quote-no-attribution" in out, out
    assert "quote-punctuation" not in out, out


def test_a_gold_quote_not_in_its_article_is_refused():
    with tempfile.TemporaryDirectory() as root:
        tool = make_set(root)
        path = os.path.join(root, "tests", "devset", "gold", "02-y-b.json")
        gold = dict(GOLD_B, quotes=[{"starts": "Tidak ada di teks", "speaker": None,
                                     "speaker_type": None}])
        with open(path, "w") as f:
            json.dump(gold, f)
        run = evaluate(root, tool)
    assert run.returncode == 2 and b"not in the article" in run.stderr, run.stderr


redaksi_tap.run(globals())
