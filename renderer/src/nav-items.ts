import AuditOutlined from '@ant-design/icons-svg/es/asn/AuditOutlined';
import BarChartOutlined from '@ant-design/icons-svg/es/asn/BarChartOutlined';
import BookOutlined from '@ant-design/icons-svg/es/asn/BookOutlined';
import CloudUploadOutlined from '@ant-design/icons-svg/es/asn/CloudUploadOutlined';
import FileAddOutlined from '@ant-design/icons-svg/es/asn/FileAddOutlined';
import FileProtectOutlined from '@ant-design/icons-svg/es/asn/FileProtectOutlined';
import FormOutlined from '@ant-design/icons-svg/es/asn/FormOutlined';
import HomeOutlined from '@ant-design/icons-svg/es/asn/HomeOutlined';
import SafetyCertificateOutlined from '@ant-design/icons-svg/es/asn/SafetyCertificateOutlined';
import SearchOutlined from '@ant-design/icons-svg/es/asn/SearchOutlined';
import SettingOutlined from '@ant-design/icons-svg/es/asn/SettingOutlined';
import SwapOutlined from '@ant-design/icons-svg/es/asn/SwapOutlined';
import TableOutlined from '@ant-design/icons-svg/es/asn/TableOutlined';
import UnorderedListOutlined from '@ant-design/icons-svg/es/asn/UnorderedListOutlined';
import type { IconDefinition } from '@ant-design/icons-svg/lib/types';
import type { MessageKey } from './i18n/messages';
import type { Route } from './routes';

/**
 * The sider menu's screens in order, each with its label and icon (an SVG definition, drawn by LiteIcon):
 * one list for the app's sider (App.tsx) and the light first screen's (lite/shell.tsx), which must match.
 * Filtered by the roles that may open each screen where it is shown.
 */
export const NAV_ITEMS: { key: Route['page']; label: MessageKey; icon: IconDefinition }[] = [
  { key: 'home', label: 'nav.home', icon: HomeOutlined },
  { key: 'matters', label: 'nav.matters', icon: UnorderedListOutlined },
  { key: 'new-matter', label: 'nav.newMatter', icon: FileAddOutlined },
  { key: 'batch-import', label: 'nav.batchImport', icon: CloudUploadOutlined },
  { key: 'incomplete', label: 'nav.incomplete', icon: FormOutlined },
  { key: 'search', label: 'nav.search', icon: SearchOutlined },
  { key: 'ledger', label: 'nav.ledger', icon: TableOutlined },
  { key: 'stats', label: 'nav.stats', icon: BarChartOutlined },
  { key: 'normative', label: 'nav.normative', icon: FileProtectOutlined },
  { key: 'decisions', label: 'nav.decisions', icon: AuditOutlined },
  { key: 'exchange', label: 'nav.exchange', icon: SwapOutlined },
  { key: 'templates', label: 'templates.nav', icon: BookOutlined },
  { key: 'audit', label: 'nav.audit', icon: SafetyCertificateOutlined },
  { key: 'statutes', label: 'statutes.nav', icon: BookOutlined },
  { key: 'settings', label: 'nav.settings', icon: SettingOutlined },
];
