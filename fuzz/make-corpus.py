#!/usr/bin/env python3
"""Builds the seed corpora of the fuzz targets from the repository's fixtures.

    make-corpus.py OUTDIR SRCDIR SHAREDDIR STAMP

Writes OUTDIR/<target>/<name> for every target, then the file STAMP. The
texts of SHAREDDIR (../shared, when present) are read at build time and
only ever written into the build tree, never into the repository.
"""

import glob
import hashlib
import json
import os
import shutil
import sys
import urllib.parse

MAX_LEN = 65536  # the fuzzers' -max_len
PER_TARGET = 48  # keeps the replay test short


def cut(data: bytes, limit: int = MAX_LEN - 256) -> bytes:
    """The head of data, cut at a line end and a UTF-8 boundary."""
    if len(data) <= limit:
        return data
    head = data[:limit]
    newline = head.rfind(b"\n")
    if newline > limit // 2:
        return head[: newline + 1]
    return head.decode("utf-8", "ignore").encode("utf-8")


def read(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def shared_articles(shared: str):
    pattern = os.path.join(shared, "data", "related-links", "*", "articles.jsonl")
    for path in sorted(glob.glob(pattern)):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)


def ud_articles(shared: str, n_articles: int = 3, n_sentences: int = 40):
    """A few articles made of UD sentences, for the quote marks in them."""
    pattern = os.path.join(shared, "data", "quotes", "ud-indonesian", "*.conllu")
    sentences = []
    for path in sorted(glob.glob(pattern)):
        with open(path, encoding="utf-8") as f:
            sentences += [l[len("# text = "):].strip() for l in f if l.startswith("# text = ")]
    for i in range(n_articles):
        chunk = sentences[i * n_sentences:(i + 1) * n_sentences]
        if chunk:
            yield "\n".join(" ".join(chunk[j:j + 4]) for j in range(0, len(chunk), 4)).encode() + b"\n"


def collect(src: str, shared: str):
    texts, htmls, gazetteers = [], [], []
    for pattern in ("data/examples/*.txt", "tests/links/*.txt", "tests/quotes/*.txt",
                    "introspection/examples/data/*.txt"):
        texts += [read(p) for p in sorted(glob.glob(os.path.join(src, pattern)))]
    for pattern in ("tests/links/*.html", "introspection/examples/data/*.html",
                    "introspection/examples/data/html/*.html"):
        htmls += [read(p) for p in sorted(glob.glob(os.path.join(src, pattern)))]
    gazetteers += [read(p) for p in sorted(glob.glob(os.path.join(src, "data/gazetteer/*.json")))]
    if shared and os.path.isdir(shared):
        texts += [read(p) for p in sorted(glob.glob(os.path.join(shared, "seed", "*.txt")))]
        texts += list(ud_articles(shared))
        for article in shared_articles(shared):
            if isinstance(article.get("text"), str):
                texts.append(article["text"].encode())
            if isinstance(article.get("html"), str):
                htmls.append(article["html"].encode())
    return shorten(texts), shorten(htmls), gazetteers


def shorten(inputs, n_whole: int = 4, limit: int = 6144):
    """A few whole inputs, the rest cut short: libFuzzer mutates and runs
    small inputs many times faster, and grows them when it pays."""
    return [cut(d) for d in inputs[:n_whole]] + [cut(d, limit) for d in inputs[n_whole:]]


def small_gazetteers(gazetteers):
    """Each gazetteer file, and its first entries alone (a quicker start)."""
    out = []
    for data in gazetteers:
        out.append(data)
        doc = json.loads(data)
        if isinstance(doc, dict) and isinstance(doc.get("entries"), list):
            doc["entries"] = doc["entries"][:3]
            out.append(json.dumps(doc, ensure_ascii=False, indent=1).encode())
    return [g for g in out if len(g) <= MAX_LEN]


def records(texts, htmls, pairs):
    out = []
    for i, text in enumerate(texts[:24]):
        out.append({"id": i, "text": text.decode("utf-8", "replace")})
    for i, html in enumerate(htmls[:16]):
        out.append({"id": "html-%d" % i, "html": html.decode("utf-8", "replace")})
    for i, (article, source) in enumerate(pairs):
        out.append({"id": "source-%d" % i, "text": article.decode(), "source": source.decode()})
    out.append({"id": None, "text": ""})
    out.append({"id": [1, {"a": "\u201c"}], "text": "\u201cKami siap,\u201d kata Budi.", "extra": 1.5})
    lines = [json.dumps(r, ensure_ascii=(i % 2 == 0)).encode() for i, r in enumerate(out)]
    return [l for l in lines if len(l) <= MAX_LEN]


def forms(texts):
    out = []
    for i, text in enumerate(texts):
        language = ("id", "id-ID", "auto")[i % 3]
        fields = [("language", language), ("text", text.decode("utf-8", "replace"))]
        if i % 2:
            fields.reverse()
            fields.append(("enabledOnly", "false"))
        out.append(urllib.parse.urlencode(fields).encode())
        # The same text as LanguageTool's annotated `data`, a paragraph a
        # <p>, as rich-text clients send it.
        if i % 4 == 0:
            parts = []
            for paragraph in text.decode("utf-8", "replace").split("\n"):
                parts += [{"markup": "<p>", "interpretAs": "\n\n"}, {"text": paragraph},
                          {"markup": "</p>"}]
            data = json.dumps({"annotation": parts}, ensure_ascii=(i % 8 == 0))
            out.append(urllib.parse.urlencode([("data", data), ("language", language)]).encode())
    return [f for f in out if len(f) <= MAX_LEN]


def write(outdir: str, target: str, seeds):
    folder = os.path.join(outdir, target)
    os.makedirs(folder, exist_ok=True)
    seen = set()
    for data in seeds:
        name = hashlib.sha1(data).hexdigest()
        if name in seen:
            continue
        seen.add(name)
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
        if len(seen) >= PER_TARGET:
            break


def main():
    outdir, src = sys.argv[1], sys.argv[2]
    shared, stamp = sys.argv[3], sys.argv[4]
    os.makedirs(outdir, exist_ok=True)
    for entry in glob.glob(os.path.join(outdir, "*")):
        if os.path.isdir(entry):
            shutil.rmtree(entry)
    texts, htmls, gazetteers = collect(src, shared)
    # An article with the source it quotes, split by a NUL byte.
    pairs = []
    garut = os.path.join(src, "introspection/examples/data")
    if os.path.exists(os.path.join(garut, "longsor-garut.txt")):
        pairs.append((read(os.path.join(garut, "longsor-garut.txt")),
                      read(os.path.join(garut, "sumber-garut.html"))))
    quotes = sorted(glob.glob(os.path.join(src, "tests/quotes/*.txt")))
    for a, b in zip(quotes, quotes[1:] + quotes[:1]):
        pairs.append((read(a), read(b)))
    pairs = [(cut(a, MAX_LEN // 2 - 256), cut(b, MAX_LEN // 2 - 256)) for a, b in pairs]

    write(outdir, "document-text", texts)
    write(outdir, "document-html", htmls)
    write(outdir, "quote-checker", [a + b"\0" + b for a, b in pairs] + texts + htmls[:8])
    write(outdir, "link-cleaner-text", texts)
    write(outdir, "link-cleaner-html", htmls)
    write(outdir, "gazetteer", small_gazetteers(gazetteers))
    write(outdir, "record", records(texts, htmls, pairs))
    write(outdir, "serve-body", records(texts[::-1], htmls[::-1], pairs))
    write(outdir, "lt-check", forms(texts))
    with open(stamp, "w") as f:
        f.write("corpora from %s and %s\n" % (src, shared or "no shared folder"))


if __name__ == "__main__":
    main()
