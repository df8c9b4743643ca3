import { CopyOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Select, Space, Table, Tag } from 'antd';
import { useRef, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract/index';
import { MATTER_TYPES, type MatterType } from '../../../../shared/domain/matter';
import { call } from '../../api/client';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { CopyTemplateDialog } from './CopyTemplateDialog';
import { downloadText } from './file-transfer';
import { TemplateEditor } from './TemplateEditor';
import { clearable } from '../../i18n/clearable';

type Summary = MethodOutput<'templates.list'>[number];

/** Checklist templates per matter type, built-in and the office's: copy, edit, make default, export, import. */
export function TemplateList() {
  const { t, labels } = useI18n();
  // Reading the libraries is for everyone in the office; changing them for the reviewing staff and the admin.
  const mayWrite = useCan()('templates.save');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [type, setType] = useState<MatterType | undefined>();
  const [copying, setCopying] = useState<Summary | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const list = useQuery({ queryKey: ['templates.list', type], queryFn: () => call('templates.list', { matterType: type }) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['templates.list'] });
  const fail = (e: Error) => {
    setError(e.message);
    void message.error(e.message);
  };

  const exportOne = useMutation({
    mutationFn: (id: string) => call('templates.export', { id }),
    onSuccess: (file) => downloadText(file.fileName, file.json),
    onError: fail,
  });
  const importFile = useMutation({
    mutationFn: async (file: File) => call('templates.import', { json: await file.text() }),
    onSuccess: (template) => {
      setError(null);
      void message.success(t('templates.imported', { title: template.title, id: template.id }));
      void refresh();
    },
    onError: fail,
  });
  const makeDefault = useMutation({
    mutationFn: async (id: string) => call('templates.save', { template: await call('templates.get', { id }), makeDefault: true }),
    onSuccess: (template) => {
      setError(null);
      void message.success(t('templates.madeDefault', { title: template.title }));
      void refresh();
    },
    onError: fail,
  });

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          allowClear={clearable(t)}
          aria-label={t('templates.filterType')}
          placeholder={t('templates.filterType')}
          style={{ width: 240 }}
          value={type}
          onChange={setType}
          options={MATTER_TYPES.map((v) => ({ value: v, label: labels.matterType(v) }))}
        />
        {mayWrite && (
          <Button icon={<UploadOutlined />} loading={importFile.isPending} onClick={() => fileInput.current?.click()}>
            {t('templates.import')}
          </Button>
        )}
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-label={t('templates.importFile')}
          data-testid="template-import-input"
          style={{ display: 'none' }}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) importFile.mutate(file);
          }}
        />
      </Space>
      {error && <Alert type="error" showIcon closable title={error} onClose={() => setError(null)} />}
      <Table<Summary>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        columns={[
          { title: t('templates.col.title'), dataIndex: 'title', render: (title: string, r) => <Button type="link" onClick={() => setEditing(r.id)} style={{ padding: 0 }}>{title}</Button> },
          { title: t('templates.col.id'), dataIndex: 'id', width: 200 },
          { title: t('templates.col.type'), dataIndex: 'matterType', width: 180, render: (v: MatterType) => labels.matterType(v) },
          {
            title: t('templates.col.source'),
            dataIndex: 'source',
            width: 100,
            render: (v: Summary['source']) => <Tag color={v === 'builtin' ? 'default' : 'blue'}>{t(`templates.source.${v}` as const)}</Tag>,
          },
          { title: t('templates.col.version'), dataIndex: 'version', width: 80 },
          { title: t('templates.col.items'), dataIndex: 'items', width: 70 },
          {
            title: t('templates.col.default'),
            dataIndex: 'isDefault',
            width: 90,
            render: (v: boolean) => (v ? <Tag color="green">{t('templates.default')}</Tag> : null),
          },
          {
            title: t('templates.col.actions'),
            key: 'actions',
            width: 330,
            render: (_: unknown, r) => (
              <Space size={0} wrap>
                <Button size="small" type="link" onClick={() => setEditing(r.id)}>
                  {r.source === 'office' ? t('templates.edit') : t('templates.view')}
                </Button>
                {mayWrite && (
                  <Button size="small" type="link" icon={<CopyOutlined />} onClick={() => setCopying(r)}>
                    {t('templates.copy')}
                  </Button>
                )}
                <Button size="small" type="link" icon={<DownloadOutlined />} onClick={() => exportOne.mutate(r.id)}>
                  {t('templates.export')}
                </Button>
                {mayWrite && r.source === 'office' && !r.isDefault && (
                  <Button size="small" type="link" onClick={() => makeDefault.mutate(r.id)}>
                    {t('templates.makeDefault')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <CopyTemplateDialog
        from={copying}
        taken={(list.data ?? []).map((x) => x.id)}
        onClose={() => setCopying(null)}
        onCopied={(id) => {
          setCopying(null);
          void refresh();
          setEditing(id);
        }}
      />
      <TemplateEditor id={editing} onClose={() => setEditing(null)} onSaved={() => void refresh()} />
    </Space>
  );
}
