/** `toets vergelijk` for the terminal. */
import { Chalk } from 'chalk';
import type { ChalkInstance } from 'chalk';
import type { Finding } from '../../engine/types.js';
import type { Vergelijking, WoordDeel } from '../model.js';
import { GEEN_KOPJE_VERSCHIL, GEEN_ZIENSWIJZE, correctieKop, correctieTekst, eenRegel, ernst, kernTekst, kopjeRegels, verplaatsing, versieTekst, zienswijzeTekst, zinnenTelling } from './tekst.js';

function pos(f: Finding): string {
  return `${f.line}:${f.column}`;
}

function findingLines(c: ChalkInstance, list: readonly Finding[], prefix = ''): string[] {
  const w = Math.max(0, ...list.map((f) => pos(f).length));
  return list.map((f) => {
    const sev = f.severity === 2 ? c.red(ernst(f)) : c.yellow(ernst(f));
    return `  ${prefix}${c.dim(pos(f).padEnd(w))}  ${sev}  ${eenRegel(f.message)}  ${c.dim(f.ruleId)}`;
  });
}

function woorden(c: ChalkInstance, delen: readonly WoordDeel[]): string {
  // Brackets as well as colour, so the change also shows without colour.
  return delen.map((d) => (d.soort === 'weg' ? c.red(`[-${d.tekst}-]`) : d.soort === 'erbij' ? c.green(`{+${d.tekst}+}`) : d.tekst)).join('');
}

export function stylishVergelijking(v: Vergelijking, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [
    '',
    c.bold(`Vergelijking ${versieTekst(v.oud)} → ${versieTekst(v.nieuw)}`),
    `  ${kernTekst(v)}`,
  ];
  if (v.waarschuwingen.length) {
    out.push('', c.yellow.bold('Let op: zijn dit twee versies van hetzelfde document? (vergeleken met --force)'));
    for (const w of v.waarschuwingen) out.push(c.yellow(`  ! ${w}`));
  }
  out.push('', c.bold('Gegevens bovenaan'));
  const kopje = kopjeRegels(v.kopje);
  if (kopje.length === 0) out.push(c.dim(`  ${GEEN_KOPJE_VERSCHIL}`));
  for (const k of kopje) out.push(`  ${k.teken === '+' ? c.green('+') : k.teken === '-' ? c.red('-') : c.yellow('~')} ${k.tekst}`);
  const m = v.meldingen;
  if (m.opgelost.length) out.push('', c.green.bold(`Opgelost (${m.opgelost.length}) — plaats in de oude versie`), ...findingLines(c, m.opgelost, c.green('✔ ')));
  if (m.nieuw.length) out.push('', c.red.bold(`Nieuw (${m.nieuw.length})`), ...findingLines(c, m.nieuw, c.red('✖ ')));
  if (m.uitgeschakeld.length) {
    out.push('', c.yellow.bold(`Alleen uitgeschakeld (${m.uitgeschakeld.length}) — niet opgelost, maar met een toets-opmerking stilgezet`));
    for (const g of m.uitgeschakeld) {
      const reden = g.nieuw.suppressed?.reason ? ` — reden: ${g.nieuw.suppressed.reason}` : ' — zonder reden';
      out.push(...findingLines(c, [g.nieuw], '! ').map((l) => `${l}${reden}`));
    }
  }
  if (m.gebleven.length) {
    out.push('', c.bold(`Gebleven (${m.gebleven.length}) — plaats oud → nieuw`));
    const w = Math.max(...m.gebleven.map((g) => `${pos(g.oud)} → ${pos(g.nieuw)}`.length));
    for (const g of m.gebleven) {
      out.push(`  ${c.dim(`${pos(g.oud)} → ${pos(g.nieuw)}`.padEnd(w))}  ${ernst(g.nieuw)}  ${eenRegel(g.nieuw.message)}  ${c.dim(g.nieuw.ruleId)}`);
    }
  }

  const z = v.zinnen;
  out.push('', c.bold('Zinnen'));
  if (z.afgebroken) out.push(c.yellow('  De versies verschillen te veel om zin voor zin te vergelijken; alle zinnen tellen als verwijderd en toegevoegd.'));
  out.push(`  ${zinnenTelling(v)}`);
  for (const g of z.gewijzigd) out.push(`  ${c.yellow('~')} ${c.dim(`${g.oud.line} → ${g.nieuw.line}`)}  ${woorden(c, g.delen)}`);
  for (const m of z.verplaatst) out.push(`  ${c.cyan('↷')} ${c.dim(`verplaatst ${verplaatsing(m.oud, m.nieuw)}`)}  ${m.delen ? woorden(c, m.delen) : m.nieuw.tekst}`);
  for (const r of z.verwijderd) out.push(`  ${c.red('-')} ${c.dim(String(r.line))}  ${c.red(r.tekst)}`);
  for (const a of z.toegevoegd) out.push(`  ${c.green('+')} ${c.dim(String(a.line))}  ${c.green(a.tekst)}`);

  out.push('', c.bold('Zienswijze van ouders en kind'));
  if (v.zienswijzen.length === 0) out.push(c.yellow(`  ${GEEN_ZIENSWIJZE}`));
  for (const s of v.zienswijzen) {
    out.push(`  ${s.kop}: ${zienswijzeTekst(s)}`);
    if (s.status === 'ongewijzigd') continue;
    out.push(c.dim('    Voor:'), ...(s.tekstOud.length ? s.tekstOud.map((t) => `      ${c.red(t)}`) : [c.dim('      (geen tekst)')]));
    out.push(c.dim('    Na:'), ...(s.tekstNieuw.length ? s.tekstNieuw.map((t) => `      ${c.green(t)}`) : [c.dim('      (geen tekst)')]));
  }
  if (v.correcties.length) {
    out.push('', c.bold('Correcties'));
    for (const k of v.correcties) out.push(`  ${k.verwerkt ? c.green('✔') : c.red('✖')} ${correctieKop(k)}: ${correctieTekst(k)}`);
  }
  return out.join('\n') + '\n';
}
