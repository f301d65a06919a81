/** Loading graph.json: query options and a hook. Components never fetch. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { indexGraph, type GraphIndex } from '../domain/graph-index';
import { GraphSchema } from '../domain/schema';

export const GRAPH_URL = `${import.meta.env.BASE_URL}data/graph.json`;

/** Fetches and validates graph.json with the same schema the generator wrote it with. */
export async function fetchGraph(url = GRAPH_URL): Promise<GraphIndex> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not load the graph (${url}: HTTP ${res.status}).`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new Error(`The graph file ${url} is not valid JSON.`);
  }
  const parsed = GraphSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join('.') || 'top level';
    throw new Error(
      `The graph file does not match the expected format (${where}: ${first?.message}).`,
    );
  }
  const index = indexGraph(parsed.data);
  performance.mark('graph-ready');
  return index;
}

export const graphQueryOptions = queryOptions({
  queryKey: ['graph'],
  queryFn: () => fetchGraph(),
  staleTime: Infinity,
  retry: false,
});

export function useGraph() {
  return useQuery(graphQueryOptions);
}
