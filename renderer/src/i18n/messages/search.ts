import { defineMessages } from './define';

/** 全文检索. */
export const searchMessages = defineMessages({
  zh: {
    'nav.search': '全文检索',
    'search.title': '全文检索',
    'search.placeholder': '输入检索词（一个字也可以），如：罚款、租赁期限',
    'search.button': '检索',
    'search.type': '事项类型',
    'search.unit': '送审单位',
    'search.year': '收件年份',
    'search.hint': '在文档正文和事项标题中查找。可按事项类型、送审单位和收件年份筛选。',
    'search.results': '检索结果',
    'search.total': '共 {n} 处匹配',
    'search.none': '没有找到包含“{q}”的文档或事项。',
    'search.paragraph': '第 {n} 段',
    'search.titleMatch': '标题匹配',
  },
  en: {
    'nav.search': 'Search',
    'search.title': 'Full-text search',
    'search.placeholder': 'Search term (one character is enough), e.g. 罚款, 租赁期限',
    'search.button': 'Search',
    'search.type': 'Matter type',
    'search.unit': 'Submitting unit',
    'search.year': 'Year received',
    'search.hint': 'Searches document text and matter titles. Filter by matter type, submitting unit and year received.',
    'search.results': 'Results',
    'search.total': '{n} matches',
    'search.none': 'No document or matter contains “{q}”.',
    'search.paragraph': 'paragraph {n}',
    'search.titleMatch': 'Title match',
  },
});
