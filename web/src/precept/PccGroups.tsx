import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { setSearchParam } from '../router';
import type { PreceptOptionsJson } from './types';

interface Principles {
  principles: { appliesTo: string }[];
}

/**
 * The groups of PCCs whose referendum principles apply to this PCC: those the reference data
 * records it in (applied without asking), and – as a what-if – others the office ticks, e.g. to
 * see the options were the PCC in the lowest quartile. Each group says on which basis it applies.
 */
export function PccGroups({ selected, answer }: { selected: string | null; answer?: PreceptOptionsJson }) {
  const principles = useQuery({ queryKey: ['referendum-principles'], queryFn: () => api<Principles>('/referendum-principles') });
  const applied = answer?.referendumGroups ?? [];
  const recorded = applied.filter((g) => g.basis === 'recorded').map((g) => g.appliesTo);
  const others = [...new Set((principles.data?.principles ?? []).map((p) => p.appliesTo))].filter(
    (g) => g !== 'all PCCs' && !recorded.includes(g),
  );
  const chosen = new Set((selected ?? '').split(',').filter(Boolean));
  const toggle = (group: string) => {
    if (chosen.has(group)) chosen.delete(group);
    else chosen.add(group);
    setSearchParam('groups', [...chosen].join(',') || null);
  };
  return (
    <>
      <p data-testid="referendum-groups">
        Referendum principles applied: all PCCs
        {applied.map((g) => (
          <span key={g.appliesTo}>
            , {g.appliesTo} <span className="tag">{g.basis === 'recorded' ? 'recorded in the reference data' : 'what-if'}</span>
          </span>
        ))}
        .
      </p>
      {others.length > 0 ? (
        <fieldset className="as-of-form">
          <legend>What if this PCC were also among</legend>
          {others.map((g) => (
            <label key={g}>
              <input type="checkbox" checked={chosen.has(g)} onChange={() => toggle(g)} /> {g}
            </label>
          ))}
        </fieldset>
      ) : null}
    </>
  );
}
