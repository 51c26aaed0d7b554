/**
 * Opening a .docx: a zip archive (fflate) with OOXML parts. Recognises the
 * files that are not a readable Word document (a password-protected or old
 * binary Word file, a broken zip, a zip that is no Word document) and says so
 * in Dutch; never throws.
 */
import { unzipSync } from 'fflate';
import { DOMParser } from '@xmldom/xmldom';
import type { Document as XmlDocument } from '@xmldom/xmldom';

export type DocxErrorCode = 'docx-encrypted' | 'docx-legacy' | 'docx-zip' | 'docx-not-word' | 'docx-xml' | 'docx-too-large';

export interface DocxError {
  ok: false;
  code: DocxErrorCode;
  message: string;
}

/** The parts toets reads; everything else in the archive is left packed. */
const PARTS = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/footnotes.xml', 'docProps/custom.xml'];

/** Uncompressed size toets is willing to unpack (a zip bomb stops here). */
export const MAX_UNPACKED_BYTES = 128 * 1024 * 1024;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether the bytes look like a zip archive (a .docx, .xlsx, …). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/** Whether the bytes are an OLE compound file (old .doc, or an encrypted .docx). */
export function looksLikeCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, CFB_MAGIC);
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const needle = new Uint8Array(word.length * 2);
  for (let i = 0; i < word.length; i++) needle[i * 2] = word.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

export function unpackDocx(bytes: Uint8Array): { ok: true; parts: Map<string, string> } | DocxError {
  if (looksLikeCompoundFile(bytes)) {
    // Word stores a password-protected .docx as a compound file with an EncryptionInfo stream.
    if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage')) {
      return {
        ok: false,
        code: 'docx-encrypted',
        message:
          'Dit Word-document is beveiligd met een wachtwoord; toets kan het niet lezen. Sla in Word een kopie op zonder wachtwoord (Bestand › Info › Document beveiligen) en controleer die kopie.',
      };
    }
    return {
      ok: false,
      code: 'docx-legacy',
      message: 'Dit is een oud Word-bestand (.doc), geen .docx. Open het in Word en kies Opslaan als › Word-document (.docx).',
    };
  }
  if (!looksLikeZip(bytes)) {
    return {
      ok: false,
      code: 'docx-not-word',
      message: 'Dit bestand heet .docx maar is geen Word-document. Open het in Word en sla het opnieuw op als Word-document (.docx).',
    };
  }
  let tooLarge = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!PARTS.includes(f.name)) return false;
        if (f.originalSize > MAX_UNPACKED_BYTES) {
          tooLarge = true;
          return false;
        }
        return true;
      },
    });
  } catch {
    return {
      ok: false,
      code: 'docx-zip',
      message: 'Het Word-document is beschadigd: het kon niet worden uitgepakt. Open het in Word (dat kan het vaak herstellen) en sla het opnieuw op.',
    };
  }
  if (tooLarge) {
    return { ok: false, code: 'docx-too-large', message: `Het Word-document is uitgepakt groter dan ${MAX_UNPACKED_BYTES / 1048576} MB; toets leest het niet.` };
  }
  if (!files['word/document.xml']) {
    return {
      ok: false,
      code: 'docx-not-word',
      message: 'Dit is een zip-bestand, maar geen Word-document (word/document.xml ontbreekt). Sla het document in Word op als Word-document (.docx).',
    };
  }
  const parts = new Map<string, string>();
  const decoder = new TextDecoder('utf-8');
  for (const [name, data] of Object.entries(files)) parts.set(name, decoder.decode(data));
  return { ok: true, parts };
}

/** Parses one XML part; a malformed part is reported, not thrown. */
export function parseXml(text: string, part: string): { ok: true; doc: XmlDocument } | DocxError {
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
    return { ok: true, doc };
  } catch {
    return {
      ok: false,
      code: 'docx-xml',
      message: `Het Word-document is beschadigd: het onderdeel ${part} is geen geldige XML. Open het in Word en sla het opnieuw op.`,
    };
  }
}
