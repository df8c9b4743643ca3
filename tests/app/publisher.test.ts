import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildsLinux, publisherProblems, readPublisherFields } from '../../main/app/packaging/publisher.js';

/*
 * The project has no web site and no mail box of its own: package.json and electron-builder.yml carry
 * reserved example.com placeholders, and the deb build refuses until an office puts its own there.
 */

const root = resolve(import.meta.dirname, '..', '..');

describe('publisher fields for the installers', () => {
  // The repository ships placeholders on purpose; a build copy configured for an office flips these two tests.
  it('finds the shipped values to be placeholders', () => {
    const fields = readPublisherFields(root);
    expect(fields.homepage).toMatch(/^https:\/\//);
    expect(fields.maintainer).toMatch(/<.+@.+>/);
    const problems = publisherProblems(fields);
    expect(problems.map((p) => p.split(' is ')[0])).toEqual(['package.json "homepage"', 'package.json "author.email"', 'electron-builder.yml linux.maintainer']);
  });

  it('accepts an office’s real values and names each missing or malformed one', () => {
    expect(publisherProblems({ homepage: 'https://sfj.example-county.gov.cn/review-desk', authorEmail: 'it@sfj.example-county.gov.cn', maintainer: '某县司法局信息科 <it@sfj.example-county.gov.cn>' })).toEqual([]);
    expect(publisherProblems({ homepage: null, authorEmail: 'nobody', maintainer: '某县司法局信息科' })).toHaveLength(3);
    expect(publisherProblems({ homepage: 'https://intranet.invalid/', authorEmail: 'a@b.test', maintainer: 'X <x@localhost>' })).toHaveLength(3);
  });

  it('knows which builds make Linux packages', () => {
    expect(buildsLinux([], 'linux')).toBe(true);
    expect(buildsLinux(['--dir'], 'linux')).toBe(false);
    expect(buildsLinux(['--win'], 'linux')).toBe(false);
    expect(buildsLinux([], 'win32')).toBe(false);
    expect(buildsLinux(['--linux', 'deb'], 'darwin')).toBe(true);
  });

  it('makes `npm run dist` for Linux fail before compiling anything while they are placeholders', () => {
    const run = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'main', 'app', 'packaging', 'dist.ts'), '--linux'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('打包失败');
    expect(run.stderr).toContain('homepage');
    expect(run.stdout).not.toContain('better-sqlite3 for Electron');
  });
});
