#!/usr/bin/python3
"""Speaker accuracy, entity tags and false findings on the development set.

Runs the built `redaksi tag --json` and `redaksi quotes --json` on every
article of tests/devset/articles, one process each, as a user would, and
scores them against the hand-written gold of tests/devset/gold (the format
is described in tests/devset/README.md).

  eval-devset.py [--tool PATH] [--devset DIR] [--only TEXT] [--explain]
                 [--json] [--min-speaker X] [--min-entity-f1 X]
                 [--max-false-per-20 X]

The tool is $REDAKSI_TOOL (set by meson), else --tool, else
build/tools/redaksi beside this file. Exit status: 0 when every figure
given a bound is within it, 1 when one is not, 2 when the set or the tool
cannot be used.
"""
import argparse
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORED_TYPES = ("PERSON", "ORGANIZATION", "LOCATION", "EVENT")


def fail(message):
    print("eval-devset: %s" % message, file=sys.stderr)
    sys.exit(2)


def fold(name):
    return " ".join(name.split()).casefold()


def load_gazetteer(root):
    """Every built-in gazetteer form, folded, to the entry's forms.

    A gold entity named with one of a gazetteer entry's forms accepts all
    of that entry's forms, so "Joko Widodo" in gold accepts the tag
    "Jokowi" and the reverse: a reasonable canonical choice is not an
    error. Only the gold name is looked up, never its aliases, so an
    acronym the article defines ("BPN") does not pull in the gazetteer's
    other body of that name.
    """
    forms = {}
    for path in sorted(glob.glob(os.path.join(root, "data", "gazetteer", "*.json"))):
        with open(path, encoding="utf-8") as f:
            for entry in json.load(f).get("entries", []):
                names = [entry["name"]] + list(entry.get("aliases", []))
                for name in names:
                    forms.setdefault(fold(name), set()).update(fold(n) for n in names)
    return forms


def accepted_forms(name, aliases, gazetteer):
    forms = {fold(name)} | {fold(a) for a in aliases}
    return forms | gazetteer.get(fold(name), set())


def run_tool(tool, command, path):
    try:
        run = subprocess.run([tool, command, "--json", path],
                             capture_output=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as error:
        fail("%s %s %s: %s" % (tool, command, path, error))
    if run.returncode not in (0, 1):
        fail("%s %s %s: exit %d: %s" % (tool, command, path, run.returncode,
                                        run.stderr.decode(errors="replace").strip()))
    try:
        return json.loads(run.stdout)
    except ValueError as error:
        fail("%s %s %s: output is not JSON: %s" % (tool, command, path, error))


def locate(text, items):
    """Code-point offset of each item's "starts", in order of the text."""
    offsets = []
    position = 0
    for item in items:
        found = text.find(item["starts"], position)
        if found < 0:
            found = text.find(item["starts"])
        if found < 0:
            fail("gold quote not in the article: %r" % item["starts"])
        offsets.append(found)
        position = found + 1
    return offsets


def covers(quote, offset):
    parts = quote.get("parts") or [quote]
    # The opening mark may or may not be inside the quote's range.
    return any(p["char_start"] - 2 <= offset < p["char_end"] for p in parts)


def same_paragraph(text, a, b):
    low, high = min(a, b), max(a, b)
    return "\n\n" not in text[low:high]


class Article:
    def __init__(self, name, text, gold, tagged, quoted, gazetteer):
        self.name = name
        self.text = text
        self.gold = gold
        self.tags = tagged.get("tags", [])
        self.quotes = quoted.get("quotes", [])
        self.issues = quoted.get("issues", [])
        self.gazetteer = gazetteer
        self.explain = []
        self.score_quotes()
        self.score_tags()
        self.score_issues()

    def forms_of(self, speaker):
        for entity in self.gold["entities"]:
            if fold(entity["name"]) == fold(speaker):
                return accepted_forms(entity["name"], entity.get("aliases", []),
                                      self.gazetteer)
        return accepted_forms(speaker, [], self.gazetteer)

    def score_quotes(self):
        gold = self.gold["quotes"]
        optional = self.gold.get("optional_quotes", [])
        self.gold_offsets = locate(self.text, gold)
        self.optional_offsets = [self.text.find(o["starts"]) for o in optional]
        self.match = [None] * len(gold)
        used = set()
        for i, offset in enumerate(self.gold_offsets):
            for j, quote in enumerate(self.quotes):
                if j not in used and covers(quote, offset):
                    self.match[i] = j
                    used.add(j)
                    break
        optional_hits = {j for j, quote in enumerate(self.quotes) if j not in used
                         and any(covers(quote, o) for o in self.optional_offsets)}
        self.found = sum(1 for m in self.match if m is not None)
        self.missed = len(gold) - self.found
        self.spurious = len(self.quotes) - len(used) - len(optional_hits)
        self.speaker_right = 0
        for i, item in enumerate(gold):
            want = item["speaker"]
            if self.match[i] is None:
                self.explain.append("quote missed (speaker %s): %s"
                                    % (want, item["starts"]))
                continue
            got = self.quotes[self.match[i]].get("speaker")
            if want is None:
                right = got is None
            else:
                right = got is not None and fold(got) in self.forms_of(want)
            if right:
                self.speaker_right += 1
            else:
                self.explain.append("speaker %r, gold %r: %s"
                                    % (got, want, item["starts"]))
        for j, quote in enumerate(self.quotes):
            if j not in used and j not in optional_hits:
                self.explain.append("spurious quote (speaker %r): %s"
                                    % (quote.get("speaker"), quote.get("text", "")[:60]))

    def score_tags(self):
        entities = [(e, accepted_forms(e["name"], e.get("aliases", []), self.gazetteer))
                    for e in self.gold["entities"]]
        optional = set()
        for name in self.gold.get("optional_entities", []):
            optional |= accepted_forms(name, [], self.gazetteer)
        self.not_entities = {fold(n) for n in self.gold.get("not_entities", [])}
        matched = set()
        self.tag_right = self.tag_wrong = 0
        self.false_tags = []
        for tag in self.tags:
            name, kind = fold(tag["name"]), tag["type"]
            if name in self.not_entities:
                self.false_tags.append(tag["name"])
            hit = [i for i, (e, forms) in enumerate(entities)
                   if name in forms and e["type"] == kind]
            free = [i for i in hit if i not in matched]
            if free:
                matched.add(free[0])
                self.tag_right += 1
                continue
            if not hit and (name in optional or (kind not in SCORED_TYPES
                                                 and name not in self.not_entities)):
                continue
            self.tag_wrong += 1
            if hit:
                why = "a second tag for %s" % entities[hit[0]][0]["name"]
            else:
                same = [e for e, forms in entities if name in forms]
                why = ("type; gold %s" % same[0]["type"]) if same else "not in gold"
                if name in self.not_entities:
                    why = "listed in not_entities"
            self.explain.append("tag %s %r: %s" % (kind, tag["name"], why))
        self.tag_gold = len(entities)
        self.tag_missed = self.tag_gold - len(matched)
        for i, (entity, _) in enumerate(entities):
            if i not in matched:
                self.explain.append("tag missed: %s %s" % (entity["type"], entity["name"]))

    def score_issues(self):
        anchors = [(offset, item) for offset, item
                   in zip(self.gold_offsets, self.gold["quotes"])]
        anchors += [(offset, None) for offset in self.optional_offsets if offset >= 0]
        anchors.sort(key=lambda anchor: anchor[0])
        expected = set(self.gold.get("expected_issues", []))
        self.false_issues = []
        for issue in self.issues:
            code = issue.get("code", "")
            if not code.startswith("quote-"):
                continue
            start, end = issue["char_start"], issue["char_end"]
            before = [a for a in anchors if a[0] - 1 <= end]
            anchor = before[-1] if before else (anchors[0] if anchors else None)
            if anchor is None or not same_paragraph(self.text, anchor[0], start):
                if code not in expected:
                    self.false_issues.append((code, start, None))
                continue
            offset, item = anchor
            if item is None:
                continue
            allowed = set(item.get("issues", []))
            if item["speaker"] is None:
                allowed.add("quote-no-attribution")
            if code not in allowed:
                self.false_issues.append((code, start, item["starts"]))
        for code, start, starts in self.false_issues:
            self.explain.append("false finding %s at %d%s" % (
                code, start, (" on: %s" % starts) if starts else ""))
        for name in self.false_tags:
            self.explain.append("false finding: tag %r" % name)

    @property
    def false_findings(self):
        return len(self.false_issues) + len(self.false_tags)


def ratio(part, whole):
    return part / whole if whole else 1.0


def figures(articles):
    n_gold = sum(len(a.gold["quotes"]) for a in articles)
    right = sum(a.tag_right for a in articles)
    predicted = right + sum(a.tag_wrong for a in articles)
    gold = sum(a.tag_gold for a in articles)
    precision, recall = ratio(right, predicted), ratio(right, gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    false = sum(a.false_findings for a in articles)
    return {
        "articles": len(articles),
        "quotes": n_gold,
        "quotes_found": sum(a.found for a in articles),
        "quotes_missed": sum(a.missed for a in articles),
        "quotes_spurious": sum(a.spurious for a in articles),
        "speaker_right": sum(a.speaker_right for a in articles),
        "speaker_accuracy": ratio(sum(a.speaker_right for a in articles), n_gold),
        "tags_predicted": predicted,
        "tags_gold": gold,
        "tags_right": right,
        "entity_precision": precision,
        "entity_recall": recall,
        "entity_f1": f1,
        "false_findings": false,
        "false_findings_per_20": 20.0 * false / len(articles) if articles else 0.0,
    }


def per_article(article):
    return {
        "quotes": len(article.gold["quotes"]),
        "found": article.found, "missed": article.missed,
        "spurious": article.spurious, "speaker_right": article.speaker_right,
        "tags_right": article.tag_right, "tags_wrong": article.tag_wrong,
        "tags_missed": article.tag_missed,
        "false_findings": article.false_findings,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tool", default=os.environ.get("REDAKSI_TOOL")
                        or os.path.join(HERE, "..", "build", "tools", "redaksi"))
    parser.add_argument("--devset", default=os.path.join(HERE, "devset"))
    parser.add_argument("--only", help="score only articles whose file name contains this")
    parser.add_argument("--explain", action="store_true",
                        help="list every wrong speaker, tag and finding")
    parser.add_argument("--json", action="store_true",
                        help="write the figures as JSON on standard output")
    parser.add_argument("--min-speaker", type=float)
    parser.add_argument("--min-entity-f1", type=float)
    parser.add_argument("--max-false-per-20", type=float)
    args = parser.parse_args()

    root = os.path.abspath(os.path.join(args.devset, "..", ".."))
    gazetteer = load_gazetteer(root)
    gold_files = sorted(glob.glob(os.path.join(args.devset, "gold", "*.json")))
    if args.only:
        gold_files = [g for g in gold_files if args.only in os.path.basename(g)]
    if not gold_files:
        fail("no gold files in %s" % os.path.join(args.devset, "gold"))

    articles = []
    for gold_path in gold_files:
        name = os.path.basename(gold_path)[:-len(".json")]
        path = os.path.join(args.devset, "articles", name + ".txt")
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
            with open(gold_path, encoding="utf-8") as f:
                gold = json.load(f)
        except (OSError, ValueError) as error:
            fail("%s: %s" % (name, error))
        articles.append(Article(name, text, gold,
                                run_tool(args.tool, "tag", path),
                                run_tool(args.tool, "quotes", path), gazetteer))

    total = figures(articles)
    if args.json:
        json.dump({"total": total,
                   "articles": {a.name: per_article(a) for a in articles}},
                  sys.stdout, indent=1)
        print()
    else:
        print("%-44s %6s %5s %5s %5s %7s %5s %5s %5s %5s" % (
            "article", "quotes", "found", "miss", "spur", "speaker",
            "tag+", "tag-", "gold-", "false"))
        for a in articles:
            print("%-44s %6d %5d %5d %5d %7d %5d %5d %5d %5d" % (
                a.name[:44], len(a.gold["quotes"]), a.found, a.missed, a.spurious,
                a.speaker_right, a.tag_right, a.tag_wrong, a.tag_missed,
                a.false_findings))
        print()
        print("articles %(articles)d, quotes %(quotes)d: found %(quotes_found)d, "
              "missed %(quotes_missed)d, spurious %(quotes_spurious)d" % total)
        print("speaker accuracy %.3f (%d/%d)" % (
            total["speaker_accuracy"], total["speaker_right"], total["quotes"]))
        print("entity tags: precision %.3f recall %.3f F1 %.3f "
              "(%d right of %d predicted, %d gold)" % (
                  total["entity_precision"], total["entity_recall"],
                  total["entity_f1"], total["tags_right"],
                  total["tags_predicted"], total["tags_gold"]))
        print("false findings %d, %.2f per 20 articles" % (
            total["false_findings"], total["false_findings_per_20"]))
    if args.explain:
        out = sys.stderr if args.json else sys.stdout
        for a in articles:
            if a.explain:
                print("\n%s" % a.name, file=out)
                for line in a.explain:
                    print("  " + line, file=out)

    below = []
    if args.min_speaker is not None and total["speaker_accuracy"] < args.min_speaker:
        below.append("speaker accuracy %.3f < %.3f"
                     % (total["speaker_accuracy"], args.min_speaker))
    if args.min_entity_f1 is not None and total["entity_f1"] < args.min_entity_f1:
        below.append("entity F1 %.3f < %.3f" % (total["entity_f1"], args.min_entity_f1))
    if (args.max_false_per_20 is not None
            and total["false_findings_per_20"] > args.max_false_per_20):
        below.append("false findings per 20 articles %.2f > %.2f"
                     % (total["false_findings_per_20"], args.max_false_per_20))
    for line in below:
        print("eval-devset: below the bound: %s" % line, file=sys.stderr)
    sys.exit(1 if below else 0)


if __name__ == "__main__":
    main()
