import type { importsContract } from '../contracts/imports';
import { requireRuntime } from '../context';
import { importZip } from '../../services/crf1-import/run';
import type { HandlerMap } from './types';

export const importsHandlers: HandlerMap<keyof typeof importsContract> = {
  'imports.run': (input, ctx) =>
    importZip(requireRuntime(ctx), Buffer.from(input.zipBase64, 'base64'), { dryRun: input.dryRun }),
};
