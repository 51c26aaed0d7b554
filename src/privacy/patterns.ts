/**
 * Personal data that has a shape of its own, found anywhere in a text:
 * e-mail addresses, Dutch phone numbers, BSN (with the elfproef), postcodes
 * and street addresses. Each finder returns where the data is and what
 * replaces it; nothing here crosses a line break, so lines stay lines.
 *
 * Hand-written on purpose: libphonenumber-js was tried and joins Dutch lists
 * ("(020) 123 45 67, 0513 …") into one number and, with its small metadata,
 * reads dates and BSNs as phone numbers; a BSN check is five lines.
 */

export interface Hit {
  /** Offsets into the text, end exclusive. */
  start: number;
  end: number;
  replacement: string;
}

/** Not part of a longer word or number. */
const B_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const B_AFTER = String.raw`(?![\p{L}\p{N}_])`;

function collect(re: RegExp, text: string, make: (m: RegExpExecArray) => string | undefined): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const replacement = make(m);
    if (replacement !== undefined) out.push({ start: m.index, end: m.index + m[0].length, replacement });
  }
  return out;
}

const EMAIL = new RegExp(String.raw`(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}_%+'-]+(?:\.[\p{L}\p{N}_%+'-]+)*@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}${B_AFTER}`, 'gu');

export function findEmails(text: string): Hit[] {
  return collect(EMAIL, text, () => '[e-mail]');
}

/**
 * Dutch phone numbers: 0 and nine digits (06-12345678, 020-123 45 67,
 * (0513) 123456, 0612345678) or +31 / 0031 and nine digits (+31 6 1234 5678,
 * +31 (0)20 1234567). Digits may be grouped by a space, a hyphen or an area
 * code in brackets. A short service number such as 0800-2000 stays.
 */
const SEP = String.raw`(?:[ \t]?-[ \t]?|[ \t]|\)[ \t]?)`;
const PHONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_+])(?:(?:\+|00)31(?:[ \t]?-?[ \t]?\(0\))?${SEP}?[1-9]|\(0[1-9]|0[1-9])(?:${SEP}?\d){8}(?!\p{N}|[ \t]?-[ \t]?\p{N}|\.\p{N}|\p{L})`,
  'gu',
);
/** "06-03-2019 12": a date and an hour, not a phone number. */
const DATE_LIKE = /^\(?\d{1,2}[-/]\d{1,2}[-/]\d{2,4}(?!\d)/;

export function findPhoneNumbers(text: string): Hit[] {
  return collect(PHONE, text, (m) => (DATE_LIKE.test(m[0]) ? undefined : '[telefoonnummer]'));
}

/** The elfproef for a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0). */
export function isBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** 123456782, 1234.56.782, 123 456 782, 123.456.782, 12.34.56.782. */
const BSN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,-])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3}|\d{3} \d{3} \d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3})(?![\p{L}\p{N}_]|[.,-]\p{N})`,
  'gu',
);

export function findBsns(text: string): Hit[] {
  return collect(BSN, text, (m) => (isBsn(m[0].replace(/\D/g, '')) ? '[BSN]' : undefined));
}

/** NL91 ABNA 0417 1643 00 (a Dutch bank account). */
const IBAN = new RegExp(String.raw`${B_BEFORE}NL[ \t]?\d{2}[ \t]?[A-Z]{4}(?:[ \t]?\d){10}${B_AFTER}`, 'gu');

export function findIbans(text: string): Hit[] {
  return collect(IBAN, text, () => '[rekeningnummer]');
}

/** 1234 AB or 1234AB (capitals; SA, SD and SS are never used). */
const POSTCODE = new RegExp(String.raw`${B_BEFORE}[1-9]\d{3}[ \t]?(?!SA|SD|SS)[A-Z]{2}${B_AFTER}`, 'gu');

export function findPostcodes(text: string): Hit[] {
  return collect(POSTCODE, text, () => '[postcode]');
}

/**
 * A street and house number: a capitalised word that ends in a street word
 * (Dorpsstraat, Van Goghlaan, Burgemeester de Withstraat, Prins Hendrikkade)
 * followed by a number with an optional letter or addition (12, 12a, 12-2,
 * 12 bis). Counted things ("Dorpsstraat 3 keer") are not addresses.
 */
const STREET_WORDS = 'straat|straatweg|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|pad|hof|baan|markt|plantsoen|wal|erf|allee|boulevard|park|ring|kwartier';
const PREFIXES = "Van|De|Den|Der|Het|Prins|Prinses|Koning|Koningin|Burgemeester|Graaf|Gravin|Sint|Oude|Nieuwe|Korte|Lange|Hoge|Lage|Eerste|Tweede|Derde|Generaal|Dokter|Pastoor|Dominee|van|de|der|den|het|ter|ten|te|'t";
const COUNTED = 'jaar|jaren|keer|maal|uur|minuten|min|seconden|dagen|dag|weken|week|maanden|maand|kinderen|kind|personen|mensen|km|kilometer|meter|m|euro|procent';
const ADDRESS = new RegExp(
  String.raw`${B_BEFORE}(?:(?:${PREFIXES})[ \t]+){0,3}\p{Lu}[\p{L}'-]*?(?:${STREET_WORDS})[ \t]+\d{1,5}(?:[ \t]?[a-zA-Z](?![\p{L}]))?(?:[ \t]?[-/][ \t]?(?:\d{1,4}|[a-zA-Z]{1,3}\b)|[ \t]+(?:bis|hs|huis|zw|I{1,3})\b)?(?![\p{N}]|[ \t]+(?:${COUNTED})\b)`,
  'gu',
);

export function findAddresses(text: string): Hit[] {
  return collect(ADDRESS, text, () => '[adres]');
}
