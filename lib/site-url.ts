import "server-only";
import { env } from "./env";

/** The absolute URL of a path on this site (SITE_URL), for the API, feeds and structured data. */
export function absoluteUrl(path: string): string {
  return new URL(path, env.SITE_URL).toString();
}
