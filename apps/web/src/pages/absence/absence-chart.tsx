import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';

export type ChartPoint = { group: string; verzuimpercentage: number };

/** Loaded on demand: recharts is large and only the dashboard needs it. */
const AbsenceChart = ({ data, benchmark }: { data: ChartPoint[]; benchmark: number | null }) => {
  const { t } = useTranslation();
  return (
    <BarChart
      h={280}
      data={data}
      dataKey="group"
      series={[{ name: 'verzuimpercentage', label: t('absence.stats.verzuimpercentage'), color: 'indigo.6' }]}
      valueFormatter={(v) => `${v.toLocaleString(undefined, { maximumFractionDigits: 1 })}%`}
      referenceLines={
        benchmark === null
          ? []
          : [{ y: benchmark, label: t('absence.stats.benchmarkLine', { value: benchmark }), color: 'red.6' }]
      }
      // the benchmark line must stay inside the axis, also when it is above every bar
      yAxisProps={{ domain: [0, (max: number) => Math.ceil(Math.max(max, benchmark ?? 0) * 1.15)] }}
      withLegend
      tickLine="y"
    />
  );
};

export default AbsenceChart;
