/**
 * Small helpers shared by the built-in rules: the analysis context of a
 * document, sentence selection by section kind, quotation detection, and
 * source coverage. No parsing and no I/O: everything comes from the Document.
 */
import type { Block, Document, Sentence, SectionKind } from '../../src/document/types.js';
import type { AnalysisContext, Attribution, SentenceAnalysis, Taal } from '../../src/taal/index.js';
import { tableRowOf } from '../../src/document/tables.js';

/** Who writes each document type: these role nouns mean the writer, not an informant. */
const WRITER_ROLES_BY_TYPE: Record<string, string[]> = {
  gezinsplan: ['jeugdbeschermer', 'gezinsmanager', 'gezinsvoogd', 'jeugdzorgwerker', 'casusregisseur'],
  // "De raad is van mening …": in its own report the Raad voor de Kinderbescherming is the writer.
  raadsrapport: ['raadsonderzoeker', 'onderzoeker', 'raadsmedewerker', 'raad'],
};

/** The writer's roles: by document type, plus the role after the comma in `auteur` ("J. Visser, jeugdbeschermer"). */
function writerRoles(doc: Document): string[] | undefined {
  const fm = doc.frontmatter;
  const byType = fm?.type ? WRITER_ROLES_BY_TYPE[fm.type] : undefined;
  const auteur = fm?.data?.auteur;
  const own = typeof auteur === 'string' && auteur.includes(',') ? (auteur.slice(auteur.lastIndexOf(',') + 1).trim().toLowerCase().split(/\s+/)[0] ?? '') : '';
  if (!byType && !own) return undefined;
  return [...(byType ?? []), ...(own && /^[\p{L}-]+$/u.test(own) ? [own] : [])];
}

export function analysisContext(doc: Document): AnalysisContext {
  const fm = doc.frontmatter;
  const roles = writerRoles(doc);
  return {
    ...(roles ? { writerRoles: roles } : {}),
    ...(fm?.date ? { docDate: fm.date } : {}),
    children: (fm?.kinderen ?? []).map((k) => ({ ...(k.naam ? { naam: k.naam } : {}), ...(k.birthDate ? { birthDate: k.birthDate } : {}) })),
    people: (fm?.betrokkenen ?? []).map((p) => ({ ...(p.naam ? { naam: p.naam } : {}), ...(p.rol ? { rol: p.rol } : {}) })),
  };
}

/** Sentences of running text (not headings, not table header rows) in sections of the given kinds. */
export function sentencesIn(doc: Document, kinds: readonly string[]): Sentence[] {
  return doc.sentences.filter((s) => s.blockKind !== 'heading' && !s.tableHeader && kinds.includes(s.sectionKind as SectionKind));
}

/** Ranges [start, end) of text between quotation marks in a sentence (also when a quote runs on from the previous sentence). */
export function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /["“„]([^"”]{1,2000})["”]|'([^'\n]{3,400})'(?![a-z])|‘([^’]{1,2000})’/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
  // An opening quote without a closing one: the rest is quoted; a closing quote without an opening one: all before it.
  const opens = (text.match(/["“„]/g) ?? []).length;
  if (opens % 2 === 1) {
    const lastOpen = Math.max(text.lastIndexOf('"'), text.lastIndexOf('“'), text.lastIndexOf('”'));
    const firstQuote = text.search(/["“”„]/);
    const covered = out.some(([a, b]) => firstQuote >= a && firstQuote < b);
    if (!covered && firstQuote >= 0) {
      // Decide by position: a quote mark near the end closes a quotation that began earlier.
      if (firstQuote > text.length / 2 || /["”]\s*[.!?]?\s*$/.test(text)) out.push([0, firstQuote + 1]);
      else out.push([lastOpen, text.length]);
    }
  }
  return out;
}

export function inRanges(ranges: [number, number][], start: number, end: number): boolean {
  return ranges.some(([a, b]) => start >= a && end <= b);
}

/** The whole sentence is a quotation (or lies inside a > quote block). */
export function isQuotation(s: Sentence): boolean {
  if (s.inQuote) return true;
  const t = s.text.trim();
  return /^["“„'‘]/.test(t) && /["”'’][.!?]?$|[.!?]["”'’]$/.test(t);
}

/** An attribution that names a source (not the writer's own opinion). */
export function groundingAttribution(a: SentenceAnalysis): Attribution | undefined {
  return a.attributions.find((x) => !x.byWriter);
}

/** Does the sentence itself carry a formal source ([@id], [^n], (bron: …))? */
export function hasFormalSource(s: Sentence): boolean {
  return s.citations.length > 0 || s.footnoteRefs.length > 0 || s.sourceNotes.length > 0;
}

/** What rules ask of a block again and again, computed once per block (a paragraph may hold thousands of sentences). */
interface BlockIndex {
  hasFormalSource: boolean;
  /** The first sentence of the block that ends with a colon. */
  firstColon: number | undefined;
  /** Sentence index → position in block.sentenceIndexes. */
  position: Map<number, number>;
}

const blockIndexes = new WeakMap<Block, BlockIndex>();

function blockIndex(doc: Document, block: Block): BlockIndex {
  let info = blockIndexes.get(block);
  if (!info) {
    const position = new Map<number, number>();
    let firstColon: number | undefined;
    let formal = false;
    block.sentenceIndexes.forEach((i, k) => {
      position.set(i, k);
      const s = doc.sentences[i]!;
      if (firstColon === undefined && s.endsWithColon) firstColon = i;
      if (!formal && hasFormalSource(s)) formal = true;
    });
    info = { hasFormalSource: formal, firstColon, position };
    blockIndexes.set(block, info);
  }
  return info;
}

/** The sentence before s in its block (paragraph or list item), if any. */
export function previousInBlock(doc: Document, s: Sentence): Sentence | undefined {
  const block = doc.blocks[s.blockIndex];
  if (!block) return undefined;
  const pos = blockIndex(doc, block).position.get(s.index) ?? -1;
  return pos > 0 ? doc.sentences[block.sentenceIndexes[pos - 1]!] : undefined;
}

/**
 * A formal source anywhere in the sentence's block (paragraph or list item) covers the whole block.
 * A table row is one unit: its Bron cell (when it names a source), or a formal source in any of
 * its cells, covers every cell of the row.
 */
export function blockHasFormalSource(doc: Document, s: Sentence): boolean {
  const block = doc.blocks[s.blockIndex];
  if (!block) return false;
  if (blockIndex(doc, block).hasFormalSource) return true;
  const found = tableRowOf(doc, block);
  if (!found || found.row.header) return false;
  if (found.row.source !== undefined || found.row.cited) return true;
  return found.row.cellBlocks.some((b) => b !== block.index && doc.blocks[b] !== undefined && blockIndex(doc, doc.blocks[b]!).hasFormalSource);
}

export function analyzeSentence(taal: Taal, s: Sentence, doc: Document, ctx?: AnalysisContext): SentenceAnalysis {
  return taal.analyze(s.text, ctx ?? analysisContext(doc));
}

/**
 * The sentence that introduces a list or quote with a colon, if any. A nested list item looks up
 * through its parent items: under "Moeder vertelt het volgende:" every level of the list is led by it.
 * (colonLeads gives every colon lead up the chain, nearest first.)
 */
export function colonLead(doc: Document, s: Sentence): Sentence | undefined {
  return colonLeads(doc, s)[0];
}

/** Every colon lead of a sentence, nearest first: its own block's, then up through parent list items. */
export function colonLeads(doc: Document, s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  const block = doc.blocks[s.blockIndex];
  // Within one block: an earlier sentence ending in a colon leads the rest.
  if (block) {
    const first = blockIndex(doc, block).firstColon;
    if (first !== undefined && first < s.index) out.push(doc.sentences[first]!);
  }
  const seen = new Set<number>();
  for (let b = block; b?.leadBlockIndex !== undefined && !seen.has(b.leadBlockIndex); b = doc.blocks[b.leadBlockIndex]) {
    seen.add(b.leadBlockIndex);
    const lead = doc.blocks[b.leadBlockIndex];
    const last = lead?.sentenceIndexes[lead.sentenceIndexes.length - 1];
    const ls = last !== undefined ? doc.sentences[last] : undefined;
    if (ls?.endsWithColon && !out.includes(ls)) out.push(ls);
  }
  return out;
}
