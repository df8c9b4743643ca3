import { CONTRACT_TYPES } from './helpers.js';
import { BASIS } from '../basis.js';
import type { Rule, TitleHit } from '../types.js';

const SIGN_RE = /签字|签名|签章|盖章|\((公)?章\)|法定代表人|委托代理人|授权代表|按指印|手印|捺印|\(签\)/;
const SHORT_BLOCK = 80;

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
    if (units.length === 0) return [];
    // A signature block is a short line near the end, not the sentence "经双方签字盖章后生效".
    const from = Math.min(Math.floor(units.length * 0.6), Math.max(0, units.length - 25));
    const found = units.slice(from).some((u) =>
      u.text.split(/[\n\u001f]/).some((line) => line.length <= SHORT_BLOCK && SIGN_RE.test(line) && !/生效/.test(line)),
    );
    const hit: TitleHit = { anchor: 'title' };
    return found ? [] : [hit];
  },
};
