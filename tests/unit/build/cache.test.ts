import { describe, expect, it } from 'vitest';
import { readRendered, renderedFile } from '../../../src/build/cache';

describe('renderedFile', () => {
  it('keeps an article’s HTML and Markdown in one file and gives both back exactly', () => {
    const parts = { html: '<p>7\n<b>12</b></p>\n', markdown: '12\nनमस्ते — “quotes”\n\n| a |\n' };
    expect(readRendered(renderedFile(parts), 'a.rendered')).toEqual(parts);
    expect(readRendered(renderedFile({ html: '', markdown: '' }), 'a.rendered')).toEqual({ html: '', markdown: '' });
  });

  it('refuses a file in another format, naming it and the cache to delete', () => {
    expect(() => readRendered('<p>old cache</p>', 'cache/x.rendered')).toThrow(
      /^cache\/x\.rendered is not a rendered article file: delete the build cache \(.*helpcenter-rendered\/\) and build again$/,
    );
    expect(() => readRendered('99\nshort', 'cache/y.rendered')).toThrow(/y\.rendered is not a rendered article file/);
  });
});
