#!/usr/bin/python3
"""The quote checker's lexicons as C tables, made at build time.

    make-quote-lexicon.py QUOTE-CUES.TSV ROLES.TSV TITLES.TXT OUTPUT.H

Every process that looked at a quote used to split these files into
lines and copies and fill three hash tables (about 1.7 M instructions
and a thousand allocations to start). They are read here once, the way
plugin/quotes/redaksi-quote-lexicon.c read them, and written as
constant arrays the library looks words up in where they lie:

  quote_lexicon_strings  every string, each ended by a NUL
  quote_lexicon_slots    open addressing on FNV-1a (32 bits) of the
                         word, at most half full: the word's offset + 1
                         (0: empty), its alias's offset + 1 (0: none)
                         and its class byte (QUOTE_CLASS_* without
                         QUOTE_CLASS_KNOWN)
  quote_lexicon_post     the post-quote cues in file order, with weights

tests/test-quote-lexicon-table.c holds the tables against the files
read the old way.
"""
import sys

# RedaksiCueKind and RedaksiRoleKind (redaksi-quote-lexicon-private.h).
CUE_KINDS = {
    b"post_cue": 1, b"post_cue_nya": 2, b"post_cue_pronoun": 1, b"reporting_verb": 3,
    b"passive_reporting": 4, b"according_to": 5, b"source_attribution": 6,
}
CUE_POST, CUE_POST_NYA = 1, 2
ROLE_KINDS = {b"office": 1, b"role": 2, b"body": 3, b"place": 4}
CLASS_TITLE = 0x40
CLASS_ROLE_SHIFT = 3
G_MAXUINT = 2**32 - 1
# g_ascii_isspace(), which g_strstrip() strips.
ASCII_SPACE = b" \t\n\r\x0b\x0c"


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def read_weight(field):
    """Digits after optional blanks, capped at G_MAXUINT."""
    field = field.lstrip(b" \t")
    weight = 0
    for byte in field:
        if not 0x30 <= byte <= 0x39:
            break
        weight = min(weight * 10 + byte - 0x30, G_MAXUINT)
    return weight


def read_cues(data):
    """form -> (kind, weight) in file order; the first line of a form
    wins, and two-word cues (kata dia) are left out."""
    cues = {}
    for line in data.split(b"\n"):
        if not line or line.startswith(b"#"):
            continue
        fields = line.split(b"\t", 3)
        if len(fields) < 4:
            continue
        form = fields[0]
        if b" " in form or form in cues:
            continue
        cues[form] = (CUE_KINDS.get(fields[1], 0), read_weight(fields[3]))
    return cues


def read_roles(data):
    """word -> role kind, and the aliases both ways (the last line wins)."""
    kinds, aliases = {}, {}
    for line in data.split(b"\n"):
        if not line or line.startswith(b"#"):
            continue
        fields = line.split(b"\t", 2)
        if len(fields) < 2 or fields[0] in kinds:
            continue
        kind = ROLE_KINDS.get(fields[1].strip(ASCII_SPACE))
        if kind is not None:
            kinds[fields[0]] = kind
        alias = fields[2].strip(ASCII_SPACE) if len(fields) > 2 else b""
        if alias:
            aliases[fields[0]] = alias
            aliases[alias] = fields[0]
    return kinds, aliases


def read_titles(data):
    return [word for line in data.split(b"\n") if not line.startswith(b"#") for word in line.split()]


def fnv1a(word):
    h = 2166136261
    for byte in word:
        h = ((h ^ byte) * 16777619) & 0xFFFFFFFF
    return h


class Strings:
    def __init__(self):
        self.data = bytearray()
        self.offsets = {}

    def add(self, s):
        if s not in self.offsets:
            self.offsets[s] = len(self.data)
            self.data += s + b"\0"
        return self.offsets[s] + 1

    def c_literal(self):
        out, line = [], ""
        for byte in self.data:
            line += chr(byte) if 0x20 <= byte < 0x7F and chr(byte) not in "\"\\?" else "\\%03o" % byte
            if byte == 0 and len(line) > 64:
                out.append('  "%s"' % line)
                line = ""
        if line:
            out.append('  "%s"' % line)
        return "\n".join(out)


def table(classes, aliases, strings):
    words = sorted(set(classes) | set(aliases))
    size = 16
    while size < 2 * len(words):
        size *= 2
    slots = [None] * size
    for word in words:
        i = fnv1a(word) & (size - 1)
        while slots[i] is not None:
            i = (i + 1) & (size - 1)
        alias = strings.add(aliases[word]) if word in aliases else 0
        slots[i] = (strings.add(word), alias, classes.get(word, 0))
    return slots


def main():
    cues_path, roles_path, titles_path, output = sys.argv[1:5]
    cues = read_cues(read_bytes(cues_path))
    kinds, aliases = read_roles(read_bytes(roles_path))
    titles = read_titles(read_bytes(titles_path))

    classes = {}
    for form, (kind, _) in cues.items():
        classes[form] = classes.get(form, 0) | kind
    for word, kind in kinds.items():
        classes[word] = classes.get(word, 0) | kind << CLASS_ROLE_SHIFT
    for word in titles:
        classes[word] = classes.get(word, 0) | CLASS_TITLE

    strings = Strings()
    slots = table(classes, aliases, strings)
    post = [(strings.add(form), weight) for form, (kind, weight) in cues.items()
            if kind in (CUE_POST, CUE_POST_NYA)]

    with open(output, "w", encoding="ascii") as f:
        f.write("/* Made by data/make-quote-lexicon.py from data/lexicon: do not edit. */\n\n")
        f.write("#define QUOTE_LEXICON_N_SLOTS %du\n\n" % len(slots))
        f.write("static const char quote_lexicon_strings[] =\n%s;\n\n" % strings.c_literal())
        f.write("static const QuoteLexiconSlot quote_lexicon_slots[QUOTE_LEXICON_N_SLOTS] = {\n")
        for slot in slots:
            f.write("  { %u, %u, 0x%02x },\n" % (slot if slot is not None else (0, 0, 0)))
        f.write("};\n\nstatic const QuoteLexiconPostCue quote_lexicon_post[] = {\n")
        for form, weight in post:
            f.write("  { %u, %u },\n" % (form, weight))
        f.write("};\n")


if __name__ == "__main__":
    main()
