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

const report = Redaksi.Analyzer.get_default().analyze(document, Redaksi.AnalysisFlags.ALL, null, null);
const result = JSON.parse(report.to_json_string(false));
if (!('tags' in result)) {
    printerr('this build of redaksi has no entity tagging');
    System.exit(0);
}
for (const tag of result.tags.sort((a, b) => b.salience - a.salience))
    print(`${tag.name}\t${tag.type}\t${tag.mentions}\t${tag.salience.toFixed(2)}`);
