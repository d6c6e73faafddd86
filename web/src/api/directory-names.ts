import { useQuery } from '@tanstack/react-query';
import { api } from './client';

export interface DirectoryEntry {
  code: string;
  name: string;
}

/**
 * The forces' names from the directory (every signed-in user may read it), as a lookup from code
 * to name: headings say "Hertfordshire Constabulary", not "herts". Until the directory has come,
 * or for a code it does not know, the code itself.
 */
export function useForceNames(): (code: string) => string {
  return useNames('/forces');
}

/** The same for alliances: "BCH strategic alliance", not "bch". */
export function useAllianceNames(): (code: string) => string {
  return useNames('/alliances');
}

function useNames(path: '/forces' | '/alliances'): (code: string) => string {
  const directory = useQuery({ queryKey: [path.slice(1)], queryFn: () => api<DirectoryEntry[]>(path), staleTime: 5 * 60_000 });
  const names = new Map((directory.data ?? []).map((entry) => [entry.code, entry.name]));
  return (code) => names.get(code) ?? code;
}
