#!/usr/bin/python3
"""The abbreviation lexicon as a C table, made at build time.

    make-abbreviations.py ABBREVIATIONS.TSV OUTPUT.H

The tokenizer asks whether a word before a full stop is an abbreviation
(plugin/document/redaksi-abbreviations.c). Every process used to split
the file into lines and fields and fill a hash table at its first full
stop; the file is read here the way that code read it (`form \\t kind`,
the last line of a form wins, `terminal` or else inner) and written as
an open-addressing table on FNV-1a (32 bits) of the form, at most half
full, which the library looks words up in where it lies:

  abbreviation_strings  every form, each ended by a NUL
  abbreviation_slots    the form's offset + 1 (0: empty) and its kind
"""
import sys

KIND_INNER, KIND_TERMINAL = 1, 2  # RedaksiAbbreviationKind


def read_forms(data):
    forms = {}
    for line in data.split(b"\n"):
        if not line or line.startswith(b"#"):
            continue
        fields = line.split(b"\t", 1)
        if len(fields) == 2:
            forms[fields[0]] = KIND_TERMINAL if fields[1] == b"terminal" else KIND_INNER
    return forms


def fnv1a(word):
    h = 2166136261
    for byte in word:
        h = ((h ^ byte) * 16777619) & 0xFFFFFFFF
    return h


def c_string(data):
    return "".join(chr(b) if 0x20 <= b < 0x7F and chr(b) not in "\"\\?" else "\\%03o" % b for b in data)


def main():
    source, output = sys.argv[1:3]
    with open(source, "rb") as f:
        forms = read_forms(f.read())
    size = 16
    while size < 2 * len(forms):
        size *= 2
    slots, strings = [(0, 0)] * size, bytearray()
    for form in sorted(forms):
        i = fnv1a(form) & (size - 1)
        while slots[i][0] != 0:
            i = (i + 1) & (size - 1)
        slots[i] = (len(strings) + 1, forms[form])
        strings += form + b"\0"
    assert len(strings) < 0xFFFF
    with open(output, "w", encoding="ascii") as f:
        f.write("/* Made by data/make-abbreviations.py from data/lexicon: do not edit. */\n\n")
        f.write("#define ABBREVIATION_N_SLOTS %du\n" % size)
        f.write("#define ABBREVIATION_LONGEST %du\n\n" % max(len(form) for form in forms))
        f.write('static const char abbreviation_strings[] =\n  "%s";\n\n' % c_string(strings))
        f.write("static const AbbreviationSlot abbreviation_slots[ABBREVIATION_N_SLOTS] = {\n")
        for word, kind in slots:
            f.write("  { %u, %u },\n" % (word, kind))
        f.write("};\n")


if __name__ == "__main__":
    main()
