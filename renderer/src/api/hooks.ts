import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { InputOf, MethodName, OutputOf } from '../../../shared/contract/index';
import { call, type ApiCallError } from './client';

/** Query keys start with the method's area, so a `changed` push for that area refetches it. */
export function queryKeyOf(method: MethodName, input: unknown): unknown[] {
  return [method.split('.')[0], method, input];
}

export function useApi<K extends MethodName>(
  method: K,
  input: InputOf<K>,
  opts: Partial<UseQueryOptions<OutputOf<K>, ApiCallError>> = {},
) {
  return useQuery<OutputOf<K>, ApiCallError>({
    queryKey: queryKeyOf(method, input),
    queryFn: () => call(method, input),
    ...opts,
  });
}

export function useApiMutation<K extends MethodName>(method: K) {
  const qc = useQueryClient();
  return useMutation<OutputOf<K>, ApiCallError, InputOf<K>>({
    mutationFn: (input) => call(method, input),
    onSuccess: () => {
      void qc.invalidateQueries();
    },
  });
}
