import { createClient, type ApiClient, type Transport } from '../../../electron/api/client';
import { chooseTransport, type TransportKind } from './transport';

export { ApiProvider, useApi } from './ApiContext';
export { ApiFailure, toApiError, unwrap } from './failure';
export { useApiMutation, useApiQuery } from './hooks';
export { describeApiError, showApiError, showSuccess } from './notify';
export { createQueryClient } from './queryClient';

/**
 * Picks the preload bridge inside Electron, the loopback HTTP API in browser mode; `watch` sees
 * every answer (the session watch) before the caller does.
 */
export function connectApi(watch: (transport: Transport) => Transport = (transport) => transport): {
  client: ApiClient;
  transport: TransportKind;
} {
  const { kind, transport } = chooseTransport();
  return { client: createClient(watch(transport)), transport: kind };
}
export { useApiAction } from './useApiAction';
