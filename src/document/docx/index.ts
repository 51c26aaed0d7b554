/** Word documents (.docx) in the document layer: converted to toets Markdown with a map back to Word places. */
export { convertDocx } from './convert.js';
export type { DocxConversion, DocxOptions } from './convert.js';
export { looksLikeCompoundFile, looksLikeZip, MAX_UNPACKED_BYTES } from './zip.js';
export type { DocxError, DocxErrorCode } from './zip.js';

/** Whether a path names a Word document that toets reads (.docx, not Word's lock file ~$…). */
export function isDocxPath(path: string): boolean {
  const base = path.split(/[\\/]/).pop() ?? path;
  return /\.docx$/i.test(base) && !base.startsWith('~$');
}
