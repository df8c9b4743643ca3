import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { createMatter } from '../../../main/core/matters/matter-service.js';
import type { Matter } from '../../../shared/contract/matters.js';
import type { MatterType } from '../../../shared/domain/matter.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export function fixture(relative: string): Buffer {
  return readFileSync(join(FIXTURES, relative));
}

export function docxFixture(name: string): Buffer {
  return fixture(join('docx', `${name}.docx`));
}

export function registerMatter(
  db: Database.Database,
  title = '东风村房屋租赁合同',
  extra: { type?: MatterType; submittingUnit?: string; receivedOn?: string } = {},
): Matter {
  return createMatter(db, 'tester', {
    type: extra.type ?? 'village.contract',
    title,
    submittingUnit: extra.submittingUnit ?? '东风村村民委员会',
    township: null,
    contactName: null,
    contactPhone: null,
    receivedOn: extra.receivedOn ?? '2024-03-01',
    dueOn: null,
    reviewerId: null,
    note: null,
  });
}

export function matterInput(title: string, type: MatterType = 'contract') {
  return {
    type,
    title,
    submittingUnit: '未填写',
    township: null,
    contactName: null,
    contactPhone: null,
    receivedOn: '2024-05-06',
    dueOn: null,
    reviewerId: null,
    note: null,
  };
}
