# The plugin's one preference, a newsroom gazetteer, and the analyzer
# made from it.
#
# gedit 44 offers plugins PeasGtk.Configurable (the "Preferences" button
# in Preferences → Plugins); a GSettings schema would need installing
# into the system, so the choice lives in a key file under the user's
# config dir: ~/.config/redaksi/gedit.ini, group [gedit], key gazetteer.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("PeasGtk", "1.0")
gi.require_version("Redaksi", "1.0")

from gi.repository import GLib, GObject, Gtk, PeasGtk, Redaksi  # noqa: E402

GROUP = "gedit"
KEY = "gazetteer"

# Called with no argument when the analyzer changes: windows re-check.
listeners = []

_cache = {"key": None, "analyzer": None, "error": None}


def config_path():
    return os.path.join(GLib.get_user_config_dir(), "redaksi", "gedit.ini")


def gazetteer_path():
    """The gazetteer file chosen in the preferences, or None."""
    keyfile = GLib.KeyFile()
    try:
        keyfile.load_from_file(config_path(), GLib.KeyFileFlags.NONE)
        return keyfile.get_string(GROUP, KEY) or None
    except GLib.Error:
        return None


def set_gazetteer_path(path):
    """Stores @path (None: the built-in gazetteer only) and tells the
    windows; returns the error message of loading it, or None."""
    keyfile = GLib.KeyFile()
    try:
        keyfile.load_from_file(config_path(), GLib.KeyFileFlags.KEEP_COMMENTS)
    except GLib.Error:
        pass
    if path:
        keyfile.set_string(GROUP, KEY, path)
    else:
        try:
            keyfile.remove_key(GROUP, KEY)
        except GLib.Error:
            pass
    os.makedirs(os.path.dirname(config_path()), exist_ok=True)
    keyfile.save_to_file(config_path())
    analyzer()
    for listener in list(listeners):
        listener()
    return _cache["error"]


def _stamp(path):
    # A newsroom edits its gazetteer: a new mtime loads it again.
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def analyzer():
    """The analyzer for the chosen gazetteer, made once per file version;
    the default one when none is chosen or it cannot be loaded."""
    path = gazetteer_path()
    key = (path, _stamp(path)) if path else None
    if key != _cache["key"]:
        _cache["key"] = key
        _cache["analyzer"], _cache["error"] = None, None
        if path:
            try:
                _cache["analyzer"] = Redaksi.Analyzer.new_with_gazetteer(path)
            except GLib.Error as error:
                _cache["error"] = error.message
    return _cache["analyzer"] or Redaksi.Analyzer.get_default()


def load_error():
    """Why the chosen gazetteer is not in use, or None."""
    analyzer()
    return _cache["error"]


class RedaksiConfigurable(GObject.Object, PeasGtk.Configurable):
    """Preferences → Plugins → Redaksi → Preferences: the gazetteer file."""

    __gtype_name__ = "RedaksiConfigurable"

    def do_create_configure_widget(self):
        box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=6, border_width=12)
        box.pack_start(Gtk.Label(label=_("Newsroom gazetteer (JSON), loaded over the built-in one:"),
                                 xalign=0), False, False, 0)
        row = Gtk.Box(spacing=6)
        chooser = Gtk.FileChooserButton(title=_("Newsroom gazetteer"),
                                        action=Gtk.FileChooserAction.OPEN)
        json_filter = Gtk.FileFilter()
        json_filter.set_name("JSON")
        json_filter.add_pattern("*.json")
        chooser.add_filter(json_filter)
        if gazetteer_path():
            chooser.set_filename(gazetteer_path())
        clear = Gtk.Button(label=_("Built-in only"))
        row.pack_start(chooser, True, True, 0)
        row.pack_start(clear, False, False, 0)
        box.pack_start(row, False, False, 0)
        status = Gtk.Label(xalign=0, wrap=True, selectable=True)
        box.pack_start(status, False, False, 0)
        self.chooser, self.status = chooser, status

        chooser.connect("file-set", lambda c: self._show(set_gazetteer_path(c.get_filename())))
        clear.connect("clicked", lambda b: (chooser.unselect_all(),
                                            self._show(set_gazetteer_path(None))))
        self._show(load_error())
        box.show_all()
        return box

    def _show(self, error):
        self.status.set_text(error or "")


def _(message):
    # The library's domain, as the panel uses it.
    return GLib.dgettext("redaksi-1", message)
