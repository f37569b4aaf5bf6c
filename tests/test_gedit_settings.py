"""The gedit plugin's gazetteer preference (introspection/gedit/redaksi/
settings.py), outside gedit: the key file under the user's config dir,
the analyzer made from it, and the configure widget (under Xvfb)."""
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile

CONFIG = tempfile.TemporaryDirectory(prefix="redaksi-gedit-config-")
os.environ["XDG_CONFIG_HOME"] = CONFIG.name

import gi  # noqa: E402

gi.require_version("Redaksi", "1.0")
from gi.repository import GLib, Redaksi  # noqa: E402

import redaksi_tap  # noqa: E402

SETTINGS_PY = os.path.join(os.environ["G_TEST_SRCDIR"], "..", "introspection", "gedit",
                           "redaksi", "settings.py")
ARTICLE = "Ketua KNSJ bertemu Menteri Kelautan di Ambon.\n"


def load_settings():
    spec = importlib.util.spec_from_file_location("redaksi_gedit_settings", SETTINGS_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


settings = load_settings()


def write(name, data):
    path = os.path.join(CONFIG.name, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)
    return path


def knsj_id(analyzer):
    doc = Redaksi.Document.new_from_text(ARTICLE, -1)
    report = analyzer.analyze(doc, Redaksi.AnalysisFlags.ENTITIES, None, None)
    found = [e for e in json.loads(report.to_json_string(False))["entities"] if e["text"] == "KNSJ"]
    return found[0]["id"] if found else None


def test_no_preference_is_the_default_analyzer():
    assert settings.gazetteer_path() is None
    assert settings.analyzer() is Redaksi.Analyzer.get_default()


def test_chosen_gazetteer_reaches_the_analyzer_and_the_key_file():
    path = write("newsroom.json", '[{"name": "Koperasi Nelayan Samudra Jaya", "type": "ORGANIZATION",'
                                  ' "aliases": ["KNSJ"], "id": "tag:9"}]')
    heard = []
    settings.listeners.append(lambda: heard.append(True))
    try:
        assert settings.set_gazetteer_path(path) is None
    finally:
        settings.listeners.clear()
    assert heard == [True]
    keyfile = GLib.KeyFile()
    keyfile.load_from_file(os.path.join(CONFIG.name, "redaksi", "gedit.ini"), GLib.KeyFileFlags.NONE)
    assert keyfile.get_string("gedit", "gazetteer") == path
    analyzer = settings.analyzer()
    assert analyzer is not Redaksi.Analyzer.get_default()
    assert analyzer is settings.analyzer(), "made once, not per check"
    assert knsj_id(analyzer) == "tag:9"
    # gedit restarted reads the same choice from the key file.
    assert settings.gazetteer_path() == path

    assert settings.set_gazetteer_path(None) is None
    assert settings.analyzer() is Redaksi.Analyzer.get_default()
    assert knsj_id(settings.analyzer()) is None


def test_broken_gazetteer_falls_back_with_its_file_and_line():
    path = write("broken.json", '[\n{"name": "X",\n "type": 7}]')
    error = settings.set_gazetteer_path(path)
    assert error is not None and path + ":3:" in error, error
    assert settings.analyzer() is Redaksi.Analyzer.get_default()
    assert settings.load_error() == error
    settings.set_gazetteer_path(None)


WIDGET_CHECK = """
import importlib.util, os, sys
import gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
spec = importlib.util.spec_from_file_location("s", sys.argv[1])
settings = importlib.util.module_from_spec(spec)
spec.loader.exec_module(settings)
settings.set_gazetteer_path(sys.argv[2])
configurable = settings.RedaksiConfigurable()
widget = configurable.do_create_configure_widget()
assert isinstance(widget, Gtk.Widget)
assert configurable.chooser.get_filename() == sys.argv[2], configurable.chooser.get_filename()
assert sys.argv[2] + ":1:" in configurable.status.get_text(), configurable.status.get_text()
print("widget ok")
"""


def test_configure_widget_shows_the_choice_and_its_error():
    xvfb_run = shutil.which("xvfb-run")
    if not os.environ.get("DISPLAY") and xvfb_run is None:
        raise redaksi_tap.Skip("no display and no xvfb-run")
    broken = write("widget.json", "{")
    command = [sys.executable, "-c", WIDGET_CHECK, SETTINGS_PY, broken]
    if not os.environ.get("DISPLAY"):
        command = [xvfb_run, "-a", *command]
    env = dict(os.environ, NO_AT_BRIDGE="1")
    env.pop("G_DEBUG", None)  # GTK's own warnings are not under test
    run = subprocess.run(command, capture_output=True, timeout=60, env=env)
    assert run.returncode == 0 and b"widget ok" in run.stdout, run.stderr.decode()


try:
    redaksi_tap.run(dict(globals()))
finally:
    CONFIG.cleanup()
