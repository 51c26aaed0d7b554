/**
 * toets vergelijk: findings matched by content, sentence diff, zienswijze
 * sections; the built CLI in all four formats on fixtures/vergelijk.
 */
import { spawnAsync } from '../spawn-async.js';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { compareFindings, compareSentences, similarity } from '../../src/vergelijk/compare.js';
import type { ZinPlaats } from '../../src/vergelijk/model.js';
import { tempDir } from '../tmp.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/toets.js');
const OUD = 'fixtures/vergelijk/oud.md';
const NIEUW = 'fixtures/vergelijk/nieuw.md';

function f(p: Partial<Finding> & Pick<Finding, 'ruleId' | 'line' | 'fingerprint'>): Finding {
  return { severity: 1, message: 'Melding.', column: 1, endLine: p.line, endColumn: 5, excerpt: 'Tekst.', ...p };
}

function result(messages: Finding[], suppressedMessages: Finding[] = []) {
  return { filePath: 'x.md', messages, suppressedMessages, errorCount: 0, warningCount: messages.length };
}

describe('compareFindings', () => {
  it('matches by fingerprint and then by rule and excerpt, never by line', async () => {
    const oud = [
      f({ ruleId: 'a', line: 3, fingerprint: '1', excerpt: 'Moeder is chaotisch.' }),
      f({ ruleId: 'b', line: 5, fingerprint: '2', excerpt: 'In 2019 drinkt vader.', message: 'oud bericht' }),
      f({ ruleId: 'a', line: 9, fingerprint: '3', excerpt: 'Weg.' }),
    ];
    const nieuw = [
      f({ ruleId: 'a', line: 20, fingerprint: '1', excerpt: 'Moeder is chaotisch.' }),
      f({ ruleId: 'b', line: 22, fingerprint: '9', excerpt: 'In 2019 drinkt vader.', message: 'nieuw bericht' }),
      f({ ruleId: 'a', line: 3, fingerprint: '4', excerpt: 'Nieuw.' }),
    ];
    const d = compareFindings(result(oud), result(nieuw));
    expect(d.gebleven.map((g) => [g.oud.line, g.nieuw.line])).toEqual([[3, 20], [5, 22]]);
    expect(d.opgelost.map((x) => x.line)).toEqual([9]);
    expect(d.nieuw.map((x) => x.line)).toEqual([3]);
    expect(d.uitgeschakeld).toEqual([]);
  });

  it('counts a finding that a toets comment silenced as silenced, not solved', async () => {
    const oud = [f({ ruleId: 'a', line: 3, fingerprint: '1' })];
    const stil = f({ ruleId: 'a', line: 4, fingerprint: '1', suppressed: { reason: 'citaat', line: 3 } });
    const d = compareFindings(result(oud), result([], [stil]));
    expect(d.opgelost).toEqual([]);
    expect(d.uitgeschakeld.map((g) => [g.oud.line, g.nieuw.line, g.nieuw.suppressed?.reason])).toEqual([[3, 4, 'citaat']]);
  });

  it('pairs repeated findings one to one', async () => {
    const twee = [f({ ruleId: 'a', line: 1, fingerprint: '1' }), f({ ruleId: 'a', line: 2, fingerprint: '1' })];
    const d = compareFindings(result(twee), result([f({ ruleId: 'a', line: 7, fingerprint: '1' })]));
    expect(d.gebleven.map((g) => g.nieuw.line)).toEqual([7]);
    expect(d.opgelost.map((x) => x.line)).toEqual([2]);
  });
});

describe('compareSentences', () => {
  const z = (tekst: string, line: number): ZinPlaats => ({ tekst, line, column: 1, sectie: 'Feiten' });

  it('finds removed, added and changed sentences in order, with a word diff', async () => {
    const d = compareSentences(
      [z('Sem woont bij moeder.', 1), z('Moeder is chaotisch.', 2), z('Vader komt elke week.', 3), z('Oma helpt.', 4)],
      [z('Sem woont bij moeder.', 1), z('Vader kwam elke week.', 2), z('Oma helpt.', 3), z('Sem zit in groep 5.', 4)],
    );
    expect(d.ongewijzigd).toBe(2);
    expect(d.verwijderd.map((x) => x.tekst)).toEqual(['Moeder is chaotisch.']);
    expect(d.toegevoegd.map((x) => x.tekst)).toEqual(['Sem zit in groep 5.']);
    expect(d.gewijzigd.map((g) => [g.oud.line, g.nieuw.line])).toEqual([[3, 2]]);
    expect(d.gewijzigd[0]!.delen).toEqual([
      { soort: 'gelijk', tekst: 'Vader ' },
      { soort: 'weg', tekst: 'komt' },
      { soort: 'erbij', tekst: 'kwam' },
      { soort: 'gelijk', tekst: ' elke week.' },
    ]);
  });

  it('measures similarity by shared words', async () => {
    expect(similarity('Vader komt elke week.', 'Vader kwam elke week.')).toBe(0.75);
    expect(similarity('Moeder is chaotisch.', 'Sem zit in groep 5.')).toBe(0);
  });
});

async function toets(args: string[], cwd = root) {
  const r = await spawnAsync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface JsonVergelijking {
  meldingen: Record<'opgelost' | 'nieuw', Finding[]> & Record<'gebleven' | 'uitgeschakeld', Array<{ oud: Finding; nieuw: Finding }>>;
  zinnen: { verwijderd: ZinPlaats[]; toegevoegd: ZinPlaats[]; gewijzigd: unknown[]; ongewijzigd: number };
  zienswijzen: unknown[];
  kopje: { velden: unknown[] };
  waarschuwingen: string[];
}

/** The two versions are about findings and sentences, not about the template's sections: verplichte-secties (added later) stays out of these counts. */
const SECTIONS_OFF = ['--rule', 'verplichte-secties:uit'];

describe('toets vergelijk (built CLI)', () => {
  it('json: findings resolved, new, remaining and silenced; sentences; the parents\' view', async () => {
    const r = (await toets(['vergelijk', OUD, NIEUW, '--format', 'json', ...SECTIONS_OFF]));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const v = JSON.parse(r.out) as JsonVergelijking;
    const at = (x: Finding) => [x.ruleId, x.line, x.column];
    expect(v.meldingen.opgelost.map(at)).toEqual([
      ['bronvermelding', 34, 1],
      ['feit-mening', 34, 11],
      ['verouderde-tijd', 36, 1],
      ['krachten', 42, 1],
      // the father's view was added in the new version
      ['zienswijze', 46, 1],
    ]);
    expect(v.meldingen.nieuw.map(at)).toEqual([
      ['bronvermelding', 43, 1],
      ['feit-mening', 43, 10],
    ]);
    expect(v.meldingen.gebleven.map((g) => [g.oud.ruleId, g.oud.line, g.nieuw.line])).toEqual([
      ['bronvermelding', 38, 39],
      ['bronvermelding', 40, 41],
      ['diagnose-onderbouwing', 40, 41],
      // Noah (9) still has no view of his own
      ['zienswijze', 46, 53],
    ]);
    expect(v.meldingen.uitgeschakeld.map((g) => [g.oud.ruleId, g.oud.line, g.nieuw.line])).toEqual([['feit-mening', 38, 39]]);
    expect(v.zinnen.verwijderd.map((z) => [z.line, z.tekst])).toEqual([[34, 'Moeder is een chaotische vrouw die het overzicht kwijt is.']]);
    expect(v.zinnen.toegevoegd.map((z) => z.line)).toEqual([34, 43, 49, 51, 57]);
    expect(v.zinnen.gewijzigd).toHaveLength(2);
    expect(v.zinnen.ongewijzigd).toBe(11);
    expect(v.zienswijzen).toEqual([
      {
        kop: 'Zienswijze ouders',
        status: 'gewijzigd',
        verwijderd: 0,
        toegevoegd: 1,
        gewijzigd: 0,
        tekstOud: ['Moeder vertelt dat zij het zwaar heeft sinds zij haar baan verloor.'],
        tekstNieuw: ['Moeder vertelt dat zij het zwaar heeft sinds zij haar baan verloor.', 'Vader zegt dat hij sinds 2023 geen alcohol meer drinkt en dat het plan hem daarom onrecht deed.'],
      },
    ]);
    expect(v.kopje.velden).toEqual([{ veld: 'datum', oud: '2025-09-15', nieuw: '2025-10-20' }]);
    expect(v.waarschuwingen).toEqual([]);
  });

  it('stylish: headline, sections and a word diff readable without colour', async () => {
    const r = (await toets(['vergelijk', OUD, NIEUW, ...SECTIONS_OFF]));
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '',
      `Vergelijking ${OUD} (2025-09-15) → ${NIEUW} (2025-10-20)`,
      '  5 meldingen opgelost, 2 nieuw, 4 gebleven, 1 alleen uitgeschakeld; 2 zinnen gewijzigd, 0 verplaatst, 5 toegevoegd, 1 verwijderd, 11 ongewijzigd',
      '',
    ]);
    expect(lines).toContain('  ~ 32 → 32  Volgens de leerkracht [-komt-]{+kwam+} Noah {+in het voorjaar van 2025 +}drie keer per week zonder ontbijt op school.');
    expect(lines).toContain('  ~ 36 → 36  In 2022 is vader aangehouden na een ruzie op straat[- en hij drinkt elke avond te veel-].');
    expect(lines.slice(lines.indexOf('Zienswijze van ouders en kind'), lines.indexOf('Zienswijze van ouders en kind') + 2)).toEqual(['Zienswijze van ouders en kind', '  Zienswijze ouders: gewijzigd (1 zin toegevoegd)']);
  });

  it('markdown and html show the same content; html is self-contained and uses del/ins', async () => {
    const md = (await toets(['vergelijk', OUD, NIEUW, '--format', 'markdown', ...SECTIONS_OFF]));
    expect(md.code).toBe(0);
    expect(md.out).toContain('| Opgelost | Nieuw | Gebleven | Alleen uitgeschakeld |\n| --- | --- | --- | --- |\n| 5 | 2 | 4 | 1 |');
    expect(md.out).toContain('- regel 32 → 32: Volgens de leerkracht ~~komt~~**kwam** Noah **in het voorjaar van 2025** drie keer');
    expect(md.out).toContain('- Zienswijze ouders: gewijzigd (1 zin toegevoegd)');
    const html = (await toets(['vergelijk', OUD, NIEUW, '--format', 'html', ...SECTIONS_OFF]));
    expect(html.code).toBe(0);
    expect(html.out).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html.out).toContain('<del>komt</del><ins>kwam</ins>');
    expect(html.out).not.toMatch(/<(?:link|img)\b|src=|https?:\/\//);
  });

  it('--redact leaves no name of either version in any format', async () => {
    for (const format of ['stylish', 'json', 'markdown', 'html']) {
      const plain = (await toets(['vergelijk', OUD, NIEUW, '--format', format]));
      const red = (await toets(['vergelijk', OUD, NIEUW, '--format', format, '--redact']));
      expect(plain.out).toMatch(/\bNoah\b/);
      expect(red.out).not.toMatch(/\b(?:Noah|Esra|Jeroen|Wit)\b|2016-04-09/);
      // Markdown escapes the brackets.
      expect(red.out).toMatch(/\\?\[kind\\?\]/);
    }
  });

  it('exit 1 when the new version brings a new error; exit 2 for a missing file or an unknown format', async () => {
    const dir = tempDir('toets-vergelijk-');
    const nieuw = join(dir, 'nieuw.md');
    copyFileSync(join(root, NIEUW), nieuw);
    writeFileSync(nieuw, readFileSync(nieuw, 'utf8').replace('## Krachten', 'Moeder heeft borderline.\n\n## Krachten'));
    const r = (await toets(['vergelijk', join(root, OUD), nieuw, '--format', 'json']));
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as JsonVergelijking).meldingen.nieuw.filter((x) => x.severity === 2).map((x) => x.ruleId)).toEqual(['diagnose-onderbouwing']);
    const missing = (await toets(['vergelijk', OUD, 'bestaat-niet.md']));
    expect(missing.code).toBe(2);
    expect(missing.err).toBe("toets: De nieuwe versie 'bestaat-niet.md': Het bestand bestaat niet.\n");
    const fmt = (await toets(['vergelijk', OUD, NIEUW, '--format', 'sarif']));
    expect(fmt.code).toBe(2);
    expect(fmt.err).toBe("toets: ongeldige waarde 'sarif' voor --format. Kies uit: stylish, json, markdown, html.\n");
  });

  it('does not change either input file', async () => {
    const before = [readFileSync(join(root, OUD), 'utf8'), readFileSync(join(root, NIEUW), 'utf8')];
    (await toets(['vergelijk', OUD, NIEUW, '--format', 'html']));
    expect([readFileSync(join(root, OUD), 'utf8'), readFileSync(join(root, NIEUW), 'utf8')]).toEqual(before);
  });
});
