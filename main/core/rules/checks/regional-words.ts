import { lexiconExtension } from './lexicon-extension.js';

/**
 * Round twelve (B), issue 13: the same legal categories in the words of regional drafting and of reposts in traditional
 * script (Guangdong and Hong Kong usage reaches the corpus through converted pages): 清拆 for 拆除 ("逾期不拆的，予以清拆",
 * "強制清拆"), 查扣 for 查封、扣押 ("一律予以查扣"), 充公 for 没收 ("违者物品充公"). Traditional characters are already read
 * as simplified (text/traditional.ts); these are words, not characters. Each rule keeps its own lexicon and adds these
 * alternatives to it, so a rule's checks (negation, a statute named, a report) apply to them unchanged.
 */
const COERCION_WORDS = '(予以|一律|组织|强制|强行|依法|进行|直接|由[^。;,，\\n]{0,12}?)清拆|(予以|一律|当场|现场|依法|进行)?查扣';
const PENALTY_WORDS = '(一律|予以|没收|物品|财物|工具|货物|违法所得)?充公';

// One cache per word set: the same lexicon widened by both sets gets two patterns.
/** A coercion lexicon with 清拆/查扣 added. */
export const withRegionalCoercion = lexiconExtension(COERCION_WORDS);

/** A penalty lexicon with 充公 added. */
export const withRegionalPenalty = lexiconExtension(PENALTY_WORDS);
