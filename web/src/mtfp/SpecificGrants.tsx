import { formatPounds } from '../format/money';
import { Headings } from '../grid/Headings';
import type { MtfpYearJson } from './types';

const KIND_WORDS: Record<string, string> = { specific: 'Specific', ring_fenced: 'Ring-fenced' };

/** Specific and ring-fenced grants year by year: each with its kind, amount and the spend it funds (and that spend in the year). */
export function SpecificGrants({ years }: { years: MtfpYearJson[] }) {
  const rows = years.flatMap((y) => (y.funding.specificGrants ?? []).map((grant) => ({ year: y.year, grant })));
  if (!rows.length) return null;
  return (
    <section aria-labelledby="specific-grants-title" data-testid="specific-grants">
      <h2 id="specific-grants-title">Specific and ring-fenced grants</h2>
      <table className="plain">
        <caption>
          Grants outside the core settlement, each against the spend it funds (in funding, never in the council tax requirement)
        </caption>
        <thead>
          <tr>
            <Headings columns={['Year', 'Grant', 'Kind', { num: 'Amount' }, 'Funds', { num: 'That spend in the year' }, 'Conditions']} />
          </tr>
        </thead>
        <tbody>
          {rows.map(({ year, grant }) => (
            <tr key={`${year}/${grant.grantId}`}>
              <td>{year}</td>
              <th scope="row">{grant.name}</th>
              <td>{KIND_WORDS[grant.kind] ?? grant.kind}</td>
              <td className="num">{formatPounds(grant.amount.value, { symbol: true })}</td>
              <td>{grant.funds ? grant.funds.name : 'Not tied to a line'}</td>
              <td className="num">{grant.funds ? formatPounds(grant.funds.spend.value, { symbol: true }) : '–'}</td>
              <td>{grant.conditions ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
