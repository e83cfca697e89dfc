import { IncomingMessage } from 'node:http';

/**
 * The address a request came from, read from what Yoga's Node adapter hands along with it (the
 * Node request); undefined for a request made in this process (`app.fetch`), which has no socket.
 */
export function clientAddress(serverContext: object | undefined): string | undefined {
  const req = serverContext && 'req' in serverContext ? serverContext.req : undefined;
  return req instanceof IncomingMessage ? req.socket.remoteAddress : undefined;
}

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (`::ffff:127.0.0.1`). */
export function isLoopbackAddress(address: string): boolean {
  return address === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}
