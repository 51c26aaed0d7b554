import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectFiles } from '../../src/cli/files.js';
import { tempDir } from '../tmp.js';

function tree(files: string[]): string {
  const root = tempDir('toets-files-');
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), f.endsWith('.toetsignore') ? '' : '# x\n');
  }
  return root;
}

const none = (dir: string) => ({ cliPatterns: [], configPatterns: [], configDir: dir });

describe('file selection', () => {
  it('walks directories for .md, skipping node_modules and .git, in sorted order', async () => {
    const root = tree(['b.md', 'a/c.md', 'a/d.txt', 'node_modules/x/e.md', '.git/f.md', 'map.md/g.md']);
    const s = await selectFiles(['.'], root, none(root));
    expect(s.files.map((f) => relative(root, f))).toEqual(['a/c.md', 'b.md', 'map.md/g.md']);
    expect([s.missing, s.ignoredExplicit]).toEqual([[], []]);
  });

  it('applies negeren relative to the config folder and --ignore-pattern relative to cwd', async () => {
    const root = tree(['sub/concepten/a.md', 'sub/b.md', 'sub/c.md']);
    const cwd = join(root, 'sub');
    const s = await selectFiles([], cwd, { cliPatterns: ['c.md'], configPatterns: ['sub/concepten/**'], configDir: root });
    expect(s.files.map((f) => relative(root, f))).toEqual(['sub/b.md']);
  });

  it("reads .toetsignore in cwd and in each walked root", async () => {
    const root = tree(['docs/a.md', 'docs/oud/b.md', 'docs/c.md', 'd.md']);
    writeFileSync(join(root, '.toetsignore'), 'd.md\n');
    writeFileSync(join(root, 'docs', '.toetsignore'), 'oud/\n# commentaar\nc.md\n');
    const s = await selectFiles(['docs', 'd.md'], root, none(root));
    expect(s.files.map((f) => relative(root, f))).toEqual(['docs/a.md']);
    expect(s.ignoredExplicit).toEqual(['d.md']);
  });

  it('a .toetsignore in a folder below the walked root applies to that folder, as .gitignore does', async () => {
    const root = tree(['fixtures/corpus/ANNOTATIE.md', 'fixtures/corpus/a.md', 'fixtures/set/README.md', 'fixtures/set/b.md', 'fixtures/README.md']);
    writeFileSync(join(root, 'fixtures', 'corpus', '.toetsignore'), 'ANNOTATIE.md\n');
    writeFileSync(join(root, 'fixtures', 'set', '.toetsignore'), 'README.md\n');
    const s = await selectFiles(['fixtures'], root, none(root));
    expect(s.files.map((f) => relative(root, f))).toEqual(['fixtures/README.md', 'fixtures/corpus/a.md', 'fixtures/set/b.md']);
  });

  it('expands globs, keeps explicit non-.md files, removes duplicates and reports what is missing', async () => {
    const root = tree(['a/x.md', 'a/y.md', 'notities.txt']);
    const s = await selectFiles(['a/*.md', 'a/x.md', 'notities.txt', 'weg.md', 'b/**/*.md'], root, none(root));
    expect(s.files.map((f) => relative(root, f))).toEqual(['a/x.md', 'a/y.md', 'notities.txt']);
    expect(s.missing).toEqual(['weg.md', 'b/**/*.md']);
  });
});
