/** Helpers for the tests of the rules of issue 13: documents with a chosen frontmatter, and the place of a cue. */

/** A document: frontmatter lines (without fences) and a body. */
export function docWith(fm: string, body: string): string {
  return `---\n${fm.trim()}\n---\n\n${body.trim()}\n`;
}

/** 1-based line and column where `needle` starts in `code` (the n-th occurrence, default the first). */
export function at(code: string, needle: string, n = 1): { line: number; column: number } {
  let i = -1;
  for (let k = 0; k < n; k++) {
    i = code.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`'${needle}' staat niet in het testdocument`);
  }
  const before = code.slice(0, i).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Line and column of the last occurrence of `needle` (a cue in the body, after any mention in the frontmatter). */
export function lastAt(code: string, needle: string): { line: number; column: number } {
  return at(code, needle, code.split(needle).length - 1);
}
