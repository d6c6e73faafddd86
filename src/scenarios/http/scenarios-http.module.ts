import { Module } from '@nestjs/common';
import { CompareScenarioHandler } from './compare-scenario.query';
import { ScenarioCommandHandler } from './scenario-command.handler';
import { GetScenarioHandler, ListScenariosHandler } from './scenario.queries';
import { ScenariosController } from './scenarios.controller';

/** HTTP shell of scenarios: branches, their overrides, keep and discard, and comparisons. */
@Module({
  controllers: [ScenariosController],
  providers: [ScenarioCommandHandler, ListScenariosHandler, GetScenarioHandler, CompareScenarioHandler],
})
export class ScenariosHttpModule {}
