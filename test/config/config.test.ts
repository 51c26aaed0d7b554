import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, findConfigFile, parseConfig } from '../../src/config/index.js';
import { tempDir } from '../tmp.js';

function errorOf(text: string): ConfigError {
  try {
    parseConfig(text, '.toetsrc.yaml');
  } catch (err) {
    return err as ConfigError;
  }
  throw new Error('no error');
}

describe('configuration', () => {
  it('reads rules, aliases, thresholds, lexicon, ignore patterns and plugins', () => {
    const c = parseConfig(
      'regels:\n  feit-mening: fout\n  verouderde-tijd: { ernst: uit, opties: { maanden: 6 } }\n  krachten: { opties: { min-zorgen: 3 } }\nsecties:\n  gezinsplan:\n    feiten: ["Wat we weten"]\ndrempels:\n  maanden-verouderd: 18\nlexicon:\n  meningswoorden: [ontwrichtend]\nnegeren: ["oud/**"]\nplugins: ["./x.js"]\n',
      '/p/.toetsrc.yaml',
    );
    expect(c.rules).toEqual({ 'feit-mening': { severity: 'fout' }, 'verouderde-tijd': { severity: 'uit', options: { maanden: 6 } }, krachten: { options: { 'min-zorgen': 3 } } });
    expect(c.sectionAliases).toEqual({ gezinsplan: { feiten: ['Wat we weten'] } });
    expect(c.settings.maandenVerouderd).toBe(18);
    expect(c.settings.lexicon).toEqual({ meningswoorden: ['ontwrichtend'] });
    expect(c.ignorePatterns).toEqual(['oud/**']);
    expect(c.plugins).toEqual(['./x.js']);
    expect(c.baseDir).toBe('/p');
    expect(c.rulePositions['krachten']).toEqual({ line: 4, column: 3 });
  });

  it('names the file, line, column and key of an unknown key', () => {
    const e = errorOf('regels:\n  feit-mening: fout\ndrempels:\n  maanden: 3\n');
    expect([e.file, e.line, e.column, e.message]).toEqual(['.toetsrc.yaml', 4, 3, "Onbekende sleutel 'drempels.maanden'. Toegestaan: maanden-verouderd."]);
  });

  it('names an invalid value', () => {
    const e = errorOf('regels:\n  feit-mening: streng\n');
    expect([e.line, e.column, e.message]).toEqual([2, 16, "Ongeldige waarde voor 'regels.feit-mening': kies uit uit, waarschuwing, fout."]);
  });

  it('reports YAML syntax errors with their place', () => {
    const e = errorOf('regels:\n  feit-mening: [fout\n');
    expect(e.message).toMatch(/^Ongeldige YAML/);
    expect(e.line).toBeGreaterThanOrEqual(2);
  });

  it('finds the nearest .toetsrc.yaml walking up', () => {
    const root = tempDir('toets-config-');
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, '.toetsrc.yaml'), 'regels: {}\n');
    expect(findConfigFile(join(root, 'a', 'b'))).toBe(join(root, '.toetsrc.yaml'));
    writeFileSync(join(root, 'a', '.toetsrc.yml'), 'regels: {}\n');
    expect(findConfigFile(join(root, 'a', 'b'))).toBe(join(root, 'a', '.toetsrc.yml'));
  });
});
