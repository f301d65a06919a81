import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFilters, countLabel, visibleElements } from '../../src/domain/filter';
import { cascade, edgeSentence, indexGraph } from '../../src/domain/graph-index';
import { GraphSchema } from '../../src/domain/schema';
import { searchNodes } from '../../src/domain/search';
import { mentions } from '../../src/domain/text';
import { isPresenterWindow, parseView, serializeView } from '../../src/domain/url';

const graph = GraphSchema.parse(
  JSON.parse(readFileSync(path.resolve(__dirname, '../../public/data/graph.json'), 'utf8')),
);
const index = indexGraph(graph);

describe('filters', () => {
  it('shows everything when everything is selected', () => {
    const v = visibleElements(graph, allFilters(graph));
    expect(v.nodes.size).toBe(graph.elements.nodes.length);
    expect(v.edges.size).toBe(graph.elements.edges.length);
  });

  it('keeps only the L-type calcium cascade when only that hypothesis is selected', () => {
    const v = visibleElements(graph, { ...allFilters(graph), hypotheses: ['l-type-calcium'] });
    expect(v.nodes.has('l-type-calcium-channels')).toBe(true);
    expect(v.nodes.has('mtor')).toBe(false);
    expect(v.nodes.has('serotonergic-psychedelics')).toBe(false);
    // Clinical side effects belong to no hypothesis, so they hide under a narrowed hypothesis filter.
    expect(v.nodes.has('dissociation')).toBe(false);
  });

  it('keeps only high-dose elements for the high-dose branch', () => {
    const v = visibleElements(graph, { ...allFilters(graph), dose: 'high-dose' });
    expect([...v.nodes].sort()).toEqual([
      'anesthesia',
      'intracellular-calcium',
      'ketamine',
      'neurotoxicity',
      'nmda-receptor',
    ]);
  });

  it('keeps an element only if a selected source supports it, and an edge only if both ends are visible', () => {
    const v = visibleElements(graph, {
      ...allFilters(graph),
      sources: ['ketamine-explainer-video'],
    });
    expect(v.nodes.has('norketamine')).toBe(true);
    expect(v.nodes.has('l-type-calcium-channels')).toBe(false);
    for (const id of v.edges) {
      const e = index.edges.get(id)!;
      expect(v.nodes.has(e.source) && v.nodes.has(e.target)).toBe(true);
      expect(e.evidence.some((ev) => ev.sourceId === 'ketamine-explainer-video')).toBe(true);
    }
  });

  it('says how many nodes and edges are visible', () => {
    expect(countLabel({ nodes: new Set(['a']), edges: new Set(['x', 'y']) })).toBe(
      '1 node, 2 edges',
    );
  });
});

describe('search', () => {
  it('finds mTOR by "mammalian target of rapamycin"', () => {
    expect(searchNodes(graph, 'mammalian target of rapamycin')[0]?.node.id).toBe('mtor');
  });
  it('ignores case and accents', () => {
    expect(searchNodes(graph, 'KETAMINE')[0]?.node.id).toBe('ketamine');
    expect(searchNodes(graph, 'recepteur n-methyl')[0]?.node.id).toBe('nmda-receptor');
    expect(searchNodes(graph, 'synaptogenese')[0]?.node.id).toBe('synaptogenesis');
  });
  it('ranks a label prefix before a synonym substring, and finds nothing for nonsense', () => {
    expect(searchNodes(graph, 'bdnf')[0]?.node.id).toBe('bdnf');
    expect(searchNodes(graph, 'zzzz')).toEqual([]);
  });
  it('matches whole words when checking whether a quote mentions a name', () => {
    expect(mentions('the NMDA receptor', 'NMDA')).toBe(true);
    expect(mentions('NMDAR', 'NMDA')).toBe(false);
  });
});

describe('cascade', () => {
  it('walks downstream of AMPA receptors to the antidepressant effect, not upstream to ketamine', () => {
    const down = cascade(index, 'ampa-receptor', 'down');
    expect(down.has('mtor')).toBe(true);
    expect(down.has('rapid-antidepressant-effect')).toBe(true);
    expect(down.has('ketamine')).toBe(false);
    expect(cascade(index, 'ampa-receptor', 'up').has('ketamine')).toBe(true);
  });
  it('phrases an edge as a sentence', () => {
    expect(edgeSentence(index, index.edges.get('ketamine-blocks-nmda-receptor')!)).toBe(
      'Ketamine blocks NMDA receptor',
    );
  });
});

describe('URL parameters', () => {
  it('round-trips a view', () => {
    const view = {
      selected: 'bdnf',
      filters: {
        hypotheses: ['ampa-mtor'],
        sources: ['biol-aujourdhui-2023'],
        dose: 'subanesthetic' as const,
      },
      tour: { id: 'ampa-mtor', step: 2 },
      presentation: true,
    };
    const q = serializeView(view, graph);
    expect(q).toBe(
      '?node=bdnf&hyp=ampa-mtor&src=biol-aujourdhui-2023&dose=subanesthetic&tour=ampa-mtor&step=3&present=1',
    );
    expect(parseView(q, graph)).toEqual({ view, ignored: [] });
  });
  it('leaves defaults out of the URL', () => {
    expect(
      serializeView(
        { selected: null, filters: allFilters(graph), tour: null, presentation: false },
        graph,
      ),
    ).toBe('');
  });
  it('accepts only known walkthroughs and whole step numbers', () => {
    expect(parseView('?tour=dose-branches&step=4', graph).view.tour).toEqual({
      id: 'dose-branches',
      step: 3,
    });
    const bad = parseView('?tour=ampa-mtor&step=-1e9&present=yes', graph);
    expect(bad.view.tour).toEqual({ id: 'ampa-mtor', step: 0 });
    expect(bad.view.presentation).toBe(false);
    expect(bad.ignored).toEqual(['unknown step "-1e9"', 'unknown present "yes"']);
    expect(parseView('?tour=javascript:alert(1)', graph).ignored).toEqual([
      'unknown tour "javascript:alert(1)"',
    ]);
  });

  it('opens the presenter view only for presenter=1, and never writes it into a link', () => {
    expect(isPresenterWindow('?presenter=1')).toBe(true);
    for (const q of ['', '?presenter=0', '?presenter=true', '?presenter=1x', '?present=1'])
      expect(isPresenterWindow(q), q).toBe(false);
    expect(parseView('?presenter=yes', graph).ignored).toEqual(['unknown presenter "yes"']);
    const v = parseView('?presenter=1&tour=ampa-mtor&step=2', graph);
    expect(v.ignored).toEqual([]);
    expect(serializeView(v.view, graph)).toBe('?tour=ampa-mtor&step=2');
  });

  it('ignores unknown ids and says so, keeping the known ones', () => {
    const r = parseView('?node=<script>&hyp=ampa-mtor,nope&dose=lethal&src=', graph);
    expect(r.view.selected).toBeNull();
    expect(r.view.filters.hypotheses).toEqual(['ampa-mtor']);
    expect(r.view.filters.dose).toBe('both');
    expect(r.view.filters.sources).toEqual([]);
    expect(r.ignored).toEqual([
      'unknown hyp "nope"',
      'unknown dose "lethal"',
      'unknown node "<script>"',
    ]);
  });
});
