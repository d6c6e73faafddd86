import { IsString } from 'class-validator';
import { IsName } from '../../http/validation/text-validators';
import { WriteDto } from '../../http/write.dto';
import { IsForceCode } from '../../http/validation/field-validators';

export class RegisterForceDto extends WriteDto {
  /** Short lower-case code used in URLs and stream ids, e.g. "herts". */
  @IsString()
  @IsForceCode({ message: 'must be 2–20 lower-case letters or digits, starting with a letter (e.g. "herts")' })
  code!: string;

  /** Full name, e.g. "Hertfordshire Constabulary". */
  @IsName(200)
  name!: string;
}

export class RenameForceDto extends WriteDto {
  @IsName(200)
  name!: string;
}
