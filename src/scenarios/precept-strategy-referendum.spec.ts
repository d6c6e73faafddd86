import type { DomainEvent } from '../event-sourcing/decider';
import type { ForceFinanceEvent } from '../force-finance/force-finance.events';
import type { ReferendumPrinciplesEvent } from '../reference-data/referendum-principles.events';
import { BCH, factsOf, HERTS_FINANCE, PRINCIPLES, scenario } from '../../test/fixtures/scenario-baseline.fixture';
import { applyScenario } from './apply-scenario';
import type { ScenarioEvent } from './scenario.events';

const strategy = (year: string, s: Extract<ScenarioEvent, { type: 'PreceptStrategySet.v1' }>['data']['strategy']): ScenarioEvent => ({
  type: 'PreceptStrategySet.v1',
  data: { force: 'herts', year, strategy: s },
});
const lowestQuartile: ReferendumPrinciplesEvent[] = [
  {
    type: 'ReferendumPrincipleSet.v1',
    data: {
      year: '2017/18',
      limit: { kind: 'amount', amount: '5' },
      comparison: 'up_to_and_including',
      appliesTo: 'lowest-quartile PCCs',
      note: '',
    },
  },
  { type: 'ReferendumGroupMembersSet.v1', data: { year: '2017/18', appliesTo: 'lowest-quartile PCCs', forces: ['herts'] } },
  {
    type: 'ReferendumPrincipleSet.v1',
    data: { year: '2018/19', limit: { kind: 'amount', amount: '12' }, comparison: 'up_to_and_including', appliesTo: 'all PCCs', note: '' },
  },
];
const baselineWith = (finance: ForceFinanceEvent[] = []) =>
  factsOf([
    ['force-herts', [{ type: 'ForceRegistered.v1', data: { code: 'herts', name: 'Hertfordshire' } }]],
    ['force-finance-herts', [...HERTS_FINANCE, ...finance] as DomainEvent[]],
    ['alliance-bch', BCH as DomainEvent[]],
    ['reference-referendum-principles', [...PRINCIPLES, ...lowestQuartile] as DomainEvent[]],
  ]);

describe("scenarios' precept strategies use the force's own referendum limit, year by year", () => {
  it('Herts 2017/18 (recorded in the lowest quartile): "most without a referendum" is £147.00 + £5.00 = £152.00, citing the £5 and the membership', () => {
    const applied = applyScenario(baselineWith(), [scenario('max', [strategy('2017/18', { kind: 'max_without_referendum' })])]);
    const herts = applied.bandDOverrides.herts['2017/18'];
    expect(herts.bandD).toBe('152');
    // Both principles of the year are cited (2 % for all PCCs @0, £5 @1), and the event that put Herts in the quartile (@2).
    expect(herts.sources).toEqual(expect.arrayContaining(['reference-referendum-principles@1', 'reference-referendum-principles@2']));
    expect(applied.warnings).toEqual([]);
  });

  it("warns when lowering one year's Band D makes the next year's recorded Band D a rise over that year's own limit", () => {
    // Recorded: 2017/18 £149.00, 2018/19 £161.00 (+£12.00, allowed). The scenario freezes 2017/18 at £147.00,
    // so 2018/19's £161.00 is +£14.00 on £147.00, over the £12 of 2018/19: at most £147.00 + £12.00 = £159.00.
    const applied = applyScenario(
      baselineWith([
        { type: 'PreceptRecorded.v1', data: { year: '2017/18', bandD: '149', status: 'approved' } },
        { type: 'PreceptRecorded.v1', data: { year: '2018/19', bandD: '161', status: 'approved' } },
      ]),
      [scenario('freeze', [strategy('2017/18', { kind: 'freeze' })])],
    );
    expect(applied.bandDOverrides.herts['2017/18'].bandD).toBe('147');
    expect(applied.warnings).toEqual([
      "Hertfordshire 2018/19: the recorded Band D of £161.00 is a rise of £14.00 on the scenario's £147.00 for 2017/18. Needs a referendum: the 2018/19 principle for all PCCs allows an increase of up to and including £12.00, so at most £159.00 Band D",
    ]);
  });

  it('says nothing of a later year whose recorded Band D stays within its own limit', () => {
    const applied = applyScenario(
      baselineWith([{ type: 'PreceptRecorded.v1', data: { year: '2018/19', bandD: '159', status: 'approved' } }]),
      [scenario('freeze', [strategy('2017/18', { kind: 'freeze' })])],
    );
    expect(applied.warnings).toEqual([]);
  });
});
