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
  const forces = useQuery({ queryKey: ['forces'], queryFn: () => api<DirectoryEntry[]>('/forces'), staleTime: 5 * 60_000 });
  const names = new Map((forces.data ?? []).map((f) => [f.code, f.name]));
  return (code) => names.get(code) ?? code;
}
