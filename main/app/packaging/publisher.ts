// Who publishes the installer: package.json `homepage` and `author.email`, and the deb's `linux.maintainer`
// in electron-builder.yml. There is no project web site and no project mail box, so the repository ships
// reserved placeholder values (RFC 2606 example.com) and whoever builds the installers for an office puts the
// office's own (its IT department's page and mail box) there. A deb with a placeholder maintainer would tell
// users to write to nobody, so the Linux build refuses while any of them is a placeholder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reserved names (RFC 2606 / 6761) that can never belong to a real publisher. */
const RESERVED = /(^|[.@/])(example\.(com|org|net)|[^.\s/@]+\.(example|invalid|test|localhost)|localhost)([/:>\s]|$)/i;

export interface PublisherFields {
  homepage: string | null;
  authorEmail: string | null;
  maintainer: string | null;
}

/** Reads the three fields from the project's files (the yml by its one `maintainer:` line: no YAML parser needed). */
export function readPublisherFields(root: string): PublisherFields {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { homepage?: string; author?: string | { email?: string } };
  const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
  const maintainer = /^\s+maintainer:\s*(.+?)\s*$/m.exec(yml)?.[1]?.replace(/^["']|["']$/g, '') ?? null;
  const authorEmail = typeof pkg.author === 'string' ? (/<([^>]+)>/.exec(pkg.author)?.[1] ?? null) : (pkg.author?.email ?? null);
  return { homepage: pkg.homepage ?? null, authorEmail, maintainer };
}

/** What is missing or still a placeholder, in words for the person building (empty when all are real). */
export function publisherProblems(f: PublisherFields): string[] {
  const problems: string[] = [];
  if (!f.homepage || !/^https?:\/\/[^/\s]+/.test(f.homepage)) problems.push('package.json "homepage" is missing (the deb requires it)');
  else if (RESERVED.test(f.homepage)) problems.push(`package.json "homepage" is the placeholder ${f.homepage}`);
  if (!f.authorEmail || !/^[^@\s]+@[^@\s]+$/.test(f.authorEmail)) problems.push('package.json "author.email" is missing');
  else if (RESERVED.test(f.authorEmail)) problems.push(`package.json "author.email" is the placeholder ${f.authorEmail}`);
  const mail = f.maintainer ? /<([^>]+)>/.exec(f.maintainer)?.[1] : undefined;
  if (!f.maintainer || !mail) problems.push('electron-builder.yml linux.maintainer must be "Name <e-mail>" (Debian policy)');
  else if (RESERVED.test(mail)) problems.push(`electron-builder.yml linux.maintainer is the placeholder ${f.maintainer}`);
  return problems;
}

/** Whether these electron-builder arguments build Linux packages on this host (the default target there). */
export function buildsLinux(args: string[], host: NodeJS.Platform): boolean {
  if (args.includes('--linux') || args.includes('-l')) return true;
  const other = ['--mac', '-m', '--win', '-w'].some((a) => args.includes(a));
  return host === 'linux' && !other && !args.includes('--dir');
}
