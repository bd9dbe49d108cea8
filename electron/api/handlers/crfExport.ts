import type { crfExportContract } from '../contracts/crfExport';
import { requireRuntime } from '../context';
import { createExport, exportOverview, keepExport, readKeptExport } from '../../services/reports/export';
import {
  confirmProgrammeKey,
  exportSettings,
  setCentralRecipient,
  setProgrammeKey,
} from '../../services/reports/programme-key';
import type { HandlerMap } from './types';

export const crfExportHandlers: HandlerMap<keyof typeof crfExportContract> = {
  'crfExport.settings': (_input, ctx) => exportSettings(requireRuntime(ctx)),
  'crfExport.setKey': (input, ctx) => setProgrammeKey(requireRuntime(ctx), input.key),
  'crfExport.confirmKey': (input, ctx) => confirmProgrammeKey(requireRuntime(ctx), input.keyId),
  'crfExport.setRecipient': (input, ctx) => setCentralRecipient(requireRuntime(ctx), input.recipient),
  'crfExport.run': async (input, ctx) => {
    const runtime = requireRuntime(ctx);
    const result = await createExport(runtime, { ...input, version: ctx.app.version });
    keepExport(runtime, result);
    const entry = exportOverview(runtime).entries.find((e) => e.sequence === result.sequence)!;
    return entry;
  },
  'crfExport.history': (_input, ctx) => exportOverview(requireRuntime(ctx)),
  'crfExport.download': (input, ctx) => {
    const kept = readKeptExport(requireRuntime(ctx), input.sequence);
    return { fileName: kept.fileName, base64: kept.bytes.toString('base64') };
  },
};
