/**
 * Rule metadata (rules/<id>/meta.ts), doc pages (rules/<id>/README.md), the
 * rule index (rules/README.md) and the diagnosis lexicon agree with each
 * other and with what the rules really report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadBuiltInRules } from '../../src/engine/index.js';
import type { RuleMeta } from '../../src/engine/types.js';
import { findings, lintWith } from '../helpers.js';
import bronvermeldingMeta from '../../rules/bronvermelding/meta.js';
import diagnoseMeta from '../../rules/diagnose-onderbouwing/meta.js';
import feitMeningMeta from '../../rules/feit-mening/meta.js';
import frontmatterMeta from '../../rules/frontmatter/meta.js';
import krachtenMeta from '../../rules/krachten/meta.js';
import verouderdeTijdMeta from '../../rules/verouderde-tijd/meta.js';
import sjabloonRestantenMeta from '../../rules/sjabloon-restanten/meta.js';
import verplichteSectiesMeta from '../../rules/verplichte-secties/meta.js';
import consistentieMeta from '../../rules/consistentie/meta.js';
import zorgenDoelenMeta from '../../rules/zorgen-doelen/meta.js';
import begrijpelijkeTaalMeta from '../../rules/begrijpelijke-taal/meta.js';
import drangTaalMeta from '../../rules/drang-taal/meta.js';
import maatregelTermijnenMeta from '../../rules/maatregel-termijnen/meta.js';
import reactieVerwerktMeta from '../../rules/reactie-verwerkt/meta.js';
import rechtspositieMeta from '../../rules/rechtspositie/meta.js';
import wieBeslistMeta from '../../rules/wie-beslist/meta.js';
import zienswijzeMeta from '../../rules/zienswijze/meta.js';

const ROOT = process.cwd();
const IDS = [
  'frontmatter',
  'bronvermelding',
  'feit-mening',
  'verouderde-tijd',
  'krachten',
  'diagnose-onderbouwing',
  'sjabloon-restanten',
  'verplichte-secties',
  'consistentie',
  'zorgen-doelen',
  'begrijpelijke-taal',
  'drang-taal',
  'maatregel-termijnen',
  'reactie-verwerkt',
  'rechtspositie',
  'wie-beslist',
  'zienswijze',
] as const;

const EXPECTED: Record<(typeof IDS)[number], { severity: RuleMeta['defaultSeverity']; actielijn: RuleMeta['actielijn']; options: string[] }> = {
  frontmatter: { severity: 'fout', actielijn: 3, options: [] },
  bronvermelding: { severity: 'waarschuwing', actielijn: 3, options: ['secties', 'ongebruikte-bronnen', 'bron-velden'] },
  'feit-mening': { severity: 'waarschuwing', actielijn: 3, options: ['secties', 'categorieen', 'uit'] },
  'verouderde-tijd': { severity: 'waarschuwing', actielijn: 3, options: ['maanden', 'oude-bronnen'] },
  krachten: { severity: 'waarschuwing', actielijn: 1, options: ['verplicht-voor', 'rollen', 'plaatshouders', 'eenzijdigheid-verhouding', 'min-zorgen'] },
  'diagnose-onderbouwing': { severity: 'fout', actielijn: 3, options: ['extra-termen', 'secties-uitgezonderd'] },
  'sjabloon-restanten': { severity: 'fout', actielijn: 3, options: ['extra-woorden', 'kopje'] },
  'verplichte-secties': { severity: 'waarschuwing', actielijn: 3, options: ['per-type', 'plaatshouders', 'eigen-regel'] },
  consistentie: { severity: 'waarschuwing', actielijn: 3, options: ['controles', 'ouder-rollen'] },
  'zorgen-doelen': { severity: 'waarschuwing', actielijn: 3, options: ['max-doelen', 'eindpunt', 'controles'] },
  'begrijpelijke-taal': { severity: 'waarschuwing', actielijn: 2, options: ['max-woorden-per-zin', 'samenvatting-vanaf-woorden', 'extra-afkortingen', 'negeer-afkortingen'] },
  'drang-taal': { severity: 'waarschuwing', actielijn: 4, options: ['zonder-kader', 'vrijwilligheid-verplicht', 'extra-verplichtingen'] },
  'maatregel-termijnen': { severity: 'fout', actielijn: 4, options: ['maxima', 'uithuisplaatsing-raad-maanden', 'eerste-plan-weken', 'maanden-voor-18'] },
  'reactie-verwerkt': { severity: 'waarschuwing', actielijn: 3, options: ['vanaf-versie', 'drempel'] },
  rechtspositie: { severity: 'waarschuwing', actielijn: 2, options: ['verplicht-voor', 'secties', 'leeftijd', 'zonder-kader', 'items'] },
  'wie-beslist': { severity: 'waarschuwing', actielijn: 4, options: ['maatregelen', 'beslis-werkwoorden', 'schrijver', 'uitzonderingen', 'verzoek-werkwoorden'] },
  zienswijze: { severity: 'fout', actielijn: 4, options: ['verplicht-voor', 'leeftijd', 'rollen', 'plaatshouders', 'koppen'] },
};

const HEADINGS = ['## Wat', '## Waarom', '## Fout voorbeeld', '## Goed voorbeeld', '## Oplossing', '## Opties', '## Uitzonderingen', '## Meldingen', '## Bron'];

const METAS: Record<(typeof IDS)[number], RuleMeta> = {
  frontmatter: frontmatterMeta,
  bronvermelding: bronvermeldingMeta,
  'feit-mening': feitMeningMeta,
  'verouderde-tijd': verouderdeTijdMeta,
  krachten: krachtenMeta,
  'diagnose-onderbouwing': diagnoseMeta,
  'sjabloon-restanten': sjabloonRestantenMeta,
  'verplichte-secties': verplichteSectiesMeta,
  consistentie: consistentieMeta,
  'zorgen-doelen': zorgenDoelenMeta,
  'begrijpelijke-taal': begrijpelijkeTaalMeta,
  'drang-taal': drangTaalMeta,
  'maatregel-termijnen': maatregelTermijnenMeta,
  'reactie-verwerkt': reactieVerwerktMeta,
  rechtspositie: rechtspositieMeta,
  'wie-beslist': wieBeslistMeta,
  zienswijze: zienswijzeMeta,
};

async function metaOf(id: (typeof IDS)[number]): Promise<RuleMeta> {
  return METAS[id];
}

function readme(id: string): string {
  return readFileSync(join(ROOT, 'rules', id, 'README.md'), 'utf8');
}

/** Headings outside fenced code blocks. */
function headings(md: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of md.split('\n')) {
    if (/^```/.test(line)) fenced = !fenced;
    else if (!fenced && /^#{1,2} /.test(line)) out.push(line.trim());
  }
  return out;
}

/** The body of one `## name` section (up to the next level-2 heading outside a fence). */
function section(md: string, name: string): string {
  const lines = md.split('\n');
  let fenced = false;
  let inside = false;
  const out: string[] = [];
  for (const line of lines) {
    if (/^```/.test(line)) fenced = !fenced;
    if (!fenced && /^## /.test(line) && !/^```/.test(line)) {
      if (inside) break;
      inside = line.trim() === `## ${name}`;
      continue;
    }
    if (inside) out.push(line);
  }
  return out.join('\n');
}

/** Fenced blocks of one language in a piece of Markdown. */
function blocks(md: string, lang: string): string[] {
  const re = new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```', 'gm');
  return [...md.matchAll(re)].map((m) => m[1]!);
}

interface Shown {
  line: number;
  column: number;
  severity: string;
  message: string;
  ruleId: string;
}

/** Findings as printed in a ```text block (stylish format). */
function shown(text: string): Shown[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const m = /^\s*(\d+):(\d+)\s+(fout|waarschuwing)\s+(.*?)\s{2,}(\S+)\s*$/.exec(l);
      if (!m) throw new Error(`not a finding line: ${l}`);
      return { line: Number(m[1]), column: Number(m[2]), severity: m[3]!, message: m[4]!, ruleId: m[5]! };
    });
}

/** Message templates from the Meldingen section: backticked texts, {placeholder} = any text. */
function templates(md: string): RegExp[] {
  const body = section(md, 'Meldingen');
  const codes = body.split('\n').flatMap((line) => line.split('`').filter((_, i) => i % 2 === 1));
  return codes.filter((c) => c.length >= 20).map((c) => {
    const parts = c.split(/\{[a-z]+\}/);
    return new RegExp('^' + parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?') + '$');
  });
}

/** Frontmatter put before example fragments that do not start with one. */
const PREFIX = `---
type: gezinsplan
datum: 2025-03-14
kinderen:
  - naam: Sem de Vries
    geboortedatum: 2014-06-02
betrokkenen:
  - naam: Lisa de Vries
    rol: moeder
  - naam: Tom Bakker
    rol: vader
bronnen:
  - id: melding-2025
    soort: melding
    van: Veilig Thuis
    datum: 2025-03-05
---
`;
const PREFIX_LINES = PREFIX.split('\n').length - 1;

async function lintExample(markdown: string, id: string): Promise<Shown[]> {
  const full = markdown.startsWith('---\n') ? markdown : PREFIX + markdown;
  const offset = markdown.startsWith('---\n') ? 0 : PREFIX_LINES;
  const r = await lintWith(full, id);
  return r.messages.map((f) => ({
    line: f.line - offset,
    column: f.column,
    severity: f.severity === 2 ? 'fout' : 'waarschuwing',
    message: f.message,
    ruleId: f.ruleId,
  }));
}

describe('rule metadata (meta.ts)', () => {
  for (const id of IDS) {
    it(`${id}: fields, schema and defaults`, async () => {
      const meta = await metaOf(id);
      expect(meta.id).toBe(id);
      expect(meta.defaultSeverity).toBe(EXPECTED[id].severity);
      expect(meta.actielijn).toBe(EXPECTED[id].actielijn);
      expect(meta.docs).toBe(`rules/${id}/README.md`);
      expect(existsSync(join(ROOT, meta.docs))).toBe(true);
      expect(meta.description.split('\n')).toHaveLength(1);
      expect(meta.explanation.length).toBeGreaterThan(meta.description.length);
      expect(meta.recommendation.document.length).toBeGreaterThan(10);
      expect(meta.recommendation.section.length).toBeGreaterThan(5);
      expect(meta.recommendation.summary.length).toBeGreaterThan(40);

      const schema = meta.optionsSchema as { additionalProperties: boolean; properties: Record<string, unknown> };
      expect(schema.additionalProperties).toBe(false);
      expect(Object.keys(schema.properties)).toEqual(EXPECTED[id].options);
      const validate = new Ajv({ strict: false }).compile(schema);
      expect(validate(meta.defaultOptions)).toBe(true);
      expect(validate({ 'onbekende-optie': true })).toBe(false);
    });

    it(`${id}: the loaded rule uses the same metadata`, async () => {
      const meta = await metaOf(id);
      const rule = (await loadBuiltInRules()).find((r) => r.meta.id === id)!;
      const pick = (m: RuleMeta) => ({
        id: m.id,
        description: m.description,
        defaultSeverity: m.defaultSeverity,
        actielijn: m.actielijn,
        docs: m.docs,
        optionsSchema: m.optionsSchema,
        defaultOptions: m.defaultOptions ?? {},
      });
      expect(pick(rule.meta)).toEqual(pick(meta));
    });
  }
});

describe('doc pages (README.md)', () => {
  for (const id of IDS) {
    it(`${id}: headings in the fixed order`, () => {
      expect(headings(readme(id))).toEqual([`# ${id}`, ...HEADINGS]);
    });

    it(`${id}: the options table names every option and the YAML example is valid`, async () => {
      const md = readme(id);
      const opties = section(md, 'Opties');
      for (const name of EXPECTED[id].options) expect(opties).toContain(`| \`${name}\` |`);
      const examples = blocks(opties, 'yaml');
      expect(examples).toHaveLength(1);
      const parsed = YAML.parse(examples[0]!) as { regels: Record<string, { opties?: Record<string, unknown>; ernst?: string }> };
      const entry = parsed.regels[id]!;
      expect(entry).toBeDefined();
      const meta = await metaOf(id);
      const validate = new Ajv({ strict: false }).compile(meta.optionsSchema!);
      expect(validate({ ...meta.defaultOptions, ...(entry.opties ?? {}) })).toBe(true);
    });

    it(`${id}: the wrong example gives exactly the findings shown`, async () => {
      const md = readme(id);
      const fout = section(md, 'Fout voorbeeld');
      const example = blocks(fout, 'markdown')[0]!;
      const expected = shown(blocks(fout, 'text')[0]!);
      expect(expected.length).toBeGreaterThan(0);
      expect(await lintExample(example, id)).toEqual(expected);
    });

    it(`${id}: the good example gives no finding of this rule`, async () => {
      const md = readme(id);
      const example = blocks(section(md, 'Goed voorbeeld'), 'markdown')[0]!;
      expect(await lintExample(example, id)).toEqual([]);
    });

    it(`${id}: every message shown on the page is one of its documented messages`, () => {
      const md = readme(id);
      const list = templates(md);
      expect(list.length).toBeGreaterThan(0);
      const messages = blocks(md, 'text').flatMap((t) => shown(t).map((s) => s.message));
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) expect(list.some((re) => re.test(m)), m).toBe(true);
    });
  }
});

describe('rule index (rules/README.md)', () => {
  it('has one row per rule with the metadata values and a working link', async () => {
    const md = readFileSync(join(ROOT, 'rules', 'README.md'), 'utf8');
    for (const id of IDS) {
      const meta = await metaOf(id);
      const row = md.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
      expect(row, id).toBeDefined();
      const cells = row!.split('|').map((c) => c.trim());
      expect(cells[2]!.startsWith(meta.defaultSeverity)).toBe(true);
      expect(cells[3]).toBe(String(meta.actielijn));
      expect(cells[4]).toBe(meta.description);
      expect(cells[5]).toBe(`[${id}](${id}/README.md)`);
    }
  });

  it('shows the real finding for a disable comment that silences nothing', async () => {
    const md = readFileSync(join(ROOT, 'rules', 'README.md'), 'utf8');
    const example = blocks(md, 'markdown')[0]!;
    const expected = shown(blocks(md, 'text')[0]!);
    const r = await lintWith(PREFIX + example);
    const got = r.messages
      .filter((f) => f.ruleId === 'ongebruikte-uitzondering')
      .map((f) => ({ line: f.line - PREFIX_LINES, column: f.column, severity: 'waarschuwing', message: f.message, ruleId: f.ruleId }));
    expect(got).toEqual(expected);
  });
});

describe('diagnosis lexicon (diagnoses.yaml)', () => {
  interface Entry {
    term: string;
    vormen?: string[];
    afkortingen?: string[];
    hoofdlettergevoelig?: boolean;
  }
  const raw = YAML.parse(readFileSync(join(ROOT, 'rules/diagnose-onderbouwing/diagnoses.yaml'), 'utf8')) as {
    bron: string;
    diagnoses: Entry[];
    'niet-opgenomen': { term: string; reden: string }[];
    achtervoegsels: string[];
    uitgezonderd: string[];
    speculatief: string[];
    vaststellen: string[];
  };

  it('has a source note and well-formed entries', () => {
    expect(raw.bron).toContain('seed 002');
    expect(raw.diagnoses.length).toBe(22);
    for (const d of raw.diagnoses) {
      expect((d.vormen ?? []).length + (d.afkortingen ?? []).length, d.term).toBeGreaterThan(0);
      for (const v of d.vormen ?? []) expect(v, d.term).toBe(v.toLowerCase());
      for (const a of d.afkortingen ?? []) expect(a, d.term).toMatch(/^[A-Z][A-Z-]*('ers?)?$/);
      if (d.hoofdlettergevoelig) expect(d.vormen ?? [], d.term).toEqual([]);
    }
    expect(raw.diagnoses.filter((d) => d.hoofdlettergevoelig).map((d) => d.term)).toEqual(['ADHD', 'ADD']);
    expect(raw['niet-opgenomen'].map((d) => d.term)).toContain('dyslexie');
  });

  it('keeps suffixes, exclusions and cue words disjoint', () => {
    const suffixes = new Set(raw.achtervoegsels);
    for (const e of raw.uitgezonderd) expect(suffixes.has(e), e).toBe(false);
    expect(raw.speculatief).toContain('vermoedelijk');
    expect(raw.vaststellen).toContain('gediagnosticeerd');
  });

  it('finds compounds with a linking s and ADHD\'er, and stays silent for services and lower case', async () => {
    const text = [
      '---',
      'type: gezinsplan',
      'datum: 2025-03-14',
      '---',
      '## Zorgen',
      '',
      'Vader heeft verslavingsproblematiek.', // 7:13
      '',
      "Sem is vermoedelijk ADHD'er.", // 9:21
      '',
      'Sem gaat naar de ADHD-poli.',
      '',
      'Moeder volgt een cursus depressiepreventie.',
      '',
      'Vader werkt bij de verslavingszorg als verslavingsarts.',
      '',
      'Moeder had een CD van Adele op.',
      '',
      'Sem wil add-ons voor zijn spel.',
      '',
    ].join('\n');
    expect(await findings(text, 'diagnose-onderbouwing')).toEqual([
      { ruleId: 'diagnose-onderbouwing', line: 7, column: 13, severity: 2 },
      { ruleId: 'diagnose-onderbouwing', line: 9, column: 21, severity: 2 },
    ]);
  });
});
