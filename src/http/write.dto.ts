import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Fields every write may carry besides its own. Write DTOs extend this. */
export class WriteDto {
  /** Why, in the writer's words; recorded in the metadata of every event the write records. */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}
