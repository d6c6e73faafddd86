import { describe, expect, it } from 'vitest';
import { formatDateTime } from './date-time';

describe('formatDateTime', () => {
  it('shows a winter time as GMT: London is on UTC in November', () => {
    expect(formatDateTime('2026-11-30T18:43:39.738Z')).toBe('30 Nov 2026, 18:43');
  });

  it('shows a summer time as BST: 23:30 UTC on 30 June is 00:30 on 1 July in London', () => {
    expect(formatDateTime('2019-06-30T23:30:00.000Z')).toBe('1 Jul 2019, 00:30');
  });

  it('leaves what is not a time as it is, and shows a dash for nothing', () => {
    expect(formatDateTime('not recorded')).toBe('not recorded');
    expect(formatDateTime(undefined)).toBe('–');
  });
});
