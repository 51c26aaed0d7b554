/** The document model: bytes → text → Document. */
export { decode } from './decode.js';
export type { DecodeResult, Encoding } from './decode.js';
export { buildDocument } from './build.js';
export { knownDocumentTypes, parseIsoDate } from './frontmatter.js';
export { normalizeHeading } from './sections.js';
export * from './types.js';
export { DEFAULT_PLACEHOLDERS, placeholderState, sectionBody, sectionBodyText } from './placeholder.js';
export type { SectionBody } from './placeholder.js';
export { tableRowOf, rowSource, chronologyDate } from './tables.js';
export { convertDocx, isDocxPath, looksLikeZip, looksLikeCompoundFile } from './docx/index.js';
export type { DocxConversion, DocxError, DocxOptions } from './docx/index.js';
