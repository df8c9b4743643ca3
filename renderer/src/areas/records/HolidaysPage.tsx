import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { NumberInput } from '../../i18n/number-input';
import { useRef, useState } from 'react';
import type { HolidayYearPreview } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { downloadText } from '../templates/file-transfer';
import { YearCalendar } from './YearCalendar';
import { holidayKeys } from './holiday-keys';

/** 节假日安排: paste the State Council's notice, confirm the parsed year on a calendar, store, hand on as a file. */
export function HolidaysPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const years = useQuery({ queryKey: holidayKeys.years, queryFn: () => call('holidays.years', {}) });
  const [preview, setPreview] = useState<(HolidayYearPreview & { text: string }) | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // Saving a year changes every deadline in it: the queue, the ledger and the open matters are read again.
  const afterChange = () =>
    Promise.all([holidayKeys.years, ['workflow.queue'], ['workflow.get'], ['workflow.deadlines'], ['ledger.query']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  const parse = useMutation({
    mutationFn: (v: { text: string; year?: number | null }) => call('holidays.preview', { text: v.text, year: v.year ?? undefined }),
    onSuccess: (p, v) => setPreview({ ...p, text: v.text }),
    onError: (e) => void message.error(e.message),
  });
  const save = useMutation({
    mutationFn: (p: HolidayYearPreview & { text: string }) => call('holidays.save', { year: p.year, data: p.data, sourceText: p.text }),
    onSuccess: async (_v, p) => {
      message.success(t('holidays.saved', { year: p.year }));
      setPreview(null);
      await afterChange();
    },
    onError: (e) => void message.error(e.message),
  });
  const exportFile = useMutation({
    mutationFn: () => call('holidays.export', {}),
    onSuccess: (file) => downloadText(file.fileName, file.json),
    onError: (e) => void message.error(e.message),
  });
  const importFile = useMutation({
    mutationFn: async (file: File) => call('holidays.import', { json: await file.text() }),
    onSuccess: async (r) => {
      message.success(t('holidays.imported', { years: r.imported.join('、') }));
      await afterChange();
    },
    onError: (e) => void message.error(e.message),
  });
  const remove = useMutation({
    mutationFn: (year: number) => call('holidays.delete', { year }),
    onSuccess: async (_v, year) => {
      message.success(t('holidays.deleted', { year }));
      await afterChange();
    },
    onError: (e) => void message.error(e.message),
  });
  const hasOffice = years.data?.years.some((y) => y.source === 'office') ?? false;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('holidays.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('holidays.intro')}</Typography.Paragraph>
      <Card size="small" title={t('holidays.years')}>
        <List
          size="small"
          grid={{ gutter: 8, xs: 2, sm: 3, md: 4, lg: 6 }}
          dataSource={[...(years.data?.years ?? [])].reverse().slice(0, 12)}
          renderItem={(y) => (
            <List.Item data-testid={`holiday-year-${y.year}`}>
              <Space size={4} wrap>
                <Typography.Text strong>{y.year}</Typography.Text>
                <Tag color={y.source === 'package' ? 'green' : y.source === 'office' ? 'blue' : 'orange'}>{t(`holidays.source.${y.source}`)}</Tag>
                {y.source === 'office' && (
                  <Popconfirm title={t('holidays.delete')} onConfirm={() => remove.mutate(y.year)}>
                    <Button size="small" type="link" danger>
                      {t('holidays.delete')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            </List.Item>
          )}
        />
        <Space>
          <Button onClick={() => exportFile.mutate()} disabled={!hasOffice} loading={exportFile.isPending}>
            {t('holidays.export')}
          </Button>
          <Button icon={<UploadOutlined />} loading={importFile.isPending} onClick={() => fileInput.current?.click()}>
            {t('holidays.import')}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            aria-label={t('holidays.import')}
            data-testid="holiday-import-input"
            style={{ display: 'none' }}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) importFile.mutate(file);
            }}
          />
        </Space>
      </Card>
      <Card size="small" title={t('holidays.paste')}>
        <Form<{ text: string; year?: number | null }> layout="vertical" name="holiday-notice" onFinish={(v) => parse.mutate(v)}>
          <Form.Item name="text" rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={8} placeholder={t('holidays.paste.placeholder')} maxLength={50_000} />
          </Form.Item>
          <Space align="end">
            <Form.Item name="year" label={t('holidays.year')} style={{ marginBottom: 0 }}>
              <NumberInput min={2000} max={2200} />
            </Form.Item>
            <Button htmlType="submit" loading={parse.isPending}>
              {t('holidays.parse')}
            </Button>
          </Space>
        </Form>
      </Card>
      {preview && (
        <Card size="small" title={t('holidays.preview', { year: preview.year })} data-testid="holiday-preview">
          {preview.warnings.length > 0 && (
            <Alert type="warning" showIcon title={t('holidays.warnings')} description={preview.warnings.join('；')} style={{ marginBottom: 12 }} />
          )}
          <YearCalendar days={preview.days} />
          <Button type="primary" style={{ marginTop: 12 }} loading={save.isPending} onClick={() => save.mutate(preview)}>
            {t('holidays.save')}
          </Button>
        </Card>
      )}
    </Space>
  );
}
