import type { ForceFinanceEvent } from '../force-finance/force-finance.events';
import { mtfpToJson } from './mtfp-to-json';
import { projectMtfp } from './project-mtfp';
import { factsFrom, baseEvents, reserveMovement, reserveOpened } from '../../test/fixtures/mtfp-facts.fixture';

const opened = reserveOpened;
const movement = reserveMovement;

/** Two reserves used within the MTFP, one outturned for 2016/17 and one not, and a general reserve with a plan only. */
const events: Record<string, ForceFinanceEvent> = {
  ...baseEvents,
  support: opened('support', 'earmarked', '25300000', 'within_mtfp'),
  estates: opened('estates', 'earmarked', '4000000', 'within_mtfp'),
  general: opened('general', 'general', '7000000'),
  supportPlan: movement('support', '2016/17', 'drawdown', 'planned', '4450000'),
  estatesPlan: movement('estates', '2016/17', 'drawdown', 'planned', '1000000'),
  generalPlan: movement('general', '2016/17', 'contribution', 'planned', '200000'),
  supportActual: movement('support', '2016/17', 'drawdown', 'actual', '3000000'),
};

describe('projectMtfp: a purpose total carries its actual and variance', () => {
  const mtfp = projectMtfp({ facts: factsFrom(events), from: '2016/17', years: 2 });
  const [y16, y17] = mtfp.years;
  const within = (year: typeof y16) => year.reservesByPurpose.find((g) => g.purposeCategory === 'within_mtfp')!;

  it("counts each reserve's actual where recorded and its plan where not, and adds up the variances", () => {
    const drawdowns = within(y16).plannedAndActual.drawdowns;
    // Planned: 4.45m + 1m = 5.45m. Actual: support's 3m actual + estates' 1m plan (no outturn) = 4m.
    // Variance: support's 3m − 4.45m = −1.45m; estates none; 4m − 5.45m = −1.45m.
    expect(drawdowns.planned.value.toPence()).toBe('5450000.00');
    expect(drawdowns.actual!.value.toPence()).toBe('4000000.00');
    expect(drawdowns.variance!.value.toPence()).toBe('-1450000.00');
    // The actual is what the balances count: the group's drawdowns (3m + 1m).
    expect(drawdowns.actual!.value.toPence()).toBe(within(y16).drawdowns.value.toPence());
    expect(drawdowns.variance!.sources).toEqual(['supportActual', 'supportPlan']);
  });

  it('leaves actual and variance empty while none of the reserves has an outturn', () => {
    expect(within(y16).plannedAndActual.contributions).toMatchObject({ actual: null, variance: null });
    expect(within(y16).plannedAndActual.contributions.planned.value.toPence()).toBe('0.00');
    const contingency = y16.reservesByPurpose.find((g) => g.purposeCategory === 'contingency')!;
    // The general reserve's planned £200,000 contribution, no actual recorded.
    expect(contingency.plannedAndActual.contributions.planned.value.toPence()).toBe('200000.00');
    expect(contingency.plannedAndActual.contributions.actual).toBeNull();
    // 2017/18 has no movements at all.
    expect(within(y17).plannedAndActual.drawdowns).toMatchObject({ actual: null, variance: null });
  });

  it('renders them as JSON figures, so /mtfp/explain finds them by line', () => {
    const json = mtfpToJson(mtfp).years[0].reservesByPurpose[0];
    expect(json.plannedAndActual.drawdowns).toEqual({
      planned: { value: '5450000.00', sources: ['supportPlan', 'estatesPlan'] },
      actual: { value: '4000000.00', sources: expect.arrayContaining(['supportActual', 'estatesPlan']) },
      variance: { value: '-1450000.00', sources: ['supportActual', 'supportPlan'] },
    });
  });
});
