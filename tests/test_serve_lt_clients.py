"""LanguageTool clients against `redaksi serve`: /v2/check gives the
related-article inserts as matches, and takes LanguageTool's annotated
`data` (text and markup parts) with offsets in the annotated text, as
LanguageTool's AnnotatedText counts them. Real Node clients
(tests/lt-client) check the seed article through plain text and through
`data` built from an HTML version. Everything on 127.0.0.1."""
import json
import os
import shutil
import signal
import subprocess
import urllib.error
import urllib.parse
import urllib.request

import redaksi_tap
from redaksi_tap import Skip

TOOL = os.environ["REDAKSI_TOOL"]
LT_CLIENT = redaksi_tap.source_path("lt-client")
EXAMPLE = redaksi_tap.source_path("..", "data", "examples", "banjir-bekasi.txt")


class Server:
    """redaksi serve on a loopback port the kernel chose; a generous
    timeout, since the sanitizer build is slow."""

    def __init__(self):
        self.proc = subprocess.Popen([TOOL, "serve", "--port", "0", "--timeout", "120"],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        line = self.proc.stdout.readline().decode()
        assert "listening on http://127.0.0.1:" in line, line
        self.url = line.split("listening on ")[1].strip().rstrip("/")

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        assert self.proc.wait(timeout=60) == 0


SERVER = Server()


def check(fields, method="POST"):
    """(status, parsed answer) of /v2/check for the form @fields."""
    form = urllib.parse.urlencode(fields)
    if method == "GET":
        req = urllib.request.Request(SERVER.url + "/v2/check?" + form)
    else:
        req = urllib.request.Request(SERVER.url + "/v2/check", form.encode(),
                                     {"Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(req, timeout=150) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def utf16(text):
    return len(text.encode("utf-16-le")) // 2


def utf16_slice(text, offset, length):
    return text.encode("utf-16-le")[2 * offset:2 * (offset + length)].decode("utf-16-le")


def matches_of(answer, rule):
    return [m for m in answer["matches"] if m["rule"]["id"] == rule]


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


# -- inserts as matches ---------------------------------------------------

def test_seed_insert_is_a_match():
    text = read(redaksi_tap.shared_path("seed", "bisnis-g20-2023.txt"))
    status, answer = check({"text": text, "language": "id"})
    assert status == 200, answer
    inserts = matches_of(answer, "related-link-insert")
    assert len(inserts) == 1, answer["matches"]
    match = inserts[0]
    # The orphan marker's whole line: deleting it ("") removes the line.
    assert (match["offset"], match["length"]) == (utf16(text[:text.index("Baca Juga")]), 10)
    assert match["replacements"] == [{"value": ""}]
    assert match["rule"]["category"]["id"] == "REDAKSI_RELATED_LINKS"
    context = match["context"]
    assert utf16_slice(context["text"], context["offset"], context["length"]) == "Baca Juga\n"
    cue = matches_of(answer, "quote-unknown-cue")[0]
    assert (cue["offset"], cue["length"]) == (utf16(text[:text.index("ujat")]), 4)


def test_insert_offsets_are_utf16_units():
    text = ("Warga 😀 Bekasi 👨‍👩‍👧 mengungsi karena banjir.\n"
            "Baca juga: Tanggul 🌧 Jebol di Bekasi\n"
            "Air mulai surut pada sore hari.\n")
    status, answer = check({"text": text, "language": "id"})
    assert status == 200, answer
    inserts = matches_of(answer, "related-link-insert")
    assert len(inserts) == 1, answer["matches"]
    line = "Baca juga: Tanggul 🌧 Jebol di Bekasi\n"
    assert utf16_slice(text, inserts[0]["offset"], inserts[0]["length"]) == line


def test_many_inserts_give_a_bounded_answer():
    """A body full of inserts is answered, with LanguageTool's warning that
    the list was cut at 10,000 matches."""
    text = "".join("Baca juga: Banjir di Bekasi %d\nWarga mengungsi.\n" % i for i in range(12_000))
    status, answer = check({"text": text, "language": "id"})
    assert status == 200, answer
    assert len(answer["matches"]) == 10_000
    assert answer["warnings"]["incompleteResults"] is True
    last = answer["matches"][-1]
    assert utf16_slice(text, last["offset"], last["length"]) == "Baca juga: Banjir di Bekasi 9999\n"


# -- LanguageTool's annotated data -----------------------------------------

def html_annotation(paragraphs):
    """What a rich-text client sends for <p>…</p> paragraphs: markup read as
    paragraph breaks, as annotatedtext-rehype builds it."""
    parts = []
    for i, paragraph in enumerate(paragraphs):
        parts.append({"markup": "<p>"} if i == 0 else {"markup": "</p>\n<p>", "interpretAs": "\n\n\n"})
        parts.append({"text": paragraph})
    parts.append({"markup": "</p>\n", "interpretAs": "\n\n\n"})
    return parts


def annotated_text(parts):
    return "".join(part.get("text", part.get("markup", "")) for part in parts)


def lt_original_position(parts, plain_position, is_to_pos):
    """LanguageTool's AnnotatedTextBuilder.build() and
    AnnotatedText.getOriginalTextPositionFor(), in UTF-16 units."""
    plain = total = 0
    mapping = {}
    for part in parts:
        if "text" in part:
            plain += utf16(part["text"])
            total += utf16(part["text"])
            mapping[plain] = (total, 0)
        else:
            total += utf16(part["markup"])
            if "interpretAs" in part:
                plain += utf16(part["interpretAs"])
                mapping.setdefault(plain, (total, utf16(part["markup"])))
    key = min(k for k in mapping if k > plain_position)
    total, fake_markup_length = mapping[key]
    diff = key - plain_position
    if not is_to_pos and fake_markup_length > 0:
        diff = fake_markup_length
    return total - diff


def test_data_offsets_are_languagetools():
    paragraphs = read(redaksi_tap.shared_path("seed", "bisnis-g20-2023.txt")).splitlines()
    parts = html_annotation(paragraphs)
    html = annotated_text(parts)
    plain = "".join(part.get("text", part.get("interpretAs", "")) for part in parts)
    status, answer = check({"data": json.dumps({"annotation": parts}), "language": "id"})
    assert status == 200, answer
    cue = matches_of(answer, "quote-unknown-cue")[0]
    insert = matches_of(answer, "related-link-insert")[0]
    assert (cue["offset"], cue["length"]) == (utf16(html[:html.index("ujat")]), 4)
    # The insert is the marker's words: its line end was markup's, and
    # markup is never flagged.
    assert (insert["offset"], insert["length"]) == (utf16(html[:html.index("Baca Juga")]), 9)
    assert insert["replacements"] == [{"value": ""}]
    for match, word in ((cue, "ujat"), (insert, "Baca Juga")):
        start = utf16(plain[:plain.index(word)])
        lt_from = lt_original_position(parts, start, False)
        lt_to = lt_original_position(parts, start + utf16(word) - 1, True) + 1
        assert (match["offset"], match["offset"] + match["length"]) == (lt_from, lt_to), word
        context = match["context"]
        assert utf16_slice(context["text"], context["offset"], context["length"]) == word
        assert utf16_slice(html, match["offset"], match["length"]) == word


def test_data_counts_markup_in_utf16_units():
    parts = [{"markup": "<p title=\"😀 👨‍👩‍👧\">"}, {"text": "Warga 🌧 mengungsi."},
             {"markup": "</p><img alt=\"😀\"><p>", "interpretAs": "\n\n"},
             {"text": "Baca juga: Tanggul Jebol di Bekasi"},
             {"markup": "</p><p>", "interpretAs": "\n\n"}, {"text": "Air surut."},
             {"markup": "</p>"}]
    html = annotated_text(parts)
    status, answer = check({"data": json.dumps({"annotation": parts}), "language": "id"})
    assert status == 200, answer
    inserts = matches_of(answer, "related-link-insert")
    assert len(inserts) == 1, answer["matches"]
    assert utf16_slice(html, inserts[0]["offset"], inserts[0]["length"]) == \
        "Baca juga: Tanggul Jebol di Bekasi"


def test_markup_is_never_flagged():
    """Words in markup are not checked, and no match starts or ends in
    markup, whatever its interpretAs."""
    parts = [{"text": "Warga mengungsi."},
             {"markup": "<!-- \"Kami siap,\" ujat Budi.\nBaca juga: Judul Lain -->", "interpretAs": "\n"},
             {"text": "Baca Juga"}, {"markup": "</p>", "interpretAs": "\n\n"},
             # Blanks between blocks, which HTML parsers give as text.
             {"text": "\n  "}, {"markup": "<p>"},
             {"text": "Air surut. \"Kami siap,\" ujat Budi."}, {"markup": "<br>", "interpretAs": "\n"}]
    html = annotated_text(parts)
    markup = []
    position = 0
    for part in parts:
        length = utf16(part.get("text", part.get("markup")))
        if "markup" in part:
            markup.append((position, position + length))
        position += length
    status, answer = check({"data": json.dumps({"annotation": parts}), "language": "id"})
    assert status == 200, answer
    rules = sorted(m["rule"]["id"] for m in answer["matches"])
    assert rules.count("related-link-insert") == 1 and rules.count("quote-unknown-cue") == 1, rules
    for match in answer["matches"]:
        start, end = match["offset"], match["offset"] + match["length"]
        for m_start, m_end in markup:
            assert not m_start <= start < m_end and not m_start < end <= m_end, (match, m_start)
    insert = matches_of(answer, "related-link-insert")[0]
    assert utf16_slice(html, insert["offset"], insert["length"]) == "Baca Juga"


def test_data_of_text_parts_answers_as_text():
    text = read(EXAMPLE)
    _, plain = check({"text": text, "language": "id"})
    words = text.split(" ")
    parts = [{"text": word + " "} for word in words[:-1]] + [{"text": words[-1]}]
    _, annotated = check({"data": json.dumps({"annotation": parts}), "language": "id"})
    _, whole = check({"data": json.dumps({"text": text}), "language": "id"}, method="GET")
    assert plain["matches"] and annotated["matches"] == plain["matches"] == whole["matches"]


def test_bad_data_is_400_with_a_reason():
    cases = [
        ("{", "Parse error"),
        ("[]", "not a JSON object"),
        ('{"annotation": 3}', "not a list"),
        ('{"annotation": [3]}', "annotation 0 is not an object"),
        ('{"annotation": [{"text": "a"}, {"text": "a", "markup": "b"}]}', "annotation 1 has both"),
        ('{"annotation": [{"text": "a", "interpretAs": "b"}]}', "interpretAs"),
        ('{"annotation": [{"markup": "<b>"}, {"foo": 1}]}', "annotation 1 has neither"),
        ('{"annotation": [{"markup": 5}]}', "must be strings"),
        ('{"text": "a", "annotation": []}', "not both"),
        ("{}", "no “annotation”"),
        ('{"annotation": [{"text": "Banjir\\u0000 surut"}]}', "NUL"),
        ("[" * 100_000, "deeper than"),
    ]
    for data, words in cases:
        status, answer = check({"data": data, "language": "id"})
        assert status == 400 and answer["error"]["code"] == "invalid-data", (data[:40], answer)
        assert words in answer["error"]["message"], (words, answer)
    status, answer = check({"text": "Halo.", "data": '{"text": "Halo."}', "language": "id"})
    assert status == 400 and answer["error"]["code"] == "invalid-data", answer
    status, answer = check({"language": "id"})
    assert status == 400 and answer["error"]["code"] == "missing-text", answer
    # The server is still there.
    assert check({"data": '{"annotation": [{"text": "Halo."}]}', "language": "id"})[0] == 200


# -- real Node clients ----------------------------------------------------

def test_node_clients_check_the_seed():
    seed = redaksi_tap.shared_path("seed", "bisnis-g20-2023.txt")
    node = shutil.which("node")
    if node is None:
        raise Skip("node is not installed (tools/setup.sh installs the clients when it is)")
    if not os.path.isdir(os.path.join(LT_CLIENT, "node_modules", "languagetool-api")):
        raise Skip("tests/lt-client/node_modules is absent: run npm ci --prefix tests/lt-client")
    run = subprocess.run([node, os.path.join(LT_CLIENT, "check-seed.mjs"), SERVER.url, seed],
                         capture_output=True, timeout=120)
    print("\n".join("# " + line for line in run.stdout.decode().splitlines()))
    assert run.returncode == 0, run.stderr.decode()
    assert "not ok" not in run.stdout.decode()


if __name__ == "__main__":
    try:
        redaksi_tap.run(dict(globals()))
    finally:
        SERVER.stop()
