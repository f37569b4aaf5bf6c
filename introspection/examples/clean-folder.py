#!/usr/bin/python3
# Removes the "Baca Juga" related-link inserts from every HTML file of a
# folder and writes the cleaned pages to another folder, byte for byte
# the same elsewhere. With --normalize the removed links are gathered in
# one list at the end of each article instead.
#
#   clean-folder.py [--normalize] IN-FOLDER OUT-FOLDER
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import sys

import gi

gi.require_version("Redaksi", "1.0")
from gi.repository import GLib, Redaksi  # noqa: E402


def clean_file(cleaner, flags, in_path, out_path):
    with open(in_path, "rb") as f:
        document = Redaksi.Document.new_from_bytes(GLib.Bytes.new(f.read()), True)
    cleaned, removed = cleaner.clean(document, flags, None)
    with open(out_path, "wb") as out:
        out.write(cleaned.get_data())
    return removed


def main(args):
    flags = Redaksi.CleanFlags.NONE
    if "--normalize" in args:
        flags = Redaksi.CleanFlags.NORMALIZE
        args = [a for a in args if a != "--normalize"]
    if len(args) != 2:
        print("usage: clean-folder.py [--normalize] IN-FOLDER OUT-FOLDER", file=sys.stderr)
        return 2
    in_dir, out_dir = args
    os.makedirs(out_dir, exist_ok=True)
    cleaner = Redaksi.LinkCleaner.get_default()
    status = 0
    for name in sorted(os.listdir(in_dir)):
        if not name.endswith((".html", ".htm")):
            continue
        try:
            removed = clean_file(cleaner, flags, os.path.join(in_dir, name), os.path.join(out_dir, name))
        except (OSError, GLib.Error) as error:
            print("%s: %s" % (name, getattr(error, "message", error)), file=sys.stderr)
            status = 2
            continue
        titles = [title for link in removed for title in link.get_titles()]
        print("%s: %d removed%s" % (name, len(removed), "".join("\n    " + t for t in titles)))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
