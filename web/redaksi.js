/**
 * redaksi.js — the browser client of `redaksi serve`, as an ES module
 * with no dependencies.
 *
 *     import Redaksi from 'http://127.0.0.1:8010/redaksi.js';
 *     const checker = Redaksi.attach(document.querySelector('textarea'), {
 *       server: 'http://127.0.0.1:8010', panel: document.querySelector('#redaksi'),
 *     });
 *     checker.addEventListener('report', (event) => console.log(event.detail.report));
 *
 * Redaksi.attach(element, options) works on a <textarea> or a
 * contenteditable element and returns a RedaksiController:
 *
 *   options.server  the server's address ('' or absent: this page's own)
 *   options.lang    'id' (default) or 'en': the panel's labels, and the
 *                   Accept-Language of the requests
 *   options.html    send HTML ({"html": …}, `redaksi check --html`): a
 *                   textarea's value is HTML source; a contenteditable's
 *                   DOM is serialised, and the report's offsets into
 *                   that HTML are mapped back to its text nodes
 *   options.panel   an element to fill with tags and findings (optional)
 *   options.delay   debounce in milliseconds (default 400)
 *
 *   controller.refresh()             checks now; resolves to the report, or
 *                                    null when a newer check replaced it
 *   controller.report                the last report for the current text
 *   controller.applyFix(issue, i)    replaces the issue's range by its
 *                                    replacement i (default 0)
 *   controller.removeRelatedLinks()  removes every "Baca Juga" insert
 *   controller.detach()              removes everything it added
 *
 * Events (EventTarget): 'report' {report, text}, 'error' {error},
 * 'busy' {busy}. Edits made by applyFix() and removeRelatedLinks() are
 * one undoable step, in a textarea and in a contenteditable (there one
 * insertHTML over the span of all the edits; a browser without
 * insertHTML undoes them an edit at a time).
 *
 * Offsets are the report's utf16_start/utf16_end: a JavaScript string
 * counts UTF-16 units, so an emoji before a finding moves it by two, as
 * it moves the report's offsets.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

const LABELS = {
  id: {
    tags: 'Tag', findings: 'Temuan', none: 'Tidak ada temuan.', noTags: 'Belum ada tag.',
    apply: 'Terapkan', removeLinks: 'Hapus tautan terkait', checking: 'Memeriksa…',
    mentions: 'sebutan', failed: 'Pemeriksaan gagal', delete: 'hapus',
    relatedLinks: 'Tautan terkait', severity: { error: 'galat', warning: 'peringatan', info: 'info' },
    types: { PERSON: 'Orang', ORGANIZATION: 'Organisasi', LOCATION: 'Tempat', EVENT: 'Peristiwa', MISC: 'Lain-lain' },
  },
  en: {
    tags: 'Tags', findings: 'Findings', none: 'No findings.', noTags: 'No tags yet.',
    apply: 'Apply fix', removeLinks: 'Remove related links', checking: 'Checking…',
    mentions: 'mentions', failed: 'The check failed', delete: 'delete',
    relatedLinks: 'Related links', severity: { error: 'error', warning: 'warning', info: 'info' },
    types: { PERSON: 'Person', ORGANIZATION: 'Organization', LOCATION: 'Place', EVENT: 'Event', MISC: 'Other' },
  },
};

/** The labels for @lang ('id' unless it is English). */
export function labels (lang) {
  return LABELS[lang === 'en' ? 'en' : 'id'];
}

/* Every range the report has, with the kind that draws it. */
function reportRanges (report) {
  const ranges = [];
  const add = (kind, item, index, extra) => {
    if (item.utf16_end > item.utf16_start)
      ranges.push({ kind, index, start: item.utf16_start, end: item.utf16_end, ...extra });
  };
  (report.entities || []).forEach((e, i) => add('entity', e, i, { type: e.type }));
  (report.issues || []).forEach((e, i) => add('issue', e, i, { severity: e.severity }));
  (report.related_links || []).forEach((e, i) => add('related', e, i, {}));
  return ranges;
}

/* Where @before and @after differ: one edit [start, oldEnd) → [start, newEnd). */
function diff (before, after) {
  let start = 0;
  const limit = Math.min(before.length, after.length);
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start))
    start++;
  let tail = 0;
  while (tail < limit - start
         && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail))
    tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/* Moves @ranges past an edit so they stay on their words while the
 * editor types; a range the edit touches is dropped until the answer. */
function shiftRanges (ranges, edit) {
  const delta = edit.newEnd - edit.oldEnd;
  return ranges.filter((r) => r.end <= edit.start || r.start >= edit.oldEnd)
    .map((r) => (r.start >= edit.oldEnd ? { ...r, start: r.start + delta, end: r.end + delta } : r));
}

/* ------------------------------------------------------------------ */
/* A textarea: highlights in a mirrored layer behind it                 */

const MIRRORED = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch',
  'line-height', 'letter-spacing', 'word-spacing', 'text-indent', 'text-transform', 'tab-size',
  'text-align', 'direction', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'word-break', 'overflow-wrap', 'white-space',
];

class TextareaEditor {
  constructor (element, html) {
    this.element = element;
    this.html = html;
    this.wrap = document.createElement('div');
    this.wrap.className = 'redaksi-wrap';
    this.backdrop = document.createElement('div');
    this.backdrop.className = 'redaksi-backdrop';
    this.backdrop.setAttribute('aria-hidden', 'true');
    element.parentNode.insertBefore(this.wrap, element);
    this.wrap.append(this.backdrop, element);
    element.classList.add('redaksi-textarea');
    this.onScroll = () => this.syncScroll();
    element.addEventListener('scroll', this.onScroll);
    this.resizer = new ResizeObserver(() => this.mirror());
    this.resizer.observe(element);
    this.mirror();
  }

  getText () {
    return this.element.value;
  }

  /* With options.html the textarea holds HTML source (a CMS's HTML
   * tab): the report's offsets are into it all the same. */
  payload (text) {
    return this.html ? { html: text } : { text };
  }

  mirror () {
    const style = getComputedStyle(this.element);
    for (const name of MIRRORED)
      this.backdrop.style.setProperty(name, style.getPropertyValue(name));
    const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    /* The textarea's scroll bar takes width from its text: so does the layer. */
    this.backdrop.style.width = `${this.element.clientWidth + borders}px`;
    this.backdrop.style.height = `${this.element.offsetHeight}px`;
    this.backdrop.style.whiteSpace = 'pre-wrap';
    this.wrap.style.backgroundColor = style.backgroundColor;
    this.syncScroll();
  }

  syncScroll () {
    this.backdrop.scrollTop = this.element.scrollTop;
    this.backdrop.scrollLeft = this.element.scrollLeft;
  }

  /* One span per run of text covered by the same ranges. */
  draw (text, ranges) {
    const cuts = new Set([0, text.length]);
    for (const r of ranges) {
      cuts.add(Math.min(r.start, text.length));
      cuts.add(Math.min(r.end, text.length));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const covering = ranges.filter((r) => r.start <= from && r.end >= to);
      const piece = text.slice(from, to);
      if (covering.length === 0) {
        fragment.append(piece);
        continue;
      }
      const span = document.createElement('span');
      span.textContent = piece;
      for (const r of covering) {
        span.classList.add(`redaksi-${r.kind}`);
        if (r.type)
          span.classList.add(`redaksi-${r.type.toLowerCase()}`);
        if (r.severity)
          span.classList.add(`redaksi-${r.severity}`);
      }
      span.dataset.ranges = covering.map((r) => `${r.kind}:${r.index}`).join(' ');
      fragment.append(span);
    }
    /* A final line break shows an empty line in the textarea, not in a div. */
    fragment.append('\u200b');
    this.backdrop.replaceChildren(fragment);
    this.syncScroll();
  }

  /* The ranges' pieces under the point (x, y), for the tooltip. */
  rangesAt (x, y) {
    for (const span of this.backdrop.querySelectorAll('span[data-ranges]'))
      for (const rect of span.getClientRects())
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom)
          return span.dataset.ranges.split(' ');
    return [];
  }

  /* Replaces @edits ({start, end, text}, sorted, not overlapping) as one
   * step of the textarea's own undo: one insertText over their span. */
  replace (edits) {
    const el = this.element;
    const value = el.value;
    const from = edits[0].start;
    const to = edits[edits.length - 1].end;
    let middle = '';
    let at = from;
    for (const e of edits) {
      middle += value.slice(at, e.start) + e.text;
      at = e.end;
    }
    middle += value.slice(at, to);
    el.focus();
    el.setSelectionRange(from, to);
    const done = middle === '' ? document.execCommand('delete')
      : document.execCommand('insertText', false, middle);
    if (!done) {
      /* No execCommand here: the change is made, without native undo. */
      el.setRangeText(middle, from, to, 'end');
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
    }
  }

  detach () {
    this.resizer.disconnect();
    this.element.removeEventListener('scroll', this.onScroll);
    this.element.classList.remove('redaksi-textarea');
    this.wrap.parentNode.insertBefore(this.element, this.wrap);
    this.wrap.remove();
  }
}

/* ------------------------------------------------------------------ */
/* A contenteditable element: its text nodes, highlights through the CSS
 * Custom Highlight API (nothing is added to the editor's DOM)          */

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

/* One Highlight per kind for the whole page; each controller adds and
 * removes its own ranges. */
const highlights = new Map();

function highlight (name) {
  if (typeof CSS === 'undefined' || !CSS.highlights)
    return null;
  if (!highlights.has(name)) {
    highlights.set(name, new Highlight());
    CSS.highlights.set(name, highlights.get(name));
  }
  return highlights.get(name);
}

const VOID = new Set(['AREA', 'BASE', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'LINK', 'META',
  'SOURCE', 'TRACK', 'WBR']);
const RAW = new Set(['SCRIPT', 'STYLE']);

function escapeText (text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
}

function escapeAttribute (value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');
}

/* Where the text node's characters are in @source: one offset a
 * character, and its end. */
function sourceMap (data, start) {
  const map = new Array(data.length + 1);
  let at = start;
  for (let i = 0; i < data.length; i++) {
    map[i] = at;
    at += escapeText(data[i]).length;
  }
  map[data.length] = at;
  return map;
}

/* The first (or last) text node inside @node, or null. */
function textEdge (node, first) {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let found = null;
  while (walker.nextNode()) {
    found = walker.currentNode;
    if (first)
      break;
  }
  return found;
}

/* What the browser's "delete" must select to take the last block away
 * whole: from the end of the previous block's text to the end of its
 * own. */
function blockDeletion (block) {
  const range = document.createRange();
  const end = textEdge(block, false);
  const previous = block.previousElementSibling && textEdge(block.previousElementSibling, false);
  if (previous && end) {
    range.setStart(previous, previous.length);
    range.setEnd(end, end.length);
  } else {
    range.selectNodeContents(block);
  }
  return range;
}

class EditableEditor {
  constructor (element, html) {
    this.element = element;
    this.html = html;
    this.segments = [];  /* {node, start, end, map}: each text node's place in getText() */
    this.drawn = [];
  }

  /* The element's text as redaksi reads plain text (a line a block), or
   * with options.html its HTML, serialised here so that every text
   * node's place in it is known. */
  getText () {
    const out = { text: '' };
    this.segments = [];
    if (this.html)
      this.serialize(this.element, out);
    else
      this.walk(this.element, out);
    return out.text;
  }

  addText (node, out, escaped) {
    const start = out.text.length;
    const map = escaped ? sourceMap(node.data, start) : null;
    out.text += escaped ? escapeText(node.data) : node.data;
    this.segments.push({ node, start, end: out.text.length, map });
  }

  walk (node, out) {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        this.addText(child, out, false);
      } else if (child.nodeName === 'BR') {
        out.text += '\n';
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const block = BLOCKS.has(child.nodeName);
        if (block && out.text !== '' && !out.text.endsWith('\n'))
          out.text += '\n';
        this.walk(child, out);
        if (block && out.text !== '' && !out.text.endsWith('\n'))
          out.text += '\n';
      }
    }
  }

  serialize (node, out) {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (RAW.has(node.nodeName))
          out.text += child.data;
        else
          this.addText(child, out, true);
      } else if (child.nodeType === Node.COMMENT_NODE) {
        out.text += `<!--${child.data}-->`;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const name = child.localName;
        out.text += `<${name}`;
        for (const attribute of child.attributes)
          out.text += ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
        out.text += '>';
        if (VOID.has(child.nodeName))
          continue;
        this.serialize(child, out);
        out.text += `</${name}>`;
      }
    }
  }

  payload (text) {
    return this.html ? { html: text } : { text };
  }

  /* The DOM position of offset @offset in getText(). An offset in markup
   * or between blocks goes to the next text for a range's start
   * (@forward), to the previous text for its end. */
  position (offset, forward) {
    const segments = this.segments;
    const first = (test) => {
      let low = 0;
      let high = segments.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (test(segments[mid]))
          high = mid;
        else
          low = mid + 1;
      }
      return low;
    };
    const segment = forward ? segments[first((x) => x.end > offset)]
      : segments[first((x) => x.start >= offset) - 1];
    if (!segment)
      return null;
    if (offset <= segment.start)
      return [segment.node, 0];
    if (offset >= segment.end)
      return [segment.node, segment.node.length];
    if (!segment.map)
      return [segment.node, offset - segment.start];
    let index = 0;
    while (segment.map[index + 1] <= offset)
      index++;
    /* Inside an entity such as &amp;, the range takes the whole character. */
    return [segment.node, forward || segment.map[index] === offset ? index : index + 1];
  }

  domRange (start, end) {
    const from = this.position(start, true);
    const to = this.position(end, false);
    if (!from || !to)
      return null;
    const range = document.createRange();
    range.setStart(...from);
    range.setEnd(...to);
    return range.collapsed ? null : range;
  }

  clear () {
    for (const [name, range] of this.drawn)
      highlights.get(name)?.delete(range);
    this.drawn = [];
  }

  draw (text, ranges) {
    this.clear();
    for (const r of ranges) {
      const name = r.kind === 'entity' ? `redaksi-${r.type.toLowerCase()}` : `redaksi-${r.kind}`;
      const target = highlight(name);
      const range = target && this.domRange(r.start, r.end);
      if (!range)
        continue;
      range.redaksi = r;
      target.add(range);
      this.drawn.push([name, range]);
    }
  }

  rangesAt (x, y) {
    for (const [, range] of this.drawn)
      for (const rect of range.getClientRects())
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom)
          return [`${range.redaksi.kind}:${range.redaksi.index}`];
    return [];
  }

  /* The edits as one step of the browser's undo: one insertHTML over the
   * span from the first edit to the last, with what lies between them
   * cloned and each edit's text in its place. One edit, or a browser
   * without insertHTML, goes through insertText and delete, an edit a
   * step. */
  replace (edits) {
    this.getText();
    const ranges = edits.map((e) => [this.domRange(e.start, e.end), e.text]);
    const blocks = ranges.map(([range, text]) => (range && text === '' ? this.blockOf(range) : null));
    const selection = document.getSelection();
    this.element.focus();
    if (blocks.length > 0 && blocks.every((b) => b && b.parentNode === blocks[0].parentNode)
        && (ranges.length > 1 || blocks[0].nextElementSibling)
        && this.removeBlocksAtOnce(blocks, selection))
      return;
    if (ranges.length > 1 && ranges.every(([range]) => range) && this.replaceAtOnce(ranges, selection))
      return;
    for (const [i, [range, text]] of [...ranges.entries()].reverse()) {
      if (!range)
        continue;
      selection.removeAllRanges();
      selection.addRange(blocks[i] ? blockDeletion(blocks[i]) : range);
      if (text === '')
        document.execCommand('delete');
      else
        document.execCommand('insertText', false, text);
    }
  }

  /* The block (an insert's <p>, <li> or <div>) whose whole text @range
   * holds, or null: such a deletion takes the block too, links and all,
   * so that no empty paragraph is left behind. */
  blockOf (range) {
    let block = range.commonAncestorContainer;
    while (block !== this.element && !BLOCKS.has(block.nodeName))
      block = block.parentNode;
    if (block === this.element || block.textContent.trim() !== range.toString().trim())
      return null;
    return block;
  }

  /* Whole blocks removed in one insertHTML: the selection runs from the
   * first block's text to the last's, and what stood between them goes
   * back whole. A lone block takes the block after it into the
   * selection and puts it back. (Selecting blocks as nodes, or deleting
   * up to the next block's text, makes the browser merge or restyle the
   * paragraph after them.) */
  removeBlocksAtOnce (blocks, selection) {
    const after = blocks.length === 1 ? blocks[0].nextElementSibling : null;
    const span = after ? [blocks[0], after] : blocks;
    const first = textEdge(span[0], true);
    const last = textEdge(span[span.length - 1], false);
    if (!first || !last)
      return false;
    const holder = document.createElement('div');
    for (let i = 0; i + 1 < span.length; i++) {
      const gap = document.createRange();
      gap.setStartAfter(span[i]);
      gap.setEndBefore(span[i + 1]);
      holder.append(gap.cloneContents());
    }
    if (after)
      holder.append(after.cloneNode(true));
    const whole = document.createRange();
    whole.setStart(first, 0);
    whole.setEnd(last, last.length);
    selection.removeAllRanges();
    selection.addRange(whole);
    return document.execCommand('insertHTML', false, holder.innerHTML);
  }

  replaceAtOnce (ranges, selection) {
    const holder = document.createElement('div');
    for (const [i, [range, text]] of ranges.entries()) {
      holder.append(text);
      if (i + 1 === ranges.length)
        break;
      const gap = document.createRange();
      gap.setStart(range.endContainer, range.endOffset);
      gap.setEnd(ranges[i + 1][0].startContainer, ranges[i + 1][0].startOffset);
      holder.append(gap.cloneContents());
    }
    const whole = document.createRange();
    whole.setStart(ranges[0][0].startContainer, ranges[0][0].startOffset);
    const last = ranges[ranges.length - 1][0];
    whole.setEnd(last.endContainer, last.endOffset);
    selection.removeAllRanges();
    selection.addRange(whole);
    return document.execCommand('insertHTML', false, holder.innerHTML);
  }

  detach () {
    this.clear();
  }
}

/* ------------------------------------------------------------------ */

export class RedaksiController extends EventTarget {
  constructor (element, options = {}) {
    super();
    this.options = { server: '', lang: 'id', html: false, delay: 400, panel: null, ...options };
    this.labels = labels(this.options.lang);
    this.editor = element instanceof HTMLTextAreaElement
      ? new TextareaEditor(element, this.options.html)
      : new EditableEditor(element, this.options.html);
    this.element = element;
    this.sequence = 0;       /* the newest check; older answers are dropped */
    this.controller = null;  /* its AbortController */
    this.timer = 0;
    this.report = null;
    this.text = this.editor.getText();
    this.ranges = [];
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'redaksi-tooltip';
    this.tooltip.setAttribute('role', 'tooltip');
    this.tooltip.hidden = true;
    document.body.append(this.tooltip);
    this.onInput = () => this.edited();
    this.onPointer = (event) => this.pointer(event);
    this.onLeave = () => { this.tooltip.hidden = true; };
    element.addEventListener('input', this.onInput);
    element.addEventListener('mousemove', this.onPointer);
    element.addEventListener('mouseleave', this.onLeave);
    this.refresh();
  }

  /* Typing: highlights follow the text now, the check comes later. */
  edited () {
    const text = this.editor.getText();
    this.ranges = shiftRanges(this.ranges, diff(this.text, text));
    this.text = text;
    this.report = null;
    this.editor.draw(text, this.ranges);
    /* The panel's fixes are for the text as it was: off until the answer. */
    for (const button of this.options.panel ? this.options.panel.querySelectorAll('button') : [])
      button.disabled = true;
    this.cancel();
    this.timer = setTimeout(() => this.refresh(), this.options.delay);
  }

  cancel () {
    clearTimeout(this.timer);
    this.timer = 0;
    this.sequence++;
    if (this.controller)
      this.controller.abort();
    this.controller = null;
  }

  /** Checks the current text now. */
  async refresh () {
    this.cancel();
    const sequence = this.sequence;
    const controller = new AbortController();
    const text = this.editor.getText();
    this.controller = controller;
    this.busy(true);
    try {
      const response = await fetch(`${this.options.server}/v1/check`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': this.options.lang },
        body: JSON.stringify(this.editor.payload(text)),
        signal: controller.signal,
      });
      const report = await response.json();
      if (sequence !== this.sequence)
        return null;
      if (!response.ok)
        throw new Error(report.error ? report.error.message : response.statusText);
      this.show(text, report);
      return report;
    } catch (error) {
      if (sequence !== this.sequence || error.name === 'AbortError')
        return null;
      this.busy(false);
      this.renderPanel(error);
      this.dispatchEvent(new CustomEvent('error', { detail: { error } }));
      return null;
    }
  }

  busy (busy) {
    this.element.classList.toggle('redaksi-busy', busy);
    this.dispatchEvent(new CustomEvent('busy', { detail: { busy } }));
  }

  show (text, report) {
    this.controller = null;
    this.text = text;
    this.report = report;
    this.ranges = reportRanges(report);
    this.editor.draw(text, this.ranges);
    this.busy(false);
    this.renderPanel(null);
    this.dispatchEvent(new CustomEvent('report', { detail: { report, text } }));
  }

  /* The report's ranges hold only while the text is the one checked. */
  current () {
    return this.report !== null && this.editor.getText() === this.text;
  }

  /** Replaces @issue's range by its replacement @which; false when the
   * report is older than the text. */
  applyFix (issue, which = 0) {
    if (!this.current() || !issue.replacements || issue.replacements.length <= which)
      return false;
    this.editor.replace([{ start: issue.utf16_start, end: issue.utf16_end, text: issue.replacements[which] }]);
    return true;
  }

  /** Removes every "Baca Juga" insert, with its line when it fills one. */
  removeRelatedLinks () {
    if (!this.current() || !this.report.related_links || this.report.related_links.length === 0)
      return false;
    const text = this.text;
    const edits = this.report.related_links.map((link) => {
      let { utf16_start: start, utf16_end: end } = link;
      const lineStart = start === 0 || text[start - 1] === '\n';
      if (lineStart && text[end] === '\n' && text[end - 1] !== '\n')
        end++;
      return { start, end, text: '' };
    }).sort((a, b) => a.start - b.start);
    this.editor.replace(edits);
    return true;
  }

  pointer (event) {
    const keys = this.editor.rangesAt(event.clientX, event.clientY);
    const issues = keys.filter((k) => !k.startsWith('entity:'))
      .map((k) => this.describe(k)).filter(Boolean);
    this.tooltip.hidden = issues.length === 0;
    if (issues.length === 0)
      return;
    this.tooltip.replaceChildren(...issues.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }));
    this.tooltip.style.left = `${event.pageX + 12}px`;
    this.tooltip.style.top = `${event.pageY + 16}px`;
  }

  describe (key) {
    const [kind, index] = key.split(':');
    if (!this.report)
      return null;
    if (kind === 'related')
      return this.labels.relatedLinks;
    const issue = this.report.issues[Number(index)];
    if (!issue)
      return null;
    const fix = (issue.replacements || []).map((r) => (r === '' ? `(${this.labels.delete})` : `“${r}”`));
    return fix.length ? `${issue.message} → ${fix.join(', ')}` : issue.message;
  }

  /* ---------------------------------------------------------------- */
  /* The side panel                                                    */

  renderPanel (error) {
    const panel = this.options.panel;
    if (!panel)
      return;
    const L = this.labels;
    const report = this.report || {};
    const children = [];
    if (error) {
      children.push(node('p', { className: 'redaksi-failed', role: 'alert' }, `${L.failed}: ${error.message}`));
    }
    children.push(node('h2', {}, L.tags));
    const tags = report.tags || [];
    children.push(tags.length === 0 ? node('p', {}, L.noTags)
      : node('ol', { className: 'redaksi-tags' }, ...tags.map((tag) => node('li', {
        className: `redaksi-tag redaksi-${tag.type.toLowerCase()}`,
      }, node('span', { className: 'redaksi-tag-name' }, tag.name), ' ',
      node('span', { className: 'redaksi-tag-meta' },
        `${L.types[tag.type] || tag.type} · ${tag.mentions} ${L.mentions}`)))));
    children.push(node('h2', {}, L.findings));
    const issues = report.issues || [];
    children.push(issues.length === 0 ? node('p', {}, L.none)
      : node('ul', { className: 'redaksi-issues' }, ...issues.map((issue) => this.issueItem(issue))));
    if ((report.related_links || []).length > 0) {
      const button = node('button', { type: 'button', className: 'redaksi-remove-links' }, L.removeLinks);
      button.addEventListener('click', () => this.removeRelatedLinks());
      children.push(node('p', {}, button));
    }
    panel.replaceChildren(...children);
  }

  issueItem (issue) {
    const L = this.labels;
    const item = node('li', { className: `redaksi-issue redaksi-${issue.severity}` },
      node('span', { className: 'redaksi-severity' }, L.severity[issue.severity] || issue.severity), ' ',
      node('span', { className: 'redaksi-message' }, issue.message), ' ',
      node('code', {}, issue.code));
    const replacement = (issue.replacements || [])[0];
    if (replacement !== undefined) {
      const button = node('button', { type: 'button', className: 'redaksi-apply' },
        `${L.apply}: ${replacement === '' ? `(${L.delete})` : replacement}`);
      button.addEventListener('click', () => this.applyFix(issue));
      item.append(' ', button);
    }
    return item;
  }

  /** Removes the layer, the handlers, the tooltip and the panel's content. */
  detach () {
    this.cancel();
    this.element.removeEventListener('input', this.onInput);
    this.element.removeEventListener('mousemove', this.onPointer);
    this.element.removeEventListener('mouseleave', this.onLeave);
    this.editor.detach();
    this.tooltip.remove();
    if (this.options.panel)
      this.options.panel.replaceChildren();
  }
}

function node (name, properties, ...children) {
  const element = document.createElement(name);
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'role' || key === 'type')
      element.setAttribute(key, value);
    else
      element[key] = value;
  }
  element.append(...children);
  return element;
}

/** Redaksi.attach(element, options) → RedaksiController */
const Redaksi = {
  attach (element, options) {
    return new RedaksiController(element, options);
  },
  labels,
};

export default Redaksi;
