/**
 * Property-based robustness: for any input — random unicode, or random
 * gezinsplannen with broken frontmatter, CRLF, suppression comments and
 * the like — linting never throws, never hangs, is deterministic, and
 * every finding points at a place that exists in the text the engine saw.
 * Also: lexicon entries from config are words, never regular expressions.
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/index.js';
import { createLinter } from '../../src/engine/index.js';
import type { FileResult, Finding } from '../../src/engine/types.js';
import { createTaal } from '../../src/taal/create.js';
import { normalize, PhraseSet } from '../../src/taal/lexicon.js';
import { doc, FM_LINES, lintWith } from '../helpers.js';
// @ts-expect-error a plain ES module shared with scripts/bench.mjs
import { adversarialInputs } from '../../scripts/adversarial-inputs.mjs';

const ADVERSARIAL: [string, string][] = adversarialInputs(0.2);

const root = resolve(__dirname, '../..');
const shared = createLinter(defaultConfig(root));

// ---------------------------------------------------------------------------
// Lines as the engine sees them

/** lintText (what lintWith uses): CRLF and lone CR become LF, nothing else changes. */
function linesOfText(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** lintBytes: mirrors src/document/decode.ts — the BOM is dropped, then CRLF/CR → LF. */
function linesOfBytes(bytes: Uint8Array): string[] {
  let name: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) [name, body] = ['utf-16le', bytes.subarray(2)];
  else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) [name, body] = ['utf-16be', bytes.subarray(2)];
  return linesOfText(new TextDecoder(name).decode(body));
}

/** Every finding lies inside the text; returns the problems (empty = all fine), so a failure shows them. */
function outOfBounds(lines: string[], findings: Finding[]): string[] {
  const problems: string[] = [];
  for (const f of findings) {
    const where = `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
    const ints = [f.line, f.column, f.endLine, f.endColumn].every((n) => Number.isInteger(n));
    if (!ints) problems.push(`${where}: not integers`);
    else if (f.line < 1 || f.line > lines.length) problems.push(`${where}: line outside 1..${lines.length}`);
    else if (f.endLine < f.line || f.endLine > lines.length) problems.push(`${where}: endLine outside ${f.line}..${lines.length}`);
    else if (f.column < 1 || f.column > lines[f.line - 1]!.length + 1) problems.push(`${where}: column outside 1..${lines[f.line - 1]!.length + 1}`);
    else if (f.endColumn < 1 || f.endColumn > lines[f.endLine - 1]!.length + 1) problems.push(`${where}: endColumn outside 1..${lines[f.endLine - 1]!.length + 1}`);
    else if (f.endLine === f.line && f.endColumn < f.column) problems.push(`${where}: ends before it starts`);
    if (typeof f.fingerprint !== 'string' || !/^[0-9a-f]+$/.test(f.fingerprint)) problems.push(`${where}: fingerprint ${String(f.fingerprint)}`);
  }
  return problems;
}

const allFindings = (r: FileResult) => [...r.messages, ...r.suppressedMessages];

/**
 * Let the event loop run: linting is synchronous, and a property test that runs it a hundred times
 * in one chain of promises would keep vitest's worker from answering its runner (an RPC time-out on
 * a loaded machine, though nothing is wrong).
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The checks every input must pass (lintWith path). */
async function checkText(text: string): Promise<void> {
  await breathe();
  const first = await lintWith(text);
  expect(outOfBounds(linesOfText(text), allFindings(first))).toEqual([]);
  const second = await lintWith(text);
  expect(second.messages).toEqual(first.messages);
  expect(second.suppressedMessages).toEqual(first.suppressedMessages);
  // The same linter twice (warm caches) gives the same answer as a fresh one.
  const linter = await shared;
  const warm1 = linter.lintText(text, 'test.md').result;
  const warm2 = linter.lintText(text, 'test.md').result;
  expect(warm1.messages).toEqual(first.messages);
  expect(warm2.messages).toEqual(first.messages);
  expect(warm2.suppressedMessages).toEqual(first.suppressedMessages);
}

// ---------------------------------------------------------------------------
// Generators

const WORDS = [
  'Sem', 'Lisa', 'Tom', 'Ivy', 'vader', 'moeder', 'ouders', 'de', 'het', 'een', 'is', 'was', 'lijkt', 'altijd', 'nooit',
  'ADHD', 'autisme', 'ADHD-achtig', 'in 2019', 'in maart 2020', 'sinds 2018', 'nog steeds', 'toen Sem twee was',
  'agressief', 'chaotisch', 'onverantwoordelijk', 'waarschijnlijk', 'boos', 'bang', 'schreeuwt', 'drinkt', 'zegt', 'vindt',
  'volgens', 'de school', 'de mentor', 'Veilig Thuis', 'dat', 'niet', 'goed', 'zorgt', 'voor', 'kinderen', 'thuis', 'op zijn twaalfde',
  'zich', 'zorgen', 'helpt', 'met', 'huiswerk', ',', '"', '(', ')', '…', '-', '0612345678', 'sem@voorbeeld.nl', '1234 AB',
  'NL91ABNA0417164300', '[@school-2025]', '[@vt-2019]', '[@onbekend]', '[^1]', '[^2]', '*nadruk*', '**vet**', '`code`',
  '[link](https://voorbeeld.nl)', '<b>', 'é', '😀', '\u200b', '\u00a0',
];

const sentence = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }), fc.constantFrom('.', '!', '?', '', ':', '...'))
  .map(([ws, end]) => {
    const s = ws.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + end;
  });

const heading = fc
  .tuple(
    fc.constantFrom('#', '##', '###', '####'),
    fc.constantFrom('Feiten', 'Krachten', 'Analyse', 'Zorgen', 'Wat gaat goed', 'Wat lukt er al', 'Bronnen', 'Aanleiding', 'Zienswijze ouders', 'Doelen', 'Feiten [@vt-2019]', '', 'Feiten en analyse'),
  )
  .map(([h, t]) => `${h} ${t}`);

const COMMENTS = [
  '<!-- toets-disable-next-line feit-mening -- reden -->',
  '<!-- toets-disable-next-line feit-mening,bronvermelding -- de ouders lazen dit mee -->',
  '<!-- toets-disable-next-line -->',
  '<!-- toets-disable-next-line onbekende-regel -- x -->',
  '<!-- toets-disable feit-mening -- blok -->',
  '<!-- toets-enable feit-mening -->',
  '<!-- toets-disable -->',
  '<!-- toets-enable -->',
  '<!-- toets-disable-line krachten -->',
  '<!-- gewone opmerking -->',
  '<!-- niet afgesloten',
  '-->',
];

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: heading },
  { weight: 6, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' ')) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '1. ', '  - ', '- [ ] '), fc.array(sentence, { minLength: 1, maxLength: 4 })).map(([m, ss]) => ss.map((s) => m + s).join('\n')) },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 2, maxLength: 4 }).map((ss) => `| ${ss[0]} | ${ss[1]} |\n|---|---|\n${ss.slice(2).map((s) => `| ${s} | x |`).join('\n')}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '```yaml', '~~~', '    '), sentence, fc.boolean()).map(([f, s, closed]) => (f.trim() ? `${f}\n${s}\n${closed ? f.slice(0, 3) : ''}` : `${f}${s}`)) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('> ', '>> ', '> > '), sentence).map(([q, s]) => q + s) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('[^1]: ', '[^2]: ', '[^x]: '), sentence).map(([f, s]) => f + s) },
  { weight: 2, arbitrary: fc.constantFrom(...COMMENTS) },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '', '   ', '\t', '<div>', '</div>', '[@school-2025]: x', '\\', '&amp;', '&#0;') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

const person = fc.record({
  naam: fc.constantFrom('Sem', 'Ivy de Vries', 'Luuk', 'Lisa', 'Tom', '', "'", '(a+)+$', 'Jan-Peter van den Berg'),
  datum: fc.constantFrom('2014-06-02', '22-01-2019', '2030-01-01', '2014-02-30', 'onbekend', '2019'),
  rol: fc.constantFrom('moeder', 'vader', 'pleegouder', 'oma', 'mentor', '', 'stiefvader'),
});

const validFrontmatter = fc
  .record({
    type: fc.constantFrom('gezinsplan', 'raadsrapport', 'anders'),
    datum: fc.constantFrom('2025-03-14', '2019-01-01', '14-03-2025', 'gisteren', '2025-02-30', '"2025-03-14"'),
    kinderen: fc.array(person, { maxLength: 3 }),
    betrokkenen: fc.array(person, { maxLength: 3 }),
    bronnen: fc.array(
      fc.record({
        id: fc.constantFrom('school-2025', 'vt-2019', 'accare-2022', 'x', ''),
        soort: fc.constantFrom('verslag', 'rapport', 'diagnostisch-onderzoek', 'brief', '42'),
        van: fc.constantFrom('De Regenboog', 'Veilig Thuis', 'Accare', ''),
        datum: fc.constantFrom('2025-02-01', '2019-05-01', 'ooit'),
      }),
      { maxLength: 4 },
    ),
  })
  .map((fm) => {
    const lines = [`type: ${fm.type}`, `datum: ${fm.datum}`];
    if (fm.kinderen.length) lines.push('kinderen:', ...fm.kinderen.flatMap((k) => [`  - naam: ${k.naam}`, `    geboortedatum: ${k.datum}`]));
    if (fm.betrokkenen.length) lines.push('betrokkenen:', ...fm.betrokkenen.flatMap((b) => [`  - naam: ${b.naam}`, `    rol: ${b.rol}`]));
    if (fm.bronnen.length) {
      lines.push('bronnen:', ...fm.bronnen.flatMap((b) => [`  - id: ${b.id}`, `    soort: ${b.soort}`, `    van: ${b.van}`, `    datum: ${b.datum}`]));
    }
    return lines.join('\n') + '\n';
  });

const BROKEN_FRONTMATTER = [
  'type: [gezinsplan\n',
  '- type: gezinsplan\n- datum: 2025-01-01\n',
  'type: gezinsplan\ndatum: gisteren\n',
  'type: gezinsplan\nkinderen: Sem\n',
  'type: gezinsplan\nkinderen:\n  - 42\n  - null\n  - [Sem]\n',
  'type: gezinsplan\nbronnen: {id: x}\n',
  'type: gezinsplan\nbronnen:\n  - id: [a, b]\n    datum: {}\n',
  'datum: [2025]\ntype: 7\n',
  'betrokkenen:\n  - naam: null\n    rol: [moeder]\n',
  'basis: &b\n  naam: Sem\n  geboortedatum: 2014-06-02\nkinderen:\n  - *b\n  - *b\n  - <<: *b\n    naam: Ivy\n',
  'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n',
  'kinderen: *onbekend\n',
  'type: gezinsplan\ntype: raadsrapport\n',
  '\t type: gezinsplan\n',
  '"niet afgesloten\n',
  '? [complexe, sleutel]\n: waarde\n',
  '!!binary aGFsbG8=\n',
  'type: !!js/function "function(){}"\n',
  '%YAML 1.2\n---\ntype: gezinsplan\n',
  '...\n',
  'kinderen:\n' + '  - naam: Sem\n'.repeat(200),
];

const frontmatter = fc.oneof(
  { weight: 4, arbitrary: validFrontmatter.map((fm) => `---\n${fm}---\n`) },
  { weight: 3, arbitrary: fc.constantFrom(...BROKEN_FRONTMATTER).map((fm) => `---\n${fm}---\n`) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }).map((fm) => `---\n${fm}\n---\n`) },
  { weight: 1, arbitrary: validFrontmatter.map((fm) => `---\n${fm}`) }, // never closed
  { weight: 1, arbitrary: fc.constantFrom('', '---\n---\n', '---\n', '+++\ntype = "x"\n+++\n') },
);

const structuredDoc = fc
  .tuple(frontmatter, fc.array(piece, { maxLength: 14 }), fc.constantFrom('\n\n', '\n', '\n\n\n'), fc.constantFrom('\n', '\n', '\r\n', '\r'), fc.boolean())
  .map(([fm, pieces, sep, eol, finalNewline]) => {
    const text = fm + pieces.join(sep) + (finalNewline ? '\n' : '');
    return eol === '\n' ? text : text.replace(/\n/g, eol);
  });

/** Characters that stress the Markdown and sentence layers, including lone surrogates. */
const nastyUnit = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\r', '\n', '\r\n', '[', ']', '(', ')', '@', '^', '-', '*', '_', '`', '<', '>', '!', '|', '#', ' ', '\t', '\u2028', '\ufeff', '\u0000'),
);

// ---------------------------------------------------------------------------

describe('robustness properties (fast-check)', () => {
  it('arbitrary grapheme strings: no throw, findings inside the text, deterministic, no hang', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), checkText), { numRuns: 60, seed: 20250314 });
  });

  it('arbitrary code points (binary), lone surrogates and Markdown syntax characters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: nastyUnit, maxLength: 300 })), checkText),
      { numRuns: 60, seed: 42 },
    );
  });

  it('the same random documents, but in frontmatter + body of a real plan', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: nastyUnit, maxLength: 200 }), (s) => checkText(doc(`## Feiten\n\n${s}\n\n## Krachten\n\n${s}\n`))),
      { numRuns: 40, seed: 7 },
    );
  });

  it('structured documents (frontmatter valid or broken, headings, lists, tables, fences, quotes, footnotes, comments, CRLF)', async () => {
    await fc.assert(fc.asyncProperty(structuredDoc, checkText), { numRuns: 150, seed: 1 });
  });

  it('structured documents with unseeded runs (new cases each time)', async () => {
    await fc.assert(fc.asyncProperty(structuredDoc, checkText), { numRuns: 50 });
  });

  it('bytes: UTF-8, UTF-8+BOM, UTF-16LE/BE+BOM give the findings of the decoded text, inside the lines decode.ts yields', async () => {
    const linter = await shared;
    const encode = (text: string, enc: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be'): Uint8Array => {
      if (enc === 'utf-8') return new TextEncoder().encode(text);
      if (enc === 'utf-8-bom') return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
      const out = new Uint8Array(2 + text.length * 2);
      out.set(enc === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]);
      for (let i = 0; i < text.length; i++) {
        const [lo, hi] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
        out[2 + 2 * i] = enc === 'utf-16le' ? lo : hi;
        out[3 + 2 * i] = enc === 'utf-16le' ? hi : lo;
      }
      return out;
    };
    await fc.assert(
      fc.asyncProperty(
        // No NUL (that makes a file binary) and no leading U+FEFF (that is a BOM for decode, text for lintText).
        structuredDoc.map((t) => t.replace(/\u0000/g, '').replace(/^\ufeff+/, '')),
        fc.constantFrom('utf-8' as const, 'utf-8-bom' as const, 'utf-16le' as const, 'utf-16be' as const),
        async (text, enc) => {
          await breathe();
          const bytes = encode(text, enc);
          const r = linter.lintBytes(bytes, 'test.md').result;
          expect(r.fatal).toBeUndefined();
          expect(outOfBounds(linesOfBytes(bytes), allFindings(r))).toEqual([]);
          const asText = linter.lintText(text, 'test.md').result;
          expect(r.messages).toEqual(asText.messages);
          expect(r.suppressedMessages).toEqual(asText.suppressedMessages);
        },
      ),
      { numRuns: 60, seed: 99 },
    );
  });

  it('the bounds check itself rejects a finding past the end of its line (so the properties can fail)', () => {
    const f: Finding = { ruleId: 'x', severity: 1, message: 'm', line: 2, column: 4, endLine: 2, endColumn: 4, excerpt: '', fingerprint: 'ab' };
    expect(outOfBounds(linesOfText('abc\r\nde'), [f])).toEqual(['x 2:4-2:4: column outside 1..3']);
    expect(outOfBounds(linesOfText('abc\r\ndef'), [f])).toEqual([]);
    expect(outOfBounds(linesOfText('abc\r\ndef'), [{ ...f, line: 3, endLine: 3 }])).toEqual(['x 3:4-3:4: line outside 1..2']);
    expect(outOfBounds(linesOfText('abc\r\ndef'), [{ ...f, endLine: 1 }])).toEqual(['x 2:4-1:4: endLine outside 2..2']);
    expect(linesOfBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x62, 0x0d, 0x63]))).toEqual(['a', 'b', 'c']);
    expect(linesOfBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x0d, 0x00, 0x0a, 0x00]))).toEqual(['a', '']);
    expect(linesOfText('\ufeffa\rb')).toEqual(['\ufeffa', 'b']);
  });
});

// ---------------------------------------------------------------------------


// Their speed is measured by `npm run bench` (section "vijandige invoer"); here: handled correctly.
describe('adversarial inputs (catastrophic backtracking)', () => {
  beforeEach(breathe);
  it.each(ADVERSARIAL)('%s: alone, every finding inside the text', async (_name, payload) => {
    const value = await lintWith(payload);
    expect(outOfBounds(linesOfText(payload), allFindings(value))).toEqual([]);
  });

  it.each(ADVERSARIAL)('%s: in the Feiten of a plan, every finding inside the text', async (_name, payload) => {
    const text = doc(`## Feiten\n\n${payload}\n\n## Krachten\n\nMoeder ${payload}\n`);
    const value = await lintWith(text);
    expect(outOfBounds(linesOfText(text), allFindings(value))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Lexicon entries from config are taken literally

const HOSTILE = ['(a+)+$', '.*.*.*=.*', '[', '\\', '(?<x>', 'a.c', '(a|a)*b', '^', '$', '.', '.*', '\\b', '[^]', '(?=a)', 'a{1,99999}', '*', '+', '?'];
/** A phrase entry with many gaps ('...' = up to six words): exponential without memoisation. */
const MANY_GAPS = Array.from({ length: 12 }, () => 'a').join(' ... ') + ' b';
const LEXICONS = [
  'meningswoorden', 'hedges', 'generalisaties', 'binnenwereld', 'schrijversmening', 'duiding', 'beeldspraak-oordeel',
  'beeldspraak-binnenwereld', 'persoonswoorden', 'beschrijvende-bijvoeglijke-naamwoorden', 'attributie-werkwoorden',
  'opinie-werkwoorden', 'documenten', 'organisaties', 'rollen', 'negaties', 'diagnoses',
  'normatief', 'behoeften', 'evaluatief', 'situatie-oordeel', 'situatiewoorden', 'inzichtwoorden', 'karaktertrekken',
];
const FEITEN = (body: string) => doc(`## Feiten\n\n${body}\n`);
const line = FM_LINES + 3; // the first body line after "## Feiten" and a blank line
const shape = (r: FileResult) => r.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.message]);

describe('config lexicon entries are literal words, never regular expressions', () => {
  const sample = FEITEN('Moeder is abc tegen Sem. Vader is aaaa en a.c en (a+)+$ thuis.');

  it('the control: a plain entry "abc" in meningswoorden does change the findings (so the tests below can fail)', async () => {
    const base = await lintWith(sample);
    const withAbc = await lintWith(sample, undefined, (c) => {
      c.settings.lexicon = { meningswoorden: ['abc'] };
    });
    expect(shape(base).filter(([id]) => id === 'feit-mening')).toEqual([]);
    expect(shape(withAbc).filter(([id]) => id === 'feit-mening').map(([id, l, col]) => [id, l, col])).toEqual([['feit-mening', line, 1]]);
    expect(withAbc.messages.find((m) => m.ruleId === 'feit-mening')!.message).toMatch(/^"abc" is een oordeel over een persoon\./);
  });

  it('"a.c" as an extra word does not match "abc" (meningswoorden)', async () => {
    const base = await lintWith(sample);
    const r = await lintWith(sample, undefined, (c) => {
      c.settings.lexicon = { meningswoorden: ['a.c'] };
    });
    expect(shape(r)).toEqual(shape(base));
  });

  it('"a.c" as an extra diagnosis does not match "abc"; "abc" does (control)', async () => {
    const text = FEITEN('Moeder is abc tegen Sem.');
    const dotted = await lintWith(text, 'diagnose-onderbouwing', (c) => {
      c.settings.lexicon = { diagnoses: ['a.c', 'A.C'] };
    });
    const plain = await lintWith(text, 'diagnose-onderbouwing', (c) => {
      c.settings.lexicon = { diagnoses: ['abc'] };
    });
    expect(shape(dotted)).toEqual([]);
    expect(plain.messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn])).toEqual([['diagnose-onderbouwing', line, 11, 14]]);
  });

  it('hostile entries in every lexicon: no crash, and the findings are those without them', async () => {
    const base = await lintWith(sample);
    const r = await lintWith(sample, undefined, (c) => {
      c.settings.lexicon = Object.fromEntries(LEXICONS.map((name) => [name, [...HOSTILE]]));
    });
    expect(shape(r)).toEqual(shape(base));
  });

  it('hostile entries as diagnose-onderbouwing extra-termen: no crash, no findings from them', async () => {
    const r = await lintWith(sample, 'diagnose-onderbouwing', (c) => {
      c.rules['diagnose-onderbouwing'] = { options: { 'extra-termen': HOSTILE.filter((h) => h.length >= 2) } };
    });
    expect(shape(r)).toEqual([]);
  });

  it('the language layer stores each entry as written (normalised), and matches it only as that word', () => {
    const taal = createTaal({ extraLexicon: { meningswoorden: HOSTILE } });
    const set = taal.lexicon('meningswoorden');
    for (const h of HOSTILE) expect([h, set.has(normalize(h))]).toEqual([h, true]);
    expect(set.has('abc')).toBe(false);
    expect(set.has('aaaa')).toBe(false);

    const phrases = new PhraseSet(['a.c', '(a+)+$', '.*', '[']);
    expect(phrases.matchAt(['abc'], 0)).toBe(0);
    expect(phrases.matchAt(['a.c'], 0)).toBe(1);
    expect(phrases.matchAt(['aaaa'], 0)).toBe(0);
    expect(phrases.matchAt(['(a+)+$'], 0)).toBe(1);
    expect(phrases.matchAt(['iets'], 0)).toBe(0);
    expect(phrases.matchAt(['.*'], 0)).toBe(1);
    expect(phrases.has('[')).toBe(true);
    expect(phrases.has('a')).toBe(false);
  });

  it('a phrase entry with many gaps matches correctly and in linear time', () => {
    const set = new PhraseSet([MANY_GAPS, 'handen van ... afgetrokken']);
    expect(set.matchAt(['handen', 'van', 'de', 'kinderen', 'afgetrokken'], 0)).toBe(5);
    expect(set.matchAt(['handen', 'van', 'afgetrokken'], 0)).toBe(0); // a gap is at least one word
    expect(set.matchAt(['handen', 'van', '1', '2', '3', '4', '5', '6', '7', 'afgetrokken'], 0)).toBe(0); // at most six
    // Linear: the memoised search takes a bounded number of steps per token (without the memo: 6^11 per token).
    const words = Array.from({ length: 300 }, () => 'a');
    const before = set.steps;
    for (let i = 0; i < words.length; i++) expect(set.matchAt(words, i)).toBe(0);
    expect(set.steps - before).toBeLessThan(words.length * 24 * 7);
    // With the final "b" present, the twelve a's and eleven gaps (of exactly one word each here) match.
    const hit = [...Array.from({ length: 23 }, () => 'a'), 'b'];
    expect(set.matchAt(hit, 0)).toBe(24);
  });

  it.each([
    ['a×100000', 'a'.repeat(100_000)],
    ['"a " ×20000', 'a '.repeat(20_000) + '.'],
    ['"a " ×300 in one sentence', 'Moeder ' + 'a '.repeat(300) + 'is.'],
    ['"aaaa=" ×10000', 'aaaa='.repeat(10_000)],
  ])('a long text of a\'s (%s) with hostile entries in every lexicon: every finding inside the text', async (_name, body) => {
    const text = FEITEN(body);
    const value = await lintWith(text, undefined, (c) => {
      c.settings.lexicon = Object.fromEntries(LEXICONS.map((name) => [name, [...HOSTILE, MANY_GAPS]]));
    });
    expect(outOfBounds(linesOfText(text), allFindings(value))).toEqual([]);
  });
});
