import type { systemContract } from '../contracts/system';
import { appInfo } from '../../services/store/app-state';
import type { HandlerMap } from './types';

export const systemHandlers: HandlerMap<keyof typeof systemContract> = {
  'system.info': (_input, ctx) => ({ ...appInfo(ctx.app), transport: ctx.transport }),
  'system.ping': (input, ctx) => ({ echo: input.echo, at: ctx.app.now().toISOString() }),
};
