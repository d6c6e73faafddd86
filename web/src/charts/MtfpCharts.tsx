import { useMemo } from 'react';
import { formatMillions, plotValue } from '../format/money';
import type { MtfpYearJson } from '../mtfp/types';
import { EChart, type ChartOption } from './EChart';

const axisMillions = { type: 'value', axisLabel: { formatter: (v: number) => `£${(v / 1e6).toFixed(1)}m` } };

/** The gap by year, and each reserve's glide path against the minimum general reserve. */
export default function MtfpCharts({ years }: { years: MtfpYearJson[] }) {
  const labels = years.map((y) => y.year);
  const gap = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `£${v.toLocaleString('en-GB', { minimumFractionDigits: 2 })}` },
      xAxis: { type: 'category', data: labels },
      yAxis: axisMillions,
      series: [{ name: 'Gap', type: 'bar', data: years.map((y) => plotValue(y.gap.value)), itemStyle: { color: '#a4161a' } }],
    }),
    [years],
  );
  const reserveIds = [...new Set(years.flatMap((y) => y.reserves.map((r) => r.reserveId)))];
  const glide = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      xAxis: { type: 'category', data: labels },
      yAxis: axisMillions,
      series: [
        ...reserveIds.map((id) => ({
          name: years.flatMap((y) => y.reserves).find((r) => r.reserveId === id)?.name ?? id,
          type: 'line',
          data: years.map((y) => plotValue(y.reserves.find((r) => r.reserveId === id)?.closing.value)),
        })),
        {
          name: 'Minimum general reserve',
          type: 'line',
          lineStyle: { type: 'dashed', color: '#a4161a' },
          data: years.map((y) => (y.generalReserve?.minimum ? plotValue(y.generalReserve.minimum.value) : null)),
        },
      ],
    }),
    [years],
  );
  return (
    <div>
      <h2>Gap by year</h2>
      <EChart option={gap} label={`Bar chart of the gap: ${years.map((y) => `${y.year} ${formatMillions(y.gap.value)}`).join(', ')}`} />
      <h2>Reserves glide path</h2>
      <EChart option={glide} label="Line chart of each reserve's closing balance by year, with the minimum general reserve dashed" />
    </div>
  );
}
