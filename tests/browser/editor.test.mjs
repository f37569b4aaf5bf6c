// The editor page of `redaksi serve` in headless Chromium, driven by
// puppeteer-core as an editor would use it: type the seed article, read
// the highlights and the panel, apply a fix, remove the related links,
// undo, and see a slow answer that comes after a newer one ignored.
//
// TAP for meson. Skips with a message when Chromium or node_modules
// (npm ci --prefix tests/browser) is missing; the article part skips
// when ../shared is absent. Artifacts (editor.png, editor-en.png,
// console.log) go to <builddir>/tests/browser-artifacts.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const tool = process.env.REDAKSI_TOOL;
const webRoot = path.resolve(here, '..', '..', 'web');
const artifacts = path.join(process.env.G_TEST_BUILDDIR || os.tmpdir(), 'browser-artifacts');
const sharedDir = process.env.REDAKSI_SHARED_DIR || '';
const seedPath = path.join(sharedDir, 'seed', 'bisnis-g20-2023.txt');
// A safety limit only: every wait below ends on an event.
const WAIT_MS = 30000;

class Skip extends Error {}

function skipAll (reason) {
  console.log(`1..0 # SKIP ${reason}`);
  process.exit(0);
}

function findChromium () {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((file) => file && fs.existsSync(file));
}

function assert (condition, message) {
  if (!condition)
    throw new Error(message);
}

function assertEqual (actual, expected, message) {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (a !== e)
    throw new Error(`${message}\n  actual:   ${a.slice(0, 600)}\n  expected: ${e.slice(0, 600)}`);
}

function hasIndonesianLocale () {
  const locales = spawnSync('locale', ['-a'], { encoding: 'utf8' }).stdout || '';
  return /^id_ID\.utf8$/im.test(locales);
}

/* The server speaks Indonesian, as in a newsroom, when the system has
 * the locale; its messages then match the page's labels. */
function serverEnvironment () {
  if (!hasIndonesianLocale())
    return process.env;
  return { ...process.env, LC_ALL: 'id_ID.UTF-8',
    REDAKSI_LOCALEDIR: path.resolve(process.env.G_TEST_BUILDDIR || '.', '..', 'po') };
}

/* redaksi serve on 127.0.0.1 and a free port. */
function startServer () {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, ['serve', '--port', '0', '--web-root', webRoot],
      { stdio: ['ignore', 'pipe', 'ignore'], env: serverEnvironment() });
    const lines = readline.createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (match)
        resolve({ child, url: match[1] });
      else
        reject(new Error(`unexpected first line: ${line}`));
    });
    child.once('exit', (code) => reject(new Error(`redaksi serve exited with ${code}`)));
  });
}

async function check (url, text) {
  const response = await fetch(`${url}/v1/check`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }),
  });
  assert(response.ok, `the reference check failed: ${response.status}`);
  return response.json();
}

/* What the page shows: the textarea's value, the controller's report
 * and, from the drawn layer, each range's offsets counted over the
 * layer's own text (not read back from the data the script kept). */
function pageState (page) {
  return page.evaluate(() => {
    const textarea = document.querySelector('#article');
    const backdrop = document.querySelector('.redaksi-backdrop');
    const drawn = {};
    let offset = 0;
    for (const child of backdrop.childNodes) {
      const length = child.textContent.length;
      if (child.nodeType === Node.ELEMENT_NODE && child.dataset.ranges) {
        for (const key of child.dataset.ranges.split(' ')) {
          const range = drawn[key] || (drawn[key] = { start: offset, end: offset, covered: 0, classes: [] });
          range.end = offset + length;
          range.covered += length;
          range.classes = [...new Set([...range.classes, ...child.classList])];
        }
      }
      offset += length;
    }
    const panel = document.querySelector('#panel');
    return {
      value: textarea.value,
      layerText: backdrop.textContent,
      drawn,
      report: window.redaksi.report,
      checkedText: window.redaksi.text,
      tags: [...panel.querySelectorAll('.redaksi-tag-name')].map((e) => e.textContent),
      messages: [...panel.querySelectorAll('.redaksi-issue .redaksi-message')].map((e) => e.textContent),
      codes: [...panel.querySelectorAll('.redaksi-issue code')].map((e) => e.textContent),
    };
  });
}

/* Waits until the page holds a report for exactly the textarea's text. */
async function settled (page) {
  await page.waitForFunction(() => window.redaksi && window.redaksi.report !== null
    && window.redaksi.text === document.querySelector('#article').value
    && !document.querySelector('#article').classList.contains('redaksi-busy'), { timeout: WAIT_MS });
  return pageState(page);
}

/* Every range of @report is drawn where the report puts it, whole, with
 * its kind's class, and nothing else is drawn. */
function assertDrawn (state, report) {
  assertEqual(state.layerText, `${state.value}\u200b`, 'the layer mirrors the text');
  const expected = {};
  const add = (kind, items, klass) => (items || []).forEach((item, i) => {
    if (item.utf16_end > item.utf16_start)
      expected[`${kind}:${i}`] = { start: item.utf16_start, end: item.utf16_end, klass: klass(item) };
  });
  add('entity', report.entities, (e) => `redaksi-${e.type.toLowerCase()}`);
  add('issue', report.issues, (e) => `redaksi-${e.severity}`);
  add('related', report.related_links, () => 'redaksi-related');
  assertEqual(Object.keys(state.drawn).sort(), Object.keys(expected).sort(), 'the drawn ranges are the report\'s');
  for (const [key, want] of Object.entries(expected)) {
    const got = state.drawn[key];
    assertEqual([got.start, got.end, got.covered], [want.start, want.end, want.end - want.start],
      `${key} is drawn at the report's UTF-16 range`);
    assert(got.classes.includes(want.klass), `${key} has class ${want.klass}: ${got.classes}`);
  }
}

function issueWithCode (report, code) {
  const issue = report.issues.find((i) => i.code === code);
  assert(issue, `no ${code} finding in ${JSON.stringify(report.issues)}`);
  return issue;
}

/* ------------------------------------------------------------------ */

const tests = [];
const test = (name, fn) => tests.push([name, fn]);
const ctx = {};

test('the page loads with its module under the strict policy', async () => {
  const response = await ctx.page.goto(`${ctx.url}/`, { waitUntil: 'load' });
  assert(response.status() === 200, `GET / answered ${response.status()}`);
  assert(/script-src 'self'/.test(response.headers()['content-security-policy']), 'no CSP');
  await ctx.page.waitForFunction(() => window.redaksi !== undefined, { timeout: WAIT_MS });
  const labels = await ctx.page.evaluate(() => [document.documentElement.lang,
    document.querySelector('label[for=article]').textContent]);
  assertEqual(labels, ['id', 'Artikel'], 'Indonesian labels by default');
});

test('typed article: highlights equal the report\'s ranges', async () => {
  if (!ctx.article)
    throw new Skip(`shared data not present: ${seedPath}`);
  await ctx.page.click('#article');
  await ctx.page.keyboard.type(ctx.article);
  const state = await settled(ctx.page);
  assertEqual(state.value, ctx.article, 'the textarea holds the typed article');
  const reference = await check(ctx.url, ctx.article);
  assertEqual(state.report, reference, 'the page\'s report is the server\'s for the same text');
  assert(reference.entities.length > 10 && reference.related_links.length === 1, 'a report to draw');
  assertDrawn(state, reference);
  const ujat = issueWithCode(reference, 'quote-unknown-cue');
  assertEqual(state.value.slice(ujat.utf16_start, ujat.utf16_end), 'ujat', 'the finding covers "ujat"');
  fs.mkdirSync(artifacts, { recursive: true });
  await ctx.page.screenshot({ path: path.join(artifacts, 'editor.png'), fullPage: true });
  console.log(`# screenshot ${path.join(artifacts, 'editor.png')}`);
});

test('the panel lists the tags and the findings', async () => {
  if (!ctx.article)
    throw new Skip('no article');
  const state = await pageState(ctx.page);
  assertEqual(state.tags, state.report.tags.map((t) => t.name), 'the ranked tags, in order');
  assertEqual(state.messages, state.report.issues.map((i) => i.message), 'the findings\' messages');
  assertEqual(state.codes, state.report.issues.map((i) => i.code), 'the findings\' codes');
});

test('an emoji at the start moves every highlight by two UTF-16 units', async () => {
  if (!ctx.article)
    throw new Skip('no article');
  const before = await pageState(ctx.page);
  await ctx.page.focus('#article');
  await ctx.page.evaluate(() => document.querySelector('#article').setSelectionRange(0, 0));
  await ctx.page.keyboard.type('😀');
  const state = await settled(ctx.page);
  assertEqual(state.value, `😀${ctx.article}`, 'the emoji is at the start');
  assertEqual(state.report, await check(ctx.url, state.value), 'the report for the new text');
  assertDrawn(state, state.report);
  const moved = issueWithCode(state.report, 'quote-unknown-cue');
  const old = issueWithCode(before.report, 'quote-unknown-cue');
  assertEqual(moved.utf16_start, old.utf16_start + 2, 'two units later');
  assertEqual(state.value.slice(moved.utf16_start, moved.utf16_end), 'ujat', 'still on "ujat"');
});

test('hovering a finding shows its message and its fix', async () => {
  if (!ctx.article)
    throw new Skip('no article');
  const page = ctx.page;
  const state = await pageState(page);
  const index = state.report.issues.findIndex((i) => i.code === 'quote-unknown-cue');
  const box = await page.evaluate((key) => {
    const span = [...document.querySelectorAll('.redaksi-backdrop span')]
      .find((s) => s.dataset.ranges.split(' ').includes(key));
    span.scrollIntoView({ block: 'center' });
    document.querySelector('#article').scrollTop = document.querySelector('.redaksi-backdrop').scrollTop;
    const rect = span.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, `issue:${index}`);
  const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y).id, box);
  assertEqual(under, 'article', 'the textarea is on top of its layer');
  await page.mouse.move(box.x, box.y);
  const tooltip = await page.$eval('.redaksi-tooltip', (t) => ({ hidden: t.hidden, text: t.textContent }));
  const issue = state.report.issues[index];
  assert(!tooltip.hidden, 'the tooltip shows');
  assert(tooltip.text.includes(issue.message) && tooltip.text.includes('ujar'), tooltip.text);
  await page.mouse.move(box.x, box.y + 400);
  assert(await page.$eval('.redaksi-tooltip', (t) => t.hidden), 'and goes away off the finding');
});

test('"Apply fix" turns ujat into ujar', async () => {
  if (!ctx.article)
    throw new Skip('no article');
  const before = await pageState(ctx.page);
  const button = await ctx.page.evaluateHandle(() => [...document.querySelectorAll('#panel .redaksi-issue')]
    .find((li) => li.querySelector('code').textContent === 'quote-unknown-cue').querySelector('.redaksi-apply'));
  assert(await button.evaluate((b) => b !== null && b.textContent.includes('ujar')), 'an apply button');
  await button.click();
  const state = await settled(ctx.page);
  const issue = issueWithCode(before.report, 'quote-unknown-cue');
  const expected = before.value.slice(0, issue.utf16_start) + 'ujar' + before.value.slice(issue.utf16_end);
  assertEqual(state.value, expected, 'only "ujat" changed');
  assert(!state.report.issues.some((i) => i.code === 'quote-unknown-cue'), 'the finding is gone');
  assertDrawn(state, state.report);
});

test('"Remove related links" removes the Baca Juga line only; undo brings it back', async () => {
  if (!ctx.article)
    throw new Skip('no article');
  const before = await pageState(ctx.page);
  const lines = before.value.split('\n');
  assert(lines.includes('Baca Juga'), 'the insert is there');
  await ctx.page.click('.redaksi-remove-links');
  let state = await settled(ctx.page);
  assertEqual(state.value.split('\n'), lines.filter((line) => line !== 'Baca Juga'),
    'the Baca Juga line is gone and every other line stays');
  assertEqual(state.report.related_links, [], 'no insert left');
  assertDrawn(state, state.report);
  await ctx.page.focus('#article');
  await ctx.page.keyboard.down('Control');
  await ctx.page.keyboard.press('KeyZ');
  await ctx.page.keyboard.up('Control');
  state = await settled(ctx.page);
  assertEqual(state.value, before.value, 'one undo restores the text');
  assertEqual(state.report.related_links.length, 1, 'and the insert is found again');
  assertDrawn(state, state.report);
});

test('a slow answer arriving after a newer one is ignored', async () => {
  // The panel's fix buttons are what shows a check in flight: it needs
  // the typed article's findings.
  if (!ctx.article)
    throw new Skip('no article');
  const page = ctx.page;
  await page.focus('#article');
  await settled(page);
  // Abort would drop the slow answer by itself: it is made a no-op, so
  // the late answer reaches the script and must be refused by its
  // sequence number.
  await page.evaluate(() => { AbortController.prototype.abort = function () {}; });
  const held = [];
  let slowFinished;
  const slowDone = new Promise((resolve) => { slowFinished = resolve; });
  let newFinished;
  const newDone = new Promise((resolve) => { newFinished = resolve; });
  const checks = [];
  await page.setRequestInterception(true);
  const onRequest = (request) => {
    if (!request.url().endsWith('/v1/check') || request.isInterceptResolutionHandled())
      return request.continue();
    checks.push(request);
    if (checks.length === 1)
      held.push(request);       // the slow one: sent once the newer one is answered
    else
      request.continue();
  };
  const onFinished = (request) => {
    if (request === checks[0])
      slowFinished();
    else if (checks.includes(request))
      newFinished();
  };
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFinished);
  try {
    await page.evaluate(() => document.querySelector('#article').setSelectionRange(0, 0));
    await page.keyboard.type('A');
    while (checks.length === 0)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const buttons = () => page.$$eval('#panel button', (list) => list.map((b) => b.disabled));
    const waiting = await buttons();
    assert(waiting.length > 0 && waiting.every(Boolean), `the panel's fixes wait for the answer: ${waiting}`);
    await page.keyboard.type('B');
    await newDone;
    const fresh = await settled(page);
    assert(fresh.value.startsWith('AB'), `the newer text is checked: ${fresh.value.slice(0, 10)}`);
    assert((await buttons()).every((disabled) => !disabled), 'and come back with it');
    await held[0].continue();
    await slowDone;
    // The late answer has been read by the page; give its promise chain a turn.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const after = await pageState(page);
    assertEqual(checks.length, 2, 'two checks were sent');
    assertEqual(after.checkedText, after.value, 'the shown report is still the newer text\'s');
    assertEqual(after.report, fresh.report, 'the late answer changed nothing');
    assertDrawn(after, fresh.report);
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onFinished);
    page.off('requestfailed', onFinished);
    await page.setRequestInterception(false);
  }
});

const SHORT_ARTICLE = '"Kami siap," ujat Budi di Jakarta.\nBaca Juga\nHujan turun.';

/* The messages of the panel's findings. */
function panelMessages (page) {
  return page.$$eval('#panel .redaksi-issue .redaksi-message', (list) => list.map((e) => e.textContent));
}

test('without ?lang the findings are in Indonesian', async () => {
  if (!hasIndonesianLocale())
    throw new Skip('no id_ID.UTF-8 locale on this system');
  const page = ctx.page;
  await page.goto(`${ctx.url}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.redaksi !== undefined, { timeout: WAIT_MS });
  await page.click('#article');
  await page.keyboard.type(SHORT_ARTICLE);
  await settled(page);
  const messages = await panelMessages(page);
  assert(messages.includes('“ujat” bukan kata pengantar kutipan; maksudnya “ujar”?'),
    `Indonesian findings: ${messages}`);
});

test('?lang=en gives English labels', async () => {
  const page = ctx.page;
  await page.goto(`${ctx.url}/?lang=en`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.redaksi !== undefined, { timeout: WAIT_MS });
  await page.click('#article');
  await page.keyboard.type(SHORT_ARTICLE);
  await settled(page);
  /* The server speaks Indonesian here: the page asks for English. */
  const messages = await panelMessages(page);
  assert(messages.includes('“ujat” is not a quote cue; did you mean “ujar”?'), `English findings: ${messages}`);
  const labels = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    label: document.querySelector('label[for=article]').textContent,
    apply: [...document.querySelectorAll('.redaksi-apply')].map((b) => b.textContent),
    remove: document.querySelector('.redaksi-remove-links')?.textContent,
  }));
  assertEqual(labels.lang, 'en', 'the page says it is English');
  assertEqual(labels.label, 'Article', 'English label');
  assert(labels.apply.some((text) => text.startsWith('Apply fix')), `English buttons: ${labels.apply}`);
  assertEqual(labels.remove, 'Remove related links', 'English remove button');
  await page.screenshot({ path: path.join(artifacts, 'editor-en.png') });
  const detached = await page.evaluate(() => {
    window.redaksi.detach();
    const textarea = document.querySelector('#article');
    return { parent: textarea.parentElement.className, layers: document.querySelectorAll('.redaksi-backdrop, .redaksi-wrap, .redaksi-tooltip').length,
      panel: document.querySelector('#panel').childElementCount };
  });
  assertEqual(detached, { parent: 'editor', layers: 0, panel: 0 }, 'detach() leaves the page as it was');
});

/* A contenteditable on the same page, as a rich-text editor exposes it,
 * checked as text and as HTML: each drawn highlight (CSS.highlights)
 * covers what the report's range covers, past an emoji and an entity. */
async function attachEditable (page, html) {
  await page.evaluate((limit) => {
    /* The next report, or the controller's error, or a safety limit. */
    window.nextReport = (checker) => new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no report came')), limit);
      checker.addEventListener('report', () => { clearTimeout(timer); resolve(); }, { once: true });
      checker.addEventListener('error', (e) => { clearTimeout(timer); reject(e.detail.error); }, { once: true });
    });
  }, WAIT_MS);
  return page.evaluate(async (asHtml) => {
    const { default: Redaksi } = await import('/redaksi.js');
    const div = document.createElement('div');
    div.contentEditable = 'true';
    div.className = 'editable';
    div.innerHTML = '<p>\u{1F600} "Kami siap," ujat Budi Santoso di Jakarta.</p>'
      + '<p>Baca juga: <a href="https://berita.example/banjir">Banjir di Bekasi</a></p>'
      + '<p>Hujan &amp; angin, kata Budi Santoso, melanda Bandung.</p>';
    document.body.append(div);
    const checker = Redaksi.attach(div, { html: asHtml, delay: 50 });
    window.editable = checker;
    await window.nextReport(checker);
    return checker.text;
  }, html);
}

function editableState (page) {
  return page.evaluate(() => {
    const div = document.querySelector('.editable');
    const drawn = [];
    CSS.highlights.forEach((highlight, name) => {
      for (const range of highlight)
        if (div.contains(range.commonAncestorContainer))
          drawn.push([name, range.toString()]);
    });
    const { report, text } = window.editable;
    const visible = (start, end) => (window.editable.options.html
      ? new DOMParser().parseFromString(text.slice(start, end), 'text/html').body.textContent
      : text.slice(start, end).replace(/\n/g, ''));
    const expected = [];
    for (const e of report.entities)
      expected.push([`redaksi-${e.type.toLowerCase()}`, visible(e.utf16_start, e.utf16_end)]);
    for (const e of report.issues)
      expected.push(['redaksi-issue', visible(e.utf16_start, e.utf16_end)]);
    for (const e of report.related_links)
      expected.push(['redaksi-related', visible(e.utf16_start, e.utf16_end).trim()]);
    return { drawn: drawn.map(([n, t]) => [n, n === 'redaksi-related' ? t.trim() : t]).sort(),
      expected: expected.sort(), html: div.innerHTML, report };
  });
}

for (const html of [false, true]) {
  test(`contenteditable${html ? ' as HTML' : ''}: highlights and "Apply fix"`, async () => {
    const page = ctx.page;
    await page.evaluate(() => { window.editable?.detach(); document.querySelector('.editable')?.remove(); });
    const sent = await attachEditable(page, html);
    assert(html ? sent.includes('&amp;') : sent.includes('\n'), `what was sent: ${sent}`);
    const state = await editableState(page);
    assert(state.report.entities.some((e) => e.canonical === 'Budi Santoso'), 'a person was found');
    assert(state.report.related_links.length === 1, 'the insert was found');
    assertEqual(state.drawn, state.expected, 'each highlight covers its range\'s text');
    assert(state.drawn.some(([name, text]) => name === 'redaksi-issue' && text === 'ujat'), 'ujat drawn');
    assert(state.drawn.some(([name, text]) => name === 'redaksi-location' && text === 'Bandung'),
      'Bandung drawn past the emoji and the &amp;');
    const applied = await page.evaluate(async () => {
      const issue = window.editable.report.issues.find((i) => i.code === 'quote-unknown-cue');
      const done = window.editable.applyFix(issue);
      await window.nextReport(window.editable);
      return done;
    });
    const after = await editableState(page);
    assert(applied && after.html.includes('ujar Budi') && !after.html.includes('ujat'), after.html);
    assert(after.html.includes('Hujan &amp; angin'), 'the rest is untouched');
    assertEqual(after.drawn, after.expected, 'the highlights after the fix');
  });
}

/* Two inserts in a contenteditable: both go, and the rest stays, in one
 * step of the browser's undo. */
const TWO_INSERTS = '<p>Banjir merendam Bekasi, kata Budi Santoso.</p>'
  + '<p>Baca juga: <a href="https://berita.example/banjir">Banjir di Bekasi</a></p>'
  + '<p>Hujan &amp; angin melanda Bandung.</p>'
  + '<p>Baca juga: <a href="https://berita.example/longsor">Longsor di Garut</a></p>'
  + '<p>Warga mengungsi ke masjid.</p>';

for (const html of [false, true]) {
  test(`contenteditable${html ? ' as HTML' : ''}: "Remove related links" is one undo step`, async () => {
    const page = ctx.page;
    await page.evaluate(() => { window.editable?.detach(); document.querySelector('.editable')?.remove(); });
    await attachEditable(page, html);
    const result = await page.evaluate(async (content) => {
      const div = document.querySelector('.editable');
      const lines = () => div.innerText.split('\n').filter((line) => line.trim() !== '');
      div.innerHTML = content;
      await window.editable.refresh();
      const paragraphs = () => div.querySelectorAll('p').length;
      const before = { lines: lines(), links: window.editable.report.related_links.length, paragraphs: paragraphs() };
      const removed = window.editable.removeRelatedLinks();
      await window.nextReport(window.editable);
      const after = { lines: lines(), links: window.editable.report.related_links.length, html: div.innerHTML,
        paragraphs: paragraphs() };
      div.focus();
      document.execCommand('undo');
      await window.nextReport(window.editable);
      const undone = { lines: lines(), links: window.editable.report.related_links.length, paragraphs: paragraphs() };
      return { before, removed, after, undone };
    }, TWO_INSERTS);
    assertEqual(result.before.links, 2, 'two inserts found');
    assert(result.removed, 'removeRelatedLinks() ran');
    assertEqual(result.after.lines, result.before.lines.filter((line) => !line.startsWith('Baca juga')),
      `both inserts gone, every other line stays (${result.after.html})`);
    assertEqual(result.after.links, 0, 'no insert left');
    assert(result.after.html.includes('<p>Hujan &amp; angin melanda Bandung.</p>'),
      `the paragraph between the inserts is kept as it was: ${result.after.html}`);
    assertEqual(result.after.paragraphs, result.before.paragraphs - 2,
      `each insert's paragraph goes with it, no empty one is left (${result.after.html})`);
    assertEqual(result.undone.lines, result.before.lines, 'one undo brings both back');
    assertEqual(result.undone.links, 2, 'and both are found again');
    assertEqual(result.undone.paragraphs, result.before.paragraphs, 'and their paragraphs');
  });
}

/* One insert, in the middle and as the last paragraph: its paragraph
 * goes whole (no empty <p>, no stray <br>), and one undo brings it back. */
const ONE_INSERT = {
  middle: '<p>Banjir merendam Bekasi.</p><p>Baca juga: <a href="https://berita.example/a">Banjir di Bekasi</a></p>'
    + '<p>Warga mengungsi ke masjid.</p>',
  last: '<p>Banjir merendam Bekasi.</p><p>Warga mengungsi ke masjid.</p>'
    + '<p>Baca juga: <a href="https://berita.example/b">Longsor di Garut</a></p>',
};

for (const [where, content] of Object.entries(ONE_INSERT)) {
  test(`contenteditable as HTML: one insert (${where}) goes with its paragraph`, async () => {
    const page = ctx.page;
    await page.evaluate(() => { window.editable?.detach(); document.querySelector('.editable')?.remove(); });
    await attachEditable(page, true);
    const result = await page.evaluate(async (html) => {
      const div = document.querySelector('.editable');
      div.innerHTML = html;
      await window.editable.refresh();
      const links = window.editable.report.related_links.length;
      const removed = window.editable.removeRelatedLinks();
      await window.nextReport(window.editable);
      const after = div.innerHTML;
      div.focus();
      document.execCommand('undo');
      await window.nextReport(window.editable);
      return { links, removed, after, undone: div.innerHTML, left: window.editable.report.related_links.length };
    }, content);
    assertEqual(result.links, 1, 'the insert was found');
    assert(result.removed, 'removeRelatedLinks() ran');
    assertEqual(result.after, '<p>Banjir merendam Bekasi.</p><p>Warga mengungsi ke masjid.</p>',
      'only the insert\'s paragraph went');
    assertEqual(result.undone, content, 'one undo restores it');
    assertEqual(result.left, 1, 'and it is found again');
  });
}

test('no console error', async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  fs.writeFileSync(path.join(artifacts, 'console.log'), ctx.console.join('\n') + '\n');
  assertEqual(ctx.errors, [], 'console errors and page errors');
});

/* ------------------------------------------------------------------ */

async function main () {
  const chromium = findChromium();
  if (!chromium)
    skipAll('chromium is not installed (apt-get install chromium)');
  let puppeteer;
  try {
    puppeteer = (await import('puppeteer-core')).default;
  } catch {
    skipAll('puppeteer-core is not installed (npm ci --prefix tests/browser)');
  }
  if (!tool)
    skipAll('REDAKSI_TOOL is not set (run through meson test)');
  ctx.article = fs.existsSync(seedPath) ? fs.readFileSync(seedPath, 'utf8') : null;
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });
  const server = await startServer();
  ctx.url = server.url;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-chromium-'));
  const args = ['--disable-gpu', '--no-first-run', '--no-default-browser-check', '--window-size=1280,900'];
  if (process.getuid && process.getuid() === 0)
    args.push('--no-sandbox');
  const browser = await puppeteer.launch({
    executablePath: chromium, headless: true, args, userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 },
  });
  let failed = 0;
  try {
    ctx.page = await browser.newPage();
    ctx.console = [];
    ctx.errors = [];
    ctx.page.on('console', (message) => {
      ctx.console.push(`${message.type()}: ${message.text()}`);
      if (message.type() === 'error')
        ctx.errors.push(message.text());
    });
    ctx.page.on('pageerror', (error) => ctx.errors.push(String(error)));
    console.log(`1..${tests.length}`);
    for (const [i, [name, fn]] of tests.entries()) {
      try {
        await fn();
        console.log(`ok ${i + 1} ${name}`);
      } catch (error) {
        if (error instanceof Skip) {
          console.log(`ok ${i + 1} ${name} # SKIP ${error.message}`);
          continue;
        }
        failed++;
        console.log(`not ok ${i + 1} ${name}`);
        for (const line of String(error.stack || error).split('\n'))
          console.log(`# ${line}`);
      }
    }
  } finally {
    await browser.close();
    server.child.kill('SIGTERM');
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.log(`Bail out! ${error.stack || error}`);
  process.exit(1);
});
