import { describe, expect, it } from 'vitest';
import { doc, findings, FM_LINES } from '../helpers.js';

const L = (n: number) => FM_LINES + n;
const run = async (lines: string[], section = 'Feiten') => (await findings(doc(`## ${section}\n\n${lines.join('\n\n')}\n`), 'feit-mening')).map((f) => [f.line, f.column]);

describe('feit-mening', () => {
  it('reports unattributed judgements, hedges, the writer\'s opinion, generalisations, inner states and interpretations', async () => {
    expect(
      await run([
        'Moeder is onverantwoordelijk [@school-2025].', // L3: judgement, a citation does not make it a fact
        'Vader drinkt vermoedelijk elke avond.', // L5: hedge
        'Ik vind dat de ouders te weinig grenzen stellen.', // L7: writer's opinion
        'Vader komt nooit op tijd.', // L9: generalisation
        'Sem is bang voor vader.', // L11: inner state
        'Moeder kwam te laat, wat laat zien dat zij geen prioriteit geeft aan Sem.', // L13: interpretation
        'Vader zou moeder hebben geslagen.', // L15: hearsay
      ]),
    ).toEqual([[L(3), 1], [L(5), 1], [L(7), 1], [L(9), 1], [L(11), 1], [L(13), 1], [L(15), 1]]);
  });

  it('stays silent for attributed views, quotes, concrete behaviour and negated facts', async () => {
    expect(
      await run([
        'Moeder vindt dat de school te streng is.',
        'Volgens de leerkracht is Sem onrustig in de klas.',
        'Sem is bang voor de hond, zegt moeder.',
        'Sem vertelt dat hij bang is in het donker.',
        'Sem huilde en rende de kamer uit.',
        'Vader was niet aanwezig bij het gesprek op 4 maart.',
        'Sem woont nog steeds bij oma.',
        'Moeder: "Hij luistert nooit naar mij."',
      ]),
    ).toEqual([]);
  });

  it('does not check analyse sections', async () => {
    expect(await run(['Ik denk dat moeder onverantwoordelijk is.'], 'Analyse')).toEqual([]);
  });
});
