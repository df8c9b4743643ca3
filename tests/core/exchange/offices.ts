import type { Role } from '../../../shared/domain/account.js';
import type { OfficeKind } from '../../../shared/domain/exchange.js';
import { readOfficeSettings, saveOfficeSettings } from '../../../main/core/letters/office-settings.js';
import { openCore, type Core } from '../../../main/core/core.js';
import { exportKeyFile, setUpOffice } from '../../../main/core/exchange/office-keys.js';
import { trustOffice } from '../../../main/core/exchange/trust-list.js';
import { ensureAccount } from '../../support/accounts.js';
import { makeTempDir } from '../../support/temp-dir.js';

/** One installation: its own data folder, an office identity and a staff account. */
export interface Office {
  core: Core;
  code: string;
  name: string;
  dir: string;
  dispose(): void;
}

export async function makeOffice(name: string, code: string, kind: OfficeKind, staff: { login: string; roles?: Role[]; displayName?: string }[] = []): Promise<Office> {
  const temp = makeTempDir(`review-desk-${code}-`);
  const core = await openCore(temp.dir);
  await ensureAccount(core, 'admin');
  for (const s of staff) await ensureAccount(core, s.login, s.roles, { displayName: s.displayName });
  setUpOffice(core.db, 'admin', { name, code, kind });
  // Letters need the office's name and 代字 before the first one is issued.
  // This office prints the 审查人/复核人 line on its letters (off by default), so the test can read the names.
  const office = readOfficeSettings(core.db);
  saveOfficeSettings(core.db, 'admin', { ...office, officeName: name, numberPrefix: `${code}审`, signatureLines: { ...office.signatureLines, show: true } });
  return {
    core,
    code,
    name,
    dir: temp.dir,
    dispose: () => {
      core.close();
      temp.remove();
    },
  };
}

/** `receiver` trusts `sender` after "checking the fingerprint on the phone" (read from the key file). */
export function trust(receiver: Office, sender: Office, validUntil: string | null = null): void {
  const key = exportKeyFile(sender.core.db);
  const fingerprint = (JSON.parse(key.json) as { fingerprint: string }).fingerprint;
  trustOffice(receiver.core.db, 'admin', { keyFile: key.json, confirmFingerprint: fingerprint, validUntil });
}
