import { useMutation } from '@tanstack/react-query';
import { App, Button, Space } from 'antd';
import { NumberInput } from '../../i18n/number-input';
import { useState } from 'react';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { downloadExport } from './download';
import { useToday } from '../records/use-today';
import dayjs from 'dayjs';

/** 按乡镇统计表 for the county 司法局: the year's figures by township as XLSX. */
export function CountyReportButton() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const thisYear = dayjs(useToday()).year();
  const [picked, setYear] = useState<number | null>(null);
  const year = picked ?? thisYear;
  const exporter = useMutation({
    mutationFn: () => call('reports.countyXlsx', { year }),
    onSuccess: async (file) => {
      if (await downloadExport(file)) message.success(t('ledger.exported', { n: file.rows, file: file.fileName }));
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <Space.Compact>
      <NumberInput aria-label={t('ledger.countyYear')} min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} style={{ width: 90 }} />
      <Button onClick={() => exporter.mutate()} loading={exporter.isPending}>
        {t('ledger.countyExport')}
      </Button>
    </Space.Compact>
  );
}
