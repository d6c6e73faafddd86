import { IsIn } from 'class-validator';
import { WriteDto } from '../../http/write.dto';
import { UNIT_CATEGORIES, type UnitCategory } from '../alliance.events';
import { IsCollaborationCode, IsForceCode } from '../../http/validation/field-validators';
import { IsName } from '../../http/validation/text-validators';

export class EstablishUnitDto extends WriteDto {
  /** Short code used in URLs, e.g. "jps". */
  @IsCollaborationCode()
  code!: string;

  /** e.g. "Joint Protective Services". */
  @IsName(200)
  name!: string;

  /** The member force that runs the unit for the alliance. */
  @IsForceCode()
  leadForce!: string;

  @IsIn(UNIT_CATEGORIES, { message: `must be one of ${UNIT_CATEGORIES.join(', ')}` })
  category!: UnitCategory;
}
