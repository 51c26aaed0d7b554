#!/usr/bin/env node
// Derives compact language data for src/taal from the Pattern project's Dutch
// files in ../shared/data/pattern-nl (BSD-3-Clause, University of Antwerp; see NOTICE.md).
// Run once when that data changes: node scripts/build-taal-data.mjs [path-to-pattern-nl]
// The output is committed; toets never reads ../shared at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = process.argv[2] ?? resolve(root, '../shared/data/pattern-nl');
const out = join(root, 'src/taal/data');

// Rows in nl-verbs.txt that are known to be wrong (archaic or invented forms), replaced by hand.
const CORRECTIONS = {
  werken: ['werken', 'werk', 'werkt', 'werkt', '', 'werkend', '', '', '', 'werkten', 'werkte', 'gewerkt'],
  mogen: ['mogen', 'mag', 'mag', 'mag', '', 'mogend', '', '', '', 'mochten', 'mocht', 'gemogen'],
  zullen: ['zullen', 'zal', 'zult', 'zal', '', 'zullend', '', '', '', 'zouden', 'zou', ''],
  kunnen: ['kunnen', 'kan', 'kunt', 'kan', '', 'kunnend', '', '', '', 'konden', 'kon', 'gekund'],
  willen: ['willen', 'wil', 'wilt', 'wil', '', 'willend', '', '', '', 'wilden', 'wilde', 'gewild'],
};

// flags: s = present singular, p = present plural (= infinitive form), i = infinitive,
//        v = past singular, w = past plural, d = past participle
const forms = new Map();
const rank = []; // lemmas in the order of nl-verbs.txt, which lists frequent verbs first
const add = (form, lemma, flag) => {
  if (!form) return;
  const key = form.toLowerCase();
  let entry = forms.get(key);
  if (!entry) forms.set(key, (entry = new Map()));
  entry.set(lemma, (entry.get(lemma) ?? '') + (entry.get(lemma)?.includes(flag) ? '' : flag));
};
for (const line of readFileSync(join(src, 'nl-verbs.txt'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  let cols = line.split(',');
  const lemma = cols[0];
  rank.push(lemma);
  if (CORRECTIONS[lemma]) cols = CORRECTIONS[lemma];
  add(cols[0], lemma, 'i');
  add(cols[0], lemma, 'p');
  add(cols[1], lemma, 's');
  add(cols[2], lemma, 's');
  add(cols[3], lemma, 's');
  add(cols[9], lemma, 'w');
  add(cols[10], lemma, 'v');
  add(cols[11], lemma, 'd');
}
const verbs = {};
for (const [form, lemmas] of [...forms.entries()].sort()) {
  verbs[form] = [...lemmas.entries()].map(([l, f]) => (l === form ? f : `${l}:${f}`)).join('|');
}
writeFileSync(
  join(out, 'werkwoorden.json'),
  JSON.stringify({
    _bron: 'Afgeleid uit Pattern nl-verbs.txt (CLiPS, Universiteit Antwerpen, BSD-3-Clause) met handmatige correcties (werken, mogen, zullen, kunnen, willen). Vorm → lemma:vlaggen (s=ott enkelvoud, p=ott meervoud, i=infinitief, v=ovt enkelvoud, w=ovt meervoud, d=voltooid deelwoord).',
    vormen: verbs,
    rang: rank,
  }) + '\n',
);

// Coarse word classes per word, most likely first, from the Brill-NL lexicon.
const CLASS = { N: 'n', V: 'v', Adj: 'a', Adv: 'b', Pron: 'r', Prep: 'p', Conj: 'c', Art: 'd', Num: 'g', Punc: '.', Int: 'i', Misc: 'm' };
const classes = {};
for (const line of readFileSync(join(src, 'nl-lexicon.txt'), 'utf8').split('\n')) {
  if (!line || line.startsWith(';;;')) continue;
  const [word, ...tags] = line.trim().split(/\s+/);
  if (!word || /^[\d.,'-]+$/.test(word)) continue;
  const seen = [];
  for (const t of tags) {
    const base = t.replace(/\(.*/, '');
    let c = CLASS[base];
    if (!c) continue;
    if (base === 'N' && t.startsWith('N(eigen')) c = 'e';
    if (!seen.includes(c)) seen.push(c);
  }
  if (seen.length) classes[word.toLowerCase()] = seen.join('');
}
writeFileSync(
  join(out, 'woordsoorten.json'),
  JSON.stringify({
    _bron: 'Afgeleid uit het Brill-NL-lexicon (Jeroen Geertzen) zoals verspreid met Pattern nl-lexicon.txt (BSD-3-Clause). Woord → woordsoorten, meest waarschijnlijke eerst: n=zelfstandig nw, e=eigennaam, v=werkwoord, a=bijvoeglijk nw, b=bijwoord, r=voornaamwoord, p=voorzetsel, c=voegwoord, d=lidwoord, g=telwoord, i=tussenwerpsel, m=overig.',
    woorden: classes,
  }) + '\n',
);
// Subjective adjectives: per form the strongest sense (highest |polarity| × subjectivity), from nl-sentiment.xml (PDDL).
const adjectives = {};
const xml = readFileSync(join(src, 'nl-sentiment.xml'), 'utf8');
for (const m of xml.matchAll(/<word form="([^"]+)"[^>]*?polarity="(-?[\d.]+)" subjectivity="([\d.]+)"/g)) {
  const form = m[1].toLowerCase();
  if (/\s/.test(form)) continue;
  const pol = Number(m[2]);
  const subj = Number(m[3]);
  const prev = adjectives[form];
  if (!prev || Math.abs(pol) * subj > Math.abs(prev[0]) * prev[1]) adjectives[form] = [pol, subj];
}
writeFileSync(
  join(out, 'subjectief.json'),
  JSON.stringify({
    _bron: 'Afgeleid uit Pattern nl-sentiment.xml (De Smedt & Daelemans, CLiPS; PDDL). Bijvoeglijk naamwoord (grondvorm) → [polariteit −1…1, subjectiviteit 0…1] van de sterkste betekenis.',
    woorden: adjectives,
  }) + '\n',
);
console.log(`werkwoordsvormen: ${Object.keys(verbs).length}, woorden: ${Object.keys(classes).length}, bijvoeglijke naamwoorden: ${Object.keys(adjectives).length}`);
