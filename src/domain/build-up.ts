/**
 * Build-up: in a story view, a walkthrough draws the story's elements as it reaches them. Pure,
 * so the canvas and the slides show the same thing at the same step.
 */
import type { Tour } from './tour';

/**
 * The element ids drawn at 0-based `step` of `tour`: every element of the steps up to and
 * including it (step 0 starts at the drug), and at the closing "whole path" step every element
 * of the story. A step out of range counts as the nearest step.
 */
export function revealedAt(tour: Tour, step: number): string[] {
  const steps = tour.steps;
  if (steps.length === 0) return [];
  const k = Math.min(Math.max(Math.trunc(step) || 0, 0), steps.length - 1);
  const upTo = steps[k]!.closing ? steps : steps.slice(0, k + 1);
  return [...new Set(upTo.flatMap((s) => s.ids))];
}
