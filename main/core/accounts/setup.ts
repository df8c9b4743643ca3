import type Database from 'better-sqlite3';
import { writeTransaction } from '../store/write-transaction.js';
import { passwordProblem } from '../../../shared/domain/account.js';
import { suggestOfficeCode, type OfficeKind } from '../../../shared/domain/exchange.js';
import { insertOfficeIdentity, makeOfficeKeys } from '../exchange/office-keys.js';
import { recordAudit } from '../audit.js';
import { AppError } from '../errors.js';
import { readOfficeSettings } from '../letters/office-settings.js';
import { prepared } from '../store/statements.js';
import { countAccounts, getAccount, insertAccount, type AccountRow } from './account-store.js';
import { hashPassword } from './password.js';
import { readSecuritySettings, writeSecuritySettings } from './security-settings.js';
import { createSession, type Door } from './sessions.js';
import type { AccountInput } from './account-service.js';

export interface SetupRequest {
  officeName: string;
  officeCode: string;
  /** The office's kind and exchange code; the key pair for exchange packages is made with them. */
  officeKind: OfficeKind;
  exchangeCode?: string;
  admin: AccountInput;
  singleUser: boolean;
  door: Door;
  address: string | null;
}

/**
 * First run: the office's name and 代字 (printed on every letter), its exchange identity with a fresh key
 * pair, and the first admin account, in one transaction that refuses to run once any account exists —
 * so a second browser tab cannot take over.
 */
export async function runSetup(db: Database.Database, req: SetupRequest): Promise<{ account: AccountRow; token: string }> {
  const problem = passwordProblem(req.admin.password, req.admin.login);
  if (problem) throw new AppError('account.weak-password', `${problem}。`, { field: 'admin.password' });
  const roles = req.admin.roles.includes('admin') ? req.admin.roles : ['admin' as const, ...req.admin.roles];
  const passwordHash = await hashPassword(req.admin.password);
  const keys = makeOfficeKeys();
  const exchangeCode = req.exchangeCode || suggestOfficeCode(req.officeCode);
  return writeTransaction(db, () => {
      if (countAccounts(db) > 0) throw new AppError('setup.done', '本工作台已完成初始设置，请用已有账号登录。');
      const office = { ...readOfficeSettings(db), officeName: req.officeName, numberPrefix: req.officeCode };
      prepared(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run('office', JSON.stringify(office));
      const id = insertAccount(db, { ...req.admin, roles, passwordHash });
      const account = getAccount(db, id);
      // An archive restored from before setup may already have an identity: keep its keys (partners trust them).
      if (!prepared(db, 'SELECT 1 FROM office_identity').get()) {
        insertOfficeIdentity(db, account.login, { name: req.officeName, code: exchangeCode, kind: req.officeKind }, keys);
      }
      recordAudit(db, { actor: account.login, action: 'setup', entity: 'account', entityId: id, after: { officeName: req.officeName, officeCode: req.officeCode, officeKind: req.officeKind, exchangeCode, login: account.login, roles, singleUser: req.singleUser } });
      if (req.singleUser) writeSecuritySettings(db, account.login, { ...readSecuritySettings(db), singleUserId: id });
      const token = createSession(db, id, req.door, req.address);
      return { account, token };
    });
}
