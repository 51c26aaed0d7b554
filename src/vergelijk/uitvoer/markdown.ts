/** `toets vergelijk --format markdown`: to paste into a letter, a ticket or a pull request. */
import type { Finding } from '../../engine/types.js';
import { escapeMarkdown } from '../../reporters/markdown.js';
import type { Vergelijking, WoordDeel } from '../model.js';
import { GEEN_KOPJE_VERSCHIL, GEEN_ZIENSWIJZE, correctieKop, correctieTekst, aantal, ernst, kopjeRegels, verplaatsing, versieTekst, zienswijzeTekst } from './tekst.js';

const esc = escapeMarkdown;

function row(cells: readonly (string | number)[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : String(c))).join(' | ')} |`;
}

function tabel(koppen: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [row(koppen), row(koppen.map(() => '---')), ...rows.map(row)];
}

function findingRows(list: readonly Finding[]): string[] {
  return tabel(
    ['Plaats', 'Ernst', 'Regel', 'Melding'],
    list.map((f) => [`${f.line}:${f.column}`, ernst(f), `\`${f.ruleId}\``, esc(f.message)]),
  );
}

function woorden(delen: readonly WoordDeel[]): string {
  return delen
    .map((d) => {
      const t = esc(d.tekst);
      if (!t.trim()) return t;
      return d.soort === 'weg' ? `~~${t.trim()}~~${/\s$/.test(t) ? ' ' : ''}` : d.soort === 'erbij' ? `**${t.trim()}**${/\s$/.test(t) ? ' ' : ''}` : t;
    })
    .join('');
}

export function markdownVergelijking(v: Vergelijking): string {
  const m = v.meldingen;
  const z = v.zinnen;
  const out: string[] = [
    `# Vergelijking van twee versies`,
    '',
    `- Oud: ${esc(versieTekst(v.oud))} — ${aantal(v.oud.errorCount, 'fout', 'fouten')}, ${aantal(v.oud.warningCount, 'waarschuwing', 'waarschuwingen')}`,
    `- Nieuw: ${esc(versieTekst(v.nieuw))} — ${aantal(v.nieuw.errorCount, 'fout', 'fouten')}, ${aantal(v.nieuw.warningCount, 'waarschuwing', 'waarschuwingen')}`,
    ...(v.waarschuwingen.length ? ['', '> **Let op:** zijn dit twee versies van hetzelfde document? (vergeleken met `--force`)', ...v.waarschuwingen.map((w) => `> - ${esc(w)}`)] : []),
    '',
    '## Gegevens bovenaan',
    '',
    ...(kopjeRegels(v.kopje).length ? kopjeRegels(v.kopje).map((k) => `- ${k.teken === '+' ? 'erbij: ' : k.teken === '-' ? 'weg: ' : ''}${esc(k.tekst)}`) : [GEEN_KOPJE_VERSCHIL]),
    '',
    '## Meldingen',
    '',
    ...tabel(
      ['Opgelost', 'Nieuw', 'Gebleven', 'Alleen uitgeschakeld'],
      [[m.opgelost.length, m.nieuw.length, m.gebleven.length, m.uitgeschakeld.length]],
    ),
  ];
  if (m.opgelost.length) out.push('', '### Opgelost (plaats in de oude versie)', '', ...findingRows(m.opgelost));
  if (m.nieuw.length) out.push('', '### Nieuw', '', ...findingRows(m.nieuw));
  if (m.uitgeschakeld.length) {
    out.push('', '### Alleen uitgeschakeld', '', 'Niet opgelost, maar met een toets-opmerking stilgezet.', '');
    out.push(
      ...tabel(
        ['Plaats', 'Regel', 'Melding', 'Reden'],
        m.uitgeschakeld.map((g) => [`${g.nieuw.line}:${g.nieuw.column}`, `\`${g.nieuw.ruleId}\``, esc(g.nieuw.message), esc(g.nieuw.suppressed?.reason ?? '(geen reden)')]),
      ),
    );
  }
  if (m.gebleven.length) {
    out.push('', '### Gebleven', '');
    out.push(
      ...tabel(
        ['Oud', 'Nieuw', 'Regel', 'Melding'],
        m.gebleven.map((g) => [`${g.oud.line}:${g.oud.column}`, `${g.nieuw.line}:${g.nieuw.column}`, `\`${g.nieuw.ruleId}\``, esc(g.nieuw.message)]),
      ),
    );
  }
  out.push('', '## Zinnen', '');
  if (z.afgebroken) out.push('De versies verschillen te veel om zin voor zin te vergelijken; alle zinnen tellen als verwijderd en toegevoegd.', '');
  out.push(...tabel(['Gewijzigd', 'Verplaatst', 'Toegevoegd', 'Verwijderd', 'Ongewijzigd'], [[z.gewijzigd.length, z.verplaatst.length, z.toegevoegd.length, z.verwijderd.length, z.ongewijzigd]]));
  if (z.verplaatst.length) {
    out.push('', '### Verplaatst', '');
    for (const m of z.verplaatst) out.push(`- ${verplaatsing(m.oud, m.nieuw)}: ${m.delen ? woorden(m.delen) : esc(m.nieuw.tekst)}`);
  }
  if (z.gewijzigd.length) {
    out.push('', '### Gewijzigd', '', 'Doorgehaald is weg, **vet** is erbij.', '');
    for (const g of z.gewijzigd) out.push(`- regel ${g.oud.line} → ${g.nieuw.line}: ${woorden(g.delen)}`);
  }
  if (z.verwijderd.length) {
    out.push('', '### Verwijderd', '');
    for (const r of z.verwijderd) out.push(`- regel ${r.line}: ${esc(r.tekst)}`);
  }
  if (z.toegevoegd.length) {
    out.push('', '### Toegevoegd', '');
    for (const a of z.toegevoegd) out.push(`- regel ${a.line}: ${esc(a.tekst)}`);
  }
  out.push('', '## Zienswijze van ouders en kind', '');
  if (v.zienswijzen.length === 0) out.push(GEEN_ZIENSWIJZE);
  for (const s of v.zienswijzen) {
    out.push(`- ${esc(s.kop)}: ${zienswijzeTekst(s)}`);
    if (s.status === 'ongewijzigd') continue;
    out.push('', '  Voor:', '', ...(s.tekstOud.length ? s.tekstOud.map((t) => `  > ${esc(t)}`) : ['  (geen tekst)']), '', '  Na:', '', ...(s.tekstNieuw.length ? s.tekstNieuw.map((t) => `  > ${esc(t)}`) : ['  (geen tekst)']), '');
  }
  if (v.correcties.length) {
    out.push('', '## Correcties', '');
    for (const k of v.correcties) out.push(`- ${k.verwerkt ? '✔' : '✖'} ${esc(correctieKop(k))}: ${esc(correctieTekst(k))}`);
  }
  return out.join('\n') + '\n';
}
