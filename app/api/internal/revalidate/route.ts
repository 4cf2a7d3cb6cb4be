import { revalidateTag } from "next/cache";
import { timingSafeEqual } from "node:crypto";
import { publicTags } from "@/lib/cache-tags";
import { env } from "@/lib/env";

// `npm run import` writes to the database from its own process; it then asks the running server to drop its
// cached pages here, so an import shows on the public pages and the API at once. Only a caller holding the
// server's REVALIDATE_TOKEN (npm start keeps it in .data/, readable by the machine's owner) may.
export async function POST(request: Request) {
  const given = Buffer.from(request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "");
  const expected = Buffer.from(env.REVALIDATE_TOKEN ?? "");
  if (!env.REVALIDATE_TOKEN || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return Response.json({ error: { message: "not allowed" } }, { status: 403 });
  }
  for (const tag of publicTags) revalidateTag(tag, { expire: 0 });
  return Response.json({ data: { revalidated: publicTags } });
}
