import * as z from 'zod/mini';

/** Kebab-case: lower-case ASCII words joined by single hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const kebab = z.string().check(
  z.regex(KEBAB_CASE, {
    message: 'must be kebab-case (lower-case letters, digits and single hyphens)',
  }),
);

export const NodeIdSchema = kebab.brand<'NodeId'>();
export const EdgeIdSchema = kebab.brand<'EdgeId'>();
export const SourceIdSchema = kebab.brand<'SourceId'>();
export const HypothesisIdSchema = kebab.brand<'HypothesisId'>();
export const BranchIdSchema = kebab.brand<'BranchId'>();

export type NodeId = z.infer<typeof NodeIdSchema>;
export type EdgeId = z.infer<typeof EdgeIdSchema>;
export type SourceId = z.infer<typeof SourceIdSchema>;
export type HypothesisId = z.infer<typeof HypothesisIdSchema>;
export type BranchId = z.infer<typeof BranchIdSchema>;

/** The three hypotheses and two dose branches the app knows by name. */
export const HYPOTHESIS_IDS = ['l-type-calcium', 'ampa-mtor', 'psychedelic-contrast'] as const;
export const BRANCH_IDS = ['subanesthetic', 'high-dose'] as const;

/**
 * The `branch` of a net effect computed over the arrows that hold at every dose (tagged with no
 * dose, or with every dose branch): given only to a node on no dose branch, such as Analgesia
 * (decision 006; curator review 2, #25). Not a branch of graph.json's `branches`.
 */
export const ANY_DOSE = 'any-dose';

/** An edge's id when the curator gives none: `<source>-<relation>-<target>` (checked for clashes). */
export function defaultEdgeId(source: string, relation: string, target: string): EdgeId {
  return EdgeIdSchema.parse(`${source}-${relation}-${target}`);
}

/** The walkthrough that compares the two dose branches; the other walkthroughs use hypothesis ids. */
export const DOSE_TOUR = 'dose-branches';
