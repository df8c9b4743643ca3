import { listReportFiles, readReportFile } from '../../core/exchange/county-files.js';
import { countyStatistics } from '../../core/exchange/county-statistics.js';
import { exportPackage } from '../../core/exchange/export-package.js';
import { packageHistory } from '../../core/exchange/history.js';
import { importPackage, previewPackage } from '../../core/exchange/import-package.js';
import { exportKeyFile, findOfficeIdentity, setUpOffice } from '../../core/exchange/office-keys.js';
import { listTrusted, trustOffice, withdrawTrust } from '../../core/exchange/trust-list.js';
import type { HandlerMap } from '../handler-map.js';
import { asBuffer } from '../bytes.js';

type ExchangeMethods =
  | 'exchange.office.get'
  | 'exchange.office.setup'
  | 'exchange.office.exportKey'
  | 'exchange.trust.list'
  | 'exchange.trust.add'
  | 'exchange.trust.withdraw'
  | 'exchange.package.export'
  | 'exchange.package.preview'
  | 'exchange.package.import'
  | 'exchange.history'
  | 'exchange.county.statistics'
  | 'exchange.county.files'
  | 'exchange.county.file';

export const exchangeHandlers: HandlerMap<ExchangeMethods> = {
  'exchange.office.get': (_input, ctx) => findOfficeIdentity(ctx.core.db),
  'exchange.office.setup': (input, ctx) => setUpOffice(ctx.core.db, ctx.actor, input),
  'exchange.office.exportKey': (_input, ctx) => exportKeyFile(ctx.core.db),
  'exchange.trust.list': (_input, ctx) => listTrusted(ctx.core.db),
  'exchange.trust.add': (input, ctx) => trustOffice(ctx.core.db, ctx.actor, input),
  'exchange.trust.withdraw': (input, ctx) => withdrawTrust(ctx.core.db, ctx.actor, input.code, input.reason),
  'exchange.package.export': (input, ctx) => {
    const result = exportPackage(ctx.core, ctx.actor, input);
    return { fileName: result.fileName, content: result.bytes, packageId: result.packageId, kind: result.kind, receiver: result.receiver, encrypted: result.encrypted };
  },
  'exchange.package.preview': (input, ctx) => previewPackage(ctx.core.db, asBuffer(input.content)),
  'exchange.package.import': (input, ctx) => importPackage(ctx.core.db, ctx.actor, asBuffer(input.content), { onConflict: input.onConflict }),
  'exchange.history': (input, ctx) => packageHistory(ctx.core.db, input.limit),
  'exchange.county.statistics': (input, ctx) => countyStatistics(ctx.core.db, input),
  'exchange.county.files': (input, ctx) => listReportFiles(ctx.core.db, input.packageId),
  'exchange.county.file': (input, ctx) => {
    const file = readReportFile(ctx.core.db, input.id);
    return { fileName: file.fileName, content: file.bytes };
  },
};
