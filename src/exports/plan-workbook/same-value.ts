import { Dec } from '../../common/decimal';

/** Equal as figures when both are numbers ("2400000" and "2400000.00"), else as text. */
export function sameValue(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return new Dec(a).eq(new Dec(b));
  } catch {
    return false;
  }
}
