import { Money } from '../common/money';
import { allianceDecider } from '../collaboration/alliance.decider';
import type { AllianceEvent } from '../collaboration/alliance.events';
import { allianceSavingsLines } from '../collaboration/alliance-savings-lines';
import { bchEvents, bchNre, BCH_STREAM, foldWithRefs } from '../../test/fixtures/bch-alliance.fixture';
import { benefitsRealisation } from './benefits-realisation';
import { benefitsRealisationToJson } from './benefits-realisation.to-json';
import { ragThresholds } from './rag-thresholds';
import { yearHasEnded } from './year-closure';

/** £2.0m, £2.0m, £2.1m planned; forecasts £1.7m, £1.8m, £1.8m; £1.75m realised in 2017/18 only. */
const collab: AllianceEvent[] = [
  {
    type: 'SavingsProgrammeStarted.v1',
    data: { programmeCode: 'collab', name: 'Collaboration savings', unitCode: 'jps', cashable: true, startYear: '2017/18' },
  },
  ...(
    [
      ['2017/18', '2000000', '1700000'],
      ['2018/19', '2000000', '1800000'],
      ['2019/20', '2100000', '1800000'],
    ] as const
  ).flatMap(([year, planned, forecast]): AllianceEvent[] => [
    { type: 'SavingsPlanned.v1', data: { programmeCode: 'collab', year, amount: planned } },
    { type: 'SavingsForecastRevised.v1', data: { programmeCode: 'collab', year, amount: forecast, reason: 'slower' } },
  ]),
  { type: 'SavingsRealised.v1', data: { programmeCode: 'collab', year: '2017/18', amount: '1750000', evidence: 'Outturn 2017/18' } },
];
const report = (extra: AllianceEvent[], options: Parameters<typeof benefitsRealisation>[1] = {}) =>
  benefitsRealisationToJson(
    benefitsRealisation(foldWithRefs(allianceDecider, BCH_STREAM, [...bchEvents, ...collab, ...extra]), { nre: bchNre, ...options }),
  );
const years = (json: ReturnType<typeof report>) => json.programmes[0].years;

describe('benefits realisation: a closed year with no outturn', () => {
  it('judges a year ended from 1 April after it (UTC), by the as-at date', () => {
    expect(yearHasEnded('2018/19', new Date('2019-03-31T23:59:59.999Z'))).toBe(false);
    expect(yearHasEnded('2018/19', new Date('2019-04-01T00:00:00.000Z'))).toBe(true);
  });

  it('shows "no_outturn" for an ended year with nothing realised, whatever its forecast; open years keep their colour', () => {
    // As at 1 June 2019: 2017/18 realised £1.75m (87.5 %, amber); 2018/19 ended unreported; 2019/20 still open (1.8/2.1 = 85.7 %, amber).
    const json = report([], { asAt: new Date('2019-06-01T00:00:00Z') });
    expect(years(json).map((y) => [y.year, y.ended, y.rag])).toEqual([
      ['2017/18', true, 'amber'],
      ['2018/19', true, 'no_outturn'],
      ['2019/20', false, 'amber'],
    ]);
    // Without an as-at date no year is judged ended (the engine's callers always give one).
    expect(years(report([])).map((y) => [y.ended, y.rag])).toEqual([
      [null, 'amber'],
      [null, 'amber'],
      [null, 'amber'],
    ]);
  });

  it('does not flatter a forecast equal to plan: green before the year ends, no outturn after', () => {
    const onPlan: AllianceEvent = {
      type: 'SavingsForecastRevised.v1',
      data: { programmeCode: 'collab', year: '2018/19', amount: '2000000', reason: 'on track' },
    };
    expect(years(report([onPlan], { asAt: new Date('2019-03-01T00:00:00Z') }))[1].rag).toBe('green');
    expect(years(report([onPlan], { asAt: new Date('2019-04-01T00:00:00Z') }))[1].rag).toBe('no_outturn');
  });
});

describe("benefits realisation: the board's RAG thresholds", () => {
  const boardSets: AllianceEvent = { type: 'RagThresholdsSet.v1', data: { green: '0.875', amber: '0.85', reason: 'Board minute 12/2017' } };

  it('uses the thresholds the board recorded, and names them and why', () => {
    const json = report([boardSets]);
    // 87.5 % ≥ 0.875: green; 90 %: green; 85.7 % ≥ 0.85: amber.
    expect(years(json).map((y) => y.rag)).toEqual(['green', 'green', 'amber']);
    expect(json.thresholds).toEqual({
      green: '0.875',
      amber: '0.85',
      basis: 'board',
      board: {
        green: '0.875',
        amber: '0.85',
        reason: 'Board minute 12/2017',
        source: `alliance-bch@${bchEvents.length + collab.length}`,
        recordedAt: expect.any(String),
      },
    });
  });

  it("lets a caller ask what other thresholds would show, naming the board's beside them", () => {
    const json = report([boardSets], { thresholds: ragThresholds({ green: '0.99', amber: '0.9' }) });
    expect(years(json).map((y) => y.rag)).toEqual(['red', 'amber', 'red']);
    expect(json.thresholds).toMatchObject({ green: '0.99', amber: '0.9', basis: 'what_if', board: { green: '0.875' } });
  });
});

describe('benefits realisation: recurring and one-off savings, as the MTFP counts them', () => {
  const recurring: AllianceEvent = {
    type: 'SavingsRecurrenceSet.v1',
    data: { programmeCode: 'collab', recurrence: 'recurring', reason: 'Business case: permanent reductions' },
  };

  it('gives a one-off programme each year its own figure, a recurring one every increment so far', () => {
    // Best estimates £1.75m (realised), £1.8m, £1.8m.
    expect(years(report([])).map((y) => y.budgetEffect)).toEqual(['1750000.00', '1800000.00', '1800000.00']);
    const json = report([recurring]);
    expect(json.programmes[0].recurrence).toBe('recurring');
    // 1.75m; 1.75m + 1.8m = 3.55m; 3.55m + 1.8m = 5.35m – in-year and cumulative side by side.
    expect(years(json).map((y) => [y.bestEstimate, y.cumulative.bestEstimate, y.budgetEffect])).toEqual([
      ['1750000.00', '1750000.00', '1750000.00'],
      ['1800000.00', '3550000.00', '3550000.00'],
      ['1800000.00', '5350000.00', '5350000.00'],
    ]);
  });

  it("reconciles each member's budget effect with the savings line its MTFP carries in the year", () => {
    const facts = foldWithRefs(allianceDecider, BCH_STREAM, [...bchEvents, ...collab, recurring]);
    const json = report([recurring]);
    const lines = allianceSavingsLines(facts, 'herts', ['2019/20'], bchNre).filter((l) => l.code === 'alliance:bch:programme:collab');
    // The 2019/20 MTFP receives all three increments, each recurring.
    expect(lines.map((l) => [l.year, l.recurring])).toEqual([
      ['2017/18', true],
      ['2018/19', true],
      ['2019/20', true],
    ]);
    const herts1920 = years(json)[2].members.find((m) => m.force === 'herts');
    expect(Money.sum(lines.map((l) => Money.of(l.amount))).toPence()).toBe(herts1920?.budgetEffect);
    for (const y of years(json)) {
      expect(Money.sum(y.members.map((m) => Money.of(m.budgetEffect as string))).toPence()).toBe(y.budgetEffect);
    }
  });
});
