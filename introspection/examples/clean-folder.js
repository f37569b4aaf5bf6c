// Removes the "Baca Juga" related-link inserts from every HTML file of a
// folder, cleaning the files concurrently in redaksi's worker threads
// (clean_async through Gio._promisify), and writes the cleaned pages to
// another folder. With --normalize the removed links are gathered in one
// list at the end of each article instead.
//
//   gjs -m clean-folder.js [--normalize] IN-FOLDER OUT-FOLDER
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Redaksi from 'gi://Redaksi?version=1.0';
import System from 'system';

Gio._promisify(Redaksi.LinkCleaner.prototype, 'clean_async', 'clean_finish');

const normalize = ARGV.includes('--normalize');
const args = ARGV.filter(a => a !== '--normalize');
if (args.length !== 2) {
    printerr('usage: gjs -m clean-folder.js [--normalize] IN-FOLDER OUT-FOLDER');
    System.exit(2);
}
const [inDir, outDir] = args.map(path => Gio.File.new_for_commandline_arg(path));
const flags = normalize ? Redaksi.CleanFlags.NORMALIZE : Redaksi.CleanFlags.NONE;
const cleaner = Redaksi.LinkCleaner.get_default();

async function cleanFile(name) {
    const [, contents] = inDir.get_child(name).load_contents(null);
    const document = Redaksi.Document.new_from_bytes(contents, true);
    // clean_finish() hands back the removed inserts with the cleaned bytes.
    const [cleaned, removed] = await cleaner.clean_async(document, flags, null);
    outDir.get_child(name).replace_contents(cleaned.toArray(), null, false,
        Gio.FileCreateFlags.REPLACE_DESTINATION, null);
    return removed;
}

function htmlFiles() {
    const names = [];
    const children = inDir.enumerate_children('standard::name', Gio.FileQueryInfoFlags.NONE, null);
    for (const info of children) {
        if (/\.html?$/.test(info.get_name()))
            names.push(info.get_name());
    }
    return names.sort();
}

let status = 0;
try {
    outDir.make_directory_with_parents(null);
} catch (error) {
    if (!error.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.EXISTS))
        throw error;
}
const names = htmlFiles();
const results = await Promise.allSettled(names.map(cleanFile));
results.forEach((result, i) => {
    if (result.status === 'rejected') {
        printerr(`${names[i]}: ${result.reason.message}`);
        status = 2;
        return;
    }
    const titles = result.value.flatMap(link => link.get_titles());
    print(`${names[i]}: ${result.value.length} removed${titles.map(t => `\n    ${t}`).join('')}`);
});
System.exit(status);
