#!/usr/bin/python3
# Tags an article and prints its tags, most salient first: name, type,
# mentions and salience, separated by tabs.
#
#   tag-article.py ARTICLE.txt
#   tag-article.py --html ARTICLE.html
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import sys

import gi

gi.require_version("Redaksi", "1.0")
from gi.repository import GLib, Redaksi  # noqa: E402


def load(path, is_html):
    with open(path, "rb") as f:
        data = GLib.Bytes.new(f.read())
    return Redaksi.Document.new_from_bytes(data, is_html)


def main(args):
    is_html = "--html" in args
    paths = [a for a in args if a != "--html"]
    if len(paths) != 1:
        print("usage: tag-article.py [--html] ARTICLE", file=sys.stderr)
        return 2
    try:
        document = load(paths[0], is_html)
    except (OSError, GLib.Error) as error:
        print("%s: %s" % (paths[0], getattr(error, "message", error)), file=sys.stderr)
        return 2
    report = Redaksi.Analyzer.get_default().analyze(document, Redaksi.AnalysisFlags.ENTITIES, None, None)
    # Typed results: Redaksi.Tag objects, no JSON to parse.
    for tag in sorted(report.get_tags(), key=lambda t: -t.get_salience()):
        print("%s\t%s\t%d\t%.2f" % (tag.get_name(), Redaksi.entity_type_to_string(tag.get_entity_type()),
                                    tag.get_mentions(), tag.get_salience()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
