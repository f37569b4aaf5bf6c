# Turns Indonesian msgids of the quote module into English ones; prints
# the id.po entries (Indonesian = the former msgid).
import sys, glob, os
root = sys.argv[1]
MAP = {
 "Tidak jelas siapa yang mengucapkan kutipan ini.": "It is not clear who said this quote.",
 "Kutipan berbeda dari sumber:": "The quote differs from the source:",
 " “%s” (sumber: “%s”)%s": " “%s” (source: “%s”)%s",
 "Kutipan ini tidak ditemukan di sumber.": "This quote is not in the source.",
 "Kata pengantar setelah kutipan ditulis dengan huruf kecil.": "The cue word after a quote is written in lower case.",
 "Tidak ada koma setelah tanda petik penutup.": "There is no comma after the closing quotation mark.",
 "Kutipan yang diikuti kata pengantar diakhiri koma, bukan titik.": "A quote followed by a cue ends with a comma, not a full stop.",
 "Koma ditulis sebelum tanda petik penutup, bukan sesudahnya.": "The comma goes before the closing quotation mark, not after it.",
 "Koma sebelum tanda petik penutup tidak ada.": "The comma before the closing quotation mark is missing.",
 "“%.*s” bukan kata pengantar kutipan; maksudnya “%s”?": "“%.*s” is not a quote cue; did you mean “%s”?",
 "Koma sebelum tanda petik pembuka tidak ada.": "The comma before the opening quotation mark is missing.",
 "Kutipan dibuka tetapi tidak ditutup di paragraf ini.": "The quote is opened but not closed in this paragraph.",
 "Kutipan ditutup tetapi tidak pernah dibuka.": "The quote is closed but was never opened.",
 "Spasi diletakkan sesudah tanda petik penutup, bukan sebelumnya.": "The space goes after the closing quotation mark, not before it.",
}
found = set()
for path in glob.glob(os.path.join(root, "plugin", "*.c")) + glob.glob(os.path.join(root, "tools", "*.c")):
    s = open(path, encoding="utf-8").read()
    t = s
    for ind, en in MAP.items():
        lit = '"%s"' % ind.replace('"', '\\"')
        if lit in t:
            t = t.replace(lit, '"%s"' % en.replace('"', '\\"'))
            found.add(ind)
    if t != s:
        open(path, "w", encoding="utf-8").write(t)
        print("converted", path, file=sys.stderr)
missing = set(MAP) - found
if missing:
    print("not found:", missing, file=sys.stderr)
for ind, en in MAP.items():
    if ind in found:
        fmt = "#, c-format\n" if "%" in en else ""
        print('%smsgid "%s"\nmsgstr "%s"\n' % (fmt, en, ind))
