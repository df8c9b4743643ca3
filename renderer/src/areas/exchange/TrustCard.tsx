import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { OFFICE_KIND_ZH } from '../../../../shared/domain/exchange';
import type { TrustedOffice } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { exchangeKeys } from './keys';

/**
 * The trust list. Adding is two steps: the key file is read and its fingerprint shown (the core refuses
 * without a confirmation and names the fingerprint); the person types what the other office read out.
 */
export function TrustCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [pending, setPending] = useState<{ keyFile: string; prompt: string } | null>(null);
  const [typed, setTyped] = useState('');
  const trusted = useQuery({ queryKey: exchangeKeys.trust, queryFn: () => call('exchange.trust.list', {}) });
  const refresh = () => client.invalidateQueries({ queryKey: exchangeKeys.trust });
  const add = useMutation({
    mutationFn: (v: { keyFile: string; confirmFingerprint: string | null }) => call('exchange.trust.add', v),
    onSuccess: () => {
      setPending(null);
      setTyped('');
      void refresh();
    },
    onError: (e, v) => {
      if ((e as { code?: string }).code === 'office.fingerprint-unconfirmed' && !v.confirmFingerprint) setPending({ keyFile: v.keyFile, prompt: e.message });
      else message.error(e.message);
    },
  });
  const withdraw = useMutation({
    mutationFn: (code: string) => call('exchange.trust.withdraw', { code }),
    onSuccess: refresh,
    onError: (e) => message.error(e.message),
  });
  const pick = async (file: File | undefined) => {
    if (file) add.mutate({ keyFile: await file.text(), confirmFingerprint: null });
  };
  return (
    <Card title={t('exchange.trust')} size="small" extra={
      <label>
        <input type="file" accept=".json" style={{ display: 'none' }} data-testid="trust-file" onChange={(e) => void pick(e.target.files?.[0])} />
        <Button onClick={(e) => (e.currentTarget.previousSibling as HTMLInputElement | null)?.click()}>{t('exchange.trust.add')}</Button>
      </label>
    }>
      <Table<TrustedOffice>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={trusted.data ?? []}
        columns={[
          { title: t('exchange.office.code'), dataIndex: 'code' },
          { title: t('exchange.office.name'), dataIndex: 'name' },
          { title: t('exchange.office.kind'), dataIndex: 'kind', render: (k: TrustedOffice['kind']) => OFFICE_KIND_ZH[k] },
          { title: t('exchange.office.fingerprint'), dataIndex: 'fingerprint', render: (f: string) => <Typography.Text code>{f}</Typography.Text> },
          {
            title: '',
            key: 'state',
            render: (_: unknown, r: TrustedOffice) =>
              r.withdrawnAt ? <Tag>{t('exchange.trust.withdrawn')}</Tag> : (
                <Space>
                  <Tag color="green">{r.validUntil ? `${t('exchange.trust.active')} ≤ ${r.validUntil}` : t('exchange.trust.active')}</Tag>
                  <Button size="small" danger onClick={() => withdraw.mutate(r.code)}>{t('exchange.trust.withdraw')}</Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal open={pending !== null} title={t('exchange.trust.add')} okText={t('exchange.trust.ok')} onCancel={() => setPending(null)}
        onOk={() => pending && add.mutate({ keyFile: pending.keyFile, confirmFingerprint: typed })} confirmLoading={add.isPending}>
        <Typography.Paragraph>{pending?.prompt}</Typography.Paragraph>
        <Typography.Paragraph>{t('exchange.trust.confirm')}</Typography.Paragraph>
        <Input placeholder={t('exchange.trust.fingerprint')} value={typed} onChange={(e) => setTyped(e.target.value)} />
      </Modal>
    </Card>
  );
}
