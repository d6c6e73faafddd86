import { useState, type FormEvent } from 'react';
import { setSearchParam, useLocation } from '../router';

/** "2017-03-01T12:00:00.000Z" → "1 Mar 2017, 12:00 UTC"; a position → "event position 812". */
export function describeAsOf(asOf: string): string {
  if (/^\d+$/.test(asOf)) return `event position ${asOf}`;
  const when = new Date(asOf);
  if (Number.isNaN(when.getTime())) return asOf;
  const date = when.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const time = when.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return `${date}, ${time} UTC`;
}

/**
 * "As at": every screen can show the plan as it stood at a past moment (a date and time, or a
 * global event position as the start-up log prints), kept in the address as ?asOf= so it
 * survives a reload and moves between screens; a banner says so while it is set.
 */
export function AsOfBar() {
  const { search } = useLocation();
  const asOf = search.get('asOf');
  const [when, setWhen] = useState('');
  const [position, setPosition] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (position.trim()) {
      if (!/^\d+$/.test(position.trim())) return setProblem('An event position is a whole number.');
      setProblem(null);
      return setSearchParam('asOf', position.trim());
    }
    const moment = new Date(when);
    if (!when || Number.isNaN(moment.getTime())) return setProblem('Choose a date and time, or give an event position.');
    setProblem(null);
    setSearchParam('asOf', moment.toISOString());
  };
  return (
    <div className="as-of">
      {asOf ? (
        <div className="as-of-banner" role="status" data-testid="as-of-banner">
          <strong>As at {describeAsOf(asOf)}:</strong> showing the plan as it stood then, not as it is now.{' '}
          <button type="button" onClick={() => setSearchParam('asOf', null)}>
            Back to now
          </button>
        </div>
      ) : null}
      <form className="as-of-form" onSubmit={apply} aria-label="As at">
        <label htmlFor="as-of-when">As at (date and time)</label>
        <input id="as-of-when" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
        <label htmlFor="as-of-position">or event position</label>
        <input id="as-of-position" inputMode="numeric" size={8} value={position} onChange={(e) => setPosition(e.target.value)} />
        <button type="submit">Show as at</button>
        {problem ? (
          <span className="field-error" role="alert">
            {problem}
          </span>
        ) : null}
      </form>
    </div>
  );
}
