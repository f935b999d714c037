import { isIP } from 'node:net';

/**
 * The Bot Framework's own connector hosts. Real traffic from them is always signed, so an unsigned
 * request naming one only ever gets an answer sent to Microsoft, never to whoever sent it.
 */
const connectorHosts = ['smba.trafficmanager.net', 'botframework.com', 'botframework.azure.us'];

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1' || host === '::ffff:127.0.0.1';
}

/**
 * Where a bot without an app id (local mode: nothing is authenticated) may send its answers: this
 * machine, where the Agents Playground and the Emulator listen, or the Bot Framework itself. Anyone who
 * can reach an unauthenticated bot could otherwise name any address as the `serviceUrl` and have the
 * bot post to it (a cloud metadata service, a host of the internal network) and fetch a "picture"
 * from it with every message.
 */
export function isLocalModeServiceUrl(address: string | undefined): boolean {
  let url: URL;
  try {
    url = new URL(address ?? '');
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (isLoopback(url.hostname)) return true;
  const host = url.hostname.toLowerCase();
  return url.protocol === 'https:' && connectorHosts.some((d) => host === d || host.endsWith(`.${d}`));
}
