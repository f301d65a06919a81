/** Element certainty and agreement, derived from evidence items (docs/decisions/006-certainty.md). */
import type { ElementCertainty, EvidenceCertainty } from './schema';

interface EvidenceLike {
  sourceId: string;
  certainty: EvidenceCertainty;
}

/**
 * `debated` when any source disputes it; else `established` when at least one source states it
 * plainly; else (every supporting source hedges it) `hypothesised`.
 */
export function elementCertainty(evidence: readonly EvidenceLike[]): ElementCertainty {
  if (evidence.some((e) => e.certainty === 'disputes')) return 'debated';
  if (evidence.some((e) => e.certainty === 'stated')) return 'established';
  return 'hypothesised';
}

/** The number of distinct sources with a supporting (not `disputes`) evidence item. */
export function sourceCount(evidence: readonly EvidenceLike[]): number {
  return new Set(evidence.filter((e) => e.certainty !== 'disputes').map((e) => e.sourceId)).size;
}
