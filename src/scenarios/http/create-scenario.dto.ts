import { Matches, NotEquals } from 'class-validator';
import { IsForceCode } from '../../http/validation/field-validators';
import { WriteDto } from '../../http/write.dto';
import { SCENARIO_ID } from '../scenario.stream';
import { Omittable } from '../../http/validation/omittable';
import { IsFreeText, IsName } from '../../http/validation/text-validators';

/** A new branch of the plan: of the baseline (optionally as it stood at a past moment) or of another scenario. */
export class CreateScenarioDto extends WriteDto {
  /** A short code used in URLs, e.g. "pay-3-5": lower-case letters, digits and hyphens ("baseline" is taken: it means the baseline). */
  @Matches(SCENARIO_ID, {
    message: 'must be a short code of lower-case letters, digits and hyphens, e.g. "pay-3-5" (at most 64 characters)',
  })
  @NotEquals('baseline', { message: 'cannot be "baseline": that names the plan itself' })
  id!: string;

  /** e.g. "Pay award 3.5 %, grant flat, precept +£10 a year". */
  @IsName(200)
  name!: string;

  @Omittable()
  @IsFreeText(2000)
  description?: string;

  /** The force whose plan the scenario varies; its overrides are that force's. */
  @IsForceCode()
  force!: string;

  /** "baseline", or the id of the scenario this one branches from (inheriting its overrides). */
  @Matches(/^(?:baseline|[a-z0-9][a-z0-9-]{0,63})$/, { message: 'must be "baseline" or the id of a scenario to branch from' })
  basedOn!: string;

  /** Only for a branch of the baseline: the baseline as it stood at this ISO time or global position (default: as it stands, always). */
  @Omittable()
  @Matches(/^[0-9A-Za-z:.+-]{1,40}$/, { message: 'must be an ISO time (e.g. "2017-02-01T18:00:00Z") or a global position (e.g. "1234")' })
  asOf?: string;
}
