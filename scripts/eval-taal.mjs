#!/usr/bin/env node
// Measures the language layer (src/taal) on gold-annotated Dutch: npm run eval:taal (builds first).
// Default file: nl_alpino-ud-test.conllu from ../shared/data/ud-nl (next to the checkout), or
// $TOETS_SHARED/data/ud-nl. Nothing in toets is trained or tuned on that file (the tagger is trained
// on the other three UD files by scripts/train-tagger.mjs).
//
// The analysis runs on the GOLD tokenisation of the file: the words of each sentence are given to the
// language layer as its tokens (joined by single spaces), so predicted and gold tokens line up one to
// one. Sentence splitting is gold too (one CoNLL-U sentence = one analysed sentence).
//
// What is measured (precise definitions in src/taal/syntax/score.ts):
//  (a) tense of finite verbs (VerbForm=Fin): token marked finite with the gold tense; bar ≥ 0.97
//  (b) past participles (VerbForm=Part, XPOS WW|vd…) against verb.participle: precision and
//      recall; bar ≥ 0.97 each
//  (c) subject of the finite verb: for each gold finite verb with an nsubj/nsubj:pass dependent
//      (or, for a finite aux/aux:pass/cop without one, its head's nsubj/nsubj:pass), is the
//      layer's verb.subject the gold subject's head word; bar ≥ 0.90
//  (d) information: perfect/passive recognition per clause, finite verbs that head a clause,
//      and the subject read through Clause.subject.
//
// Usage: node scripts/eval-taal.mjs [--file X.conllu] [--json] [--lexicon] [--strict]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const fileIdx = args.indexOf('--file');
const asJson = args.includes('--json');
// --lexicon: the lexicon-only analysis the layer used before the tagger (for comparison).
const lexiconOnly = args.includes('--lexicon');

let file;
if (fileIdx >= 0) {
  file = resolve(args[fileIdx + 1] ?? '');
  if (!args[fileIdx + 1] || !existsSync(file)) {
    console.error(`Het bestand '${args[fileIdx + 1] ?? ''}' bestaat niet. Geef een CoNLL-U-bestand op met --file.`);
    process.exit(2);
  }
} else {
  const dirs = [resolve(root, '../shared'), process.env.TOETS_SHARED ? resolve(process.env.TOETS_SHARED) : '', resolve(root, '../../shared')].filter(Boolean);
  file = dirs.map((d) => join(d, 'data/ud-nl/nl_alpino-ud-test.conllu')).find((f) => existsSync(f));
  if (!file) {
    console.error(
      `Het meetbestand nl_alpino-ud-test.conllu is niet gevonden (gezocht in ${dirs.map((d) => join(d, 'data/ud-nl')).join(', ')}).\n` +
        `Zet de map 'shared' naast de checkout, of wijs hem aan met de omgevingsvariabele TOETS_SHARED.`,
    );
    process.exit(2);
  }
}

const { scoreConllu, BARS } = await import(join(root, 'dist/src/taal/syntax/score.js'));
const { tokensFromWords } = await import(join(root, 'dist/src/taal/tokens.js'));
const { splitClauses } = await import(join(root, 'dist/src/taal/clauses.js'));

let scores;
try {
  scores = scoreConllu(readFileSync(file, 'utf8'), (words) => {
    const tokens = tokensFromWords(words, { lexiconOnly });
    return { tokens, clauses: splitClauses(tokens) };
  });
} catch (e) {
  console.error(`${file}: meten mislukt: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
}
if (scores.sentences === 0) {
  console.error(`${file}: geen zinnen in CoNLL-U-opmaak gevonden.`);
  process.exit(2);
}

if (asJson) {
  console.log(JSON.stringify({ file, ...scores }, null, 2));
  process.exit(0);
}

const pct = (r) => r.value.toFixed(4);
const line = (label, r, bar) =>
  `${label.padEnd(44)} ${pct(r)}  (${r.correct}/${r.total})` + (bar !== undefined ? `  norm ≥ ${bar.toFixed(2)}  ${r.value >= bar ? 'ok' : 'TE LAAG'}` : '');
console.log(`Bestand: ${file}`);
console.log(`${lexiconOnly ? 'Alleen lexicon (oude analyse). ' : ''}${scores.sentences} zinnen, ${scores.words} woorden (gouden tokenisering)`);
console.log(line('(a) tijd van de persoonsvorm', scores.tense, BARS.tense));
console.log(line('(b) voltooid deelwoord, precisie', scores.participlePrecision, BARS.participlePrecision));
console.log(line('(b) voltooid deelwoord, recall', scores.participleRecall, BARS.participleRecall));
console.log(line('(c) onderwerp van de persoonsvorm', scores.subject, BARS.subject));
console.log(line('(d) persoonsvorm, precisie', scores.finitePrecision));
console.log(line('(d) tijd als de persoonsvorm gevonden is', scores.tenseWhenFound));
console.log(line('(d) voltooid/passief per zin(sdeel), precisie', scores.compoundPrecision));
console.log(line('(d) voltooid/passief per zin(sdeel), recall', scores.compoundRecall));
console.log(line('(d) persoonsvorm is die van een zinsdeel', scores.clauseFinite));
console.log(line('(d) onderwerp via Clause.subject', scores.clauseSubject));
const fails = [scores.tense.value < BARS.tense, scores.participlePrecision.value < BARS.participlePrecision, scores.participleRecall.value < BARS.participleRecall, scores.subject.value < BARS.subject];
// --strict: exit code 1 when a bar is not met (as npm run eval -- --strict).
if (args.includes('--strict') && fails.some(Boolean)) process.exitCode = 1;
