import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBatchAsMatters, type BatchItem } from '../../../main/core/documents/batch-import.js';
import { stopExtractionWorker } from '../../../main/core/documents/extract-pool.js';
import { AppError } from '../../../main/core/errors.js';
import { tempCore } from '../../support/core.js';
import { docxFixture, fixture, matterInput } from './fixtures.js';
import { makeOle } from './make-files.js';

let env: Awaited<ReturnType<typeof tempCore>>;
beforeEach(async () => {
  env = await tempCore();
});
afterEach(() => env.dispose());
afterAll(() => stopExtractionWorker());

const count = (table: string) => (env.core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

function item(fileName: string, read: () => Buffer): BatchItem {
  return { fileName, read, matter: matterInput(fileName.replace(/\.\w+$/, '')) };
}

describe('batch import (one new matter per file, look-ahead extraction in the worker)', () => {
  it('keeps going past refused files, in order, and recognises a file repeated inside the batch', async () => {
    const lease = docxFixture('zh-contract-lease-std-01');
    const items = [
      item('租赁合同.docx', () => lease),
      item('旧版.doc', () => makeOle(['WordDocument'])),
      item('租赁合同（重复）.docx', () => lease),
      item('读不出.docx', () => {
        throw new AppError('file.unreadable', '无法读取文件“读不出.docx”。');
      }),
      item('通知.pdf', () => fixture('pdf/zh-notice-gov-office-textlayer-01.pdf')),
    ];
    const progress: [number, number][] = [];
    const outcomes = await importBatchAsMatters(env.core.db, 'batch', items, {
      skipIfKnown: true,
      onResult: (_, done, total) => progress.push([done, total]),
    });
    expect(outcomes.map((o) => (o.ok ? (o.result.duplicate ? 'duplicate' : 'imported') : o.error.code))).toEqual([
      'imported',
      'document.corrupt',
      'duplicate',
      'file.unreadable',
      'imported',
    ]);
    expect(outcomes.map((o) => o.item.fileName)).toEqual(items.map((i) => i.fileName));
    const first = outcomes[0]!;
    const repeated = outcomes[2]!;
    expect(first.ok && repeated.ok && repeated.result.matter.id === first.result.matter.id).toBe(true);
    expect(progress).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
    expect({ matters: count('matters'), documents: count('documents'), blobs: count('blobs') }).toEqual({ matters: 2, documents: 2, blobs: 2 });
  });

  it('stops at a cancel between files, leaving the finished files whole and nothing half-imported', async () => {
    const controller = new AbortController();
    const items = ['zh-contract-lease-tpl7-01', 'zh-contract-procurement-01', 'zh-normative-tech-fund-01'].map((name) =>
      item(`${name}.docx`, () => docxFixture(name)),
    );
    const outcomes = await importBatchAsMatters(env.core.db, 'batch', items, {
      signal: controller.signal,
      onResult: () => controller.abort(),
    });
    expect(outcomes).toHaveLength(1);
    expect({ matters: count('matters'), documents: count('documents'), blocks: count('document_blocks') > 0 }).toEqual({
      matters: 1,
      documents: 1,
      blocks: true,
    });
  });

  it('fails on a real error (not a refusal) after storing the files before it', async () => {
    const items = [
      item('甲.docx', () => docxFixture('zh-contract-guarantee-01')),
      item('乙.docx', () => {
        throw new Error('disk gone');
      }),
    ];
    await expect(importBatchAsMatters(env.core.db, 'batch', items)).rejects.toThrow('disk gone');
    expect(count('matters')).toBe(1);
  });
});
