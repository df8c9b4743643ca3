import { Option } from 'commander';
import { defaultDataDir } from '../core/paths.js';

/** `--data DIR`, defaulting to REVIEW_DESK_DATA or the desktop app's data folder. */
export function dataOption(): Option {
  return new Option('--data <dir>', '数据目录 (data folder)').default(defaultDataDir());
}
