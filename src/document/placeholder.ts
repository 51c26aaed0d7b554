/**
 * Empty and placeholder sections: one detector for every rule that needs a
 * section to say something (krachten, zienswijze, verplichte-secties, …).
 * A section's body is its text below the heading (subheadings included),
 * without HTML comments and Markdown markup; it is a placeholder when what is
 * left is one of the placeholder words ("n.v.t.", "volgt", "nog invullen", …).
 */
import type { Document, Section } from './types.js';

/** Built-in placeholder words (rules may take extra ones from their options). */
export const DEFAULT_PLACEHOLDERS: readonly string[] = [
  'n.v.t.', 'nvt', 'n.v.t', 'niet van toepassing', 'geen', '-', '–', 'onbekend', 'nog invullen', 'invullen', 'volgt', 'volgt nog',
  'nader in te vullen', 'pm', 'p.m.', 'tbd', 'todo', 'xx', 'xxx', '…', '...',
];

export interface SectionBody {
  /** The body text as written, markup removed, trimmed. */
  raw: string;
  state: 'empty' | 'placeholder' | 'content';
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** Normalised form of a placeholder candidate: folded case and diacritics, no list bullets, no trailing dots or spaces. */
function bare(text: string): string {
  return fold(text)
    .replace(/^[-*+\s]+/gm, '')
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/g, '')
    .trim();
}

/** The text below the headings of these sections (one kind may have several sections). */
export function sectionBodyText(doc: Document, sections: readonly Section[]): string {
  return sections.map((s) => doc.text.slice(s.headingSpan.end.offset, s.span.end.offset)).join('\n');
}

/** Whether a text is empty, only a placeholder, or has content. */
export function placeholderState(text: string, extra: readonly string[] = []): SectionBody {
  const raw = text
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/[#*_>`|]/g, ' ')
    .trim();
  const b = bare(raw);
  if (b === '') return { raw, state: 'empty' };
  const words = new Set([...DEFAULT_PLACEHOLDERS, ...extra].map((p) => bare(p)));
  return { raw, state: words.has(b) ? 'placeholder' : 'content' };
}

/** The body of these sections, classified. */
export function sectionBody(doc: Document, sections: readonly Section[], extra: readonly string[] = []): SectionBody {
  return placeholderState(sectionBodyText(doc, sections), extra);
}
