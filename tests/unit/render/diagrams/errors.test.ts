import { describe, expect, it } from 'vitest';
import { articleLine, mermaidErrorLine, noBrowserMessage, syntaxProblem } from '../../../../src/render/diagrams/errors';

describe('mapping Mermaid errors to article lines', () => {
  it('counts diagram lines from the line after the opening fence', () => {
    expect(articleLine(12, 1)).toBe(13);
    expect(articleLine(12, 4)).toBe(16);
  });

  it('falls back to the fence line when Mermaid gives no line', () => {
    expect(articleLine(12, undefined)).toBe(12);
    expect(mermaidErrorLine('No diagram type detected matching given configuration for text: hello')).toBeUndefined();
  });

  it('reads the line from parse and lexer errors', () => {
    expect(mermaidErrorLine('Parse error on line 4:\n...')).toBe(4);
    expect(mermaidErrorLine('Lexer error on line 2, column 3')).toBe(2);
  });

  it('keeps Mermaid’s message, pointer lines indented, after the article line', () => {
    expect(syntaxProblem(12, 'Parse error on line 4:\n...a --> b[\n---^\nExpecting X, got Y')).toEqual({
      line: 16,
      message: 'Mermaid cannot parse this diagram',
      fix:
        'fix the diagram source (try it at https://mermaid.live) and build again. ' +
        'Mermaid says: Parse error on line 4:\n      ...a --> b[\n      ---^\n      Expecting X, got Y',
    });
  });

  it('says how to get Chromium when a diagram needs rendering and no browser starts', () => {
    expect(
      noBrowserMessage('content/articles/a.mdx:9', 'content/.diagrams', 'no Chrome or Chromium was found on this machine'),
    ).toBe(
      'content/articles/a.mdx:9: this diagram is not in the diagram cache (content/.diagrams/) yet, and rendering it needs Chromium, ' +
        'which could not be started: no Chrome or Chromium was found on this machine. Install it with `apt-get install -y chromium` ' +
        '(Debian/Ubuntu, as root), or point CHROMIUM_PATH at a Chrome or Chromium executable. Builds whose diagrams are all cached need no browser.',
    );
  });
});
