/** Metadata of the rule feit-mening (see README.md next to this file). */
import type { RuleMeta } from '../../src/engine/types.js';

/** The six kinds of finding, in the order the rule prefers them when one sentence has several. */
export const CATEGORIEEN = ['schrijversmening', 'gissing', 'oordeel', 'generalisatie', 'binnenwereld', 'duiding'] as const;
export type Categorie = (typeof CATEGORIEEN)[number];

const meta: RuleMeta = {
  id: 'feit-mening',
  description: 'In de feiten staan geen oordelen, vermoedens of meningen zonder toeschrijving.',
  explanation:
    'Feiten en meningen moeten gescheiden blijven. In een feitensectie staat wat iemand deed, zei of zag, wanneer, en wie dat zegt. ' +
    'Een oordeel ("moeder is onverantwoordelijk"), een vermoeden ("vermoedelijk"), een veralgemening ("nooit") of wat iemand zou voelen ' +
    'mag daar alleen als de mening van een genoemde persoon ("Volgens de leerkracht …"). Uw eigen oordeel hoort in de analyse.',
  defaultSeverity: 'waarschuwing',
  actielijn: 3,
  docs: 'rules/feit-mening/README.md',
  recommendation: {
    document: 'Kinderombudsman Metropool Amsterdam, rapport over klachten over Jeugdbescherming',
    section: 'III.1 Waarheidsvinding en neutraliteit (a. Bevindingen, b. Aanbevelingen); IV aanbeveling 1',
    summary:
      'In gezinsplannen wordt te weinig onderscheid gemaakt tussen feiten en meningen; een deugdelijke weergave begint met dat onderscheid, en verslaglegging moet daarop blijvend worden getraind.',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      secties: { type: 'array', items: { type: 'string' } },
      categorieen: { type: 'array', items: { type: 'string', enum: [...CATEGORIEEN] } },
    },
  },
  defaultOptions: { secties: ['feiten'], categorieen: [...CATEGORIEEN] },
};

export default meta;
