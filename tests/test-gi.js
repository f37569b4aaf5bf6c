// The Redaksi-1.0 typelib from GJS, as a web CMS's tooling would use it.
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Redaksi from 'gi://Redaksi?version=1.0';

import {test, assert, run} from './redaksi_tap.js';

test('readme example', () => {
    // The README's example, line for line.
    const doc = Redaksi.Document.new_from_text('JAKARTA, KOMPAS.com - Banjir datang. Warga mengungsi.', -1);
    const report = Redaksi.Analyzer.get_default().analyze(doc, Redaksi.AnalysisFlags.ALL, null, null);
    print(`# ${doc.get_n_sentences()} kalimat`);
    for (const entity of report.get_entities()) {
        const range = entity.get_range();
        print(`# ${entity.get_canonical()} ${range.utf16_start} ${range.utf16_end}`);
    }
    assert(doc.get_n_sentences() === 2, 'two sentences');
    // The JSON stays, for the command line, batch and HTTP.
    const result = JSON.parse(report.to_json_string(false));
    assert(result.document.dateline.text === 'JAKARTA, KOMPAS.com -', 'dateline');
});

const ARTICLE = 'JAKARTA, KOMPAS.com - Warga 😀 Bekasi mengungsi karena banjir.\n' +
    '“Kami siap membantu warga” ujat Gubernur Jawa Barat Ridwan Kamil di Bekasi.\n' +
    'Baca juga: Banjir 😀 Surut di Bekasi https://contoh.id/banjir\n' +
    'Menurut Ridwan, pompa air ditambah.\n';

// One range, three units: bytes, code points, UTF-16 units (JavaScript's).
const assertRangeSlices = (range, text, expected) => {
    const bytes = new TextEncoder().encode(text);
    const decoder = new TextDecoder();
    assert(decoder.decode(bytes.slice(range.start, range.end)) === expected, `bytes of ${expected}`);
    assert([...text].slice(range.char_start, range.char_end).join('') === expected, `chars of ${expected}`);
    assert(text.slice(range.utf16_start, range.utf16_end) === expected, `utf16 of ${expected}`);
};

test('typed results with offsets in every unit', () => {
    const doc = Redaksi.Document.new_from_text(ARTICLE, -1);
    const report = Redaksi.Analyzer.get_default().analyze(doc, Redaksi.AnalysisFlags.ALL, null, null);
    const entities = report.get_entities();
    assert(entities.some(e => e.get_canonical() === 'Ridwan Kamil'), 'Ridwan Kamil');
    for (const entity of entities) {
        assert(entity instanceof Redaksi.Entity, 'an Entity');
        assertRangeSlices(entity.get_range(), ARTICLE, entity.get_text());
    }
    assert(report.get_tags()[0].get_mentions() >= 1, 'tags');
    const quotes = report.get_quotes();
    assert(quotes.length === 1 && quotes[0].get_speaker() === 'Ridwan Kamil', 'one quote');
    assertRangeSlices(quotes[0].get_range(), ARTICLE, quotes[0].get_text());
    const cue = report.get_issues().filter(i => i.get_code() === 'quote-unknown-cue');
    assert(cue.length === 1 && cue[0].get_replacements()[0] === 'ujar', 'cue issue');
    assertRangeSlices(cue[0].get_range(), ARTICLE, 'ujat');
    const links = report.get_related_links();
    assert(links.length === 1 && links[0].get_urls()[0] === 'https://contoh.id/banjir', 'one link');
    const range = links[0].get_range();
    assert(ARTICLE.slice(range.utf16_start, range.utf16_end).startsWith('Baca juga: Banjir 😀'), 'link range');
    const result = JSON.parse(report.to_json_string(false));
    assert(result.entities.map(e => e.canonical).join() === entities.map(e => e.get_canonical()).join(),
        'same entities as the JSON');
});

test('typed results only for requested analyses', () => {
    const doc = Redaksi.Document.new_from_text(ARTICLE, -1);
    const report = Redaksi.Analyzer.get_default().analyze(doc, Redaksi.AnalysisFlags.QUOTES, null, null);
    assert(report.get_quotes().length === 1, 'quotes');
    assert(report.get_entities().length === 0 && report.get_related_links().length === 0, 'nothing else');
    assert(report.get_results === undefined, 'no get_results');
});

test('utf16 offsets count as JavaScript does', () => {
    const text = '“Banjir 😀 datang,” kata Ma’ruf.';
    const doc = Redaksi.Document.new_from_text(text, -1);
    let index = -1;
    for (let i = 0; i < doc.get_n_tokens(); i++) {
        if (doc.get_token_text(i) === 'kata')
            index = i;
    }
    const token = doc.get_token(index);
    const range = doc.make_range(token.start, token.end);
    assert(text.slice(range.utf16_start, range.utf16_end) === 'kata',
        `slice at ${range.utf16_start}`);
});

test('invalid utf-8 is an error with its offset', () => {
    const bytes = new GLib.Bytes(new Uint8Array([0x41, 0x42, 0xff, 0x43]));
    try {
        Redaksi.Document.new_from_bytes(bytes, false);
    } catch (e) {
        assert(e.matches(Redaksi.error_quark(), Redaksi.Error.INVALID_UTF8), 'error code');
        assert(e.message.includes('byte 2'), e.message);
        return;
    }
    throw new Error('invalid UTF-8 was accepted');
});

test('async analyze with a promise', async () => {
    Gio._promisify(Redaksi.Analyzer.prototype, 'analyze_async', 'analyze_finish');
    const doc = Redaksi.Document.new_from_text('Satu. Dua.', -1);
    const report = await Redaksi.Analyzer.get_default().analyze_async(doc,
        Redaksi.AnalysisFlags.ALL, null, null);
    assert(report.get_document().get_n_sentences() === 2, 'two sentences');
});

run();
