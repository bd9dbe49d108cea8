import type { systemContract } from '../contracts/system';
import type { HandlerMap } from './types';

export const systemHandlers: HandlerMap<keyof typeof systemContract> = {
  'system.info': (_input, ctx) => ({
    appName: 'Kesher',
    version: ctx.app.version,
    transport: ctx.transport,
    demo: ctx.app.demo,
    centre: ctx.app.centre,
  }),
  'system.ping': (input, ctx) => ({ echo: input.echo, at: ctx.app.now().toISOString() }),
};
