// Related-link cleanup from GJS: find, clean, UTF-16 offsets, promises.
import Gio from 'gi://Gio';
import Redaksi from 'gi://Redaksi?version=1.0';

import {test, assert, run} from './redaksi_tap.js';
const decoder = new TextDecoder();

const TEXT = 'JAKARTA - Harga cabai naik 😀 lagi.\n' +
    'Lihat Juga :\nHarga Bawang Turun Jelang Panen\n' +
    'Pedagang mengeluh sepi pembeli.\n';

test('find gives utf16 ranges JavaScript can slice', () => {
    const doc = Redaksi.Document.new_from_text(TEXT, -1);
    const links = Redaksi.LinkCleaner.get_default().find(doc);
    assert(links.length === 1, `${links.length} links`);
    const range = links[0].get_range();
    const removed = TEXT.slice(range.utf16_start, range.utf16_end);
    assert(removed === 'Lihat Juga :\nHarga Bawang Turun Jelang Panen\n', removed);
    assert(links[0].get_titles()[0] === 'Harga Bawang Turun Jelang Panen', 'title');
});

test('clean html keeps every other byte', () => {
    const html = '<p>Satu.</p><p class="baca">Baca juga: <a href="https://a.id/1">Judul</a></p><p>Dua.</p>';
    const doc = Redaksi.Document.new_from_html(html, -1);
    const [bytes, removed] = Redaksi.LinkCleaner.get_default().clean(doc, Redaksi.CleanFlags.NONE, null);
    assert(decoder.decode(bytes.toArray()) === '<p>Satu.</p><p>Dua.</p>', 'cleaned html');
    assert(removed[0].get_urls()[0] === 'https://a.id/1', 'removed link');
});

test('clean_async with a promise', async () => {
    Gio._promisify(Redaksi.LinkCleaner.prototype, 'clean_async', 'clean_finish');
    const doc = Redaksi.Document.new_from_text('Satu.\n[Gambas:Video 20detik]\nDua.\n', -1);
    const [bytes, removed] = await Redaksi.LinkCleaner.get_default().clean_async(doc, Redaksi.CleanFlags.NONE, null);
    assert(decoder.decode(bytes.toArray()) === 'Satu.\nDua.\n', 'cleaned text');
    // The same inserts the blocking clean() gives.
    const [, syncRemoved] = Redaksi.LinkCleaner.get_default().clean(doc, Redaksi.CleanFlags.NONE, null);
    assert(removed.length === 1 && removed[0].get_marker() === syncRemoved[0].get_marker(), 'removed');
    assert(removed[0].get_range().utf16_start === syncRemoved[0].get_range().utf16_start, 'same range');
});

test('prose is kept', () => {
    const text = 'Warga dapat baca juga pengumuman.\n"Silakan baca juga: aturannya," kata Lurah.\n';
    const doc = Redaksi.Document.new_from_text(text, -1);
    assert(Redaksi.LinkCleaner.get_default().find(doc).length === 0, 'no inserts');
});

run();
