import { InvalidInputError } from '../common/errors';
import { Money } from '../common/money';
import { allianceDecider } from '../collaboration/alliance.decider';
import type { AllianceEvent } from '../collaboration/alliance.events';
import { allianceSavingsLines } from '../collaboration/alliance-savings-lines';
import { bchEvents, bchNre, bchRealisedProgrammes, BCH_STREAM, foldWithRefs } from '../../test/fixtures/bch-alliance.fixture';
import { benefitsRealisation } from './benefits-realisation';
import { benefitsRealisationToJson } from './benefits-realisation.to-json';
import { ragStatus, ragThresholds } from './rag-thresholds';

const programme = (json: ReturnType<typeof benefitsRealisationToJson>, code: string) =>
  json.programmes.find((p) => p.programmeCode === code)!;

/** The 2017/18–2019/20 collaboration savings: a £6.1m business case, revised to £5.3m. */
const collab2017: AllianceEvent[] = [
  {
    type: 'SavingsProgrammeStarted.v1',
    data: {
      programmeCode: 'collab-2017',
      name: 'Collaboration savings 2017/18 to 2019/20',
      unitCode: 'jps',
      cashable: true,
      startYear: '2017/18',
      owner: 'BCH Chief Finance Officers',
    },
  },
  { type: 'SavingsPlanned.v1', data: { programmeCode: 'collab-2017', year: '2017/18', amount: '2000000' } },
  { type: 'SavingsPlanned.v1', data: { programmeCode: 'collab-2017', year: '2018/19', amount: '2000000' } },
  { type: 'SavingsPlanned.v1', data: { programmeCode: 'collab-2017', year: '2019/20', amount: '2100000' } },
  {
    type: 'SavingsForecastRevised.v1',
    data: { programmeCode: 'collab-2017', year: '2017/18', amount: '1700000', reason: 'Savings released more slowly than expected' },
  },
  {
    type: 'SavingsForecastRevised.v1',
    data: { programmeCode: 'collab-2017', year: '2018/19', amount: '1800000', reason: 'Savings released more slowly than expected' },
  },
  {
    type: 'SavingsForecastRevised.v1',
    data: { programmeCode: 'collab-2017', year: '2019/20', amount: '1800000', reason: 'Savings released more slowly than expected' },
  },
  { type: 'SavingsRealised.v1', data: { programmeCode: 'collab-2017', year: '2017/18', amount: '1750000', evidence: 'Outturn 2017/18' } },
  {
    type: 'SavingsProgrammeStarted.v1',
    data: { programmeCode: 'officer-time', name: 'Officer time released', unitCode: 'ops', cashable: false, startYear: '2017/18' },
  },
  { type: 'SavingsPlanned.v1', data: { programmeCode: 'officer-time', year: '2017/18', amount: '400000' } },
];
const events = [...bchEvents, ...bchRealisedProgrammes, ...collab2017];
const firstCollabEvent = bchEvents.length + bchRealisedProgrammes.length;
const bch = foldWithRefs(allianceDecider, BCH_STREAM, events);

describe('benefits realisation', () => {
  const json = benefitsRealisationToJson(benefitsRealisation(bch, { nre: bchNre }));

  it('totals BCH’s realised collaborative savings since 2012/13: £8.9m JPS + £6.1m support = £15.0m', () => {
    expect(programme(json, 'jps-savings').total.realised).toBe('8900000.00');
    expect(programme(json, 'support-savings').total.realised).toBe('6100000.00');
    // With the later programme's £1.75m realised in 2017/18 as well.
    expect(json.total.realised).toBe('16750000.00');
    const sinceBch = benefitsRealisationToJson(
      benefitsRealisation(foldWithRefs(allianceDecider, BCH_STREAM, [...bchEvents, ...bchRealisedProgrammes]), { nre: bchNre }),
    );
    expect(sinceBch.total.realised).toBe('15000000.00');
    expect(sinceBch.total.planned).toBe('14000000.00');
    expect(sinceBch.total.variance).toBe('1000000.00');
  });

  it('shows plan, forecast, realised, variance, delivery and RAG for each year', () => {
    const years = programme(json, 'collab-2017').years.map((y) => [
      y.year,
      y.planned,
      y.forecast,
      y.realised,
      y.bestEstimate,
      y.variance,
      y.deliveryPercent,
      y.rag,
    ]);
    expect(years).toEqual([
      ['2017/18', '2000000.00', '1700000.00', '1750000.00', '1750000.00', '-250000.00', '87.5', 'amber'],
      ['2018/19', '2000000.00', '1800000.00', null, '1800000.00', '-200000.00', '90.0', 'amber'],
      ['2019/20', '2100000.00', '1800000.00', null, '1800000.00', '-300000.00', '85.7', 'amber'],
    ]);
    // 1.8 / 2.1 = 0.857142857… to 4 dp, not 40 significant digits.
    expect(programme(json, 'collab-2017').years.find((y) => y.year === '2019/20')?.delivery).toBe('0.8571');
    const jps = programme(json, 'jps-savings');
    expect(jps.years[0]).toMatchObject({
      year: '2012/13',
      planned: '1000000.00',
      realised: '1200000.00',
      delivery: '1.2000',
      deliveryPercent: '120.0',
      rag: 'green',
    });
    expect(jps.years[3]).toMatchObject({
      year: '2015/16',
      planned: '2000000.00',
      realised: '1800000.00',
      deliveryPercent: '90.0',
      rag: 'amber',
    });
  });

  it('keeps running totals since the programme began', () => {
    const collab = programme(json, 'collab-2017');
    expect(
      collab.years.map((y) => [y.cumulative.planned, y.cumulative.forecast, y.cumulative.realised, y.cumulative.bestEstimate]),
    ).toEqual([
      ['2000000.00', '1700000.00', '1750000.00', '1750000.00'],
      ['4000000.00', '3500000.00', '1750000.00', '3550000.00'],
      ['6100000.00', '5300000.00', '1750000.00', '5350000.00'],
    ]);
    expect(collab.total).toMatchObject({
      planned: '6100000.00',
      forecast: '5300000.00',
      bestEstimate: '5350000.00',
      variance: '-750000.00',
      deliveryPercent: '87.7',
      rag: 'amber',
    });
  });

  it('lists forecast revisions with their reasons, dates and the change each made', () => {
    expect(programme(json, 'collab-2017').revisions).toEqual([
      {
        year: '2017/18',
        previous: '2000000.00',
        amount: '1700000.00',
        change: '-300000.00',
        reason: 'Savings released more slowly than expected',
        recordedAt: '2016-05-14T00:00:00.000Z',
        source: `alliance-bch@${firstCollabEvent + 4}`,
      },
      {
        year: '2018/19',
        previous: '2000000.00',
        amount: '1800000.00',
        change: '-200000.00',
        reason: 'Savings released more slowly than expected',
        recordedAt: '2016-05-15T00:00:00.000Z',
        source: `alliance-bch@${firstCollabEvent + 5}`,
      },
      {
        year: '2019/20',
        previous: '2100000.00',
        amount: '1800000.00',
        change: '-300000.00',
        reason: 'Savings released more slowly than expected',
        recordedAt: '2016-05-16T00:00:00.000Z',
        source: `alliance-bch@${firstCollabEvent + 6}`,
      },
    ]);
    expect(programme(json, 'collab-2017').realisations).toEqual([
      {
        year: '2017/18',
        amount: '1750000.00',
        evidence: 'Outturn 2017/18',
        recordedAt: '2016-05-17T00:00:00.000Z',
        source: `alliance-bch@${firstCollabEvent + 7}`,
      },
    ]);
  });

  it('takes other RAG thresholds as a what-if', () => {
    const rag = (thresholds: { green?: string; amber?: string }) =>
      benefitsRealisationToJson(benefitsRealisation(bch, { nre: bchNre, thresholds: ragThresholds(thresholds) }))
        .programmes.find((p) => p.programmeCode === 'collab-2017')!
        .years.map((y) => y.rag);
    expect(rag({})).toEqual(['amber', 'amber', 'amber']);
    expect(rag({ green: '0.875' })).toEqual(['green', 'green', 'amber']);
    expect(rag({ green: '0.99', amber: '0.9' })).toEqual(['red', 'amber', 'red']);
    expect(json.thresholds).toEqual({ green: '0.95', amber: '0.8', basis: 'default', board: null });
    expect(ragStatus(null, ragThresholds())).toBeNull();
    expect(() => ragThresholds({ green: '0.8', amber: '0.9' })).toThrow(InvalidInputError);
    expect(() => ragThresholds({ green: 0.95 })).toThrow(/"0.95"/);
  });

  it('gives each member its part of every figure by the unit’s shares for the year, summing exactly, matching its MTFP savings line', () => {
    const y1819 = programme(json, 'collab-2017').years[1];
    expect(y1819.sharing).toBe('unit_basis');
    expect(y1819.members.map((m) => [m.force, m.sharePercent, m.planned, m.forecast, m.bestEstimate, m.variance])).toEqual([
      ['beds', '31.00', '620000.00', '558000.00', '558000.00', '-62000.00'],
      ['cambs', '31.00', '620000.00', '558000.00', '558000.00', '-62000.00'],
      ['herts', '38.00', '760000.00', '684000.00', '684000.00', '-76000.00'],
    ]);
    const collab = benefitsRealisation(bch, { nre: bchNre }).programmes.find((p) => p.programmeCode === 'collab-2017')!;
    for (const year of collab.years) {
      expect(Money.sum(year.members.map((m) => m.bestEstimate)).equals(year.bestEstimate)).toBe(true);
      expect(Money.sum(year.members.map((m) => m.planned)).equals(year.planned)).toBe(true);
      expect(Money.sum(year.members.map((m) => m.variance)).equals(year.variance)).toBe(true);
    }
    const hertsLines = allianceSavingsLines(bch, 'herts', ['2017/18', '2018/19', '2019/20'], bchNre).filter(
      (l) => l.code === 'alliance:bch:programme:collab-2017',
    );
    expect(hertsLines.map((l) => Money.of(l.amount).toPence())).toEqual(
      collab.years.map((y) => y.members.find((m) => m.force === 'herts')!.bestEstimate.toPence()),
    );
  });

  it('shares a programme with no unit equally, and totals each member over the years', () => {
    const support = programme(json, 'support-savings');
    expect(support.years[0].sharing).toBe('equal_shares');
    expect(support.years[0].notes).toEqual([
      'Organisational and Operational Support belongs to no single unit, so its savings are shared equally between the 3 members in 2012/13.',
    ]);
    // Each year is split to the penny on its own; thirds of £1.1m, £1.4m, £1.3m and £1.4m leave odd
    // pennies, which go to equal remainders in key order – 4p to beds and 3p to cambs over five years.
    expect(support.years.map((y) => y.members.map((m) => m.realised))).toEqual([
      ['300000.00', '300000.00', '300000.00'],
      ['366666.67', '366666.67', '366666.66'],
      ['466666.67', '466666.67', '466666.66'],
      ['433333.34', '433333.33', '433333.33'],
      ['466666.67', '466666.67', '466666.66'],
    ]);
    expect(support.members.map((m) => [m.force, m.realised])).toEqual([
      ['beds', '2033333.35'],
      ['cambs', '2033333.34'],
      ['herts', '2033333.31'],
    ]);
  });

  it('counts only cashable programmes in the cashable total', () => {
    expect(json.total.planned).toBe('20500000.00');
    expect(json.cashableTotal.planned).toBe('20100000.00');
    expect(programme(json, 'officer-time').cashable).toBe(false);
  });

  it('says which years’ member parts it could not work out', () => {
    const withoutNre = benefitsRealisationToJson(
      benefitsRealisation(
        foldWithRefs(allianceDecider, BCH_STREAM, [
          ...bchEvents,
          {
            type: 'SavingsProgrammeStarted.v1',
            data: { programmeCode: 'ict', name: 'ICT', unitCode: 'org', cashable: true, startYear: '2016/17' },
          },
          { type: 'SavingsPlanned.v1', data: { programmeCode: 'ict', year: '2016/17', amount: '500000' } },
        ]),
      ),
    );
    const ict = programme(withoutNre, 'ict');
    expect(ict.years[0].members).toEqual([]);
    expect(ict.years[0].issues).toEqual([
      'Members\' parts of 2016/17 cannot be worked out: Organisational Support is shared by 2015/16 net revenue budgets, but the 2015/16 net revenue budget of "beds" was not available.',
    ]);
    expect(ict.total.planned).toBe('500000.00');
  });
});
