/**
 * wie-beslist: only the kinderrechter decides on a child-protection measure
 * (seed 002 §III.3 b and footnote 36; seed 004 §2.3). Reports the writer as
 * the subject of a deciding verb with a measure as its object, and framing
 * the judge as the one who merely gives permission.
 */
import type { Rule } from '../../src/engine/types.js';
import { normalize, othersWords, PhraseSet } from '../../src/taal/index.js';
import { analysisContext, isQuotation } from '../_gedeeld/context.js';
import { decisionClaims, permissionFraming, type Settings } from './detect.js';
import meta from './meta.js';

const LABEL: Record<string, string> = {
  OTS: 'een OTS',
  VOTS: 'een voorlopige OTS',
  MUHP: 'een uithuisplaatsing',
  GBM: 'het beëindigen van het gezag',
  'schorsing-gezag': 'het schorsen van het gezag',
  VoVo: 'een voorlopige voogdij',
  voogdij: 'de voogdij',
  maatregel: 'een kinderbeschermingsmaatregel',
};

/** "De GI" → "de GI"; "Wij" → "wij"; a name keeps its capital. */
function who(subject: string): string {
  const t = subject.trim();
  if (!t || /^(wij|we|ik|ons|onze)$/i.test(t)) return 'de instelling';
  return /^(De|Het)\b/.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t;
}

/** Letters that every measure word or permission phrase contains (a pre-check before the full analysis). */
const MAYBE = /ots|uhp|huis|toezicht|gezag|voogd|maatregel|toestemming|gbm|vovo/i;

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 90 ? t.slice(0, 87) + '…' : t;
}

const rule: Rule = {
  meta,
  check(doc, ctx) {
    const o = ctx.options;
    const org = typeof doc.frontmatter?.data?.organisatie === 'string' ? [normalize(doc.frontmatter.data.organisatie as string)] : [];
    const settings: Settings = {
      measures: new Set((o.maatregelen as string[]) ?? []),
      verbs: new Set(((o['beslis-werkwoorden'] as string[]) ?? []).map(normalize)),
      writer: new Set([...((o.schrijver as string[]) ?? []).map(normalize), ...org]),
      exceptions: new PhraseSet((o.uitzonderingen as string[]) ?? []),
      requestVerbs: new Set(((o['verzoek-werkwoorden'] as string[]) ?? []).map(normalize)),
    };
    const actx = analysisContext(doc);
    for (const s of doc.sentences) {
      if (s.blockKind === 'heading' || s.tableHeader || isQuotation(s)) continue;
      // cheap pre-check: no measure word and no "toestemming", nothing to analyse
      if (!MAYBE.test(s.text)) continue;
      const a = ctx.taal.analyze(s.text, actx);
      // what a named informant says ("Moeder zegt dat …") or a quote is their account, not the writer's claim
      const inside = othersWords(a);
      for (const c of decisionClaims(a, settings)) {
        if (inside(c.start, c.end)) continue;
        ctx.report({
          span: s.spanOf(c.start, c.end),
          messageId: 'besluitMaatregel',
          data: { zin: short(s.text.slice(c.start, c.end)), wie: who(c.subject), maatregel: LABEL[c.soort] ?? c.measure },
        });
      }
      for (const p of permissionFraming(a)) {
        if (inside(p.start, p.end)) continue;
        ctx.report({ span: s.spanOf(p.start, p.end), messageId: 'toestemmingRechter', data: { zin: short(s.text.slice(p.start, p.end)) } });
      }
    }
  },
};

export default rule;
