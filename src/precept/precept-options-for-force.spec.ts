import { Money } from '../common/money';
import type { EventRef } from '../event-sourcing/decider';
import { forceFinanceDecider } from '../force-finance/force-finance.decider';
import type { ForceFinanceEvent } from '../force-finance/force-finance.events';
import { projectMtfp } from '../mtfp/project-mtfp';
import { principlesApplyingTo, principlesFromTable } from '../reference-data/principles-for-year';
import { REFERENDUM_PRINCIPLES_ENGLAND } from '../reference-data/referendum-principles-england';
import { preceptOptionsForForce } from './precept-options-for-force';

describe('precept options for a force, from its facts', () => {
  const ref = (id: string): EventRef => ({
    id,
    streamId: 'force-finance-herts',
    revision: '0',
    position: '0',
    recordedAt: '2017-01-01T00:00:00Z',
    type: 'x',
  });
  const events: Record<string, ForceFinanceEvent> = {
    plan: { type: 'PlanPeriodSet.v1', data: { firstYear: '2015/16', lastYear: '2019/20' } },
    budget: {
      type: 'BaseBudgetSet.v1',
      data: { year: '2017/18', lines: [{ code: 'pay', name: 'Pay', kind: 'pay', amount: '180000000' }] },
    },
    grants: {
      type: 'GrantSettlementRecorded.v1',
      data: {
        year: '2017/18',
        coreGrant: '70000000',
        formulaGrant: '40000000',
        legacyCouncilTaxGrants: '8000000',
        otherGeneralGrants: '0',
      },
    },
    precept16: { type: 'PreceptRecorded.v1', data: { year: '2016/17', bandD: '147', status: 'approved' } },
    taxBase17: { type: 'TaxBaseRecorded.v1', data: { year: '2017/18', bandDEquivalents: '420000' } },
    proposal17: { type: 'PreceptRecorded.v1', data: { year: '2017/18', bandD: '152', status: 'proposed' } },
  };
  const facts = Object.entries(events).reduce(
    (s, [id, e]) => forceFinanceDecider.evolve(s, e, ref(id)),
    forceFinanceDecider.initialState(),
  );

  it('takes the previous Band D and tax base from the facts and each gap from the MTFP with that Band D', () => {
    const principles = principlesApplyingTo(principlesFromTable(REFERENDUM_PRINCIPLES_ENGLAND, '2017/18'), ['lowest-quartile PCCs']);
    const result = preceptOptionsForForce({ facts, year: '2017/18', principles, percentageRise: '0.0199' });
    expect(result.previousBandD).toEqual({ value: Money.of('147'), sources: ['precept16'] });
    expect(result.taxBase.sources).toEqual(['taxBase17']);
    expect(result.options.map((o) => [o.kind, o.bandD.toPence(), o.referendum.required])).toEqual([
      ['freeze', '147.00', false],
      ['percentage_rise', '149.93', false],
      ['recorded', '152.00', false],
      ['largest_without_referendum', '152.00', false],
    ]);
    // NRE 180m; funding 118m + 147 × 420,000 = 179.74m: a gap of £260,000 at a freeze.
    const freeze = result.options[0];
    expect(freeze.mtfpGap?.value.toPence()).toBe('260000.00');
    const recorded = result.options[2];
    expect(recorded.label).toBe('Proposed Band D');
    expect(recorded.sources).toContain('proposal17');
    expect(recorded.mtfpGap?.value.toPence()).toBe('-1840000.00'); // £2.1m more precept income
    const mtfp = projectMtfp({ facts, from: '2017/18', years: 1, bandDOverrides: { '2017/18': '152.00' } });
    expect(recorded.mtfpGap?.value.equals(mtfp.years[0].gap.value)).toBe(true);
  });

  it('refuses when no Band D is recorded for any earlier year', () => {
    expect(() => preceptOptionsForForce({ facts, year: '2016/17', principles: [] })).toThrow(
      /No Band D is recorded for 2015\/16 or any earlier year/,
    );
  });

  it('takes the previous Band D as the plan has it, its precept assumption included', () => {
    // 2018/19 options after a 2017/18 assumption of the most without a referendum (2 %, for all PCCs):
    // £147.00 × 1.02 = £149.94 exactly, which must be beaten, so £149.93 is the previous Band D.
    const { proposal17: _withoutTheProposal, ...rest } = events;
    const assumed = forceFinanceDecider.evolve(
      Object.entries(rest).reduce((s, [id, e]) => forceFinanceDecider.evolve(s, e, ref(id)), forceFinanceDecider.initialState()),
      { type: 'PreceptAssumptionSet.v1', data: { year: '2017/18', assumption: { kind: 'max_without_referendum' } } },
      ref('assume17'),
    );
    const published = (year: string) => principlesApplyingTo(principlesFromTable(REFERENDUM_PRINCIPLES_ENGLAND, year));
    const result = preceptOptionsForForce({ facts: assumed, year: '2018/19', principles: published('2018/19'), principlesFor: published });
    expect(result.previousBandD.value.toPence()).toBe('149.93');
    expect(result.previousBandD.sources).toEqual(['assume17', 'precept16']);
    // The most without a referendum in 2018/19 is then £149.93 + £12 = £161.93.
    expect(result.options.find((o) => o.kind === 'largest_without_referendum')?.bandD.toPence()).toBe('161.93');
  });
});
