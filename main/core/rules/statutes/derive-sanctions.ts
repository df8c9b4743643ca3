/**
 * Round seventeen, issue 13: derives the rules' sanction index (sanction-index.ts) from the shipped statute snapshot,
 * grouping its files into laws and versions exactly as the statute store does (law-versions.ts groupLawVersions, so
 * 民法典's 编 are one law). Per law the newest version not marked expired counts: a notice cites the law in force.
 */
import { articleText, groupLawVersions } from '../../statutes/law-versions.js';
import type { ShippedSnapshot } from '../../statutes/snapshot-file.js';
import { carriedClasses } from './sanction-classes.js';
import { lawKey, type SanctionIndexFile } from './sanction-index.js';

export function deriveSanctionIndex(snapshot: ShippedSnapshot): SanctionIndexFile {
  const newest = new Map<string, ReturnType<typeof groupLawVersions>[number]>();
  for (const v of groupLawVersions(snapshot.entries)) {
    if (v.expired) continue;
    const had = newest.get(v.name);
    if (!had || v.publish > had.publish) newest.set(v.name, v);
  }
  const laws: SanctionIndexFile['laws'] = [];
  for (const v of [...newest.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (v.articles.length === 0) continue;
    const articles: number[] = [];
    const sub: Record<string, number> = {};
    for (const a of v.articles) {
      const mask = carriedClasses(articleText(a));
      if (a.sub > 0) {
        if (mask) sub[a.key] = mask;
        continue;
      }
      while (articles.length < a.num) articles.push(0);
      articles[a.num - 1] = (articles[a.num - 1] as number) | mask;
    }
    while (articles.length > 0 && articles.at(-1) === 0) articles.pop();
    const keys = [...new Set([lawKey(v.name), lawKey(v.title)])];
    laws.push({ keys, articles, ...(Object.keys(sub).length ? { sub } : {}) });
  }
  return { format: 1, commit: snapshot.source.commit, generatedBy: 'main/cli/maintenance/build-statute-sanctions.ts', laws };
}
