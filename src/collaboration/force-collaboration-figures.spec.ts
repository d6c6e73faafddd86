import { allianceDecider } from './alliance.decider';
import { bchEvents, bchNre, BCH_STREAM, foldWithRefs } from '../../test/fixtures/bch-alliance.fixture';
import { collaborationAveragesDecider } from './collaboration-averages.decider';
import { COLLABORATION_AVERAGES_STREAM } from './collaboration-averages.stream';
import { forceCollaborationDecider } from './force-collaboration.decider';
import { forceCollaborationStreamId } from './force-collaboration.stream';
import { forceCollaboration, forceCollaborationToJson } from './force-collaboration-figures';
import { NO_NRE_FIGURES, nreByForceAndYear } from './net-revenue-expenditure';

const bch = foldWithRefs(allianceDecider, BCH_STREAM, bchEvents);
const hertsSpend = foldWithRefs(forceCollaborationDecider, forceCollaborationStreamId('herts'), [
  {
    type: 'CollaborationSpendRecorded.v1',
    data: { year: '2016/17', partner: 'police', amount: '2800000', description: 'Seven-force eastern region: procurement and ICT' },
  },
  {
    type: 'CollaborationSpendRecorded.v1',
    data: { year: '2016/17', partner: 'non_police', amount: '1200000', description: 'Fire, local authorities and health' },
  },
  {
    type: 'CollaborationSpendRecorded.v1',
    data: { year: '2019/20', partner: 'police', amount: '5100000', description: 'Seven-force eastern region: procurement and ICT' },
  },
  {
    type: 'CollaborationSpendRecorded.v1',
    data: { year: '2019/20', partner: 'non_police', amount: '1300000', description: 'Fire, local authorities and health' },
  },
]);
const averages = foldWithRefs(collaborationAveragesDecider, COLLABORATION_AVERAGES_STREAM, [
  { type: 'NationalCollaborationAverageRecorded.v1', data: { year: '2016/17', policeShareOfNre: '0.119', nonPoliceShareOfNre: '0.034' } },
  { type: 'NationalCollaborationAverageRecorded.v1', data: { year: '2019/20', policeShareOfNre: '0.148', nonPoliceShareOfNre: '0.035' } },
]);

describe("a force's collaboration", () => {
  const herts = forceCollaboration({
    force: 'herts',
    years: ['2016/17', '2019/20'],
    alliances: [bch],
    spend: hertsSpend,
    averages,
    nre: bchNre,
  });
  const json = forceCollaborationToJson(herts);

  it('reproduces HMIC’s figures for Hertfordshire (Efficiency 2016, figures 5 and 6)', () => {
    expect(
      json.years.map((y) => ({
        year: y.year,
        nre: y.nre,
        police: [y.police.amount, y.police.percentOfNre, y.police.nationalAverage?.percentOfNre],
        nonPolice: [y.nonPolice.amount, y.nonPolice.percentOfNre, y.nonPolice.nationalAverage?.percentOfNre],
      })),
    ).toEqual([
      { year: '2016/17', nre: '187000000.00', police: ['48800000.00', '26.1', '11.9'], nonPolice: ['1200000.00', '0.6', '3.4'] },
      { year: '2019/20', nre: '190000000.00', police: ['62300000.00', '32.8', '14.8'], nonPolice: ['1300000.00', '0.7', '3.5'] },
    ]);
  });

  it('shows the fraction to 4 dp beside the rounded percentage, and keeps every digit for the arithmetic', () => {
    // 48.8 / 187 = 0.26096256…: a presentation value, not 40 significant digits.
    expect(json.years[0].police.shareOfNre).toBe('0.2610');
    expect(herts.years[0].police.shareOfNre!.times(187000000).toFixed(2)).toBe('48800000.00');
    // 1.3 / 190 = 0.00684210…
    expect(json.years[1].nonPolice.shareOfNre).toBe('0.0068');
  });

  it('builds police spend from its part of every joint unit plus the spend it recorded, each line citing its events', () => {
    expect(json.years[0].police.lines.map((l) => [l.kind, l.description, l.amount])).toEqual([
      ['unit_contribution', 'BCH strategic alliance – Joint Protective Services', '12000000.00'],
      ['unit_contribution', 'BCH strategic alliance – Operational Support', '16000000.00'],
      ['unit_contribution', 'BCH strategic alliance – Organisational Support', '18000000.00'],
      ['recorded_spend', 'Seven-force eastern region: procurement and ICT', '2800000.00'],
    ]);
    expect(json.years[1].police.lines.map((l) => l.amount)).toEqual(['15200000.00', '22000000.00', '20000000.00', '5100000.00']);
    expect(json.years[0].police.lines[0].sources).toEqual(expect.arrayContaining(['alliance-bch@1', 'alliance-bch@4', 'alliance-bch@9']));
    expect(json.years[0].police.sources).toEqual(
      expect.arrayContaining(['force-collaboration-herts@0', 'reference-collaboration-averages@0']),
    );
    expect(json.years[0].issues).toEqual([]);
  });

  it('leaves the percentages out, saying why, when the NRE is not available', () => {
    const noNre = forceCollaborationToJson(
      forceCollaboration({ force: 'herts', years: ['2016/17'], alliances: [bch], spend: hertsSpend, nre: NO_NRE_FIGURES }),
    );
    const y = noNre.years[0];
    expect(y.police.percentOfNre).toBeNull();
    expect(y.police.nationalAverage).toBeNull();
    // The Organisational Support share needs 2015/16 NRE too, so its cost cannot be counted.
    expect(y.police.amount).toBe('30800000.00');
    expect(y.issues).toEqual([
      'BCH strategic alliance – Organisational Support: Organisational Support is shared by 2015/16 net revenue budgets, but the 2015/16 net revenue budget of "beds" was not available. Its cost is left out of 2016/17.',
      'The 2016/17 net revenue expenditure of "herts" was not available, so its collaboration cannot be shown as a share of it.',
    ]);
  });

  it("shares NRE-based units by the share-basis NRE, and divides by the force's own NRE, when the two differ", () => {
    // The force's own NRE (its full MTFP) says nothing sensible about 2015/16; the share bases' NRE does.
    const ownNre = nreByForceAndYear([
      { force: 'herts', year: '2016/17', nre: '187000000.00' },
      { force: 'beds', year: '2015/16', nre: '1.00' },
      { force: 'cambs', year: '2015/16', nre: '1.00' },
      { force: 'herts', year: '2015/16', nre: '1.00' },
    ]);
    const split = forceCollaborationToJson(
      forceCollaboration({ force: 'herts', years: ['2016/17'], alliances: [bch], spend: hertsSpend, nre: ownNre, shareBasisNre: bchNre }),
    );
    expect(split.years[0].police.lines.find((l) => l.unitCode === 'org')?.amount).toBe('18000000.00');
    expect(split.years[0]).toMatchObject({ nre: '187000000.00', police: { amount: '48800000.00', percentOfNre: '26.1' } });
  });

  it('counts nothing from an alliance the force is not a member of that year', () => {
    const beforeBch = forceCollaboration({ force: 'herts', years: ['2011/12'], alliances: [bch], nre: bchNre });
    expect(beforeBch.years[0].police.amount.toPence()).toBe('0.00');
    expect(forceCollaboration({ force: 'norfolk', years: ['2016/17'], alliances: [bch], nre: bchNre }).years[0].police.lines).toEqual([]);
  });
});
