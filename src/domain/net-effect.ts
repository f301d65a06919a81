/**
 * Ketamine's net effect on each node of a dose branch, from the signs of the arrows (SBGN
 * Activity Flow: → increases is +, ⊣ decreases/blocks is −), as docs/decisions/006 sets out:
 * - `metabolized-to` (from the drug) and `form-of` (either way) carry the drug itself: a
 *   metabolite's or an enantiomer's signed arrows count as the drug's, with no sign change.
 * - `acts-on`, `located-in` and `contrasts-with` have no sign and stop a signed path.
 * - An arrow counts on a branch when it carries that branch's tag or no dose tag at all (a
 *   dose-independent statement holds on both branches).
 * - The sign on a node is the product of the signs along a path; `mixed` when two paths from
 *   the drug disagree. Paths are walks through (node, sign) states, so a feedback loop whose
 *   sign is negative makes the nodes it reaches `mixed`, which is what such a loop means.
 * - One shortest path (fewest arrows; ties by node id) is recorded for display.
 */
import type { NetEffect, NetSign, Relation } from './schema';

interface EdgeLike {
  source: string;
  target: string;
  relation: Relation;
  branches: readonly string[];
}

const SIGN: Partial<Record<Relation, 1 | -1>> = { increases: 1, decreases: -1, blocks: -1 };

/** The drug and what carries it: metabolites (metabolized-to from a carrier) and forms (form-of). */
export function drugCarriers(drug: string, edges: readonly EdgeLike[]): Set<string> {
  const carriers = new Set([drug]);
  for (let grew = true; grew;) {
    grew = false;
    for (const e of edges) {
      const add = (id: string) => {
        if (!carriers.has(id)) {
          carriers.add(id);
          grew = true;
        }
      };
      if (e.relation === 'metabolized-to' && carriers.has(e.source)) add(e.target);
      if (e.relation === 'form-of' && carriers.has(e.source)) add(e.target);
      if (e.relation === 'form-of' && carriers.has(e.target)) add(e.source);
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
  for (const branch of branchIds) {
    const onBranch = edges.filter((e) => e.branches.length === 0 || e.branches.includes(branch));
    const carriers = drugCarriers(drug, onBranch);
    // Breadth-first over (node, sign) states; the carriers all start at + via the drug.
    const key = (node: string, sign: number) => `${sign > 0 ? '+' : '-'}${node}`;
    const prev = new Map<string, string | null>();
    let frontier: Array<[string, 1 | -1]> = [];
    // The path to a carrier follows its carrier arrows, so "ketamine → norketamine ⊣ NMDA" shows.
    const carrierPrev = new Map<string, string | null>([[drug, null]]);
    for (let layer = [drug]; layer.length;) {
      const next: string[] = [];
      for (const n of layer)
        for (const e of onBranch) {
          const to =
            e.relation === 'metabolized-to' && e.source === n
              ? e.target
              : e.relation === 'form-of' && e.source === n
                ? e.target
                : e.relation === 'form-of' && e.target === n
                  ? e.source
                  : undefined;
          if (to && carriers.has(to) && !carrierPrev.has(to)) {
            carrierPrev.set(to, n);
            next.push(to);
          }
        }
      layer = next.sort();
    }
    // The drug itself first, then its carriers nearest first, so a direct arrow wins a tie.
    const hops = (c: string) => {
      let n = 0;
      for (let at = carrierPrev.get(c); at; at = carrierPrev.get(at)) n++;
      return n;
    };
    const ordered = [...carriers]
      .filter((c) => carrierPrev.has(c))
      .sort((a, b) => hops(a) - hops(b) || a.localeCompare(b));
    for (const c of ordered) {
      const k = key(c, 1);
      const p = carrierPrev.get(c);
      prev.set(k, p ? key(p, 1) : null);
      frontier.push([c, 1]);
    }
    const signed = [...onBranch]
      .filter((e) => SIGN[e.relation] !== undefined)
      .sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
    while (frontier.length) {
      const next: Array<[string, 1 | -1]> = [];
      for (const [node, sign] of frontier)
        for (const e of signed) {
          if (e.source !== node) continue;
          const s = (sign * (SIGN[e.relation] as number)) as 1 | -1;
          const k = key(e.target, s);
          if (prev.has(k)) continue;
          prev.set(k, key(node, sign));
          next.push([e.target, s]);
        }
      frontier = next;
    }
    const pathTo = (k: string): string[] => {
      const ids: string[] = [];
      for (let at: string | null | undefined = k; at; at = prev.get(at)) ids.unshift(at.slice(1));
      return ids;
    };
    const targets = new Set([...prev.keys()].map((k) => k.slice(1)));
    for (const node of [...targets].sort()) {
      if (carriers.has(node)) continue;
      const up = prev.has(key(node, 1));
      const down = prev.has(key(node, -1));
      const sign: NetSign = up && down ? 'mixed' : up ? 'up' : 'down';
      const candidates = [up ? pathTo(key(node, 1)) : null, down ? pathTo(key(node, -1)) : null]
        .filter((p): p is string[] => p !== null)
        .sort((a, b) => a.length - b.length || a.join().localeCompare(b.join()));
      const list = out.get(node) ?? [];
      list.push({ branch, sign, path: candidates[0] } as NetEffect);
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
    (e) => e.branches.length === 0 || e.branches.includes(effect.branch),
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
