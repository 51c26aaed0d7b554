/**
 * Builds src/privacy/data/voornamen.json: first names for `--redact`, taken
 * from the person data of @faker-js/faker (MIT), locales nl, nl_BE and tr,
 * and from gender-detection-from-name (MIT): its German list, and the names
 * of its English list that one of its other lists (de, fr, es, it) also has
 * (the English list alone holds many words that are no names).
 * A name that is also a common Dutch word (src/taal/data/woordsoorten.json,
 * any part of speech but a proper noun) is marked ambiguous: `--redact` then
 * takes it for a name only before a capitalised surname.
 *
 * Usage (faker is not a dependency of toets; install it anywhere):
 *   npm install --prefix /tmp/namen @faker-js/faker@10.6.0 gender-detection-from-name@1.11.5
 *   node scripts/build-voornamen.mjs /tmp/namen/node_modules/@faker-js/faker /tmp/namen/node_modules/gender-detection-from-name
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fakerDir = process.argv[2];
const genderDir = process.argv[3];
if (!fakerDir || !genderDir) {
  console.error('Gebruik: node scripts/build-voornamen.mjs <map van @faker-js/faker> <map van gender-detection-from-name>');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(fakerDir, 'package.json'), 'utf8'));
const { allLocales } = await import(pathToFileURL(join(fakerDir, 'dist/index.js')).href);
const lexicon = JSON.parse(readFileSync(join(root, 'src/taal/data/woordsoorten.json'), 'utf8')).woorden;

const names = new Set();
for (const locale of ['nl', 'nl_BE', 'tr']) {
  const fn = allLocales[locale].person.first_name;
  for (const list of Object.values(fn)) for (const n of list) if (/^\p{Lu}[\p{L}'-]+$/u.test(n.normalize('NFC'))) names.add(n.normalize('NFC'));
}
const genderPkg = JSON.parse(readFileSync(join(genderDir, 'package.json'), 'utf8'));
const list = (lang) => [...readFileSync(join(genderDir, 'names', `${lang}.js`), 'utf8').matchAll(/\['([^']+)'/g)].map((m) => m[1]);
const capitalise = (n) => n.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('-');
const other = new Set(['de', 'fr', 'es', 'it'].flatMap(list));
for (const n of [...list('de'), ...list('en').filter((x) => other.has(x))]) {
  const c = capitalise(n.normalize('NFC'));
  if (/^\p{Lu}[\p{L}'-]+$/u.test(c) && c.length >= 3) names.add(c);
}
// Months and days are capitalised in some texts and in the lists of some locales.
const NEVER = new Set(['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']);
const sorted = [...names].filter((n) => !NEVER.has(n.toLowerCase())).sort((a, b) => a.localeCompare(b, 'nl'));
const ambiguous = sorted.filter((n) => {
  const tag = lexicon[n.toLowerCase()];
  return tag !== undefined && !tag.startsWith('e');
});
const out = {
  _bron: `Voornamen uit @faker-js/faker ${pkg.version} (locales nl, nl_BE en tr: person.first_name; MIT, Copyright (c) 2022-2025 Faker) en gender-detection-from-name ${genderPkg.version} (names/de.js, en names/en.js voor zover ook in de, fr, es of it; MIT, Copyright (c) 2019 Davide Violante); zie NOTICE.md. Gemaakt met scripts/build-voornamen.mjs.`,
  _licentie: 'MIT',
  _dubbelzinnig: 'Namen in "dubbelzinnig" zijn ook een gewoon Nederlands woord (src/taal/data/woordsoorten.json): alleen een naam vóór een achternaam met hoofdletter.',
  namen: sorted,
  dubbelzinnig: ambiguous,
};
writeFileSync(join(root, 'src/privacy/data/voornamen.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`${sorted.length} voornamen, ${ambiguous.length} dubbelzinnig`);
