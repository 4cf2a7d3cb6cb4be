import net from "node:net";

export class PortInUseError extends Error {}

/** Resolves if nothing listens on `port`; otherwise rejects with a message a person can act on. */
export function assertPortFree(port, purpose) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (e) => {
      if (e.code === "EADDRINUSE") {
        reject(
          new PortInUseError(
            `Port ${port} is already in use, so it cannot serve ${purpose}. Stop the program using it, or choose another port.`,
          ),
        );
      } else reject(e);
    });
    probe.once("listening", () => probe.close(() => resolve()));
    // Next listens on all interfaces (::); probing the same address catches both IPv4 and IPv6 users.
    probe.listen(port);
  });
}
