import { FileZipOutlined, LockOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Table, Tag } from 'antd';
import type { CasefileEntry, Matter } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { saveFile } from '../../api/save-file';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { printArticles } from './print-articles';
import { MaterialsCard } from './MaterialsCard';

/** 卷宗: the case cover, the 卷内目录 in filing order, 归档, 导出案卷 and printing, and the materials check. */
export function CasefileTab({ matter }: { matter: Matter }) {
  const { t, labels } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const queryClient = useQueryClient();
  const view = useQuery({ queryKey: ['casefile.get', matter.id], queryFn: () => call('casefile.get', { matterId: matter.id }) });
  const archive = useMutation({
    mutationFn: () => call('casefile.archive', { matterId: matter.id }),
    onSuccess: async (v) => {
      message.success(t('casefile.archived', { no: v.cover.archiveNo ?? '' }));
      queryClient.setQueryData(['casefile.get', matter.id], v);
      await queryClient.invalidateQueries({ queryKey: ['matters.get', matter.id] });
    },
    onError: (e) => message.error(t('casefile.failed', { message: e.message })),
  });
  const exportZip = useMutation({
    mutationFn: async () => {
      const out = await call('casefile.export', { matterId: matter.id });
      if (await saveFile(out.fileName, out.content, 'application/zip')) message.success(t('casefile.exported', { file: out.fileName }));
    },
    onError: (e) => message.error(t('casefile.failed', { message: e.message })),
  });
  const print = useMutation({
    mutationFn: async () => {
      const p = await call('casefile.printable', { matterId: matter.id });
      printArticles(p.html, p.title);
    },
    onError: (e) => message.error(t('casefile.failed', { message: e.message })),
  });
  if (!view.data) return null;
  const { cover, entries, archiveProblems } = view.data;
  const locked = cover.archiveNo !== null;
  const dash = (s: string | null) => s ?? '—';
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {locked && <Alert type="info" icon={<LockOutlined />} showIcon message={t('casefile.locked', { date: cover.archivedOn ?? '', no: cover.archiveNo ?? '' })} />}
      <Space wrap>
        {!locked && can('casefile.archive') && (
          <Popconfirm title={t('casefile.archiveConfirm')} onConfirm={() => archive.mutate()} disabled={archiveProblems.length > 0}>
            <Button type="primary" icon={<LockOutlined />} disabled={archiveProblems.length > 0} loading={archive.isPending} title={archiveProblems.join('')}>
              {t('casefile.archive')}
            </Button>
          </Popconfirm>
        )}
        <Button icon={<FileZipOutlined />} loading={exportZip.isPending} onClick={() => exportZip.mutate()}>
          {t('casefile.export')}
        </Button>
        <Button icon={<PrinterOutlined />} loading={print.isPending} onClick={() => print.mutate()}>
          {t('casefile.print')}
        </Button>
        {!locked && archiveProblems.length > 0 && <Tag>{archiveProblems.join('')}</Tag>}
      </Space>
      <Card size="small" title={t('casefile.cover')}>
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="归档号">{dash(cover.archiveNo)}</Descriptions.Item>
          <Descriptions.Item label="审查编号">{cover.serial}</Descriptions.Item>
          <Descriptions.Item label="事项名称" span={2}>
            {cover.title}
          </Descriptions.Item>
          <Descriptions.Item label="送审单位">{cover.submittingUnit}</Descriptions.Item>
          <Descriptions.Item label="事项类型">{labels.matterType(cover.type)}</Descriptions.Item>
          <Descriptions.Item label="收件日期">{cover.receivedOn}</Descriptions.Item>
          <Descriptions.Item label="出具意见日期">{dash(cover.opinionIssuedOn)}</Descriptions.Item>
          <Descriptions.Item label="办结日期">{dash(cover.closedOn)}</Descriptions.Item>
          <Descriptions.Item label="归档日期">{dash(cover.archivedOn)}</Descriptions.Item>
          <Descriptions.Item label="审查人">{dash(cover.reviewer)}</Descriptions.Item>
          <Descriptions.Item label="审批人">{dash(cover.approver)}</Descriptions.Item>
          <Descriptions.Item label="审查结论">{cover.result ? labels.result(cover.result) : '—'}</Descriptions.Item>
          <Descriptions.Item label="意见书文号">{cover.letterNumbers.join('、') || '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('casefile.contents')}>
        <Table<CasefileEntry>
          size="small"
          rowKey="seq"
          pagination={false}
          dataSource={entries}
          locale={{ emptyText: t('casefile.empty') }}
          columns={[
            { title: t('casefile.col.seq'), dataIndex: 'seq', width: 60 },
            { title: '', dataIndex: 'section', width: 170, render: (s: CasefileEntry['section']) => <Tag>{t(`casefile.section.${s}`)}</Tag> },
            { title: t('casefile.col.title'), dataIndex: 'title' },
            { title: t('casefile.col.author'), dataIndex: 'author', width: 180 },
            { title: t('casefile.col.date'), dataIndex: 'date', width: 110 },
          ]}
        />
      </Card>
      <MaterialsCard matterId={matter.id} locked={locked} />
    </Space>
  );
}
