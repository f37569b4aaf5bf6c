// Quote checking through the Redaksi-1.0 typelib from GJS.
import Gio from 'gi://Gio';
import Redaksi from 'gi://Redaksi?version=1.0';

import {test, assert, run} from './redaksi_tap.js';

const ARTICLE = 'Menteri Perdagangan Budi Santoso meninjau pasar 😀.\n' +
    '“Stok beras cukup sampai Lebaran” ujat Budi.\n';

const check = (text, source = null) => {
    const doc = Redaksi.Document.new_from_text(text, -1);
    const src = source ? Redaksi.Document.new_from_text(source, -1) : null;
    return Redaksi.QuoteChecker.new().check(doc, src, null);
};

test('quote, speaker and cue', () => {
    const quotes = check(ARTICLE).get_quotes();
    assert(quotes.length === 1, 'one quote');
    assert(quotes[0].speaker === 'Budi Santoso', `speaker ${quotes[0].speaker}`);
    assert(quotes[0].cue === 'ujat', 'cue');
});

test('fixes apply at UTF-16 offsets', () => {
    let fixed = ARTICLE;
    const issues = check(ARTICLE).get_issues()
        .sort((a, b) => b.get_range().utf16_start - a.get_range().utf16_start);
    for (const issue of issues) {
        const range = issue.get_range();
        fixed = fixed.slice(0, range.utf16_start) + issue.get_replacements()[0] +
            fixed.slice(range.utf16_end);
    }
    assert(fixed.includes('“Stok beras cukup sampai Lebaran,” ujar Budi.'), fixed);
    assert(check(fixed).get_issues().length === 0, 'no issue left');
});

test('source verification in the JSON', () => {
    const result = JSON.parse(check(ARTICLE.replace('Lebaran', 'Natal'),
        'Stok beras cukup sampai Lebaran.').to_json_string(false));
    const source = result.quotes[0].source;
    assert(source.status === 'altered', source.status);
    assert(source.differences[0].quote === 'natal', 'difference');
});

Gio._promisify(Redaksi.QuoteChecker.prototype, 'check_async', 'check_finish');
Gio._promisify(Redaksi.QuoteChecker.prototype, 'fetch_source_async', 'fetch_source_finish');

test('async fetch refuses a non-HTTP source as the blocking one does', async () => {
    const checker = Redaksi.QuoteChecker.new();
    for (const url of ['ftp://example.org/x.txt', 'file:///etc/passwd']) {
        let syncError = null;
        try {
            checker.fetch_source(url, null);
        } catch (e) {
            syncError = e;
        }
        assert(syncError !== null, `${url}: no error from fetch_source`);
        try {
            await checker.fetch_source_async(url, null);
            assert(false, `${url}: no error from fetch_source_async`);
        } catch (e) {
            assert(e.matches(Redaksi.error_quark(), Redaksi.Error.FETCH), `${e}`);
            assert(e.message === syncError.message, `${e.message} / ${syncError.message}`);
        }
    }
});

test('async check gives the report of check, with and without a source', async () => {
    const checker = Redaksi.QuoteChecker.new();
    const doc = Redaksi.Document.new_from_text(ARTICLE.replace('Lebaran', 'Natal'), -1);
    const src = Redaksi.Document.new_from_text('Stok beras cukup sampai Lebaran.', -1);
    for (const source of [null, src]) {
        const report = await checker.check_async(doc, source, null);
        assert(report.get_quotes().length === 1, 'one quote');
        assert(report.to_json_string(false) === checker.check(doc, source, null).to_json_string(false),
            'same JSON as check()');
    }
});

run();
