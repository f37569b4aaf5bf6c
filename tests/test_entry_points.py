"""Every entry point gives the same quotes for the same article.

`redaksi quotes --json`, `redaksi check --json`, `redaksi batch --ops
quotes`, `POST /v1/quotes` of `redaksi serve`, `RedaksiQuoteChecker`'s
check() and check_async(), and the analyzer with every analysis (what
the gedit plugin runs) must agree on every article fixture of the
repository: the same quotes (text, ranges, speaker, speaker_text, cue)
and the same quote findings.
"""
import glob
import json
import os
import signal
import subprocess
import sys
import tempfile
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gi  # noqa: E402

gi.require_version("Redaksi", "1.0")
from gi.repository import GLib, Redaksi  # noqa: E402

from redaksi_tap import run, source_path  # noqa: E402

TOOL = os.environ["REDAKSI_TOOL"]
ROOT = os.path.dirname(source_path())


def fixtures():
    """Every article of the repository, text and HTML, and the seed."""
    patterns = ["tests/quotes/*", "tests/links/*", "tests/*.txt", "tests/*.html",
                "data/examples/*", "introspection/examples/data/*",
                "introspection/examples/data/html/*"]
    found = []
    for pattern in patterns:
        found += glob.glob(os.path.join(ROOT, pattern))
    shared = os.environ.get("REDAKSI_SHARED_DIR", "")
    if shared:
        found += glob.glob(os.path.join(shared, "seed", "*"))
    found = sorted(path for path in found if path.endswith((".txt", ".html")))
    assert len(found) >= 40, "the fixtures were not found under %s" % ROOT
    return found


FIXTURES = fixtures()


def is_html(path):
    return path.endswith(".html")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def quote_part(result):
    """What the entry points must agree on: quotes and quote findings."""
    quotes = result.get("quotes")
    assert quotes is not None, "no quotes section in %s" % sorted(result)
    issues = [issue for issue in result.get("issues", []) if issue["code"].startswith("quote-")]
    return {"quotes": quotes, "issues": issues}


def cli(command, path):
    args = [TOOL, command, "--json"] + (["--html"] if is_html(path) else []) + [path]
    proc = subprocess.run(args, capture_output=True, timeout=60)
    assert proc.returncode in (0, 1), (args, proc.returncode, proc.stderr.decode())
    return quote_part(json.loads(proc.stdout))


def batch():
    work = tempfile.mkdtemp(prefix="redaksi-entry-")
    records = os.path.join(work, "in.jsonl")
    output = os.path.join(work, "out.jsonl")
    with open(records, "w", encoding="utf-8") as f:
        for number, path in enumerate(FIXTURES):
            key = "html" if is_html(path) else "text"
            f.write(json.dumps({"id": number, key: read(path)}) + "\n")
    proc = subprocess.run([TOOL, "batch", "--jobs", "2", "--ops", "quotes", records, "-o", output],
                          capture_output=True, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    answers = {}
    with open(output, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            assert "error" not in record, record
            answers[FIXTURES[record["id"]]] = quote_part(record)
    return answers


class Server:
    """`redaksi serve` on 127.0.0.1, on a port the kernel chose."""

    def __init__(self):
        self.proc = subprocess.Popen([TOOL, "serve", "--address", "127.0.0.1", "--port", "0"],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        line = self.proc.stdout.readline().decode()
        assert "listening on http://127.0.0.1:" in line, line
        self.url = line.split("listening on ")[1].strip().rstrip("/")

    def quotes(self, path):
        key = "html" if is_html(path) else "text"
        request = urllib.request.Request(self.url + "/v1/quotes",
                                         data=json.dumps({key: read(path)}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as answer:
            return quote_part(json.loads(answer.read()))

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=30)


def document(path):
    if is_html(path):
        return Redaksi.Document.new_from_html(read(path), -1)
    return Redaksi.Document.new_from_text(read(path), -1)


def report_part(report):
    return quote_part(json.loads(report.to_json_string(False)))


def wait_for(start):
    """Runs an asynchronous call on a main loop of its own."""
    loop = GLib.MainLoop()
    outcome = {}

    def done(source, result):
        outcome["result"] = result
        loop.quit()

    start(done)
    GLib.timeout_add_seconds(60, loop.quit)
    loop.run()
    assert "result" in outcome, "the asynchronous call did not finish within 60 s"
    return outcome["result"]


def checker_async(checker, doc):
    result = wait_for(lambda done: checker.check_async(doc, None, None, done))
    return report_part(checker.check_finish(result))


def analyzer_async(doc):
    analyzer = Redaksi.Analyzer.get_default()
    result = wait_for(lambda done: analyzer.analyze_async(doc, Redaksi.AnalysisFlags.ALL,
                                                          None, None, done))
    return report_part(analyzer.analyze_finish(result))


def in_process(path):
    checker = Redaksi.QuoteChecker.new()
    doc = document(path)
    return {
        "QuoteChecker.check": report_part(checker.check(doc, None, None)),
        "QuoteChecker.check_async": checker_async(checker, doc),
        "Analyzer.analyze_async(ALL) (gedit)": analyzer_async(doc),
    }


def differences(answers):
    """The entry points whose answer differs from `redaksi quotes`."""
    reference = answers["redaksi quotes"]
    return sorted(name for name, answer in answers.items() if answer != reference)


def test_every_entry_point_agrees():
    batch_answers = batch()
    server = Server()
    disagreements = []
    try:
        for path in FIXTURES:
            answers = {
                "redaksi quotes": cli("quotes", path),
                "redaksi check": cli("check", path),
                "redaksi batch --ops quotes": batch_answers[path],
                "POST /v1/quotes": server.quotes(path),
            }
            answers.update(in_process(path))
            differ = differences(answers)
            if differ:
                disagreements.append("%s: %s" % (os.path.relpath(path, ROOT), ", ".join(differ)))
    finally:
        server.stop()
    assert not disagreements, "%d of %d articles differ from `redaksi quotes`:\n%s" % (
        len(disagreements), len(FIXTURES), "\n".join(disagreements))


# Analyses read each other's typed results; JSON is made only at the edge
# (report serialisation, the command, batch, the server). These library
# files are that edge: each writes its own results as JSON.
SERIALISATION_SOURCES = {
    "core/redaksi-report.c", "core/redaksi-report-document.c", "core/redaksi-result.c",
    "core/redaksi-range.c", "core/redaksi-issue.c", "core/redaksi-json-writer.c",
    "entities/redaksi-entity.c", "entities/redaksi-tag.c", "quotes/redaksi-quote.c",
    "related-links/redaksi-related-link.c", "related-links/redaksi-link-check.c",
    "related-links/redaksi-link-checker.c",
}


def test_analyses_use_no_json():
    plugin = os.path.join(ROOT, "plugin")
    offenders = []
    checked = 0
    for folder, _, names in os.walk(plugin):
        for name in sorted(names):
            path = os.path.relpath(os.path.join(folder, name), plugin)
            if not name.endswith(".c") or path in SERIALISATION_SOURCES:
                continue
            checked += 1
            with open(os.path.join(plugin, path), encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    if "json_" in line or "Json" in line:
                        offenders.append("plugin/%s:%d: %s" % (path, number, line.strip()))
    assert checked >= 30, checked
    assert not offenders, "JSON inside an analysis:\n" + "\n".join(offenders)


def test_fixtures_have_quotes():
    # Agreement on nothing proves nothing: most articles have speakers.
    with_speaker = 0
    for path in FIXTURES:
        if any(quote["speaker"] for quote in cli("quotes", path)["quotes"]):
            with_speaker += 1
    assert with_speaker >= 10, "only %d articles have a quote with a speaker" % with_speaker


run(globals())
