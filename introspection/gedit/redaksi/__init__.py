# redaksi for gedit: entity underlines, quote findings and related-link
# inserts in the document being edited, and a side panel with the
# article's tags and findings.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os

import gi

gi.require_version("Gedit", "3.0")
gi.require_version("Gtk", "3.0")
gi.require_version("Redaksi", "1.0")

from gi.repository import GObject, Gedit, Gio, Gtk, Redaksi  # noqa: E402

from .checker import Checker  # noqa: E402
from .panel import Panel, _  # noqa: E402
from . import settings  # noqa: E402
from .settings import RedaksiConfigurable  # noqa: E402,F401  (libpeas finds it here)

PANEL_NAME = "redaksi"


class RedaksiWindowActivatable(GObject.Object, Gedit.WindowActivatable):
    """One per window: a checker for each document, tooltips on each view,
    the panel, and the two actions."""

    __gtype_name__ = "RedaksiWindowActivatable"

    window = GObject.Property(type=Gedit.Window)

    def do_activate(self):
        # The library binds its translations when first used; the panel's
        # labels share them.
        Redaksi.Analyzer.get_default()
        self.checkers = {}
        self.views = {}
        self.panel = Panel()
        self.panel.on_finding_selected = self._on_finding_selected
        self.panel.show_all()
        self.window.get_side_panel().add_titled(self.panel, PANEL_NAME, _("Redaksi"))
        self.actions = self._add_actions()
        self.window_handlers = [
            self.window.connect("tab-added", self._on_tab_added),
            self.window.connect("tab-removed", self._on_tab_removed),
            self.window.connect("active-tab-changed", self._on_active_tab_changed),
        ]
        for view in self.window.get_views():
            self._watch_view(view)
        self._refresh_panel()
        settings.listeners.append(self._on_gazetteer_changed)
        self.selftest = None
        if os.environ.get("REDAKSI_GEDIT_TEST_DIR"):
            from .selftest import SelfTest

            self.selftest = SelfTest(self, os.environ["REDAKSI_GEDIT_TEST_DIR"])

    def do_deactivate(self):
        settings.listeners.remove(self._on_gazetteer_changed)
        self.panel.on_finding_selected = None
        for handler in self.window_handlers:
            self.window.disconnect(handler)
        for view in list(self.views):
            self._unwatch_view(view)
        for name in self.actions:
            self.window.remove_action(name)
        self.window.get_side_panel().remove(self.panel)
        self.panel.destroy()
        self.panel = None

    def do_update_state(self):
        self._update_actions()

    # -- documents and views ------------------------------------------------

    def _watch_view(self, view):
        document = view.get_buffer()
        if document not in self.checkers:
            checker = Checker(document)
            checker.connect("checked", self._on_checked)
            self.checkers[document] = checker
        had_tooltip = view.get_has_tooltip()
        view.set_has_tooltip(True)
        self.views[view] = (view.connect("query-tooltip", self._on_query_tooltip), had_tooltip)

    def _unwatch_view(self, view):
        handler, had_tooltip = self.views.pop(view)
        view.disconnect(handler)
        view.set_has_tooltip(had_tooltip)
        document = view.get_buffer()
        if not any(v.get_buffer() == document for v in self.views):
            self.checkers.pop(document).destroy()

    def _on_tab_added(self, window, tab):
        self._watch_view(tab.get_view())

    def _on_tab_removed(self, window, tab):
        if tab.get_view() in self.views:
            self._unwatch_view(tab.get_view())
        self._refresh_panel()

    def _on_gazetteer_changed(self):
        # Another gazetteer gives other names and ids: check again.
        for checker in self.checkers.values():
            checker.schedule(0)

    def _on_active_tab_changed(self, window, tab):
        self._refresh_panel()

    def active_checker(self):
        document = self.window.get_active_document()
        return self.checkers.get(document) if document is not None else None

    def _on_checked(self, checker):
        if checker is self.active_checker():
            self._refresh_panel()

    def _refresh_panel(self):
        checker = self.active_checker()
        if checker is None:
            self.panel.update({}, 0)
        else:
            self.panel.update(checker.result, checker.last_check_ms)
        self._update_actions()

    # -- tooltips -----------------------------------------------------------

    def _on_query_tooltip(self, view, x, y, keyboard_mode, tooltip):
        if keyboard_mode:
            buffer = view.get_buffer()
            it = buffer.get_iter_at_mark(buffer.get_insert())
        else:
            bx, by = view.window_to_buffer_coords(Gtk.TextWindowType.TEXT, x, y)
            found, it = view.get_iter_at_location(bx, by)
            if not found:
                return False
        text = self.tooltip_at(view.get_buffer(), it.get_offset())
        if text is None:
            return False
        tooltip.set_text(text)
        return True

    def tooltip_at(self, document, offset):
        """The messages of the findings at a character offset, or None."""
        checker = self.checkers.get(document)
        issues = checker.issues_at(offset) if checker is not None else []
        return "\n".join(issue.get("message", "") for issue in issues) or None

    # -- actions ------------------------------------------------------------

    def _add_actions(self):
        handlers = {
            "redaksi-apply-fix": self.apply_fix,
            "redaksi-remove-related-links": self.remove_related_links,
        }
        for name, handler in handlers.items():
            action = Gio.SimpleAction.new(name, None)
            action.connect("activate", lambda action, param, h=handler: h())
            self.window.add_action(action)
        return list(handlers)

    def _update_actions(self):
        if self.panel is None:
            return
        checker = self.active_checker()
        finding = self.panel.selected_finding()
        fixable = bool(finding and finding.get("replacements"))
        links = bool(checker and checker.result.get("related_links"))
        self.window.lookup_action("redaksi-apply-fix").set_enabled(fixable)
        self.window.lookup_action("redaksi-remove-related-links").set_enabled(links)

    def _on_finding_selected(self, finding):
        self._update_actions()
        document = self.window.get_active_document()
        view = self.window.get_active_view()
        if finding is None or document is None or view is None:
            return
        start = document.get_iter_at_offset(finding["char_start"])
        end = document.get_iter_at_offset(finding["char_end"])
        document.select_range(start, end)
        view.scroll_to_iter(start, 0.2, False, 0, 0)

    def apply_fix(self):
        checker = self.active_checker()
        finding = self.panel.selected_finding()
        if checker is not None and finding is not None:
            checker.apply_fix(finding)

    def remove_related_links(self):
        checker = self.active_checker()
        if checker is not None:
            checker.remove_related_links()
