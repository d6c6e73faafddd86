import { Body, Controller, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../auth/access.decorator';
import { ASSUMPTIONS_SHEET } from '../../exports/import/plan-input-sheets';
import { PlanInputSpreadsheetImport } from '../../exports/http/plan-input-spreadsheet.interceptor';
import { BudgetSpreadsheetImport, parseDryRun } from '../../exports/http/budget-spreadsheet.interceptor';
import type { WriteContext } from '../../event-sourcing/write-context';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { ForceFinanceCommandMessage } from './force-finance-command.message';
import { SetBaseBudgetDto } from './set-base-budget.dto';
import { SetPlanAssumptionsDto } from './set-plan-assumptions.dto';
import { SetPlanPeriodDto } from './set-plan-period.dto';

/** A dry run's answer: nothing was recorded; these events would have been. */
interface DryRunResponse {
  dryRun: true;
  stream: string;
  revision: string;
  wouldRecord: { type: string; data: unknown }[];
}

/** The frame of a force's MTFP: its plan period, base budgets and assumptions. */
@ApiTags('force finance')
@Controller('forces/:force')
export class PlanController {
  constructor(private readonly commands: CommandBus) {}

  @Post('plan-period')
  @Access('force.finance.write')
  @ApiOperation({ summary: "Set the force's plan period (first and last year of its MTFP); it must cover every year already recorded" })
  async setPlanPeriod(
    @Param('force') force: string,
    @Body() dto: SetPlanPeriodDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(force, { type: 'SetPlanPeriod', firstYear: dto.firstYear, lastYear: dto.lastYear }, ctx),
    );
    return writeResponse(res, result);
  }

  @Post('budgets')
  @Access('force.finance.write')
  @BudgetSpreadsheetImport()
  @ApiOperation({
    summary:
      'Record the base budget of a year (pay, non-pay and income lines); re-recording a year replaces it. JSON, or CSV / XLSX with ?year=',
  })
  async setBaseBudget(
    @Param('force') force: string,
    @Body() dto: SetBaseBudgetDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
    @Query('dryRun') dryRun?: unknown,
  ): Promise<WriteResponse | DryRunResponse> {
    const dry = parseDryRun(dryRun);
    const lines = dto.lines.map((l) => ({
      code: l.code,
      name: l.name,
      kind: l.kind,
      amount: l.amount,
      ...(l.payGroup !== undefined ? { payGroup: l.payGroup } : {}),
      ...(l.inflationCategory !== undefined ? { inflationCategory: l.inflationCategory } : {}),
    }));
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(force, { type: 'SetBaseBudget', year: dto.year, lines }, dry ? { ...ctx, dryRun: true } : ctx),
    );
    if (!dry) return writeResponse(res, result);
    res.status(200);
    return { dryRun: true, stream: result.stream, revision: result.revision, wouldRecord: result.wouldRecord ?? [] };
  }

  @Post('assumptions')
  @Access('force.finance.write')
  @PlanInputSpreadsheetImport(ASSUMPTIONS_SHEET)
  @ApiOperation({
    summary: 'Record the plan assumptions of a year: pay award, non-pay and income inflation, grant change, tax base growth',
  })
  async setAssumptions(
    @Param('force') force: string,
    @Body() dto: SetPlanAssumptionsDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const { year, payAward, nonPayInflation, incomeInflation, grantChange, taxBaseGrowth } = dto;
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(
        force,
        { type: 'SetPlanAssumptions', year, payAward, nonPayInflation, incomeInflation, grantChange, taxBaseGrowth },
        ctx,
      ),
    );
    return writeResponse(res, result);
  }
}
