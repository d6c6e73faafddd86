import { IsRate } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';

export class SetMinimumGeneralReserveDto extends WriteDto {
  /** The force's policy minimum for general reserves as a share of NRE, e.g. "0.03" for 3 %. */
  @IsRate({ min: '0', max: '1' })
  shareOfNre!: string;
}
