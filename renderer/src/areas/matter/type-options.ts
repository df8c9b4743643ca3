import { MATTER_TYPES, type MatterType } from '../../../../shared/domain/matter';

/**
 * The matter types as the registration and correction forms list them: one flat list, village types
 * first. No option groups: antd offers a whole group when its label matches what was typed.
 */
export function matterTypeOptions(labels: { matterType: (t: MatterType) => string }): { value: MatterType; label: string }[] {
  return MATTER_TYPES.map((v) => ({ value: v, label: labels.matterType(v) }));
}
