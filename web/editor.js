/* editor.js: the editor page of `redaksi serve` (GET /), a textarea
 * checked by redaksi.js. Indonesian unless the address says ?lang=en;
 * redaksi.js asks the server for the findings' messages in the same
 * language (Accept-Language).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
import Redaksi from './redaksi.js';

const PAGE = {
  id: {
    title: 'redaksi — periksa artikel',
    intro: 'Tempel artikel: entitas, kutipan, dan sisipan "Baca Juga" ditandai sambil Anda mengetik.',
    otherLanguage: 'English',
    article: 'Artikel',
    placeholder: 'Tempel atau ketik artikel di sini…',
    person: 'orang', organization: 'organisasi', location: 'tempat', event: 'peristiwa',
    finding: 'temuan', related: 'tautan terkait', checking: 'Memeriksa…', checked: 'Diperiksa',
  },
  en: {
    title: 'redaksi — check an article',
    intro: 'Paste an article: entities, quotes and "Baca Juga" inserts are marked as you type.',
    otherLanguage: 'Bahasa Indonesia',
    article: 'Article',
    placeholder: 'Paste or type an article here…',
    person: 'person', organization: 'organization', location: 'place', event: 'event',
    finding: 'finding', related: 'related link', checking: 'Checking…', checked: 'Checked',
  },
};

const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'id';
const text = PAGE[lang];

document.documentElement.lang = lang;
document.title = text.title;
for (const element of document.querySelectorAll('[data-label]'))
  element.textContent = text[element.dataset.label];
document.querySelector('#other-language').href = lang === 'en' ? '?lang=id' : '?lang=en';

const article = document.querySelector('#article');
const status = document.querySelector('#status');
article.placeholder = text.placeholder;

const checker = Redaksi.attach(article, { lang, panel: document.querySelector('#panel') });
checker.addEventListener('busy', (event) => {
  status.textContent = event.detail.busy ? text.checking : text.checked;
});

/* For scripts and tests driving the page. */
window.redaksi = checker;
