import { describe, expect, it } from 'vitest';
import { readDiagramLabels } from '../../../../src/render/diagrams/accessibility';

describe('readDiagramLabels', () => {
  it('reads one-line accTitle and accDescr, trimmed', () => {
    expect(readDiagramLabels('flowchart LR\n  accTitle:  Activation flow \n  accDescr: Email, then login.\n  a --> b')).toEqual({
      title: 'Activation flow',
      description: 'Email, then login.',
    });
  });

  it('reads a multi-line accDescr { … } block as one sentence', () => {
    expect(
      readDiagramLabels('sequenceDiagram\n  accTitle: Paying\n  accDescr {\n    You pay,\n    we confirm.\n  }\n  A->>B: hi')
        .description,
    ).toBe('You pay, we confirm.');
  });

  it('treats empty values and missing lines as absent', () => {
    expect(readDiagramLabels('flowchart LR\n  accTitle:\n  a --> b')).toEqual({});
  });
});
