import type { systemContract } from '../contracts/system';
import type { HandlerMap } from './types';

export const systemHandlers: HandlerMap<keyof typeof systemContract> = {
  'system.info': (_input, ctx) => {
    const runtime = ctx.app.runtime;
    const signedIn = runtime?.activeSession() ?? null;
    return {
      appName: 'Kesher',
      version: ctx.app.version,
      transport: ctx.transport,
      demo: signedIn ? (runtime?.isDemo() ?? false) : false,
      // The centre's name lives in the encrypted store: shown only to a signed-in user.
      centre: signedIn ? (runtime?.centre() ?? null) : null,
    };
  },
  'system.ping': (input, ctx) => ({ echo: input.echo, at: ctx.app.now().toISOString() }),
};
