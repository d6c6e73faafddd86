import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../common/errors';
import { CommandRunner } from '../../event-sourcing/command-runner';
import type { WriteResult } from '../../event-sourcing/write-context';
import { ForceLookup } from '../../forces/force-lookup';
import { allianceDecider } from '../alliance.decider';
import { allianceStreamId } from '../alliance.stream';
import { COLLABORATION_CODE } from '../collaboration-input';
import { AllianceCommandMessage } from './alliance-command.message';
import { toAllianceCommand, type AllianceRequest, type SentAllianceCommand } from './to-command';

@CommandHandler(AllianceCommandMessage)
export class AllianceCommandHandler implements ICommandHandler<AllianceCommandMessage, WriteResult> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly forces: ForceLookup,
  ) {}

  async execute({ command, context }: AllianceCommandMessage): Promise<WriteResult> {
    // A code from the URL that could never have been formed names no alliance; keep it out of stream ids.
    if (command.type !== 'FormAlliance' && !COLLABORATION_CODE.test(command.allianceCode)) {
      throw new NotFoundError(`No alliance "${command.allianceCode.slice(0, 40)}" has been formed. GET /alliances lists the alliances.`);
    }
    const typed = toAllianceCommand(await this.withKnownForces(command));
    return this.runner.run(allianceDecider, allianceStreamId(command.allianceCode), typed, context);
  }

  /** Whether a force exists is another stream's fact: the two commands that bring a force in are told which are registered. */
  private async withKnownForces(command: AllianceRequest): Promise<SentAllianceCommand> {
    if (command.type === 'FormAlliance' || command.type === 'InviteMember')
      return { ...command, knownForces: await this.forces.knownCodes() };
    return command;
  }
}
