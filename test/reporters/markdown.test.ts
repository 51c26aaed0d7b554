import { describe, expect, it } from 'vitest';
import markdown, { codeSpan, escapeMarkdown } from '../../src/reporters/markdown.js';
import { meestVoorkomend, perActielijn, perBestand, perRegel } from '../../src/reporters/samenvatting.js';
import { OPTIONS, REGEL_A, REGEL_B, onleesbaar, plan, rapport, summary } from './voorbeeld.js';

describe('escaping', () => {
  it('escapes inline markup, HTML and block markers in user text', () => {
    expect(escapeMarkdown('a *b* _c_ [d](e) <f> | `g` ~h~ \\ &amp;')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\| \\`g\\` \\~h\\~ \\\\ \\&amp;');
    expect(escapeMarkdown('# kop')).toBe('\\# kop');
    expect(escapeMarkdown('- punt')).toBe('\\- punt');
    expect(escapeMarkdown('12. punt')).toBe('12\\. punt');
    expect(escapeMarkdown('twee\nregels')).toBe('twee regels');
    expect(escapeMarkdown('A & B')).toBe('A & B');
  });

  it('makes code spans that hold any text literally', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`a`')).toBe('`` `a` ``');
    expect(codeSpan('a | b', true)).toBe('`a \\| b`');
    expect(codeSpan('a | b')).toBe('`a | b`');
    expect(codeSpan('a\nb')).toBe('`a b`');
    expect(codeSpan('')).toBe('');
  });
});

describe('samenvatting', () => {
  const s = summary([plan(), onleesbaar(), rapport()]);

  it('counts per actielijn from rule meta, with a row for findings without meta', () => {
    expect(perActielijn(s.results, [REGEL_A, REGEL_B])).toEqual([
      { actielijn: 1, naam: 'Respectvolle bejegening', fouten: 0, waarschuwingen: 2, uitgeschakeld: 0, regels: ['regel-b'] },
      { actielijn: 2, naam: 'Informeren en ondersteunen', fouten: 0, waarschuwingen: 0, uitgeschakeld: 0, regels: [] },
      { actielijn: 3, naam: 'Kwaliteit onderzoek en rapportage', fouten: 1, waarschuwingen: 0, uitgeschakeld: 1, regels: ['regel-a'] },
      { actielijn: 4, naam: 'Rechtspositie', fouten: 0, waarschuwingen: 0, uitgeschakeld: 0, regels: [] },
      { actielijn: null, naam: 'Overig (geen actielijn)', fouten: 1, waarschuwingen: 0, uitgeschakeld: 0, regels: ['toets'] },
    ]);
  });

  it('follows the meta, not the rule id', () => {
    const moved = { ...REGEL_B, actielijn: 4 as const };
    expect(perActielijn(rapport(), [REGEL_A, moved]).map((r) => [r.actielijn, r.waarschuwingen])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 1],
    ]);
  });

  it('counts per file and per rule', () => {
    expect(perBestand(s)).toEqual([
      { filePath: 'map/plan <1>.md', documentType: 'gezinsplan', documentDate: '2025-03-14', fouten: 1, waarschuwingen: 1, uitgeschakeld: 1 },
      { filePath: 'kapot.md', fouten: 1, waarschuwingen: 0, uitgeschakeld: 0, fatal: { message: 'Het bestand is geen tekst <binair>.', code: 'BINARY' } },
      { filePath: 'rapport.md', documentType: 'raadsrapport', fouten: 0, waarschuwingen: 1, uitgeschakeld: 0 },
    ]);
    expect(perRegel(s)).toEqual([
      { ruleId: 'regel-b', actielijn: 1, description: 'Regel B in één zin.', fouten: 0, waarschuwingen: 2, uitgeschakeld: 0, bestanden: 2 },
      { ruleId: 'regel-a', actielijn: 3, description: 'Regel A in één zin.', fouten: 1, waarschuwingen: 0, uitgeschakeld: 1, bestanden: 1 },
      { ruleId: 'toets', actielijn: null, fouten: 1, waarschuwingen: 0, uitgeschakeld: 0, bestanden: 1 },
    ]);
  });

  it('groups the most frequent findings by rule and message', () => {
    expect(meestVoorkomend(s)).toEqual([
      { ruleId: 'regel-b', message: 'Noem wat goed gaat.', aantal: 2, bestanden: ['map/plan <1>.md', 'rapport.md'], voorbeelden: ['regel</b> & zo.', 'Een'] },
    ]);
    expect(meestVoorkomend(s, 10, 1).map((g) => [g.ruleId, g.aantal])).toEqual([
      ['regel-b', 2],
      ['regel-a', 1],
      ['toets', 1],
    ]);
  });
});

describe('markdown reporter', () => {
  it('writes one document: actielijn table, findings, recommendations, disabled findings', () => {
    expect(markdown(summary([plan()]), OPTIONS)).toBe(
      [
        '# Rapport van toets',
        '',
        '1 bestand gecontroleerd: 1 fout, 1 waarschuwing, 1 uitgeschakeld.',
        '',
        '## Document: map/plan \\<1\\>.md',
        '',
        'Soort: gezinsplan · Datum: 2025-03-14 · 1 fout, 1 waarschuwing, 1 uitgeschakeld',
        '',
        '### Meldingen per actielijn',
        '',
        '| Actielijn | Fouten | Waarschuwingen | Uitgeschakeld | Regels |',
        '| --- | ---: | ---: | ---: | --- |',
        '| 1. Respectvolle bejegening | 0 | 1 | 0 | `regel-b` |',
        '| 2. Informeren en ondersteunen | 0 | 0 | 0 | — |',
        '| 3. Kwaliteit onderzoek en rapportage | 1 | 0 | 1 | `regel-a` |',
        '| 4. Rechtspositie | 0 | 0 | 0 | — |',
        '| **Totaal** | 1 | 1 | 1 |   |',
        '',
        '### Meldingen',
        '',
        '1. **Regel 1, kolom 8–20** · fout · `regel-a`\\',
        '   Oordeel "\\<b\\>regel\\</b\\>" gevonden.\\',
        '   Tekst: `<b>regel</b>`\\',
        '   Zo lost u het op: Schrijf \\*wat\\* u zag.',
        '2. **Regel 1, kolom 11 tot regel 2, kolom 7** · waarschuwing · `regel-b`\\',
        '   Noem wat goed gaat.\\',
        '   Tekst: `regel</b> & zo.`',
        '',
        '### Waarop de meldingen rusten',
        '',
        '- `regel-b` (actielijn 1: Respectvolle bejegening): Waarom regel B.\\',
        '  Aanbeveling: Noem wat goed gaat. (Brief Y (seed 003), Actielijn 1)\\',
        '  Uitleg van de regel: `https://voorbeeld.test/regel-b?x=1&y=2`',
        '- `regel-a` (actielijn 3: Kwaliteit onderzoek en rapportage): Waarom regel A \\<belangrijk\\> is.\\',
        '  Aanbeveling: Schrijf feiten & meningen apart. (Rapport X (seed 002), III.1 b)\\',
        '  Uitleg van de regel: `rules/regel-a/README.md`',
        '',
        '### Uitgeschakelde meldingen',
        '',
        '| Plaats | Regel | Melding | Reden | Opmerking op regel |',
        '| --- | --- | --- | --- | ---: |',
        '| 4:1 | `regel-a` | Oordeel "Derde". | Citaat \\<uit\\> dossier | 3 |',
        '',
      ].join('\n'),
    );
  });

  it('escapes a pipe inside an excerpt in a table cell', () => {
    const r = rapport();
    r.messages[0]!.excerpt = 'Derde | regel';
    const other = rapport();
    other.filePath = 'ander.md';
    expect(markdown(summary([r, other]), OPTIONS)).toContain('| 2 | `regel-b` | Noem wat goed gaat. Tekst: `Derde \\| regel`, `Een` | 2 |');
  });

  it('starts with an overview when there are several files, and shows an unreadable file as such', () => {
    const out = markdown(summary([plan(), onleesbaar(), rapport()]), OPTIONS);
    expect(out).toContain(
      [
        '## Overzicht',
        '',
        '### Per bestand',
        '',
        '| Bestand | Soort | Datum | Fouten | Waarschuwingen | Uitgeschakeld |',
        '| --- | --- | --- | ---: | ---: | ---: |',
        '| map/plan \\<1\\>.md | gezinsplan | 2025-03-14 | 1 | 1 | 1 |',
        '| kapot.md **(niet gelezen)** | — | — | 1 | 0 | 0 |',
        '| rapport.md | raadsrapport | — | 0 | 1 | 0 |',
        '| **Totaal** |   |   | 2 | 2 | 1 |',
        '',
        '### Per actielijn',
        '',
        '| Actielijn | Fouten | Waarschuwingen | Uitgeschakeld | Regels |',
        '| --- | ---: | ---: | ---: | --- |',
        '| 1. Respectvolle bejegening | 0 | 2 | 0 | `regel-b` |',
        '| 2. Informeren en ondersteunen | 0 | 0 | 0 | — |',
        '| 3. Kwaliteit onderzoek en rapportage | 1 | 0 | 1 | `regel-a` |',
        '| 4. Rechtspositie | 0 | 0 | 0 | — |',
        '| Overig (geen actielijn) | 1 | 0 | 0 | `toets` |',
        '| **Totaal** | 2 | 2 | 1 |   |',
        '',
        '### Per regel',
        '',
        '| Regel | Actielijn | Fouten | Waarschuwingen | Uitgeschakeld | Bestanden |',
        '| --- | --- | ---: | ---: | ---: | ---: |',
        '| `regel-b` | 1. Respectvolle bejegening | 0 | 2 | 0 | 2 |',
        '| `regel-a` | 3. Kwaliteit onderzoek en rapportage | 1 | 0 | 1 | 1 |',
        '| `toets` | — | 1 | 0 | 0 | 1 |',
        '',
        '### Meest voorkomende meldingen',
        '',
        '| Aantal | Regel | Melding | Bestanden |',
        '| ---: | --- | --- | ---: |',
        '| 2 | `regel-b` | Noem wat goed gaat. Tekst: `regel</b> & zo.`, `Een` | 2 |',
        '',
        '## Document: map/plan \\<1\\>.md',
      ].join('\n'),
    );
    expect(out).toContain('## Document: kapot.md\n\n> **Dit bestand kon niet worden gelezen.** Het bestand is geen tekst \\<binair\\>. (code `BINARY`)\n\n## Document: rapport.md\n');
    expect(out).toContain('1. **Regel 1, kolom 1–4** · waarschuwing · `regel-b`\\\n   Noem wat goed gaat.\\\n   Tekst: `Een`\n');
  });

  it('says there is nothing to report for a clean document', () => {
    const r = rapport();
    r.messages = [];
    r.warningCount = 0;
    expect(markdown(summary([r]), OPTIONS)).toContain('### Meldingen\n\nGeen meldingen in dit document.\n');
  });
});
