/**
 * Ketamine's net effect on each node of a dose branch, from the signs of the arrows (SBGN
 * Activity Flow: → increases is +, ⊣ decreases/blocks is −), as docs/decisions/006 sets out:
 * - `metabolized-to` (from the drug or a metabolite) carries the drug itself: a metabolite's
 *   signed arrows count as the drug's, with no sign change. `form-of` does NOT: esketamine's
 *   arrows rest on esketamine data (004: "Esketamine, when used with antidepressants, ..."), and
 *   no text says them of ketamine (curator review 2, #5).
 * - `acts-on`, `located-in`, `contrasts-with` and `form-of` have no sign and stop a signed path.
 * - An arrow counts on a branch when it carries that branch's tag or no dose tag at all (a
 *   dose-independent statement holds on both branches). On `ANY_DOSE` (the dose-free net effect
 *   of a node on no branch) only the arrows that hold at every dose count: no dose tag, or every
 *   branch's tag.
 * - The sign on a node is the product of the signs along a path; `mixed` when two paths from
 *   the drug disagree. Paths are walks through (node, sign) states, so a feedback loop whose
 *   sign is negative makes the nodes it reaches `mixed`, which is what such a loop means.
 * - `hedged` when every path passes an arrow that is not `established` (hypothesised or
 *   debated): the panel then says "may". The recorded path is a shortest path made only of
 *   established arrows when there is one, else a shortest path (ties by node id).
 */
import { ANY_DOSE } from './ids';
import type { ElementCertainty, NetEffect, NetSign, Relation } from './schema';

interface EdgeLike {
  source: string;
  target: string;
  relation: Relation;
  branches: readonly string[];
  /** The arrow's certainty; absent counts as established. */
  certainty?: ElementCertainty;
}

const SIGN: Partial<Record<Relation, 1 | -1>> = { increases: 1, decreases: -1, blocks: -1 };

/** An arrow a net effect can rest on without "may". */
const firm = (e: EdgeLike) => e.certainty === undefined || e.certainty === 'established';

/** The drug and what carries it: its metabolites (metabolized-to from a carrier), transitively. */
export function drugCarriers(drug: string, edges: readonly EdgeLike[]): Set<string> {
  const carriers = new Set([drug]);
  for (let grew = true; grew;) {
    grew = false;
    for (const e of edges) {
      if (e.relation === 'metabolized-to' && carriers.has(e.source) && !carriers.has(e.target)) {
        carriers.add(e.target);
        grew = true;
      }
    }
  }
  return carriers;
}

/** Net effects of `drug` per branch, keyed by node id (carriers themselves get none). */
export function netEffects(
  drug: string,
  edges: readonly EdgeLike[],
  branchIds: readonly string[],
): Map<string, NetEffect[]> {
  const out = new Map<string, NetEffect[]>();
  const doses = branchIds.filter((b) => b !== ANY_DOSE);
  for (const branch of branchIds) {
    const onBranch = edges.filter((e) =>
      branch === ANY_DOSE
        ? doses.every((b) => e.branches.includes(b)) || e.branches.length === 0
        : e.branches.length === 0 || e.branches.includes(branch),
    );
    const carriers = drugCarriers(drug, onBranch);
    // Breadth-first over (node, sign, firm) states; the carriers all start at + via the drug.
    // `firm`: every arrow so far is established.
    const key = (node: string, sign: number, isFirm: boolean) =>
      `${sign > 0 ? '+' : '-'}${isFirm ? 'F' : 'H'}${node}`;
    const nodeOf = (k: string) => k.slice(2);
    const prev = new Map<string, string | null>();
    let frontier: Array<[string, 1 | -1, boolean]> = [];
    // The path to a carrier follows its carrier arrows, so "ketamine → norketamine ⊣ NMDA" shows.
    const carrierPrev = new Map<string, { from: string; firm: boolean } | null>([[drug, null]]);
    for (let layer = [drug]; layer.length;) {
      const next: string[] = [];
      for (const n of layer)
        for (const e of onBranch) {
          if (e.relation !== 'metabolized-to' || e.source !== n) continue;
          if (carriers.has(e.target) && !carrierPrev.has(e.target)) {
            carrierPrev.set(e.target, { from: n, firm: firm(e) });
            next.push(e.target);
          }
        }
      layer = next.sort();
    }
    // A carrier is reached firmly when every carrier arrow to it is established.
    const carrierFirm = (c: string): boolean => {
      for (let at = carrierPrev.get(c); at; at = carrierPrev.get(at.from))
        if (!at.firm) return false;
      return true;
    };
    // The drug itself first, then its carriers nearest first, so a direct arrow wins a tie.
    const hops = (c: string) => {
      let n = 0;
      for (let at = carrierPrev.get(c); at; at = carrierPrev.get(at.from)) n++;
      return n;
    };
    const ordered = [...carriers]
      .filter((c) => carrierPrev.has(c))
      .sort((a, b) => hops(a) - hops(b) || a.localeCompare(b));
    for (const c of ordered) {
      const f = carrierFirm(c);
      const p = carrierPrev.get(c);
      prev.set(key(c, 1, f), p ? key(p.from, 1, carrierFirm(p.from)) : null);
      frontier.push([c, 1, f]);
    }
    const signed = [...onBranch]
      .filter((e) => SIGN[e.relation] !== undefined)
      .sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
    while (frontier.length) {
      const next: Array<[string, 1 | -1, boolean]> = [];
      for (const [node, sign, isFirm] of frontier)
        for (const e of signed) {
          if (e.source !== node) continue;
          const s = (sign * (SIGN[e.relation] as number)) as 1 | -1;
          const f = isFirm && firm(e);
          const k = key(e.target, s, f);
          if (prev.has(k)) continue;
          prev.set(k, key(node, sign, isFirm));
          next.push([e.target, s, f]);
        }
      frontier = next;
    }
    const pathTo = (k: string): string[] => {
      const ids: string[] = [];
      for (let at: string | null | undefined = k; at; at = prev.get(at)) ids.unshift(nodeOf(at));
      return ids;
    };
    const targets = new Set([...prev.keys()].map(nodeOf));
    for (const node of [...targets].sort()) {
      if (carriers.has(node)) continue;
      const reached = (sign: number) =>
        prev.has(key(node, sign, true)) || prev.has(key(node, sign, false));
      const up = reached(1);
      const down = reached(-1);
      const sign: NetSign = up && down ? 'mixed' : up ? 'up' : 'down';
      const byLength = (a: string[], b: string[]) =>
        a.length - b.length || a.join().localeCompare(b.join());
      const pathsOf = (isFirm: boolean) =>
        [1, -1]
          .map((s) => key(node, s, isFirm))
          .filter((k) => prev.has(k))
          .map(pathTo)
          .sort(byLength);
      const firmPaths = pathsOf(true);
      const hedged = firmPaths.length === 0;
      const path = (hedged ? pathsOf(false) : firmPaths)[0] as string[];
      const list = out.get(node) ?? [];
      list.push({ branch, sign, hedged, path } as NetEffect);
      out.set(node, list);
    }
  }
  return out;
}

export interface NetEffectStep {
  node: string;
  /** The drug's effect on this node along the path so far; null for the drug and its carriers. */
  sign: 'up' | 'down' | null;
}

/**
 * The recorded path as steps with the running sign, for "↓ NMDA receptor → ↓ Intracellular
 * calcium → ↑ Potential neurotoxicity". Carrier steps (metabolite, enantiomer) have no sign.
 */
export function netEffectSteps(effect: NetEffect, edges: readonly EdgeLike[]): NetEffectStep[] {
  const onBranch = edges.filter(
    (e) =>
      effect.branch === ANY_DOSE || e.branches.length === 0 || e.branches.includes(effect.branch),
  );
  let sign: 1 | -1 | null = null;
  return effect.path.map((node, i) => {
    if (i === 0) return { node, sign: null };
    const from = effect.path[i - 1] as string;
    const signed = onBranch.find(
      (e) => e.source === from && e.target === node && SIGN[e.relation] !== undefined,
    );
    if (!signed) return { node, sign: sign === null ? null : sign > 0 ? 'up' : 'down' };
    sign = ((sign ?? 1) * (SIGN[signed.relation] as number)) as 1 | -1;
    return { node, sign: sign > 0 ? 'up' : 'down' };
  });
}
