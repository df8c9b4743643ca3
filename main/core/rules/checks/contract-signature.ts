import { CONTRACT_TYPES, endsCutOff } from './helpers.js';
import { BASIS } from '../basis.js';
import type { Rule, TitleHit } from '../types.js';
import { aboutAContract } from './contract-missing-clause.js';
import { isAnnouncement } from './announcement.js';

/**
 * Round twelve (B): a court's judgment, ruling or mediation paper, or a case report (典型案例, "…纠纷案", "某某诉某村
 * 案"), about a contract is signed by the court or published by an editor; the contract's signature block is no part of
 * it (as contract.missing-clause already leaves reports alone).
 */
const COURT_PAPER_TITLE_RE = /(判决书|裁定书|调解书|裁决书|决定书|审理报告|案例|案例评析|案例分析|(?<![方草初预议提备图档文教答定])案)\s*([(（][^)）]{0,20}[)）])?$/;
const CASE_HEAD_RE = /【(类型|子类别|案例|案情|裁判要旨|基本案情)】|典型案例|案情简介|基本案情|裁判要旨|本院认为/;

const SIGN_RE = /签字|签名|签章|盖章|\((公)?章\)|法定代表人|委托代理人|授权代表|按指印|手印|捺印|\(签\)/;
const SHORT_BLOCK = 80;
const PARTY_LINE_RE = /^\s*(甲方|乙方|丙方|出租[人方]|承租[人方]|发包[人方]|承包[人方]|买方|卖方|出卖人|买受人|委托[人方]|受托[人方]|借款人|出借人|贷款人|保证人|转让方|受让方)[^:]{0,12}:/;

export const contractSignature: Rule = {
  id: 'contract.no-signature',
  ref: 'P-CT-SIGN',
  title: '缺少签署栏',
  types: CONTRACT_TYPES,
  severity: 'should',
  message: '未发现当事人签名、盖章栏',
  basis: BASIS.civil490,
  suggestion: '建议在合同文本末尾设置各方当事人签名（盖章）、签署日期栏，并确保各方签名、盖章或者按指印。',
  check(ctx) {
    const units = ctx.units.filter((u) => u.text.trim() !== '');
    // A text that stops mid-sentence has lost its end, where the signature block would be
    // (contract.missing-clause says so in one quiet finding).
    if (units.length === 0 || endsCutOff(ctx)) return [];
    const head = units.slice(0, 12).map((u) => u.text).join('\n');
    if (ctx.structure.genre === 'report' || COURT_PAPER_TITLE_RE.test(ctx.title.replace(/\s+/g, '')) || CASE_HEAD_RE.test(head)) return [];
    if (aboutAContract(ctx.fullText) || isAnnouncement(ctx)) return [];
    // A signature block is a short line near the end, not the sentence "经双方签字盖章后生效".
    const from = Math.min(Math.floor(units.length * 0.6), Math.max(0, units.length - 25));
    const lines = units.slice(from).flatMap((u) => u.text.split(/[\n\u001f]/));
    const labelled = lines.some((line) => line.length <= SHORT_BLOCK && SIGN_RE.test(line) && !/生效/.test(line));
    // Or a party block at the end ("甲方：××公司 … 签订日期：…"), where seals go.
    const partyBlock =
      lines.some((line) => PARTY_LINE_RE.test(line)) && lines.some((line) => /(签订|签约|签署)(日期|时间)|^\s*日期\s*:/.test(line));
    const found = labelled || partyBlock;
    const hit: TitleHit = { anchor: 'title' };
    return found ? [] : [hit];
  },
};
