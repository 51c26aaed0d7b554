/** Mentions of people: names and roles from the frontmatter, role nouns, pronouns. */
import type { PhraseSet } from './lexicon.js';
import type { AnalysisContext, PersonMention, PersonRef, Token } from './types.js';

const PRONOUNS = new Set(['hij', 'zij', 'ze', 'hem', 'haar', 'zijn', 'hun', 'hen']);
const PARENT_ROLES = new Set(['moeder', 'vader', 'ouder', 'ouders', 'verzorger', 'verzorgers', 'pleegouder', 'pleegouders', 'pleegmoeder', 'pleegvader', 'stiefouder', 'stiefouders', 'stiefvader', 'stiefmoeder']);
const CHILD_WORDS = new Set(['kind', 'kinderen', 'zoon', 'dochter', 'jongen', 'meisje', 'baby']);
/** Role nouns in the text and the `rol` values in the frontmatter they can stand for. */
const ROLE_SYNONYMS: Record<string, string[]> = {
  oma: ['oma', 'grootmoeder', 'grootouder', 'grootouders'],
  opa: ['opa', 'grootvader', 'grootouder', 'grootouders'],
  grootmoeder: ['oma', 'grootmoeder', 'grootouder', 'grootouders'],
  grootvader: ['opa', 'grootvader', 'grootouder', 'grootouders'],
  grootouders: ['grootouder', 'grootouders', 'oma', 'opa'],
  tante: ['tante', 'familie'],
  oom: ['oom', 'familie'],
};

export function firstName(naam: string | undefined): string | undefined {
  if (!naam) return undefined;
  const parts = naam.trim().split(/\s+/).filter((p) => !/^(mevrouw|meneer|dhr\.?|mevr\.?|de|van|der|den)$/i.test(p));
  return parts[0]?.toLowerCase();
}

export function findPersons(tokens: Token[], ctx: AnalysisContext, roles: PhraseSet): PersonMention[] {
  const out: PersonMention[] = [];
  const names = new Map<string, PersonRef>();
  for (const c of ctx.children ?? []) {
    const f = firstName(c.naam);
    if (f) names.set(f, { ...(c.naam ? { naam: c.naam } : {}), rol: 'kind', group: 'kind' });
  }
  for (const p of ctx.people ?? []) {
    const f = firstName(p.naam);
    const ref: PersonRef = { ...(p.naam ? { naam: p.naam } : {}), ...(p.rol ? { rol: p.rol } : {}), group: 'betrokkene' };
    if (f) names.set(f, ref);
    // Surnames too ("mevrouw Vos")
    const last = p.naam?.trim().split(/\s+/).pop()?.toLowerCase();
    if (last && last !== f && last.length > 2) names.set(last, ref);
  }
  const words = tokens.map((t) => t.lower);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const named = names.get(t.lower);
    if (named && /^\p{Lu}/u.test(t.text)) {
      out.push({ text: t.text, start: t.start, end: t.end, ref: named });
      continue;
    }
    const roleLen = roles.matchAt(words, i);
    if (roleLen > 0) {
      const last = tokens[i + roleLen - 1]!;
      const role = words.slice(i, i + roleLen).join(' ');
      // A relative who is a betrokkene in the frontmatter ("oma" for rol: grootouder) is family, not an informant.
      const kin = (ROLE_SYNONYMS[role] ?? []).some((r) => (ctx.people ?? []).some((p) => p.rol?.toLowerCase() === r));
      const group: PersonRef['group'] = PARENT_ROLES.has(role) || kin ? 'betrokkene' : CHILD_WORDS.has(role) ? 'kind' : 'professional';
      out.push({ text: t.text + (roleLen > 1 ? ' …' : ''), start: t.start, end: last.end, ref: { rol: role, group } });
      i += roleLen - 1;
      continue;
    }
    if (PRONOUNS.has(t.lower)) out.push({ text: t.text, start: t.start, end: t.end, ref: { group: 'onbekend' } });
  }
  return out;
}
