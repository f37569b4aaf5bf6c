#!/usr/bin/python3
"""redaksi over JSON Lines archives on a Dask cluster.

When an archive outgrows one machine, `redaksi batch` gives way to Dask
(Debian: python3-distributed). Each input JSON Lines file is one partition:
a Dask worker reads it, analyses every record with redaksi through
PyGObject, and writes one output part for it, record for record and in
order, in the format of `redaksi batch` (CONTRACT §3): the input's members
plus the result members, or `{"id": …, "error": {"code", "message"}}`.
Concatenating the output parts in input order gives what `redaksi batch`
gives for the concatenated input.

    # on a cluster whose scheduler is already running
    dask_batch.py --scheduler tcp://10.0.0.5:8786 -o hasil/ arsip/2019-*.jsonl

    # on this machine, two worker processes; one big file split in 8 parts
    dask_batch.py --local-workers 2 --split 8 -o hasil/ arsip.jsonl

Output: OUTDIR/<part>.out.jsonl for each input part (written to a .part
file and renamed, so a part either is complete or is missing), and a
summary line per part on stdout. With --split, the parts of the input go
to OUTDIR/input/ first. Workers need the Redaksi-1.0 typelib: installed,
or found through GI_TYPELIB_PATH and LD_LIBRARY_PATH in their environment.

Options: --ops LIST as in `redaksi batch` (check, document, tag, quotes,
clean; default check); --threads-per-worker N for --local-workers.
"""
import argparse
import json
import os
import sys

# Operation names and the analysis flags behind them, as in redaksi batch.
OPS = {"check": "ALL", "document": "DOCUMENT", "tag": "ENTITIES",
       "quotes": "QUOTES", "clean": "RELATED_LINKS"}


def _redaksi():
    import gi
    gi.require_version("Redaksi", "1.0")
    from gi.repository import Redaksi
    return Redaksi


def resolve_ops(names):
    """The analysis flags for a comma-separated list; ValueError when an
    operation is unknown or not in this build of the library."""
    Redaksi = _redaksi()
    available = Redaksi.Analyzer.get_default().get_available()
    flags = 0
    for name in (n.strip() for n in names.split(",")):
        if name not in OPS:
            raise ValueError("unknown operation “%s”" % name)
        flag = getattr(Redaksi.AnalysisFlags, OPS[name], None)
        if flag is None or not int(flag) & int(available):
            raise ValueError("the “%s” analysis is not in this build of redaksi" % name)
        flags |= int(flag) & int(available)
    return flags


class RecordError(Exception):
    def __init__(self, code, message, rid=None):
        super().__init__(message)
        self.code, self.message, self.id = code, message, rid


def _parse(line):
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as error:
        try:
            rid = json.loads(line.decode("utf-8", "replace")).get("id")
        except (ValueError, AttributeError):
            rid = None
        raise RecordError("invalid-utf8", "invalid UTF-8 at byte %d of the record" % error.start, rid)
    try:
        record = json.loads(text)
    except ValueError as error:
        raise RecordError("invalid-json", str(error))
    if not isinstance(record, dict):
        raise RecordError("not-an-object", "the record is not a JSON object")
    return record


def _document(Redaksi, record, member):
    try:
        if member == "html":
            return Redaksi.Document.new_from_html(record[member], -1)
        return Redaksi.Document.new_from_text(record[member], -1)
    except Exception as error:  # GLib.Error from the library
        code = "invalid-utf8" if "UTF-8" in str(error) else "invalid-text"
        raise RecordError(code, "“%s”: %s" % (member, getattr(error, "message", error)), record.get("id"))


def analyze_record(record, flags):
    """The output record for one input record, as `redaksi batch` makes it."""
    Redaksi = _redaksi()
    member = next((m for m in ("text", "html") if isinstance(record.get(m), str)), None)
    if member is None:
        raise RecordError("missing-text", "the record has no “text” or “html” string", record.get("id"))
    document = _document(Redaksi, record, member)
    source = _document(Redaksi, record, "source") if isinstance(record.get("source"), str) else None
    report = Redaksi.Analyzer.get_default().analyze(document, Redaksi.AnalysisFlags(flags), source, None)
    output = dict(record)
    output.update(json.loads(report.to_json_string(False)))
    clean = getattr(Redaksi.AnalysisFlags, "RELATED_LINKS", None)
    if clean is not None and flags & int(clean):
        output[member] = cleaned_document(Redaksi, document, record)
    return output


def cleaned_document(Redaksi, document, record):
    """The cleaned text or HTML from the cleanup module, as in redaksi
    batch; never the input passed off as cleaned."""
    if not hasattr(Redaksi, "LinkCleaner"):
        raise RecordError("analysis-failed", "this build of redaksi has no cleanup module", record.get("id"))
    cleaned, _removed = Redaksi.LinkCleaner.get_default().clean(document, Redaksi.CleanFlags.NONE, None)
    return cleaned.get_data().decode("utf-8")


def process_line(line, flags):
    """One output line (str, no newline) for one input line (bytes)."""
    record = None
    try:
        record = _parse(line.rstrip(b"\r\n"))
        output = analyze_record(record, flags)
    except RecordError as error:
        rid = error.id if error.id is not None else (record or {}).get("id")
        output = {"id": rid, "error": {"code": error.code, "message": error.message}}
    return json.dumps(output, ensure_ascii=False, separators=(",", ":"))


def process_part(in_path, out_path, flags):
    """Runs on a Dask worker: one input part to one output part."""
    records = failed = 0
    tmp = out_path + ".part"
    with open(in_path, "rb") as source, open(tmp, "w", encoding="utf-8") as out:
        for line in source:
            text = process_line(line, flags)
            failed += text.startswith('{"id":') and ',"error":{"code":' in text
            out.write(text + "\n")
            records += 1
    os.replace(tmp, out_path)
    try:
        from distributed import get_worker
        worker = get_worker().address
    except (ImportError, ValueError):
        worker = "local"
    return {"input": in_path, "output": out_path, "records": records,
            "errors": failed, "worker": worker}


def split_file(path, n_parts, outdir):
    """Splits one JSON Lines file in n_parts files of consecutive lines."""
    with open(path, "rb") as f:
        lines = f.readlines()
    os.makedirs(outdir, exist_ok=True)
    size = -(-len(lines) // n_parts) if lines else 0
    parts = []
    for i in range(n_parts):
        part = os.path.join(outdir, "part-%05d.jsonl" % i)
        with open(part, "wb") as f:
            f.writelines(lines[i * size:(i + 1) * size])
        parts.append(part)
    return parts


def output_path(outdir, in_path):
    base = os.path.basename(in_path)
    if base.endswith(".jsonl"):
        base = base[:-len(".jsonl")]
    return os.path.join(outdir, base + ".out.jsonl")


def make_client(args):
    from distributed import Client, LocalCluster
    if args.scheduler:
        return Client(args.scheduler), None
    cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=args.threads_per_worker,
                           processes=True, host="127.0.0.1", dashboard_address=None)
    return Client(cluster), cluster


def run(args):
    flags = resolve_ops(args.ops)
    os.makedirs(args.output, exist_ok=True)
    inputs = args.inputs
    if args.split:
        if len(inputs) != 1:
            raise SystemExit("dask_batch.py: --split takes one input file")
        inputs = split_file(inputs[0], args.split, os.path.join(args.output, "input"))
    client, cluster = make_client(args)
    try:
        futures = client.map(process_part, inputs, [output_path(args.output, p) for p in inputs],
                             flags=flags, pure=False)
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    for result in results:
        print(json.dumps(result))
    return 0


def main(argv):
    parser = argparse.ArgumentParser(description="redaksi over JSON Lines on a Dask cluster")
    parser.add_argument("inputs", nargs="+", help="JSON Lines files, one partition each")
    parser.add_argument("-o", "--output", required=True, help="directory for the output parts")
    parser.add_argument("--ops", default="check", help="analyses, as in redaksi batch")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--local-workers", type=int, default=2, help="local worker processes")
    parser.add_argument("--threads-per-worker", type=int, default=1)
    parser.add_argument("--split", type=int, default=0, help="split the one input in N parts")
    args = parser.parse_args(argv[1:])
    try:
        return run(args)
    except ValueError as error:
        sys.stderr.write("dask_batch.py: --ops: %s\n" % error)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
