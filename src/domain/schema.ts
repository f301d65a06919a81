/**
 * The one schema of this project. The generator validates curation YAML with the `Curation*`
 * schemas and types its output with the `Graph*` schemas; the app validates graph.json with the
 * same `GraphSchema` when it loads it.
 */
import * as z from 'zod/mini';
import {
  BranchIdSchema,
  EdgeIdSchema,
  HypothesisIdSchema,
  NodeIdSchema,
  SourceIdSchema,
} from './ids';

export const GRAPH_FORMAT = 'ketamine-pathways/2';

export const NODE_KINDS = [
  'drug',
  'metabolite',
  'receptor-channel',
  'cell-region',
  'signaling-molecule',
  'process',
  'effect',
] as const;
export const NodeKindSchema = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKindSchema>;

/** The fixed set of relations, modelled on SBGN Activity Flow arcs. */
export const RELATIONS = [
  'increases',
  'decreases',
  'blocks',
  'metabolized-to',
  'form-of',
  'acts-on',
  'located-in',
  'contrasts-with',
] as const;
export const RelationSchema = z.enum(RELATIONS);
export type Relation = z.infer<typeof RelationSchema>;

/**
 * How firmly one source says what an evidence item quotes it for: `stated` plainly, `hedged`
 * ("may", "is thought", ...: the words go in `hedges`), or `disputes` (the quote questions the
 * claim). See src/domain/hedges.ts and docs/decisions/006-certainty.md.
 */
export const EVIDENCE_CERTAINTIES = ['stated', 'hedged', 'disputes'] as const;
export const EvidenceCertaintySchema = z.enum(EVIDENCE_CERTAINTIES);
export type EvidenceCertainty = z.infer<typeof EvidenceCertaintySchema>;

/**
 * An element's certainty, derived from its evidence: `established` when a source states it
 * plainly and none disputes it, `hypothesised` when every supporting source hedges it, `debated`
 * when a source disputes it.
 */
export const ELEMENT_CERTAINTIES = ['established', 'hypothesised', 'debated'] as const;
export const ElementCertaintySchema = z.enum(ELEMENT_CERTAINTIES);
export type ElementCertainty = z.infer<typeof ElementCertaintySchema>;

export const NET_SIGNS = ['up', 'down', 'mixed'] as const;
export const NetSignSchema = z.enum(NET_SIGNS);
export type NetSign = z.infer<typeof NetSignSchema>;

export const SOURCE_KINDS = [
  'review-record',
  'book-chapter-page',
  'video-transcript',
  'web-page',
] as const;

const text = z.string().check(z.trim(), z.minLength(1, { message: 'must not be empty' }));
const LanguageSchema = z.string().check(
  z.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, {
    message: 'must be a language tag such as "en" or "fr"',
  }),
);

// ---------------------------------------------------------------------------------------------
// Curation input (YAML that curators edit by hand)
// ---------------------------------------------------------------------------------------------

/** One passage quoted from a source. `prefix`/`suffix` disambiguate a quote that occurs twice. */
export const CurationEvidenceSchema = z.strictObject({
  source: SourceIdSchema,
  quote: z.string().check(z.trim(), z.minLength(1, { message: 'quote must not be empty' })),
  prefix: z.optional(z.string().check(z.minLength(1))),
  suffix: z.optional(z.string().check(z.minLength(1))),
  language: z.optional(LanguageSchema),
  /** How firmly the source says it; `stated` when absent. */
  certainty: z.optional(EvidenceCertaintySchema),
  /** The hedging words (with `certainty: hedged`), as they stand in the quote or its sentence. */
  hedges: z.optional(z.array(text).check(z.minLength(1))),
  /**
   * Hedge cues in the quote's sentence that do not hedge this claim (they qualify another part
   * of the sentence), so the strict check stops proposing `hedged` for them.
   */
  notHedgedBy: z.optional(z.array(text).check(z.minLength(1))),
});
export type CurationEvidence = z.infer<typeof CurationEvidenceSchema>;

const evidenceList = z
  .array(CurationEvidenceSchema)
  .check(z.minLength(1, { message: 'needs at least one quote' }));

/** A clinical fact (dose, route, onset, ...) whose value must stand in one of its quotes. */
export const CurationFactSchema = z.strictObject({
  label: text,
  value: text,
  /** Facts of one node with the same group are one question the sources may answer differently. */
  group: z.optional(text),
  /** The drug (or population) a clinical figure is about, e.g. "ketamine and esketamine". */
  about: z.optional(text),
  evidence: evidenceList,
});

export const CurationNodeSchema = z.strictObject({
  id: NodeIdSchema,
  label: text,
  kind: NodeKindSchema,
  /** Other names for the node; each must occur in some source text. */
  synonyms: z._default(z.array(text), []),
  /** Names people search by that no source contains (e.g. "HNK"); search only, never evidence. */
  searchTerms: z._default(z.array(text), []),
  description: text,
  hypotheses: z._default(z.array(HypothesisIdSchema), []),
  branches: z._default(z.array(BranchIdSchema), []),
  evidence: evidenceList,
  facts: z._default(z.array(CurationFactSchema), []),
});
export type CurationNode = z.infer<typeof CurationNodeSchema>;

export const CurationEdgeSchema = z.strictObject({
  id: z.optional(EdgeIdSchema),
  source: NodeIdSchema,
  target: NodeIdSchema,
  relation: RelationSchema,
  hypotheses: z._default(z.array(HypothesisIdSchema), []),
  branches: z._default(z.array(BranchIdSchema), []),
  /**
   * The curator's one-line reasoning, required when no quote names both ends in one sentence
   * (the arrow is then the curator's inference, shown as such).
   */
  inference: z.optional(text),
  /**
   * The phrase the arrow's sentence uses instead of its relation's default verb, in the form
   * after a singular subject ("indirectly stimulates", "results in normalization of"). Its
   * content words must occur in the sentence of one of the edge's supporting quotes (checked
   * under --strict), so the verb is the source's, not the curator's.
   */
  verb: z.optional(text),
  evidence: evidenceList,
});
export type CurationEdge = z.infer<typeof CurationEdgeSchema>;

export const CurationHypothesisSchema = z.strictObject({
  id: HypothesisIdSchema,
  label: text,
  summary: text,
  evidence: evidenceList,
});

export const CurationBranchSchema = z.strictObject({
  id: BranchIdSchema,
  label: text,
  summary: text,
  evidence: evidenceList,
});

/** A sentence a curator read and judged not mechanistic, so coverage stops listing it. */
export const CurationReviewedSchema = z.strictObject({
  source: SourceIdSchema,
  quote: text,
  reason: text,
});

/** A curated walkthrough order for one hypothesis, where the derived order does not serve. */
export const CurationTourSchema = z.strictObject({
  hypothesis: HypothesisIdSchema,
  steps: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /**
   * The lecturer's notes, keyed by the node or edge id a step shows (or `closing`): shown on the
   * presenter's screen only, marked as a note, never as evidence.
   */
  notes: z.optional(z.record(z.string().check(z.minLength(1)), text)),
});

/** One curation file. Every key is optional so curators can split the graph over files. */
export const CurationFileSchema = z.strictObject({
  hypotheses: z.optional(z.array(CurationHypothesisSchema)),
  branches: z.optional(z.array(CurationBranchSchema)),
  nodes: z.optional(z.array(CurationNodeSchema)),
  edges: z.optional(z.array(CurationEdgeSchema)),
  reviewed: z.optional(z.array(CurationReviewedSchema)),
  tours: z.optional(z.array(CurationTourSchema)),
});
export type CurationFile = z.infer<typeof CurationFileSchema>;

/** Metadata beside each source text, `data/sources/<id>.yaml`; every stated field is checked against the text. */
export const SourceMetaSchema = z.strictObject({
  title: text,
  /** false when the text states no title and `title` is the curator's description of it. */
  titleStated: z._default(z.boolean(), true),
  shortTitle: text,
  authors: z.optional(z.array(text)),
  venue: z.optional(text),
  year: z.optional(z.int().check(z.gte(1900), z.lte(2100))),
  doi: z.optional(text),
  url: z.optional(z.url()),
  language: LanguageSchema,
  languages: z.optional(z.array(LanguageSchema)),
  kind: z.enum(SOURCE_KINDS),
  seed: text,
});
export type SourceMeta = z.infer<typeof SourceMetaSchema>;

// ---------------------------------------------------------------------------------------------
// graph.json (generator output, app input): Cytoscape elements JSON plus the tables it refers to
// ---------------------------------------------------------------------------------------------

/** A quote anchored as a W3C TextQuoteSelector (quote, prefix, suffix) plus TextPositionSelector. */
export const GraphEvidenceSchema = z.strictObject({
  sourceId: SourceIdSchema,
  quote: z.string().check(z.minLength(1)),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.positive()),
  prefix: z.string(),
  suffix: z.string(),
  language: LanguageSchema,
  certainty: EvidenceCertaintySchema,
  /** The hedging words as they stand in the quote or its sentence; empty unless `hedged`. */
  hedges: z.array(z.string()),
});
export type GraphEvidence = z.infer<typeof GraphEvidenceSchema>;

export const GraphFactSchema = z.strictObject({
  label: z.string(),
  value: z.string(),
  group: z.optional(z.string()),
  about: z.optional(z.string()),
  evidence: z.array(GraphEvidenceSchema).check(z.minLength(1)),
});
export type GraphFact = z.infer<typeof GraphFactSchema>;

export const GraphSourceSchema = z.strictObject({
  id: SourceIdSchema,
  title: z.string(),
  titleStated: z.boolean(),
  shortTitle: z.string(),
  authors: z.optional(z.array(z.string())),
  venue: z.optional(z.string()),
  year: z.optional(z.int()),
  doi: z.optional(z.string()),
  url: z.optional(z.string()),
  language: LanguageSchema,
  languages: z.array(LanguageSchema),
  kind: z.enum(SOURCE_KINDS),
  citation: z.string(),
  length: z.int().check(z.nonnegative()),
});
export type GraphSource = z.infer<typeof GraphSourceSchema>;

export const GraphHypothesisSchema = z.strictObject({
  id: HypothesisIdSchema,
  label: z.string(),
  summary: z.string(),
  evidence: z.array(GraphEvidenceSchema).check(z.minLength(1)),
});
export type GraphHypothesis = z.infer<typeof GraphHypothesisSchema>;

export const GraphBranchSchema = z.strictObject({
  id: BranchIdSchema,
  label: z.string(),
  summary: z.string(),
  evidence: z.array(GraphEvidenceSchema).check(z.minLength(1)),
});
export type GraphBranch = z.infer<typeof GraphBranchSchema>;

/**
 * Ketamine's effect on a node along one dose branch's signed arrows: the product of the arrows'
 * signs (`mixed` when paths disagree), whether every path passes a hypothesised or debated arrow
 * (`hedged`), and one shortest path (an established one when there is one), ketamine first.
 * Computed, never curated.
 */
export const NetEffectSchema = z.strictObject({
  branch: BranchIdSchema,
  sign: NetSignSchema,
  /** Every path passes an arrow that is not established (hypothesised or debated): say "may". */
  hedged: z.boolean(),
  path: z.array(NodeIdSchema).check(z.minLength(2)),
});
export type NetEffect = z.infer<typeof NetEffectSchema>;

export const GraphNodeDataSchema = z.strictObject({
  id: NodeIdSchema,
  label: z.string(),
  kind: NodeKindSchema,
  synonyms: z.array(z.string()),
  searchTerms: z.array(z.string()),
  description: z.string(),
  hypotheses: z.array(HypothesisIdSchema),
  branches: z.array(BranchIdSchema),
  evidence: z.array(GraphEvidenceSchema).check(z.minLength(1)),
  facts: z.array(GraphFactSchema),
  /** The box, sized at build time to the wrapped label in the shipped font, at both font sizes. */
  width: z.number().check(z.positive()),
  height: z.number().check(z.positive()),
  certainty: ElementCertaintySchema,
  /** Distinct sources with a supporting (not `disputes`) evidence item. */
  sourceCount: z.int().check(z.nonnegative()),
  netEffects: z.array(NetEffectSchema),
});
export type GraphNodeData = z.infer<typeof GraphNodeDataSchema>;

const PointSchema = z.strictObject({ x: z.number(), y: z.number() });
const OffsetSchema = z.tuple([z.number(), z.number()]);

/**
 * An edge's route from the build-time layout: bend points in model coordinates, the same route
 * as Cytoscape `segments` weights and distances (relative to the end nodes' centres), and where
 * it leaves the source and enters the target (offsets from each centre). Empty arrays: straight.
 */
export const GraphRouteSchema = z.strictObject({
  bends: z.array(PointSchema),
  segmentDistances: z.array(z.number()),
  segmentWeights: z.array(z.number()),
  sourceEndpoint: OffsetSchema,
  targetEndpoint: OffsetSchema,
});
export type GraphRoute = z.infer<typeof GraphRouteSchema>;

export const GraphEdgeDataSchema = z.strictObject({
  id: EdgeIdSchema,
  source: NodeIdSchema,
  target: NodeIdSchema,
  relation: RelationSchema,
  hypotheses: z.array(HypothesisIdSchema),
  branches: z.array(BranchIdSchema),
  evidence: z.array(GraphEvidenceSchema).check(z.minLength(1)),
  ...GraphRouteSchema.shape,
  certainty: ElementCertaintySchema,
  sourceCount: z.int().check(z.nonnegative()),
  inference: z.optional(z.string()),
  /** The curated verb phrase of the arrow's sentence (singular form), when the default misstates the source. */
  verb: z.optional(z.string()),
});
export type GraphEdgeData = z.infer<typeof GraphEdgeDataSchema>;

export const GraphNodeSchema = z.strictObject({
  data: GraphNodeDataSchema,
  position: z.strictObject({ x: z.number(), y: z.number() }),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

export const GraphEdgeSchema = z.strictObject({ data: GraphEdgeDataSchema });
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

export const GraphTourSchema = z.strictObject({
  id: HypothesisIdSchema,
  steps: z.array(z.string()).check(z.minLength(1)),
  notes: z.optional(z.record(z.string(), z.string())),
});

/** A story view: one hypothesis or dose branch laid out alone (only its elements). */
export const GraphViewSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['hypothesis', 'branch']),
  nodes: z.record(z.string(), PointSchema),
  edges: z.record(z.string(), GraphRouteSchema),
});
export type GraphView = z.infer<typeof GraphViewSchema>;

export const GraphSchema = z.strictObject({
  format: z.literal(GRAPH_FORMAT),
  sources: z.array(GraphSourceSchema),
  hypotheses: z.array(GraphHypothesisSchema),
  branches: z.array(GraphBranchSchema),
  tours: z.optional(z.array(GraphTourSchema)),
  views: z.array(GraphViewSchema),
  elements: z.strictObject({
    nodes: z.array(GraphNodeSchema),
    edges: z.array(GraphEdgeSchema),
  }),
});
export type Graph = z.infer<typeof GraphSchema>;
