import { IsIn, Matches, ValidateIf } from 'class-validator';
import { IsCollaborationCode, OnlyForKinds } from '../../http/validation/field-validators';
import { RECURRENCES, type Recurrence } from '../../force-finance/force-finance.events';
import { IsFinancialYear, IsMoney, IsRate } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import {
  EXTRA_ITEM_KINDS,
  PRECEPT_STRATEGY_KINDS,
  SLIPPAGE_MODES,
  type ExtraItemKind,
  type PreceptStrategyKind,
  type SlippageMode,
} from '../scenario.events';
import { IsFreeText } from '../../http/validation/text-validators';

const OVERRIDE_KINDS = ['assumptions', 'precept-strategy', 'savings-slippage', 'extra-item', 'extra-drawdown'] as const;
type OverrideKind = (typeof OVERRIDE_KINDS)[number];

const ID = /^[A-Za-z0-9._:-]{1,100}$/;
const ASSUMPTIONS = ['assumptions'] as const;
const STRATEGY = ['precept-strategy'] as const;
const SLIPPAGE = ['savings-slippage'] as const;
const ITEM = ['extra-item'] as const;
const DRAWDOWN = ['extra-drawdown'] as const;

/** Validates a field when its kind needs it, or when it is given at all (so a stray field of another kind is named). */
const when = (kinds: readonly OverrideKind[], field: keyof ScenarioOverrideDto) =>
  ValidateIf((o: ScenarioOverrideDto) => (kinds as readonly string[]).includes(o.kind) || o[field] !== undefined);
/** Validates a field only when it is given. */
const ifGiven = (field: keyof ScenarioOverrideDto) => ValidateIf((o: ScenarioOverrideDto) => o[field] !== undefined);

/**
 * One override of a scenario, discriminated by `kind`; each kind takes its own fields and a
 * field of another kind is refused. Every override is for the scenario's force; whether a year
 * is in its plan, a reserve or programme exists, and the like are the scenario's to decide (422).
 *
 * - assumptions: `year` and any of the five rates (decimal fractions) to use instead of the plan's;
 * - precept-strategy: `year`, `strategy` (freeze, percentage, pound, max_without_referendum) with
 *   `rate` for a percentage or `amount` (pounds and pence, may be negative) for a pound change;
 * - savings-slippage: `alliance`, `programme`, `year`, `share` (0 to 1) and `mode` (delayed_one_year, lost);
 * - extra-item: `itemKind` (cost_pressure, growth), `fromYear`, `amount`, `recurrence`, optional `itemId`, `description`;
 * - extra-drawdown: `reserveId`, `year`, `amount`, optional `description`.
 */
export class ScenarioOverrideDto extends WriteDto {
  @IsIn(OVERRIDE_KINDS, { message: `must be one of ${OVERRIDE_KINDS.join(', ')}` })
  kind!: OverrideKind;

  @when([...ASSUMPTIONS, ...STRATEGY, ...SLIPPAGE, ...DRAWDOWN], 'year')
  @OnlyForKinds([...ASSUMPTIONS, ...STRATEGY, ...SLIPPAGE, ...DRAWDOWN])
  @IsFinancialYear()
  year?: string;

  @ifGiven('payAward')
  @OnlyForKinds(ASSUMPTIONS)
  @IsRate()
  payAward?: string;

  @ifGiven('nonPayInflation')
  @OnlyForKinds(ASSUMPTIONS)
  @IsRate()
  nonPayInflation?: string;

  @ifGiven('incomeInflation')
  @OnlyForKinds(ASSUMPTIONS)
  @IsRate()
  incomeInflation?: string;

  @ifGiven('grantChange')
  @OnlyForKinds(ASSUMPTIONS)
  @IsRate()
  grantChange?: string;

  @ifGiven('taxBaseGrowth')
  @OnlyForKinds(ASSUMPTIONS)
  @IsRate()
  taxBaseGrowth?: string;

  @when(STRATEGY, 'strategy')
  @OnlyForKinds(STRATEGY)
  @IsIn(PRECEPT_STRATEGY_KINDS, { message: `must be one of ${PRECEPT_STRATEGY_KINDS.join(', ')}` })
  strategy?: PreceptStrategyKind;

  /** A percentage strategy's rise, e.g. "0.0199". */
  @ValidateIf((o: ScenarioOverrideDto) => o.strategy === 'percentage' || o.rate !== undefined)
  @OnlyForKinds(STRATEGY)
  @IsRate()
  rate?: string;

  /** A pound strategy's change to Band D, or an extra item's or drawdown's amount (pounds and pence). */
  @ValidateIf(
    (o: ScenarioOverrideDto) => o.strategy === 'pound' || o.kind === 'extra-item' || o.kind === 'extra-drawdown' || o.amount !== undefined,
  )
  @OnlyForKinds([...STRATEGY, ...ITEM, ...DRAWDOWN])
  @IsMoney({ allowNegative: true })
  amount?: string;

  @when(SLIPPAGE, 'alliance')
  @OnlyForKinds(SLIPPAGE)
  @IsCollaborationCode()
  alliance?: string;

  @when(SLIPPAGE, 'programme')
  @OnlyForKinds(SLIPPAGE)
  @IsCollaborationCode()
  programme?: string;

  /** The share of the year's savings that slips, "0.25" for a quarter. */
  @when(SLIPPAGE, 'share')
  @OnlyForKinds(SLIPPAGE)
  @IsRate({ min: '0', max: '1' })
  share?: string;

  @when(SLIPPAGE, 'mode')
  @OnlyForKinds(SLIPPAGE)
  @IsIn(SLIPPAGE_MODES, { message: `must be one of ${SLIPPAGE_MODES.join(', ')}` })
  mode?: SlippageMode;

  @when(ITEM, 'itemKind')
  @OnlyForKinds(ITEM)
  @IsIn(EXTRA_ITEM_KINDS, { message: `must be one of ${EXTRA_ITEM_KINDS.join(', ')}` })
  itemKind?: ExtraItemKind;

  /** Chosen by the caller, unique within the scenario; given one if left out. */
  @ifGiven('itemId')
  @OnlyForKinds(ITEM)
  @Matches(ID, { message: 'must be an id of letters, digits, ".", "_", ":" or "-" (at most 100 characters)' })
  itemId?: string;

  @when(ITEM, 'fromYear')
  @OnlyForKinds(ITEM)
  @IsFinancialYear()
  fromYear?: string;

  @when(ITEM, 'recurrence')
  @OnlyForKinds(ITEM)
  @IsIn(RECURRENCES, { message: `must be one of ${RECURRENCES.join(', ')}` })
  recurrence?: Recurrence;

  @when(DRAWDOWN, 'reserveId')
  @OnlyForKinds(DRAWDOWN)
  @Matches(ID, { message: 'must be the id of one of the force’s reserves, e.g. "budget-support"' })
  reserveId?: string;

  @ifGiven('description')
  @OnlyForKinds([...ITEM, ...DRAWDOWN])
  @IsFreeText(500)
  description?: string;
}
