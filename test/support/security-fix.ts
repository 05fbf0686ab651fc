/**
 * The security fix the check-updates tests share: libssl3 from openssl, installed
 * before the fix, the fixed source version available in the index as a binNMU.
 */
export const LIBSSL_FIX = {
  id: 'CVE-2024-0001',
  package: 'libssl3',
  source: 'openssl',
  installed: '3.0.11-1~deb12u2',
  fixed: '3.0.13-1~deb12u1',
  available: '3.0.13-1~deb12u1+b1',
} as const;
