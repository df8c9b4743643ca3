/**
 * Round twelve (B), issue 13: a procurement or tender announcement, an award notice or a lease-out tender ("招标公告",
 * "中标(成交)结果公告", "招标详情", "项目概况 … 预算金额", "土地出租竞租公告") is filed as a contract matter but is no
 * contract: it invites offers or reports who won, and the contract comes later. It owes neither the clauses of
 * 民法典第470条 nor a signature block — unless the page carries the contract itself (本合同/本协议), which is read as one.
 */
import type { CheckContext } from '../types.js';

const NOTICE_RE =
  /招标公告|招标详情|中标(\(成交\)|（成交）)?(结果|信息|候选人)|成交(结果|信息)?公告|采购公告|采购意向|询价公告|竞争性(磋商|谈判)公告|比选公告|招租公告|竞租公告|出租公告|流转公告|拍卖公告|挂牌公告|项目概况|潜在投标人|投标人须知|采购文件/;
const CONTRACT_SELF_RE = /本(?:合同|协议|契约)|立(?:合同|协议|契约)|(?:合同|协议)(?:如下|条款如下)|以下无正文/;

/** The text is an announcement of a procurement, tender or award, with no contract of its own in it. */
export function isAnnouncement(ctx: CheckContext): boolean {
  const head = `${ctx.title}\n${ctx.units.slice(0, 6).map((u) => u.text).join('\n')}`;
  return NOTICE_RE.test(head) && !CONTRACT_SELF_RE.test(ctx.fullText);
}
