import { isIP } from 'node:net';

/** An IP address of this machine's loopback interface (127.0.0.0/8, ::1, and IPv4 ones written as IPv6). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.replace(/^::ffff:/i, '');
  if (isIP(plain) === 4) return plain.startsWith('127.');
  return isIP(address) === 6 && /^(0{0,4}:){2,7}0{0,3}1$/.test(address);
}

/** A URL's host name that names this machine only: localhost, *.localhost or a loopback address. */
export function isLoopbackHostname(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  return host === 'localhost' || host.endsWith('.localhost') || isLoopbackAddress(host);
}

/**
 * A request straight from this machine: its connection comes from a loopback address and it
 * passed no proxy (a proxy on the same machine would make every visitor look local, but it adds
 * a forwarding header).
 */
export function isDirectLoopbackRequest(request: {
  socket: { remoteAddress?: string | undefined };
  headers: Record<string, unknown>;
}): boolean {
  return (
    isLoopbackAddress(request.socket.remoteAddress) &&
    request.headers['x-forwarded-for'] === undefined &&
    request.headers.forwarded === undefined &&
    request.headers['x-real-ip'] === undefined
  );
}
