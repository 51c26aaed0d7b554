/**
 * Personal data that has a shape of its own, found anywhere in a text:
 * e-mail addresses, phone numbers, BSN (with the elfproef), IBANs,
 * postcodes and street addresses. Each finder returns where the data is and
 * what replaces it; nothing here crosses a line break, so lines stay lines.
 *
 * Candidates are found by shape here and checked by a validator where a
 * well-kept one exists: libphonenumber-js (its full metadata) for phone
 * numbers, ibantools for IBANs, the elfproef for BSNs. libphonenumber-js is
 * not used to *find* numbers: its finder joins Dutch lists ("(020) 123 45
 * 67, 0513 …") into one number and reads dates and BSNs as phone numbers.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

export interface Hit {
  /** Offsets into the text, end exclusive. */
  start: number;
  end: number;
  replacement: string;
}

/** Not part of a longer word or number. */
const B_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const B_AFTER = String.raw`(?![\p{L}\p{N}_])`;

/**
 * Every match of `re`, made into a hit (or skipped). A hit shorter than its
 * match (a validated prefix) lets the search go on right after the hit, or
 * one character after the match's start when nothing was found there.
 */
function collect(re: RegExp, text: string, make: (m: RegExpExecArray) => string | Hit | undefined, resume = false): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const made = make(m);
    if (made === undefined) {
      if (resume) re.lastIndex = m.index + 1;
      continue;
    }
    const hit = typeof made === 'string' ? { start: m.index, end: m.index + m[0].length, replacement: made } : made;
    out.push(hit);
    if (resume) re.lastIndex = Math.max(hit.end, m.index + 1);
  }
  return out;
}

const EMAIL = new RegExp(String.raw`(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}_%+'-]+(?:\.[\p{L}\p{N}_%+'-]+)*@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}${B_AFTER}`, 'gu');

export function findEmails(text: string): Hit[] {
  return collect(EMAIL, text, () => '[e-mail]');
}

/**
 * Phone numbers. A candidate starts with a country code (+32, 0049 …) or a
 * Dutch 0 and runs on over digits grouped by spaces, hyphens, dots, slashes
 * or an area code in brackets; the longest prefix that libphonenumber-js
 * accepts as a valid number (Dutch when no country code is written) is the
 * number. Dutch numbers without a country code have ten digits, so a short
 * service number (0800-2000) and dates do not count; 0800 and 090x numbers
 * are services, not people.
 */
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}_+\/.-])(?:(?:\+|00)\d{1,3}(?:[ \t]?\(0\))?|\(0\d{1,4}\)|0\d)(?:(?:[ \t]?[-.\/][ \t]?|[ \t]|[ \t]?\(|\)[ \t]?)?\d){5,14}/gu;
/** "06-03-2019 12": a date and an hour, not a phone number. */
const DATE_LIKE = /^\(?\d{1,2}([-/.])\d{1,2}\1(?:\d{4}|\d{2})(?![\d\-/.])/;
const SERVICE = /^0(?:800|90\d)/;

function validPhone(candidate: string): boolean {
  const international = /^(?:\+|00)/.test(candidate);
  const digits = candidate.replace(/\(0\)/, '').replace(/\D/g, '');
  if (international) {
    const p = parsePhoneNumberFromString(`+${digits.replace(/^00/, '')}`);
    return Boolean(p?.isValid());
  }
  if (digits.length !== 10 || SERVICE.test(digits) || DATE_LIKE.test(candidate)) return false;
  return Boolean(parsePhoneNumberFromString(digits, 'NL')?.isValid());
}

export function findPhoneNumbers(text: string): Hit[] {
  return collect(PHONE_CANDIDATE, text, (m) => {
    const c = m[0];
    // Longest valid prefix that ends on a digit (the candidate may have run into a following number).
    for (let end = c.length; end > 0; end--) {
      if (!/\d/.test(c[end - 1]!)) continue;
      if (end < c.length && /\d/.test(c[end]!)) continue;
      const prefix = c.slice(0, end);
      if (validPhone(prefix)) return { start: m.index, end: m.index + end, replacement: '[telefoonnummer]' };
    }
    return undefined;
  }, true);
}

/** The elfproef for a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0). */
export function isBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/**
 * Nine digits, written together or in groups of two to four separated by one
 * kind of separator: 123456782, 1234.56.782, 123 456 782, 123-456-782,
 * 12 34 56 782.
 */
const BSN = /(?<![\p{L}\p{N}_.,\/-])\d(?:[ .-]?\d){8}(?![\p{L}\p{N}_]|[.,\/-]\p{N})/gu;

function bsnShape(s: string): boolean {
  const seps = new Set(s.replace(/\d/g, ''));
  if (seps.size > 1) return false;
  return s.split(/[ .-]/).every((g) => g.length >= 2 && g.length <= 4) || seps.size === 0;
}

export function findBsns(text: string): Hit[] {
  return collect(BSN, text, (m) => (bsnShape(m[0]) && isBsn(m[0].replace(/\D/g, '')) ? '[BSN]' : undefined));
}

/**
 * IBANs of any country, upper or lower case, with or without spaces
 * (NL91 ABNA 0417 1643 00, nl91abna0417164300, BE68 5390 0754 7034): the
 * longest prefix that ibantools accepts (country format and check digits).
 */
const IBAN_CANDIDATE = new RegExp(String.raw`${B_BEFORE}[A-Za-z]{2}\d{2}(?:[ \t]?[A-Za-z0-9]){8,30}`, 'gu');

export function findIbans(text: string): Hit[] {
  return collect(IBAN_CANDIDATE, text, (m) => {
    const c = m[0];
    for (let end = c.length; end >= 12; end--) {
      if (end < c.length && /[\p{L}\p{N}]/u.test(c[end]!)) continue;
      const iban = electronicFormatIBAN(c.slice(0, end).toUpperCase());
      if (iban && isValidIBAN(iban)) return { start: m.index, end: m.index + end, replacement: '[rekeningnummer]' };
    }
    return undefined;
  }, true);
}

/**
 * Dutch postcodes: 1234 AB or 1234AB (SA, SD and SS are never used). In
 * lower case, "1234ab" counts; "1234 ab" only before a place name or after
 * the word postcode, and never with a short Dutch word ("in 2014 en 2015").
 */
const POSTCODE = new RegExp(String.raw`${B_BEFORE}[1-9]\d{3}([ \t]?)([A-Za-z]{2})${B_AFTER}`, 'gu');
const SHORT_WORDS = new Set(['en', 'in', 'op', 'is', 'te', 'of', 'na', 'om', 'al', 'ik', 'er', 'ze', 'je', 'we', 'nu', 'zo', 'ja', 'af', 'uw', 'bv', 'ca', 'mr', 'dr', 'pm', 'am', 'tv', 'la', 'le', 'de', 'ha', 'he', 'hé', 'oh', 'ok', 'no', 'nr', 'km', 'kg', 'cm', 'mm', 'ml', 'uu', 'hh', 'mi', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);

export function findPostcodes(text: string): Hit[] {
  return collect(POSTCODE, text, (m) => {
    const letters = m[2]!;
    if (/^(?:SA|SD|SS)$/i.test(letters)) return undefined;
    if (letters === letters.toUpperCase()) return '[postcode]';
    if (SHORT_WORDS.has(letters.toLowerCase())) return undefined;
    if (m[1] === '') return '[postcode]';
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    return /^[ \t,]+\p{Lu}/u.test(after) || /postcode[:\s]*$/i.test(before) ? '[postcode]' : undefined;
  });
}

/**
 * A street and house number: a capitalised word that ends in a street word
 * (Dorpsstraat, Van Goghlaan, Burgemeester de Withstraat, Prins Hendrikkade)
 * or a street word of its own (Grote Markt, Oude Gracht), followed by a
 * number with an optional letter or addition (12, 12a, 12-2, 12 bis).
 * Any capitalised name with a house number counts after a word for living
 * somewhere ("woont op het Spui 21", "adres: Spui 21"). Counted things
 * ("Dorpsstraat 3 keer") are not addresses.
 */
const STREET_WORDS = 'straat|straatweg|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|pad|hof|baan|markt|plantsoen|wal|erf|allee|boulevard|park|ring|kwartier|burgwal|haven|veld|zijde|kant|poort|brink';
const PREFIXES = "Van|De|Den|Der|Het|Prins|Prinses|Koning|Koningin|Burgemeester|Graaf|Gravin|Sint|Oude|Nieuwe|Korte|Lange|Hoge|Lage|Grote|Kleine|Eerste|Tweede|Derde|Generaal|Dokter|Pastoor|Dominee|van|de|der|den|het|ter|ten|te|'t";
const PREFIXES_CAPITAL = PREFIXES.split('|').filter((p) => /^\p{Lu}/u.test(p)).join('|');
const COUNTED = 'jaar|jaren|keer|maal|uur|minuten|min|seconden|dagen|dag|weken|week|maanden|maand|kinderen|kind|personen|mensen|km|kilometer|meter|m|euro|procent';
const HOUSE_NUMBER = String.raw`[ \t]+\d{1,5}(?:[ \t]?[a-zA-Z](?![\p{L}]))?(?:[ \t]?[-/][ \t]?(?:\d{1,4}|[a-zA-Z]{1,3}\b)|[ \t]+(?:bis|hs|huis|zw|I{1,3})\b)?(?![\p{N}]|[ \t]+(?:${COUNTED})\b|[.,]\d)`;
const STREET_CAPITALISED = STREET_WORDS.split('|').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');
const ADDRESS = new RegExp(
  String.raw`${B_BEFORE}(?:(?:${PREFIXES_CAPITAL})[ \t]+(?:(?:${PREFIXES})[ \t]+){0,2})?(?:\p{Lu}[\p{L}'-]*?(?:${STREET_WORDS})|(?:\p{Lu}[\p{L}'-]*[ \t]+)?(?:${STREET_CAPITALISED}))${HOUSE_NUMBER}`,
  'gu',
);
/** After a word for living somewhere, any capitalised name with a house number. */
const LIVING = String.raw`(?:woont|wonen|woonde|woonden|woonachtig|verhuisd|verhuist|verhuizen|verhuisde|ingeschreven|verblijft|verblijven|verbleef|adres|woonadres|postadres|bezoekadres|logeert|logeren)`;
const ADDRESS_AFTER_LIVING = new RegExp(
  String.raw`${B_BEFORE}${LIVING}(?:[ \t]*:)?(?:[ \t]+[\p{Ll}'’]+){0,4}?[ \t]+((?:(?:${PREFIXES_CAPITAL})[ \t]+){0,3}\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:${PREFIXES})|\p{Lu}[\p{L}'’-]+)){0,3}${HOUSE_NUMBER})`,
  'gdu',
);

export function findAddresses(text: string): Hit[] {
  const out = collect(ADDRESS, text, () => '[adres]');
  for (const h of collect(ADDRESS_AFTER_LIVING, text, (m) => {
    const [s, e] = m.indices![1]!;
    return { start: s, end: e, replacement: '[adres]' };
  })) {
    if (!out.some((o) => o.start < h.end && h.start < o.end)) out.push(h);
  }
  return out;
}
