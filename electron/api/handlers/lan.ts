import type { lanContract } from '../contracts/lan';
import type { RequestContext } from '../context';
import { AppError } from '../result';
import type { LanHost } from '../../services/lan/host';
import type { LanClient } from '../../services/lan/client';
import type { HandlerMap } from './types';

function host(ctx: RequestContext): LanHost {
  if (!ctx.app.lanHost) throw new AppError('store_unavailable', 'errors.lan.host_unavailable');
  return ctx.app.lanHost;
}

/** Only a PC started as a possible client answers these; a PC with its own store refuses them. */
function client(ctx: RequestContext): LanClient {
  if (!ctx.app.lanClient || ctx.device) throw new AppError('forbidden', 'errors.lan.not_a_client');
  // A store-less PC that has since created its own store (set-up) is no longer one that may join.
  if (ctx.app.runtime && ctx.app.runtime.state() !== 'needs_setup')
    throw new AppError('forbidden', 'errors.lan.not_a_client');
  return ctx.app.lanClient;
}

export const lanHandlers: HandlerMap<keyof typeof lanContract> = {
  'lan.status': (_input, ctx) => host(ctx).status(),
  'lan.setEnabled': (input, ctx) => host(ctx).setEnabled(input.enabled, input.port),
  'lan.startPairing': (_input, ctx) => host(ctx).startPairing(),
  'lan.devices': (_input, ctx) => host(ctx).devices(),
  'lan.revokeDevice': (input, ctx) => host(ctx).revoke(input.deviceId),
  'lan.leave': (_input, ctx) => host(ctx).leave(ctx.device),
  'lan.clientStatus': (_input, ctx) => client(ctx).status(),
  'lan.connect': (input, ctx) => client(ctx).connect(input),
  // In the name of the window that asked: the centre PC checks who is signed in there.
  'lan.disconnect': (_input, ctx) => client(ctx).disconnect(ctx.client ?? 'local'),
};
