import { allianceDecider } from './alliance.decider';
import type { AllianceEvent } from './alliance.events';
import { allianceSavingsLines } from './alliance-savings-lines';
import { nreByForceAndYear } from './net-revenue-expenditure';
import { bchEvents, bchNre, BCH_STREAM, foldWithRefs } from '../../test/fixtures/bch-alliance.fixture';

/** Two programmes in 2016/17: one of JPS (fixed shares), one of Organisational Support (shared by 2015/16 NRE). */
const programme = (programmeCode: string, unitCode: string): AllianceEvent[] => [
  { type: 'SavingsProgrammeStarted.v1', data: { programmeCode, name: programmeCode, unitCode, cashable: true, startYear: '2016/17' } },
  { type: 'SavingsPlanned.v1', data: { programmeCode, year: '2016/17', amount: '1000000' } },
];
const bch = foldWithRefs(allianceDecider, BCH_STREAM, [...bchEvents, ...programme('jps-p', 'jps'), ...programme('org-p', 'org')]);
const line = (lines: ReturnType<typeof allianceSavingsLines>, programmeCode: string) =>
  lines.find((l) => l.code.endsWith(`:${programmeCode}`))!;

describe("a member's alliance savings lines, kept per alliance facts and the NRE figures they read", () => {
  it('keeps a line while its inputs stand, and works out again only the line whose shares read a moved NRE', () => {
    const first = allianceSavingsLines(bch, 'herts', ['2016/17'], bchNre);
    const again = allianceSavingsLines(bch, 'herts', ['2016/17'], bchNre);
    expect(line(again, 'jps-p')).toBe(line(first, 'jps-p'));
    expect(line(again, 'org-p')).toBe(line(first, 'org-p'));

    const moved = nreByForceAndYear([
      { force: 'beds', year: '2015/16', nre: '100000000.00' },
      { force: 'cambs', year: '2015/16', nre: '130000000.00' },
      { force: 'herts', year: '2015/16', nre: '200000000.00' },
    ]);
    const after = allianceSavingsLines(bch, 'herts', ['2016/17'], moved);
    expect(line(after, 'jps-p')).toBe(line(first, 'jps-p'));
    expect(line(after, 'org-p')).not.toBe(line(first, 'org-p'));
    // £1m by 180 of 410, then by 200 of 430.
    expect([line(first, 'org-p').amount, line(after, 'org-p').amount]).toEqual(['439024.39', '465116.28']);
    // Each force's lines are its own.
    expect(line(allianceSavingsLines(bch, 'beds', ['2016/17'], bchNre), 'jps-p').amount).toBe('300000');
  });

  it('carries a recurring programme’s earlier years into the years asked, whichever years are asked in turn', () => {
    const recurring = foldWithRefs(allianceDecider, BCH_STREAM, [
      ...bchEvents,
      {
        type: 'SavingsProgrammeStarted.v1',
        data: { programmeCode: 'rec', name: 'rec', unitCode: 'jps', cashable: true, startYear: '2017/18', recurrence: 'recurring' },
      },
      ...['2017/18', '2018/19', '2019/20'].map((year): AllianceEvent => ({
        type: 'SavingsPlanned.v1',
        data: { programmeCode: 'rec', year, amount: '1000000' },
      })),
    ]);
    const yearsOf = (asked: string[]) =>
      allianceSavingsLines(recurring, 'herts', asked, bchNre)
        .filter((l) => l.code.endsWith(':rec'))
        .map((l) => l.year);
    expect(yearsOf(['2019/20'])).toEqual(['2017/18', '2018/19', '2019/20']);
    expect(yearsOf(['2018/19'])).toEqual(['2017/18', '2018/19']);
    expect(yearsOf(['2017/18'])).toEqual(['2017/18']);
    expect(yearsOf(['2019/20'])).toEqual(['2017/18', '2018/19', '2019/20']);
  });
});
