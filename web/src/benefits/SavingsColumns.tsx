import { formatPounds } from '../format/money';
import { RagBadge } from './Rag';
import type { Totals } from './types';

const money = (v: string | null) => formatPounds(v, { symbol: true });

/** The column headings of a row of savings figures: planned, forecast, realised, variance, delivery, RAG, costs to achieve, net benefit. */
export function SavingsHeadings() {
  return (
    <>
      {['Planned', 'Forecast', 'Realised', 'Variance', 'Delivery'].map((label) => (
        <th key={label} scope="col" className="num">
          {label}
        </th>
      ))}
      <th scope="col">RAG</th>
      <th scope="col" className="num">
        Costs to achieve
      </th>
      <th scope="col" className="num">
        Net benefit
      </th>
    </>
  );
}

/** One row's savings figures, in the order of SavingsHeadings; RAG in words as well as colour ("not rated" when nothing was planned). */
export function SavingsCells({ t }: { t: Totals }) {
  return (
    <>
      <td className="num">{money(t.planned)}</td>
      <td className="num">{money(t.forecast)}</td>
      <td className="num">{money(t.realised)}</td>
      <td className="num">{money(t.variance)}</td>
      <td className="num">{t.deliveryPercent === null ? '–' : `${t.deliveryPercent} %`}</td>
      <td>{t.rag ? <RagBadge rag={t.rag} /> : 'Not rated – nothing planned'}</td>
      <td className="num">{money(t.costsToAchieve)}</td>
      <td className="num">{money(t.netBenefit)}</td>
    </>
  );
}
