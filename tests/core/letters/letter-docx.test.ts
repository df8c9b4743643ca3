import { beforeAll, describe, expect, it } from 'vitest';
import { buildLetterDocx } from '../../../main/core/letters/index.js';
import type { OfficeSettings } from '../../../shared/domain/letter.js';
import { attrOf, part, rawText, startTags } from './docx-test-utils.js';
import { legalityOpinion, manyOpinions, opinions, settings } from './sample-letter.js';

const MM = 1440 / 25.4;

/** Paragraph texts as mammoth reads them, without the empty ones. */
async function paragraphs(buf: Buffer): Promise<string[]> {
  return (await rawText(buf)).split('\n\n').filter((p) => p.trim() !== '');
}

/** The w:rPr of the run whose text is exactly `text`. */
function rPrOf(xml: string, text: string): string {
  const m = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].find((r) => r[1]!.includes(`>${text}</w:t>`));
  if (!m) throw new Error(`no run with text ${text}`);
  return /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(m[1]!)?.[0] ?? '';
}

function paragraphOf(xml: string, text: string): string {
  const m = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].find((p) => p[1]!.includes(`>${text}</w:t>`));
  if (!m) throw new Error(`no paragraph with text ${text}`);
  return m[0];
}

function fontOf(rPr: string): { eastAsia: string | null; size: number } {
  const fonts = startTags(rPr, 'w:rFonts')[0] ?? '';
  const sz = startTags(rPr, 'w:sz')[0] ?? '';
  return { eastAsia: attrOf(fonts, 'w:eastAsia'), size: Number(attrOf(sz, 'w:val')) };
}

describe('buildLetterDocx: GB/T 9704 layout', () => {
  let buf: Buffer;
  let doc: string;
  let sectPr: string;
  beforeAll(async () => {
    buf = await buildLetterDocx(legalityOpinion(), settings);
    doc = part(buf, 'word/document.xml');
    sectPr = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(doc)![0];
  });

  it('A4 page, margins and a 156 × 225 mm type area', () => {
    const pgSz = startTags(sectPr, 'w:pgSz')[0]!;
    expect(attrOf(pgSz, 'w:w')).toBe('11906');
    expect(attrOf(pgSz, 'w:h')).toBe('16838');
    const pgMar = startTags(sectPr, 'w:pgMar')[0]!;
    const mar = (k: string) => Number(attrOf(pgMar, `w:${k}`)) / MM;
    expect(Math.abs(mar('top') - 37)).toBeLessThanOrEqual(1);
    expect(Math.abs(mar('left') - 28)).toBeLessThanOrEqual(1);
    expect(Math.abs(210 - mar('left') - mar('right') - 156)).toBeLessThanOrEqual(1);
    expect(Math.abs(297 - mar('top') - mar('bottom') - 225)).toBeLessThanOrEqual(1);
  });

  it('22 exact lines × 28 characters (line grid, exact line spacing, 三号 tracking)', () => {
    const grid = startTags(sectPr, 'w:docGrid')[0]!;
    const pgMar = startTags(sectPr, 'w:pgMar')[0]!;
    const n = (t: string, k: string) => Number(attrOf(t, `w:${k}`));
    expect(attrOf(grid, 'w:type')).toBe('lines');
    const height = 16838 - n(pgMar, 'top') - n(pgMar, 'bottom');
    const width = 11906 - n(pgMar, 'left') - n(pgMar, 'right');
    expect(Math.floor(height / n(grid, 'linePitch'))).toBe(22);
    const body = paragraphOf(doc, `1.${opinions[0]!.text}`);
    expect(body).toContain(`w:line="${n(grid, 'linePitch')}" w:lineRule="exact"`);
    // Character pitch is the 16 pt body size plus the run's w:spacing (twips).
    const tracking = Number(/<w:spacing w:val="(-?\d+)"\/>/.exec(body)![1]);
    const pitchPt = 16 + tracking / 20;
    expect(Math.floor(width / 20 / pitchPt)).toBe(28);
  });

  it('title 二号 小标宋, body 三号 仿宋, headings 黑体 and 楷体, East Asian fonts set', () => {
    expect(fontOf(rPrOf(doc, '关于《某某村村规民约（送审稿）》'))).toEqual({ eastAsia: '方正小标宋简体', size: 44 });
    expect(fontOf(rPrOf(doc, '郯城县某某镇某某村民委员会：'))).toEqual({ eastAsia: '仿宋_GB2312', size: 32 });
    expect(fontOf(rPrOf(doc, '一、审查事项及送审材料'))).toEqual({ eastAsia: '黑体', size: 32 });
    expect(fontOf(rPrOf(doc, '（一）必须修改的问题'))).toEqual({ eastAsia: '楷体_GB2312', size: 32 });
    expect(fontOf(rPrOf(doc, `1.${opinions[0]!.text}`))).toEqual({ eastAsia: '仿宋_GB2312', size: 32 });
    // Body paragraphs start two characters in.
    expect(paragraphOf(doc, `1.${opinions[0]!.text}`)).toContain('w:firstLineChars="200"');
    // The document default is the body font too.
    expect(part(buf, 'word/styles.xml')).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>/);
  });

  it('fallback font names in the font table', () => {
    const table = part(buf, 'word/fontTable.xml');
    const alt = (name: string) => {
      const m = new RegExp(`<w:font w:name="${name}">([\\s\\S]*?)</w:font>`).exec(table);
      return (attrOf(startTags(m?.[1] ?? '', 'w:altName')[0] ?? '', 'w:val') ?? '').split(',');
    };
    expect(alt('方正小标宋简体')).toEqual(expect.arrayContaining(['方正小标宋_GBK', '华文中宋', 'SimSun']));
    expect(alt('仿宋_GB2312')).toEqual(expect.arrayContaining(['仿宋', 'FangSong']));
    expect(alt('楷体_GB2312')).toEqual(expect.arrayContaining(['楷体', 'KaiTi']));
    expect(table).toContain('<w:charset w:val="86"/>');
  });

  it('page numbers "— n —" in 四号 宋体: odd pages right, even pages left', () => {
    expect(part(buf, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const rels = part(buf, 'word/_rels/document.xml.rels');
    const target = (type: string) => {
      const ref = startTags(sectPr, 'w:footerReference').find((t) => attrOf(t, 'w:type') === type)!;
      const rel = startTags(rels, 'Relationship').find((r) => attrOf(r, 'Id') === attrOf(ref, 'r:id'))!;
      return part(buf, `word/${attrOf(rel, 'Target')}`);
    };
    for (const [type, side] of [
      ['default', 'right'],
      ['even', 'left'],
    ] as const) {
      const footer = target(type);
      expect(footer).toContain(`<w:jc w:val="${side}"/>`);
      expect(Number(attrOf(startTags(footer, 'w:ind')[0]!, `w:${side}`))).toBeGreaterThan(0);
      expect(footer).toMatch(/<w:t xml:space="preserve">— <\/w:t>[\s\S]*<w:fldChar w:fldCharType="begin"\/>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*<w:fldChar w:fldCharType="end"\/>[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/);
      expect(fontOf(rPrOf(footer, '— '))).toEqual({ eastAsia: '宋体', size: 28 });
    }
  });

  it('prints the number, addressee, opinions in order with their basis, attachments, signature and date', async () => {
    const ps = await paragraphs(buf);
    const at = (text: string) => {
      const i = ps.indexOf(text);
      expect(i, text).toBeGreaterThanOrEqual(0);
      return i;
    };
    expect(at('郯城县司法局')).toBeLessThan(at('郯司审〔2024〕15号'));
    expect(at('郯司审〔2024〕15号')).toBeLessThan(at('关于《某某村村规民约（送审稿）》的合法性审查意见书'));
    // Grouped by severity, the reviewer's order kept inside each group, each followed by its basis.
    const order = [
      at('（一）必须修改的问题'),
      at(`1.${opinions[0]!.text}`),
      at('原文：“外嫁女不得参与集体收益分配”'),
      at('依据：《妇女权益保障法》第五十五条。'),
      at(`2.${opinions[2]!.text}`),
      at('依据：《行政处罚法》第十六条。'),
      at('（二）建议修改的问题'),
      at(`1.${opinions[1]!.text}`),
      at(`2.${opinions[4]!.text}`),
      at('（三）提示事项'),
      at(`1.${opinions[3]!.text}`),
      at('依据：《村民委员会组织法》第二十七条。'),
      at('附件：1.修改意见对照表'),
      at('2.审查依据条文摘录'),
      ps.lastIndexOf('郯城县司法局'),
      at('2024年1月15日'),
      at('（联系人：王五，电话：0539-6212345）'),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(ps.join('\n')).not.toMatch(/2024年0|月0/);
    expect(at('经审查，审查结论为：修改后合法。')).toBe(at('四、审查结论') + 1);
    // 审查依据 cites each law once in full (以下简称 for later citations); opinions use the short name.
    expect(at('二、审查依据')).toBeLessThan(at('1.《中华人民共和国妇女权益保障法》（以下简称《妇女权益保障法》）第五十五条；'));
    // The internal 审查人/复核人 line stays on the 审查登记表 unless the office prints it.
    expect(ps.some((p) => p.startsWith('审查人：'))).toBe(false);
    const shown = await paragraphs(await buildLetterDocx(legalityOpinion(), { ...settings, signatureLines: { ...settings.signatureLines, show: true } }));
    expect(shown).toContain('审查人：张三　　复核人：李四');
  });

  it('all 30 opinions of a long letter, in order', async () => {
    const many = manyOpinions(30);
    const ps = await paragraphs(await buildLetterDocx(legalityOpinion({ opinions: many }), settings));
    const printed = ps.filter((p) => /^\d+\.第\d+号意见/.test(p)).map((p) => Number(/第(\d+)号/.exec(p)![1]));
    const expected = [0, 1, 2].flatMap((s) => many.map((_, i) => i + 1).filter((n) => (n - 1) % 3 === s));
    expect(printed).toEqual(expected);
  });
});

describe('buildLetterDocx: kinds and variants', () => {
  it('return notice lists the missing materials and has no conclusion section', async () => {
    const ps = await paragraphs(
      await buildLetterDocx(
        legalityOpinion({
          kind: 'return-notice',
          conclusion: null,
          summary: '',
          opinions: [],
          attachments: [],
          missingMaterials: ['村民会议表决记录', '征求意见情况说明。'],
        }),
        settings,
      ),
    );
    expect(ps).toContain('关于《某某村村规民约（送审稿）》送审材料补正的通知');
    const a = ps.indexOf('1.村民会议表决记录；');
    expect(a).toBeGreaterThan(ps.indexOf('一、需补正的材料'));
    expect(ps[a + 1]).toBe('2.征求意见情况说明。');
    expect(ps.some((p) => p.includes('审查结论'))).toBe(false);
  });

  it('legal opinion, draft number, correction note and edited fixed texts', async () => {
    const edited: OfficeSettings = structuredClone(settings);
    edited.fixedTexts['legal-opinion'].title = '关于{matter}的法律意见（{office}）';
    const ps = await paragraphs(
      await buildLetterDocx(
        legalityOpinion({ kind: 'legal-opinion', letterNumber: null, corrects: '郯司审〔2024〕9号', closingText: '' }),
        edited,
      ),
    );
    expect(ps).toContain('（草稿，未编号）');
    expect(ps).toContain('关于《某某村村规民约（送审稿）》的法律意见（郯城县司法局）');
    expect(ps).toContain('本文书系对郯司审〔2024〕9号的更正，内容不一致的，以本文书为准。');
    expect(ps.some((p) => p.startsWith('本法律意见仅基于'))).toBe(false);
  });

  const charTwips = (11906 - 1587 - 1474) / 28;
  /** Alignment and the paragraph's box [left, right] in characters from the left edge of the type area. */
  const placed = (doc: string, text: string) => {
    const p = paragraphOf(doc, text);
    const ind = startTags(p, 'w:ind')[0]!;
    const left = Number(attrOf(ind, 'w:left') ?? 0) / charTwips;
    const right = 28 - Number(attrOf(ind, 'w:right') ?? 0) / charTwips;
    return { jc: attrOf(startTags(p, 'w:jc')[0]!, 'w:val'), left, right, centre: (left + right) / 2 };
  };

  it('unsealed letters: office two characters from the right, date starting two characters further right (7.3.5.2)', async () => {
    const unsealed = { ...settings, sealed: false, showOfficeHeader: false };
    // Office name (11 characters) longer than the date (4 CJK + 7 half-width digits = 6.5).
    const long = part(await buildLetterDocx(legalityOpinion({ officeName: '郯城县司法局某某镇司法所' }), unsealed), 'word/document.xml');
    const [office, date] = [placed(long, '郯城县司法局某某镇司法所'), placed(long, '2024年1月15日')];
    // Both left-aligned: the date's first character two characters right of the office's, whatever the widths.
    expect([office.jc, date.jc]).toEqual(['left', 'left']);
    expect(date.left - office.left).toBeCloseTo(2, 2);
    expect(28 - (office.left + 12)).toBeCloseTo(2, 2);
    // The date's line may run into the right margin rather than wrap (a renderer setting it wider than counted).
    expect(date.right).toBeGreaterThan(28);
    // Date longer than the office name: the date keeps two characters, the name moves left.
    const short = part(await buildLetterDocx(legalityOpinion(), unsealed), 'word/document.xml');
    const [o2, d2] = [placed(short, '郯城县司法局'), placed(short, '2024年1月15日')];
    expect(28 - (d2.left + 6.5)).toBeCloseTo(2, 2);
    expect(d2.left - o2.left).toBeCloseTo(2, 2);
    expect(short).not.toContain('FF0000');
  });

  it('sealed letters: office and date centred in one box, the date four characters from the right (7.3.5.1)', async () => {
    const doc = part(await buildLetterDocx(legalityOpinion(), { ...settings, showOfficeHeader: false }), 'word/document.xml');
    const [office, date] = [placed(doc, '郯城县司法局'), placed(doc, '2024年1月15日')];
    // One box for both lines: the office is centred over the date by construction.
    expect([office.jc, date.jc]).toEqual(['center', 'center']);
    expect(office.left).toBeCloseTo(date.left, 3);
    expect(office.right).toBeCloseTo(date.right, 3);
    // For the counted width (6.5 characters) the date ends four characters from the right.
    expect(28 - (date.centre + 6.5 / 2)).toBeCloseTo(4, 2);
  });

  it('keeps with the next paragraph only the title, headings and the tail that must stand with the 署名', async () => {
    const doc = part(await buildLetterDocx(legalityOpinion({ opinions: manyOpinions(8) }), { ...settings, printBasisPart: true }), 'word/document.xml');
    const paras = [...doc.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const text = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const kept = paras.filter((p) => p.includes('<w:keepNext/>'));
    const headings = paras.filter((p) => /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(text(p)));
    expect(headings.length).toBeGreaterThan(4);
    const sig = paras.findLastIndex((p) => text(p) === '郯城县司法局');
    const lastText = paras.slice(0, sig).findLastIndex((p) => text(p) !== '' && !text(p).startsWith('附件') && !/^\d+\./.test(text(p)));
    const tail = paras.slice(lastText, sig + 2);
    // Title + headings + the last paragraph of text, the blank lines and 附件说明 after it, 署名, and the
    // date (a 附注 follows it) — and nothing else: body paragraphs are not chained to each other.
    expect(kept.map(text).sort()).toEqual([text(paras.find((p) => text(p).startsWith('关于'))!), ...headings.map(text), ...tail.map(text)].sort());
    // The last paragraph goes over with the 署名 by its last two lines only (widow control), not whole.
    expect(paras[lastText]).not.toContain('<w:keepLines/>');
    expect(paras[lastText]).toContain('<w:widowControl/>');
  });

  it('rejects an invalid model', async () => {
    await expect(buildLetterDocx(legalityOpinion({ issueDate: '2024-02-30' }), settings)).rejects.toThrow();
    await expect(buildLetterDocx(legalityOpinion({ recipient: '' }), settings)).rejects.toThrow();
  });
});
