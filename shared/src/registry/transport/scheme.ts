/**
 * Which registries are spoken to over plain HTTP: loopback hosts (localhost,
 * the whole 127.0.0.0/8, ::1), where traffic never leaves the machine, and
 * those the user listed in `insecure-registries`. Everything else is HTTPS.
 * The one rule: the registry client, the connect layer and the container
 * runtime's pull flags (test-image) all ask here.
 */
import { isIPv4 } from 'node:net';
import { normalizeRegistry } from '../reference.js';

/** The host of `host[:port]`, `[v6]:port` or a bare IPv6 address, lower case, without brackets. */
function hostOf(registry: string): string {
  const text = registry.trim().toLowerCase();
  if (text.startsWith('[')) {
    const end = text.indexOf(']');
    return end < 0 ? text : text.slice(1, end);
  }
  // More than one ':' and no brackets: a bare IPv6 address, which has no port.
  if (text.indexOf(':') !== text.lastIndexOf(':')) return text;
  const colon = text.indexOf(':');
  return colon < 0 ? text : text.slice(0, colon);
}

/** Whether a registry host[:port] is this machine: localhost, 127.0.0.0/8 or ::1. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = hostOf(registry);
  if (host === 'localhost') return true;
  if (isIPv4(host)) return host.startsWith('127.');
  return host === '::1' || host === '0:0:0:0:0:0:0:1';
}

/** Plain HTTP only for loopback hosts and those the user named insecure (names compared normalised). */
export function usesPlainHttp(registry: string, insecure: readonly string[] = []): boolean {
  if (isLoopbackRegistry(registry)) return true;
  const name = normalizeRegistry(registry);
  return insecure.some((i) => normalizeRegistry(i) === name);
}
