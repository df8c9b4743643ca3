import type { FormInstance } from 'antd';
import type { RpcError } from '../../../shared/contract/index';

type FieldsOf<V> = Parameters<FormInstance<V>['setFields']>[0];

/**
 * The server's field errors in the shape antd's form.setFields takes, with the contract's paths
 * mapped to the form's field names (the server names them, so the cast is checked there).
 */
export function fieldErrors<V>(fields: NonNullable<RpcError['fields']>, toName: (path: string) => string = (path) => path): FieldsOf<V> {
  return fields.map((f) => ({ name: toName(f.path), errors: [f.message] })) as FieldsOf<V>;
}
