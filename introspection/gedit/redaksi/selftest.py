# selftest.py: drives the plugin inside a real gedit for tests/test_gedit.py
#
# Loaded only when REDAKSI_GEDIT_TEST_DIR is set. It waits for the first
# check of the article gedit opened, records what the buffer and the
# panel show, saves a screenshot, types, uses both actions and undoes
# them, recording each state in REDAKSI_GEDIT_TEST_DIR/state.json, then
# quits gedit.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
import os
import time

import gi

gi.require_version("Gdk", "3.0")
gi.require_version("Gtk", "3.0")
gi.require_version("Peas", "1.0")

from gi.repository import Gdk, GLib, Gtk, Peas  # noqa: E402

TICK_MS = 20


class SelfTest:
    def __init__(self, plugin, directory):
        self.plugin = plugin
        self.window = plugin.window
        self.directory = directory
        self.states = {"done": False}
        self.steps = self._script()
        self.waiting_for = None
        self.max_gap_ms = 0.0
        self.max_gap_cpu_ms = 0.0
        self._last_tick = None
        self._last_cpu = None
        self.window.resize(1180, 720)
        GLib.timeout_add(TICK_MS, self._tick)

    # A step yields a predicate to wait for, or a number of milliseconds.
    def _tick(self):
        now = time.perf_counter()
        cpu = time.thread_time()
        if self._last_tick is not None:
            self.max_gap_ms = max(self.max_gap_ms, (now - self._last_tick) * 1000)
            # The main thread's own CPU time between two ticks: what the
            # plugin spent there, apart from waiting for a busy machine's cores.
            self.max_gap_cpu_ms = max(self.max_gap_cpu_ms, (cpu - self._last_cpu) * 1000)
        self._last_tick = now
        self._last_cpu = cpu
        if callable(self.waiting_for) and not self.waiting_for():
            return GLib.SOURCE_CONTINUE
        if isinstance(self.waiting_for, float) and now < self.waiting_for:
            return GLib.SOURCE_CONTINUE
        try:
            step = next(self.steps)
        except StopIteration:
            return GLib.SOURCE_REMOVE
        self.waiting_for = now + step / 1000 if isinstance(step, (int, float)) else step
        return GLib.SOURCE_CONTINUE

    def _checker(self):
        return self.plugin.active_checker()

    def _idle(self):
        checker = self._checker()
        return checker is not None and checker.is_idle() and checker.buffer.get_char_count() > 0

    def _text(self):
        buffer = self._checker().buffer
        return buffer.get_text(*buffer.get_bounds(), True)

    def _record(self, name):
        checker = self._checker()
        self.states[name] = {
            "text": self._text(),
            "sections": sorted(checker.result),
            "result": checker.result,
            "tags": checker.tag_ranges(),
            "panel": self.plugin.panel.rows(),
            "panel_visible": self.window.get_side_panel().get_visible_child_name(),
            "checks_started": checker.checks_started,
            "checks_applied": checker.checks_applied,
            "last_check_ms": checker.last_check_ms,
            "main_thread_ms": max(checker.main_thread_ms or [0]),
            "max_main_loop_gap_ms": self.max_gap_ms,
            "max_main_loop_gap_cpu_ms": self.max_gap_cpu_ms,
            "tooltips": [[issue["char_start"], self.plugin.tooltip_at(checker.buffer, issue["char_start"])]
                         for issue in checker.result.get("issues", [])],
        }
        self._write()

    def _write(self):
        path = os.path.join(self.directory, "state.json")
        with open(path + ".tmp", "w", encoding="utf-8") as out:
            json.dump(self.states, out, ensure_ascii=False, indent=1)
        os.replace(path + ".tmp", path)

    def _screenshot(self):
        gdk_window = self.window.get_window()
        # Draw everything pending and let the X server catch up, so the
        # picture is of what the buffer holds now, even on a slow machine.
        self.window.queue_draw()
        Gdk.Window.process_all_updates()
        gdk_window.get_display().sync()
        width, height = gdk_window.get_width(), gdk_window.get_height()
        pixbuf = Gdk.pixbuf_get_from_window(gdk_window, 0, 0, width, height)
        pixbuf.savev(os.path.join(self.directory, "gedit-redaksi.png"), "png", [], [])
        self.states["screenshot"] = {
            "size": [width, height],
            "issues": [self._rectangle(i) for i in self._checker().result.get("issues", [])],
            "panel": self._widget_rectangle(self.plugin.panel),
        }

    def _rectangle(self, item):
        """Where an item's first character sits in the window, in pixels."""
        view = self.window.get_active_view()
        buffer = view.get_buffer()
        start = view.get_iter_location(buffer.get_iter_at_offset(item["char_start"]))
        end = view.get_iter_location(buffer.get_iter_at_offset(max(item["char_end"] - 1, item["char_start"])))
        width = end.x + end.width - start.x if end.y == start.y else start.width
        x, y = view.buffer_to_window_coords(Gtk.TextWindowType.TEXT, start.x, start.y)
        text_window = view.get_window(Gtk.TextWindowType.TEXT)
        origin = text_window.get_origin()
        top = self.window.get_window().get_origin()
        return [x + origin.x - top.x, y + origin.y - top.y, width, start.height]

    def _widget_rectangle(self, widget):
        allocation = widget.get_allocation()
        x, y = widget.translate_coordinates(self.window, 0, 0)
        return [x, y, allocation.width, allocation.height]

    def _show_panel(self):
        self.window.lookup_action("side-panel").change_state(GLib.Variant.new_boolean(True))
        self.window.get_side_panel().set_visible_child_name("redaksi")

    def _script(self):
        yield self._idle
        self._show_panel()
        yield 800
        self._record("loaded")
        self._screenshot()
        self._write()
        yield from self._typing()
        yield from self._remove_links()
        yield from self._apply_fix()
        yield from self._deactivate()
        self.states["done"] = True
        self._write()
        self.window.get_active_document().set_modified(False)
        self.window.get_application().quit()

    def _typing(self):
        """Ten keystrokes 40 ms apart: one check after the last, none
        between, and the main loop never stalls."""
        buffer = self._checker().buffer
        before = self._checker().checks_started
        self.max_gap_ms = 0.0
        self.max_gap_cpu_ms = 0.0
        for _ in range(10):
            buffer.begin_user_action()
            buffer.insert(buffer.get_end_iter(), "x")
            buffer.end_user_action()
            yield 40
        during = self._checker().checks_started - before
        yield self._idle
        self._record("typed")
        self.states["typed"]["checks_during_typing"] = during
        self.states["typed"]["checks_after_typing"] = self._checker().checks_started - before
        end = buffer.get_end_iter()
        start = end.copy()
        start.backward_chars(10)
        buffer.delete(start, end)
        yield self._idle

    def _remove_links(self):
        if not self._checker().result.get("related_links"):
            return
        self.window.activate_action("redaksi-remove-related-links", None)
        yield self._idle
        self._record("links-removed")
        self._checker().buffer.undo()
        yield self._idle
        self._record("links-restored")

    def _apply_fix(self):
        findings = self.plugin.panel.findings(self._checker().result)
        fixable = [i for i, f in enumerate(findings) if f.get("replacements")]
        if not fixable:
            return
        self.plugin.panel.select_finding(fixable[0])
        self.states["fix"] = findings[fixable[0]]
        self.window.activate_action("redaksi-apply-fix", None)
        yield self._idle
        self._record("fixed")
        self._checker().buffer.undo()
        yield self._idle
        self._record("fix-undone")

    def _deactivate(self):
        """Unloads the plugin as Preferences → Plugins would: nothing of
        it may stay behind, and edits must no longer be checked."""
        document = self.window.get_active_document()
        engine = Peas.Engine.get_default()
        engine.unload_plugin(engine.get_plugin_info("redaksi"))
        yield 50
        document.insert(document.get_end_iter(), "y")
        yield 600
        tags = []
        document.get_tag_table().foreach(lambda tag: tags.append(tag.props.name))
        self.states["deactivated"] = {
            "redaksi_tags_in_table": [t for t in tags if t and t.startswith("redaksi-")],
            "panel_pages": [child.get_name() for child in self.window.get_side_panel().get_children()],
            "panel_has_redaksi": self.window.get_side_panel().get_child_by_name("redaksi") is not None,
            "actions": [name for name in self.window.list_actions() if name.startswith("redaksi-")],
            "checkers": len(self.plugin.checkers),
            "views_watched": len(self.plugin.views),
        }
        self._write()
