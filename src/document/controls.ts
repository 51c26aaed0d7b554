/** Inline control comments (documentformaat §6). */
import type { ControlComment, ControlKind } from './types.js';

export interface ParsedControl {
  kind: ControlKind;
  rules: string[];
  reason?: string;
}

const CONTROL = /^<!--\s*toets-(disable-next-line|disable|enable)(?=\s|-->)([\s\S]*?)-->\s*$/;
const LOOKS_LIKE = /^<!--\s*toets[-_ ]?\w/i;

/** Parse one HTML comment; undefined when it is not a toets comment, 'malformed' when it looks like one but isn't valid. */
export function parseControl(html: string): ParsedControl | 'malformed' | undefined {
  const trimmed = html.trim();
  const m = CONTROL.exec(trimmed);
  if (!m) return LOOKS_LIKE.test(trimmed) ? 'malformed' : undefined;
  let body = m[2] ?? '';
  let reason: string | undefined;
  const sep = body.indexOf(' -- ');
  if (sep >= 0) {
    reason = body.slice(sep + 4).trim() || undefined;
    body = body.slice(0, sep);
  } else if (/\s--\s*$/.test(body)) body = body.replace(/\s--\s*$/, '');
  const rules = body
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return { kind: m[1] as ControlKind, rules, reason };
}

export type { ControlComment };
