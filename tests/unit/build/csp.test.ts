import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_END,
  ARTICLE_START,
  contentSecurityPolicy,
  frameSources,
  headersFile,
  inlineScriptHashes,
  securePage,
  sitePolicy,
  startSitePolicy,
  withCspMeta,
} from '../../../src/build/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes inline scripts exactly as written, once each, and skips files and data blocks', () => {
    const html = `<head><script>a()</script><script type="module">b()</script><script src="/x.js"></script>
      <script type="application/ld+json">{"@type":"FAQPage"}</script><script>a()</script></head>`;
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()')]);
  });
});

describe('contentSecurityPolicy', () => {
  it('never allows inline scripts except by hash, nor eval or WebAssembly compilation', () => {
    const policy = contentSecurityPolicy([sha('a()')]);
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe(`script-src 'self' ${sha('a()')}`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy([], { forHeader: true })).toContain("frame-ancestors 'none'");
  });
});

describe('contentSecurityPolicy with a feedback collector', () => {
  it('lets pages connect to the site and the collector only', () => {
    const connect = (p: string) => p.split('; ').find((d) => d.startsWith('connect-src'));
    expect(connect(contentSecurityPolicy([]))).toBe("connect-src 'self'");
    expect(connect(contentSecurityPolicy([], { connect: ['https://feedback.example.com'] }))).toBe(
      "connect-src 'self' https://feedback.example.com",
    );
  });
});

describe('withCspMeta', () => {
  it('puts the policy first in the head', () => {
    expect(withCspMeta('<html><head lang="en"><title>x</title></head></html>', "default-src 'self'")).toBe(
      `<html><head lang="en"><meta http-equiv="content-security-policy" content="default-src 'self'"><title>x</title></head></html>`,
    );
  });
});

describe('headersFile', () => {
  it('applies the policy and hardening headers to every path', () => {
    const file = headersFile("default-src 'self'");
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain("  Content-Security-Policy: default-src 'self'");
    expect(file).toContain('  X-Content-Type-Options: nosniff');
  });
});

describe('an article cannot run code', () => {
  it('never hashes a script inside the article region, however it got there', () => {
    const html = `<head><script>site()</script></head><body>${ARTICLE_START}<p>Hi</p><script>alert(1)</script><script type="module">steal()</script>${ARTICLE_END}<script>after()</script></body>`;
    expect(inlineScriptHashes(html)).toEqual([sha('site()'), sha('after()')]);
  });

  it('treats an unclosed article region as the article to the end of the page', () => {
    expect(inlineScriptHashes(`<script>site()</script>${ARTICLE_START}<script>alert(1)</script>`)).toEqual([sha('site()')]);
  });
});

describe('frameSources', () => {
  it('opens frame-src only for the known video players a page embeds', () => {
    const html =
      '<figure data-frame-src="https://www.youtube-nocookie.com"></figure><figure data-frame-src="https://evil.example"></figure><figure data-frame-src="https://www.youtube-nocookie.com"></figure>';
    expect(frameSources(html)).toEqual(['https://www.youtube-nocookie.com']);
    expect(contentSecurityPolicy([], { frameSources: frameSources(html) })).toContain(
      'frame-src https://www.youtube-nocookie.com;',
    );
    expect(contentSecurityPolicy([])).not.toContain('frame-src');
  });
});

describe('securePage', () => {
  it("gives a page its own policy and adds its scripts and players to the site's", () => {
    const site = startSitePolicy(['https://collect.example']);
    const video = '<figure data-frame-src="https://www.youtube-nocookie.com"></figure>';
    const first = securePage(`<html><head><script>a()</script></head><body>${video}</body></html>`, site);
    const second = securePage('<html><head><script>b()</script></head><body></body></html>', site);
    const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)![1]!;
    expect(policyOf(first)).toContain(`script-src 'self' ${sha('a()')};`);
    expect(policyOf(first)).toContain('frame-src https://www.youtube-nocookie.com;');
    expect(policyOf(second)).not.toContain(sha('a()'));
    expect(policyOf(second)).not.toContain('frame-src');
    expect(policyOf(second)).toContain("connect-src 'self' https://collect.example;");
    expect(sitePolicy()).toBe(site);
    expect([...site.hashes]).toEqual([sha('a()'), sha('b()')]);
    expect([...site.frames]).toEqual(['https://www.youtube-nocookie.com']);
  });
});
