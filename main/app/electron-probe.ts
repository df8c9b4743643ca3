/** Printed before the binary's path by `npm start`'s probe, so download progress cannot be mistaken for it. */
export const PATH_MARKER = '@@review-desk-electron-path@@';

/**
 * The binary's path from the probe's output. The electron package downloads the binary on first use
 * and prints its progress to the same stdout, so the path is the text after our marker, not the output.
 */
export function electronPathFromProbe(stdout: string | null | undefined): string | null {
  const at = stdout?.lastIndexOf(PATH_MARKER) ?? -1;
  if (!stdout || at < 0) return null;
  const path = stdout.slice(at + PATH_MARKER.length).split(/\r?\n/)[0]!.trim();
  return path === '' ? null : path;
}
