import type { casefileContract } from '../../../shared/contract/casefile.js';
import { archiveCase, casefileView } from '../../core/casefile/casefile-service.js';
import { exportCasefile, printableCasefile } from '../../core/casefile/casefile-export.js';
import { issueReturnNotice, markMaterials, materialLists, matterMaterials, saveMaterialLists } from '../../core/casefile/materials.js';
import { letterServicesFor } from '../../core/letters/letter-services.js';
import type { HandlerMap } from '../handler-map.js';

export const casefileHandlers: HandlerMap<keyof typeof casefileContract> = {
  'casefile.get': (input, ctx) => casefileView(ctx.core.db, input.matterId),
  'casefile.archive': (input, ctx) => archiveCase(ctx.core.db, ctx.actor, input.matterId, input.archivedOn),
  'casefile.export': async (input, ctx) => {
    const out = await exportCasefile(ctx.core.db, input.matterId);
    return { fileName: out.fileName, content: out.bytes };
  },
  'casefile.printable': (input, ctx) => printableCasefile(ctx.core.db, input.matterId),
  'materials.lists': (_input, ctx) => materialLists(ctx.core.db),
  'materials.saveLists': (input, ctx) => saveMaterialLists(ctx.core.db, ctx.actor, input.lists),
  'materials.get': (input, ctx) => matterMaterials(ctx.core.db, input.matterId),
  'materials.mark': (input, ctx) => markMaterials(ctx.core.db, ctx.actor, input.matterId, input.marks),
  'materials.returnNotice': (input, ctx) => issueReturnNotice(ctx.core.db, ctx.actor, input.matterId, letterServicesFor(ctx.core)),
};
