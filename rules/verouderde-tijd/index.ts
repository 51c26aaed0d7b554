/**
 * verouderde-tijd: an event that lies more than N months before the
 * document's date is written in the past or perfect tense, not the present
 * (documentformaat §5); a present-tense claim that rests only on an old
 * source is stale.
 */
import type { Document, Sentence, SourceEntry } from '../../src/document/types.js';
import type { Rule } from '../../src/engine/types.js';
import { chronologyDate } from '../../src/document/tables.js';
import type { Clause, SentenceAnalysis, TimeReference } from '../../src/taal/index.js';
import { analysisContext, inRanges, isQuotation, quotedRanges } from '../_gedeeld/context.js';
import meta from './meta.js';

const TEMPORAL_SUBORDINATORS = new Set(['toen', 'nadat', 'voordat', 'als', 'wanneer', 'zodra', 'terwijl', 'totdat']);
const DOCUMENT_WORDS = '[\\p{L}-]*(?:rapport|rapportage|verslag|brief|melding|dossier|verklaring|onderzoek|beschikking|uitspraak|vonnis|plan|overzicht|mail|notitie|evaluatie|advies|proces-verbaal|gesprek|huisbezoek|bespreking|overleg|rapporten|verslagen|brieven|meldingen|mutatie|mutaties|aangifte|aangiftes|registratie|registraties|notities|verhoor)';
// "nog steeds", not a bare "nog": "In 2021 woont Finn nog bij moeder" speaks of then.
const STILL = /\b(nog steeds|nog altijd|tot op heden|tot nu toe|inmiddels|sindsdien|nu|heden)\b/i;

function monthsBefore(now: Date, then: Date): number {
  return (now.getUTCFullYear() - then.getUTCFullYear()) * 12 + (now.getUTCMonth() - then.getUTCMonth()) + (now.getUTCDate() - then.getUTCDate()) / 31;
}

function fmt(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Does the time reference date a document or a meeting ("het rapport van 2 november 2019", "het verslag uit 2019")? */
function datesADocument(text: string, ref: TimeReference, a: SentenceAnalysis): boolean {
  const from = Math.max(0, ref.start - 80);
  const before = text.slice(from, ref.start).toLowerCase();
  // "het rapport van 2 november 2019", "het verslag van het wijkteam uit 2021", "het behandelverslag … uit oktober 2020"
  const re = new RegExp(
    `(?:${DOCUMENT_WORDS})(?:\\s+[\\p{L}\\d.'-]+){0,6}?\\s+(?:van|uit|d\\.d\\.|gedateerd|dd|op|in|over)\\s+(?:(?:de|het|begin|eind|half|medio|de zomer van|het voorjaar van|het najaar van)\\s+)?$`,
    'u',
  );
  // "de verhalen uit 2022", "het advies uit 2021", "de schuld uit 2019": 'uit' after a noun dates that thing,
  // and a present-tense verb then says how it is now ("blijven haar achtervolgen", "werkt goed").
  const k = a.tokens.findIndex((t) => t.start >= ref.start);
  if (k >= 2 && a.tokens[k - 1]!.lower === 'uit' && a.tokens[k - 2]!.pos === 'noun') return true;
  const m = re.exec(before);
  // Only a noun phrase may stand between: "Volgens het politieoverzicht krijgt Dylan in december 2024 …"
  // has a verb in between, so the date is of the event.
  if (m && !a.tokens.some((t) => t.start >= from + m.index && t.end <= ref.start && t.verb?.finite && t.pos === 'verb')) return true;
  return /\b(?:d\.d\.|gedateerd)\s*$/.test(before);
}

function clauseOfOffset(a: SentenceAnalysis, offset: number): Clause | undefined {
  return a.clauses.find((c) => offset >= c.start && offset < c.end);
}

/** The tense of the event a time reference belongs to. */
function eventTense(a: SentenceAnalysis, ref: TimeReference): { clause?: Clause; tense: Clause['tense'] } {
  const clause = clauseOfOffset(a, ref.start);
  if (!clause) return { tense: a.tense };
  const head = a.tokens[clause.tokenRange[0]]!.lower;
  // "Toen Sem twee was, drinkt vader veel": the event is the main clause.
  if (clause.subordinate && TEMPORAL_SUBORDINATORS.has(head)) {
    const main = a.clauses.find((c) => !c.subordinate && c !== clause && c.tense !== 'none');
    if (main) return { clause: main, tense: main.tense };
  }
  if (clause.tense === 'none') {
    // A fragment between commas ("…, in 2022 en 2023, ook ruzies waren", "dat zij in 2019, na de diagnose,
    // een depressie had"): the first clause after it with a verb, else the nearest one before.
    const idx = a.clauses.indexOf(clause);
    const after = a.clauses.slice(idx + 1);
    const before = a.clauses.slice(0, idx).reverse();
    const near = [...after, ...before].find((c) => c.tense !== 'none');
    return { ...(near ? { clause: near } : {}), tense: near?.tense ?? 'none' };
  }
  return { clause, tense: clause.tense };
}

const rule: Rule = {
  meta,
  check(doc, ctx) {
    const now = doc.frontmatter?.date;
    if (!now) return; // the frontmatter rule reports a missing or invalid datum
    const months = (ctx.options.maanden as number | undefined) ?? ctx.settings.maandenVerouderd ?? 12;
    const actx = analysisContext(doc);
    const sources = new Map<string, SourceEntry>((doc.frontmatter?.bronnen ?? []).map((b) => [b.id, b]));

    for (const s of doc.sentences) {
      if (s.blockKind === 'heading' || s.sectionKind === 'bronnen' || isQuotation(s)) continue;
      // A row of a chronology is an event dated by its first cell; such tables use the short present
      // tense ("Ouders gaan uit elkaar"), which is not stale tense (documentformaat §3).
      if (chronologyDate(doc, s) !== undefined) continue;
      // Cheap pre-filter: only sentences that can hold a time reference or cite a source.
      if (!/\d|geleden|terug|vorig|afgelopen|toen|leeftijd|peuter|kleuter|baby|zuigeling|\bop (zijn|haar|\p{L}+s) \p{L}+de\b/iu.test(s.text) && s.citations.length === 0) continue;
      const a = ctx.taal.analyze(s.text, actx);
      const quotes = quotedRanges(s.text);
      let reported = false;

      // 1. An old event in the present tense.
      for (const ref of a.timeReferences) {
        if (ref.since || inRanges(quotes, ref.start, ref.end)) continue;
        const end = ref.endDate ?? ref.date;
        if (monthsBefore(now, end) <= months) continue;
        if (datesADocument(s.text, ref, a)) continue;
        const { clause, tense } = eventTense(a, ref);
        if (tense !== 'present') continue;
        const clauseText = clause ? s.text.slice(clause.start, clause.end) : s.text;
        if (STILL.test(clauseText)) continue;
        const verb = clause?.finiteVerb !== undefined ? a.tokens[clause.finiteVerb]!.text : undefined;
        ctx.report({
          span: s.span,
          message:
            `"${ref.text}" ligt meer dan ${months} maanden voor de datum van dit document (${fmt(now)}), maar ${verb ? `"${verb}"` : 'het werkwoord'} staat in de tegenwoordige tijd. ` +
            'Schrijf wat toen gebeurde in de verleden tijd (bijvoorbeeld "In 2015 dronk vader veel" of "heeft … gedronken"). Geldt het nog steeds? Zeg dat dan met "sinds" of "nog steeds" en een recente bron.',
          key: `oud:${ref.text}:${s.text}`,
        });
        reported = true;
        break;
      }
      if (reported || ctx.options['oude-bronnen'] === false) continue;

      // 2. A present-tense claim that rests only on old sources.
      staleSource(doc, s, a, sources, now, months, (message) => ctx.report({ span: s.span, message, key: `bron:${s.text}` }));
    }
  },
};

/** The offset in the sentence's text where a document offset falls (markup such as a citation has no text of its own). */
function textOffsetOf(s: Sentence, docOffset: number): number {
  let lo = 0;
  let hi = s.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.spanOf(mid, mid).start.offset < docOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function staleSource(
  doc: Document,
  s: Sentence,
  a: SentenceAnalysis,
  sources: Map<string, SourceEntry>,
  now: Date,
  months: number,
  report: (message: string) => void,
): void {
  if (s.citations.length === 0 || s.footnoteRefs.length > 0 || s.sourceNotes.length > 0) return;
  // Any main clause in the present: "In 2022 is vader aangehouden en hij drinkt elke avond" claims the drinking now.
  if (!a.clauses.some((c) => !c.subordinate && c.tense === 'present')) return;
  // The citation must support a present-tense main clause: in "In 2023 stelde de orthopedagoog dyslexie vast
  // [@rid-2023]; de school biedt extra tijd." the old source goes with the past clause before it.
  const supportsPresent = s.citations.some((c) => {
    const at = textOffsetOf(s, c.groupSpan.start.offset);
    // The main clause that governs the text before the citation (subordinate and verbless clauses belong to it).
    const clause = [...a.clauses].reverse().find((x) => x.start < at && !x.subordinate && x.tense !== 'none');
    return clause !== undefined && clause.tense === 'present';
  });
  if (!supportsPresent) return;
  if (a.timeReferences.some((r) => r.since || monthsBefore(now, r.endDate ?? r.date) <= months)) return;
  // "Het rapport uit 2019 beschrijft …" speaks of the document itself.
  if (a.attributions.some((x) => x.kind === 'document')) return;
  const entries = s.citations.map((c) => sources.get(c.id));
  if (entries.some((e) => !e?.date)) return;
  if (!entries.every((e) => monthsBefore(now, e!.date!) > months)) return;
  const newest = entries.map((e) => e!.date!).sort((x, y) => y.getTime() - x.getTime())[0]!;
  void doc;
  report(
    `Deze bewering staat in de tegenwoordige tijd, maar rust alleen op een bron van ${fmt(newest)}, meer dan ${months} maanden voor de datum van dit document. ` +
      'Ga na of het nu nog zo is en vermeld een recente bron, of schrijf het in de verleden tijd met de datum erbij.',
  );
}

export default rule;
