# panel.py: the side panel listing an article's tags and findings
#
# SPDX-License-Identifier: LGPL-2.1-or-later

from gi.repository import GLib, Gtk, Pango

GETTEXT_DOMAIN = "redaksi-1"


def _(message):
    # The library binds its domain on first use; sharing it gives the
    # panel the same translations as the command line.
    return GLib.dgettext(GETTEXT_DOMAIN, message)


def N_(message):
    return message


TYPE_LABELS = {
    "PERSON": N_("person"),
    "ORGANIZATION": N_("organisation"),
    "LOCATION": N_("place"),
    "EVENT": N_("event"),
    "MISC": N_("other"),
}


def _row(text, data):
    label = Gtk.Label(label=text, xalign=0, wrap=True, wrap_mode=Pango.WrapMode.WORD_CHAR)
    label.set_margin_start(6)
    label.set_margin_end(6)
    label.set_margin_top(2)
    label.set_margin_bottom(2)
    row = Gtk.ListBoxRow()
    row.add(label)
    row.redaksi_data = data
    row.redaksi_text = text
    return row


def _list_in_scroller(list_box):
    scroller = Gtk.ScrolledWindow(hscrollbar_policy=Gtk.PolicyType.NEVER, vexpand=True)
    scroller.add(list_box)
    return scroller


class Panel(Gtk.Box):
    """Tags by salience, then findings in text order, then the actions."""

    def __init__(self):
        super().__init__(orientation=Gtk.Orientation.VERTICAL, spacing=6)
        self.set_border_width(6)
        self.on_finding_selected = None
        self.tag_list = Gtk.ListBox(selection_mode=Gtk.SelectionMode.NONE)
        self.finding_list = Gtk.ListBox(selection_mode=Gtk.SelectionMode.SINGLE)
        self.finding_list.connect("row-selected", self._on_row_selected)
        self.status = Gtk.Label(xalign=0, wrap=True)
        self.status.get_style_context().add_class("dim-label")
        self.pack_start(self._heading(_("Tags")), False, False, 0)
        self.pack_start(_list_in_scroller(self.tag_list), True, True, 0)
        self.pack_start(self._heading(_("Findings")), False, False, 0)
        self.pack_start(_list_in_scroller(self.finding_list), True, True, 0)
        self.pack_start(self._buttons(), False, False, 0)
        self.pack_start(self.status, False, False, 0)

    @staticmethod
    def _heading(text):
        label = Gtk.Label(xalign=0)
        label.set_markup("<b>%s</b>" % GLib.markup_escape_text(text))
        return label

    @staticmethod
    def _buttons():
        box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=4)
        for label, action in ((_("Apply fix"), "win.redaksi-apply-fix"),
                              (_("Remove related links"), "win.redaksi-remove-related-links")):
            button = Gtk.Button(label=label)
            button.set_action_name(action)
            box.pack_start(button, False, False, 0)
        return box

    def _on_row_selected(self, list_box, row):
        if self.on_finding_selected is not None:
            self.on_finding_selected(row.redaksi_data if row is not None else None)

    def selected_finding(self):
        row = self.finding_list.get_selected_row()
        return row.redaksi_data if row is not None else None

    def select_finding(self, index):
        row = self.finding_list.get_row_at_index(index)
        if row is not None:
            self.finding_list.select_row(row)

    def update(self, result, check_ms):
        for list_box in (self.tag_list, self.finding_list):
            for child in list_box.get_children():
                list_box.remove(child)
        tags = sorted(result.get("tags", []), key=lambda t: -t.get("salience", 0))
        for tag in tags:
            kind = tag.get("type", "MISC")
            text = "%s · %s · %.2f" % (tag["name"], _(TYPE_LABELS.get(kind, kind)), tag.get("salience", 0))
            self.tag_list.add(_row(text, tag))
        for finding in self.findings(result):
            self.finding_list.add(_row(finding["label"], finding))
        self.tag_list.show_all()
        self.finding_list.show_all()
        self.status.set_text(_("%d tags, %d findings; checked in %.0f ms")
                             % (len(tags), len(self.finding_list.get_children()), check_ms))

    @staticmethod
    def findings(result):
        """Issues and related-link inserts, in text order.

        An insert is also a `related-link-insert` issue; its related-link
        row (with the titles) stands for both, so it is listed once."""
        items = []
        for issue in result.get("issues", []):
            if issue.get("code") == "related-link-insert":
                continue
            label = "%s [%s]" % (issue.get("message", ""), issue.get("code", ""))
            items.append(dict(issue, kind="issue", label=label))
        for link in result.get("related_links", []):
            titles = "; ".join(link.get("titles", [])) or link.get("marker", "")
            label = _("Related links: %s") % titles
            items.append(dict(link, kind="related-link", label=label))
        return sorted(items, key=lambda item: (item["char_start"], item["char_end"]))

    def rows(self):
        return {
            "labels": [self.get_children()[i].get_text() for i in (0, 2)],
            "tags": [row.redaksi_text for row in self.tag_list.get_children()],
            "findings": [row.redaksi_text for row in self.finding_list.get_children()],
        }
