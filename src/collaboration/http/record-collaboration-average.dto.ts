import { IsFinancialYear, IsRate } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';

/** The England and Wales averages HMIC publishes, as fractions of NRE: "0.119" is 11.9 %. */
export class RecordCollaborationAverageDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  @IsRate({ min: '0', max: '1' })
  policeShareOfNre!: string;

  @IsRate({ min: '0', max: '1' })
  nonPoliceShareOfNre!: string;
}
