import type { TMeasure } from '@inzetbaar/contracts';
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { useTranslation } from 'react-i18next';

/** Measures per status, with the overdue ones apart: the progress of the plan van aanpak at a glance. */
const PlanChart = ({ measures }: { measures: TMeasure[] }) => {
  const { t } = useTranslation();
  const count = (f: (m: TMeasure) => boolean) => measures.filter(f).length;
  const data = [
    {
      label: t('arbo.plan.title'),
      done: count((m) => m.status === 'done'),
      open: count((m) => (m.status === 'planned' || m.status === 'in_progress') && !m.overdue),
      overdue: count((m) => m.overdue),
      cancelled: count((m) => m.status === 'cancelled'),
    },
  ];
  return (
    <BarChart
      h={120}
      data={data}
      dataKey="label"
      type="stacked"
      orientation="vertical"
      withLegend
      yAxisProps={{ width: 0 }}
      series={[
        { name: 'done', label: t('arbo.plan.statuses.done'), color: 'teal.6' },
        { name: 'open', label: t('arbo.plan.open'), color: 'blue.5' },
        { name: 'overdue', label: t('arbo.plan.overdue'), color: 'red.6' },
        { name: 'cancelled', label: t('arbo.plan.statuses.cancelled'), color: 'gray.5' },
      ]}
      aria-label={t('arbo.plan.chartLabel', { done: data[0]?.done, total: measures.length })}
    />
  );
};
export default PlanChart;
