import { describe, expect, it } from 'vitest';
import { filenameOf } from '../api/client';
import { withFormat } from './Downloads';

describe('downloads', () => {
  it('adds the format to a path with or without a query', () => {
    expect(withFormat('/forces/herts/mtfp', 'csv')).toBe('/forces/herts/mtfp?format=csv');
    expect(withFormat('/forces/herts/mtfp?asOf=179', 'xlsx')).toBe('/forces/herts/mtfp?asOf=179&format=xlsx');
  });

  it("saves under the service's filename from Content-Disposition", () => {
    expect(filenameOf('attachment; filename="herts-mtfp-2016-17.csv"')).toBe('herts-mtfp-2016-17.csv');
    expect(filenameOf("attachment; filename*=UTF-8''herts%20audit.xlsx")).toBe('herts audit.xlsx');
    expect(filenameOf(null)).toBeNull();
  });
});
