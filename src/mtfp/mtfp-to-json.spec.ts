import { mtfpToJson } from './mtfp-to-json';
import { projectMtfp } from './project-mtfp';
import { factsFrom, assumptions, baseEvents } from '../../test/fixtures/mtfp-facts.fixture';

describe('mtfpToJson', () => {
  it('renders money in pence (half-up), rates exactly and tax bases to 2 dp', () => {
    const facts = factsFrom({ ...baseEvents, assume17: assumptions('2017/18', { payAward: '0.0133', taxBaseGrowth: '0.00333' }) });
    const mtfp = projectMtfp({ facts, from: '2017/18', years: 1 });
    expect(mtfp.years[0].expenditure.pay.value.toExact()).toBe('101330000');
    expect(mtfp.years[0].funding.precept.taxBase.value.toFixed()).toBe('421398.6');
    const json = mtfpToJson(mtfp);
    const year = json.years[0];
    expect(year.expenditure.pay).toEqual({ value: '101330000.00', sources: ['budget16', 'assume17'] });
    expect(year.assumptions.payAward).toEqual({ value: '0.0133', sources: ['assume17'], basis: 'recorded', recordedFor: '2017/18' });
    expect(year.funding.precept.taxBase.value).toBe('421398.60');
    expect(year.funding.precept.income.value).toBe('61945594.20'); // 147 × 421,398.6
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('states a tax base at the precision used, so Band D × the tax base shown is the precept shown', () => {
    // 420,000 × 1.00333 = 421,398.6; × 1.00333 again (2018/19) = 421,398.6 + 1,403.257338 = 422,801.857338: shown so, not 422,801.86.
    const facts = factsFrom({
      ...baseEvents,
      assume17: assumptions('2017/18', { taxBaseGrowth: '0.00333' }),
      assume18: assumptions('2018/19', { taxBaseGrowth: '0.00333' }),
    });
    const year = mtfpToJson(projectMtfp({ facts, from: '2018/19', years: 1 })).years[0];
    expect(year.funding.precept.taxBase.value).toBe('422801.857338');
    expect(year.funding.precept.income.value).toBe('62151873.03'); // 147 × 422,801.857338 = 62,151,873.028686
  });
});
