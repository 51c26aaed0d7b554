/**
 * Applying inline control comments (documentformaat §6) to findings:
 * disable/enable ranges and disable-next-line, with the reason kept, and a
 * warning for every disable comment that silences nothing.
 */
import type { ControlComment } from '../document/types.js';
import type { Finding } from './types.js';
import { suggest } from './suggest.js';

interface Range {
  control: ControlComment;
  /** Rule ids, or empty for all. */
  rules: string[];
  from: number; // offset
  to: number; // offset (exclusive)
  line?: number; // for disable-next-line: the one line
  used: boolean;
  /** The enable comments that closed this range. */
  closers: ControlComment[];
}

export interface ControlOutcome {
  active: Finding[];
  suppressed: Finding[];
  /**
   * Comments that silenced nothing, or name unknown rules. `removable`: the
   * comments that can go without changing anything (the disable and an
   * enable that closed only its range); empty when part of it is in use.
   */
  unused: { control: ControlComment; message: string; removable: ControlComment[] }[];
}

export function applyControls(
  findings: Finding[],
  offsets: Map<Finding, number>,
  controls: ControlComment[],
  knownRuleIds: Set<string>,
  textLength: number,
  /** Rules that ran. A comment for a rule that is switched off cannot be judged unused: it may silence it again later. */
  enabledRuleIds: Set<string> = knownRuleIds,
): ControlOutcome {
  const ranges: Range[] = [];
  const unused: ControlOutcome['unused'] = [];
  const open = new Map<string, Range>(); // '*' for all
  for (const c of controls) {
    const unknown = c.rules.filter((r) => !knownRuleIds.has(r));
    for (const r of unknown) unused.push({ control: c, message: `Onbekende regel '${r}' in toets-opmerking${suggest(r, [...knownRuleIds])}. Controleer de spelling; 'toets regels' toont alle regels.`, removable: [] });
    const rules = c.rules.filter((r) => knownRuleIds.has(r));
    if (c.rules.length > 0 && rules.length === 0) continue;
    if (c.kind === 'disable-next-line') {
      ranges.push({ control: c, rules, from: 0, to: 0, line: c.span.end.line + 1, used: false, closers: [] });
    } else if (c.kind === 'disable') {
      const r: Range = { control: c, rules, from: c.span.end.offset, to: textLength + 1, used: false, closers: [] };
      ranges.push(r);
      for (const id of rules.length ? rules : ['*']) if (!open.has(id)) open.set(id, r);
    } else {
      for (const id of rules.length ? rules : [...open.keys()]) {
        const r = open.get(id);
        if (r) {
          r.to = Math.min(r.to, c.span.start.offset);
          open.delete(id);
          if (!r.closers.includes(c)) r.closers.push(c);
        }
      }
    }
  }
  const active: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    const at = offsets.get(f) ?? 0;
    const hit = ranges.find(
      (r) =>
        (r.rules.length === 0 || r.rules.includes(f.ruleId)) &&
        (r.line !== undefined ? f.line === r.line : at >= r.from && at < r.to),
    );
    if (hit) {
      hit.used = true;
      suppressed.push({ ...f, suppressed: { ...(hit.control.reason ? { reason: hit.control.reason } : {}), line: hit.control.span.start.line } });
    } else active.push(f);
  }
  // An enable comment may close several ranges; it can go only when all of them go.
  const closes = new Map<ControlComment, Range[]>();
  for (const r of ranges) for (const c of r.closers) closes.set(c, [...(closes.get(c) ?? []), r]);
  const withUnknown = new Set(unused.map((u) => u.control));
  for (const r of ranges) {
    if (!r.used && !r.rules.some((id) => !enabledRuleIds.has(id))) {
      const what = r.rules.length ? r.rules.join(', ') : 'alle regels';
      // A comment with a reason is someone's decision: reported, never removed by --fix.
      const removable =
        withUnknown.has(r.control) || r.control.reason ? [] : [r.control, ...r.closers.filter((c) => closes.get(c)!.every((x) => !x.used))];
      unused.push({ control: r.control, message: `Deze toets-opmerking schakelt ${what} uit, maar er is hier niets uit te schakelen. Haal de opmerking weg.`, removable });
    }
  }
  return { active, suppressed, unused };
}
