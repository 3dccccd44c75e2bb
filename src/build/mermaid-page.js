// Runs inside the build's headless Chromium, after mermaid.min.js: renders one
// diagram and reads its structure (for the text version). Plain browser JS, so
// nothing is transpiled between here and the page.
/* global mermaid */

/**
 * @param {string} source Mermaid source
 * @param {string} theme Mermaid theme ('default' or 'dark')
 * @param {string} id the id the SVG and every id inside it start with
 * @param {boolean} withStructure also read the nodes, edges or messages (once per diagram is enough)
 */
globalThis.renderDiagram = async function renderDiagram(source, theme, id, withStructure) {
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme,
    look: 'classic',
    deterministicIds: true,
    // Mermaid draws some shapes with rough.js; a fixed seed makes every rendering byte-identical.
    handDrawnSeed: 1,
    // SVG text rather than HTML in <foreignObject>: it cannot clip or reflow in the reader's fonts.
    htmlLabels: false,
    flowchart: { htmlLabels: false },
  });
  try {
    const { svg } = await mermaid.render(id, source);
    if (!withStructure) return { svg };
    const { type, db } = await mermaid.mermaidAPI.getDiagramFromText(source);
    const structure = { type };
    if (typeof db.getVertices === 'function' && typeof db.getEdges === 'function') {
      structure.nodes = [...db.getVertices().values()].map((v) => ({ id: v.id, label: String(v.text ?? v.id) }));
      structure.edges = db.getEdges().map((e) => ({ from: e.start, to: e.end, label: String(e.text ?? '') }));
    } else if (typeof db.getMessages === 'function') {
      const note = db.LINETYPE?.NOTE;
      const name = (actor) => String(db.getActor?.(actor)?.description ?? actor);
      structure.messages = db
        .getMessages()
        .filter((m) => m.from && m.to && typeof m.message === 'string' && m.type !== note)
        .map((m) => ({ from: name(m.from), to: name(m.to), text: m.message }));
    }
    return { svg, structure };
  } catch (error) {
    return { error: String(error?.message ?? error) };
  } finally {
    document.body.replaceChildren();
  }
};
