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

function printResult(text, result) {
    if (!('quotes' in result))
        printerr('this build of redaksi has no quote checking');
    for (const quote of result.quotes ?? []) {
        const verdict = quote.source ?? {};
        print(`“${quote.text}” — ${quote.speaker ?? '?'}: ${verdict.status ?? 'unchecked'} (${(verdict.similarity ?? 0).toFixed(2)})`);
        for (const difference of verdict.differences ?? [])
            print(`    quote has '${difference.quote}' where the source has '${difference.source}'`);
    }
    for (const issue of result.issues ?? []) {
        // JavaScript strings count UTF-16 units: use the utf16_* offsets.
        const line = text.slice(0, issue.utf16_start).split('\n').length;
        print(`line ${line}: ${issue.severity}: ${issue.message} [${issue.code}]`);
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
        printResult(text, JSON.parse(report.to_json_string(false)));
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
