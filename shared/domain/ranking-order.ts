import { compareIds } from "./judge-assignment.js";

/**
 * Qualities into an order that never breaks a tie the numbers cannot explain: ties within
 * TIE_TOLERANCE, then the organiser's tie-break keys, then the id. The ranking and every bootstrap
 * round order by these same rules, so a round's finalists are finalists in the result's sense.
 */

/** Two qualities closer than this are a tie: differences below it are rounding, not judgement. */
export const TIE_TOLERANCE = 1e-6;

export type Keys = readonly number[] | undefined;

/** The first key where `a` and `b` differ and which is higher there (1: a), or index −1 when they are equal. */
export function keyDifference(a: Keys, b: Keys): { index: number; sign: number } {
  const length = Math.max(a?.length ?? 0, b?.length ?? 0);
  for (let i = 0; i < length; i++) {
    const x = a?.[i] ?? -Infinity;
    const y = b?.[i] ?? -Infinity;
    if (x !== y) return { index: i, sign: x > y ? 1 : -1 };
  }
  return { index: -1, sign: 0 };
}

/**
 * Submissions best first, in clusters of tied quality: a submission within TIE_TOLERANCE of the one
 * above it joins that one's cluster (so a cluster is a chain, and does not depend on where it starts).
 * Within a cluster the tie-break keys decide, higher first, then the submission id, for a stable order.
 */
export function clustersOf(members: readonly number[], quality: Float64Array, keys: readonly Keys[], ids: readonly string[]): number[][] {
  const sorted = [...members].sort((a, b) => quality[b]! - quality[a]! || compareIds(ids[a]!, ids[b]!));
  const clusters: number[][] = [];
  sorted.forEach((s, i) => {
    if (i > 0 && quality[sorted[i - 1]!]! - quality[s]! <= TIE_TOLERANCE) clusters.at(-1)!.push(s);
    else clusters.push([s]);
  });
  for (const cluster of clusters) if (cluster.length > 1) cluster.sort((a, b) => -keyDifference(keys[a], keys[b]).sign || compareIds(ids[a]!, ids[b]!));
  return clusters;
}

/** The `count` best of `members` in the same order as the full ranking, without sorting all of them. */
export function topOf(members: Int32Array, count: number, quality: Float64Array, keys: readonly Keys[], ids: readonly string[]): number[] {
  if (count <= 0) return [];
  if (members.length <= count) return clustersOf(Array.from(members), quality, keys, ids).flat();
  // The count-th best quality, by a min-heap of the best `count` seen.
  const heap = new Float64Array(count);
  let size = 0;
  for (const s of members) {
    const value = quality[s]!;
    if (size < count) {
      let i = size++;
      while (i > 0 && heap[(i - 1) >> 1]! > value) {
        heap[i] = heap[(i - 1) >> 1]!;
        i = (i - 1) >> 1;
      }
      heap[i] = value;
    } else if (value > heap[0]!) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= count) break;
        const child = left + 1 < count && heap[left + 1]! < heap[left]! ? left + 1 : left;
        if (heap[child]! >= value) break;
        heap[i] = heap[child]!;
        i = child;
      }
      heap[i] = value;
    }
  }
  // Everything that can share a cluster with the count-th: widen until the cluster across the cut is whole.
  let lower = heap[0]! - TIE_TOLERANCE;
  for (;;) {
    const candidates: number[] = [];
    for (const s of members) if (quality[s]! >= lower) candidates.push(s);
    const clusters = clustersOf(candidates, quality, keys, ids);
    let seen = 0;
    const across = clusters.find((cluster) => (seen += cluster.length) >= count)!;
    const floor = across.reduce((least, s) => Math.min(least, quality[s]!), Infinity) - TIE_TOLERANCE;
    if (floor >= lower) return clusters.flat().slice(0, count);
    lower = floor;
  }
}
