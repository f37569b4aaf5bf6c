"""`redaksi check` reports every related-article insert as a finding:
a compiler-style line in text output, and in the JSON `issues` a
`related-link-insert` whose replacement deletes exactly what `redaksi
clean` removes (an ambiguous insert is a `related-link-ambiguous` with no
replacement)."""
import glob
import json
import os
import re
import subprocess

import redaksi_locale
import redaksi_tap

TOOL = os.environ["REDAKSI_TOOL"]
LINKS = redaksi_tap.source_path("links")
EXAMPLE = redaksi_tap.source_path("..", "data", "examples", "banjir-bekasi.txt")


def redaksi(*args, stdin=None, env=None):
    return subprocess.run([TOOL, *args], input=stdin, capture_output=True, timeout=60, env=env)


def fixtures(pattern):
    return sorted(path for path in glob.glob(os.path.join(LINKS, pattern))
                  if ".expected." not in path)


def check_json(path, *args):
    run = redaksi("check", "--json", *args, path)
    assert run.returncode in (0, 1), run.stderr
    return json.loads(run.stdout)


def issues_with(result, code):
    return [issue for issue in result.get("issues", []) if issue["code"] == code]


def line_column(data, offset):
    """1-based line and column (in characters) of a byte offset."""
    before = data[:offset]
    line_start = before.rfind(b"\n") + 1
    return before.count(b"\n") + 1, len(before[line_start:].decode()) + 1


def test_text_output_names_each_insert():
    with open(EXAMPLE, "rb") as f:
        data = f.read()
    links = check_json(EXAMPLE)["related_links"]
    run = redaksi("check", EXAMPLE, env=redaksi_locale.environment("C"))
    assert run.returncode in (0, 1), run.stderr
    finding = re.compile(r'^(.*):(\d+):(\d+): warning: related-article insert "(.+)" '
                         r'\[related-link-insert\]$', re.M)
    found = finding.findall(run.stdout.decode())
    print("# %s" % "; ".join(excerpt for _, _, _, excerpt in found))
    assert len(found) == len(links) >= 2, run.stdout
    for (name, line, column, excerpt), link in zip(found, links):
        assert name == EXAMPLE
        assert (int(line), int(column)) == line_column(data, link["start"])
        # The insert's own words, on one line.
        words = " ".join(data[link["start"]:link["end"]].decode().split())
        assert excerpt == words or (excerpt.endswith("…") and words.startswith(excerpt[:-1])), \
            (excerpt, words)


def test_text_output_in_indonesian():
    env = redaksi_locale.environment("id_ID.UTF-8")
    run = redaksi("check", EXAMPLE, env=env)
    assert run.returncode in (0, 1), run.stderr
    assert re.search(r'^.*:\d+:\d+: peringatan: sisipan artikel terkait "Baca juga: .+" '
                     r'\[related-link-insert\]$', run.stdout.decode(), re.M), run.stdout


def test_seed_orphan_marker_is_a_finding_with_its_line_end():
    seed = redaksi_tap.shared_path("seed", "bisnis-g20-2023.txt")
    with open(seed, "rb") as f:
        data = f.read()
    inserts = issues_with(check_json(seed), "related-link-insert")
    assert len(inserts) == 1, inserts
    issue = inserts[0]
    # The marker stands alone on its line: deleting it takes the line.
    assert data[issue["start"]:issue["end"]] == b"Baca Juga\n"
    assert issue["severity"] == "warning" and issue["replacements"] == [""]
    assert (issue["char_start"], issue["utf16_end"]) == (issue["start"], issue["end"])


def apply_deletions(data, issues):
    for issue in sorted(issues, key=lambda i: i["start"], reverse=True):
        assert issue["replacements"] == [""], issue
        data = data[:issue["start"]] + data[issue["end"]:]
    return data


def test_replacements_delete_what_clean_removes():
    """Applying every insert finding's fix gives `redaksi clean`'s output,
    on text and HTML fixtures alike."""
    paths = fixtures("*.txt") + fixtures("*.html") + [EXAMPLE]
    checked = 0
    for path in paths:
        html = ["--html"] if path.endswith(".html") else []
        with open(path, "rb") as f:
            data = f.read()
        result = check_json(path, *html)
        inserts = issues_with(result, "related-link-insert")
        ranges = [(i["start"], i["end"]) for i in inserts]
        assert ranges == [(link["start"], link["end"]) for link in result["related_links"]], path
        cleaned = redaksi("clean", *html, path)
        assert cleaned.returncode == 0, cleaned.stderr
        assert apply_deletions(data, inserts) == cleaned.stdout, path
        checked += bool(inserts)
    print("# %d fixtures with inserts, fixes applied = clean" % checked)
    assert checked >= 10


def test_ambiguous_insert_has_no_replacement():
    result = check_json(os.path.join(LINKS, "glued.txt"))
    ambiguous = issues_with(result, "related-link-ambiguous")
    assert len(ambiguous) == 1 and ambiguous[0]["replacements"] == [], ambiguous
    assert len(issues_with(result, "related-link-insert")) == len(result["related_links"]) == 2


def test_clean_names_only_what_it_left():
    """`redaksi clean` removes the inserts and says nothing of them; the
    ambiguous one it left stays a warning on standard error."""
    run = redaksi("clean", os.path.join(LINKS, "glued.txt"), env=redaksi_locale.environment("C"))
    assert run.returncode == 0, run.stderr
    stderr = run.stderr.decode()
    assert "[related-link-ambiguous]" in stderr and "[related-link-insert]" not in stderr, stderr


def test_issues_of_every_analysis_in_text_order():
    article = ('JAKARTA - Hujan turun. "Kami siap menghadapi banjir," ujat Budi Santoso.\n'
               "Baca juga: Banjir Rendam Ratusan Rumah di Bekasi\n"
               "Warga mengungsi ke balai desa.\n").encode()
    run = redaksi("check", "--json", "-", stdin=article)
    assert run.returncode in (0, 1), run.stderr
    issues = json.loads(run.stdout)["issues"]
    codes = [issue["code"] for issue in issues]
    assert "quote-unknown-cue" in codes and "related-link-insert" in codes, codes
    assert codes.index("quote-unknown-cue") < codes.index("related-link-insert"), codes
    starts = [issue["start"] for issue in issues]
    assert starts == sorted(starts), issues


def test_other_commands_do_not_report_inserts():
    """Only the analyses asked for speak: `tag` and `quotes` run the
    related-links analysis first, but its findings are not theirs."""
    for command in ("tag", "quotes"):
        run = redaksi(command, "--json", EXAMPLE)
        assert run.returncode in (0, 1), run.stderr
        result = json.loads(run.stdout)
        assert not issues_with(result, "related-link-insert"), command


if __name__ == "__main__":
    redaksi_tap.run(dict(globals()))
