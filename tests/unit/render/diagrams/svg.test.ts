import { describe, expect, it } from 'vitest';
import {
  canonicalIds,
  minimumWidth,
  normalizeSvg,
  placeSvg,
  RENDER_ID,
  smallestFontSize,
  withoutUnusedStyles,
  withoutUnusedSymbols,
} from '../../../../src/render/diagrams/svg';

const rendered =
  `<svg id="${RENDER_ID}" width="100%" xmlns="http://www.w3.org/2000/svg" style="max-width: 400.123456px;" viewBox="0 0 400.123456 100" role="graphics-document document" aria-roledescription="flowchart-v2">` +
  `<title id="chart-title-${RENDER_ID}">Flow</title><desc id="chart-desc-${RENDER_ID}">A to B.</desc>` +
  `<style>#${RENDER_ID}{font-family:sans-serif;font-size:16px;}#${RENDER_ID} .tip{font-size:12px;}</style>` +
  `<marker id="${RENDER_ID}_pointEnd"><path d="M 0 0"></path></marker><marker id="${RENDER_ID}_circleEnd"><circle r="5"></circle></marker>` +
  `<path d="M1.23456,2L3,4" data-points="W3siI=" style="" marker-end="url(#${RENDER_ID}_pointEnd)"></path><text>v1.23456</text></svg>`;

describe('normalizeSvg', () => {
  const out = normalizeSvg(rendered);
  it('rounds geometry to two decimals but leaves text alone', () => {
    expect(out).toContain('d="M1.23,2L3,4"');
    expect(out).toContain('<text>v1.23456</text>');
  });
  it('drops unreferenced markers, data-points and empty styles', () => {
    expect(out).toContain(`<marker id="${RENDER_ID}-1">`);
    expect(out).toContain(`marker-end="url(#${RENDER_ID}-1)"`);
    expect(out.match(/<marker/g)).toHaveLength(1);
    expect(out).not.toContain('data-points');
    expect(out).not.toContain('style=""');
  });
});

describe('withoutUnusedStyles', () => {
  const svg =
    '<svg id="d" xmlns="http://www.w3.org/2000/svg"><style>#d{font-size:16px;}#d .node rect{fill:#ECECFF;}' +
    '#d .error-icon{fill:#552222;}#d div.mermaidTooltip{font-size:12px;}</style><g class="node"><rect></rect></g></svg>';
  it('drops the rules that match nothing in the SVG and keeps the others', () => {
    const out = withoutUnusedStyles(svg);
    expect(out).toContain('#d{font-size:16px}');
    expect(out).toContain('#d .node rect{fill:#ececff}');
    expect(out).not.toContain('error-icon');
    expect(out).not.toContain('mermaidTooltip');
  });
  it('keeps an SVG it cannot read as XML whole', () => {
    const broken = svg.replace('<rect></rect>', '<rect>');
    expect(withoutUnusedStyles(broken)).toBe(broken);
  });
  it('leaves the root font size where the legible width finds it', () => {
    const merged = `<svg><style>@keyframes dash{to{stroke-dashoffset:0}}#${RENDER_ID}{fill:#333}#${RENDER_ID},#${RENDER_ID} svg{font-size:18px}</style></svg>`;
    expect(smallestFontSize(merged)).toBe(18);
  });
});

describe('placeSvg', () => {
  const placed = placeSvg(normalizeSvg(rendered), { id: 'diagram-2-dark', className: 'diagram-dark' });
  it('makes every id and reference unique to the placement', () => {
    expect(placed).not.toContain(RENDER_ID);
    expect(placed).toContain('#diagram-2-dark{font-family');
    expect(placed).toContain('url(#diagram-2-dark-1)');
  });
  it('is an image named by its title and described by its desc, ignored by search', () => {
    expect(/^<svg [^>]*>/.exec(placed)![0]).toBe(
      '<svg id="diagram-2-dark" class="diagram-dark" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400.12 100" width="401" height="100" ' +
        'style="min-width: 301px" role="img" aria-labelledby="chart-title-diagram-2-dark" aria-describedby="chart-desc-diagram-2-dark" data-pagefind-ignore>',
    );
  });
});

describe('legible width', () => {
  it('takes the root font size and sizes on text, not unused rules', () => {
    expect(smallestFontSize(rendered)).toBe(16);
    expect(smallestFontSize('<svg><style>#x{font-size:16px}</style><text font-size="14">a</text></svg>')).toBe(14);
  });
  it('lets a diagram shrink until 16 px text reaches 12 px, and no further', () => {
    expect(minimumWidth('<svg viewBox="0 0 800 100"><style>#x{font-size:16px}</style></svg>')).toBe(600);
    expect(minimumWidth('<svg viewBox="0 0 800 100"><style>#x{font-size:10px}</style></svg>')).toBe(800);
  });
});

describe('canonicalIds', () => {
  it('numbers ids by appearance, so a rendering does not depend on what was rendered before it', () => {
    const after = (n: number) =>
      `<svg id="${RENDER_ID}"><style>#${RENDER_ID} .a{fill:#ECECFF}#${RENDER_ID}-classId-Animal-${n}{x:1}</style>` +
      `<g id="${RENDER_ID}-classId-Animal-${n}" data-x="#${RENDER_ID}-classId-Animal-${n}"></g><path marker-end="url(#${RENDER_ID}_arrow)"></path><marker id="${RENDER_ID}_arrow"></marker></svg>`;
    expect(canonicalIds(after(0))).toBe(canonicalIds(after(7)));
    expect(canonicalIds(after(0))).toBe(
      `<svg id="${RENDER_ID}"><style>#${RENDER_ID} .a{fill:#ECECFF}#${RENDER_ID}-1{x:1}</style>` +
        `<g id="${RENDER_ID}-1" data-x="#${RENDER_ID}-1"></g><path marker-end="url(#${RENDER_ID}-2)"></path><marker id="${RENDER_ID}-2"></marker></svg>`,
    );
  });
});

describe('withoutUnusedSymbols', () => {
  it('drops the icons Mermaid defines in every sequence diagram but never draws, and keeps those in use', () => {
    const svg =
      '<svg><defs><symbol id="d-database"><path d="M12.26.001l.256.255v17l-.1.05"/></symbol><symbol id="d-computer"><path d="M2 2h20"/></symbol></defs><use href="#d-computer"/></svg>';
    expect(withoutUnusedSymbols(svg)).toBe(
      '<svg><defs><symbol id="d-computer"><path d="M2 2h20"/></symbol></defs><use href="#d-computer"/></svg>',
    );
  });
});
