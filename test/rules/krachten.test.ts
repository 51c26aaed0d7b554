import { describe, expect, it } from 'vitest';
import { doc, findings, FM_LINES, lintWith } from '../helpers.js';

const L = (n: number) => FM_LINES + n;
const run = async (body: string) => (await findings(doc(body), 'krachten')).map((f) => [f.line, f.column]);

describe('krachten', () => {
  it('reports a missing section at the first heading', async () => {
    expect(await run('## Feiten\n\nSem gaat naar school.\n')).toEqual([[L(1), 1]]);
  });

  it('reports an empty or placeholder section at its heading', async () => {
    expect(await run('## Feiten\n\nx\n\n## Wat gaat goed\n\nn.v.t.\n')).toEqual([[L(5), 1]]);
    expect(await run('## Wat gaat goed\n\n## Zorgen\n\nSem is vaak ziek.\n')).toEqual([[L(1), 1]]);
  });

  it('reports a child or parent without a strength', async () => {
    const found = await findings(doc('## Wat gaat goed\n\n- Sem sport graag.\n- Moeder kookt elke dag.\n'), 'krachten');
    expect(found.map((f) => [f.line, f.column])).toEqual([[L(1), 1]]);
  });

  it('is satisfied when every child and parent is named, also as "ouders"', async () => {
    expect(await run('## Krachten\n\n- Sem sport graag.\n- De ouders brengen hem samen naar training.\n')).toEqual([]);
  });

  it('warns about one-sidedness', async () => {
    const zorgen = Array.from({ length: 9 }, (_, i) => `Zorg nummer ${i + 1} is er.`).join(' ');
    expect(await run(`## Wat gaat goed\n\nSem, moeder en vader koken samen.\n\n## Zorgen\n\n${zorgen}\n`)).toEqual([[L(1), 1]]);
  });
});

describe('krachten: group words for the children', () => {
  const two = `kinderen:\n  - naam: Sem\n    geboortedatum: 2014-06-02\n  - naam: Noor\n    geboortedatum: 2017-01-09\n`;
  const lint = async (body: string) => {
    const r = await lintWith(doc(body).replace(/kinderen:\n  - naam: Sem\n    geboortedatum: 2014-06-02\n/, two), 'krachten');
    return r.messages.map((m) => [m.line, m.column, m.message]);
  };
  it('"de kinderen" names both children; "haar kinderen" is the object of the mother\'s strength', async () => {
    expect(await lint('## Krachten\n\n- De kinderen spelen graag samen.\n- Moeder en vader brengen hen naar school.\n')).toEqual([]);
    const found = await lint('## Krachten\n\n- Sem sport graag.\n- Moeder houdt van haar kinderen; vader ook.\n');
    expect(found.map(([l, c]) => [l, c])).toEqual([[L(1) + 2, 1]]); // two more frontmatter lines for Noor
    expect(String(found[0]![2])).toContain('Noor');
  });
});

describe('krachten: adults named by title and surname', () => {
  const fm = (naamMoeder: string) =>
    `---\ntype: gezinsplan\ndatum: 2025-03-14\nkinderen:\n  - naam: Sem\n    geboortedatum: 2014-06-02\nbetrokkenen:\n  - naam: ${naamMoeder}\n    rol: moeder\n---\n\n`;
  const lint = async (naamMoeder: string, body: string) =>
    (await lintWith(fm(naamMoeder) + body, 'krachten')).messages.map((m) => [m.line, m.column, m.message]);

  it('"mevrouw De Vries" and "mw. de Vries" name Lisa de Vries; the surname alone does not', async () => {
    expect(await lint('Lisa de Vries', '## Krachten\n\nMevrouw De Vries is trouw aan de afspraken. Sem sport graag.\n')).toEqual([]);
    expect(await lint('Lisa de Vries', '## Krachten\n\nMw. de Vries kookt elke dag. Sem sport graag.\n')).toEqual([]);
    expect(await lint('Lisa de Vries', '## Krachten\n\nDe Vries kookt elke dag. Sem sport graag.\n')).toEqual([
      [12, 1, 'In "Krachten" staat niets over Lisa de Vries (moeder). Noem voor ieder kind en iedere ouder of verzorger ten minste één ding dat goed gaat.'],
    ]);
  });
});
