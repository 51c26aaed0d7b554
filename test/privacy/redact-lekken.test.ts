/**
 * --redact against a corpus of leaks (test/privacy/fixtures/lekken): people
 * named only in the text, schools, extra frontmatter fields, HTML comments,
 * Unicode tricks, malformed frontmatter, numbers in foreign and loose
 * notations, written-out dates, excerpts cut inside a number, word diffs in
 * `toets vergelijk`, YAML warnings on stderr; and fingerprints computed on the
 * redacted text. Every check is made against the unredacted output too, so
 * the test fails when the corpus stops showing the personal data.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, RunSummary } from '../../src/engine/types.js';
import { createRedactor, personalDataFromText, redactSummary, redactText, redactedRange } from '../../src/privacy/redact.js';
import { loadReporter } from '../../src/reporters/index.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/toets.js');
const dir = 'test/privacy/fixtures/lekken';
const lekken = readFileSync(join(root, dir, 'lekken.md'), 'utf8');

/** Everything personal in the corpus (names, schools, numbers, birth dates), as written in it. */
const SECRETS = [
  'İpek', 'Ipek', 'Yılmaz', 'Yilmaz', 'Zoë', 'Zoe', 'Bianchi', 'Ayşe', 'Ayse', 'Marco', 'Pietersen', 'Regenboog',
  'Stedelijk Lyceum', 'Gerrit-Jan', 'Wolters', 'Wendelien', 'Kuipers', 'Roelof', 'Hiemstra', 'Annemiek', 'Dijkstra',
  'Femke', 'Hoekstra', 'Kevin', 'Smit', 'Petra', 'Smits', 'Joost', 'Henk',
  'Sem', 'Noor', 'Verhoeven', 'Kramer', 'Lisa', 'Daantje', 'Hofstede', 'Quirijn', 'Lammers',
  'Brouwer', 'Vermeulen', 'Bloemendaal',
];
const NUMBERS = [
  '470123456', '301234567', '5321234567', '0612345678', '0201234567', '123456782', '111222333',
  'NL91ABNA0417164300', 'BE68539007547034', 'DE89370400440532013000', '1234AB', '5678CD', 'Grote Markt 5', 'Spui 21',
  '2014-06-02', '2 juni 2014', "2-6-'14", 'twee juni tweeduizendveertien', '9-11-2016', '2016-11-09', '12-04-2013',
];

/** Lowercase, without accents, soft hyphens or zero-width characters. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/[\p{M}\p{Cf}]/gu, '').replace(/ı/g, 'i').toLowerCase();
}

/** The personal strings that occur in `text`: names as whole words, numbers with any separators. */
function leaks(text: string): string[] {
  const t = fold(text);
  const found: string[] = [];
  for (const s of SECRETS) if (new RegExp(`(?<![\\p{L}\\p{N}])${fold(s)}(?![\\p{L}\\p{N}])`, 'u').test(t)) found.push(s);
  for (const n of NUMBERS) {
    const parts = fold(n).replace(/[^\p{L}\p{N}']/gu, '').split('');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${parts.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s./\\-()]*')}(?![\\p{N}])`, 'u');
    if (re.test(t)) found.push(n);
  }
  return found;
}

function toets(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('people and places named only in the text', () => {
  const r = createRedactor(personalDataFromText(lekken));

  it('replaces a name after a title or role word, and the same name later on its own', () => {
    const out = r.redact('Volgens juf Petra Smits en meester Joost belde Dr. H. Pietersen met oom Henk. Later zei Smits niets.');
    expect(leaks(out)).toEqual([]);
    expect(out).toMatch(/^Volgens juf \[/);
    expect(out).toContain('oom [');
  });

  it('replaces a first name from the list of first names with the surname after it', () => {
    const out = r.redact('Moeder heeft een nieuwe partner, Kevin Smit. Smit werkt.');
    expect(out).toBe('Moeder heeft een nieuwe partner, [K.S.]. [K.S.] werkt.');
  });

  it('replaces school names, with or without a school word before them', () => {
    const out = r.redact('Zij zit op basisschool De Regenboog; haar neef gaat naar het Stedelijk Lyceum. De Regenboog belt.');
    expect(leaks(out)).toEqual([]);
    expect(out).toMatch(/op (?:basisschool )?\[school\]; haar neef gaat naar het \[school\]\. \[school\] belt\./);
  });

  it('keeps ordinary capitalised words, headings and the author', () => {
    const text = 'Moeder zegt dat de school belt. Volgens de leerkracht Nederlands gaat het goed. J. Visser schreef dit; mevrouw Visser belde Veilig Thuis.';
    expect(r.redact(text)).toBe(text);
  });
});

describe('names from the frontmatter, however they are written', () => {
  const r = createRedactor(personalDataFromText(lekken));

  it('matches a Turkish dotted capital, NFD, a soft hyphen and a zero-width space', () => {
    const out = r.redact('İpek, Ipek, ipek, Zoe\u0308, Yıl\u00ADmaz en İp\u200Bek.');
    expect(out).toBe('[kind 1], [kind 1], [kind 1], [kind 2], [achternaam] en [kind 1].');
  });

  it('treats names in unknown fields, besproken, correcties and bronnen as personal', () => {
    const out = r.redact('Dr. H. Pietersen, Gerrit-Jan Wolters, Wendelien Kuipers, Roelof Hiemstra, Annemiek Dijkstra, Femke Hoekstra; Veilig Thuis.');
    expect(leaks(out)).toEqual([]);
    expect(out).toContain('Veilig Thuis');
  });

  it('keeps the document type in a title and an organisation that is a source', () => {
    const text = '---\ntype: gezinsplan\ntitel: Gezinsplan Noor Bakker\ndatum: 2025-01-01\nbronnen:\n  - id: a\n    van: Politie Eenheid Voorbeeld\n---\n\nTekst.\n';
    const out = createRedactor(personalDataFromText(text)).redact('Het gezinsplan en de Politie Eenheid Voorbeeld; Noor Bakker.');
    expect(out).toBe('Het gezinsplan en de Politie Eenheid Voorbeeld; [N.B.].');
  });

  it('reads children written as one line and people written as a map', () => {
    const text = readFileSync(join(root, dir, 'kinderen-tekst.md'), 'utf8');
    const out = createRedactor(personalDataFromText(text)).redact('Sem, Noor, Lisa Verhoeven, Verhoeven, Tom Kramer.');
    expect(out).toBe('[kind 1], [kind 2], [moeder], [moeder], [vader].');
  });

  it('joins voornaam and achternaam, and reads a person written as a map key', () => {
    const text = readFileSync(join(root, dir, 'voornaam-achternaam.md'), 'utf8');
    const out = createRedactor(personalDataFromText(text)).redact('Daantje Hofstede, Hofstede, Quirijn en Lammers; geboren 12-04-2013.');
    expect(out).toBe('[kind], [kind], [vader] en [vader]; geboren [geboortedatum].');
  });
});

describe('numbers, addresses and dates in every common notation', () => {
  const r = createRedactor(personalDataFromText(lekken));
  const cases: Array<[string, string]> = [
    ['+32 470 12 34 56', '[telefoonnummer]'],
    ['+49 30 1234567', '[telefoonnummer]'],
    ['+90 532 123 45 67', '[telefoonnummer]'],
    ['06.12.34.56.78', '[telefoonnummer]'],
    ['020/123 45 67', '[telefoonnummer]'],
    ['06/12345678', '[telefoonnummer]'],
    ['123-456-782', '[BSN]'],
    ['1112 22 333', '[BSN]'],
    ['nl91abna0417164300', '[rekeningnummer]'],
    ['BE68 5390 0754 7034', '[rekeningnummer]'],
    ['DE89 3704 0044 0532 0130 00', '[rekeningnummer]'],
    ['1234 ab Lindendorp', '[postcode] Lindendorp'],
    ['5678cd', '[postcode]'],
    ['2 juni 2014', '[geboortedatum]'],
    ["2-6-'14", '[geboortedatum]'],
    ['twee juni tweeduizendveertien', '[geboortedatum]'],
    ['9-11-2016', '[geboortedatum]'],
  ];
  for (const [input, expected] of cases) {
    it(`replaces ${input}`, () => {
      expect(r.redact(`Zie ${input}, dan.`)).toBe(`Zie ${expected}, dan.`);
    });
  }

  it('replaces an address without a street word after a word for living there', () => {
    expect(r.redact('Oma woont aan de Grote Markt 5 en vader woont op het Spui 21.')).toBe('Oma woont aan de [adres] en vader woont op het [adres].');
  });

  it('keeps dates, years, counts and chapter numbers that are not personal', () => {
    const text = 'Op 3 maart 2025 en in 2014 en 2015; hoofdstuk 21, groep 7, artikel 1:255 BW, 0800-2000 en 06-03-2019 12 uur.';
    expect(r.redact(text)).toBe(text);
  });
});

/** One finding per non-empty line of the corpus, its excerpt cut as the engine cuts it. */
function lineSummary(source: string): RunSummary {
  const messages: Finding[] = [];
  source.split('\n').forEach((line, i) => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (!text) return;
    const excerpt = text.length > 200 ? text.slice(0, 199) + '…' : text;
    messages.push({
      ruleId: 'feit-mening',
      severity: 1,
      message: `Deze zin is een oordeel: '${excerpt.slice(0, 60)}'.`,
      line: i + 1,
      column: 1,
      endLine: i + 1,
      endColumn: line.length + 1,
      excerpt,
      fingerprint: createHash('sha1').update(`feit-mening\0${excerpt}`).digest('hex'),
    });
  });
  return {
    results: [{ filePath: 'lekken.md', messages, suppressedMessages: [], errorCount: 0, warningCount: messages.length, source }],
    rules: [],
    errorCount: 0,
    warningCount: messages.length,
  } as unknown as RunSummary;
}

describe('every reporter on every line of the corpus', () => {
  const plain = lineSummary(lekken);
  const red = redactSummary(plain);
  for (const format of ['stylish', 'json', 'sarif', 'html', 'markdown']) {
    it(`shows no personal data in ${format}`, async () => {
      const reporter = (await loadReporter(format))!;
      const opts = { cwd: root, color: false, quiet: false };
      expect(leaks(String(await reporter(plain, opts))).length).toBeGreaterThan(10);
      expect(leaks(String(await reporter(red, opts)))).toEqual([]);
    });
  }

  it('cuts an excerpt after redacting it, so no part of a number is left', () => {
    const long = red.results[0]!.messages.find((m) => m.excerpt.includes('grens valt'))!;
    // The number lies across the cut: redacted first, then cut, so no digit of it is left.
    expect(long.excerpt).toMatch(/grens valt: (?:\[telefoonnummer\].*)?…$/);
    expect(long.excerpt).not.toMatch(/\d/);
  });

  it('keeps every position and places it on the same text in the redacted source', () => {
    const r = createRedactor(personalDataFromText(lekken));
    const lines = lekken.split('\n');
    const redLines = red.results[0]!.source!.split('\n');
    expect(redLines.length).toBe(lines.length);
    const edits = red.results[0]!.sourceEdits!;
    for (const [i, f] of red.results[0]!.messages.entries()) {
      const o = plain.results[0]!.messages[i]!;
      expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([o.line, o.column, o.endLine, o.endColumn]);
      const at = redactedRange(f, edits);
      expect(redLines[f.line - 1]!.slice(at.column - 1, at.endColumn - 1)).toBe(redLines[f.line - 1]);
    }
    // A phrase after a replaced name lands on the same words.
    const n = lines.findIndex((l) => l.startsWith('Moeder heeft sinds kort'));
    const col = lines[n]!.indexOf('Smit is een') + 'Smit is een '.length + 1;
    const at = redactedRange({ line: n + 1, column: col, endLine: n + 1, endColumn: col + 'agressieve man'.length }, edits);
    expect(redLines[n]!.slice(at.column - 1, at.endColumn - 1)).toBe('agressieve man');
    expect(r.redact(lines[n]!)).toBe(redLines[n]);
  });

  it('replaces the text of HTML comments in the document', () => {
    expect(red.results[0]!.source).toContain('<!-- [opmerking] -->');
  });
});

describe('fingerprints under --redact', { timeout: 0 }, () => {
  const doc = (moeder: string, kind: string) =>
    `---\ntype: gezinsplan\ndatum: 2025-03-14\nkinderen:\n  - naam: ${kind}\nbetrokkenen:\n  - naam: ${moeder}\n    rol: moeder\n---\n\n## Feiten\n\n${moeder} is een chaotische vrouw en ${kind} is duidelijk bang.\n`;
  const tmp = mkdtempSync(join(tmpdir(), 'toets-vingerafdruk-'));
  writeFileSync(join(tmp, 'a.md'), doc('Chantal Maas', 'Ivy'));
  writeFileSync(join(tmp, 'b.md'), doc('Sandra Bos', 'Luuk'));
  const fingerprints = (file: string, redact: boolean) => {
    const out = toets(['check', join(tmp, file), '--format', 'sarif', ...(redact ? ['--redact'] : [])]).out;
    const log = JSON.parse(out) as { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }> };
    return log.runs[0]!.results.map((x) => Object.values(x.partialFingerprints)[0]);
  };

  it('are computed on the redacted text: documents that differ only in names get the same ones', () => {
    const a = fingerprints('a.md', true);
    expect(a.length).toBeGreaterThan(0);
    expect(fingerprints('b.md', true)).toEqual(a);
    // Without --redact they differ (they are made from the names), so this test can fail.
    expect(fingerprints('b.md', false)).not.toEqual(fingerprints('a.md', false));
  });

  it('are the same in every run and differ from the unredacted ones', () => {
    expect(fingerprints('a.md', true)).toEqual(fingerprints('a.md', true));
    const plain = new Set(fingerprints('a.md', false));
    expect(fingerprints('a.md', true).some((f) => plain.has(f))).toBe(false);
  });

  it('in JSON too', () => {
    const fp = (file: string) =>
      (JSON.parse(toets(['check', join(tmp, file), '--format', 'json', '--redact']).out) as Array<{ messages: Array<{ fingerprint: string }> }>)[0]!.messages.map((m) => m.fingerprint);
    expect(fp('b.md')).toEqual(fp('a.md'));
  });
});

describe('the built CLI on the corpus', { timeout: 0 }, () => {
  const files = readdirSync(join(root, dir)).map((f) => join(dir, f));
  for (const format of ['stylish', 'json', 'sarif', 'html', 'markdown']) {
    it(`toets check --redact --format ${format} shows no personal data, on stdout or stderr`, () => {
      const plain = toets(['check', ...files, '--format', format]);
      const red = toets(['check', ...files, '--format', format, '--redact']);
      expect(leaks(plain.out + plain.err).length).toBeGreaterThan(0);
      expect(leaks(red.out)).toEqual([]);
      expect(leaks(red.err)).toEqual([]);
      expect(red.code).toBe(plain.code);
    });
  }

  for (const format of ['stylish', 'json', 'markdown', 'html']) {
    it(`toets vergelijk --redact --format ${format} spells no old or new name, also in word diffs`, () => {
      const args = ['vergelijk', 'test/privacy/fixtures/vergelijk/oud.md', 'test/privacy/fixtures/vergelijk/nieuw.md', '--format', format];
      const plain = toets(args);
      const red = toets([...args, '--redact']);
      expect(leaks(plain.out)).toEqual(expect.arrayContaining(['Brouwer', 'Vermeulen']));
      expect(leaks(red.out)).toEqual([]);
      expect(leaks(red.err)).toEqual([]);
    });
  }

  it('prints no YAML library warning that quotes the frontmatter', () => {
    const r = toets(['check', join(dir, 'lekken.md'), '--format', 'json']);
    expect(r.err).not.toMatch(/Hoekstra|Warning/);
  });
});

it('redactText is a pure function of the text and the personal data', () => {
  const data = personalDataFromText(lekken);
  expect(redactText('Kevin Smit', data)).toBe(redactText('Kevin Smit', data));
});
