/**
 * The generator: load sources and curation → validate → anchor every quote → check references →
 * lay out → a Graph (or every problem found). Pure apart from reading files; writing is emit.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  ANY_DOSE,
  defaultEdgeId,
  DOSE_TOUR,
  type BranchId,
  type EdgeId,
  type HypothesisId,
  type NodeId,
  type SourceId,
} from '../domain/ids';
import {
  CurationFileSchema,
  GRAPH_FORMAT,
  type CurationEdge,
  type CurationEvidence,
  type CurationFile,
  type CurationNode,
  type Graph,
  type GraphEdge,
  type GraphEvidence,
  type GraphNode,
  type GraphRoute,
} from '../domain/schema';
import { elementCertainty, sourceCount } from '../domain/certainty';
import { hasWords, occurrencesInKey, unaccountedCues } from '../domain/hedges';
import { charsMissingFromLabelFont } from '../domain/label-font-chars';
import { netEffects } from '../domain/net-effect';
import { mentions, normalize } from '../domain/text';
import { layOutGraph } from './lay-out-graph';
import type { LayoutReport } from './layout-report';
import type { Problem } from './problems';
import { reportSchemaIssues } from './schema-issues';
import { verbWordsMissing } from './verb-check';
import { lineColumn, loadSources, toGraphSource, type LoadedSource } from './sources';
import { YamlFile, type Path } from './yaml-doc';

export interface GenerateOptions {
  sourcesDir: string;
  curationDir: string;
  /** Paths in messages are shown relative to this folder (default: the working directory). */
  root?: string;
}

export interface ReviewedSentence {
  sourceId: SourceId;
  start: number;
  end: number;
  reason: string;
}

export interface Generated {
  /** null when there is any error; warnings alone still produce a graph. */
  graph: Graph | null;
  sources: LoadedSource[];
  problems: Problem[];
  reviewed: ReviewedSentence[];
  /** The layout report of the full view and every story view (empty when there is no graph). */
  layout: LayoutReport[];
}

interface Located<T> {
  value: T;
  file: YamlFile;
  path: Path;
}

/** Ids that have a metadata or text file but did not load (their error is already reported). */
function unloadedSourceIds(dir: string, loaded: Map<string, unknown>): Set<string> {
  if (!existsSync(dir)) return new Set();
  const ids = readdirSync(dir)
    .filter((n) => /\.(ya?ml|txt)$/.test(n))
    .map((n) => n.replace(/\.(ya?ml|txt)$/, ''));
  return new Set(ids.filter((id) => !loaded.has(id)));
}

/** Runs the whole pipeline in memory. */
export function generate(options: GenerateOptions): Generated {
  const root = options.root ?? process.cwd();
  const display = (p: string) => path.relative(root, p) || p;
  const problems: Problem[] = [];
  const { sources, problems: sourceProblems } = loadSources(options.sourcesDir, display);
  problems.push(...sourceProblems);
  const sourceById = new Map(sources.map((s) => [s.id as string, s]));
  const unloaded = unloadedSourceIds(options.sourcesDir, sourceById);

  // 1. Parse and validate every curation file.
  const files: Array<{ file: YamlFile; data: CurationFile }> = [];
  if (!existsSync(options.curationDir)) {
    problems.push({
      file: display(options.curationDir),
      line: 1,
      column: 1,
      message: 'curation folder not found',
      severity: 'error',
    });
  } else {
    for (const name of readdirSync(options.curationDir)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort()) {
      const file = YamlFile.read(
        path.join(options.curationDir, name),
        display(path.join(options.curationDir, name)),
      );
      problems.push(...file.problems);
      if (!file.ok) continue;
      const parsed = CurationFileSchema.safeParse(file.toJS() ?? {});
      if (!parsed.success) {
        problems.push(...reportSchemaIssues(file, parsed.error.issues));
        continue;
      }
      files.push({ file, data: parsed.data });
    }
  }

  // 2. Register ids; a second definition is an error that names the first.
  const register = <T extends { id: string }>(
    kind: string,
    table: Map<string, Located<T>>,
    item: Located<T>,
    id = item.value.id,
  ) => {
    const first = table.get(id);
    if (first) {
      const at = first.file.position(first.path);
      problems.push(
        item.file.problem(
          [...item.path, 'id'],
          `duplicate ${kind} id "${id}" (first defined at ${first.file.file}:${at.line})`,
        ),
      );
      return;
    }
    table.set(id, item);
  };
  const hypotheses = new Map<string, Located<NonNullable<CurationFile['hypotheses']>[number]>>();
  const branches = new Map<string, Located<NonNullable<CurationFile['branches']>[number]>>();
  const nodes = new Map<string, Located<CurationNode>>();
  const edges = new Map<string, Located<CurationEdge & { id: EdgeId }>>();
  const reviewedItems: Array<Located<NonNullable<CurationFile['reviewed']>[number]>> = [];
  const tourItems: Array<Located<NonNullable<CurationFile['tours']>[number]>> = [];
  for (const { file, data } of files) {
    data.hypotheses?.forEach((value, i) =>
      register('hypothesis', hypotheses, { value, file, path: ['hypotheses', i] }),
    );
    data.branches?.forEach((value, i) =>
      register('branch', branches, { value, file, path: ['branches', i] }),
    );
    data.nodes?.forEach((value, i) => register('node', nodes, { value, file, path: ['nodes', i] }));
    data.edges?.forEach((value, i) => {
      const id = value.id ?? defaultEdgeId(value.source, value.relation, value.target);
      register('edge', edges, { value: { ...value, id }, file, path: ['edges', i] }, id);
    });
    data.reviewed?.forEach((value, i) =>
      reviewedItems.push({ value, file, path: ['reviewed', i] }),
    );
    data.tours?.forEach((value, i) => tourItems.push({ value, file, path: ['tours', i] }));
  }

  // 3. References.
  const known = (
    what: string,
    table: Map<string, unknown>,
    id: string,
    file: YamlFile,
    p: Path,
  ) => {
    if (table.has(id)) return true;
    const list = [...table.keys()].sort().join(', ') || 'none defined';
    problems.push(file.problem(p, `unknown ${what} "${id}" (known: ${list})`));
    return false;
  };
  const checkTags = (
    item: { hypotheses: HypothesisId[]; branches: BranchId[] },
    file: YamlFile,
    p: Path,
  ) => {
    item.hypotheses.forEach((h, i) =>
      known('hypothesis', hypotheses, h, file, [...p, 'hypotheses', i]),
    );
    item.branches.forEach((b, i) => known('branch', branches, b, file, [...p, 'branches', i]));
  };
  for (const { value, file, path: p } of nodes.values()) checkTags(value, file, p);
  for (const { value, file, path: p } of edges.values()) {
    known('node', nodes, value.source, file, [...p, 'source']);
    known('node', nodes, value.target, file, [...p, 'target']);
    checkTags(value, file, p);
  }

  // 4. Anchor every quote in its source, and check how firmly the curation says its source says it.
  const short = (t: string) => (t.length > 160 ? `${t.slice(0, 160)}…` : t);
  const checkHedges = (ev: CurationEvidence, sentence: string, file: YamlFile, p: Path) => {
    const certainty = ev.certainty ?? 'stated';
    const hedges = ev.hedges ?? [];
    const notHedgedBy = ev.notHedgedBy ?? [];
    if (hedges.length && certainty !== 'hedged') {
      problems.push(
        file.problem([...p, 'hedges'], `"hedges" needs "certainty: hedged" (it is "${certainty}")`),
      );
    }
    if (certainty === 'hedged' && !hedges.length) {
      const cues = unaccountedCues(sentence, []).map((c) => c.cue);
      problems.push(
        file.problem(
          [...p, 'certainty'],
          `a hedged quote must name its hedging words in "hedges"${cues.length ? ` (cues in its sentence: ${cues.join(', ')})` : ''}`,
        ),
      );
    }
    const listed: Array<[string, string[]]> = [
      ['hedges', hedges],
      ['notHedgedBy', notHedgedBy],
    ];
    for (const [field, words] of listed) {
      words.forEach((w, i) => {
        if (!hasWords(sentence, w))
          problems.push(
            file.problem(
              [...p, field, i],
              `${field === 'hedges' ? 'hedging word' : 'notHedgedBy word'} "${w}" is not in the quote or its sentence: "${short(sentence)}"`,
            ),
          );
      });
    }
    if (certainty === 'disputes') return;
    const seen = new Set<string>();
    for (const cue of unaccountedCues(sentence, [...hedges, ...notHedgedBy])) {
      if (seen.has(cue.cue)) continue;
      seen.add(cue.cue);
      const proposal =
        cue.signals === 'dispute'
          ? `"certainty: disputes" if it questions the claim`
          : `"certainty: hedged" with "hedges: [${cue.cue}]"`;
      problems.push(
        file.problem(
          [...p, ev.certainty ? 'certainty' : 'quote'],
          `the quote's sentence holds the hedge cue "${cue.cue}" that the curation does not account for: "${short(sentence)}"; propose ${proposal}, or "notHedgedBy: [${cue.cue}]" if it qualifies another part of the sentence`,
          'warning',
        ),
      );
    }
  };
  const anchorOne = (
    ev: CurationEvidence,
    file: YamlFile,
    p: Path,
    checkCertainty = true,
  ): GraphEvidence | null => {
    const source = sourceById.get(ev.source);
    // A source whose files failed to load is reported once, where it failed.
    if (!source && unloaded.has(ev.source)) return null;
    if (!source) {
      known('source', sourceById, ev.source, file, [...p, 'source']);
      return null;
    }
    const languages = source.meta.languages ?? [source.meta.language];
    const language = ev.language ?? source.meta.language;
    if (!languages.includes(language)) {
      problems.push(
        file.problem(
          [...p, 'language'],
          `language "${language}" is not one of source "${source.id}"'s languages (${languages.join(', ')})`,
        ),
      );
    }
    const result = source.anchor.anchor(ev.quote, ev.prefix, ev.suffix);
    if (result.ok) {
      const certainty = ev.certainty ?? 'stated';
      const hedges = ev.hedges ?? [];
      if (checkCertainty) {
        const sentence = source.anchor.sentence(result.anchor.start, result.anchor.end);
        checkHedges(ev, sentence, file, p);
      }
      return { sourceId: source.id, ...result.anchor, language, certainty, hedges };
    }
    if (result.reason === 'ambiguous') {
      const at = result.offsets
        .map((o) => lineColumn(source.text, o))
        .map((c) => `${c.line}:${c.column}`);
      problems.push(
        file.problem(
          [...p, 'quote'],
          `quote occurs ${result.offsets.length} times in source "${source.id}" (${source.textFile} at ${at.join(', ')}); add a prefix or suffix to say which`,
        ),
      );
    } else {
      let msg = `quote not found in source "${source.id}"`;
      if (ev.prefix !== undefined || ev.suffix !== undefined)
        msg += ' with the given prefix/suffix';
      if (result.closest) {
        const at = lineColumn(source.text, result.closest.start);
        const passage =
          result.closest.passage.length > 200
            ? `${result.closest.passage.slice(0, 200)}…`
            : result.closest.passage;
        msg += `; closest passage (${Math.round(result.closest.similarity * 100)}% similar) at ${source.textFile}:${at.line}:${at.column}: "${passage}"`;
      }
      problems.push(file.problem([...p, 'quote'], msg));
    }
    return null;
  };
  const anchorAll = (list: CurationEvidence[], file: YamlFile, p: Path): GraphEvidence[] =>
    list
      .map((ev, i) => anchorOne(ev, file, [...p, 'evidence', i]))
      .filter((e): e is GraphEvidence => e !== null);

  const graphHypotheses = [...hypotheses.values()].map(({ value, file, path: p }) => ({
    id: value.id,
    label: value.label,
    summary: value.summary,
    evidence: anchorAll(value.evidence, file, p),
  }));
  const graphBranches = [...branches.values()].map(({ value, file, path: p }) => ({
    id: value.id,
    label: value.label,
    summary: value.summary,
    evidence: anchorAll(value.evidence, file, p),
  }));

  // A node's name "occurs" in a text as written or as its plural ("NMDA receptors").
  const named = (text: string, n: CurationNode) =>
    [n.label, ...n.synonyms].some((name) => mentions(text, name) || mentions(text, `${name}s`));
  const sentenceOf = (ev: GraphEvidence) =>
    sourceById.get(ev.sourceId)?.anchor.sentence(ev.start, ev.end) ?? ev.quote;
  const needsSupport = (evidence: GraphEvidence[], count: number, file: YamlFile, p: Path) => {
    if (evidence.length === count && !evidence.some((e) => e.certainty !== 'disputes'))
      problems.push(
        file.problem(
          [...p, 'evidence'],
          'every quote here disputes the claim; it needs at least one quote that supports it',
        ),
      );
  };

  const graphNodes: Array<{ data: Omit<GraphNode['data'], 'width' | 'height'> }> = [];
  for (const { value: n, file, path: p } of nodes.values()) {
    const facts = n.facts.map((f, i) => {
      const evidence = anchorAll(f.evidence, file, [...p, 'facts', i]);
      if (
        evidence.length &&
        !evidence.some((e) => normalize(e.quote).includes(normalize(f.value)))
      ) {
        problems.push(
          file.problem(
            [...p, 'facts', i, 'value'],
            `fact value "${f.value}" does not appear in any of its quotes`,
          ),
        );
      }
      return {
        label: f.label,
        value: f.value,
        ...(f.group !== undefined ? { group: f.group } : {}),
        ...(f.about !== undefined ? { about: f.about } : {}),
        evidence,
      };
    });
    // The canvas draws labels in the shipped subset font; a glyph outside it would come from an
    // unmeasured fallback font and could overflow the box.
    const missing = charsMissingFromLabelFont(n.label);
    if (missing.length > 0) {
      problems.push(
        file.problem(
          [...p, 'label'],
          `label "${n.label}" uses ${missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}, which the shipped label font lacks; add the character to LABEL_FONT_CHARS in src/domain/label-font-chars.ts and run npm run font`,
        ),
      );
    }
    // A synonym is a name the sources use; names only people use go in searchTerms.
    n.synonyms.forEach((syn, i) => {
      const inSources = (name: string) =>
        sources.some((src) => occurrencesInKey(src.anchor.searchKey, name).length > 0);
      if (!inSources(syn) && !inSources(`${syn}s`)) {
        problems.push(
          file.problem(
            [...p, 'synonyms', i],
            `synonym "${syn}" occurs in no source text; a synonym must be the sources' own name (put names people search by in "searchTerms")`,
            'warning',
          ),
        );
      }
    });
    const evidence = anchorAll(n.evidence, file, p);
    needsSupport(evidence, n.evidence.length, file, p);
    graphNodes.push({
      data: {
        id: n.id,
        label: n.label,
        kind: n.kind,
        synonyms: n.synonyms,
        searchTerms: n.searchTerms,
        description: n.description,
        hypotheses: [...n.hypotheses].sort(),
        branches: [...n.branches].sort(),
        evidence,
        facts,
        certainty: elementCertainty(evidence),
        sourceCount: sourceCount(evidence),
        netEffects: [],
      },
    });
  }

  const graphEdges: Array<{
    data: Omit<GraphEdge['data'], keyof GraphRoute>;
  }> = [];
  for (const { value: e, file, path: p } of edges.values()) {
    const evidence = anchorAll(e.evidence, file, p);
    needsSupport(evidence, e.evidence.length, file, p);
    // Quoting a true sentence for a claim it does not make is the commonest evidence error.
    const ends = [nodes.get(e.source)?.value, nodes.get(e.target)?.value].filter(
      (n): n is CurationNode => !!n,
    );
    e.evidence.forEach((ev, i) => {
      const names = ends.flatMap((n) => [n.label, ...n.synonyms]);
      // A disputing quote questions the claim in its own terms (002's debate names
      // "excitatory/inhibitory neurotransmitters", not the arrow's nodes), so it need not name them.
      if (ev.certainty === 'disputes') return;
      if (ends.length && !names.some((name) => mentions(ev.quote, name))) {
        problems.push(
          file.problem(
            [...p, 'evidence', i, 'quote'],
            `quote for edge "${e.id}" mentions neither "${ends[0]?.label}" nor "${ends[1]?.label}" by label or synonym`,
            'warning',
          ),
        );
      }
    });
    // An arrow is stated when one supporting quote's sentence names both its ends; otherwise it
    // is the curator's inference and must say so.
    const [from, to] = ends;
    if (
      from &&
      to &&
      evidence.length === e.evidence.length &&
      e.inference === undefined &&
      !evidence.some((ev) => {
        if (ev.certainty === 'disputes') return false;
        const sentence = sentenceOf(ev);
        return named(sentence, from) && named(sentence, to);
      })
    ) {
      problems.push(
        file.problem(
          [...p, 'relation'],
          `no quote of edge "${e.id}" names both "${from.label}" and "${to.label}" (label or synonym) in one sentence; add "inference:" with the curator's one-line reasoning, or a quote that states the link`,
          'warning',
        ),
      );
    }
    // A curated verb must be the source's own wording: its content words stand in the sentence
    // of one supporting quote.
    if (e.verb !== undefined && evidence.length === e.evidence.length) {
      const supporting = evidence.filter((ev) => ev.certainty !== 'disputes').map(sentenceOf);
      const missing = supporting.map((sentence) => verbWordsMissing(e.verb!, sentence));
      if (!missing.some((m) => m.length === 0)) {
        const fewest = missing.reduce((a, b) => (b.length < a.length ? b : a), missing[0] ?? []);
        problems.push(
          file.problem(
            [...p, 'verb'],
            `verb "${e.verb}" of edge "${e.id}" is not the sources' wording: no supporting quote's sentence holds ${fewest.map((w) => `"${w}"`).join(', ')}; use words of a quote's sentence, or drop "verb:" for the relation's default`,
            'warning',
          ),
        );
      }
    }
    graphEdges.push({
      data: {
        id: e.id,
        source: e.source as NodeId,
        target: e.target as NodeId,
        relation: e.relation,
        hypotheses: [...e.hypotheses].sort(),
        branches: [...e.branches].sort(),
        evidence,
        certainty: elementCertainty(evidence),
        sourceCount: sourceCount(evidence),
        ...(e.inference !== undefined ? { inference: e.inference } : {}),
        ...(e.verb !== undefined ? { verb: e.verb } : {}),
      },
    });
  }

  const reviewed: ReviewedSentence[] = [];
  for (const { value, file, path: p } of reviewedItems) {
    const ev = anchorOne({ source: value.source, quote: value.quote }, file, p, false);
    if (ev)
      reviewed.push({ sourceId: ev.sourceId, start: ev.start, end: ev.end, reason: value.reason });
  }

  const graphTours = tourItems
    .filter(({ value, file, path: p }) => {
      // "Where the doses part ways" (DOSE_TOUR) derives its order from the dose tags; an entry
      // for it carries lecturer's notes keyed by the steps it lists.
      let ok =
        value.hypothesis === DOSE_TOUR ||
        known('hypothesis', hypotheses, value.hypothesis, file, [...p, 'hypothesis']);
      for (const key of Object.keys(value.notes ?? {})) {
        if (key !== 'closing' && !value.steps.includes(key)) {
          problems.push(
            file.problem(
              [...p, 'notes', key],
              `note for "${key}", which is not a step of this tour (use a step id or "closing")`,
            ),
          );
          ok = false;
        }
      }
      value.steps.forEach((step, i) => {
        if (!nodes.has(step) && !edges.has(step)) {
          problems.push(
            file.problem(
              [...p, 'steps', i],
              `tour step "${step}" is neither a node nor an edge id`,
            ),
          );
          ok = false;
        }
      });
      return ok;
    })
    .map(({ value }) => ({
      id: value.hypothesis,
      steps: value.steps,
      ...(value.notes ? { notes: value.notes } : {}),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));

  const errors = problems.filter((x) => x.severity === 'error');
  if (errors.length > 0) return { graph: null, sources, problems, reviewed, layout: [] };

  // A node belongs to the hypotheses and branches of its edges as well as its own.
  for (const n of graphNodes) {
    const hyps = new Set(n.data.hypotheses);
    const brs = new Set(n.data.branches);
    for (const e of graphEdges) {
      if (e.data.source !== n.data.id && e.data.target !== n.data.id) continue;
      e.data.hypotheses.forEach((h) => hyps.add(h));
      e.data.branches.forEach((b) => brs.add(b));
    }
    n.data.hypotheses = [...hyps].sort();
    n.data.branches = [...brs].sort();
  }

  // Ketamine's net effect on each node of each dose branch, computed from the arrows' signs.
  const effects = netEffects(
    'ketamine',
    graphEdges.map((e) => e.data),
    [...graphBranches.map((b) => b.id as string), ANY_DOSE],
  );
  // Only on the node's own branches: a dose-free arrow (norketamine → anesthesia) must not give
  // Anesthesia a subanesthetic net effect. A node on no branch (Analgesia) gets the dose-free one.
  for (const n of graphNodes) {
    const own = n.data.branches as string[];
    n.data.netEffects = (effects.get(n.data.id) ?? []).filter((x) =>
      own.length ? own.includes(x.branch) : x.branch === ANY_DOSE,
    );
  }

  // 5. Lay out at build time (boxes, positions, routes, story views); the browser only draws them.
  graphNodes.sort((a, b) => a.data.id.localeCompare(b.data.id));
  graphEdges.sort((a, b) => a.data.id.localeCompare(b.data.id));
  const unplaced: Graph = {
    format: GRAPH_FORMAT,
    sources: [...sources].sort((a, b) => a.id.localeCompare(b.id)).map(toGraphSource),
    hypotheses: graphHypotheses,
    branches: graphBranches,
    ...(graphTours.length ? { tours: graphTours } : {}),
    views: [],
    elements: {
      nodes: graphNodes.map((n) => ({
        data: { ...n.data, width: 1, height: 1 },
        position: { x: 0, y: 0 },
      })),
      edges: graphEdges.map((e) => ({
        data: {
          ...e.data,
          bends: [],
          segmentDistances: [],
          segmentWeights: [],
          sourceEndpoint: [0, 0] as [number, number],
          targetEndpoint: [0, 0] as [number, number],
        },
      })),
    },
  };
  const { graph, reports } = layOutGraph(unplaced);
  return { graph, sources, problems, reviewed, layout: reports };
}
