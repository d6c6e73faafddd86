import { WriteForm } from './WriteForm';

const year = (years: string[]) => ({ name: 'year', label: 'Year', options: years.map((y) => [y, y] as const) });
const reason = { name: 'reason', label: 'Why (recorded with the change)', optional: true };
const rate = (name: string, label: string) => ({ name, label: `${label} (fraction, 0.02 = 2 %)` });

/** The MTFP's inputs as forms: a year's assumptions, a budget item, a year's precept assumption, a reserve movement. */
export function PlanInputs({
  force,
  years,
  reserves,
}: {
  force: string;
  years: string[];
  reserves: { reserveId: string; name: string }[];
}) {
  return (
    <section aria-labelledby="inputs-title">
      <h2 id="inputs-title">Change the plan</h2>
      <WriteForm
        id="assumptions"
        title="A year's assumptions"
        path={() => `/forces/${force}/assumptions`}
        submit="Record assumptions"
        initial={{
          year: years[1] ?? years[0] ?? '',
          payAward: '',
          nonPayInflation: '',
          incomeInflation: '',
          grantChange: '',
          taxBaseGrowth: '',
        }}
        fields={[
          year(years),
          rate('payAward', 'Pay award'),
          rate('nonPayInflation', 'Non-pay inflation'),
          rate('incomeInflation', 'Income inflation'),
          rate('grantChange', 'Grant change'),
          rate('taxBaseGrowth', 'Tax base growth'),
          reason,
        ]}
      />
      <WriteForm
        id="budget-item"
        title="A budget item"
        path={() => `/forces/${force}/budget-items`}
        submit="Add budget item"
        initial={{ kind: 'cost_pressure', fromYear: years[1] ?? years[0] ?? '', amount: '', recurrence: 'recurring', description: '' }}
        fields={[
          {
            name: 'kind',
            label: 'Kind',
            options: [
              ['cost_pressure', 'Cost pressure'],
              ['growth', 'Growth'],
              ['saving', 'Saving'],
            ],
          },
          { name: 'fromYear', label: 'From year', options: years.map((y) => [y, y] as const) },
          { name: 'amount', label: 'Amount (£, e.g. 250000.00)' },
          {
            name: 'recurrence',
            label: 'Recurrence',
            options: [
              ['recurring', 'Recurring'],
              ['one_off', 'One-off'],
            ],
          },
          { name: 'description', label: 'Description' },
          reason,
        ]}
      />
      <WriteForm
        id="precept-assumption"
        title="A year's precept assumption (set by the PCC office, for a year whose Band D is not yet set)"
        path={() => `/forces/${force}/precept-assumptions`}
        submit="Record precept assumption"
        initial={{ year: years[years.length - 1] ?? '', kind: 'percentage', rate: '', amount: '' }}
        fields={[
          year(years),
          {
            name: 'kind',
            label: 'Assume',
            options: [
              ['freeze', 'A freeze'],
              ['percentage', 'A percentage rise'],
              ['pound', 'A rise in pounds'],
              ['max_without_referendum', 'The largest rise without a referendum'],
            ],
          },
          { ...rate('rate', 'Rise'), label: 'Rise, for a percentage (fraction, 0.0199 = 1.99 %)', optional: true },
          { name: 'amount', label: 'Rise, in pounds on Band D (e.g. 5.00)', optional: true },
          reason,
        ]}
      />
      {reserves.length ? (
        <WriteForm
          id="reserve-movement"
          title="A reserve movement"
          path={(v) => `/forces/${force}/reserves/${encodeURIComponent(v.reserve)}/movements`}
          submit="Record movement"
          initial={{
            reserve: reserves[0].reserveId,
            year: years[1] ?? years[0] ?? '',
            direction: 'drawdown',
            basis: 'planned',
            amount: '',
            description: '',
          }}
          fields={[
            { name: 'reserve', label: 'Reserve', inPath: true, options: reserves.map((r) => [r.reserveId, r.name] as const) },
            year(years),
            {
              name: 'direction',
              label: 'Direction',
              options: [
                ['drawdown', 'Drawdown'],
                ['contribution', 'Contribution'],
              ],
            },
            {
              name: 'basis',
              label: 'Basis',
              options: [
                ['planned', 'Planned'],
                ['actual', 'Actual'],
              ],
            },
            { name: 'amount', label: 'Amount (£)' },
            { name: 'description', label: 'Description', optional: true },
            reason,
          ]}
        />
      ) : null}
    </section>
  );
}
