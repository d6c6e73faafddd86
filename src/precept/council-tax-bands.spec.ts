import { Money } from '../common/money';
import { councilTaxBands } from './council-tax-bands';

describe('council tax bands', () => {
  it('published check: Band D £152.00 (2017/18) gives every band to the penny', () => {
    const bands = councilTaxBands(Money.of('152.00'));
    expect(Object.fromEntries(Object.entries(bands).map(([band, amount]) => [band, amount.toPence()]))).toEqual({
      A: '101.33',
      B: '118.22',
      C: '135.11',
      D: '152.00',
      E: '185.78',
      F: '219.56',
      G: '253.33',
      H: '304.00',
    });
  });
});
