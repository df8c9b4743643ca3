import { FileAddOutlined, FolderOpenOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { useI18n } from '../../i18n';
import { filesFromDrop, SENT_EXTENSIONS } from './collect-files';

const ACCEPT = SENT_EXTENSIONS.map((e) => `.${e}`).join(',');

/** Choose many files or a whole folder, or drop either onto the zone. */
export function FilePicker({ onFiles, disabled }: { onFiles(files: File[]): void; disabled: boolean }) {
  const { t } = useI18n();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const picked = (e: ChangeEvent<HTMLInputElement>) => {
    onFiles(Array.from(e.target.files ?? []));
    e.target.value = '';
  };
  const dropped = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) void filesFromDrop(e.dataTransfer).then(onFiles);
  };

  return (
    <div
      className="ant-upload-wrapper"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={dropped}
      style={{
        border: `1px dashed ${over ? '#a8071a' : '#d9d9d9'}`,
        borderRadius: 8,
        padding: 24,
        textAlign: 'center',
        background: over ? '#fff1f0' : '#fafafa',
      }}
    >
      <p style={{ fontSize: 40, color: '#a8071a', margin: 0 }}>
        <InboxOutlined />
      </p>
      <Typography.Paragraph>{t('import.dropHere')}</Typography.Paragraph>
      <Space wrap style={{ justifyContent: 'center' }}>
        <Button icon={<FileAddOutlined />} disabled={disabled} onClick={() => filesInput.current?.click()}>
          {t('import.pickFiles')}
        </Button>
        <Button icon={<FolderOpenOutlined />} disabled={disabled} onClick={() => folderInput.current?.click()}>
          {t('import.pickFolder')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('import.formats')}
      </Typography.Paragraph>
      <input ref={filesInput} type="file" multiple accept={ACCEPT} hidden aria-label={t('import.pickFiles')} data-testid="batch-files" onChange={picked} />
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        aria-label={t('import.pickFolder')}
        data-testid="batch-folder"
        onChange={picked}
        {...{ webkitdirectory: '' }}
      />
    </div>
  );
}
