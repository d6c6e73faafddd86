import { Money } from '../common/money';
import { toJson } from '../common/to-json';
import { gapWithBandD, projectMtfp, type ProjectMtfpInput } from './project-mtfp';
import { factsFrom, baseEvents } from '../../test/fixtures/mtfp-facts.fixture';

describe('projectMtfp: funding', () => {
  it('projects core and formula grant by the assumed grant change and carries other grants flat until a settlement is recorded', () => {
    const facts = factsFrom({
      ...baseEvents,
      grants19: {
        type: 'GrantSettlementRecorded.v1',
        data: {
          year: '2019/20',
          coreGrant: '58000000',
          formulaGrant: '38000000',
          legacyCouncilTaxGrants: '10000000',
          otherGeneralGrants: '0',
        },
      },
    });
    const [y16, y17, y18, y19] = projectMtfp({ facts, from: '2016/17', years: 4 }).years;
    expect(y16.funding.coreGrant).toMatchObject({ basis: 'settled', settledYear: '2016/17', sources: ['grants16'] });
    expect(y17.funding.coreGrant.value.toPence()).toBe('59400000.00');
    expect(y17.funding.formulaGrant.value.toPence()).toBe('39600000.00');
    expect(y18.funding.coreGrant.value.toPence()).toBe('58212000.00'); // 60m × 0.99 × 0.98
    expect(y18.funding.coreGrant).toMatchObject({
      basis: 'projected',
      settledYear: '2016/17',
      sources: ['grants16', 'assume17', 'assume18'],
    });
    expect(y18.funding.legacyCouncilTaxGrants).toMatchObject({ basis: 'carried', sources: ['grants16'] });
    expect(y18.funding.legacyCouncilTaxGrants.value.toPence()).toBe('10000000.00');
    expect(y18.funding.otherGeneralGrants.value.toPence()).toBe('1000000.00');
    expect(y19.funding.coreGrant).toMatchObject({ basis: 'settled', sources: ['grants19'] });
    expect(y19.funding.otherGeneralGrants.value.toPence()).toBe('0.00');
  });

  it('grows the tax base by the assumed growth, freezes Band D when none is set, and multiplies them for precept income', () => {
    const [y16, y17, y18] = projectMtfp({ facts: factsFrom(baseEvents), from: '2016/17', years: 3 }).years;
    expect(y16.funding.precept.income.value.toPence()).toBe('61740000.00'); // 147 × 420,000
    expect(y17.funding.precept.taxBase.value.toFixed()).toBe('424200');
    expect(y17.funding.precept.taxBase).toMatchObject({ basis: 'projected', recordedFor: '2016/17', sources: ['taxBase16', 'assume17'] });
    expect(y17.funding.precept.bandD).toMatchObject({ basis: 'frozen', setFor: '2016/17', sources: ['precept16'] });
    expect(y17.funding.precept.income.value.toPence()).toBe('62357400.00');
    expect(y18.funding.precept.taxBase.value.toFixed()).toBe('430563'); // 424,200 × 1.015
    expect(y18.funding.precept.income.sources).toEqual(['precept16', 'taxBase16', 'assume17', 'assume18']);
  });

  it('uses the approved Band D, else the standing proposal, never a vetoed one, and an override above all', () => {
    const facts = factsFrom({
      ...baseEvents,
      proposed17: { type: 'PreceptRecorded.v1', data: { year: '2017/18', bandD: '155', status: 'proposed' } },
      vetoed17: { type: 'PreceptRecorded.v1', data: { year: '2017/18', bandD: '155', status: 'vetoed' } },
      proposed18: { type: 'PreceptRecorded.v1', data: { year: '2018/19', bandD: '160', status: 'proposed' } },
      approved18: { type: 'PreceptRecorded.v1', data: { year: '2018/19', bandD: '159', status: 'approved' } },
      proposed19: { type: 'PreceptRecorded.v1', data: { year: '2019/20', bandD: '170', status: 'proposed' } },
    });
    const [y17, y18, y19] = projectMtfp({ facts, from: '2017/18', years: 3 }).years;
    expect(y17.funding.precept.bandD).toMatchObject({ basis: 'frozen', setFor: '2016/17' });
    expect(y17.funding.precept.bandD.value.toPence()).toBe('147.00');
    expect(y18.funding.precept.bandD).toMatchObject({ basis: 'approved', sources: ['approved18'] });
    expect(y19.funding.precept.bandD).toMatchObject({ basis: 'proposed', sources: ['proposed19'] });

    const withOverride = projectMtfp({
      facts,
      from: '2017/18',
      years: 2,
      bandDOverrides: { '2017/18': { bandD: '152.00', sources: ['option'] } },
    }).years;
    expect(withOverride[0].funding.precept.bandD).toMatchObject({ basis: 'override', sources: ['option'] });
    expect(withOverride[0].funding.precept.bandD.value.toPence()).toBe('152.00');
    expect(withOverride[1].funding.precept.bandD.value.toPence()).toBe('159.00');
  });

  it('adds a collection fund surplus or deficit only in its own year', () => {
    const facts = factsFrom({ ...baseEvents, cf17: { type: 'CollectionFundRecorded.v1', data: { year: '2017/18', amount: '-600000' } } });
    const [y17, y18] = projectMtfp({ facts, from: '2017/18', years: 2 }).years;
    expect(y17.funding.collectionFund).toMatchObject({ basis: 'recorded', sources: ['cf17'] });
    expect(y17.funding.collectionFund.value.toPence()).toBe('-600000.00');
    expect(y18.funding.collectionFund).toMatchObject({ basis: 'none', sources: [] });
    // 59.4m + 39.6m + 10m + 1m + 62,357,400 − 600,000
    expect(y17.funding.total.value.toPence()).toBe('171757400.00');
  });

  it('gives, for another Band D, the gap a projection with that Band D gives (precept options project the year once)', () => {
    const facts = factsFrom({
      ...baseEvents,
      cf17: { type: 'CollectionFundRecorded.v1', data: { year: '2017/18', amount: '-600000' } },
      approved17: { type: 'PreceptRecorded.v1', data: { year: '2017/18', bandD: '151.50', status: 'approved' } },
      grant17: {
        type: 'SpecificGrantRecorded.v1',
        data: { grantId: 'uplift', name: 'Uplift grant', kind: 'ring_fenced', year: '2017/18', amount: '750000.25' },
      },
    });
    const atFreeze: ProjectMtfpInput = {
      facts,
      from: '2017/18',
      years: 1,
      bandDOverrides: { '2017/18': { bandD: '147', sources: ['precept16'] } },
    };
    const [year] = projectMtfp(atFreeze).years;
    expect(year.funding.specificGrants.map((g) => g.grantId)).toEqual(['uplift']);
    expect(year.funding.collectionFund.basis).toBe('recorded');
    for (const [bandD, sources] of [
      ['147', ['precept16']],
      ['151.50', ['approved17']],
      ['152.00', ['option']],
      ['0.01', []],
    ] as const) {
      const projected = projectMtfp({ ...atFreeze, bandDOverrides: { '2017/18': { bandD, sources: [...sources] } } }).years[0].gap;
      const worked = gapWithBandD(atFreeze, year, { bandD: Money.of(bandD), sources });
      expect(toJson(worked)).toEqual(toJson(projected));
    }
    // £5 more on Band D is £5 × the tax base less on the gap.
    const gapAt152 = gapWithBandD(atFreeze, year, { bandD: Money.of('152'), sources: [] });
    expect(year.gap.value.minus(gapAt152.value).toPence()).toBe(Money.of('5').times(year.funding.precept.taxBase.value).toPence());
  });
});
