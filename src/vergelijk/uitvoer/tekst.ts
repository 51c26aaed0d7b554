/** Shared Dutch wording for the comparison writers. */
import type { Finding } from '../../engine/types.js';
import type { BronInfo, CorrectieStatus, KopjeVerschil, Vergelijking, VersieInfo, ZienswijzeVerschil, ZinPlaats } from '../model.js';

export function aantal(n: number, een: string, meer: string): string {
  return `${n} ${n === 1 ? een : meer}`;
}

export function versieTekst(v: VersieInfo): string {
  return v.documentDate ? `${v.filePath} (${v.documentDate})` : v.filePath;
}

export function ernst(f: Finding): string {
  return f.severity === 2 ? 'fout' : 'waarschuwing';
}

export function eenRegel(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}

/** "Zienswijze ouders: gewijzigd (1 zin verwijderd, 2 toegevoegd, 1 gewijzigd)". */
export function zienswijzeTekst(z: ZienswijzeVerschil): string {
  switch (z.status) {
    case 'toegevoegd':
      return `nieuw toegevoegd (${aantal(z.toegevoegd, 'zin', 'zinnen')})`;
    case 'verwijderd':
      return `verwijderd (had ${aantal(z.verwijderd, 'zin', 'zinnen')})`;
    case 'ongewijzigd':
      return 'ongewijzigd';
    case 'gewijzigd': {
      const delen = [
        z.verwijderd ? `${aantal(z.verwijderd, 'zin', 'zinnen')} verwijderd` : '',
        z.toegevoegd ? `${aantal(z.toegevoegd, 'zin', 'zinnen')} toegevoegd` : '',
        z.gewijzigd ? `${aantal(z.gewijzigd, 'zin', 'zinnen')} gewijzigd` : '',
      ].filter(Boolean);
      return delen.length ? `gewijzigd (${delen.join(', ')})` : 'gewijzigd (andere kop)';
    }
  }
}

export const GEEN_ZIENSWIJZE =
  'Geen van beide versies heeft een sectie met de zienswijze van ouders of kind. Hun eigen woorden horen in het document (hoor en wederhoor).';

/** One line with the headline figures. */
export function kernTekst(v: Vergelijking): string {
  const m = v.meldingen;
  const z = v.zinnen;
  return [
    `${aantal(m.opgelost.length, 'melding', 'meldingen')} opgelost`,
    `${m.nieuw.length} nieuw`,
    `${m.gebleven.length} gebleven`,
    ...(m.uitgeschakeld.length ? [`${m.uitgeschakeld.length} alleen uitgeschakeld`] : []),
  ].join(', ') +
    '; ' +
    zinnenTelling(v);
}

/** "verwerkt (stond 2 keer in de oude versie)" / "niet verwerkt: staat nog als waar op regel 12, 30". */
export function correctieTekst(c: CorrectieStatus): string {
  const oud = c.oudAantal ? `stond ${c.oudAantal === 1 ? '1 keer' : `${c.oudAantal} keer`} in de oude versie` : 'stond niet in de oude versie';
  if (c.verwerkt) return `verwerkt (${oud})`;
  return `niet verwerkt: staat nog als waar op ${c.nieuw.length === 1 ? 'regel' : 'regels'} ${c.nieuw.map((z) => z.line).join(', ')} (${oud})`;
}

/** "Vader had een huisverbod" (klachtencommissie, 2025-02-20). */
export function correctieKop(c: CorrectieStatus): string {
  const wie = [c.door, c.datum].filter(Boolean).join(', ');
  return `"${c.onjuist}"${wie ? ` (${wie})` : ''}`;
}
/** "2 zinnen gewijzigd, 1 verplaatst, 3 toegevoegd, 0 verwijderd, 20 ongewijzigd". */
export function zinnenTelling(v: Vergelijking): string {
  const z = v.zinnen;
  return `${aantal(z.gewijzigd.length, 'zin', 'zinnen')} gewijzigd, ${z.verplaatst.length} verplaatst, ${z.toegevoegd.length} toegevoegd, ${z.verwijderd.length} verwijderd, ${z.ongewijzigd} ongewijzigd`;
}

/** Where a moved sentence went: "van "Feiten" naar "Analyse"" or "binnen "Feiten"". */
export function verplaatsing(oud: ZinPlaats, nieuw: ZinPlaats): string {
  const naam = (s: string) => (s ? `"${s}"` : 'het begin');
  return oud.sectie === nieuw.sectie ? `binnen ${naam(nieuw.sectie)}, regel ${oud.line} → ${nieuw.line}` : `van ${naam(oud.sectie)} naar ${naam(nieuw.sectie)}, regel ${oud.line} → ${nieuw.line}`;
}

export function bronTekst(b: BronInfo): string {
  const details = [b.soort, b.van, b.datum, b.titel].filter(Boolean).join(', ');
  return details ? `${b.id} (${details})` : b.id;
}

/** The frontmatter changes as lines of text (without markup). */
export function kopjeRegels(k: KopjeVerschil): { teken: '~' | '+' | '-'; tekst: string }[] {
  const leeg = (s: string) => (s === '' ? '(leeg)' : s);
  return [
    ...k.velden.map((f) => ({ teken: '~' as const, tekst: `${f.veld}: ${leeg(f.oud)} → ${leeg(f.nieuw)}` })),
    ...k.bronnen.toegevoegd.map((b) => ({ teken: '+' as const, tekst: `bron ${bronTekst(b)} toegevoegd` })),
    ...k.bronnen.verwijderd.map((b) => ({ teken: '-' as const, tekst: `bron ${bronTekst(b)} verwijderd` })),
    ...k.bronnen.gewijzigd.map((g) => ({ teken: '~' as const, tekst: `bron ${g.id}: ${g.velden.map((f) => `${f.veld} ${leeg(f.oud)} → ${leeg(f.nieuw)}`).join('; ')}` })),
  ];
}

export const GEEN_KOPJE_VERSCHIL = 'Geen verschil in de gegevens bovenaan (datum, kinderen, betrokkenen, bronnen).';
