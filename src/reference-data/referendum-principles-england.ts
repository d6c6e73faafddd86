import { ALL_PCCS, LOWEST_QUARTILE_PCCS, type ReferendumPrincipleData } from './referendum-principle';

const twoPercent = (year: string, note = ''): ReferendumPrincipleData => ({
  year,
  limit: { kind: 'percentage', rate: '0.02' },
  comparison: 'less_than',
  appliesTo: ALL_PCCS,
  note,
});
const pounds = (year: string, amount: string, appliesTo = ALL_PCCS, note = ''): ReferendumPrincipleData => ({
  year,
  limit: { kind: 'amount', amount },
  comparison: 'up_to_and_including',
  appliesTo,
  note,
});

/**
 * The published referendum principles for police precepts in England (shared/reference/
 * police-finance.md), as data to seed the `reference-referendum-principles` stream. Where a
 * year has an alternative for some PCCs (the £5 for lowest-quartile precepts), it is a second
 * principle for that year with its own `appliesTo`. Wales has no referendum principles.
 */
export const REFERENDUM_PRINCIPLES_ENGLAND: readonly ReferendumPrincipleData[] = [
  {
    year: '2012/13',
    limit: { kind: 'percentage', rate: '0.035' },
    comparison: 'less_than',
    appliesTo: ALL_PCCS,
    note: 'Unconfirmed: police may have had 4 % rather than 3.5 %; record the figure you hold to supersede this one.',
  },
  twoPercent('2013/14'),
  pounds('2013/14', '5', LOWEST_QUARTILE_PCCS, 'PCCs with historically low precepts could raise £5.'),
  twoPercent('2014/15'),
  twoPercent('2015/16', "Bedfordshire's referendum on a 15.8 % increase was lost; 2 % applied."),
  twoPercent('2016/17'),
  pounds('2016/17', '5', LOWEST_QUARTILE_PCCS, 'Lowest-quartile PCCs up to £5.'),
  twoPercent('2017/18'),
  pounds('2017/18', '5', LOWEST_QUARTILE_PCCS, 'Lowest-quartile PCCs up to and including £5.'),
  pounds('2018/19', '12'),
  pounds('2019/20', '24'),
  pounds('2020/21', '10'),
  pounds('2021/22', '15'),
  pounds('2022/23', '10'),
  pounds('2023/24', '15'),
  pounds('2024/25', '13'),
  pounds('2025/26', '14'),
  pounds('2026/27', '15'),
];

/** Which PCCs a year's group principle applies to, with the published source that says so. */
export interface ReferendumGroupMembersRow {
  year: string;
  appliesTo: string;
  forces: string[];
  reason: string;
}

const HERTS_LOWEST_QUARTILE =
  'HMIC, PEEL: Police efficiency 2016 – Hertfordshire (Nov 2016): "one of the ten lowest precept-level forces … retains the ability to increase … by more than the cap" (shared/reference/mtfp-practice.md). ' +
  "Only Hertfordshire is named in the source documents: record the quartile's other PCCs through POST /referendum-principles/members";

/**
 * The published membership of the years' groups, as far as the source documents name it:
 * Hertfordshire (force code "herts") among the lowest-quartile PCCs in 2016/17 and 2017/18, so
 * its £5 rise in 2017/18 (£147.00 → £152.00) needed no referendum.
 */
export const REFERENDUM_GROUP_MEMBERS_ENGLAND: readonly ReferendumGroupMembersRow[] = [
  { year: '2016/17', appliesTo: LOWEST_QUARTILE_PCCS, forces: ['herts'], reason: HERTS_LOWEST_QUARTILE },
  { year: '2017/18', appliesTo: LOWEST_QUARTILE_PCCS, forces: ['herts'], reason: HERTS_LOWEST_QUARTILE },
];
