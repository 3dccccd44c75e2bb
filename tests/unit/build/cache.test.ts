import { describe, expect, it } from 'vitest';
import { readRendered, renderedFile } from '../../../src/build/cache';

describe('renderedFile', () => {
  it('keeps an article’s HTML and Markdown in one file and gives both back exactly', () => {
    const parts = { html: '<p>7\n<b>12</b></p>\n', markdown: '12\nनमस्ते — “quotes”\n\n| a |\n' };
    expect(readRendered(renderedFile(parts))).toEqual(parts);
    expect(readRendered(renderedFile({ html: '', markdown: '' }))).toEqual({ html: '', markdown: '' });
  });

  it('refuses a file in another format, saying to build again', () => {
    expect(() => readRendered('<p>old cache</p>')).toThrow(/not a rendered article file: build again/);
  });
});
