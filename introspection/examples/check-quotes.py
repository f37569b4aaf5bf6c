#!/usr/bin/python3
# Checks an article's quotations against their source (a transcript or a
# press release on the web) without blocking: the source is fetched with
# libsoup and the analysis runs in redaksi's worker thread, both driven by
# a GLib main loop, as in a GTK application or a service.
#
#   check-quotes.py ARTICLE.txt SOURCE-URL
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import sys

import gi

gi.require_version("Redaksi", "1.0")
gi.require_version("Soup", "3.0")
from gi.repository import GLib, Redaksi, Soup  # noqa: E402


VERDICTS = {
    Redaksi.QuoteSourceStatus.NONE: "unchecked",
    Redaksi.QuoteSourceStatus.VERIFIED: "verified",
    Redaksi.QuoteSourceStatus.ALTERED: "altered",
    Redaksi.QuoteSourceStatus.NOT_FOUND: "not-found",
}
SEVERITIES = {
    Redaksi.Severity.INFO: "info",
    Redaksi.Severity.WARNING: "warning",
    Redaksi.Severity.ERROR: "error",
}


class QuoteCheck:
    def __init__(self, article_path, source_url, loop):
        self.loop = loop
        self.status = 0
        with open(article_path, encoding="utf-8") as f:
            self.text = f.read()
        self.document = Redaksi.Document.new_from_text(self.text, -1)
        self.session = Soup.Session()
        self.message = Soup.Message.new("GET", source_url)
        self.session.send_and_read_async(self.message, GLib.PRIORITY_DEFAULT, None,
                                         self.on_source_read)

    def on_source_read(self, session, async_result):
        try:
            body = session.send_and_read_finish(async_result)
            if self.message.get_status() != Soup.Status.OK:
                raise GLib.Error("HTTP %d" % self.message.get_status())
            content_type, _params = self.message.get_response_headers().get_content_type()
            source = Redaksi.Document.new_from_bytes(body, content_type == "text/html")
        except GLib.Error as error:
            return self.fail("source: %s" % error.message)
        Redaksi.Analyzer.get_default().analyze_async(
            self.document, Redaksi.AnalysisFlags.ALL, source, None, self.on_analyzed)

    def on_analyzed(self, analyzer, async_result):
        try:
            report = analyzer.analyze_finish(async_result)
        except GLib.Error as error:
            return self.fail(error.message)
        self.print_result(report)
        self.status = 1 if report.has_errors() else 0
        self.loop.quit()

    def print_result(self, report):
        # Typed results: Redaksi.Quote and Redaksi.Issue objects.
        for quote in report.get_quotes():
            print("“%s” — %s: %s (%.2f)" % (quote.get_text(), quote.get_speaker() or "?",
                                           VERDICTS[quote.get_source_status()],
                                           quote.get_similarity()))
            for difference in quote.get_differences():
                print("    quote has %r where the source has %r"
                      % (difference.get_quote(), difference.get_source()))
        for issue in report.get_issues():
            # Python strings count code points: use the char_* offsets.
            line = self.text.count("\n", 0, issue.get_range().char_start) + 1
            print("line %d: %s: %s [%s]" % (line, SEVERITIES[issue.get_severity()],
                                           issue.get_message(), issue.get_code()))

    def fail(self, message):
        print(message, file=sys.stderr)
        self.status = 2
        self.loop.quit()


def main(args):
    if len(args) != 2:
        print("usage: check-quotes.py ARTICLE SOURCE-URL", file=sys.stderr)
        return 2
    loop = GLib.MainLoop()
    try:
        check = QuoteCheck(args[0], args[1], loop)
    except (OSError, GLib.Error) as error:
        print("%s: %s" % (args[0], getattr(error, "message", error)), file=sys.stderr)
        return 2
    loop.run()
    return check.status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
