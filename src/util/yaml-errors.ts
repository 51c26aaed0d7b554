/**
 * Dutch explanations of the `yaml` library's error codes, for the frontmatter
 * and the configuration file. The library's own (English) text is never shown.
 */
const MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'een sleutel staat er twee keer in.',
  BAD_INDENT: 'controleer de inspringing: sleutels op hetzelfde niveau staan recht onder elkaar.',
  MISSING_CHAR: 'er ontbreekt een teken, bijvoorbeeld een dubbele punt na een sleutel of een sluitend haakje of aanhalingsteken.',
  BLOCK_AS_IMPLICIT_KEY: 'een sleutel loopt over meer regels; zet na elke sleutel een dubbele punt en een spatie.',
  MULTILINE_IMPLICIT_KEY: 'een sleutel loopt over meer regels; zet na elke sleutel een dubbele punt en een spatie.',
  TAB_AS_INDENT: 'gebruik spaties, geen tabs, om in te springen.',
  BAD_DQ_ESCAPE: 'een tekst tussen dubbele aanhalingstekens bevat een ongeldige \\-code; gebruik enkele aanhalingstekens.',
  BAD_SCALAR_START: 'een waarde begint met een teken dat in YAML iets anders betekent (zoals @, ` of %); zet de waarde tussen aanhalingstekens.',
  BLOCK_IN_FLOW: 'binnen [ ] of { } mag geen lijst of blok op nieuwe regels staan.',
  UNEXPECTED_TOKEN: 'hier staat een teken dat niet past; zet de waarde tussen aanhalingstekens als het gewone tekst is.',
  KEY_OVER_1024_CHARS: 'een sleutel is langer dan 1024 tekens.',
  MULTIPLE_DOCS: 'er staan meer YAML-documenten (---) in; gebruik er één.',
  BAD_ALIAS: 'een verwijzing (*naam) is ongeldig.',
  ALIAS_PROPS: 'een verwijzing (*naam) mag geen eigen label of anker hebben.',
  BAD_DIRECTIVE: 'een regel die met % begint, is geen geldige YAML-aanwijzing.',
  BAD_PROP_ORDER: 'een anker (&) of label (!) staat op de verkeerde plek.',
  MULTIPLE_ANCHORS: 'een waarde heeft meer dan één anker (&).',
  MULTIPLE_TAGS: 'een waarde heeft meer dan één label (!).',
  NON_STRING_KEY: 'een sleutel moet gewone tekst zijn.',
  TAG_RESOLVE_FAILED: 'een label (!) is onbekend; laat het weg.',
  BAD_COLLECTION_TYPE: 'een lijst of blok heeft het verkeerde soort label.',
  IMPOSSIBLE: 'de YAML kon niet worden gelezen.',
};

export function yamlErrorInDutch(code: string): string {
  return MESSAGES[code] ?? 'de YAML kon niet worden gelezen; controleer inspringing, dubbele punten en aanhalingstekens.';
}

/** Keys that would reach an object's prototype: never allowed in a file toets reads. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first forbidden key in parsed YAML data, if any. */
export function forbiddenKeyPath(value: unknown, path: string[] = [], depth = 0): string[] | undefined {
  if (depth > 64 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = forbiddenKeyPath(value[i], [...path, String(i)], depth + 1);
      if (hit) return hit;
    }
    return undefined;
  }
  for (const key of Object.getOwnPropertyNames(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [...path, key];
    const hit = forbiddenKeyPath((value as Record<string, unknown>)[key], [...path, key], depth + 1);
    if (hit) return hit;
  }
  return undefined;
}
