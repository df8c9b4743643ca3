import { networkInterfaces } from 'node:os';

/** This machine's IPv4 LAN addresses (what colleagues type into their browser), loopback excluded. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a): a is NonNullable<typeof a> => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}
