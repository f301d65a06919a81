/**
 * The presenter view and the projected window talk over a BroadcastChannel (same origin). A
 * message is data from another window: it is validated here against the walkthroughs the graph
 * has and the steps each one has, and anything else is ignored.
 */
import * as z from 'zod/mini';

/** The channel both windows open; only windows of this app on this origin can reach it. */
export const PRESENTER_CHANNEL = 'ketamine-pathways-presenter';

/** A walkthrough at a step (0-based), as the projected window shows it. */
export interface PresenterTour {
  id: string;
  step: number;
}

export type PresenterMessage =
  /** The presenter view asks the projected window what it shows. */
  | { type: 'hello' }
  /** The projected window tells what it shows (null: no walkthrough). */
  | { type: 'state'; tour: PresenterTour | null }
  /** The presenter view asks the projected window to show a step of its walkthrough. */
  | { type: 'go'; tour: string; step: number };

const ID = z.string().check(z.maxLength(100));
const STEP = z.int().check(z.minimum(0), z.maximum(999));

const MessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hello') }),
  z.strictObject({
    type: z.literal('state'),
    tour: z.nullable(z.strictObject({ id: ID, step: STEP })),
  }),
  z.strictObject({ type: z.literal('go'), tour: ID, step: STEP }),
]);

/**
 * The message, if it is one of ours and names a walkthrough of `steps` (walkthrough id → its
 * number of steps) at a step it has; otherwise null.
 */
export function parsePresenterMessage(
  data: unknown,
  steps: ReadonlyMap<string, number>,
): PresenterMessage | null {
  const parsed = MessageSchema.safeParse(data);
  if (!parsed.success) return null;
  const m = parsed.data;
  const known = (id: string, step: number) => step < (steps.get(id) ?? 0);
  if (m.type === 'go') return known(m.tour, m.step) ? m : null;
  if (m.type === 'state' && m.tour) return known(m.tour.id, m.tour.step) ? m : null;
  return m;
}
