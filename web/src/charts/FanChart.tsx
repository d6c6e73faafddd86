import { useMemo } from 'react';
import { formatMillions, formatRate, plotValue } from '../format/money';
import type { StressYearJson } from '../stress/types';
import { EChart, type ChartOption } from './EChart';

const axisMillions = { type: 'value', axisLabel: { formatter: (v: number) => `£${(v / 1e6).toFixed(1)}m` } };
const PAPER = '#ffffff';

/**
 * The gap's fan by year: the 5th–95th percentile band (the 95th filled to the axis, the 5th
 * painted over it in the page colour, so the browser draws the service's figures and subtracts
 * nothing), the median and the plan's own gap as lines.
 */
export default function FanChart({ years }: { years: StressYearJson[] }) {
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0, data: ['95th percentile', 'Median', '5th percentile', 'Plan'] },
      xAxis: { type: 'category', boundaryGap: false, data: years.map((y) => y.year) },
      yAxis: axisMillions,
      series: [
        band(
          '95th percentile',
          years.map((y) => plotValue(y.gap.p95)),
          '#f4c7c3',
        ),
        band(
          '5th percentile',
          years.map((y) => plotValue(y.gap.p5)),
          PAPER,
        ),
        { name: 'Median', type: 'line', data: years.map((y) => plotValue(y.gap.p50)), lineStyle: { color: '#a4161a', width: 2 } },
        { name: 'Plan', type: 'line', data: years.map((y) => plotValue(y.plan.gap)), lineStyle: { color: '#1b1f24', type: 'dashed' } },
      ],
    }),
    [years],
  );
  const words = years
    .map((y) => {
      const breach = y.generalReserve?.belowMinimum
        ? `, ${formatRate(y.generalReserve?.belowMinimum.probability)} chance below the minimum reserve`
        : '';
      return `${y.year} median ${formatMillions(y.gap.p50)} (5th ${formatMillions(y.gap.p5)} to 95th ${formatMillions(y.gap.p95)})${breach}`;
    })
    .join('; ');
  return (
    <div>
      <h2>The gap&apos;s fan by year</h2>
      <EChart option={option} label={`Fan chart of the gap: ${words}`} />
    </div>
  );
}

function band(name: string, data: number[], colour: string) {
  return {
    name,
    type: 'line',
    data,
    symbol: 'none',
    lineStyle: { color: '#a4161a', width: 1, type: 'dotted' },
    itemStyle: { color: colour === PAPER ? '#a4161a' : colour },
    areaStyle: { origin: 'start', color: colour, opacity: 1 },
  };
}
