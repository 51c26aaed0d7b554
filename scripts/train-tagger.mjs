#!/usr/bin/env node
// Trains the syntax model of the language layer (npm run train:taal; builds first) and writes
// src/taal/data/syntaxis-nl.json: an averaged-perceptron tagger (UPOS + verb form + tense) and a
// subject ranker. Training data: three of the four Universal Dependencies files in
// ../shared/data/ud-nl (or $TOETS_SHARED/data/ud-nl): nl_alpino-ud-dev, nl_lassysmall-ud-dev and
// nl_lassysmall-ud-test. nl_alpino-ud-test is NEVER read here: it is kept for measurement
// (npm run eval:taal). Deterministic: a fixed seed and sorted output give the same file each run.
//
// The subject ranker is trained on tags the tagger predicts, not on gold tags (3-fold
// jackknifing: each third of the sentences is tagged by a tagger trained on the other two).
//
// Usage: node scripts/train-tagger.mjs [--dev] [--iterations N] [--min-abs N] [--out FILE]
//   --dev  development run: trains on nl_lassysmall-ud-dev + nl_lassysmall-ud-test + the even
//          sentences of nl_alpino-ud-dev, reports figures on its odd sentences, writes nothing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(join(root, 'dist/src/taal/syntax', p));
const { parseConllu, labelOf, isGoldFinite, goldSubject } = await dist('conllu.js');
const { trainTagger, trainSubjects } = await dist('train.js');
const { tagInfos } = await dist('tagger.js');
const { wordInfo } = await dist('features.js');
const { bestSubject } = await dist('subject.js');
const { CompactModel } = await dist('perceptron.js');

const args = process.argv.slice(2);
const dev = args.includes('--dev');
const itIdx = args.indexOf('--iterations');
const minIdx = args.indexOf('--min-abs');
// Weights are stored × 100 and rounded; those below this (absolute, in stored units) are dropped.
const minAbs = minIdx >= 0 ? Number(args[minIdx + 1]) : 50;
const iterations = itIdx >= 0 ? Number(args[itIdx + 1]) : 8;

// ../shared next to the checkout; $TOETS_SHARED; ../../shared for a git worktree one folder deeper.
const candidates = [resolve(root, '../shared/data/ud-nl'), process.env.TOETS_SHARED ? resolve(process.env.TOETS_SHARED, 'data/ud-nl') : '', resolve(root, '../../shared/data/ud-nl')].filter(Boolean);
const dataDir = candidates.find((d) => existsSync(join(d, 'nl_alpino-ud-dev.conllu')));
if (!dataDir) {
  console.error(`De UD-bestanden zijn niet gevonden (gezocht in ${candidates.join(', ')}). Zet TOETS_SHARED op de map 'shared'.`);
  process.exit(2);
}
const read = (name) => parseConllu(readFileSync(join(dataDir, name), 'utf8'));
const TRAIN = ['nl_alpino-ud-dev.conllu', 'nl_lassysmall-ud-dev.conllu', 'nl_lassysmall-ud-test.conllu'];
const trainFiles = dev ? TRAIN.slice(1) : TRAIN;
const train = trainFiles.flatMap(read);
// Development: the even sentences of nl_alpino-ud-dev join the training data, the odd ones are measured.
const devAlpino = dev ? read('nl_alpino-ud-dev.conllu') : [];
if (dev) train.push(...devAlpino.filter((_, k) => k % 2 === 0));
const log = (l) => console.error(l);
console.error(`training op ${trainFiles.join(', ')}: ${train.length} zinnen`);

const tagWith = (labels, weights) => {
  const m = new CompactModel(labels, weights);
  return (s) => tagInfos(s.words.map((w) => wordInfo(w.form)), (f) => m.predict(f), labels);
};

// 3-fold jackknife: predicted tags for every training sentence.
const predicted = new Array(train.length);
for (let fold = 0; fold < 3; fold++) {
  const rest = train.filter((_, k) => k % 3 !== fold);
  const t = trainTagger(rest, { iterations, log: () => {} });
  const tag = tagWith(t.labels, t.weights);
  train.forEach((s, k) => {
    if (k % 3 === fold) predicted[k] = tag(s);
  });
  console.error(`jackknife ${fold + 1}/3 klaar`);
}
const tagger = trainTagger(train, { iterations, log, minAbs });
const subject = trainSubjects(train, predicted, { iterations, log, minAbs: 1 });

const outIdx = args.indexOf('--out');
const modelOut = outIdx >= 0 ? resolve(args[outIdx + 1]) : join(root, 'src/taal/data/syntaxis-nl.json');
if (dev && outIdx >= 0) {
  // The development model and its held-out sentences, to measure the whole layer on them:
  // TOETS_SYNTAX_MODEL=<out> node scripts/eval-taal.mjs --file <out>.held.conllu
  writeFileSync(modelOut, JSON.stringify({ labels: tagger.labels, tagger: tagger.weights, subject }) + '\n');
  const text = readFileSync(join(dataDir, 'nl_alpino-ud-dev.conllu'), 'utf8').split(/\n\s*\n/).filter((b) => b.trim());
  const sentencesWithWords = text.filter((b) => b.split('\n').some((l) => /^\d+\t/.test(l)));
  writeFileSync(modelOut + '.held.conllu', sentencesWithWords.filter((_, k) => k % 2 === 1).join('\n\n') + '\n\n');
  console.error(`ontwikkelmodel: ${modelOut}`);
}
if (dev) {
  const held = devAlpino.filter((_, k) => k % 2 === 1);
  const tag = tagWith(tagger.labels, tagger.weights);
  const subj = new CompactModel(['s'], subject);
  let pg = 0, ppred = 0, pok = 0;
  let ok = 0, n = 0, fin = 0, finOk = 0, sub = 0, subOk = 0;
  const confusion = new Map();
  for (const s of held) {
    const tags = tag(s);
    const infos = s.words.map((w) => wordInfo(w.form));
    s.words.forEach((w, i) => {
      n++;
      if (tags[i] === labelOf(w)) ok++;
      else {
        const k = `${labelOf(w)} → ${tags[i]}`;
        confusion.set(k, (confusion.get(k) ?? 0) + 1);
      }
      const gp = w.feats.VerbForm === 'Part' && w.xpos.startsWith('WW|vd');
      const pp = /\|Part(Attr)?$/.test(tags[i]);
      if (gp) pg++;
      if (pp) ppred++;
      if (gp && pp) pok++;
      if ((gp || pp) && gp !== pp && args.includes('--errors')) console.log(`DEELW ${w.form}: ${labelOf(w)} → ${tags[i]} | ${s.words.map((x, k) => (k === i ? `**${x.form}**` : x.form)).join(' ')}`);
      if (isGoldFinite(w)) {
        fin++;
        const gl = labelOf(w).split('|');
        const pl = tags[i].split('|');
        if (pl[1] === 'Fin' && pl[2] === gl[2]) finOk++;
        else if (args.includes('--errors')) console.log(`TIJD ${w.form}: ${labelOf(w)} → ${tags[i]} | ${s.words.map((x, k) => (k === i ? `**${x.form}**` : x.form)).join(' ')}`);
        const g = goldSubject(s, i);
        if (g !== undefined) {
          sub++;
          const pred = tags[i].includes('|Fin') ? bestSubject(infos, tags, i, (f) => subj.scores(f)[0]) : undefined;
          if (pred === g) subOk++;
          else if (args.includes('--errors')) console.log(`ONDERWERP ${w.form}: gold ${s.words[g].form}, voorspeld ${pred === undefined ? '-' : s.words[pred].form} | ${s.words.map((x, k) => `${x.form}/${tags[k]}`).join(' ')}`);
        }
      }
    });
  }
  for (const minAbs of [10, 25, 50, 100]) {
    const w = tagger.perceptron.compact(100, minAbs);
    const t2 = tagWith(tagger.labels, w);
    let a = 0, b = 0, f = 0, fo = 0;
    for (const s of held) {
      const tg = t2(s);
      s.words.forEach((x, i) => {
        b++;
        if (tg[i] === labelOf(x)) a++;
        if (isGoldFinite(x)) {
          f++;
          const gl = labelOf(x).split('|');
          const pl = tg[i].split('|');
          if (pl[1] === 'Fin' && pl[2] === gl[2]) fo++;
        }
      });
    }
    console.log(`snoeien |w| < ${minAbs / 100}: ${Object.keys(w).length} kenmerken, ${(JSON.stringify(w).length / 1e6).toFixed(2)} MB; label ${(a / b).toFixed(4)}; persoonsvorm+tijd ${(fo / f).toFixed(4)}`);
  }
  console.log(`label-nauwkeurigheid ${(ok / n).toFixed(4)}; persoonsvorm+tijd ${(finOk / fin).toFixed(4)}; onderwerp ${(subOk / sub).toFixed(4)}; deelwoord P ${(pok / ppred).toFixed(4)} R ${(pok / pg).toFixed(4)}`);
  console.log([...confusion].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v}\t${k}`).join('\n'));
  process.exit(0);
}

const out = modelOut;
const model = {
  _bron:
    'Getraind met scripts/train-tagger.mjs op UD_Dutch-Alpino (nl_alpino-ud-dev) en UD_Dutch-LassySmall (nl_lassysmall-ud-dev, nl_lassysmall-ud-test), ' +
    'Universal Dependencies, Rijksuniversiteit Groningen (Gosse Bouma, Gertjan van Noord). Gemiddeld perceptron (woordsoort met werkwoordsvorm en tijd) en een onderwerp-rangschikker.',
  licentie: 'CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); afgeleid werk van de genoemde treebanks, onder dezelfde licentie.',
  labels: tagger.labels,
  tagger: tagger.weights,
  subject,
};
writeFileSync(out, JSON.stringify(model) + '\n');
console.error(`geschreven: ${out} (${(JSON.stringify(model).length / 1e6).toFixed(2)} MB)`);
