#!/usr/bin/env node
// No fitting to fixtures (issue 12, point 5). Lists every multi-word lexicon entry (all lexicons
// under src/taal/data/lexicons and rules/*/) that occurs in exactly one fixture document
// (fixtures/**/*.md, without READMEs and annotation guides, and never a blind set). Such an entry
// is likely a fragment of that one sentence rather than a construction of Dutch. Exits 1 when an
// entry on that list is not justified in src/taal/data/lexicons/ENKELVOUDIG.yaml (entry + reason).
//
// Usage: node scripts/lexicon-fixture-check.mjs [--json]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const JUSTIFIED = process.env.LEXICON_CHECK_JUSTIFIED ?? join(root, 'src/taal/data/lexicons/ENKELVOUDIG.yaml');
/** Sets that must not be read (blind): by name, or marked with a .blind file. */
const BLIND = new Set(['heldout-11']);
const MAX_GAP = 6;

function normalize(s) {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'");
}

function words(text) {
  return normalize(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Every string in a YAML value that is a lexicon entry: `woorden` lists, `vormen`, and the rule lexicon's lists. */
function entriesOf(data) {
  const out = [];
  const take = (v) => {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object' && typeof v.woord === 'string') out.push(v.woord);
  };
  const walk = (v, key) => {
    if (Array.isArray(v)) {
      for (const x of v) {
        if (typeof x === 'string' || (x && typeof x === 'object' && 'woord' in x)) {
          if (key !== 'niet-opgenomen') take(x);
        } else walk(x, key);
      }
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (k !== 'bron' && k !== 'licentie' && k !== 'reden' && k !== 'voorbeeld') walk(x, k);
    }
  };
  walk(data, '');
  return out;
}

function lexiconFiles() {
  const out = [];
  const dir = join(root, 'src/taal/data/lexicons');
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.yaml') && f !== 'ENKELVOUDIG.yaml') out.push(join(dir, f));
  const rules = join(root, 'rules');
  for (const r of readdirSync(rules).sort()) {
    const d = join(rules, r);
    if (!statSync(d).isDirectory()) continue;
    for (const f of readdirSync(d).sort()) if (f.endsWith('.yaml')) out.push(join(d, f));
  }
  return out;
}

function fixtureDocs(dir, out = []) {
  if (BLIND.has(dir.split('/').pop()) || existsSync(join(dir, '.blind'))) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) fixtureDocs(p, out);
    else if (name.endsWith('.md') && !/^(README|ANNOTATIE)/i.test(name)) out.push(p);
  }
  return out;
}

/** Does the entry (words, "…" or "..." a gap of 1–6 words) occur in the word list? */
function occurs(parts, text) {
  const match = (k, i) => {
    if (k === parts.length) return true;
    if (parts[k] === '…') {
      for (let skip = 1; skip <= MAX_GAP && i + skip <= text.length; skip++) if (match(k + 1, i + skip)) return true;
      return false;
    }
    return text[i] === parts[k] && match(k + 1, i + 1);
  };
  for (let i = 0; i < text.length; i++) if (text[i] === parts[0] && match(1, i + 1)) return true;
  return false;
}

export function check({ justifiedFile = JUSTIFIED } = {}) {
  const docs = fixtureDocs(join(root, 'fixtures')).map((p) => ({ path: relative(root, p), words: words(readFileSync(p, 'utf8')) }));
  const listed = [];
  for (const file of lexiconFiles()) {
    const data = YAML.parse(readFileSync(file, 'utf8'));
    for (const entry of new Set(entriesOf(data))) {
      const parts = normalize(entry).replace(/\.\.\./g, ' … ').replace(/…/g, ' … ').split(/\s+/).filter(Boolean);
      if (parts.filter((p) => p !== '…').length < 2) continue;
      const flat = parts.flatMap((p) => (p === '…' ? [p] : words(p)));
      const found = docs.filter((d) => occurs(flat, d.words));
      if (found.length === 1) listed.push({ lexicon: relative(root, file), entry, document: found[0].path });
    }
  }
  const justified = existsSync(justifiedFile) ? YAML.parse(readFileSync(justifiedFile, 'utf8'))?.woorden ?? [] : [];
  const ok = new Map(justified.filter((j) => j && j.woord && j.reden).map((j) => [normalize(j.woord), j.reden]));
  const unjustified = listed.filter((l) => !ok.has(normalize(l.entry)));
  return { listed, unjustified, justified: justified.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { listed, unjustified } = check();
  if (process.argv.includes('--json')) console.log(JSON.stringify({ listed, unjustified }, null, 2));
  else {
    console.log(`Woordgroepen uit de lexicons die in precies één fixture-document staan: ${listed.length}`);
    for (const l of listed) console.log(`  ${ok(l)} "${l.entry}"  (${l.lexicon}; ${l.document})`);
    if (unjustified.length) console.log(`\n${unjustified.length} zonder verantwoording in src/taal/data/lexicons/ENKELVOUDIG.yaml. Maak ze algemeen, haal ze weg, of verantwoord ze daar (woord + reden).`);
  }
  process.exit(unjustified.length ? 1 : 0);
  function ok(l) {
    return unjustified.includes(l) ? '✗' : '✓';
  }
}
