import { IsFreeText } from './validation/text-validators';
import { Omittable } from './validation/omittable';

/** Fields every write may carry besides its own. Write DTOs extend this. */
export class WriteDto {
  /** Why, in the writer's words; recorded in the metadata of every event the write records. */
  @Omittable()
  @IsFreeText(1000)
  reason?: string;
}
