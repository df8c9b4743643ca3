import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { MethodInput } from '../../../../shared/contract/index';
import { call } from '../../api/client';

/** One cache entry for the office's accounts: the settings table, the assignment and audit pickers. */
export const accountsKey = ['accounts.list'] as const;
export const securityKey = ['security.settings'] as const;

export function useAccounts(enabled = true) {
  return useQuery({ queryKey: accountsKey, queryFn: () => call('accounts.list', {}), enabled, staleTime: 30_000 });
}

/** Creating, editing and resetting accounts; each refreshes the accounts list. */
export function useAccountActions() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const refresh = () => queryClient.invalidateQueries({ queryKey: accountsKey });
  const onError = (error: Error) => void message.error(error.message);
  return {
    create: useMutation({ mutationFn: (v: MethodInput<'accounts.create'>) => call('accounts.create', v), onSuccess: refresh }),
    update: useMutation({ mutationFn: (v: MethodInput<'accounts.update'>) => call('accounts.update', v), onSuccess: refresh }),
    resetPassword: useMutation({ mutationFn: (v: MethodInput<'accounts.resetPassword'>) => call('accounts.resetPassword', v), onError }),
  };
}

export function useSecuritySettings() {
  return useQuery({ queryKey: securityKey, queryFn: () => call('security.settings.get', {}) });
}

export function useSaveSecuritySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: MethodInput<'security.settings.set'>) => call('security.settings.set', v),
    onSuccess: (saved) => queryClient.setQueryData(securityKey, saved),
  });
}
