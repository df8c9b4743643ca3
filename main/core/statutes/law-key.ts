/**
 * The form law names are matched in: no spaces, book-title marks or 中华人民共和国 anywhere, so
 * 最高人民法院关于适用《中华人民共和国仲裁法》若干问题的解释 and …适用《仲裁法》… meet. Its own module so the
 * pre-check rules (main/core/rules/statutes) share it without loading the statute store's parser.
 */
export function lawLookupKey(name: string): string {
  return name.normalize('NFKC').replace(/[《》〈〉<>\s]/g, '').replaceAll('中华人民共和国', '');
}
