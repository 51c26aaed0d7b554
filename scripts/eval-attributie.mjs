#!/usr/bin/env node
// Measures attribution (src/taal/attribution.ts) against gold Dutch (Universal Dependencies,
// ../shared/data/ud-nl, CC BY-SA 4.0). Usage: node scripts/eval-attributie.mjs FILE.conllu [--verbose]
// Build first (npx tsc -p tsconfig.json).
//
// Gold attribution: a verb whose lemma (with its separable particle, compound:prt) is in the
// attribution or opinion lexicon, that governs a clause (ccomp) or stands as a parenthetical
// (parataxis), and has a subject (nsubj) or passive agent (obl:agent). Gold source: that subject's
// head word.
// Found: an attribution of analyze(text) whose cue is that verb (or its finite auxiliary) and whose
// source holds the gold head word.
// Precision is measured on verb cues only: an attribution whose cue is a verb counts as right when
// that verb is a gold attribution verb (any lemma) with the right subject.
import { readFileSync } from 'node:fs';
import { createTaal, loadLexicon } from '../dist/src/taal/index.js';

const file = process.argv[2];
const verbose = process.argv.includes('--verbose');
if (!file) {
  console.error('Gebruik: node scripts/eval-attributie.mjs BESTAND.conllu [--verbose]');
  process.exit(2);
}
const taal = createTaal();
const lexicon = new Set([...loadLexicon('attributie-werkwoorden'), ...loadLexicon('opinie-werkwoorden')]);

function* sentences(text) {
  let cur = { text: '', tokens: [] };
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      if (cur.tokens.length) yield cur;
      cur = { text: '', tokens: [] };
      continue;
    }
    if (line.startsWith('# text = ')) cur.text = line.slice(9);
    if (line.startsWith('#')) continue;
    const f = line.split('\t');
    if (!/^\d+$/.test(f[0])) continue;
    cur.tokens.push({ id: Number(f[0]), form: f[1], lemma: f[2].toLowerCase(), upos: f[3], head: Number(f[6]), deprel: f[7] });
  }
  if (cur.tokens.length) yield cur;
}

let gold = 0, found = 0, subjectRight = 0, mineVerb = 0, mineRight = 0;
for (const s of sentences(readFileSync(file, 'utf8'))) {
  // Offsets of the gold tokens in the text.
  let at = 0;
  for (const t of s.tokens) {
    const k = s.text.indexOf(t.form, at);
    t.start = k < 0 ? -1 : k;
    t.end = k < 0 ? -1 : k + t.form.length;
    if (k >= 0) at = t.end;
  }
  const kids = (t) => s.tokens.filter((x) => x.head === t.id);
  const goldVerbs = [];
  for (const t of s.tokens) {
    if (t.upos !== 'VERB') continue;
    const prt = kids(t).find((x) => x.deprel === 'compound:prt');
    const lemma = (prt ? prt.lemma + t.lemma : t.lemma).replace(/_/g, '');
    const governs = kids(t).some((x) => x.deprel === 'ccomp') || t.deprel === 'parataxis';
    const subj = kids(t).find((x) => x.deprel === 'nsubj' || x.deprel === 'obl:agent');
    if (!governs || !subj) continue;
    const aux = kids(t).filter((x) => x.deprel === 'aux' || x.deprel === 'aux:pass');
    goldVerbs.push({ t, lemma, subj, aux, inLexicon: lexicon.has(lemma) });
  }
  const a = taal.analyze(s.text);
  const verbCues = a.attributions.filter((x) => a.tokens.some((k) => k.start === x.start || k.end === x.end) && a.tokens.some((k) => k.verb && k.text === x.cue));
  for (const g of goldVerbs.filter((x) => x.inLexicon)) {
    gold++;
    const cues = [g.t, ...g.aux].map((x) => x.start);
    const hit = a.attributions.find((x) => cues.some((c) => c >= x.start && c < Math.max(x.end, x.start + 1)) || cues.some((c) => s.text.slice(c).startsWith(x.cue)));
    if (hit) {
      found++;
      const ok = hit.source.split(/\s+/).includes(g.subj.form);
      if (ok) subjectRight++;
      else if (verbose) console.log(`ONDERWERP  ${g.lemma}: gold "${g.subj.form}", gevonden "${hit.source}"  | ${s.text}`);
    } else if (verbose) console.log(`GEMIST     ${g.lemma} (${g.subj.form})  | ${s.text}`);
  }
  for (const x of verbCues) {
    if (/^(volgens|aldus|blijkens|naar|in|uit|met|:)/.test(x.cue)) continue;
    mineVerb++;
    const g = goldVerbs.find((v) => [v.t, ...v.aux].some((k) => k.start >= x.start && k.start < x.end) && x.source.split(/\s+/).includes(v.subj.form));
    if (g) mineRight++;
    else if (verbose) console.log(`ONJUIST    ${x.cue} → "${x.source}"  | ${s.text}`);
  }
}
const pct = (a, b) => (b ? (a / b).toFixed(2) : '-');
console.log(`Bestand: ${file}`);
console.log(`gouden toeschrijvingen (werkwoord uit het lexicon + bijzin of tussenzin + onderwerp): ${gold}`);
console.log(`gevonden: ${found} (recall ${pct(found, gold)}), met het juiste onderwerp: ${subjectRight} (${pct(subjectRight, gold)} van goud, ${pct(subjectRight, found)} van gevonden)`);
console.log(`toeschrijvingen met een werkwoord als aanwijzing: ${mineVerb}, waarvan een gouden werkwoord met juist onderwerp: ${mineRight} (precisie ${pct(mineRight, mineVerb)})`);
