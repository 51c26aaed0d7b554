/**
 * --redact: personal data replaced in every output format, positions kept.
 * Unit tests on the finders and the name table, then the built CLI in all
 * five formats (each checked against the unredacted output, so the test
 * fails when a name would leak or when the fixture stopped naming anyone).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRedactor, personalDataFromText, redactText, redactedRange } from '../../src/privacy/redact.js';
import { findBsns, findPhoneNumbers, findPostcodes, findAddresses, findEmails, isBsn } from '../../src/privacy/patterns.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/toets.js');
const fixture = 'fixtures/voorbeelden/gezinsplan-met-fouten.md';

const FM = `---
type: gezinsplan
datum: 2025-11-03
kinderen:
  - naam: Ivy
    geboortedatum: 2014-07-22
  - naam: Luuk
    geboortedatum: 22-01-2019
betrokkenen:
  - naam: Chantal Maas
    rol: moeder
  - naam: Rick Maas
    rol: vader
  - naam: mevrouw Anne-Fleur de Vries
    rol: oma
  - naam: Kees Bakker
---
`;

describe('pattern finders', () => {
  it('accepts a BSN only when it passes the elfproef', () => {
    expect(isBsn('111222333')).toBe(true);
    expect(isBsn('123456782')).toBe(true);
    expect(isBsn('123456789')).toBe(false);
    expect(isBsn('000000000')).toBe(false);
    expect(findBsns('BSN 1112.22.333 en nummer 123456789.').map((h) => h.replacement)).toEqual(['[BSN]']);
  });

  it('finds Dutch phone numbers but not dates or service numbers', () => {
    const text = 'Bel 06-12345678 of (020) 123 45 67 of +31 6 1234 5678; niet 0800-2000 en niet 06-03-2019 12 uur.';
    expect(findPhoneNumbers(text).map((h) => text.slice(h.start, h.end))).toEqual(['06-12345678', '(020) 123 45 67', '+31 6 1234 5678']);
  });

  it('finds e-mail, postcode and street address; counted things are not addresses', () => {
    const text = 'Mail c.maas@voorbeeld.nl, woont Dorpsstraat 12a, 1234 AB Lindendorp. Hij liep de Dorpsstraat 3 keer op en neer.';
    expect(findEmails(text).map((h) => text.slice(h.start, h.end))).toEqual(['c.maas@voorbeeld.nl']);
    expect(findAddresses(text).map((h) => text.slice(h.start, h.end))).toEqual(['Dorpsstraat 12a']);
    expect(findPostcodes(text).map((h) => text.slice(h.start, h.end))).toEqual(['1234 AB']);
  });
});

describe('names and birth dates from the frontmatter', () => {
  const data = personalDataFromText(FM);

  it('labels people by role, children numbered, without a role by initials', () => {
    expect(data.people).toEqual([
      { naam: 'Ivy', label: 'kind 1' },
      { naam: 'Luuk', label: 'kind 2' },
      { naam: 'Chantal Maas', label: 'moeder' },
      { naam: 'Rick Maas', label: 'vader' },
      { naam: 'mevrouw Anne-Fleur de Vries', label: 'oma' },
      { naam: 'Kees Bakker', label: 'K.B.' },
    ]);
    expect(data.birthDates.map((b) => b.iso)).toEqual(['2014-07-22', '2019-01-22']);
  });

  it('replaces full names, first names, surnames, initials, possessives and double names', () => {
    const text = "Chantal Maas en C. Maas; Ivy's fiets, Luuks jas; mevrouw De Vries en Anne-Fleur; Kees zei het. De familie Maas.";
    expect(redactText(text, data)).toBe('[moeder] en [moeder]; [kind 1]\'s fiets, [kind 2]\'s jas; mevrouw [oma] en [oma]; [K.B.] zei het. De familie [achternaam].');
  });

  it('matches whole words only and is case insensitive', () => {
    expect(redactText('IVY en ivy; Ivybrug en het bos blijven.', data)).toBe('[kind 1] en [kind 1]; Ivybrug en het bos blijven.');
  });

  it('replaces birth dates in every notation the language layer reads', () => {
    expect(redactText('Geboren op 22 juli 2014, ook geschreven als 22-07-2014 of 2014-07-22; Luuk op 22 januari 2019.', data)).toBe(
      'Geboren op [geboortedatum], ook geschreven als [geboortedatum] of [geboortedatum]; [kind 2] op [geboortedatum].',
    );
  });

  it('still finds the names when the YAML is broken', () => {
    const broken = '---\ntype: gezinsplan\nkinderen:\n  - naam: Noor\n   geboortedatum: [\n---\nNoor speelt.\n';
    const r = createRedactor(personalDataFromText(broken));
    expect(r.redact('Noor speelt.')).not.toContain('Noor');
  });

  it('places a finding from the original text in the redacted text', () => {
    const line = 'Chantal Maas is een chaotische vrouw.';
    const r = createRedactor(data);
    const hits = r.hits(line);
    const edits = hits.map((h) => ({ line: 1, column: h.start + 1, endColumn: h.end + 1, length: h.replacement.length }));
    // "chaotische vrouw" starts at column 21 in the original; "[moeder]" is 4 letters shorter than "Chantal Maas".
    const moved = redactedRange({ line: 1, column: 21, endLine: 1, endColumn: 37 }, edits);
    expect(moved).toEqual({ line: 1, column: 17, endLine: 1, endColumn: 33 });
    expect(r.redact(line).slice(moved.column - 1, moved.endColumn - 1)).toBe('chaotische vrouw');
  });
});

function toets(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Everything personal in the fixture's frontmatter. */
const SECRETS = ['Ivy', 'Luuk', 'Chantal', 'Rick', 'Maas', '2014-07-22', '22-01-2019'];

function leaks(text: string): string[] {
  return SECRETS.filter((s) => new RegExp(`(?<![\\p{L}\\p{N}])${s}(?![\\p{L}\\p{N}])`, 'iu').test(text));
}

describe('toets check --redact (built CLI)', () => {
  for (const format of ['stylish', 'json', 'sarif', 'markdown', 'html']) {
    it(`leaves no name or birth date in ${format} output and keeps every finding`, () => {
      const plain = toets(['check', fixture, '--format', format]);
      const red = toets(['check', fixture, '--format', format, '--redact']);
      expect(red.err).toBe('');
      expect(red.code).toBe(plain.code);
      // The unredacted output does show personal data, so this test can fail.
      expect(leaks(plain.out).length).toBeGreaterThan(0);
      expect(leaks(red.out)).toEqual([]);
      expect(red.out).toMatch(/\[moeder\]|\[kind \d\]|\[geboortedatum\]/);
      if (format === 'json') {
        const a = JSON.parse(plain.out) as Array<{ messages: Array<{ ruleId: string; line: number; column: number }> }>;
        const b = JSON.parse(red.out) as typeof a;
        const pos = (x: typeof a) => x.flatMap((f) => f.messages.map((m) => `${m.ruleId}:${m.line}:${m.column}`));
        expect(pos(b)).toEqual(pos(a));
      }
      if (format === 'sarif') {
        const fp = (s: string) =>
          (JSON.parse(s) as { runs: Array<{ results: Array<{ partialFingerprints?: Record<string, string> }> }> }).runs[0]!.results.map((r) => r.partialFingerprints);
        // Made from the redacted text (never from the names): as many, none the same as without --redact.
        expect(fp(red.out).length).toBe(fp(plain.out).length);
        const plainPrints = new Set(fp(plain.out).map((p) => JSON.stringify(p)));
        expect(fp(red.out).filter((p) => plainPrints.has(JSON.stringify(p)))).toEqual([]);
      }
    });
  }

  it('does not change the input file', () => {
    const before = readFileSync(join(root, fixture), 'utf8');
    toets(['check', fixture, '--redact', '--format', 'html']);
    expect(readFileSync(join(root, fixture), 'utf8')).toBe(before);
  });
});
