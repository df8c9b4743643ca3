import { Tabs, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { BasisLibraryPanel } from './BasisLibraryPanel';
import { PhraseLibraryPanel } from './PhraseLibraryPanel';
import { TemplateList } from './TemplateList';

/** 清单与资料库: checklist templates, the legal-basis library and the opinion phrase library. */
export function TemplatesPage() {
  const { t } = useI18n();
  return (
    <>
      <Typography.Title level={3}>{t('templates.title')}</Typography.Title>
      <Tabs
        items={[
          { key: 'templates', label: t('templates.tab.templates'), children: <TemplateList /> },
          { key: 'basis', label: t('templates.tab.basis'), children: <BasisLibraryPanel /> },
          { key: 'phrases', label: t('templates.tab.phrases'), children: <PhraseLibraryPanel /> },
        ]}
      />
    </>
  );
}
