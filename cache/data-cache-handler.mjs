// The 'use cache' handler (next.config.ts `cacheHandlers.default`): Next's own in-memory handler, and with
// REDIS_URL a second level in Redis shared by every instance, plus the shared tag record (cache/shared-tags.mjs).
//
// An entry one instance computed is reused by the others (a page another instance has never rendered needs no
// database query the first time), and a tag revalidated anywhere expires the entry everywhere: entries are
// checked against the shared tags on every read, from memory or from Redis. Redis keeps an entry no longer than
// its `expire`; a Redis that is down or slow only makes this a local cache again.
import DefaultHandlerModule from "next/dist/server/lib/cache-handlers/default.js";
import TagsManifestModule from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { publishTags, redisKey, sharedTagsReady } from "./shared-tags.mjs";

const { createDefaultCacheHandler } = DefaultHandlerModule;
const { areTagsExpired, areTagsStale } = TagsManifestModule;

const local = createDefaultCacheHandler(50 * 1024 * 1024);
const entryKey = (cacheKey) => redisKey(`data:${cacheKey}`);
const now = () => performance.timeOrigin + performance.now();

function streamOf(buffer) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(buffer));
      controller.close();
    },
  });
}

async function bufferOf(stream) {
  const chunks = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** An entry stored by another instance, checked as Next's own handler checks its entries (age, then tags). */
async function readShared(client, cacheKey) {
  const stored = await client.get(entryKey(cacheKey));
  if (!stored) return undefined;
  const { value, ...entry } = JSON.parse(stored);
  if (now() > entry.timestamp + entry.revalidate * 1000) return undefined;
  if (areTagsExpired(entry.tags, entry.timestamp)) return undefined;
  return { ...entry, revalidate: areTagsStale(entry.tags, entry.timestamp) ? -1 : entry.revalidate, value: Buffer.from(value, "base64") };
}

const handler = {
  async get(cacheKey, softTags) {
    const mine = await local.get(cacheKey, softTags);
    if (mine) return mine;
    const client = await sharedTagsReady();
    if (!client?.isReady) return undefined;
    try {
      const shared = await readShared(client, cacheKey);
      if (!shared) return undefined;
      await local.set(cacheKey, Promise.resolve({ ...shared, value: streamOf(shared.value) }));
      return { ...shared, value: streamOf(shared.value) };
    } catch (e) {
      console.warn(`[cache] reading a shared entry failed: ${e instanceof Error ? e.message : e}`);
      return undefined;
    }
  },

  async set(cacheKey, pendingEntry) {
    const client = await sharedTagsReady();
    if (!client) return local.set(cacheKey, pendingEntry);
    const entry = await pendingEntry;
    const value = await bufferOf(entry.value);
    await local.set(cacheKey, Promise.resolve({ ...entry, value: streamOf(value) }));
    // Entries that are dynamic (expire 0) or already past their revalidate time are not worth sharing.
    if (!client.isReady || entry.expire <= 0 || entry.revalidate <= 0) return;
    try {
      const { value: _stream, ...meta } = entry;
      await client.set(entryKey(cacheKey), JSON.stringify({ ...meta, value: value.toString("base64") }), {
        expiration: { type: "PX", value: Math.max(1000, Math.round(entry.expire * 1000)) },
      });
    } catch (e) {
      console.warn(`[cache] storing a shared entry failed: ${e instanceof Error ? e.message : e}`);
    }
  },

  async refreshTags() {
    await sharedTagsReady(); // tags arrive as they are published; this only waits for the first load
  },

  getExpiration(tags) {
    return local.getExpiration(tags);
  },

  async updateTags(tags, durations) {
    await local.updateTags(tags, durations);
    await publishTags(tags);
  },
};

export default handler;
