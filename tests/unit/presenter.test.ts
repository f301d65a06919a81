import { describe, expect, it } from 'vitest';
import { parsePresenterMessage } from '../../src/domain/presenter';

/** Walkthrough id → number of steps, as the windows build it from graph.json. */
const steps = new Map([
  ['ampa-mtor', 11],
  ['dose-branches', 9],
]);

describe('presenter link messages', () => {
  it('accepts the three messages for a known walkthrough at a step it has', () => {
    expect(parsePresenterMessage({ type: 'hello' }, steps)).toEqual({ type: 'hello' });
    expect(parsePresenterMessage({ type: 'go', tour: 'ampa-mtor', step: 10 }, steps)).toEqual({
      type: 'go',
      tour: 'ampa-mtor',
      step: 10,
    });
    expect(
      parsePresenterMessage({ type: 'state', tour: { id: 'dose-branches', step: 0 } }, steps),
    ).toEqual({ type: 'state', tour: { id: 'dose-branches', step: 0 } });
    expect(parsePresenterMessage({ type: 'state', tour: null }, steps)).toEqual({
      type: 'state',
      tour: null,
    });
  });

  it('ignores a walkthrough the graph does not have, or a step it does not have', () => {
    expect(parsePresenterMessage({ type: 'go', tour: 'nope', step: 0 }, steps)).toBeNull();
    expect(parsePresenterMessage({ type: 'go', tour: 'ampa-mtor', step: 11 }, steps)).toBeNull();
    expect(parsePresenterMessage({ type: 'go', tour: 'ampa-mtor', step: -1 }, steps)).toBeNull();
    expect(parsePresenterMessage({ type: 'go', tour: 'ampa-mtor', step: 1.5 }, steps)).toBeNull();
    expect(parsePresenterMessage({ type: 'go', tour: 'ampa-mtor', step: '2' }, steps)).toBeNull();
    expect(
      parsePresenterMessage({ type: 'state', tour: { id: '__proto__', step: 0 } }, steps),
    ).toBeNull();
  });

  it('ignores anything else: other shapes, extra fields, non-objects', () => {
    for (const data of [
      null,
      undefined,
      'next',
      42,
      [],
      {},
      { type: 'next' },
      { type: 'note', text: 'Ask the class' },
      { type: 'go', tour: 'ampa-mtor' },
      { type: 'go', tour: 'ampa-mtor', step: 1, html: '<img src=x onerror=alert(1)>' },
      { type: 'hello', extra: true },
      { type: 'state', tour: { id: 'ampa-mtor', step: 1, note: 'x' } },
      { type: 'go', tour: 'x'.repeat(5000), step: 0 },
    ])
      expect(parsePresenterMessage(data, steps), JSON.stringify(data)).toBeNull();
  });
});
