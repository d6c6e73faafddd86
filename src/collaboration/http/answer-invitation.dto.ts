import { IsFreeText } from '../../http/validation/text-validators';
import { WriteDto } from '../../http/write.dto';

/** Accepting needs nothing but the force's word (a `reason` is welcome, and recorded). */
export class AcceptInvitationDto extends WriteDto {}

/** Withdrawing an unanswered invitation: the alliance's side. */
export class WithdrawInvitationDto extends WriteDto {}

/** Declining needs a reason, recorded in the event so the alliance's audit trail shows why. Not a WriteDto: there the reason is optional. */
export class DeclineInvitationDto {
  @IsFreeText(1000, { min: 1 })
  reason!: string;
}
