import { Space } from 'antd';
import type { Matter } from '../../../../shared/contract/index';
import { useCan } from '../../auth/session';
import { useRoute } from '../../routes';
import { CompareView } from './CompareView';
import { DocumentList } from './DocumentList';
import { parseDocumentItem } from './document-route';
import { ReadingView } from './ReadingView';
import { UploadPanel } from './UploadPanel';

/** The matter page's 文档 tab: list and upload, a reading view, or a comparison of two versions. */
export function DocumentsTab({ matter }: { matter: Matter }) {
  const route = useRoute();
  const can = useCan();
  const view = parseDocumentItem(route.page === 'matter' ? route.item : undefined);
  if (view.kind === 'read') {
    return <ReadingView key={view.id} matterId={matter.id} documentId={view.id} block={view.block} />;
  }
  if (view.kind === 'compare') return <CompareView matterId={matter.id} a={view.a} b={view.b} />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {can('documents.import') && <UploadPanel matterId={matter.id} />}
      <DocumentList matterId={matter.id} />
    </Space>
  );
}
