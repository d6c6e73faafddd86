import { formatPounds } from '../format/money';
import { Headings } from '../grid/Headings';
import type { CapitalFundingJson, CapitalProgrammeJson, Fig, MtfpYearJson } from './types';

const SOURCES: readonly [keyof CapitalFundingJson, string][] = [
  ['capitalGrant', 'Capital grant'],
  ['capitalReceipts', 'Capital receipts'],
  ['revenueContribution', 'Revenue contribution (RCCO)'],
  ['reserves', 'Reserves'],
  ['borrowing', 'Borrowing'],
];

const pounds = (f: Fig) => formatPounds(f.value, { symbol: true });

/** The capital schemes year by year, each with its cost and how it is funded; a table for each year that has schemes. */
export function CapitalProgramme({ years }: { years: MtfpYearJson[] }) {
  const withSchemes = years.filter((y): y is MtfpYearJson & { capitalProgramme: CapitalProgrammeJson } =>
    Boolean(y.capitalProgramme?.schemes.length),
  );
  if (!withSchemes.length) return null;
  return (
    <section aria-labelledby="capital-programme-title" data-testid="capital-programme">
      <h2 id="capital-programme-title">Capital programme</h2>
      <p>
        Borrowing is charged to revenue as MRP and interest from the year after the spend; revenue contributions in the year itself (both in
        the plan above).
      </p>
      {withSchemes.map(({ year, capitalProgramme: programme, reserves }) => (
        <div key={year} className="table-scroll" tabIndex={0} role="region" aria-label={`Capital programme, ${year}`}>
          <table className="plain" data-testid={`capital-programme-${year}`}>
            <caption>Capital programme, {year}: each scheme&rsquo;s cost and how it is funded</caption>
            <thead>
              <tr>
                <Headings
                  columns={['Scheme', { num: 'Cost' }, ...SOURCES.map(([, label]) => ({ num: label })), 'Reserve drawn', 'Asset life']}
                />
              </tr>
            </thead>
            <tbody>
              {programme.schemes.map((s) => (
                <tr key={s.schemeId}>
                  <th scope="row">{s.name}</th>
                  <td className="num">{pounds(s.cost)}</td>
                  {SOURCES.map(([key]) => (
                    <td key={key} className="num">
                      {pounds(s.funding[key])}
                    </td>
                  ))}
                  <td>{s.fromReserve ? (reserves.find((r) => r.reserveId === s.fromReserve)?.name ?? s.fromReserve) : '–'}</td>
                  <td>{s.assetLifeYears === null ? '–' : `${s.assetLifeYears} years`}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td className="num">{pounds(programme.spend)}</td>
                {SOURCES.map(([key]) => (
                  <td key={key} className="num">
                    {pounds(programme.funding[key])}
                  </td>
                ))}
                <td />
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      ))}
    </section>
  );
}
