import { useQuery } from '@tanstack/react-query';
import { Checkbox, Form, Space, Typography } from 'antd';
import type { MaterialItem, MaterialState } from '../../../../shared/contract/index';
import type { MatterType } from '../../../../shared/domain/matter';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';

/** The office's materials list for a type, as checkboxes in the registration form (field `materials`). */
export function RegistrationMaterials({ type }: { type: MatterType | undefined }) {
  const { t } = useI18n();
  const lists = useQuery({ queryKey: ['materials.lists'], queryFn: () => call('materials.lists', {}) });
  const items = type ? (lists.data?.lists[type] ?? []) : [];
  if (items.length === 0) return null;
  return (
    <Form.Item name="materials" label={t('materials.atRegistration')}>
      <Checkbox.Group style={{ width: '100%' }}>
        <Space direction="vertical">
          {items.map((i) => (
            <Checkbox key={i.id} value={i.id}>
              {i.label}
              {i.conditional && <Typography.Text type="secondary">（{t('materials.conditional', { when: i.conditional })}）</Typography.Text>}
            </Checkbox>
          ))}
        </Space>
      </Checkbox.Group>
    </Form.Item>
  );
}

/** Marks after registration: a ticked item arrived; an unticked one is missing unless it is conditional (left to check). */
export function registrationMarks(items: readonly MaterialItem[], ticked: readonly string[]): { itemId: string; state: MaterialState }[] {
  return items.flatMap((i): { itemId: string; state: MaterialState }[] =>
    ticked.includes(i.id) ? [{ itemId: i.id, state: 'received' as const }] : i.conditional ? [] : [{ itemId: i.id, state: 'missing' as const }],
  );
}
