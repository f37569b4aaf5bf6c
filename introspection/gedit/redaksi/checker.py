# checker.py: checks one gedit document with redaksi as it is edited
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import time

from gi.repository import GLib, GObject, Gio, Gtk, Pango

from gi.repository import Redaksi

from . import settings

# Quiet enough to read through: a subtle underline whose colour tells the
# entity's type.
ENTITY_COLOURS = {
    "PERSON": "#3465a4",
    "ORGANIZATION": "#4e9a06",
    "LOCATION": "#c17d11",
    "EVENT": "#75507b",
    "MISC": "#888a85",
}
ISSUE_COLOURS = {"error": "#cc0000", "warning": "#f57900", "info": "#3465a4"}
TAG_PREFIX = "redaksi-"
DEBOUNCE_MS = 350


SEVERITIES = {
    Redaksi.Severity.INFO: "info",
    Redaksi.Severity.WARNING: "warning",
    Redaksi.Severity.ERROR: "error",
}


def _span(rng):
    return {"char_start": rng.char_start, "char_end": rng.char_end}


def _entity(entity):
    return dict(_span(entity.get_range()), text=entity.get_text(),
                type=Redaksi.entity_type_to_string(entity.get_entity_type()),
                canonical=entity.get_canonical())


def _tag(tag):
    return {"name": tag.get_name(), "type": Redaksi.entity_type_to_string(tag.get_entity_type()),
            "mentions": tag.get_mentions(), "salience": tag.get_salience()}


def _issue(issue):
    return dict(_span(issue.get_range()), code=issue.get_code(), message=issue.get_message(),
                severity=SEVERITIES.get(issue.get_severity(), "warning"),
                replacements=list(issue.get_replacements()))


def _related_link(link):
    return dict(_span(link.get_range()), marker=link.get_marker(),
                titles=list(link.get_titles()), urls=list(link.get_urls()))


def result_from_report(report):
    """What the underlines, the panel and the tooltips show, read from the
    report's typed accessors; offsets in characters, as GtkTextBuffer
    counts them."""
    document = report.get_document()
    _source, length = document.get_source()
    return {
        "document": {"characters": document.get_char_offset(length)},
        "entities": [_entity(e) for e in report.get_entities()],
        "tags": [_tag(t) for t in report.get_tags()],
        "issues": [_issue(i) for i in report.get_issues()],
        "related_links": [_related_link(link) for link in report.get_related_links()],
    }


def _rgba(spec):
    from gi.repository import Gdk

    colour = Gdk.RGBA()
    colour.parse(spec)
    return colour


class Checker(GObject.Object):
    """Keeps one buffer's redaksi tags in step with its text.

    Edits restart a short timer; when it fires the text becomes a
    RedaksiDocument and the analysis runs in the library's worker thread,
    so typing never waits for it. A result that arrives after a newer edit
    is dropped."""

    __gsignals__ = {"checked": (GObject.SignalFlags.RUN_LAST, None, ())}

    def __init__(self, buffer):
        super().__init__()
        self.buffer = buffer
        self.result = {}
        self.generation = 0
        self.applied_generation = -1
        self.checks_started = 0
        self.checks_applied = 0
        self.main_thread_ms = []
        self.last_check_ms = 0.0
        self._timeout_id = 0
        self._cancellable = None
        self._started_at = 0.0
        self.tags = self._create_tags()
        self._changed_id = buffer.connect("changed", self._on_changed)
        self.schedule(0)

    # -- tags ---------------------------------------------------------------

    def _create_tags(self):
        table = self.buffer.get_tag_table()
        tags = {}

        def make(name, **props):
            tag = table.lookup(TAG_PREFIX + name)
            if tag is None:
                tag = Gtk.TextTag(name=TAG_PREFIX + name, **props)
                table.add(tag)
            tags[name] = tag

        for kind, colour in ENTITY_COLOURS.items():
            make("entity-" + kind.lower(), underline=Pango.Underline.SINGLE,
                 underline_rgba=_rgba(colour))
        make("related-link", strikethrough=True, strikethrough_rgba=_rgba("#888a85"),
             foreground_rgba=_rgba("#888a85"))
        # Created last so that they draw over entity underlines.
        for severity, colour in ISSUE_COLOURS.items():
            make("issue-" + severity, underline=Pango.Underline.ERROR,
                 underline_rgba=_rgba(colour))
        return tags

    def _remove_tags(self):
        start, end = self.buffer.get_bounds()
        for tag in self.tags.values():
            self.buffer.remove_tag(tag, start, end)

    # -- checking -----------------------------------------------------------

    def _on_changed(self, buffer):
        self.generation += 1
        self.schedule(DEBOUNCE_MS)

    def schedule(self, delay_ms):
        if self._timeout_id:
            GLib.source_remove(self._timeout_id)
        if self._cancellable is not None:
            self._cancellable.cancel()
            self._cancellable = None
        self._timeout_id = GLib.timeout_add(delay_ms, self._on_timeout)

    def _on_timeout(self):
        self._timeout_id = 0
        self.check()
        return GLib.SOURCE_REMOVE

    def check(self):
        began = time.perf_counter()
        start, end = self.buffer.get_bounds()
        text = self.buffer.get_text(start, end, True)
        try:
            if self._is_html():
                document = Redaksi.Document.new_from_html(text, -1)
            else:
                document = Redaksi.Document.new_from_text(text, -1)
        except GLib.Error:
            # Text the library cannot read (a NUL byte): nothing to show.
            self._apply({}, self.generation)
            return
        self._cancellable = Gio.Cancellable()
        self.checks_started += 1
        self._started_at = began
        settings.analyzer().analyze_async(
            document, Redaksi.AnalysisFlags.ALL, None, self._cancellable,
            self._on_analyzed, self.generation)
        self.main_thread_ms.append((time.perf_counter() - began) * 1000)

    def _is_html(self):
        # Ranges of an HTML document are in its source, which is what the
        # buffer holds, so markup needs no special care beyond parsing.
        language = self.buffer.get_language()
        return language is not None and language.get_id() == "html"

    def _on_analyzed(self, analyzer, async_result, generation):
        try:
            report = analyzer.analyze_finish(async_result)
        except GLib.Error as error:
            if not error.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED):
                print("redaksi:", error.message)
            return
        if generation != self.generation:
            return  # the text changed meanwhile; a newer check is due
        self._cancellable = None
        began = time.perf_counter()
        self.last_check_ms = (began - self._started_at) * 1000
        self._apply(result_from_report(report), generation)
        self.main_thread_ms.append((time.perf_counter() - began) * 1000)

    def _apply(self, result, generation):
        self.result = result
        self._remove_tags()
        for entity in result.get("entities", []):
            tag = self.tags.get("entity-" + str(entity.get("type", "MISC")).lower())
            self._tag_range(tag or self.tags["entity-misc"], entity)
        for link in result.get("related_links", []):
            self._tag_range(self.tags["related-link"], link)
        for issue in result.get("issues", []):
            self._tag_range(self.tags["issue-" + issue.get("severity", "warning")], issue)
        self.checks_applied += 1
        self.applied_generation = generation
        self.emit("checked")

    def _tag_range(self, tag, item):
        start = self.buffer.get_iter_at_offset(item["char_start"])
        end = self.buffer.get_iter_at_offset(item["char_end"])
        self.buffer.apply_tag(tag, start, end)

    # -- what the panel and the tooltips read -------------------------------

    def is_idle(self):
        """True when the tags show the buffer's current text."""
        return self.applied_generation == self.generation and not self._timeout_id

    def issues_at(self, offset):
        return [issue for issue in self.result.get("issues", [])
                if issue["char_start"] <= offset < max(issue["char_end"], issue["char_start"] + 1)]

    def tag_ranges(self):
        """Every redaksi tag in the buffer with the character ranges it covers."""
        ranges = {}
        for name, tag in self.tags.items():
            spans = []
            it = self.buffer.get_start_iter()
            found = it.has_tag(tag) or it.forward_to_tag_toggle(tag)
            while found:
                end = it.copy()
                end.forward_to_tag_toggle(tag)
                spans.append([it.get_offset(), end.get_offset()])
                it = end
                found = it.forward_to_tag_toggle(tag)
            if spans:
                ranges[name] = spans
        return ranges

    # -- edits --------------------------------------------------------------

    def apply_fix(self, issue):
        replacements = issue.get("replacements") or []
        if not replacements:
            return False
        self._replace([(issue["char_start"], issue["char_end"], replacements[0])])
        return True

    def remove_related_links(self):
        links = self.result.get("related_links", [])
        self._replace([(link["char_start"], link["char_end"], "") for link in links])
        return len(links)

    def _replace(self, edits):
        """Makes the edits as one undoable step, last first so that the
        character offsets of the earlier ones stay valid."""
        buffer = self.buffer
        buffer.begin_user_action()
        try:
            for start, end, text in sorted(edits, reverse=True):
                start_iter = buffer.get_iter_at_offset(start)
                end_iter = buffer.get_iter_at_offset(end)
                buffer.delete(start_iter, end_iter)
                if text:
                    buffer.insert(start_iter, text)
        finally:
            buffer.end_user_action()

    def destroy(self):
        if self._timeout_id:
            GLib.source_remove(self._timeout_id)
            self._timeout_id = 0
        if self._cancellable is not None:
            self._cancellable.cancel()
            self._cancellable = None
        self.buffer.disconnect(self._changed_id)
        self._remove_tags()
        table = self.buffer.get_tag_table()
        for tag in self.tags.values():
            table.remove(tag)
        self.tags = {}
