/** Source texts, fetched on demand for the reader. Components never fetch. */
import { queryOptions, useQuery } from '@tanstack/react-query';

export function sourceTextUrl(sourceId: string): string {
  return `${import.meta.env.BASE_URL}data/sources/${encodeURIComponent(sourceId)}.txt`;
}

export async function fetchSourceText(sourceId: string): Promise<string> {
  const res = await fetch(sourceTextUrl(sourceId));
  if (!res.ok) throw new Error(`Could not load the source text (HTTP ${res.status}).`);
  return res.text();
}

export const sourceTextQuery = (sourceId: string) =>
  queryOptions({
    queryKey: ['source-text', sourceId],
    queryFn: () => fetchSourceText(sourceId),
    staleTime: Infinity,
    retry: false,
  });

export function useSourceText(sourceId: string) {
  return useQuery(sourceTextQuery(sourceId));
}
