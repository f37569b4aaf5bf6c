"""`--gazetteer FILE` (CONTRACT §5): a newsroom gazetteer loaded over the
built-in one changes `tag`, `check`, `batch` and `serve` alike, and its
ids appear in each; a broken one is refused with exit 2 before any work."""
import json
import os
import signal
import subprocess
import tempfile
import urllib.request

import redaksi_tap

TOOL = os.environ["REDAKSI_TOOL"]

GAZETTEER = {
    "entries": [
        {"name": "Rina Lestari", "type": "PERSON", "id": "tokoh:rina-lestari",
         "aliases": ["Rina"]},
        {"name": "Lembaga Riset Pangan Nusantara", "type": "ORGANIZATION",
         "id": "org:lrpn", "aliases": ["LRPN"]},
    ]
}

# LRPN appears only as an acronym: without the gazetteer no long form.
ARTICLE = (
    "JAKARTA, KOMPAS.com - Harga beras di pasar induk naik 12 persen dalam sepekan, "
    "menurut catatan LRPN yang dirilis Senin.\n\n"
    "Peneliti LRPN, Rina Lestari, mengatakan kenaikan itu dipicu panen yang mundur. "
    "\"Stok di gudang masih cukup untuk tiga bulan,\" ujar Rina di Jakarta.\n"
)

WORKDIR = tempfile.TemporaryDirectory(prefix="redaksi-gazetteer-")


def write(name, data):
    path = os.path.join(WORKDIR.name, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)
    return path


GAZETTEER_PATH = write("newsroom.json", json.dumps(GAZETTEER, indent=1))
ARTICLE_PATH = write("article.txt", ARTICLE)


def redaksi(*args, stdin=None):
    return subprocess.run([TOOL, *args], input=stdin, capture_output=True, timeout=120)


def entities_and_tags(result):
    """What a gazetteer decides, in a form every entry point must share."""
    entities = [(e["text"], e["type"], e["canonical"], e["start"], e["end"], e["id"])
                for e in result["entities"]]
    tags = [(t["name"], t["type"], t["mentions"], t["id"]) for t in result["tags"]]
    return entities, tags


def from_tag(*options):
    run = redaksi("tag", "--json", *options, ARTICLE_PATH)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def from_check(*options):
    run = redaksi("check", "--json", *options, ARTICLE_PATH)
    assert run.returncode in (0, 1), run.stderr
    return json.loads(run.stdout)


def from_batch(*options):
    records = write("records.jsonl", json.dumps({"id": "a1", "text": ARTICLE}) + "\n")
    output = os.path.join(WORKDIR.name, "out.jsonl")
    run = redaksi("batch", "--ops", "tag", "--jobs", "2", *options, records, "-o", output)
    assert run.returncode == 0, run.stderr
    with open(output, encoding="utf-8") as f:
        lines = f.read().splitlines()
    assert len(lines) == 1, lines
    return json.loads(lines[0])


def from_serve(*options):
    proc = subprocess.Popen([TOOL, "serve", "--address", "127.0.0.1", "--port", "0", *options],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        line = proc.stdout.readline().decode()
        assert "listening on http://127.0.0.1:" in line, line
        url = line.split("listening on ")[1].strip().rstrip("/")
        req = urllib.request.Request(url + "/v1/tag", data=json.dumps({"text": ARTICLE}).encode(),
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as resp:
            assert resp.status == 200
            return json.loads(resp.read())
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0


ENTRY_POINTS = {"tag": from_tag, "check": from_check, "batch": from_batch, "serve": from_serve}


def test_gazetteer_changes_every_entry_point_identically():
    results = {name: entities_and_tags(run("--gazetteer", GAZETTEER_PATH))
               for name, run in ENTRY_POINTS.items()}
    entities, tags = results["tag"]
    for name, result in results.items():
        assert result == results["tag"], (name, result, results["tag"])
    ids = {canonical: id for _, _, canonical, _, _, id in entities}
    assert ids["Rina Lestari"] == "tokoh:rina-lestari", entities
    assert ids["Lembaga Riset Pangan Nusantara"] == "org:lrpn", entities
    acronyms = [e for e in entities if e[0] == "LRPN"]
    assert len(acronyms) == 2 and all(e[5] == "org:lrpn" for e in acronyms), entities
    tag_ids = {name: id for name, _, _, id in tags}
    assert tag_ids["Rina Lestari"] == "tokoh:rina-lestari", tags
    assert tag_ids["Lembaga Riset Pangan Nusantara"] == "org:lrpn", tags


def test_without_the_gazetteer_the_newsroom_ids_are_absent():
    for name, run in ENTRY_POINTS.items():
        entities, tags = entities_and_tags(run())
        ids = {e[5] for e in entities} | {t[3] for t in tags}
        assert not ids & {"tokoh:rina-lestari", "org:lrpn"}, (name, entities)
        assert "Lembaga Riset Pangan Nusantara" not in {e[2] for e in entities}, (name, entities)


def test_check_speakers_take_the_gazetteer_name():
    result = from_check("--gazetteer", GAZETTEER_PATH)
    speakers = [(q["speaker"], q["speaker_text"]) for q in result["quotes"]]
    assert speakers == [("Rina Lestari", "Rina")], speakers


def test_quotes_accepts_the_option():
    run = redaksi("quotes", "--json", "--gazetteer", GAZETTEER_PATH, ARTICLE_PATH)
    assert run.returncode in (0, 1), run.stderr
    assert json.loads(run.stdout)["quotes"], run.stdout


BROKEN = '{"entries": [\n  {"name": "Rina Lestari", "type": "PERSON"},\n  {"name": "X" "type": "PERSON"}\n]}\n'


def test_broken_gazetteer_exits_2_naming_file_and_line():
    broken = write("broken.json", BROKEN)
    records = write("broken-records.jsonl", json.dumps({"id": 1, "text": ARTICLE}) + "\n")
    commands = [
        ["tag", ARTICLE_PATH], ["check", ARTICLE_PATH], ["quotes", ARTICLE_PATH],
        ["batch", records, "-o", os.path.join(WORKDIR.name, "never.jsonl")],
        ["serve", "--port", "0"],
    ]
    for command in commands:
        run = redaksi(command[0], "--gazetteer", broken, *command[1:])
        assert run.returncode == 2, (command, run.returncode, run.stderr)
        assert run.stdout == b"", (command, run.stdout)
        lines = run.stderr.decode().splitlines()
        assert len(lines) == 1, (command, lines)
        assert broken + ":3:" in lines[0], (command, lines)
    assert not os.path.exists(os.path.join(WORKDIR.name, "never.jsonl.part"))


def test_missing_gazetteer_exits_2():
    missing = os.path.join(WORKDIR.name, "missing.json")
    run = redaksi("tag", "--gazetteer", missing, ARTICLE_PATH)
    assert run.returncode == 2 and run.stdout == b"", run
    assert "missing.json" in run.stderr.decode(), run.stderr


try:
    redaksi_tap.run(dict(globals()))
finally:
    WORKDIR.cleanup()
