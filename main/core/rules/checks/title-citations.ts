/**
 * Round thirteen (B), issue 13: when the document's first block is its preamble ("为…，依照《中华人民共和国水法》和国务院
 * 《血吸虫病防治条例》以及《某州水资源保护管理条例》，现将…事项通告如下："), the title the engine reads holds the statutes the
 * notice cites. A statute cited as the basis does not make the notice a statute (the no-validity rule's "legislation"
 * test): the cited clauses are left out before the title is read as a law's.
 */
const CITATION_RE = /(依照|依据|根据|按照|遵照|贯彻|落实)[^,，。:：;；]*/g;

export function withoutCitations(title: string): string {
  return title.replace(CITATION_RE, '');
}
