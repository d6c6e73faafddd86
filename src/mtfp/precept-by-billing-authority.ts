import { allocate } from '../common/allocation';
import { Dec } from '../common/decimal';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { mergeSources, type MoneyFigure } from './figure';
import type { MtfpBillingAuthorityPrecept, TaxBaseFigure } from './mtfp-projection';

/**
 * The precept issued to each billing authority, where the force records its tax base by billing
 * authority: the council tax requirement split in proportion to each authority's share of the
 * tax base (the 1992 Act's apportionment), to the penny, conserving every penny (largest
 * remainder). A projected year splits by the shares of the tax base it was projected from.
 * Empty when the tax base used was recorded as a total only.
 */
export function preceptByBillingAuthority(
  facts: ForceFinanceState,
  taxBase: TaxBaseFigure,
  councilTaxRequirement: MoneyFigure,
): MtfpBillingAuthorityPrecept[] {
  const recorded = taxBase.recordedFor ? facts.taxBases[taxBase.recordedFor] : undefined;
  const authorities = recorded?.billingAuthorities;
  if (!recorded || !authorities || authorities.length === 0) return [];
  const scale = taxBase.value.dividedBy(recorded.bandDEquivalents);
  const split = allocate(
    councilTaxRequirement.value,
    authorities.map((a) => ({ key: a.code, weight: new Dec(a.bandDEquivalents) })),
  );
  return authorities.map((a, i) => ({
    code: a.code,
    name: a.name,
    taxBase: { value: new Dec(a.bandDEquivalents).times(scale), sources: [...taxBase.sources] },
    precept: { value: split[i].amount, sources: mergeSources(councilTaxRequirement.sources) },
  }));
}
