/** Shared Dutch wording for the comparison writers. */
import type { Finding } from '../../engine/types.js';
import type { CorrectieStatus, Vergelijking, VersieInfo, ZienswijzeVerschil } from '../model.js';

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
    `${aantal(z.gewijzigd.length, 'zin', 'zinnen')} gewijzigd, ${z.toegevoegd.length} toegevoegd, ${z.verwijderd.length} verwijderd, ${z.ongewijzigd} ongewijzigd`;
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
