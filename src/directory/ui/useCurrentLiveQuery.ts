import { useLiveQuery } from "dexie-react-hooks";

/**
 * A live query whose result is only shown for the question that was asked.
 *
 * Dexie's useLiveQuery keeps returning the previous result while a new one is
 * read. For a list of services that means, for a few milliseconds after the
 * area or a filter changes, the old area's services under the new area's
 * heading: an officer could tap an old number, an MSVLO could mark the wrong
 * entry checked. Here each result carries the key of the filters it answers,
 * and a result for other filters reads as "still loading".
 */
export function useCurrentLiveQuery<T>(key: string, query: () => Promise<T | undefined>): T | undefined {
  const result = useLiveQuery(
    async () => {
      const value = await query();
      return value === undefined ? undefined : { key, value };
    },
    // The key must name everything the query reads: it is the only dependency.
    [key],
  );
  return result?.key === key ? result.value : undefined;
}
