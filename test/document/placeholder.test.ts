import { describe, expect, it } from 'vitest';
import { placeholderState } from '../../src/document/index.js';

describe('placeholder sections', () => {
  it('knows an empty body, also with only a comment or markup', () => {
    expect(placeholderState('').state).toBe('empty');
    expect(placeholderState('\n<!-- later -->\n**  **\n').state).toBe('empty');
  });
  it('knows placeholder words in any case, with bullets and trailing dots', () => {
    expect(placeholderState('N.v.t.').state).toBe('placeholder');
    expect(placeholderState('- volgt\n').state).toBe('placeholder');
    expect(placeholderState('Nog invullen...').state).toBe('placeholder');
  });
  it('takes extra placeholder words', () => {
    expect(placeholderState('zie bijlage').state).toBe('content');
    expect(placeholderState('zie bijlage', ['zie bijlage']).state).toBe('placeholder');
  });
  it('counts a sentence that contains a placeholder word as content', () => {
    expect(placeholderState('Moeder wil geen contact met de school.').state).toBe('content');
  });
});
