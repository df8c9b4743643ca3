import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { MaterialItem, MaterialLists } from '../../../../shared/contract/index';
import { MATTER_TYPES, type MatterType } from '../../../../shared/domain/matter';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';

/** 设置 → 送审材料清单: the office edits its own lists per matter type, or goes back to the shipped ones. */
export function MaterialListsCard() {
  const { t, labels } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const lists = useQuery({ queryKey: ['materials.lists'], queryFn: () => call('materials.lists', {}) });
  const [type, setType] = useState<MatterType>('normative');
  const [draft, setDraft] = useState<MaterialLists | null>(null);
  useEffect(() => {
    if (lists.data) setDraft(structuredClone(lists.data.lists));
  }, [lists.data]);
  const save = useMutation({
    mutationFn: (next: MaterialLists | null) => call('materials.saveLists', { lists: next }),
    onSuccess: async (out) => {
      message.success(t('materials.listsSaved'));
      queryClient.setQueryData(['materials.lists'], out);
      await queryClient.invalidateQueries({ queryKey: ['materials.get'] });
    },
    onError: (e) => message.error(t('casefile.failed', { message: e.message })),
  });
  if (!draft) return null;
  const items = draft[type] ?? [];
  const update = (next: MaterialItem[]) => setDraft({ ...draft, [type]: next });
  const edit = (i: number, patch: Partial<MaterialItem>) => update(items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const add = () => {
    let n = items.length + 1;
    while (items.some((x) => x.id === `office-${n}`)) n++;
    update([...items, { id: `office-${n}`, label: '', conditional: null, source: '本单位规定' }]);
  };
  return (
    <Card
      title={t('materials.listsTitle')}
      extra={lists.data?.edited ? <Tag color="blue">{t('materials.listsEdited')}</Tag> : <Tag>{t('materials.listsShipped')}</Tag>}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select<MatterType> value={type} onChange={setType} style={{ width: 260 }} options={MATTER_TYPES.map((v) => ({ value: v, label: labels.matterType(v) }))} />
        <Table<MaterialItem>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={items}
          columns={[
            { title: t('materials.title'), render: (_v, r, i) => <Input value={r.label} maxLength={200} onChange={(e) => edit(i, { label: e.target.value })} /> },
            {
              title: t('materials.when'),
              width: 220,
              render: (_v, r, i) => <Input value={r.conditional ?? ''} maxLength={200} onChange={(e) => edit(i, { conditional: e.target.value || null })} />,
            },
            { title: t('materials.source'), width: 240, render: (_v, r, i) => <Input value={r.source} maxLength={300} onChange={(e) => edit(i, { source: e.target.value })} /> },
            { title: '', width: 48, render: (_v, _r, i) => <Button type="text" danger icon={<DeleteOutlined />} onClick={() => update(items.filter((_x, j) => j !== i))} /> },
          ]}
        />
        <Space>
          <Button icon={<PlusOutlined />} onClick={add}>
            {t('materials.addItem')}
          </Button>
          <Button type="primary" loading={save.isPending} onClick={() => save.mutate(draft)}>
            {t('materials.saveLists')}
          </Button>
          <Popconfirm title={t('materials.restoreConfirm')} onConfirm={() => save.mutate(null)}>
            <Button>{t('materials.restore')}</Button>
          </Popconfirm>
        </Space>
      </Space>
    </Card>
  );
}
