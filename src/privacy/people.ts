/**
 * People and schools named in running text, not only in the frontmatter: a
 * new partner, an uncle, a teacher, a GP ("Kevin Smit", "juf Petra Smits",
 * "Dr. H. Pietersen", "meester Joost", "oom Henk"), a school ("basisschool
 * De Regenboog", "het Stedelijk Lyceum"). Found by
 *
 * - a title or role word before a capitalised name (meneer, mevrouw, juf,
 *   meester, dokter, dr., de heer, oom, tante, opa, buurman, partner …);
 *   after a role word (not a title) the name must not be an ordinary word
 *   ("de leerkracht Nederlands");
 * - a first name from src/privacy/data/voornamen.json (origin and licence
 *   there and in NOTICE.md), with the capitalised surname after it;
 * - initials before a capitalised surname ("H. Pietersen");
 * - a school word before a capitalised name, or a capitalised name that ends
 *   in Lyceum, College, Gymnasium …
 *
 * The redactor then replaces every later mention of the name too ("Smit"
 * alone, "De Regenboog" without "basisschool").
 */
import { readFileSync } from 'node:fs';
import { inLexicon, wordClasses } from '../taal/words.js';
import { packagePath } from '../util/paths.js';
import { makeView } from './text-view.js';

export interface FoundName {
  naam: string;
  kind: 'person' | 'school';
}

let firstNames: { all: Set<string>; ambiguous: Set<string> } | undefined;

/** The first-name list (lazy). */
export function firstNameList(): { all: Set<string>; ambiguous: Set<string> } {
  if (!firstNames) {
    const data = JSON.parse(readFileSync(packagePath('src/privacy/data/voornamen.json'), 'utf8')) as { namen: string[]; dubbelzinnig: string[] };
    firstNames = { all: new Set(data.namen.map((n) => makeView(n).text)), ambiguous: new Set(data.dubbelzinnig.map((n) => makeView(n).text)) };
  }
  return firstNames;
}

/** A word every writer uses: not a name unless something else says so. */
export function isOrdinaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_NAMES.has(lower)) return true;
  if (!inLexicon(lower)) return false;
  return wordClasses(lower, lower)[0] !== 'name';
}

/** Capitalised words that follow a role word without being a name. */
const NOT_NAMES = new Set([
  // Languages and school subjects ("juf Engels", "de docent Nederlands").
  'nederlands', 'engels', 'frans', 'duits', 'spaans', 'turks', 'arabisch', 'pools', 'marokkaans', 'surinaams', 'fries', 'latijn', 'grieks',
  // Months and days.
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  // Organisations and institutions written with a capital.
  'veilig', 'thuis', 'raad', 'gi', 'ggd', 'ggz', 'wijkteam', 'jeugdbescherming', 'politie', 'rechtbank', 'school', 'kinderbescherming',
  'god', 'allah',
]);

const TITLES = ['meneer', 'mevrouw', 'mevr.', 'mevr', 'mw.', 'mw', 'dhr.', 'dhr', 'de heer', 'juf', 'juffrouw', 'meester', 'dokter', 'dr.', 'mr.', 'drs.', 'ir.', 'ing.', 'prof.', 'zuster', 'broeder'];
const ROLES = [
  'oom', 'tante', 'opa', 'oma', 'neef', 'nicht', 'buurman', 'buurvrouw', 'buurjongen', 'buurmeisje', 'partner', 'ex-partner', 'vriend', 'vriendin', 'vriendje',
  'vriendinnetje', 'stiefvader', 'stiefmoeder', 'stiefbroer', 'stiefzus', 'pleegvader', 'pleegmoeder', 'pleegouder', 'vader', 'moeder', 'broer', 'zus',
  'broertje', 'zusje', 'halfbroer', 'halfzus', 'zoon', 'dochter', 'grootvader', 'grootmoeder', 'overgrootmoeder', 'overgrootvader', 'peettante', 'peetoom',
  'huisarts', 'kinderarts', 'psycholoog', 'psychiater', 'mentor', 'leerkracht', 'docent', 'coach', 'gezinsvoogd', 'jeugdbeschermer', 'hulpverlener',
  'begeleider', 'behandelaar', 'pedagoog', 'orthopedagoog', 'wijkagent', 'agent', 'advocaat', 'notaris', 'tandarts', 'verpleegkundige', 'verloskundige',
  'logopedist', 'fysiotherapeut', 'therapeut', 'dominee', 'imam', 'pastoor', 'collega', 'werkgever', 'intern begeleider', 'ib-er', 'familie',
  'gezin', 'vriend van moeder', 'vriend van vader',
];
const SCHOOL_WORDS = [
  'basisschool', 'school', 'obs', 'cbs', 'rkbs', 'pcbs', 'kbs', 'ikc', 'kindcentrum', 'sbo', 'so-school', 'vso', 'kinderdagverblijf', 'kdv', 'peuterspeelzaal',
  'peuteropvang', 'bso', 'naschoolse opvang', 'opvang', 'praktijkschool', 'scholengemeenschap', 'lyceum', 'college', 'gymnasium', 'mavo', 'vmbo', 'havo', 'vwo',
  'montessorischool', 'daltonschool', 'jenaplanschool', 'vrije school', 'speciaal onderwijs',
];
const SCHOOL_TAILS = ['Lyceum', 'College', 'Gymnasium', 'Scholengemeenschap', 'Basisschool', 'School', 'Academie', 'Kindcentrum', 'Campus', 'Mavo', 'Vmbo', 'Havo', 'Vwo'];

const PARTICLE = String.raw`(?:van|de|der|den|het|ter|ten|te|'t|op|in|von|la|le|du|da|el|al|bin|ben|ibn|Van|De|Der|Den|Ter|Ten|Te|La|Le|Du|Da|El|Al)`;
const CAP = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*`;
const INITIALS = String.raw`(?:\p{Lu}\.[ \t]?){1,4}`;
/** A name: initials, then a capitalised word with particles, then up to two more. */
const NAME = String.raw`(?:${INITIALS}[ \t]*)?(?:${PARTICLE}[ \t]+){0,3}${CAP}(?:[ \t]+(?:${PARTICLE}[ \t]+){0,3}${CAP}){0,2}`;

/** Each cue word with its first letter in either case (the regex has no i flag: \p{Lu} must stay upper case). */
function cues(words: string[]): string {
  return words
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const esc = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+');
      const c = w[0]!;
      return c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]${esc.slice(1)}` : esc;
    })
    .join('|');
}

const B = String.raw`(?<![\p{L}\p{N}_])`;
const TITLE_NAME = new RegExp(String.raw`${B}(?:${cues(TITLES)})[ \t]+(${NAME})`, 'gdu');
const ROLE_NAME = new RegExp(String.raw`${B}(?:${cues(ROLES)})[ \t]+(${NAME})`, 'gdu');
const INITIALS_NAME = new RegExp(String.raw`${B}((?:\p{Lu}\.[ \t]?){1,4}[ \t]*(?:${PARTICLE}[ \t]+){0,3}${CAP})`, 'gdu');
const CAPITALISED = new RegExp(String.raw`${B}(${CAP})((?:[ \t]+(?:${PARTICLE}[ \t]+){0,3}${CAP}){0,2})`, 'gdu');
const SCHOOL_AFTER_WORD = new RegExp(
  String.raw`${B}(?:${cues(SCHOOL_WORDS)})[ \t]+((?:(?:De|Het|'t|de|het)[ \t]+)?${CAP}(?:[ \t]+(?:${PARTICLE}[ \t]+)?${CAP}){0,3})`,
  'gdu',
);
const SCHOOL_WITH_TAIL = new RegExp(String.raw`${B}((?:${CAP}[ \t]+){1,3}(?:${SCHOOL_TAILS.join('|')})(?:[ \t]+${CAP}){0,2})(?![\p{L}])`, 'gdu');

const ABBREVIATIONS = new Set(['N.B.', 'NB.', 'P.S.', 'O.A.', 'I.V.M.', 'T.Z.T.', 'Z.S.M.', 'A.S.', 'V.S.', 'B.V.', 'N.V.']);

function words(name: string): string[] {
  return name.split(/[ \t]+/).filter(Boolean);
}

/** The capitalised words of a name that carry it (not particles or initials). */
function core(name: string): string[] {
  return words(name).filter((w) => !/^(?:\p{Lu}\.)+$/u.test(w) && !new RegExp(`^${PARTICLE}$`, 'u').test(w));
}

/** Drop trailing words that are ordinary words ("Kevin Smit Daarna" never happens mid-sentence, but "Henk Gisteren" might). */
function trimOrdinary(name: string, keepFirst: boolean): string | undefined {
  const ws = words(name);
  while (ws.length > (keepFirst ? 1 : 0) && isOrdinaryWord(ws[ws.length - 1]!) && !firstNameList().all.has(ws[ws.length - 1]!)) ws.pop();
  while (ws.length && new RegExp(`^${PARTICLE}$`, 'u').test(ws[ws.length - 1]!)) ws.pop();
  return ws.length ? ws.join(' ') : undefined;
}

/**
 * The names of people and schools in `text` (a view without accents or
 * invisible characters: src/privacy/text-view.ts). `keep`: names that stay
 * (the author), lower case.
 */
export function findNamesInText(text: string, keep: ReadonlySet<string> = new Set()): FoundName[] {
  const out: FoundName[] = [];
  const add = (naam: string | undefined, kind: FoundName['kind']) => {
    if (!naam) return;
    const n = naam.replace(/[ \t]+/g, ' ').trim();
    if (n.replace(/[^\p{L}]/gu, '').length < 2 || keep.has(n.toLowerCase())) return;
    out.push({ naam: n, kind });
  };
  const each = (re: RegExp, f: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) f(m);
  };
  const { all, ambiguous } = firstNameList();

  each(TITLE_NAME, (m) => add(trimOrdinary(m[1]!, true), 'person'));
  each(ROLE_NAME, (m) => {
    const naam = m[1]!;
    const first = core(naam)[0];
    if (!first) return;
    // After a role word, an ordinary word is no name ("de leerkracht Nederlands"), unless more name follows.
    if (isOrdinaryWord(first) && !all.has(first) && core(naam).length < 2) return;
    // "de behandelaar van Sem": after a role word, a lowercase "van" is a preposition, not part of the name.
    add(trimOrdinary(naam.replace(/^(?:(?:van|de|der|den|het|op|in|te|ten|ter)[ \t]+)+/u, ''), false), 'person');
  });
  each(INITIALS_NAME, (m) => {
    const naam = m[1]!;
    const initials = /^(?:\p{Lu}\.[ \t]?)+/u.exec(naam)![0].replace(/[ \t]/g, '');
    if (ABBREVIATIONS.has(initials)) return;
    const last = core(naam).pop();
    if (!last || isOrdinaryWord(last)) return;
    add(naam, 'person');
  });
  each(CAPITALISED, (m) => {
    const first = m[1]!;
    const parts = first.split('-');
    if (!all.has(first) && !parts.every((p) => all.has(p))) return;
    const rest = m[2] ?? '';
    if (ambiguous.has(first)) {
      // "Storm", "Lieve": a name only with a surname after it.
      const surname = core(rest)[0];
      if (!surname || isOrdinaryWord(surname)) return;
    }
    add(trimOrdinary(first + rest, true), 'person');
  });
  each(SCHOOL_AFTER_WORD, (m) => {
    const naam = m[1]!;
    if (core(naam).every((w) => isOrdinaryWord(w))) return;
    add(naam, 'school');
  });
  each(SCHOOL_WITH_TAIL, (m) => {
    const ws = words(m[1]!);
    // "Het Stedelijk Lyceum" at the start of a sentence: the article is no part of the name.
    while (ws.length > 1 && /^(?:De|Het|Een|Naar|Op|In|Bij|Van|Via|Volgens)$/.test(ws[0]!)) ws.shift();
    if (ws.length < 2) return;
    add(ws.join(' '), 'school');
  });
  return out;
}

/**
 * Names in a sentence of the frontmatter (`correcties[].onjuist`, `titel`):
 * capitalised words that are not ordinary words. A word that opens the
 * sentence may be a noun ("Gezinsplan Noor", "Zorgmelding Meron"): it is a
 * name only when it is a known first name; the whole run of capitalised
 * words ("Roelof Hiemstra") is also returned as a phrase to replace as written.
 */
export function namesInSentence(sentence: string): { names: string[]; phrases: string[] } {
  const names: string[] = [];
  const phrases: string[] = [];
  const particle = new RegExp(`^${PARTICLE}$`, 'u');
  const re = new RegExp(String.raw`${B}${CAP}(?:[ \t]+(?:${PARTICLE}[ \t]+){0,3}${CAP})*`, 'gu');
  for (const m of sentence.matchAll(re)) {
    const ws = words(m[0]);
    if (core(m[0]).every((w) => isOrdinaryWord(w))) continue;
    const opening = m.index === 0 || /[.!?:]\s*$/.test(sentence.slice(0, m.index));
    const rest = opening && !firstNameList().all.has(makeView(ws[0]!).text) ? ws.slice(1) : ws;
    while (rest.length && particle.test(rest[0]!)) rest.shift();
    if (rest.length && !core(rest.join(' ')).every((w) => isOrdinaryWord(w))) names.push(rest.join(' '));
    if (ws.length >= 2) phrases.push(m[0]);
  }
  return { names, phrases };
}
