import { Injectable } from '@nestjs/common';
import type { MembershipReader } from '../../auth/access-readers';
import type { Membership } from '../../auth/access-rules';
import { Plans } from '../../planning/plans.service';

/** Alliance membership as the access rules read it, from the alliances as they stand now (registered with AuthModule by the app). */
@Injectable()
export class AllianceMembershipReader implements MembershipReader {
  constructor(private readonly plans: Plans) {}

  async membership(): Promise<Membership> {
    const { reader } = await this.plans.at();
    const alliances = reader.alliances();
    return {
      membersOf: (alliance) => alliances.find((a) => a.allianceCode === alliance)?.members.map((m) => m.force) ?? [],
      alliancesOf: (force) => alliances.filter((a) => a.members.some((m) => m.force === force)).map((a) => a.allianceCode as string),
    };
  }
}
