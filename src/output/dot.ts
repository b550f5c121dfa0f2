import type { OutputRecord } from './columns.js';

// Graphviz DOT for a weighted, undirected graph (entity cooccurrence): one
// edge per record, pen width scaled by weight between 1 and 8 points, so the
// strongest ties stand out when drawn with `dot -Tsvg` or `neato`.

export interface DotOptions {
  /** Graph name. */
  name: string;
  /** Record keys of the two ends, their kinds (node shape), and the weight. */
  source: string;
  target: string;
  sourceKind?: string;
  targetKind?: string;
  weight: string;
}

const SHAPES: Record<string, string> = { person: 'ellipse', country: 'box', place: 'house', org: 'hexagon', treaty: 'note', date: 'plaintext' };

/** A DOT identifier: always quoted, with quotes and backslashes escaped. */
export function dotId(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

export function renderDot(records: readonly OutputRecord[], options: DotOptions): string {
  const weights = records.map((r) => Number(r[options.weight] ?? 0));
  const max = Math.max(1, ...weights);
  const min = Math.min(max, ...weights);
  const nodes = new Map<string, string>();
  const edges: string[] = [];
  records.forEach((record, i) => {
    const source = String(record[options.source] ?? '');
    const target = String(record[options.target] ?? '');
    if (!nodes.has(source)) nodes.set(source, options.sourceKind ? String(record[options.sourceKind] ?? '') : '');
    if (!nodes.has(target)) nodes.set(target, options.targetKind ? String(record[options.targetKind] ?? '') : '');
    const weight = weights[i] ?? 0;
    const width = max === min ? 2 : 1 + (7 * (weight - min)) / (max - min);
    edges.push(`  ${dotId(source)} -- ${dotId(target)} [penwidth=${width.toFixed(2)}, weight=${weight}, label=${dotId(String(weight))}];`);
  });
  const lines = [`graph ${dotId(options.name)} {`, '  node [fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=10];'];
  for (const [node, kind] of nodes) lines.push(`  ${dotId(node)}${SHAPES[kind] ? ` [shape=${SHAPES[kind]}]` : ''};`);
  return [...lines, ...edges, '}'].join('\n') + '\n';
}
