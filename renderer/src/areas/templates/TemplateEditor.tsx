import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Drawer, Input, Popconfirm, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ChecklistItem, ChecklistTemplate } from '../../../../shared/domain/checklist';
import { call } from '../../api/client';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { checklistLabels, CERTAINTY_COLOR } from '../review/checklist-labels';
import { TemplateItemForm } from './TemplateItemForm';
import { moveItem, nextVersion, removeItem, upsertItem } from './template-edit';

interface Props {
  id: string | null;
  onClose(): void;
  onSaved(): void;
}

/** Shows a template; an office template's title and items can be edited, and saving raises its version. */
export function TemplateEditor({ id, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const template = useQuery({ queryKey: ['templates.get', id], queryFn: () => call('templates.get', { id: id! }), enabled: id !== null });
  return (
    <Drawer open={id !== null} onClose={onClose} size={980} destroyOnHidden title={template.data?.title ?? t('templates.loading')}>
      {template.error && <Alert type="error" title={template.error.message} />}
      {template.data ? <EditorBody key={`${template.data.id}@${template.data.version}`} original={template.data} onSaved={onSaved} /> : <Skeleton active />}
    </Drawer>
  );
}

function EditorBody({ original, onSaved }: { original: ChecklistTemplate; onSaved(): void }) {
  const { t, locale, labels } = useI18n();
  // Reading the libraries is for everyone in the office; changing them for the reviewing staff and the admin.
  const mayWrite = useCan()('templates.save');
  const { message } = App.useApp();
  const marks = checklistLabels(locale);
  const readOnly = original.source === 'builtin';
  const [title, setTitle] = useState(original.title);
  const [items, setItems] = useState<ChecklistItem[]>(original.items);
  const [makeDefault, setMakeDefault] = useState(false);
  const [editing, setEditing] = useState<{ item: ChecklistItem | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(original);
  const dirty = title !== saved.title || JSON.stringify(items) !== JSON.stringify(saved.items);

  const save = useMutation({
    mutationFn: () =>
      call('templates.save', {
        template: { ...saved, title: title.trim(), items, version: dirty ? nextVersion(saved.version) : saved.version },
        makeDefault,
      }),
    onSuccess: (template) => {
      setSaved(template);
      setError(null);
      void message.success(t('templates.saved', { version: String(template.version) }));
      onSaved();
    },
    onError: (e) => setError(e.message),
  });

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {t('templates.meta', { id: saved.id, version: String(saved.version), type: labels.matterType(saved.matterType) })}
        {saved.office ? ` · ${saved.office}` : ''}
        {saved.derivedFrom ? ` · ${t('templates.derivedFrom', { id: saved.derivedFrom.id, version: String(saved.derivedFrom.version) })}` : ''}
      </Typography.Text>
      {readOnly && <Alert type="info" showIcon title={t('templates.builtinReadOnly')} />}
      {!readOnly && (
        <Space wrap>
          <Input aria-label={t('templates.col.title')} value={title} onChange={(e) => setTitle(e.target.value)} style={{ width: 420 }} maxLength={100} />
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ item: null })}>
            {t('templates.addItem')}
          </Button>
        </Space>
      )}
      {error && <Alert type="error" showIcon title={error} />}
      <Table<ChecklistItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        columns={[
          { title: '#', key: 'n', width: 44, render: (_: unknown, __: ChecklistItem, i: number) => i + 1 },
          { title: t('templates.item.id'), dataIndex: 'id', width: 100 },
          { title: t('templates.item.dimension'), dataIndex: 'dimension', width: 90, render: (d: ChecklistItem['dimension']) => marks.dimension(d) },
          {
            title: t('templates.item.question'),
            dataIndex: 'question',
            render: (q: string, item) => (
              <>
                {item.required && <Tag color="red">{t('templates.item.requiredTag')}</Tag>}
                <Tag color={CERTAINTY_COLOR[item.certainty]}>{marks.certainty(item.certainty)}</Tag>
                {q}
              </>
            ),
          },
          { title: t('templates.item.severity'), dataIndex: 'defaultSeverity', width: 90, render: (s: ChecklistItem['defaultSeverity']) => labels.severity(s) },
          ...(readOnly
            ? []
            : [
                {
                  title: t('templates.col.actions'),
                  key: 'actions',
                  width: 150,
                  render: (_: unknown, item: ChecklistItem, i: number) => (
                    <Space size={0}>
                      <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={t('templates.moveUp')} disabled={i === 0} onClick={() => setItems(moveItem(items, i, -1))} />
                      <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={t('templates.moveDown')} disabled={i === items.length - 1} onClick={() => setItems(moveItem(items, i, 1))} />
                      <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('templates.editItem')} onClick={() => setEditing({ item })} />
                      <Popconfirm title={t('templates.removeConfirm')} onConfirm={() => setItems(removeItem(items, item.id))}>
                        <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('templates.removeItem')} disabled={items.length === 1} />
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]),
        ]}
      />
      {!readOnly && (
        <Space wrap>
          <Checkbox checked={makeDefault} onChange={(e) => setMakeDefault(e.target.checked)}>
            {t('templates.saveAsDefault')}
          </Checkbox>
          <Button type="primary" disabled={!mayWrite || (!dirty && !makeDefault)} loading={save.isPending} onClick={() => save.mutate()}>
            {dirty ? t('templates.saveNewVersion', { version: String(nextVersion(saved.version)) }) : t('templates.saveSame')}
          </Button>
        </Space>
      )}
      <TemplateItemForm
        open={editing !== null}
        item={editing?.item ?? null}
        onCancel={() => setEditing(null)}
        onSubmit={(item) => {
          const next = upsertItem(items, item, editing?.item?.id ?? null);
          if (!next) return t('templates.item.idTaken', { id: item.id });
          setItems(next);
          setEditing(null);
          return null;
        }}
      />
    </Space>
  );
}
