import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, List, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import type { PackagePreview } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';

type Choice = 'keep-local' | 'take-package';

/** Import in two steps: the verified preview of what will change (and what conflicts), then the import. */
export function ImportCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [loaded, setLoaded] = useState<{ bytes: Uint8Array; preview: PackagePreview } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [choice, setChoice] = useState<Choice>('keep-local');
  const preview = useMutation({
    mutationFn: async (file: File) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      return { bytes, preview: await call('exchange.package.preview', { content: bytes }) };
    },
    onMutate: () => {
      setLoaded(null);
      setRefusal(null);
    },
    onSuccess: setLoaded,
    onError: (e) => setRefusal(e.message),
  });
  const importer = useMutation({
    mutationFn: (v: { bytes: Uint8Array; conflicts: boolean }) =>
      call('exchange.package.import', { content: v.bytes, onConflict: v.conflicts ? choice : undefined }),
    onSuccess: (r) => {
      message.success(r.imported ? t('exchange.import.done') : t('exchange.import.again'));
      setLoaded(null);
      void client.invalidateQueries();
    },
    onError: (e) => setRefusal(e.message),
  });
  const p = loaded?.preview;
  return (
    <Card title={t('exchange.import')} size="small">
      <Space direction="vertical" style={{ width: '100%' }}>
        <input type="file" accept=".rdpkg,.zip" data-testid="package-file" aria-label={t('exchange.import.pick')} onChange={(e) => e.target.files?.[0] && preview.mutate(e.target.files[0])} />
        {refusal && <Alert type="error" showIcon message={refusal} data-testid="package-refusal" />}
        {p && (
          <>
            <Typography.Text strong>{`${p.kindZh}：${p.title}`}</Typography.Text>
            <Typography.Text type="secondary">{t('exchange.import.from', { name: p.sender.name, code: p.sender.code, fp: p.sender.fingerprint })}</Typography.Text>
            <List size="small" header={t('exchange.import.preview')} dataSource={p.plan.changes} renderItem={(c) => <List.Item>{c}</List.Item>} />
            {p.plan.conflicts.length > 0 && (
              <>
                <List size="small" header={t('exchange.import.conflicts')} dataSource={p.plan.conflicts}
                  renderItem={(c) => <List.Item>{`${c.what}：本机「${c.local}」／包内「${c.incoming}」`}</List.Item>} />
                <Radio.Group value={choice} onChange={(e) => setChoice(e.target.value as Choice)}>
                  <Radio value="keep-local">{t('exchange.import.keepLocal')}</Radio>
                  <Radio value="take-package">{t('exchange.import.takePackage')}</Radio>
                </Radio.Group>
              </>
            )}
            {p.plan.blocked && <Alert type="warning" showIcon message={p.plan.blocked} />}
            <Button type="primary" disabled={Boolean(p.plan.blocked) || p.alreadyImported} loading={importer.isPending}
              onClick={() => importer.mutate({ bytes: loaded.bytes, conflicts: p.plan.conflicts.length > 0 })}>
              {t('exchange.import.go')}
            </Button>
          </>
        )}
      </Space>
    </Card>
  );
}
