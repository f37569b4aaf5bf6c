"""The labeller's entity-level F1 on idner-news-2k test.txt (issue 3:
at least 0.87), and on dev.txt, scored by redaksi-eval-ner."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import redaksi_tap  # noqa: E402

EVAL = sys.argv[1]


def micro_f1(*args):
    out = subprocess.run([EVAL, *args], check=True, capture_output=True, text=True).stdout
    print("#", out.replace("\n", "\n# "))
    return [float(line.split()[3]) for line in out.splitlines() if line.startswith("micro")]


def test_test_split_f1():
    path = redaksi_tap.shared_path("data", "ner", "idner-news-2k", "test.txt")
    assert micro_f1(path)[0] >= 0.87


def test_document_mode_f1():
    # With the gazetteer's names filled in, as documents are tagged.
    path = redaksi_tap.shared_path("data", "ner", "idner-news-2k", "test.txt")
    assert micro_f1("--fill", path)[0] >= 0.85


def test_dev_split_f1():
    path = redaksi_tap.shared_path("data", "ner", "idner-news-2k", "dev.txt")
    assert micro_f1(path)[0] >= 0.82


redaksi_tap.run(globals())
