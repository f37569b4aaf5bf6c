"""introspection/examples/dask_batch.py on a local Dask cluster of two
worker processes, checked record for record against `redaksi batch`."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "batch"))
import make_articles  # noqa: E402
from redaksi_tap import Skip, run  # noqa: E402

TOOL = os.environ["REDAKSI_TOOL"]
SCRIPT = os.path.join(HERE, "..", "introspection", "examples", "dask_batch.py")
N, PARTS = 2000, 4
WORK = tempfile.mkdtemp(prefix="redaksi-dask-")
INPUT = os.path.join(WORK, "arsip.jsonl")


def comparable(line):
    """A record as JSON; json-glib and Python word parse errors apart."""
    record = json.loads(line)
    if record.get("error", {}).get("code") == "invalid-json":
        record["error"]["message"] = "…"
    return record


def batch_lines():
    output = os.path.join(WORK, "batch.jsonl")
    proc = subprocess.run([TOOL, "batch", INPUT, "-o", output], capture_output=True)
    assert proc.returncode in (0, 1), proc.stderr
    with open(output, "rb") as f:
        return f.read().splitlines()


def dask_run():
    outdir = os.path.join(WORK, "dask")
    proc = subprocess.run(["/usr/bin/python3", SCRIPT, "--local-workers", "2", "--split", str(PARTS),
                           "-o", outdir, INPUT], capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()[-3000:]
    return outdir, [json.loads(line) for line in proc.stdout.decode().splitlines()]


def test_dask_matches_redaksi_batch():
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise Skip("python3-distributed is not installed")
    make_articles.write_records(N, INPUT)
    expected = batch_lines()
    outdir, parts = dask_run()
    assert len(parts) == PARTS, parts
    got = []
    for part in parts:
        assert part["output"] == os.path.join(outdir, os.path.basename(part["input"])[:-6] + ".out.jsonl")
        with open(part["output"], "rb") as f:
            lines = f.read().splitlines()
        assert len(lines) == part["records"]
        got += lines
    workers = {part["worker"] for part in parts}
    print("# %d parts on %d workers: %s" % (len(parts), len(workers), ", ".join(sorted(workers))))
    assert len(workers) == 2, "both worker processes should have had a part"
    assert len(got) == len(expected) == N
    identical = 0
    for i, (a, b) in enumerate(zip(expected, got)):
        assert comparable(a) == comparable(b), (i, a[:300], b[:300])
        identical += a == b
    print("# %d of %d lines byte-identical to redaksi batch" % (identical, N))
    assert sum(part["errors"] for part in parts) == len(make_articles.planted_bad(N))


def test_unknown_operation():
    proc = subprocess.run(["/usr/bin/python3", SCRIPT, "--ops", "terjemah", "-o", WORK, INPUT],
                          capture_output=True)
    assert proc.returncode == 2 and b"unknown operation" in proc.stderr, proc.stderr


try:
    run(dict(globals()))
finally:
    shutil.rmtree(WORK, ignore_errors=True)
