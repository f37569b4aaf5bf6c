// Tags an article and prints its tags, most salient first: name, type,
// mentions and salience, separated by tabs.
//
//   gjs -m tag-article.js ARTICLE.txt
//   gjs -m tag-article.js --html ARTICLE.html
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Gio from 'gi://Gio';
import Redaksi from 'gi://Redaksi?version=1.0';
import System from 'system';

const isHtml = ARGV.includes('--html');
const paths = ARGV.filter(a => a !== '--html');
if (paths.length !== 1) {
    printerr('usage: gjs -m tag-article.js [--html] ARTICLE');
    System.exit(2);
}

let document;
try {
    const [, contents] = Gio.File.new_for_commandline_arg(paths[0]).load_contents(null);
    document = Redaksi.Document.new_from_bytes(contents, isHtml);
} catch (error) {
    printerr(`${paths[0]}: ${error.message}`);
    System.exit(2);
}

const report = Redaksi.Analyzer.get_default().analyze(document, Redaksi.AnalysisFlags.ENTITIES, null, null);
// Typed results: Redaksi.Tag objects, no JSON to parse.
for (const tag of report.get_tags().sort((a, b) => b.get_salience() - a.get_salience())) {
    const type = Redaksi.entity_type_to_string(tag.get_entity_type());
    print(`${tag.get_name()}\t${type}\t${tag.get_mentions()}\t${tag.get_salience().toFixed(2)}`);
}
