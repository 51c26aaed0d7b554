/**
 * End-to-end: runs the built CLI (bin/toets.js → dist/) as a user would.
 * `npm test` builds first; run `npm run build` before running this file alone.
 */
import { spawnAsync } from '../spawn-async.js';
import { existsSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../tmp.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/toets.js');

async function toets(args: string[], cwd = root, env: Record<string, string> = {}) {
  const r = await spawnAsync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('toets CLI (built)', () => {
  it('is built', async () => {
    expect(existsSync(join(root, 'dist/src/cli/index.js'))).toBe(true);
  });

  it('prints stylish output grouped per file with a summary, exit 1 on errors', async () => {
    const r = (await toets(['check', 'test/cli/fixtures', '--rule', 'feit-mening:fout']));
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toBe("\ntest/cli/fixtures/fout.md\n  21:11  fout  feit-mening\n    \"onverantwoordelijk\" is een oordeel over een persoon. [1]\n    » Moeder is ‹onverantwoordelijk›.\n  23:1   waarschuwing  krachten\n    In \"Wat gaat goed\" staat niets over Lisa (moeder). [2]\n    » ‹Wat gaat goed›\n\nUitleg bij de meldingen\n  feit-mening: In de feiten staan geen oordelen, vermoedens of meningen zonder\n  toeschrijving.\n    [1] Beschrijf het gedrag dat u of een ander zag (wat, wanneer, wie zag het),\n        of schrijf wie dit vindt: \"Volgens de leerkracht …\".\n  krachten: Het document noemt wat goed gaat, voor elk kind en elke ouder of\n  verzorger.\n    [2] Noem voor ieder kind en iedere ouder of verzorger ten minste één ding\n        dat goed gaat.\n\n✖ 2 problemen (1 fout, 1 waarschuwing) in 1 van de 2 bestanden\n");
  });

  it('prints the evaluation JSON format exactly', async () => {
    const r = (await toets(['check', '--format', 'json', 'test/cli/fixtures/fout.md']));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { filePath: string; messages: Record<string, unknown>[]; errorCount: number; warningCount: number }[];
    expect(json).toHaveLength(1);
    expect(json[0]!.filePath).toBe('test/cli/fixtures/fout.md');
    expect(json[0]!.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.severity])).toEqual([
      ['feit-mening', 21, 11, 21, 29, 1],
      ['krachten', 23, 1, 23, 17, 1],
    ]);
    expect(json[0]!.messages[0]!.message).toBe(
      '"onverantwoordelijk" is een oordeel over een persoon. Beschrijf het gedrag dat u of een ander zag (wat, wanneer, wie zag het), of schrijf wie dit vindt: "Volgens de leerkracht …".',
    );
    expect([json[0]!.errorCount, json[0]!.warningCount]).toEqual([0, 2]);
  });

  it('writes SARIF 2.1.0 with rule metadata, regions, relative URIs and content fingerprints', async () => {
    const r = (await toets(['check', '--format', 'sarif', 'test/cli/fixtures']));
    const log = JSON.parse(r.out);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('toets');
    const rule = driver.rules.find((x: { id: string }) => x.id === 'bronvermelding');
    expect(rule.shortDescription.text).toMatch(/bron/);
    expect(rule.help.markdown).toContain('(rules/bronvermelding/README.md)');
    expect(rule.defaultConfiguration.level).toBe('warning');
    expect(rule.properties.actielijn).toBe(3);
    for (const res of log.runs[0].results) {
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toMatch(/^test\/cli\/fixtures\/[a-z]+\.md$/);
      expect(loc.region.startLine).toBeGreaterThan(0);
      expect(loc.region.endColumn).toBeGreaterThan(0);
      expect(res.partialFingerprints['toetsInhoud/v1']).toMatch(/^[0-9a-f]{40}$/);
      expect(driver.rules[res.ruleIndex].id).toBe(res.ruleId);
    }
    expect(log.runs[0].results).toHaveLength(2);
  });

  it('exits 0 on a clean document and respects --max-warnings and --quiet', async () => {
    expect((await toets(['check', 'test/cli/fixtures/goed.md'])).code).toBe(0);
    expect((await toets(['check', 'test/cli/fixtures/fout.md', '--max-warnings', '1'])).code).toBe(1);
    expect((await toets(['check', 'test/cli/fixtures/fout.md', '--max-warnings', '2'])).code).toBe(0);
    const q = (await toets(['check', 'test/cli/fixtures/fout.md', '--quiet']));
    expect(q.out).toContain('✔ Geen problemen gevonden in 1 bestand.');
  });

  it('reports a missing file, still checks the others, and exits 2', async () => {
    const r = (await toets(['check', '--format', 'json', 'bestaat-niet.md', 'test/cli/fixtures/goed.md']));
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    expect(json.map((x: { filePath: string; messages: { ruleId: string }[] }) => [x.filePath, x.messages.map((m) => m.ruleId)])).toEqual([
      ['bestaat-niet.md', ['toets']],
      ['test/cli/fixtures/goed.md', []],
    ]);
  });

  it('gives a Dutch error and exit 2 for an invalid config, unknown options and bad --rule values', async () => {
    const dir = tempDir('toets-e2e-');
    writeFileSync(join(dir, '.toetsrc.yaml'), 'regels:\n  feit-mening: streng\n');
    copyFileSync(join(root, 'test/cli/fixtures/goed.md'), join(dir, 'goed.md'));
    const r = (await toets(['check', '.'], dir));
    expect(r.code).toBe(2);
    expect(r.err).toBe("toets: configuratiefout: " + join(dir, '.toetsrc.yaml') + ":2:16: Ongeldige waarde voor 'regels.feit-mening': kies uit uit, waarschuwing, fout.\n");
    expect((await toets(['check', '--bogus'])).err).toBe("toets: onbekende optie '--bogus'. Zie 'toets --help'.\n");
    const bad = (await toets(['check', '--rule', 'feit-mening', 'test/cli/fixtures']));
    expect([bad.code, bad.err]).toEqual([2, "toets: Ongeldige --rule 'feit-mening'. Gebruik regel-id:uit, regel-id:waarschuwing of regel-id:fout (bijvoorbeeld --rule feit-mening:fout).\n"]);
  });

  it('respects .toetsignore and --ignore-pattern, and walks a directory named *.md', async () => {
    const dir = tempDir('toets-e2e-');
    mkdirSync(join(dir, 'concepten'));
    mkdirSync(join(dir, 'map.md'));
    copyFileSync(join(root, 'test/cli/fixtures/fout.md'), join(dir, 'concepten', 'a.md'));
    copyFileSync(join(root, 'test/cli/fixtures/goed.md'), join(dir, 'b.md'));
    copyFileSync(join(root, 'test/cli/fixtures/goed.md'), join(dir, 'map.md', 'c.md'));
    copyFileSync(join(root, 'test/cli/fixtures/goed.md'), join(dir, 'd.md'));
    writeFileSync(join(dir, '.toetsignore'), 'concepten/\n');
    const r = (await toets(['check', '--format', 'json', '.', '--ignore-pattern', 'd.md'], dir));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).map((x: { filePath: string }) => x.filePath)).toEqual(['b.md', 'map.md/c.md']);
  });

  it('writes output atomically to -o and leaves inputs untouched', async () => {
    const dir = tempDir('toets-e2e-');
    const input = join(dir, 'fout.md');
    copyFileSync(join(root, 'test/cli/fixtures/fout.md'), input);
    const before = readFileSync(input, 'utf8');
    const r = (await toets(['check', '--format', 'json', '-o', 'uit.json', 'fout.md'], dir));
    expect([r.code, r.out]).toEqual([0, '']);
    expect(JSON.parse(readFileSync(join(dir, 'uit.json'), 'utf8'))[0].messages).toHaveLength(2);
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('lists the rules and writes a starter config with init', async () => {
    const rules = JSON.parse((await toets(['regels', '--format', 'json'])).out);
    expect(rules.map((r: { id: string; actielijn: number; ernst: string }) => [r.id, r.ernst, r.actielijn])).toEqual([
      ['begrijpelijke-taal', 'waarschuwing', 2],
      ['bronvermelding', 'waarschuwing', 3],
      ['consistentie', 'waarschuwing', 3],
      ['diagnose-onderbouwing', 'fout', 3],
      ['drang-taal', 'waarschuwing', 4],
      ['feit-mening', 'waarschuwing', 3],
      ['frontmatter', 'fout', 3],
      ['krachten', 'waarschuwing', 1],
      ['maatregel-termijnen', 'fout', 4],
      ['reactie-verwerkt', 'waarschuwing', 3],
      ['rechtspositie', 'waarschuwing', 2],
      ['sjabloon-restanten', 'fout', 3],
      ['verouderde-tijd', 'waarschuwing', 3],
      ['verplichte-secties', 'waarschuwing', 3],
      ['wie-beslist', 'waarschuwing', 4],
      ['zienswijze', 'fout', 4],
      ['zorgen-doelen', 'waarschuwing', 3],
    ]);
    const dir = tempDir('toets-e2e-');
    expect((await toets(['init'], dir)).code).toBe(0);
    // A minimal config that sets nothing: every setting in it is a comment.
    expect(readFileSync(join(dir, '.toetsrc.yaml'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'))).toEqual(['regels: {}']);
    const again = (await toets(['init'], dir));
    expect(again.code).toBe(2);
    expect(again.err).toContain('Gebruik --force');
    // the starter config is valid
    copyFileSync(join(root, 'test/cli/fixtures/goed.md'), join(dir, 'goed.md'));
    expect((await toets(['check', 'goed.md'], dir)).code).toBe(0);
  });

  it('turns usage mistakes into Dutch messages and exit 2', async () => {
    const unknownRule = (await toets(['check', '--rule', 'feitmening:fout', 'test/cli/fixtures']));
    expect([unknownRule.code, unknownRule.out, unknownRule.err]).toEqual([
      2,
      '',
      "toets: Onbekende regel 'feitmening' in --rule (bedoelde je 'feit-mening'?). Zie 'toets regels' voor alle regels.\n",
    ]);
    const format = (await toets(['check', '--format', 'xml']));
    expect([format.code, format.err]).toEqual([2, "toets: ongeldige waarde 'xml' voor --format. Kies uit: stylish, json, sarif, html, markdown.\n"]);
    const max = (await toets(['check', '--max-warnings', '-3']));
    expect(max.code).toBe(2);
    const none = (await toets([]));
    expect([none.code, none.out]).toEqual([2, '']);
    expect(none.err).toContain('Gebruik: toets [opties] [opdracht]');
    const unwritable = (await toets(['check', '-o', 'bestaat-niet/uit.json', 'test/cli/fixtures/goed.md']));
    expect([unwritable.code, unwritable.err]).toEqual([2, "toets: Kon het uitvoerbestand 'bestaat-niet/uit.json' niet schrijven: de map bestaat niet.\n"]);
  });

  it('tells the user to build when dist is missing', async () => {
    const dir = tempDir('toets-e2e-');
    mkdirSync(join(dir, 'bin'));
    copyFileSync(bin, join(dir, 'bin', 'toets.js'));
    const r = await spawnAsync(process.execPath, [join(dir, 'bin', 'toets.js'), 'check'], { encoding: 'utf8' });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', "toets: de programmacode is nog niet gebouwd. Voer eerst 'npm install' of 'npm run build' uit.\n"]);
  });

  it('checks an explicitly named file without .md, and warns about an explicitly named ignored file', async () => {
    const dir = tempDir('toets-e2e-');
    copyFileSync(join(root, 'test/cli/fixtures/fout.md'), join(dir, 'plan.txt'));
    copyFileSync(join(root, 'test/cli/fixtures/goed.md'), join(dir, 'oud.md'));
    writeFileSync(join(dir, '.toetsignore'), 'oud.md\n');
    const r = (await toets(['check', '--format', 'json', 'plan.txt', 'oud.md'], dir));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { filePath: string; messages: { ruleId: string; severity: number; message: string }[] }[];
    expect(json.map((x) => [x.filePath, x.messages.map((m) => [m.ruleId, m.severity])])).toEqual([
      ['oud.md', [['toets', 1]]],
      ['plan.txt', [['feit-mening', 1], ['krachten', 1]]],
    ]);
    expect(json[0]!.messages[0]!.message).toBe('Dit bestand is overgeslagen door een negeerpatroon (.toetsignore, --ignore-pattern of negeren:).');
  });

  it('loads a plug-in named in the config and lists it with the rules', async () => {
    const dir = tempDir('toets-e2e-');
    mkdirSync(join(dir, 'regels'));
    copyFileSync(join(root, 'test/engine/fixtures/plugin-regel.js'), join(dir, 'regels', 'eigen.js'));
    writeFileSync(join(dir, '.toetsrc.yaml'), 'plugins: ["./regels/eigen.js"]\nregels:\n  eigen/woord: { ernst: waarschuwing, opties: { woord: Sem } }\n');
    copyFileSync(join(root, 'test/cli/fixtures/goed.md'), join(dir, 'goed.md'));
    const list = JSON.parse((await toets(['regels', '--format', 'json', '--plugins'], dir)).out) as { id: string; actielijn: number }[];
    expect(list.map((x) => x.id)).toContain('eigen/woord');
    const r = (await toets(['check', '--format', 'json', '--plugins', 'goed.md'], dir));
    expect(r.code).toBe(0);
    expect(r.err).toBe(`toets: plug-in geladen: ${join(dir, 'regels', 'eigen.js')}\n`);
    const messages = (JSON.parse(r.out) as { messages: { ruleId: string; line: number; column: number }[] }[])[0]!.messages;
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['eigen/woord', 5, 11],
      ['eigen/woord', 20, 24],
      ['eigen/woord', 24, 3],
      ['eigen/woord', 25, 17],
    ]);
    // a broken config stops `regels` too (exit 2), instead of silently dropping the plug-in
    writeFileSync(join(dir, '.toetsrc.yaml'), 'plugin: ["./regels/eigen.js"]\n');
    const broken = (await toets(['regels', '--plugins'], dir));
    expect(broken.code).toBe(2);
    expect(broken.err).toBe(`toets: configuratiefout: ${join(dir, '.toetsrc.yaml')}:1:1: Onbekende sleutel 'plugin'. Toegestaan: regels, secties, drempels, lexicon, negeren, plugins.\n`);
  });

  it('puts the package version in SARIF', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const log = JSON.parse((await toets(['check', '--format', 'sarif', 'test/cli/fixtures/goed.md'])).out);
    expect(log.runs[0].tool.driver.version).toBe(pkg.version);
    expect(log.runs[0].results).toEqual([]);
  });
});
