/** Query keys of the 收发 page, made in one place so writes refresh exactly what they change. */
export const exchangeKeys = {
  office: ['exchange.office'] as const,
  trust: ['exchange.trust'] as const,
  history: ['exchange.history'] as const,
  county: ['exchange.county'] as const,
};
