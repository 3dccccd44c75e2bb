import { describe, expect, it } from 'vitest';
import { describeSteps } from '../../../../src/render/diagrams/text-version';

const node = (id: string, label = id) => ({ id, label });
const edge = (from: string, to: string, label = '') => ({ from, to, label });

describe('describeSteps', () => {
  it('lists a one-line flowchart as its steps in order, whatever the declaration order', () => {
    expect(
      describeSteps({
        type: 'flowchart-v2',
        nodes: [node('login', 'Dashboard login'), node('email', 'Confirmation email'), node('live', 'Service<br/>live')],
        edges: [edge('login', 'live'), edge('email', 'login')],
      }),
    ).toEqual(['Confirmation email', 'Dashboard login', 'Service live']);
  });

  it('lists the edges of a branching flowchart, with their labels', () => {
    expect(
      describeSteps({
        type: 'flowchart-v2',
        nodes: [node('ivr', 'IVR'), node('s', 'Sales'), node('t', 'Support')],
        edges: [edge('ivr', 's', 'presses 1'), edge('ivr', 't')],
      }),
    ).toEqual(['IVR → Sales (presses 1)', 'IVR → Support']);
  });

  it('lists a sequence diagram’s messages', () => {
    expect(describeSteps({ type: 'sequence', messages: [{ from: 'You', to: 'MyOperator', text: 'Pay' }] })).toEqual([
      'You → MyOperator: Pay',
    ]);
  });

  it('gives no steps for a diagram it cannot read', () => {
    expect(describeSteps({ type: 'pie' })).toEqual([]);
  });
});
