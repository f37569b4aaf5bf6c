"""Every public symbol of Redaksi-1.0 is documented, in the GIR and in the
generated gi-docgen reference.

Usage: test_docs.py Redaksi-1.0.gir DOCS_DIR

Walks the GIR: types, their constructors, methods, type functions,
properties, signals and virtual methods, functions, constants, enum
members, record fields, and every parameter and return value. Each must
have a doc comment, and each symbol that gi-docgen gives a page must have
one in DOCS_DIR that carries the start of its documentation.
"""
import html
import os
import re
import sys
import xml.etree.ElementTree as ET

import redaksi_tap

NS = {"core": "http://www.gtk.org/introspection/core/1.0",
      "glib": "http://www.gtk.org/introspection/glib/1.0"}
GIR, DOCS = sys.argv[1], sys.argv[2]
TYPE_PAGE = {"class": "class", "interface": "iface", "record": "struct",
             "enumeration": "enum", "bitfield": "flags"}
MEMBER_PAGE = {"constructor": "ctor", "method": "method", "function": "type_func",
               "property": "property", "glib:signal": "signal", "virtual-method": "vfunc"}


def _tag(element):
    name = element.tag.split("}")[1]
    return "glib:" + name if element.tag.startswith("{" + NS["glib"]) else name


def _doc(element):
    doc = element.find("core:doc", NS)
    return doc.text.strip() if doc is not None and doc.text else ""


def _is_public_type(element):
    # Class and interface structs (RedaksiResultInterface) have no page of
    # their own: their virtual methods are documented, and checked, on the
    # interface or class.
    return _tag(element) in TYPE_PAGE and not element.get("{%s}is-gtype-struct-for" % NS["glib"])


def _symbols():
    """(name, element, page or None) for every public symbol."""
    namespace = ET.parse(GIR).getroot().find("core:namespace", NS)
    for element in namespace:
        tag, name = _tag(element), element.get("name")
        if tag == "function" and element.get("moved-to"):
            continue  # documented where it moved (an enum's type function)
        if tag == "function":
            yield name, element, "func.%s.html" % name
        elif tag == "constant":
            yield name, element, "const.%s.html" % name
        elif _is_public_type(element):
            page = TYPE_PAGE[tag]
            if element.get("{%s}error-domain" % NS["glib"]):
                page = "error"
            yield name, element, "%s.%s.html" % (page, name)
            yield from _members(name, element)


def _members(type_name, element):
    for member in element:
        tag, name = _tag(member), member.get("name")
        if tag in MEMBER_PAGE and member.get("introspectable") != "0":
            yield "%s.%s" % (type_name, name), member, "%s.%s.%s.html" % (MEMBER_PAGE[tag], type_name, name)
        elif tag == "member" or (tag == "field" and member.get("private") != "1"
                                 and not name.startswith("parent")):
            yield "%s.%s" % (type_name, name), member, None


def _undocumented_arguments(name, element):
    missing = []
    for param in element.findall("core:parameters/core:parameter", NS):
        if not _doc(param):
            missing.append("%s: parameter %s" % (name, param.get("name")))
    retval = element.find("core:return-value", NS)
    if retval is not None and retval.find("core:type", NS) is not None \
            and retval.find("core:type", NS).get("name") != "none" and not _doc(retval):
        missing.append("%s: return value" % name)
    return missing


def _words(text):
    return re.findall(r"\w+", text)


def _first_words(doc):
    """Up to five words of a doc comment that read the same once rendered:
    from its first paragraph's longest run without links, which gi-docgen
    rewrites into C names."""
    paragraph = doc.split("\n\n")[0]
    runs = re.split(r"\[[a-z]+@[^\]]+\]|\S*\(\)|#\w+|%\w+", paragraph)
    return max((_words(run) for run in runs), key=len)[:5]


def _contains(words, part):
    return any(words[i:i + len(part)] == part for i in range(len(words)))


def test_every_public_symbol_is_documented():
    symbols = list(_symbols())
    missing = [name for name, element, _page in symbols if not _doc(element)]
    for name, element, _page in symbols:
        missing += _undocumented_arguments(name, element)
    print("# %d public symbols in %s; %d undocumented" % (len(symbols), os.path.basename(GIR), len(missing)))
    assert len(symbols) > 50, "the GIR walk found too little"
    assert not missing, "undocumented: %s" % missing


def test_every_symbol_has_its_page():
    pages = [(name, element, page) for name, element, page in _symbols() if page]
    absent, wrong = [], []
    for name, element, page in pages:
        path = os.path.join(DOCS, page)
        if not os.path.exists(path):
            absent.append(page)
            continue
        with open(path, encoding="utf-8") as f:
            words = _words(html.unescape(re.sub(r"<[^>]+>", " ", f.read())))
        if not _contains(words, _first_words(_doc(element))):
            wrong.append(page)
    print("# %d pages checked in %s" % (len(pages), DOCS))
    assert not absent, "no page for: %s" % absent
    assert not wrong, "page without its documentation: %s" % wrong


def test_getting_started_covers_three_languages():
    with open(os.path.join(DOCS, "getting-started.html"), encoding="utf-8") as f:
        text = f.read()
    for heading in ("C", "Python", "JavaScript (GJS)"):
        assert re.search(r"<h2[^>]*>.*?%s" % re.escape(heading), text), heading
    with open(os.path.join(DOCS, "index.html"), encoding="utf-8") as f:
        assert "getting-started.html" in f.read()


if __name__ == "__main__":
    redaksi_tap.run(dict(globals()))
