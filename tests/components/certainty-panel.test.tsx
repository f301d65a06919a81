/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../src/domain/graph-index';
import { GraphSchema, type GraphFact } from '../../src/domain/schema';
import { Certainty } from '../../src/features/details-panel/Certainty';
import { FactGroups } from '../../src/features/details-panel/FactGroups';
import { NetEffect } from '../../src/features/details-panel/NetEffect';

const graph = GraphSchema.parse(
  JSON.parse(readFileSync(path.resolve(__dirname, '../../public/data/graph.json'), 'utf8')),
);
const index = indexGraph(graph);
const someEvidence = graph.elements.edges[0]!.data.evidence[0]!;

describe('certainty in words', () => {
  it('says "Hypothesised" with the hedging words, the number of sources and the inference', async () => {
    render(
      <Certainty
        certainty="hypothesised"
        evidence={[{ ...someEvidence, certainty: 'hedged', hedges: ['may', 'is thought'] }]}
        sourceCount={1}
        inference="The curator reads both classes as ketamine and SPs."
        index={index}
      />,
    );
    const box = screen.getByRole('region', { name: 'How firmly the sources say it' });
    expect(box).toHaveTextContent('Hypothesised: the sources say “may”, “is thought” · 1 source');
    // Which sources: one click away, so the line stays short on the panel's first screen.
    expect(box).not.toHaveTextContent('Supported by');
    await userEvent.click(within(box).getByRole('button', { name: 'which' }));
    expect(box).toHaveTextContent(
      `Supported by 1 source: ${index.sources.get(someEvidence.sourceId)!.shortTitle}`,
    );
    expect(box).toHaveTextContent(
      'Curator’s inference: The curator reads both classes as ketamine and SPs.',
    );
  });

  it('names the source that disputes a debated element', () => {
    render(
      <Certainty
        certainty="debated"
        evidence={[
          someEvidence,
          { ...someEvidence, sourceId: 'biol-aujourdhui-2023' as never, certainty: 'disputes' },
        ]}
        sourceCount={1}
        index={index}
      />,
    );
    expect(screen.getByRole('region')).toHaveTextContent(
      'Debated: Neuropsychotropic review (2023) questions it',
    );
  });
});

describe('net effect', () => {
  it("says ketamine may lower GABAergic neurons' activity: the NMDA → GABAergic step is debated", async () => {
    render(<NetEffect node={index.nodes.get('gabaergic-neurons')!} index={index} />);
    const region = screen.getByRole('region', { name: 'Net effect of ketamine' });
    // One short line first; the path on request.
    expect(within(region).getByRole('listitem')).toHaveTextContent(
      /^Subanesthetic dose: may ↓ down \(activity\)$/,
    );
    await userEvent.click(within(region).getByRole('button', { name: 'Path' }));
    expect(within(region).getByRole('listitem')).toHaveTextContent(
      'Subanesthetic dose: may ↓ down (activity) · path: ↓ NMDA receptor → ↓ GABAergic neurons (activity)',
    );
    expect(region).toHaveTextContent('“may”: every path to it passes an arrow');
  });

  it('shows the dose-free net effect on a node on no dose branch (review 2, #25)', () => {
    render(<NetEffect node={index.nodes.get('analgesia')!} index={index} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('No dose stated: ↑ up');
  });

  it('turns ⊣ then ⊣ into ↑ along the high-dose calcium path', async () => {
    const node = {
      ...index.nodes.get('neurotoxicity')!,
      netEffects: [
        {
          branch: 'high-dose' as never,
          sign: 'up' as const,
          hedged: false,
          path: ['ketamine', 'nmda-receptor', 'intracellular-calcium', 'neurotoxicity'] as never[],
        },
      ],
    };
    render(<NetEffect node={node} index={index} />);
    await userEvent.click(screen.getByRole('button', { name: 'Path' }));
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'High dose: ↑ up · path: ↓ NMDA receptor → ↓ Intracellular calcium → ↑ Potential neurotoxicity',
    );
    expect(screen.getByRole('listitem')).not.toHaveTextContent('may');
  });
});

describe('facts whose sources differ', () => {
  it('shows them under one heading saying so, each value with its source and drug', () => {
    const ev = (sourceId: string) => ({ ...someEvidence, sourceId: sourceId as never });
    const facts: GraphFact[] = [
      {
        label: 'Onset',
        value: 'within hours',
        group: 'Onset',
        evidence: [ev('dottorino-ketamine-esketamine')],
        about: 'ketamine and esketamine',
      },
      {
        label: 'Onset',
        value: 'from 24 h post-dose',
        group: 'Onset',
        evidence: [ev('biol-aujourdhui-2023')],
      },
      { label: 'Peak', value: '24–48 hours', evidence: [ev('dottorino-ketamine-esketamine')] },
    ];
    render(<FactGroups facts={facts} index={index} />);
    const terms = screen.getAllByRole('term');
    expect(terms.map((t) => t.textContent)).toEqual(['Onset · the sources differ', 'Peak']);
    const values = screen.getAllByRole('definition').map((d) => d.textContent ?? '');
    expect(values[0]).toMatch(
      /^L'angolo del dottorino: within hours \(about ketamine and esketamine\)/,
    );
    expect(values[1]).toMatch(/^Neuropsychotropic review \(2023\): from 24 h post-dose/);
    expect(values[2]).toMatch(/^24–48 hours/);
  });
});
