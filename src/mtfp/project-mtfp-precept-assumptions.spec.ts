import type { ForceFinanceEvent, PreceptAssumption } from '../force-finance/force-finance.events';
import { principlesApplyingTo, principlesFromTable, REFERENDUM_PRINCIPLES_ENGLAND } from '../reference-data';
import { mtfpToJson } from './mtfp-to-json';
import { projectMtfp } from './project-mtfp';
import { factsFrom, baseEvents } from '../../test/fixtures/mtfp-facts.fixture';

const assume = (year: string, assumption: PreceptAssumption): ForceFinanceEvent => ({
  type: 'PreceptAssumptionSet.v1',
  data: { year, assumption },
});
/** The published principles for all PCCs (2 % in 2017/18, £12 in 2018/19, £24 in 2019/20). */
const published = (year: string) => principlesApplyingTo(principlesFromTable(REFERENDUM_PRINCIPLES_ENGLAND, year));

/** Band D £147.00 approved for 2016/17; tax base 420,000, growing 1 % in 2017/18 and 1.5 % in 2018/19 (carried to 2019/20). */
const events: Record<string, ForceFinanceEvent> = {
  ...baseEvents,
  a17: assume('2017/18', { kind: 'percentage', rate: '0.0199' }),
  a18: assume('2018/19', { kind: 'max_without_referendum' }),
  a19: assume('2019/20', { kind: 'pound', amount: '30' }),
};

describe('projectMtfp: a precept assumption for every future year', () => {
  const mtfp = projectMtfp({ facts: factsFrom(events), from: '2016/17', years: 4, referendumPrinciplesFor: published });
  const [y16, y17, y18, y19] = mtfp.years.map((y) => y.funding.precept);

  it('moves Band D year by year by each assumption, compounding', () => {
    expect(y16.bandD).toMatchObject({ basis: 'approved', setFor: '2016/17' });
    // 147 × 1.0199 = 149.9253 → £149.93 (to the penny, half-up); under 2 % (limit £149.94), so no referendum.
    expect(y17.bandD.value.toPence()).toBe('149.93');
    expect(y17.bandD).toMatchObject({ basis: 'assumed', setFor: '2017/18', assumption: { kind: 'percentage', needsReferendum: false } });
    expect(y17.bandD.sources).toEqual(['a17', 'precept16']);
    // The most without a referendum in 2018/19: + £12 (up to and including) = £161.93.
    expect(y18.bandD.value.toPence()).toBe('161.93');
    expect(y18.bandD.assumption).toEqual({ kind: 'max_without_referendum', principlesOf: '2018/19' });
    // + £30 in 2019/20 is over the £24 principle: used, and flagged.
    expect(y19.bandD.value.toPence()).toBe('191.93');
    expect(y19.bandD.assumption).toMatchObject({ kind: 'pound', needsReferendum: true });
    expect(mtfp.warnings).toContain(
      '2019/20: the assumed Band D of £191.93. Needs a referendum: the 2019/20 principle for all PCCs allows an increase of up to and including £24.00, so at most £185.93 Band D',
    );
  });

  it('shows the council tax requirement (s42A): Band D × tax base', () => {
    // 2017/18: £149.93 × 424,200 (420,000 × 1.01) = £63,600,306.00.
    expect(y17.councilTaxRequirement.value.toPence()).toBe('63600306.00');
    expect(y17.councilTaxRequirement.value.equals(y17.income.value)).toBe(true);
    // 2018/19: £161.93 × 430,563 (424,200 × 1.015) = £69,721,066.59.
    expect(y18.councilTaxRequirement.value.toPence()).toBe('69721066.59');
    const json = mtfpToJson(mtfp).years[1].funding.precept;
    expect(json.councilTaxRequirement).toEqual({ value: '63600306.00', sources: json.income.sources });
    expect(json.bandD.assumption).toEqual({ kind: 'percentage', rate: '0.0199', needsReferendum: false });
  });

  it('carries the year before’s Band D where no assumption is recorded, and says so', () => {
    const { a19: _dropped, ...without } = events;
    const frozen = projectMtfp({ facts: factsFrom(without), from: '2019/20', years: 1, referendumPrinciplesFor: published });
    expect(frozen.years[0].funding.precept.bandD).toMatchObject({ basis: 'frozen', setFor: '2018/19' });
    expect(frozen.years[0].funding.precept.bandD.value.toPence()).toBe('161.93');
    expect(frozen.warnings).toContain(
      'No Band D or precept assumption is recorded for 2019/20: the plan carries £161.93 (a freeze); record a precept assumption to say so',
    );
  });

  it('for a year with no principle recorded, assumes the latest earlier one continues, and says so', () => {
    const untilThen = (year: string) => (year <= '2018/19' ? published(year) : []);
    const facts = factsFrom({ ...events, a19: assume('2019/20', { kind: 'max_without_referendum' }) });
    const later = projectMtfp({ facts, from: '2019/20', years: 1, referendumPrinciplesFor: untilThen });
    // £161.93 + the 2018/19 £12 = £173.93.
    expect(later.years[0].funding.precept.bandD.value.toPence()).toBe('173.93');
    expect(later.years[0].funding.precept.bandD.assumption).toEqual({ kind: 'max_without_referendum', principlesOf: '2018/19' });
    expect(later.warnings).toContain(
      'No referendum principle is recorded for 2019/20: "most without a referendum" assumes the 2018/19 principle continues (an increase of up to and including £12.00)',
    );
    // With no principle at all, or none available: a freeze, said.
    const maxIn17 = factsFrom({ ...baseEvents, a17: assume('2017/18', { kind: 'max_without_referendum' }) });
    const none = projectMtfp({ facts: maxIn17, from: '2017/18', years: 1, referendumPrinciplesFor: () => [] });
    expect(none.years[0].funding.precept.bandD.value.toPence()).toBe('147.00');
    expect(none.warnings).toContain(
      'No referendum principle is recorded for 2017/18 or any earlier year: "most without a referendum" is taken as a freeze',
    );
    const unavailable = projectMtfp({ facts: maxIn17, from: '2017/18', years: 1 });
    expect(unavailable.years[0].funding.precept.bandD.value.toPence()).toBe('147.00');
    expect(unavailable.warnings).toContain(
      '2017/18: no referendum principles were available to the plan, so "most without a referendum" is taken as a freeze',
    );
  });

  it('uses a Band D recorded for the year over the assumption for it', () => {
    const approved: ForceFinanceEvent = { type: 'PreceptRecorded.v1', data: { year: '2017/18', bandD: '152', status: 'approved' } };
    const set = projectMtfp({ facts: factsFrom({ ...events, approved }), from: '2017/18', years: 2, referendumPrinciplesFor: published });
    expect(set.years[0].funding.precept.bandD).toMatchObject({ basis: 'approved' });
    expect(set.years[0].funding.precept.bandD.value.toPence()).toBe('152.00');
    // 2018/19 builds on it: £152 + £12 = £164.00.
    expect(set.years[1].funding.precept.bandD.value.toPence()).toBe('164.00');
  });
});
