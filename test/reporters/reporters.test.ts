import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileResult, Finding, RuleMeta, RunSummary } from '../../src/engine/types.js';
import json from '../../src/reporters/json.js';
import sarif, { artifactLocation } from '../../src/reporters/sarif.js';
import stylish, { markedSentence, splitAdvice } from '../../src/reporters/stylish.js';
import { FORMATS, loadReporter } from '../../src/reporters/index.js';

const meta: RuleMeta = {
  id: 'bronvermelding',
  description: 'Elke bewering heeft een bron.',
  explanation: 'Een bewering zonder bron is niet te controleren.',
  defaultSeverity: 'waarschuwing',
  actielijn: 3,
  docs: 'rules/bronvermelding/README.md',
  recommendation: { document: 'Kinderombudsman (seed 002)', section: 'III.1b', summary: 'Noem bij elke bewering de bron.' },
};

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'bronvermelding',
    severity: 1,
    message: 'Noem de bron.',
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 12,
    excerpt: 'Sem is druk.',
    fingerprint: 'a'.repeat(40),
    ...over,
  };
}

const cwd = resolve('/repo/sub');
const fileA: FileResult = {
  filePath: 'plannen/a.md',
  messages: [
    finding({}),
    finding({ ruleId: 'toets', severity: 2, message: 'Onbekende regel.', line: 12, column: 3, endLine: 12, endColumn: 3, excerpt: '', fingerprint: 'b'.repeat(40) }),
  ],
  suppressedMessages: [finding({ line: 20, endLine: 20, fingerprint: 'c'.repeat(40), suppressed: { reason: 'citaat', line: 19 } })],
  errorCount: 1,
  warningCount: 1,
  documentType: 'gezinsplan',
  source: 'x',
};
const fileB: FileResult = { filePath: 'b.md', messages: [], suppressedMessages: [], errorCount: 0, warningCount: 0 };
const summary: RunSummary = { results: [fileA, fileB], rules: [meta], errorCount: 1, warningCount: 1 };
const opts = { color: false, cwd, quiet: false, srcRoot: resolve('/repo'), toolVersion: '1.2.3' };

describe('stylish', () => {
  it('groups per file, shows each finding with its sentence and counts the files with problems out of all files', () => {
    expect(stylish(summary, opts)).toBe(
      [
        '',
        'plannen/a.md',
        '   3:1  waarschuwing  bronvermelding',
        '    Noem de bron.',
        '  12:3  fout  toets',
        '    Onbekende regel.',
        '',
        '✖ 2 problemen (1 fout, 1 waarschuwing) in 1 van de 2 bestanden',
        '  1 melding uitgeschakeld met een toets-opmerking.',
        '',
      ].join('\n'),
    );
  });

  it('prints a clean line when nothing is found, and the --max-warnings note', () => {
    const clean: RunSummary = { results: [fileB], rules: [meta], errorCount: 0, warningCount: 0 };
    expect(stylish(clean, opts)).toBe('\n✔ Geen problemen gevonden in 1 bestand.\n');
    const warn: RunSummary = { results: [{ ...fileA, messages: [fileA.messages[0]!], suppressedMessages: [], errorCount: 0 }], rules: [meta], errorCount: 0, warningCount: 1 };
    expect(stylish(warn, { ...opts, maxWarnings: 0 })).toBe(
      '\nplannen/a.md\n  3:1  waarschuwing  bronvermelding\n    Noem de bron.\n\n✖ 1 probleem (0 fouten, 1 waarschuwing) in 1 bestand\n  Te veel waarschuwingen: 1, maximaal 0 toegestaan (--max-warnings).\n',
    );
  });

  it('shows the sentence with the cue between ‹ and ›, and the advice once per run in a legend', () => {
    const advice = 'Noem wie dit zag of zei, en wanneer.';
    const sentence = { text: 'Vader is een onbetrouwbare man.', start: 13, end: 30 };
    const f1 = finding({ ruleId: 'feit-mening', message: `"onbetrouwbare man" is een oordeel. ${advice}`, sentence });
    const f2 = finding({ ruleId: 'feit-mening', line: 7, endLine: 7, message: `"altijd" is een veralgemening. ${advice}`, sentence: { text: 'Moeder is altijd te laat.', start: 10, end: 16 } });
    const file: FileResult = { filePath: 'p.md', messages: [f1, f2], suppressedMessages: [], errorCount: 0, warningCount: 2 };
    const text = stylish({ results: [file], rules: [{ ...meta, id: 'feit-mening', description: 'Geen oordelen in de feiten.' }], errorCount: 0, warningCount: 2 }, opts);
    expect(text.split('\n')).toEqual([
      '',
      'p.md',
      '  3:1  waarschuwing  feit-mening',
      '    "onbetrouwbare man" is een oordeel. [1]',
      '    » Vader is een ‹onbetrouwbare man›.',
      '  7:1  waarschuwing  feit-mening',
      '    "altijd" is een veralgemening. [1]',
      '    » Moeder is ‹altijd› te laat.',
      '',
      'Uitleg bij de meldingen',
      '  feit-mening: Geen oordelen in de feiten.',
      `    [1] ${advice}`,
      '',
      '✖ 2 problemen (0 fouten, 2 waarschuwingen) in 1 bestand',
      '',
    ]);
  });

  it('underlines the cue instead of marking it when colour is on', () => {
    const f = finding({ sentence: { text: 'Sem is druk.', start: 7, end: 11 } });
    const text = stylish({ results: [{ ...fileA, messages: [f], errorCount: 0, warningCount: 1 }], rules: [meta], errorCount: 0, warningCount: 1 }, { ...opts, color: true });
    expect(text).toContain('\u001b[4mdruk\u001b[24m');
    expect(text).not.toContain('‹');
  });

  it('wraps every line to the given width, and to 80 columns when no width is known', () => {
    const long = `${'Deze melding is lang en loopt door '.repeat(6)}tot het einde. Het advies is ook lang: ${'schrijf op wie het zag en wanneer, '.repeat(5)}klaar.`;
    const said = `${'Een zin met veel woorden die samen een lange regel maken '.repeat(3)}en hier het signaalwoord.`;
    const sentence = { text: said, start: said.indexOf('signaalwoord'), end: said.indexOf('signaalwoord') + 12 };
    const file: FileResult = { filePath: 'p.md', messages: [finding({ message: long, sentence })], suppressedMessages: [], errorCount: 0, warningCount: 1 };
    const run: RunSummary = { results: [file], rules: [meta], errorCount: 0, warningCount: 1 };
    for (const [width, max] of [[50, 50], [undefined, 80], [120, 120]] as const) {
      const lines = stylish(run, { ...opts, ...(width ? { width } : {}) }).split('\n');
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(max);
      expect(lines.join(' ')).toContain('‹signaalwoord›');
    }
  });

  it('names the place in the Word document instead of a line and column', () => {
    const f = finding({ place: { description: 'onder kop "Feiten", alinea 3', heading: 'Feiten', paragraph: 3 } });
    const text = stylish({ results: [{ ...fileA, filePath: 'plan.docx', messages: [f], errorCount: 0, warningCount: 1 }], rules: [meta], errorCount: 0, warningCount: 1 }, opts);
    expect(text).toContain('  onder kop "Feiten", alinea 3  waarschuwing  bronvermelding\n');
    expect(text).not.toContain('3:1');
  });

  it('adds a summary per file, per rule and the most frequent findings from three files with findings on', () => {
    const c: FileResult = { ...fileA, filePath: 'c.md', suppressedMessages: [], messages: [finding({ excerpt: 'Vader is er nooit bij geweest, ook niet bij de evaluatie op school.' })], errorCount: 0, warningCount: 1 };
    const d: FileResult = { ...fileA, filePath: 'd.md', suppressedMessages: [], messages: [finding({ line: 5, endLine: 5 })], errorCount: 0, warningCount: 1 };
    const many: RunSummary = { results: [fileA, fileB, c, d], rules: [meta], errorCount: 1, warningCount: 3 };
    const lines = stylish(many, opts).split('\n');
    expect(lines.slice(lines.indexOf('Samenvatting per bestand') - 1)).toEqual([
      '',
      'Samenvatting per bestand',
      '  plannen/a.md  1 fout    1 waarschuwing',
      '  c.md          0 fouten  1 waarschuwing',
      '  d.md          0 fouten  1 waarschuwing',
      '  1 bestand zonder meldingen',
      '',
      'Per regel',
      '  bronvermelding  0 fouten  3 waarschuwingen  in 3 bestanden',
      '  toets           1 fout    0 waarschuwingen  in 1 bestand',
      '',
      'Meest voorkomend',
      '     3×  bronvermelding  Noem de bron.',
      '         in 3 bestanden; bijvoorbeeld: "Sem is druk.", "Vader is er nooit bij',
      '         geweest, ook niet bij de evaluatie op…"',
      '',
      '✖ 4 problemen (1 fout, 3 waarschuwingen) in 3 van de 4 bestanden',
      '  1 melding uitgeschakeld met een toets-opmerking.',
      '',
    ]);
    // Two files with findings: no summary.
    expect(stylish(summary, opts)).not.toContain('Samenvatting');
  });

  it('uses colour only when asked', () => {
    expect(stylish(summary, { ...opts, color: true })).toContain('\u001b[');
    expect(stylish(summary, opts)).not.toContain('\u001b[');
  });
});

describe('stylish helpers', () => {
  it('splits a message into what was found and the advice, not inside a quotation', () => {
    expect(splitAdvice('"Hij zegt. Nee" is een oordeel. Beschrijf wat u zag.')).toEqual({ kort: '"Hij zegt. Nee" is een oordeel.', advies: 'Beschrijf wat u zag.' });
    expect(splitAdvice('Eén zin zonder advies.')).toEqual({ kort: 'Eén zin zonder advies.', advies: '' });
  });

  it('shortens a long sentence around the cue, at word boundaries', () => {
    const text = `${'woord '.repeat(40)}SIGNAAL ${'staart '.repeat(40)}`.trim();
    const start = text.indexOf('SIGNAAL');
    const shown = markedSentence({ text, start, end: start + 7 }, 60);
    expect(shown).toContain('‹SIGNAAL›');
    expect(shown.startsWith('…woord')).toBe(true);
    expect(shown.endsWith('staart…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(64);
    expect(markedSentence({ text: 'Kort en goed.', start: 5, end: 7 })).toBe('Kort ‹en› goed.');
  });
});

describe('json', () => {
  it('writes the ESLint-style array of the evaluation format', () => {
    const out = JSON.parse(json(summary, opts)) as unknown[];
    expect(out).toEqual([
      {
        filePath: 'plannen/a.md',
        messages: [
          { ruleId: 'bronvermelding', severity: 1, message: 'Noem de bron.', line: 3, column: 1, endLine: 3, endColumn: 12, excerpt: 'Sem is druk.', fingerprint: 'a'.repeat(40) },
          { ruleId: 'toets', severity: 2, message: 'Onbekende regel.', line: 12, column: 3, endLine: 12, endColumn: 3, excerpt: '', fingerprint: 'b'.repeat(40) },
        ],
        suppressedMessages: [
          {
            ruleId: 'bronvermelding',
            severity: 1,
            message: 'Noem de bron.',
            line: 20,
            column: 1,
            endLine: 20,
            endColumn: 12,
            suppressions: [{ kind: 'directive', justification: 'citaat' }],
          },
        ],
        errorCount: 1,
        warningCount: 1,
        documentType: 'gezinsplan',
      },
      { filePath: 'b.md', messages: [], suppressedMessages: [], errorCount: 0, warningCount: 0 },
    ]);
  });
});

describe('sarif', () => {
  const log = JSON.parse(sarif(summary, opts));
  const run = log.runs[0];

  it('has the 2.1.0 envelope and the tool with its version and rule metadata', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('toets');
    expect(run.tool.driver.version).toBe('1.2.3');
    expect(run.tool.driver.rules[0]).toEqual({
      id: 'bronvermelding',
      name: 'bronvermelding',
      shortDescription: { text: 'Elke bewering heeft een bron.' },
      fullDescription: { text: 'Een bewering zonder bron is niet te controleren.' },
      help: {
        text: 'Een bewering zonder bron is niet te controleren.\n\nWaarop gebaseerd: Kinderombudsman (seed 002), III.1b: Noem bij elke bewering de bron.\n\nDocumentatie: rules/bronvermelding/README.md',
        markdown:
          'Een bewering zonder bron is niet te controleren.\n\n**Waarop gebaseerd:** Kinderombudsman (seed 002), III.1b: Noem bij elke bewering de bron.\n\n[Documentatie van de regel](rules/bronvermelding/README.md)',
      },
      defaultConfiguration: { level: 'warning' },
      properties: { actielijn: 3, 'actielijn-naam': 'Kwaliteit onderzoek en rapportage', tags: ['jeugdbescherming', 'actielijn-3'] },
    });
    // toets' own findings get a descriptor too
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['bronvermelding', 'toets']);
  });

  it('gives every result a ruleIndex, a repo-relative URI, a full region and a content fingerprint', () => {
    expect(run.results).toHaveLength(3);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'sub/plannen/a.md', uriBaseId: '%SRCROOT%' });
      expect(Object.keys(r.locations[0].physicalLocation.region).slice(0, 4)).toEqual(['startLine', 'startColumn', 'endLine', 'endColumn']);
      expect(r.partialFingerprints['toetsInhoud/v1']).toMatch(/^[0-9a-f]{40}$/);
    }
    expect(run.results.map((r: { level: string; locations: { physicalLocation: { region: unknown } }[] }) => [r.level, r.locations[0]!.physicalLocation.region])).toEqual([
      ['warning', { startLine: 3, startColumn: 1, endLine: 3, endColumn: 12, snippet: { text: 'Sem is druk.' } }],
      ['error', { startLine: 12, startColumn: 3, endLine: 12, endColumn: 4 }],
      ['warning', { startLine: 20, startColumn: 1, endLine: 20, endColumn: 12, snippet: { text: 'Sem is druk.' } }],
    ]);
  });

  it('marks suppressed findings as in-source suppressions with the reason', () => {
    expect(run.results.map((r: { suppressions?: unknown }) => r.suppressions)).toEqual([undefined, undefined, [{ kind: 'inSource', justification: 'citaat' }]]);
  });

  it('encodes URIs and uses file:// for files outside the source root', () => {
    expect(artifactLocation('map met spatie/ü.md', { cwd, srcRoot: resolve('/repo') })).toEqual({ uri: 'sub/map%20met%20spatie/%C3%BC.md', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/elders/x.md', { cwd, srcRoot: resolve('/repo') })).toEqual({ uri: 'file:///elders/x.md' });
  });
});

describe('registry', () => {
  it('loads the built-in formats by name and nothing else', async () => {
    expect(FORMATS).toEqual(['stylish', 'json', 'sarif', 'html', 'markdown']);
    expect(await loadReporter('stylish')).toBe(stylish);
    expect(await loadReporter('sarif')).toBe(sarif);
    expect(await loadReporter('../cli/index')).toBeUndefined();
  });
});
