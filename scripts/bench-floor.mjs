#!/usr/bin/env node
// The bare parse floor for `npm run bench`: Markdown (remark-parse + gfm + frontmatter) and
// the sentence splitter (parse-dutch) alone, over the files given — what any linter on this
// stack must at least do. Prints nothing.
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { ParseDutch } from 'parse-dutch';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const dutch = new ParseDutch();
let sentences = 0;
for (const file of process.argv.slice(2)) {
  const tree = processor.parse(readFileSync(file, 'utf8'));
  visit(tree, ['paragraph', 'heading', 'tableCell'], (node) => {
    const text = toString(node);
    try {
      for (const p of dutch.parse(text).children) if (p.type === 'ParagraphNode') sentences += p.children.length;
    } catch {
      // parse-dutch overflows on some inputs; toets has a fallback, the floor just goes on
    }
    return 'skip';
  });
}
if (process.env.BENCH_VERBOSE) console.error(`${sentences} zinnen`);
