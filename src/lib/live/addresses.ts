// Which addresses the classroom server is reached at: the one learners are given, the Host names it answers to, and
// which devices count as the instructor's own computer (the only ones handed the presenter key).

/** One network interface address as Node's os.networkInterfaces() lists it. */
export interface InterfaceAddress {
  address: string;
  family: string | number;
  internal: boolean;
}

/** This computer's IPv4 addresses on its local networks (Wi-Fi, Ethernet), in the order the system lists them. */
export function lanAddresses(interfaces: Record<string, readonly InterfaceAddress[] | undefined>): string[] {
  return Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((entry) => !entry.internal && (entry.family === 'IPv4' || entry.family === 4))
    .map((entry) => entry.address);
}

/** Strips the IPv4-mapped prefix a dual-stack socket reports, e.g. `::ffff:127.0.0.1` → `127.0.0.1`. */
function plain(address: string): string {
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/** True for 127.0.0.0/8, ::1 and `localhost`. */
export function isLoopback(host: string): boolean {
  const address = plain(host);
  return address === 'localhost' || address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}

/** The host learners are given: the address the server listens on, or when it listens everywhere, its first LAN address. */
export function joinHost(listenHost: string, lan: readonly string[]): string {
  if (listenHost !== '0.0.0.0' && listenHost !== '::') return isLoopback(listenHost) ? '127.0.0.1' : listenHost;
  return lan[0] ?? '127.0.0.1';
}

/** The Host headers the server answers live requests for: itself by loopback or by one of its LAN addresses. */
export function allowedHosts(port: number, lan: readonly string[]): Set<string> {
  return new Set(['localhost', '127.0.0.1', '[::1]', ...lan].map((host) => `${host}:${port}`));
}

/** True when a request comes from this computer itself (loopback, or one of its own LAN addresses). */
export function isOwnComputer(remoteAddress: string | undefined, lan: readonly string[]): boolean {
  if (!remoteAddress) return false;
  return isLoopback(remoteAddress) || lan.includes(plain(remoteAddress));
}
