import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../common/errors';
import { CommandRunner } from '../../event-sourcing/command-runner';
import type { WriteResult } from '../../event-sourcing/write-context';
import { ForceLookup } from '../../forces/force-lookup';
import { Plans } from '../../planning/plans.service';
import type { NreFigure } from '../alliance.commands';
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
    private readonly plans: Plans,
  ) {}

  async execute({ command, context }: AllianceCommandMessage): Promise<WriteResult> {
    // A code from the URL that could never have been formed names no alliance; keep it out of stream ids.
    if (command.type !== 'FormAlliance' && !COLLABORATION_CODE.test(command.allianceCode)) {
      throw new NotFoundError(`No alliance "${command.allianceCode.slice(0, 40)}" has been formed. GET /alliances lists the alliances.`);
    }
    const typed = toAllianceCommand(await this.withShareBasisNre(await this.withKnownForces(command)));
    return this.runner.run(allianceDecider, allianceStreamId(command.allianceCode), typed, context);
  }

  /** Whether a force exists is another stream's fact: the two commands that bring a force in are told which are registered. */
  private async withKnownForces(command: AllianceRequest): Promise<SentAllianceCommand> {
    if (command.type === 'FormAlliance' || command.type === 'InviteMember')
      return { ...command, knownForces: await this.forces.knownCodes() };
    return command;
  }

  /**
   * The commands that fix a unit's shares are told the members' NRE as their MTFPs stand now
   * (before alliance lines, the figures shares on that basis have always used), for every year
   * a basis of the alliance names and for a new basis's own year.
   */
  private async withShareBasisNre(command: SentAllianceCommand): Promise<SentAllianceCommand> {
    if (command.type !== 'SetUnitBudget' && command.type !== 'SetCostShareBasis' && command.type !== 'FixUnitShares') return command;
    const { reader } = await this.plans.at();
    const alliance = reader.alliance(command.allianceCode);
    if (!alliance) return command;
    const newBasis = command.type === 'SetCostShareBasis' ? (command.basis as { kind?: unknown; year?: unknown }) : undefined;
    const extraYears = newBasis?.kind === 'net_revenue_budget' && typeof newBasis.year === 'string' ? [newBasis.year] : [];
    let table;
    try {
      table = reader.nreForShareBases([alliance], extraYears);
    } catch {
      return command; // a malformed year: parsing the command says which field
    }
    const shareBasisNre: NreFigure[] = [];
    for (const [force, byYear] of table) for (const [year, nre] of byYear) shareBasisNre.push({ force, year, nre: nre.toExact() });
    return { ...command, shareBasisNre };
  }
}
