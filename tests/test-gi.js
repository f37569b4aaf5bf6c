// The Redaksi-1.0 typelib from GJS, as a web CMS's tooling would use it.
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Redaksi from 'gi://Redaksi?version=1.0';

import {test, assert, run} from './redaksi_tap.js';

test('readme example', () => {
    // The README's example, line for line.
    const doc = Redaksi.Document.new_from_text('JAKARTA, KOMPAS.com - Banjir datang. Warga mengungsi.', -1);
    const report = Redaksi.Analyzer.get_default().analyze(doc, Redaksi.AnalysisFlags.ALL, null, null);
    const result = JSON.parse(report.to_json_string(false));
    print(`# ${result.document.sentences} kalimat`);
    assert(result.document.sentences === 2, 'two sentences');
    assert(result.document.dateline.text === 'JAKARTA, KOMPAS.com -', 'dateline');
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
