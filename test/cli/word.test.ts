/**
 * End-to-end (built CLI): Word documents among Markdown, --fix refusing
 * them, and one document from standard input (`toets check -`).
 * `npm test` builds first; run `npm run build` before running this file alone.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../tmp.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/toets.js');
const example = join(root, 'fixtures/voorbeelden/gezinsplan-word.docx');

/** Runs the CLI without blocking the test worker; `input` goes to its standard input. */
function toets(args: string[], cwd = root, input?: string | Buffer): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('close', (code) => done({ code, out, err }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

describe('Word documents on the command line', { timeout: 0 }, () => {
  it("checks the .docx among the .md of the README's first command, naming places in Word", async () => {
    const r = await toets(['check', 'fixtures/voorbeelden']);
    expect(r.err).toBe('');
    expect(r.out).toContain('fixtures/voorbeelden/gezinsplan-word.docx\n');
    expect(r.out).toContain('  onder kop "Feiten", alinea 3  waarschuwing  feit-mening\n');
    expect(r.out).toContain('  onder kop "Feiten", alinea 4  fout  diagnose-onderbouwing\n');
    expect(r.out).toContain('» Daan heeft waarschijnlijk een ‹hechtingsstoornis›.');
    expect(r.out).toContain('fixtures/voorbeelden/gezinsplan-met-fouten.md\n');
  });

  it('gives the Word place in the JSON output next to line and column', async () => {
    const r = await toets(['check', '--format', 'json', example]);
    const [file] = JSON.parse(r.out) as Array<{ messages: Array<{ ruleId: string; line: number; place?: { description: string; heading?: string; paragraph?: number } }> }>;
    const fm = file!.messages.find((m) => m.ruleId === 'diagnose-onderbouwing');
    expect(fm?.place).toEqual({ description: 'onder kop "Feiten", alinea 4', heading: 'Feiten', paragraph: 4 });
    expect(fm?.line).toBeGreaterThan(1);
  });

  it('names the Word place in the markdown and SARIF reports too', async () => {
    const md = await toets(['check', '--format', 'markdown', example]);
    expect(md.out).toContain('**onder kop "Feiten", alinea 4**');
    const sarif = JSON.parse((await toets(['check', '--format', 'sarif', example])).out) as { runs: Array<{ results: Array<{ locations: Array<{ message?: { text: string } }> }> }> };
    expect(sarif.runs[0]!.results.map((r) => r.locations[0]!.message?.text)).toContain('onder kop "Feiten", alinea 4');
  });

  it('--fix refuses a Word document with a Dutch message, leaves it unchanged, and still fixes the Markdown beside it', async () => {
    const dir = tempDir('toets-word-fix-');
    const file = join(dir, 'plan.docx');
    copyFileSync(example, file);
    const md = readFileSync(join(root, 'test/cli/fixtures/fout.md'), 'utf8').replace(/^datum: .*$/m, 'datum: 14 maart 2025');
    writeFileSync(join(dir, 'plan.md'), md);
    const before = readFileSync(file);
    const r = await toets(['check', '.', '--fix'], dir);
    expect(r.out).toContain('--fix verandert geen Word-documenten (.docx); dit bestand is niet gewijzigd.');
    expect(r.out).toContain('verbetering');
    expect(r.code).toBe(1);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toContain('datum: 2025-03-14');
  });

  it('reports a damaged .docx in a folder in Dutch, without a stack trace, and checks the other files', async () => {
    const dir = tempDir('toets-word-kapot-');
    writeFileSync(join(dir, 'kapot.docx'), Buffer.from('PK\u0003\u0004rommel'));
    copyFileSync(example, join(dir, 'goed.docx'));
    writeFileSync(join(dir, '~$goed.docx'), 'lock file of Word');
    const r = await toets(['check', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.out).toContain('kapot.docx\n');
    expect(r.out).toContain('Het Word-document is beschadigd');
    expect(r.out).toContain('goed.docx\n');
    expect(r.out).not.toContain('~$goed.docx');
    expect(r.err).toBe('');
    expect(r.out).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('toets check - (standard input)', { timeout: 0 }, () => {
  const text = readFileSync(join(root, 'test/cli/fixtures/fout.md'), 'utf8');

  it('reads one Markdown document from standard input, named <stdin> or by --stdin-filename', async () => {
    const plain = await toets(['check', '-'], root, text);
    expect(plain.out).toContain('<stdin>\n');
    expect(plain.out).toContain('feit-mening');
    const named = await toets(['check', '-', '--stdin-filename', 'dossier/plan.md'], root, text);
    expect(named.out).toContain('dossier/plan.md\n');
    expect(named.out).not.toContain('<stdin>');
  });

  it('uses the .toetsrc.yaml that applies to --stdin-filename', async () => {
    const dir = tempDir('toets-stdin-');
    mkdirSync(join(dir, 'team'));
    writeFileSync(join(dir, 'team', '.toetsrc.yaml'), 'regels:\n  feit-mening: uit\n');
    const inTeam = await toets(['check', '-', '--stdin-filename', 'team/plan.md'], dir, text);
    expect(inTeam.out).not.toContain('feit-mening');
    const elsewhere = await toets(['check', '-', '--stdin-filename', 'plan.md'], dir, text);
    expect(elsewhere.out).toContain('feit-mening');
  });

  it('reads a Word document from standard input', async () => {
    const r = await toets(['check', '-', '--stdin-filename', 'plan.docx'], root, readFileSync(example));
    expect(r.out).toContain('plan.docx\n');
    expect(r.out).toContain('onder kop "Feiten", alinea 3');
  });

  it('refuses --fix on standard input', async () => {
    const r = await toets(['check', '-', '--fix'], root, text);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--fix werkt niet met de standaardinvoer');
  });
});
