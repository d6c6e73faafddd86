import type { ForceFinanceEvent } from '../force-finance/force-finance.events';
import { mtfpToJson } from './mtfp-to-json';
import { projectMtfp } from './project-mtfp';
import { factsFrom, baseEvents } from '../../test/fixtures/mtfp-facts.fixture';

/** The base events' 2016/17 tax base of 420,000 (Band D £147.00), recorded by billing authority. */
const byAuthority: ForceFinanceEvent = {
  type: 'TaxBaseRecorded.v1',
  data: {
    year: '2016/17',
    bandDEquivalents: '420000',
    billingAuthorities: [
      { code: 'broxbourne', name: 'Broxbourne', bandDEquivalents: '100000' },
      { code: 'dacorum', name: 'Dacorum', bandDEquivalents: '120000.5' },
      { code: 'east-herts', name: 'East Hertfordshire', bandDEquivalents: '199999.5' },
    ],
  },
};
const freeze17: ForceFinanceEvent = { type: 'PreceptAssumptionSet.v1', data: { year: '2017/18', assumption: { kind: 'freeze' } } };

describe('projectMtfp: the precept issued to each billing authority', () => {
  const mtfp = projectMtfp({ facts: factsFrom({ ...baseEvents, taxBase16: byAuthority, freeze17 }), from: '2016/17', years: 2 });
  const split = (i: number) => mtfp.years[i].funding.precept.byBillingAuthority.map((a) => [a.code, a.precept.value.toPence()]);

  it('splits the council tax requirement by each authority’s share of the tax base', () => {
    // £147.00 × 420,000 = £61,740,000.00: 147 × 100,000; 147 × 120,000.5; 147 × 199,999.5.
    expect(mtfp.years[0].funding.precept.councilTaxRequirement.value.toPence()).toBe('61740000.00');
    expect(split(0)).toEqual([
      ['broxbourne', '14700000.00'],
      ['dacorum', '17640073.50'],
      ['east-herts', '29399926.50'],
    ]);
  });

  it('in a projected year splits by the recorded shares, to the penny, conserving every penny', () => {
    // 2017/18: tax base 420,000 × 1.01 = 424,200; £147.00 × 424,200 = £62,357,400.00. Exact shares: 14,847,000.00;
    // 147 × 121,200.505 = 17,816,474.235; 147 × 201,999.495 = 29,693,925.765. The floors leave one penny, and the
    // two half-penny remainders tie: it goes to the code that sorts first (dacorum).
    expect(split(1)).toEqual([
      ['broxbourne', '14847000.00'],
      ['dacorum', '17816474.24'],
      ['east-herts', '29693925.76'],
    ]);
    const json = mtfpToJson(mtfp).years[1].funding.precept;
    expect(json.byBillingAuthority.map((a) => a.taxBase.value)).toEqual(['101000.00', '121200.505', '201999.495']);
  });

  it('is empty where the tax base is recorded as a total only (as before)', () => {
    const total = projectMtfp({ facts: factsFrom(baseEvents), from: '2016/17', years: 1 });
    expect(total.years[0].funding.precept.byBillingAuthority).toEqual([]);
  });
});
