import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Skeleton, Space, Tabs } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { defaultOfficeSettings, type LetterKind } from '../../../../shared/domain/letter';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { letterKeys, useOfficeSettings } from '../letters/use-letters';
import { BasicFields } from './BasicFields';
import { FontsFields } from './FontsFields';
import { fromForm, tabOfField, toForm, type OfficeForm } from './office-form';
import { TextsFields } from './TextsFields';

type TabKey = 'basic' | 'texts' | 'fonts';

/** 单位设置: what every letter of the office prints (name, 文号, signature, fixed texts, fonts). */
export function OfficeSettingsCard() {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const office = useOfficeSettings();
  const [form] = Form.useForm<OfficeForm>();
  const [tab, setTab] = useState<TabKey>('basic');
  const [kind, setKind] = useState<LetterKind>('legality-opinion');
  const [saving, setSaving] = useState(false);

  // What the user changed (typed, or 恢复默认) and has not saved yet. A settings answer that arrives later — the
  // refetch when the page opens — must not overwrite it (it did: a reset made right after opening came undone).
  const edited = useRef(false);
  useEffect(() => {
    if (office.data && !edited.current) form.setFieldsValue(toForm(office.data));
  }, [office.data, form]);

  const save = async () => {
    try {
      await form.validateFields();
    } catch (e) {
      const first = (e as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) {
        const where = tabOfField(first.name);
        setTab(where.tab);
        if (where.kind) setKind(where.kind);
      }
      return;
    }
    const parsed = fromForm(form.getFieldsValue(true));
    if (!parsed.success) {
      message.error(t('office.invalid', { message: parsed.error.issues[0]?.message ?? '' }));
      return;
    }
    setSaving(true);
    try {
      const saved = await call('office.save', { settings: parsed.data });
      edited.current = false;
      client.setQueryData(letterKeys.office, saved);
      // Every draft preview prints these settings.
      await client.invalidateQueries({ queryKey: ['letters.preview'] });
      message.success(t('office.saved'));
    } catch (err) {
      message.error(t('letters.failed', { message: (err as Error).message }));
    } finally {
      setSaving(false);
    }
  };

  const reset = () =>
    modal.confirm({
      title: t('office.reset'),
      content: t('office.resetConfirm'),
      okText: t('office.reset'),
      cancelText: t('letters.cancel'),
      onOk: () => {
        const { officeName, numberPrefix } = form.getFieldsValue(['officeName', 'numberPrefix']) as OfficeForm;
        edited.current = true;
        form.setFieldsValue(toForm(defaultOfficeSettings(officeName, numberPrefix)));
        message.info(t('office.resetDone'));
      },
    });

  return (
    <Card title={t('office.title')}>
      {!office.data ? (
        <Skeleton active />
      ) : (
        <Form
          form={form}
          name="office"
          layout="vertical"
          initialValues={toForm(office.data)}
          onValuesChange={() => (edited.current = true)}
        >
          <Tabs
            activeKey={tab}
            onChange={(k) => setTab(k as TabKey)}
            items={[
              { key: 'basic', label: t('office.basic'), forceRender: true, children: <BasicFields /> },
              { key: 'texts', label: t('office.texts'), forceRender: true, children: <TextsFields kind={kind} onKind={setKind} /> },
              { key: 'fonts', label: t('office.fonts'), forceRender: true, children: <FontsFields /> },
            ]}
          />
          <Space>
            <Button type="primary" loading={saving} onClick={() => void save()}>
              {t('office.save')}
            </Button>
            <Button onClick={reset}>{t('office.reset')}</Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
