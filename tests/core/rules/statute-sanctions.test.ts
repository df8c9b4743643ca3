/**
 * Round seventeen, issue 13: the rules' statute sanction index (main/core/rules/statutes/) — derived from the statute
 * library the app ships, and read against real articles of that library.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultResourcesDir } from '../../../main/core/checklists/resources-dir.js';
import { runChecks } from '../../../main/core/rules/index.js';
import { citedStatuteClasses } from '../../../main/core/rules/checks/statute-linked.js';
import { deriveSanctionIndex } from '../../../main/core/rules/statutes/derive-sanctions.js';
import { SANCTION } from '../../../main/core/rules/statutes/sanction-classes.js';
import { SANCTIONS_FILE, SanctionIndexFile, useStatuteSanctions } from '../../../main/core/rules/statutes/sanction-index.js';
import { readShippedSnapshot } from '../../../main/core/statutes/snapshot-file.js';
import { blocks } from './rule-probe.js';

const resources = defaultResourcesDir();

afterEach(() => useStatuteSanctions(null));

describe('the sanction index is the shipped statute library, derived', () => {
  it('resources/statutes/sanctions.json equals what the generator derives from snapshot.json.gz now', () => {
    const committed = SanctionIndexFile.parse(JSON.parse(readFileSync(`${resources}/statutes/${SANCTIONS_FILE}`, 'utf8')));
    const derived = deriveSanctionIndex(readShippedSnapshot(resources));
    // Stale after a new snapshot or a changed class: npx tsx main/cli/maintenance/build-statute-sanctions.ts
    expect(committed.commit).toBe(JSON.parse(readFileSync(`${resources}/statutes/source.json`, 'utf8')).commit);
    expect(committed).toEqual(derived);
  }, 60_000);
});

describe('a citation resolved against real articles of the library', () => {
  const has = (text: string, bit: number) => (citedStatuteClasses(text) & bit) !== 0;
  it('an article carries what its text names (治安管理处罚法第二十五条: 拘留 and 罚款; 第五十条: 警告 too)', () => {
    expect(has('根据《中华人民共和国治安管理处罚法》第二十五条规定', SANCTION.detention)).toBe(true);
    expect(has('根据《中华人民共和国治安管理处罚法》第二十五条规定', SANCTION.fine)).toBe(true);
    expect(has('根据《中华人民共和国治安管理处罚法》第二十五条规定', SANCTION.warn)).toBe(false);
    expect(has('依照《治安管理处罚法》第五十条第一款第（二）项', SANCTION.warn)).toBe(true);
    // A version note in the title is no part of the name.
    expect(has('依照《中华人民共和国治安管理处罚法（2012年修正）》第五十条', SANCTION.fine)).toBe(true);
  });
  it('an article that only forbids carries no fine; the article that punishes the same act does (大气污染防治法第七十七条, 第一百一十九条)', () => {
    expect(has('根据《中华人民共和国大气污染防治法》第七十七条', SANCTION.fine)).toBe(false);
    expect(has('根据《中华人民共和国大气污染防治法》第七十七条、第一百一十九条', SANCTION.fine)).toBe(true);
  });
  it('licences, compulsion and quarantine by article (城乡规划法第四十条 and 第六十五条, 传染病防治法第四十一条)', () => {
    expect(has('依据《中华人民共和国城乡规划法》第四十条', SANCTION.license)).toBe(true);
    expect(has('依据《中华人民共和国城乡规划法》第六十五条', SANCTION.coercion)).toBe(true);
    expect(has('依据《中华人民共和国城乡规划法》第四十条', SANCTION.coercion)).toBe(false);
    expect(has('根据《中华人民共和国传染病防治法》第四十一条', SANCTION.quarantine)).toBe(true);
  });
  it('a law named as the basis without an article counts as a whole; a law broken or a text the library lacks does not', () => {
    expect(has('由林业主管部门依照《森林防火条例》的规定予以处罚', SANCTION.fine)).toBe(true);
    expect(has('根据《中华人民共和国传染病防治法》的相关规定', SANCTION.quarantine)).toBe(true);
    expect(has('违反《森林防火条例》的规定', SANCTION.fine)).toBe(false);
    expect(has('依照《某某村村规民约》的规定', SANCTION.fine)).toBe(false);
    expect(has('《中华人民共和国治安管理处罚法》', SANCTION.fine)).toBe(false);
  });
});

describe('the library decides, not the wording', () => {
  // http://www.wzshenglong.com/wap/showxw.asp?id=10284 (肇东, 2021-01-13): the article printed under its citation line.
  const zhaodong = blocks(
    '关于依法打击涉疫谣言的提示',
    '目前，公安机关正追查造谣者，并将依法予以严惩。',
    '《中华人民共和国治安管理处罚法》第二十五条',
    '有下列行为之一的，处五日以上十日以下拘留，可以并处五百元以下罚款；情节较轻的，处五日以下拘留或者五百元以下罚款：（一）散布谣言，谎报险情、疫情、警情或者以其他方法故意扰乱公共秩序的；',
  );
  const fired = () => runChecks({ blocks: zhaodong, type: 'normative' }).filter((f) => /sets-fine|restricts-liberty/.test(f.rule)).length;
  it('the article under its citation line restates the law: no finding', () => {
    expect(fired()).toBe(0);
  });
  it('Guard: the same page with a library that lacks the law is judged by its wording, as before', () => {
    useStatuteSanctions(new Map());
    expect(fired()).toBe(2);
  });
});
