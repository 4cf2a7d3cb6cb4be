import { describe, expect, it } from "vitest";
import { publicTags } from "@/lib/cache-tags";
// @ts-expect-error plain JavaScript module loaded by Next (next.config.ts: cacheHandler)
import { DATA_TAGS } from "@/cache/page-cache-handler.mjs";

describe("the restart-safe page cache", () => {
  it("expires exactly the tags the site's data carries (one list, kept in step)", () => {
    expect([...DATA_TAGS].sort()).toEqual([...publicTags].sort());
  });
});
