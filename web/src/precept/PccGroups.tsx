import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { setSearchParam } from '../router';

interface Principles {
  principles: { appliesTo: string }[];
}

/**
 * The groups of PCCs some referendum principles apply to (e.g. "lowest-quartile PCCs"): the
 * office ticks those this PCC belongs to, and the options are tested against them too.
 */
export function PccGroups({ selected }: { selected: string | null }) {
  const principles = useQuery({ queryKey: ['referendum-principles'], queryFn: () => api<Principles>('/referendum-principles') });
  const groups = [...new Set((principles.data?.principles ?? []).map((p) => p.appliesTo))].filter((g) => g !== 'all PCCs');
  if (groups.length === 0) return null;
  const chosen = new Set((selected ?? '').split(',').filter(Boolean));
  const toggle = (group: string) => {
    if (chosen.has(group)) chosen.delete(group);
    else chosen.add(group);
    setSearchParam('groups', [...chosen].join(',') || null);
  };
  return (
    <fieldset className="as-of-form">
      <legend>This PCC is among</legend>
      {groups.map((g) => (
        <label key={g}>
          <input type="checkbox" checked={chosen.has(g)} onChange={() => toggle(g)} /> {g}
        </label>
      ))}
    </fieldset>
  );
}
