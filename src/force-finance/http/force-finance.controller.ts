import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access } from '../../auth/access.decorator';
import { parseAsOf } from '../../http/as-of';
import { GetForceFinanceQuery } from './force-finance.queries';

@ApiTags('force finance')
@Controller('forces/:force/finance')
export class ForceFinanceController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('force.read')
  @ApiOperation({
    summary: "The force's recorded finance facts: plan period, base budgets, assumptions, items, funding, precepts, reserves",
  })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO time or global position' })
  get(@Param('force') force: string, @Query('asOf') asOf?: string) {
    return this.queries.execute(new GetForceFinanceQuery(force, parseAsOf(asOf)));
  }
}
