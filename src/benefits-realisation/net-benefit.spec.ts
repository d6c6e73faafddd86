import { allianceDecider } from '../collaboration/alliance.decider';
import type { AllianceEvent } from '../collaboration/alliance.events';
import { bchEvents, bchNre, BCH_STREAM, foldWithRefs } from '../../test/fixtures/bch-alliance.fixture';
import { benefitsRealisation } from './benefits-realisation';
import { benefitsRealisationToJson } from './benefits-realisation.to-json';

/**
 * Costs to achieve, net benefit and variance explanations, worked by hand.
 * bchEvents hold 17 events (ids alliance-bch@0..16), so the events below are @17 onwards.
 * Operational Support (ops) is shared by headcount 1000 : 1400 : 1600 = 0.25 : 0.35 : 0.40.
 */
const events: AllianceEvent[] = [
  ...bchEvents,
  // @17 a cashable programme on ops
  {
    type: 'SavingsProgrammeStarted.v1',
    data: { programmeCode: 'change', name: 'Change programme', unitCode: 'ops', cashable: true, startYear: '2016/17' },
  },
  // @18, @19
  { type: 'SavingsPlanned.v1', data: { programmeCode: 'change', year: '2016/17', amount: '1000000' } },
  { type: 'SavingsRealised.v1', data: { programmeCode: 'change', year: '2016/17', amount: '900000', evidence: 'Outturn 2016/17' } },
  // @20 costs to achieve with a penny that does not split evenly
  { type: 'ProgrammeCostsToAchieveSet.v1', data: { programmeCode: 'change', year: '2016/17', amount: '600000.01' } },
  // @21 costs in a year with no savings recorded: the year appears
  { type: 'ProgrammeCostsToAchieveSet.v1', data: { programmeCode: 'change', year: '2017/18', amount: '100000' } },
  // @22, @23 two explanations of 2016/17: the later supersedes
  { type: 'SavingsVarianceExplained.v1', data: { programmeCode: 'change', year: '2016/17', explanation: 'First view' } },
  {
    type: 'SavingsVarianceExplained.v1',
    data: { programmeCode: 'change', year: '2016/17', explanation: 'Custody restructure slipped a quarter' },
  },
  // @24 a non-cashable programme with no unit (equal thirds)
  { type: 'SavingsProgrammeStarted.v1', data: { programmeCode: 'estates', name: 'Estates', cashable: false, startYear: '2016/17' } },
  // @25, @26
  { type: 'SavingsPlanned.v1', data: { programmeCode: 'estates', year: '2016/17', amount: '300000' } },
  { type: 'ProgrammeCostsToAchieveSet.v1', data: { programmeCode: 'estates', year: '2016/17', amount: '100000' } },
];

const json = benefitsRealisationToJson(benefitsRealisation(foldWithRefs(allianceDecider, BCH_STREAM, events), { nre: bchNre }));
const change = json.programmes.find((p) => p.programmeCode === 'change')!;
const estates = json.programmes.find((p) => p.programmeCode === 'estates')!;
const parts = (members: { force: string; costsToAchieve: string; netBenefit: string }[]) =>
  members.map(({ force, costsToAchieve, netBenefit }) => ({ force, costsToAchieve, netBenefit }));

describe('benefits realisation: costs to achieve and net benefit', () => {
  it('nets a programme-year’s costs off its best estimate, and splits the costs by the savings’ shares to the penny', () => {
    const y = change.years.find((x) => x.year === '2016/17')!;
    // best estimate = realised 900,000.00; net = 900,000.00 − 600,000.01 = 299,999.99
    expect(y).toMatchObject({ bestEstimate: '900000.00', costsToAchieve: '600000.01', netBenefit: '299999.99' });
    // Costs 60,000,001p × 0.25 / 0.35 / 0.40 = 15,000,000.25 / 21,000,000.35 / 24,000,000.40: floors leave 1p,
    // which goes to the largest remainder (herts, .40). Savings parts: 250,000 / 350,000 / 400,000 planned, less
    // the −100,000 realised change split 25,000 / 35,000 / 40,000 = 225,000 / 315,000 / 360,000.
    expect(parts(y.members)).toEqual([
      { force: 'beds', costsToAchieve: '150000.00', netBenefit: '75000.00' },
      { force: 'cambs', costsToAchieve: '210000.00', netBenefit: '105000.00' },
      { force: 'herts', costsToAchieve: '240000.01', netBenefit: '119999.99' },
    ]);
    expect(y.sources).toEqual(expect.arrayContaining(['alliance-bch@18', 'alliance-bch@19', 'alliance-bch@20', 'alliance-bch@23']));
  });

  it('shows a year with costs but no savings, with members at zero savings, and cumulative figures', () => {
    const y = change.years.find((x) => x.year === '2017/18')!;
    expect(y).toMatchObject({
      planned: '0.00',
      bestEstimate: '0.00',
      costsToAchieve: '100000.00',
      netBenefit: '-100000.00',
      sharing: 'unit_basis',
    });
    // cumulative: best 900,000.00; costs 600,000.01 + 100,000.00 = 700,000.01; net 199,999.99
    expect(y.cumulative).toMatchObject({ bestEstimate: '900000.00', costsToAchieve: '700000.01', netBenefit: '199999.99' });
    expect(parts(y.members)).toEqual([
      { force: 'beds', costsToAchieve: '25000.00', netBenefit: '-25000.00' },
      { force: 'cambs', costsToAchieve: '35000.00', netBenefit: '-35000.00' },
      { force: 'herts', costsToAchieve: '40000.00', netBenefit: '-40000.00' },
    ]);
    expect(y.sources).toContain('alliance-bch@21');
  });

  it('totals the programme and its members (members sum exactly to the programme)', () => {
    expect(change.total).toMatchObject({ costsToAchieve: '700000.01', netBenefit: '199999.99' });
    // beds 225,000 − (150,000 + 25,000) = 50,000; cambs 315,000 − 245,000 = 70,000; herts 360,000 − 280,000.01 = 79,999.99
    expect(parts(change.members)).toEqual([
      { force: 'beds', costsToAchieve: '175000.00', netBenefit: '50000.00' },
      { force: 'cambs', costsToAchieve: '245000.00', netBenefit: '70000.00' },
      { force: 'herts', costsToAchieve: '280000.01', netBenefit: '79999.99' },
    ]);
  });

  it('splits a programme with no unit equally, the odd penny to the first force by code', () => {
    // 10,000,000p / 3 = 3,333,333.33…p each; the 1p left goes to the tie's first key, beds.
    expect(parts(estates.years[0].members)).toEqual([
      { force: 'beds', costsToAchieve: '33333.34', netBenefit: '66666.66' },
      { force: 'cambs', costsToAchieve: '33333.33', netBenefit: '66666.67' },
      { force: 'herts', costsToAchieve: '33333.33', netBenefit: '66666.67' },
    ]);
    expect(estates.total).toMatchObject({ bestEstimate: '300000.00', costsToAchieve: '100000.00', netBenefit: '200000.00' });
  });

  it('splits the alliance total into cashable and non-cashable', () => {
    // cashable = change: 900,000.00 − 700,000.01; non-cashable = estates: 300,000.00 − 100,000.00
    expect(json.cashableTotal).toMatchObject({ bestEstimate: '900000.00', costsToAchieve: '700000.01', netBenefit: '199999.99' });
    expect(json.nonCashableTotal).toMatchObject({ bestEstimate: '300000.00', costsToAchieve: '100000.00', netBenefit: '200000.00' });
    expect(json.total).toMatchObject({ bestEstimate: '1200000.00', costsToAchieve: '800000.01', netBenefit: '399999.99' });
    // beds 50,000 + 66,666.66; cambs 70,000 + 66,666.67; herts 79,999.99 + 66,666.67
    expect(parts(json.members)).toEqual([
      { force: 'beds', costsToAchieve: '208333.34', netBenefit: '116666.66' },
      { force: 'cambs', costsToAchieve: '278333.33', netBenefit: '136666.67' },
      { force: 'herts', costsToAchieve: '313333.34', netBenefit: '146666.66' },
    ]);
  });

  it('shows the latest variance explanation on its year, and keeps every one on the programme', () => {
    const y = change.years.find((x) => x.year === '2016/17')!;
    expect(y.varianceExplanation).toEqual({
      explanation: 'Custody restructure slipped a quarter',
      source: 'alliance-bch@23',
      recordedAt: expect.any(String),
    });
    expect(change.years.find((x) => x.year === '2017/18')!.varianceExplanation).toBeNull();
    expect(change.varianceExplanations.map(({ explanation, current, source }) => ({ explanation, current, source }))).toEqual([
      { explanation: 'First view', current: false, source: 'alliance-bch@22' },
      { explanation: 'Custody restructure slipped a quarter', current: true, source: 'alliance-bch@23' },
    ]);
  });

  it('keeps a programme without costs as it was, with zero costs and net benefit = best estimate', () => {
    expect(estates.years[0]).toMatchObject({ bestEstimate: '300000.00', costsToAchieve: '100000.00' });
    const noCosts = benefitsRealisationToJson(
      benefitsRealisation(foldWithRefs(allianceDecider, BCH_STREAM, events.slice(0, 20)), { nre: bchNre }),
    );
    expect(noCosts.programmes[0].years[0]).toMatchObject({ costsToAchieve: '0.00', netBenefit: '900000.00', varianceExplanation: null });
  });
});
