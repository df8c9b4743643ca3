/**
 * Figures written twice, in words and in digits side by side, that disagree (round ten A, issue 13): not only
 * money with 元 (amount.mismatch's uppercase amounts) but any quantity a contract states both ways — rent in
 * kind ("每年租金为肆仟(4200)市斤小麦"), area ("面积叁拾(35)亩"), a term ("期限二十(30)年"), a count
 * ("4200(肆仟)元" with the words in the brackets). The drafter meant one figure; which one binds is disputed.
 */
import { CN_NUMERAL_CHARS, parseChineseInteger } from '../text/cn-numerals.js';
import { guarded, matchesIn } from './guarded.js';

const CN = `[${CN_NUMERAL_CHARS}]`;
const FIG = '\\d[\\d,]*(?:\\.\\d+)?';
/** Words then the figure in brackets: "肆仟(4200)". */
const WORDS_FIGURE_RE = new RegExp(`(?<!${CN})(${CN}+)\\s*\\(\\s*(${FIG})\\s*\\)`, 'g');
/** The figure then the words in brackets: "4200(肆仟)", "4200(大写:肆仟)". */
const FIGURE_WORDS_RE = new RegExp(`(?<![\\d.,])(${FIG})\\s*\\(\\s*(?:大写\\s*:?\\s*)?(${CN}+)\\s*\\)`, 'g');
const WORDS_FIGURE = guarded('words then the figure in brackets', WORDS_FIGURE_RE, /\(\s*\d/);
const FIGURE_WORDS = guarded('figure then the words in brackets', FIGURE_WORDS_RE, /\d\s*\(/);
/** Financial numerals: a figure in these words is a stated quantity wherever it stands. */
const UPPERCASE_RE = /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]/;
/** A unit after the pair makes plain numerals (三十, 二〇二〇) a stated quantity too, not a list mark "(一)". */
const UNIT_AFTER_RE = /^\s*(?:万元|元|万|市斤|斤|公斤|千克|吨|亩|公顷|平方米|㎡|立方米|米|年|个月|月|日|天|小时|人|户|间|栋|份|株|棵|头|只|台|套|辆|%)/;

export interface WordsFigures {
  start: number;
  end: number;
  words: string;
  figure: string;
  wordsValue: number;
  figureValue: number;
}

export function wordsFiguresMismatches(text: string): WordsFigures[] {
  const out: WordsFigures[] = [];
  for (const [g, wordsFirst] of [[WORDS_FIGURE, true], [FIGURE_WORDS, false]] as const) {
    for (const m of matchesIn(text, g)) {
      const words = (wordsFirst ? m[1] : m[2]) as string;
      const figure = (wordsFirst ? m[2] : m[1]) as string;
      const end = m.index + m[0].length;
      if (!UPPERCASE_RE.test(words) && !UNIT_AFTER_RE.test(text.slice(end, end + 4))) continue;
      const wordsValue = parseChineseInteger(words);
      const figureValue = Number(figure.replace(/,/g, ''));
      if (wordsValue === null || !Number.isFinite(figureValue) || wordsValue === figureValue) continue;
      out.push({ start: m.index, end, words, figure, wordsValue, figureValue });
    }
  }
  return out;
}
