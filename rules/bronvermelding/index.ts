/**
 * bronvermelding: every statement in a feiten section has a source
 * (documentformaat §3), citations point at existing sources, and the
 * sources in the frontmatter are complete and used.
 */
import type { Block, Document, Sentence } from '../../src/document/types.js';
import type { Rule } from '../../src/engine/types.js';
import type { SentenceAnalysis } from '../../src/taal/index.js';
import { tableRowOf } from '../../src/document/tables.js';
import { analysisContext, blockHasFormalSource, colonLeads, groundingAttribution, hasFormalSource, previousInBlock, sentencesIn } from '../_gedeeld/context.js';
import meta from './meta.js';

const WRITER = new Set(['ik', 'wij', 'we', 'ondergetekende']);
const META_START = /^(hieronder|hierna|in dit (hoofdstuk|deel|onderdeel)|in deze (paragraaf|sectie)|zie (ook )?(bijlage|hoofdstuk|paragraaf)|dit hoofdstuk|deze paragraaf|de volgende (informatie|feiten|bronnen))\b/i;
const CONTINUATION_START = /^(hij|zij|ze|zijn|haar|hun|dit|dat|daarnaast|ook|verder|bovendien|daarbij|volgens (haar|hem)|zij zegt|hij zegt)\b/i;

export const MESSAGE =
  'Vermeld de bron: wie zei of zag dit, en wanneer? Bijvoorbeeld "Volgens de mentor (gesprek 12 maart 2025) …", ' +
  'een verwijzing [@id] naar een bron in de frontmatter, een voetnoot [^1] of (bron: …).';

function isStatement(s: Sentence, a: SentenceAnalysis): boolean {
  const text = s.text.trim();
  if (META_START.test(text)) return false;
  const words = a.tokens.filter((t) => t.kind === 'word');
  if (words.length === 0) return false;
  // A short fragment without a verb ("Thuis.", "Sem (10 jaar)") states nothing to source.
  if (!a.clauses.some((c) => c.finiteVerb !== undefined) && words.length < 6) return false;
  if (/\?\s*$/.test(text)) return false;
  // A lead-in without a verb ("Over de woning en de financiën:") announces what follows; it states nothing itself.
  if (s.endsWithColon && !a.clauses.some((c) => c.finiteVerb !== undefined)) return false;
  return true;
}

/** An occasion with its date at the start: "Tijdens het gesprek op 19 augustus 2025 huilde moeder." */
const OCCASION = /^(tijdens|bij|in|op|na)\s+(het|de|een|ons|mijn)\s+(\p{L}+)?(gesprek|huisbezoek|bezoek|observatie|overleg|bespreking|contact(moment)?|telefoongesprek|netwerkberaad|zitting|afspraak)\b/iu;

function datedOccasion(s: Sentence, a: SentenceAnalysis): boolean {
  return OCCASION.test(s.text.trim()) && a.timeReferences.some((t) => t.precision === 'day' || t.precision === 'month');
}

/** Quotation marks in a text (straight and curly double quotes). */
function quoteMarks(text: string): number {
  return (text.match(/["“”„]/g) ?? []).length;
}

/**
 * For each sentence of the block that lies inside a quotation an earlier sentence of the block
 * opened ("Sara zei: \"Mama is altijd moe. Jesse maakt ons brood.\""): that earlier sentence.
 * One pass per block, cached: a paragraph may hold thousands of sentences.
 */
const quoteOpeners = new WeakMap<Block, Map<number, Sentence>>();

function quoteOpener(doc: Document, s: Sentence): Sentence | undefined {
  const block = doc.blocks[s.blockIndex];
  if (!block) return undefined;
  let openers = quoteOpeners.get(block);
  if (!openers) {
    openers = new Map();
    let marks = 0;
    let opener: Sentence | undefined;
    for (const i of block.sentenceIndexes) {
      const sentence = doc.sentences[i]!;
      if (marks % 2 === 1 && opener) openers.set(i, opener);
      const before = marks;
      marks += quoteMarks(sentence.text);
      if (before % 2 === 0 && marks % 2 === 1) opener = sentence;
    }
    quoteOpeners.set(block, openers);
  }
  return openers.get(s.index);
}

/** The writer's own observation with a moment: "Op 2 mei 2025 sprak ik Lotte alleen op school." */
function ownObservation(a: SentenceAnalysis): boolean {
  return a.timeReferences.some((t) => t.precision === 'day' || t.precision === 'month') && a.tokens.some((t) => WRITER.has(t.lower));
}

/** The sentence after s in its block (paragraph or list item), if any. */
function nextInBlock(doc: Document, s: Sentence): Sentence | undefined {
  const block = doc.blocks[s.blockIndex];
  const k = block ? block.sentenceIndexes[s.indexInBlock + 1] : undefined;
  return k !== undefined ? doc.sentences[k] : undefined;
}

function isSourced(doc: Document, s: Sentence, a: SentenceAnalysis, analyze: (x: Sentence) => SentenceAnalysis): boolean {
  if (hasFormalSource(s) || blockHasFormalSource(doc, s)) return true;
  if (groundingAttribution(a)) return true;
  if (ownObservation(a) || datedOccasion(s, a)) return true;
  const opener = quoteOpener(doc, s);
  if (opener && (groundingAttribution(analyze(opener)) || hasFormalSource(opener))) return true;
  // A colon lead that gives a source ("Moeder vertelt het volgende:") covers the items under it, nested ones too.
  for (const lead of colonLeads(doc, s)) {
    if (lead === s) continue;
    if (hasFormalSource(lead) || blockHasFormalSource(doc, lead) || groundingAttribution(analyze(lead))) return true;
  }
  // The next sentence of the paragraph points back to this one: "Sem slaapt slecht. Dat vertelde vader op 4 maart."
  const next = nextInBlock(doc, s);
  if (next && analyze(next).attributions.some((x) => x.previous && !x.byWriter)) return true;
  // A sentence that carries on the previous one's attribution in the same paragraph.
  const prev = CONTINUATION_START.test(s.text.trim()) ? previousInBlock(doc, s) : undefined;
  if (prev) {
    const pa = analyze(prev);
    if (groundingAttribution(pa) || ownObservation(pa)) return true;
  }
  return false;
}

const rule: Rule = {
  meta,
  check(doc, ctx) {
    const kinds = (ctx.options.secties as string[]) ?? ['feiten'];
    const actx = analysisContext(doc);
    const cache = new Map<number, SentenceAnalysis>();
    const analyze = (s: Sentence) => {
      let a = cache.get(s.index);
      if (!a) {
        a = ctx.taal.analyze(s.text, actx);
        cache.set(s.index, a);
      }
      return a;
    };

    // 1. Statements without a source. A table row is one unit: reported once, at its first unsourced cell.
    const reportedRows = new Set<string>();
    for (const s of sentencesIn(doc, kinds)) {
      const a = analyze(s);
      if (!isStatement(s, a)) continue;
      if (isSourced(doc, s, a, analyze)) continue;
      const row = tableRowOf(doc, s);
      if (row) {
        const key = `${row.table.index}:${row.row.index}`;
        if (reportedRows.has(key)) continue;
        reportedRows.add(key);
      }
      ctx.report({ span: s.span, message: MESSAGE, key: s.text });
    }

    // 2. References.
    const known = new Set((doc.frontmatter?.bronnen ?? []).map((b) => b.id));
    const hasFrontmatter = doc.frontmatter?.data != null;
    for (const c of doc.citations) {
      if (!known.has(c.id)) {
        ctx.report({
          span: c.span,
          severity: 'fout',
          message: hasFrontmatter
            ? `De bron '@${c.id}' staat niet in de lijst 'bronnen' in de frontmatter. Voeg hem toe (id, soort, van, datum) of verbeter de verwijzing.`
            : `De bron '@${c.id}' kan niet worden gevonden: het document heeft geen geldige frontmatter met 'bronnen'.`,
          key: `onbekend:${c.id}`,
        });
      }
    }
    const defined = new Set(doc.footnoteDefinitions.map((d) => d.label.toLowerCase()));
    for (const r of doc.footnoteReferences) {
      if (!defined.has(r.label.toLowerCase())) {
        ctx.report({
          span: r.span,
          severity: 'fout',
          message: `Voetnoot [^${r.label}] heeft geen tekst. Voeg onderaan "[^${r.label}]: …" toe met de bron (wie, wat, wanneer).`,
          key: `voetnoot:${r.label}`,
        });
      }
    }

    // 3. The sources themselves.
    const cited = new Set(doc.citations.map((c) => c.id));
    const fields = (ctx.options['bron-velden'] as string[]) ?? ['van', 'datum'];
    for (const b of doc.frontmatter?.bronnen ?? []) {
      if (ctx.options['ongebruikte-bronnen'] !== false && !cited.has(b.id)) {
        ctx.report({
          span: b.span,
          severity: 'waarschuwing',
          message: `De bron '${b.id}' wordt nergens in de tekst aangehaald. Verwijs ernaar met [@${b.id}] bij de feiten die erop rusten, of haal hem weg.`,
          key: `ongebruikt:${b.id}`,
        });
      }
      const missing = fields.filter((f) => !(b as unknown as Record<string, unknown>)[f]);
      if (missing.length) {
        ctx.report({
          span: b.span,
          severity: 'waarschuwing',
          message: `Bij de bron '${b.id}' ontbreekt ${missing.map((m) => `'${m}'`).join(' en ')}. Vermeld wie de bron maakte en wanneer, zodat de lezer hem kan nagaan.`,
          key: `onvolledig:${b.id}`,
        });
      }
    }
  },
};

export default rule;
