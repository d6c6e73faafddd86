import { Module } from '@nestjs/common';
import { WorkedExampleSeeder } from './worked-example.seeder';

/** Records the Hertfordshire / BCH worked example into an empty store on start. */
@Module({ providers: [WorkedExampleSeeder] })
export class WorkedExampleModule {}
