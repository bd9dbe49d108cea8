import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from '../../../electron/api/client';
import type { TransportKind } from './transport';

interface ApiContextValue {
  client: ApiClient;
  transport: TransportKind;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ value, children }: { value: ApiContextValue; children: ReactNode }) {
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi() must be used inside <ApiProvider>');
  return value;
}

/** The typed client: `useApi()['system.info']({})` resolves to a `Result`, never rejects. */
export function useApi(): ApiClient {
  return useApiContext().client;
}
