import { IsIn } from 'class-validator';
import { IsFinancialYear, IsMoney } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import { COLLABORATION_PARTNERS, type CollaborationPartner } from '../force-collaboration.events';
import { IsFreeText } from '../../http/validation/text-validators';

export class RecordCollaborationSpendDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  /** police: other forces outside the alliance's joint units; non_police: fire, councils, health. */
  @IsIn(COLLABORATION_PARTNERS, { message: `must be one of ${COLLABORATION_PARTNERS.join(', ')}` })
  partner!: CollaborationPartner;

  /** The year's spend in pounds; recording the same year and partner again replaces it. */
  @IsMoney()
  amount!: string;

  /** e.g. "Seven-force eastern region: procurement and ICT". */
  @IsFreeText(500, { min: 1 })
  description!: string;
}
