import { formatPounds, formatQuantity } from '../format/money';
import { BANDS, type PreceptOptionJson, type PreceptOptionsJson } from './types';

const money = (v: string) => formatPounds(v, { symbol: true });

function tagsOf(option: PreceptOptionJson) {
  return (
    <>
      {option.kind === 'largest_without_referendum' ? <span className="tag">Referendum line</span> : null}
      {option.kind === 'recorded' ? <span className="tag">Recorded by the PCC</span> : null}
    </>
  );
}

export function PreceptOptionsTables({ answer }: { answer: PreceptOptionsJson }) {
  return (
    <>
      <p>
        {answer.year}: previous Band D {money(answer.previousBandD.value)}, tax base {formatQuantity(answer.taxBase.value)} Band D
        equivalents.
      </p>
      <div className="grid-scroll" tabIndex={0} role="region" aria-label="Precept options">
        <table className="finance-grid" data-testid="precept-options">
          <caption>Options for {answer.year}</caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col" className="num">
                Band D
              </th>
              <th scope="col" className="num">
                Change a year
              </th>
              <th scope="col" className="num">
                Change a week
              </th>
              <th scope="col" className="num">
                Change %
              </th>
              <th scope="col" className="num">
                Precept income
              </th>
              <th scope="col" className="num">
                Above a freeze
              </th>
              <th scope="col">Referendum</th>
            </tr>
          </thead>
          <tbody>
            {answer.options.map((o) => (
              <tr
                key={`${o.kind}-${o.label}`}
                className={o.kind === 'largest_without_referendum' ? 'referendum' : o.kind === 'recorded' ? 'proposed' : undefined}
              >
                <th scope="row">
                  {o.label} {tagsOf(o)}
                </th>
                <td className="num">{money(o.bandD)}</td>
                <td className="num">{money(o.change.yearly)}</td>
                <td className="num">{money(o.change.weekly)}</td>
                <td className="num">{o.change.percent} %</td>
                <td className="num">{money(o.preceptIncome)}</td>
                <td className="num">{money(o.incomeAboveFreeze)}</td>
                <td>{o.referendum.required ? <strong>Referendum needed</strong> : 'No referendum needed'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Bands answer={answer} per="year" />
      <Bands answer={answer} per="week" />
      <ul>
        {answer.options.map((o) => (
          <li key={`why-${o.kind}-${o.label}`}>
            {o.label}: {o.referendum.explanation}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Every band's charge for each option, a year or a week – both as the service gives them (a week: the exact yearly charge ÷ 52). */
function Bands({ answer, per }: { answer: PreceptOptionsJson; per: 'year' | 'week' }) {
  return (
    <div className="grid-scroll" tabIndex={0} role="region" aria-label={`Council tax by band, a ${per}`}>
      <table className="finance-grid" data-testid={per === 'year' ? 'precept-bands' : 'precept-weekly-bands'}>
        <caption>Council tax by band, a {per}</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            {BANDS.map((b) => (
              <th scope="col" className="num" key={b}>
                Band {b}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {answer.options.map((o) => (
            <tr key={`bands-${per}-${o.kind}-${o.label}`}>
              <th scope="row">{o.label}</th>
              {BANDS.map((b) => (
                <td className="num" key={b}>
                  {money(per === 'year' ? o.bands[b] : o.weeklyBands[b])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
