/**
 * Who writes a document: role nouns that mean the writer (not an informant)
 * by document type, and the analysis context of a document built from its
 * frontmatter. Structural types only: the language layer does not depend on
 * the document model.
 */
import type { AnalysisContext } from './types.js';

/** Who writes each document type: these role nouns mean the writer, not an informant. */
export const WRITER_ROLES_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  gezinsplan: ['jeugdbeschermer', 'gezinsmanager', 'gezinsvoogd', 'jeugdzorgwerker', 'casusregisseur'],
  // "De raad is van mening …": in its own report the Raad voor de Kinderbescherming is the writer.
  raadsrapport: ['raadsonderzoeker', 'onderzoeker', 'raadsmedewerker', 'raad'],
};

/** What the analysis context is built from (a subset of the frontmatter). */
export interface WriterSource {
  type?: string | undefined;
  date?: Date | undefined;
  /** Raw frontmatter values; `auteur` ("J. Visser, jeugdbeschermer") is read. */
  data?: Record<string, unknown> | null | undefined;
  kinderen?: { naam?: string | undefined; birthDate?: Date | undefined }[] | undefined;
  betrokkenen?: { naam?: string | undefined; rol?: string | undefined }[] | undefined;
}

/** The writer's roles: by document type, plus the role after the comma in `auteur` ("J. Visser, jeugdbeschermer"). */
export function writerRoles(type: string | undefined, auteur?: unknown): string[] | undefined {
  const byType = type ? WRITER_ROLES_BY_TYPE[type] : undefined;
  const own = typeof auteur === 'string' && auteur.includes(',') ? (auteur.slice(auteur.lastIndexOf(',') + 1).trim().toLowerCase().split(/\s+/)[0] ?? '') : '';
  if (!byType && !own) return undefined;
  return [...(byType ?? []), ...(own && /^[\p{L}-]+$/u.test(own) ? [own] : [])];
}

/** The analysis context of a document: its date, children, betrokkenen and the writer's roles. */
export function analysisContextFor(fm: WriterSource | null | undefined): AnalysisContext {
  const roles = writerRoles(fm?.type, fm?.data?.auteur);
  return {
    ...(roles ? { writerRoles: roles } : {}),
    ...(fm?.date ? { docDate: fm.date } : {}),
    children: (fm?.kinderen ?? []).map((k) => ({ ...(k.naam ? { naam: k.naam } : {}), ...(k.birthDate ? { birthDate: k.birthDate } : {}) })),
    people: (fm?.betrokkenen ?? []).map((p) => ({ ...(p.naam ? { naam: p.naam } : {}), ...(p.rol ? { rol: p.rol } : {}) })),
  };
}
