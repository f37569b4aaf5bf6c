#!/usr/bin/python3
"""Expands the entity model (data/model/entity-model.bin) for the library.

make-dense-model.py INPUT OUTPUT

The checked-in model lists only its non-zero rows (index, 7 floats); the
library would spread them over a zeroed table of 2^bits rows at every
start. This writes that table once, at build time, so the library uses
it where it lies in the resource (plugin/entities/ner/redaksi-ner-model.c,
the "dense" form): a 32-byte header (magic "RDKNER\\x02\\x00", feature
version, bits, four reserved words), the transition and start scores as
in the input, then 2^bits rows of 8 little-endian floats.
"""
import struct
import sys

ROW = 8          # NER_ROW
LABELS = 7       # NER_N_LABELS
SCORES = 4 * ROW * (ROW + 1)


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, "rb") as f:
        data = f.read()
    if data[:8] != b"RDKNER\x01\x00":
        sys.exit("%s: not a redaksi entity model" % source)
    version, bits, n_rows = struct.unpack_from("<3I", data, 8)
    header = 8 + 12
    record = 4 + 4 * LABELS
    if not 8 <= bits <= 24 or len(data) != header + SCORES + n_rows * record:
        sys.exit("%s: damaged entity model" % source)
    table = bytearray((1 << bits) * 4 * ROW)
    at = header + SCORES
    for _ in range(n_rows):
        (index,) = struct.unpack_from("<I", data, at)
        if index >= 1 << bits:
            sys.exit("%s: row out of range" % source)
        table[index * 4 * ROW:index * 4 * ROW + 4 * LABELS] = data[at + 4:at + record]
        at += record
    with open(target, "wb") as f:
        f.write(b"RDKNER\x02\x00" + struct.pack("<6I", version, bits, 0, 0, 0, 0))
        f.write(data[header:header + SCORES])
        f.write(table)


if __name__ == "__main__":
    main()
