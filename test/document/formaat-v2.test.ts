import { describe, expect, it } from 'vitest';
import { buildDocument, decode } from '../../src/document/index.js';
import type { Document } from '../../src/document/index.js';

function build(text: string): Document {
  const d = decode(new TextEncoder().encode(text));
  if (!d.ok) throw new Error(d.message);
  return buildDocument('x.md', d);
}

const V2 = `---
type: gezinsplan
datum: 2025-03-14
versie: 2
kader: gedwongen
kinderen:
  - naam: Sem
    geboortedatum: 2014-06-02
betrokkenen:
  - naam: Lisa
    rol: moeder
    gezag: true
maatregelen:
  - soort: OTS
    kinderen: [Sem]
    van: 2024-11-05
    tot: 2025-11-05
    status: lopend
    beschikking: beschikking-2024
besproken:
  - met: Lisa
    datum: 2025-03-10
correcties:
  - onjuist: "Vader heeft in 2019 een huisverbod gehad"
    datum: 2025-02-20
    door: klachtencommissie
bronnen:
  - id: beschikking-2024
    soort: uitspraak
    van: Rechtbank Voorbeeld
    datum: 2024-11-05
    status: bevestigd
    overgenomen: false
---
## Reactie op het concept

Tekst.

## Uw rechten

Tekst.

## Sociaal netwerk

Tekst.

## Samenvatting

Tekst.
`;

describe('document format v2', () => {
  it('reads kader, versie, maatregelen, besproken and correcties without problems', () => {
    const doc = build(V2);
    const fm = doc.frontmatter!;
    expect(fm.problems).toEqual([]);
    expect(fm.kader).toBe('gedwongen');
    expect(fm.versie).toBe(2);
    expect(fm.betrokkenen[0]?.gezag).toBe(true);
    expect(fm.maatregelen).toHaveLength(1);
    expect(fm.maatregelen[0]).toMatchObject({ soort: 'OTS', kinderen: ['Sem'], van: '2024-11-05', tot: '2025-11-05', status: 'lopend', beschikking: 'beschikking-2024' });
    expect(fm.maatregelen[0]?.until?.toISOString().slice(0, 10)).toBe('2025-11-05');
    expect(fm.besproken[0]).toMatchObject({ met: 'Lisa', datum: '2025-03-10' });
    expect(fm.correcties[0]).toMatchObject({ onjuist: 'Vader heeft in 2019 een huisverbod gehad', door: 'klachtencommissie' });
    expect(fm.bronnen[0]).toMatchObject({ status: 'bevestigd', overgenomen: false });
  });

  it('maps the v2 section headings to their kinds', () => {
    const doc = build(V2);
    expect(doc.sections.map((s) => s.kind)).toEqual(expect.arrayContaining(['reactie', 'rechtspositie', 'netwerk', 'samenvatting']));
  });

  it('reports a wrong kader and an unknown measure in Dutch', () => {
    const doc = build(V2.replace('kader: gedwongen', 'kader: verplicht').replace('soort: OTS', 'soort: OTZ'));
    const messages = doc.frontmatter!.problems.map((p) => p.message).join('\n');
    expect(messages).toContain("'verplicht' is geen geldige waarde voor 'kader'");
    expect(messages).toContain("'OTZ' is geen geldige waarde voor 'maatregelen[0].soort'");
  });

  it('keeps a v1 document without v2 fields valid, with empty v2 lists', () => {
    const doc = build('---\ntype: raadsrapport\ndatum: 2025-01-01\n---\n## Feiten\n\nTekst.\n');
    expect(doc.frontmatter!.problems).toEqual([]);
    expect(doc.frontmatter!.kader).toBeUndefined();
    expect(doc.frontmatter!.maatregelen).toEqual([]);
    expect(doc.frontmatter!.correcties).toEqual([]);
  });
});
