/**
 * The package as a user gets it: `npm pack`, install the tarball in an
 * empty folder, then `npx toets check`, `init` and `regels` there, and a
 * plugin written in TypeScript against the shipped declarations.
 *
 * One pack and one install. The install fetches toets' dependencies from
 * the npm registry (or npm's cache): that is the only network this test
 * uses. `npm test` builds first; the pack uses that build (--ignore-scripts),
 * so the dist/ that other tests read is not rebuilt meanwhile.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Own temp folders, removed without blocking: an installed node_modules has thousands of files.
const made: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}, 0);

const root = resolve(__dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const quiet = { ...process.env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_loglevel: 'error' };

/** Runs a command without blocking the test worker (a long npm install must not stall vitest's messages). */
function run(cmd: string, args: string[], cwd: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd, env: quiet, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', (e) => done({ code: null, out, err: err + String(e) }));
    child.on('close', (code) => done({ code, out, err }));
  });
}

let packed: string[] = [];
let project = '';

describe('the npm package', { timeout: 0 }, () => {
  beforeAll(async () => {
    const dest = tempDir('toets-pack-');
    const pack = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], root);
    expect(pack.code, pack.err).toBe(0);
    const info = JSON.parse(pack.out) as Array<{ filename: string; files: Array<{ path: string }> }>;
    packed = info[0]!.files.map((f) => f.path);
    project = tempDir('toets-install-');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'proef', version: '1.0.0', private: true }));
    const install = await run(npm, ['install', '--omit=dev', '--prefer-offline', join(dest, info[0]!.filename)], project);
    expect(install.code, install.err).toBe(0);
  }, 0);

  it('ships the data toets reads at run time, a LICENSE and type declarations', async () => {
    for (const f of [
      'bin/toets.js',
      'dist/src/cli/index.js',
      'dist/src/index.d.ts',
      '.toetsrc.example.yaml',
      'src/document/data/sectie-aliassen.json',
      'src/taal/data/werkwoorden.json',
      'src/taal/data/lexicons/meningswoorden.yaml',
      'schemas/toetsrc.schema.json',
      'schemas/frontmatter/gezinsplan.schema.json',
      'rules/diagnose-onderbouwing/diagnoses.yaml',
      'rules/feit-mening/README.md',
      'LICENSE',
    ]) {
      expect(packed, f).toContain(f);
    }
  });

  it('ships no TypeScript sources and no tests', async () => {
    expect(packed.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(packed.filter((f) => f.startsWith('test/') || f.startsWith('fixtures/'))).toEqual([]);
  });

  it('checks Markdown and Word documents with npx toets check', async () => {
    copyFileSync(join(root, 'fixtures/voorbeelden/gezinsplan-met-fouten.md'), join(project, 'plan.md'));
    copyFileSync(join(root, 'fixtures/voorbeelden/gezinsplan-word.docx'), join(project, 'plan.docx'));
    const r = await run(npx, ['--no', 'toets', 'check'], project);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toContain('plan.md\n');
    expect(r.out).toContain('plan.docx\n');
    expect(r.out).toContain('onder kop "Feiten"');
    expect(r.out).not.toContain('bestaat niet');
  });

  it('writes a config with npx toets init that changes no finding', async () => {
    const before = await run(npx, ['--no', 'toets', 'check', '--format', 'json'], project);
    const init = await run(npx, ['--no', 'toets', 'init'], project);
    expect(init.code, init.err).toBe(0);
    expect(existsSync(join(project, '.toetsrc.yaml'))).toBe(true);
    const after = await run(npx, ['--no', 'toets', 'check', '--format', 'json'], project);
    expect(after.code).toBe(before.code);
    expect(JSON.parse(after.out)).toEqual(JSON.parse(before.out));
    expect(readFileSync(join(project, '.toetsrc.yaml'), 'utf8')).toContain('regels: {}');
  });

  it('lists the rules with npx toets regels', async () => {
    const r = await run(npx, ['--no', 'toets', 'regels'], project);
    expect(r.code, r.err).toBe(0);
    for (const id of ['bronvermelding', 'feit-mening', 'verouderde-tijd', 'krachten', 'diagnose-onderbouwing', 'frontmatter']) expect(r.out).toContain(id);
  });

  it('lets a plugin author type a rule against the installed declarations', async () => {
    writeFileSync(
      join(project, 'regel.ts'),
      [
        "import type { Rule, Document, RuleContext } from 'toets';",
        'const regel: Rule = {',
        "  meta: { id: 'eigen/geen-afkortingen', description: 'Geen afkortingen.', explanation: 'Ouders moeten het plan kunnen lezen.', defaultSeverity: 'waarschuwing', actielijn: 2, docs: 'regel.md', recommendation: { document: 'eigen', section: '1', summary: 'leesbaar' } },",
        '  check(doc: Document, ctx: RuleContext) {',
        "    for (const s of doc.sentences) if (s.text.includes('OTS')) ctx.report({ span: s.span, message: 'Schrijf OTS voluit.' });",
        '  },',
        '};',
        'export default regel;',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, types: [] }, files: ['regel.ts'] }),
    );
    const tsc = await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
    expect(tsc.out + tsc.err).toBe('');
    expect(tsc.code).toBe(0);
  });
});
