import { Global, Module } from '@nestjs/common';
import { ForceCommandHandler } from './http/force-command.handler';
import { ForceLookup } from './force-lookup';
import { GetForceHandler, ListForcesHandler } from './http/force.queries';
import { ForcesController } from './http/forces.controller';

/** Global so every capability's command handlers can check a force exists (ForceLookup). */
@Global()
@Module({
  controllers: [ForcesController],
  providers: [ForceCommandHandler, ListForcesHandler, GetForceHandler, ForceLookup],
  exports: [ForceLookup],
})
export class ForcesModule {}
