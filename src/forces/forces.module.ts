import { Module } from '@nestjs/common';
import { ForceCommandHandler } from './force-command.handler';
import { GetForceHandler, ListForcesHandler } from './force.queries';
import { ForcesController } from './forces.controller';

@Module({
  controllers: [ForcesController],
  providers: [ForceCommandHandler, ListForcesHandler, GetForceHandler],
})
export class ForcesModule {}
