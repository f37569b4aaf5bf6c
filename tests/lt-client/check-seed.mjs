// check-seed.mjs: the seed article through real LanguageTool clients,
// pointed at a local `redaksi serve`.
//
//   node check-seed.mjs http://127.0.0.1:PORT path/to/bisnis-g20-2023.txt
//
// languagetool-api (a Node wrapper of LanguageTool's HTTP API) sends the
// plain text, and then the `data` that annotatedtext-rehype builds from
// an HTML version of the article. The `ujat` finding and the "Baca Juga"
// insert must come back where the client counts them: UTF-16 offsets of
// the text, or of the HTML (markup counted, never flagged). Prints TAP.
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

import { build as buildFromHtml } from "annotatedtext-rehype";

const [serverUrl, seedPath] = process.argv.slice(2);
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

assert.ok(serverUrl && seedPath, "usage: check-seed.mjs SERVER_URL SEED");
assert.ok(LOOPBACK.has(new URL(serverUrl).hostname), `not a loopback server: ${serverUrl}`);

// languagetool-api has LanguageTool's public address written in; its
// HTTP goes through the `request` module, which is swapped for one that
// sends the same request to the local server, and nowhere else.
const PUBLIC_API = "https://languagetool.org/api/";
const require = createRequire(import.meta.url);
const clientRequire = createRequire(require.resolve("languagetool-api"));
const realRequest = clientRequire("request");

function toLocal(url) {
  if (!url.startsWith(PUBLIC_API))
    throw new Error(`unexpected request to ${url}`);
  const local = new URL(url.slice(PUBLIC_API.length), serverUrl.replace(/\/?$/, "/"));
  if (!LOOPBACK.has(local.hostname))
    throw new Error(`refusing to leave loopback: ${local}`);
  return local.href;
}

clientRequire.cache[clientRequire.resolve("request")].exports =
  (url, callback) => realRequest(toLocal(url), callback);
const languagetool = require("languagetool-api");

function check(params) {
  return new Promise((resolve, reject) => {
    languagetool.check(params, (error, answer) => (error ? reject(error) : resolve(answer)));
  });
}

function showMistakes(answer) {
  return new Promise((resolve) => languagetool.showMistakes(answer, resolve));
}

function bestSuggestions(answer) {
  return new Promise((resolve) => languagetool.bestSuggestion(answer, resolve));
}

function matchOf(answer, rule) {
  const found = answer.matches.filter((match) => match.rule.id === rule);
  assert.equal(found.length, 1, `one ${rule} match in ${JSON.stringify(answer.matches)}`);
  return found[0];
}

// The article as a CMS would store it: one <p> a line. The seed has no
// character that needs escaping in HTML, nor one (&, +, #) that this
// client would leave unescaped in its query string.
function htmlVersion(text) {
  assert.doesNotMatch(text, /[&<>+#]/);
  return text.split("\n").filter((line) => line.length > 0)
    .map((line) => `<p>${line}</p>`).join("\n") + "\n";
}

let number = 0;
let failed = 0;

async function test(name, body) {
  number++;
  try {
    await body();
    console.log(`ok ${number} ${name}`);
  } catch (error) {
    failed++;
    console.log(`not ok ${number} ${name}`);
    for (const line of String(error.stack || error).split("\n"))
      console.log(`# ${line}`);
  }
}

const text = readFileSync(seedPath, "utf8");

await test("plain text: ujat and the Baca Juga insert", async () => {
  const answer = await check({ language: "id", text });
  const cue = matchOf(answer, "quote-unknown-cue");
  const insert = matchOf(answer, "related-link-insert");
  assert.deepEqual([cue.offset, cue.length], [text.indexOf("ujat"), 4]);
  // The marker stands alone on its line: the match takes its line end.
  assert.deepEqual([insert.offset, insert.length], [text.indexOf("Baca Juga\n"), 10]);
  assert.equal(text.substr(insert.offset, insert.length), "Baca Juga\n");
  const mistakes = await showMistakes(answer);
  assert.ok(mistakes.includes("ujat") && mistakes.includes("Baca Juga\n"), mistakes);
  const suggestions = await bestSuggestions(answer);
  assert.deepEqual(suggestions.find((s) => s.mistake === "ujat").bestSuggestion, "ujar");
  assert.deepEqual(suggestions.find((s) => s.mistake === "Baca Juga\n").bestSuggestion, "");
  console.log(`# text: ${answer.matches.length} matches`);
});

await test("HTML through annotatedtext: offsets in the HTML", async () => {
  const html = htmlVersion(text);
  const annotation = buildFromHtml(html);
  const joined = annotation.annotation.map((part) => part.text ?? part.markup).join("");
  assert.equal(joined, html, "annotatedtext covers the page");
  const answer = await check({ language: "id", data: JSON.stringify(annotation) });
  const cue = matchOf(answer, "quote-unknown-cue");
  const insert = matchOf(answer, "related-link-insert");
  assert.deepEqual([cue.offset, cue.length], [html.indexOf("ujat"), 4]);
  // Only the marker's words: its line end is the paragraph's markup.
  assert.deepEqual([insert.offset, insert.length], [html.indexOf("Baca Juga"), 9]);
  assert.equal(html.substr(insert.offset, insert.length), "Baca Juga");
  const mistakes = await showMistakes(answer);
  assert.ok(mistakes.includes("ujat") && mistakes.includes("Baca Juga"), mistakes);
  for (const match of answer.matches) {
    const flagged = html.substr(match.offset, match.length);
    assert.doesNotMatch(flagged, /^<|>$/, `markup flagged: ${flagged}`);
  }
  console.log(`# data: ${annotation.annotation.length} parts, ${answer.matches.length} matches`);
});

console.log(`1..${number}`);
process.exitCode = failed > 0 ? 1 : 0;
