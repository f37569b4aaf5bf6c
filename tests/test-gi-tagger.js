// The entity tagger from GJS, as a web CMS's tooling would use it.
import GLib from 'gi://GLib';
import Redaksi from 'gi://Redaksi?version=1.0';

import {test, assert, run} from './redaksi_tap.js';

test('short names join the full name; utf16 offsets slice the text', () => {
    const text = '“Kami siap,” kata Kepala Dinas Perhubungan Kota Sukamara, Wiryawan Hadisaputro. ' +
        'Menurut Wiryawan, jalan ditutup.';
    const doc = Redaksi.Document.new_from_text(text, -1);
    const tagging = Redaksi.Tagger.get_default().tag(doc, null);
    const entities = tagging.get_entities();
    const tags = tagging.get_tags();
    const short = entities.filter(e => e.get_text() === 'Wiryawan');
    assert(short.length === 1, `one short mention, got ${short.length}`);
    assert(short[0].get_canonical() === 'Wiryawan Hadisaputro', short[0].get_canonical());
    for (const e of entities) {
        const r = e.get_range();
        assert(text.slice(r.utf16_start, r.utf16_end) === e.get_text(), `slice of ${e.get_text()}`);
    }
    assert(tags[0].get_name() === 'Wiryawan Hadisaputro', tags[0].get_name());
    assert(tags[0].get_entity_type() === Redaksi.EntityType.PERSON, 'person');
});

test('analyzer JSON has entities and tags', () => {
    const doc = Redaksi.Document.new_from_text('Presiden Joko Widodo tiba di Amerika Serikat (AS).', -1);
    const report = Redaksi.Analyzer.get_default().analyze(doc, Redaksi.AnalysisFlags.ENTITIES, null, null);
    const result = JSON.parse(report.to_json_string(false));
    const as = result.entities.find(e => e.text === 'AS');
    assert(as && as.canonical === 'Amerika Serikat' && as.type === 'LOCATION', JSON.stringify(as));
    assert(result.tags.some(t => t.name === 'Joko Widodo' && t.type === 'PERSON'), 'Jokowi tag');
});

test('bad gazetteer data names the line', () => {
    try {
        Redaksi.Gazetteer.new_from_data(new TextEncoder().encode('[\n{"name": "X"}\n]'), 'tags.json', true);
        assert(false, 'accepted');
    } catch (e) {
        assert(e instanceof GLib.Error, `${e}`);
        assert(e.message.startsWith('tags.json:2:'), e.message);
        assert(e.matches(Redaksi.error_quark(), Redaksi.Error.INVALID_DATA), `${e.domain} ${e.code}`);
    }
});

test('an analyzer built on a tagger with a newsroom gazetteer', () => {
    const data = new TextEncoder().encode(
        '[{"name": "Koperasi Nelayan Samudra Jaya", "type": "ORGANIZATION", "aliases": ["KNSJ"], "id": "tag:9"}]');
    const gazetteer = Redaksi.Gazetteer.new_from_data(data, 'newsroom.json', true);
    const tagger = Redaksi.Tagger.new(gazetteer);
    const analyzer = new Redaksi.Analyzer({tagger});
    assert(analyzer.tagger === tagger, 'the construct property');
    const doc = Redaksi.Document.new_from_text('Ketua KNSJ bertemu Menteri Kelautan di Ambon.', -1);
    const result = JSON.parse(analyzer.analyze(doc, Redaksi.AnalysisFlags.ENTITIES, null, null).to_json_string(false));
    const knsj = result.entities.find(e => e.text === 'KNSJ');
    assert(knsj && knsj.id === 'tag:9', JSON.stringify(result.entities));
    const tagged = tagger.tag(doc, null).get_tags().find(t => t.get_id() === 'tag:9');
    assert(tagged && tagged.get_name() === 'Koperasi Nelayan Samudra Jaya', 'the tagging has the tag');
});

run();
