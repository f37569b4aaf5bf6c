// Checks an article's quotations against their source (a transcript or a
// press release on the web) with async/await: libsoup fetches the source
// and redaksi analyses in its worker thread, through Gio._promisify.
//
//   gjs -m check-quotes.js ARTICLE.txt SOURCE-URL
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Redaksi from 'gi://Redaksi?version=1.0';
import Soup from 'gi://Soup?version=3.0';
import System from 'system';

Gio._promisify(Soup.Session.prototype, 'send_and_read_async', 'send_and_read_finish');
Gio._promisify(Redaksi.Analyzer.prototype, 'analyze_async', 'analyze_finish');

async function fetchSource(url) {
    const session = new Soup.Session();
    const message = Soup.Message.new('GET', url);
    const body = await session.send_and_read_async(message, GLib.PRIORITY_DEFAULT, null);
    if (message.get_status() !== Soup.Status.OK)
        throw new Error(`source: HTTP ${message.get_status()}`);
    const [contentType] = message.get_response_headers().get_content_type();
    return Redaksi.Document.new_from_bytes(body, contentType === 'text/html');
}

const VERDICTS = {
    [Redaksi.QuoteSourceStatus.NONE]: 'unchecked',
    [Redaksi.QuoteSourceStatus.VERIFIED]: 'verified',
    [Redaksi.QuoteSourceStatus.ALTERED]: 'altered',
    [Redaksi.QuoteSourceStatus.NOT_FOUND]: 'not-found',
};
const SEVERITIES = {
    [Redaksi.Severity.INFO]: 'info',
    [Redaksi.Severity.WARNING]: 'warning',
    [Redaksi.Severity.ERROR]: 'error',
};

// Typed results: Redaksi.Quote and Redaksi.Issue objects, no JSON to parse.
function printResult(text, report) {
    for (const quote of report.get_quotes()) {
        const verdict = VERDICTS[quote.get_source_status()];
        print(`“${quote.get_text()}” — ${quote.get_speaker() ?? '?'}: ${verdict} (${quote.get_similarity().toFixed(2)})`);
        for (const difference of quote.get_differences())
            print(`    quote has '${difference.get_quote()}' where the source has '${difference.get_source()}'`);
    }
    for (const issue of report.get_issues()) {
        // JavaScript strings count UTF-16 units: use the utf16_* offsets.
        const line = text.slice(0, issue.get_range().utf16_start).split('\n').length;
        print(`line ${line}: ${SEVERITIES[issue.get_severity()]}: ${issue.get_message()} [${issue.get_code()}]`);
    }
}

async function main([articlePath, sourceUrl]) {
    if (!articlePath || !sourceUrl) {
        printerr('usage: gjs -m check-quotes.js ARTICLE SOURCE-URL');
        return 2;
    }
    try {
        const [, contents] = Gio.File.new_for_commandline_arg(articlePath).load_contents(null);
        const text = new TextDecoder().decode(contents);
        const document = Redaksi.Document.new_from_text(text, -1);
        const source = await fetchSource(sourceUrl);
        const report = await Redaksi.Analyzer.get_default()
            .analyze_async(document, Redaksi.AnalysisFlags.ALL, source, null);
        printResult(text, report);
        return report.has_errors() ? 1 : 0;
    } catch (error) {
        printerr(error.message);
        return 2;
    }
}

const loop = new GLib.MainLoop(null, false);
let status = 2;
main(ARGV).then(s => {
    status = s;
}).finally(() => loop.quit());
loop.run();
System.exit(status);
