/** What the renderer reads of a diagram's structure, for its text version. */
export interface DiagramStructure {
  /** Mermaid's diagram type, e.g. `flowchart-v2` or `sequence`. */
  type: string;
  /** Flowchart nodes in declaration order. */
  nodes?: { id: string; label: string }[];
  /** Flowchart edges in declaration order. */
  edges?: { from: string; to: string; label: string }[];
  /** Sequence-diagram messages in order, with participants by display name. */
  messages?: { from: string; to: string; text: string }[];
}

const clean = (text: string) =>
  text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The steps of a diagram as short sentences, for an ordered list next to it:
 * a flowchart that is one chain (A → B → C) lists its nodes in order; any
 * other flowchart lists its edges ("A → B (label)"); a sequence diagram lists
 * its messages ("Alice → Bob: Hello"). Other types give no steps, and the
 * description alone stands as the text version.
 */
export function describeSteps(structure: DiagramStructure): string[] {
  if (structure.messages) {
    return structure.messages.map((m) => `${clean(m.from)} → ${clean(m.to)}: ${clean(m.text)}`);
  }
  const nodes = structure.nodes ?? [];
  const edges = structure.edges ?? [];
  if (nodes.length === 0) return [];
  const label = new Map(nodes.map((n) => [n.id, clean(n.label) || n.id]));
  const chain = asChain(
    nodes.map((n) => n.id),
    edges,
  );
  if (chain && edges.every((e) => !clean(e.label))) return chain.map((id) => label.get(id)!);
  return edges.map((e) => {
    const text = clean(e.label);
    return `${label.get(e.from) ?? e.from} → ${label.get(e.to) ?? e.to}${text ? ` (${text})` : ''}`;
  });
}

/** The node ids in order when the edges form one unbranched path through every node, else undefined. */
function asChain(ids: string[], edges: DiagramStructure['edges'] & object): string[] | undefined {
  if (edges.length !== ids.length - 1) return undefined;
  const next = new Map<string, string>();
  const incoming = new Set<string>();
  for (const e of edges) {
    if (next.has(e.from) || incoming.has(e.to)) return undefined;
    next.set(e.from, e.to);
    incoming.add(e.to);
  }
  const starts = ids.filter((id) => !incoming.has(id));
  if (starts.length !== 1) return undefined;
  const chain = [starts[0]!];
  while (next.has(chain.at(-1)!)) chain.push(next.get(chain.at(-1)!)!);
  return chain.length === ids.length ? chain : undefined;
}
