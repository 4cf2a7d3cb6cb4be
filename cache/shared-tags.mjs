// Revalidated cache tags shared between instances through Redis (REDIS_URL), so that an edit made on one
// instance expires the pages and data of every other instance within milliseconds.
//
// Next keeps the tags an edit revalidated in one in-process map (`tagsManifest`), read by both of its caches:
// rendered pages (cache/page-cache-handler.mjs) and 'use cache' data (cache/data-cache-handler.mjs). This module
// mirrors that map in Redis: a hash holds every tag's latest {stale, expired} timestamps (loaded at start and on
// every reconnect), and a channel carries each update to the other instances as it happens. Without REDIS_URL it
// does nothing: one instance needs nothing shared.
import crypto from "node:crypto";
import TagsManifestModule from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";

const { tagsManifest } = TagsManifestModule;
const STATE = Symbol.for("paritrana.shared-tags");
const prefix = process.env.REDIS_KEY_PREFIX || "paritrana:";
const TAGS_KEY = `${prefix}tags`;
const CHANNEL = `${prefix}tags`;

/** Merge one tag's timestamps into this process's map: the later of each wins (updates commute). */
function merge(tag, entry) {
  const current = tagsManifest.get(tag) ?? {};
  const next = { ...current };
  for (const field of ["stale", "expired"]) {
    if (typeof entry?.[field] === "number" && !(current[field] >= entry[field])) next[field] = entry[field];
  }
  tagsManifest.set(tag, next);
}

function warn(message, error) {
  console.warn(`[cache] ${message}${error ? `: ${error instanceof Error ? error.message : error}` : ""}`);
}

async function connect(url) {
  const { createClient } = await import("redis");
  const origin = crypto.randomUUID();
  // A lost Redis must not take the site down: reads and writes degrade to this instance's own cache, and the
  // client keeps reconnecting (each reconnect reloads every tag, so nothing revalidated meanwhile is missed).
  const options = {
    url,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
    disableOfflineQueue: true,
  };
  const client = createClient(options);
  const subscriber = createClient(options);
  let reported = false;
  for (const c of [client, subscriber]) {
    c.on("error", (e) => {
      if (!reported) warn("Redis unreachable, this instance uses its own cache until it is back", e);
      reported = true;
    });
    c.on("ready", () => (reported = false));
  }
  const loadAll = async () => {
    const all = await client.hGetAll(TAGS_KEY);
    for (const [tag, json] of Object.entries(all)) merge(tag, JSON.parse(json));
  };
  const onUpdate = (message) => {
    try {
      const update = JSON.parse(message);
      if (update.origin === origin) return;
      for (const [tag, entry] of Object.entries(update.tags)) merge(tag, entry);
    } catch (e) {
      warn("a malformed tag update was ignored", e);
    }
  };
  let subscribed = false;
  subscriber.on("ready", () => {
    if (subscribed) return; // the client subscribes again by itself after a reconnect
    subscribed = true;
    void subscriber.subscribe(CHANNEL, onUpdate).catch((e) => {
      subscribed = false;
      warn("subscribing to tag updates failed", e);
    });
  });
  const loaded = new Promise((resolve) => {
    client.on("ready", () => {
      const failed = (e) => {
        warn("loading tags failed", e);
        resolve();
      };
      void loadAll()
        .then(resolve, failed)
        .then(() => publishTags([]));
    });
  });
  // Never wait for Redis for long: if it is not there within 2 s, serve from this instance's cache meanwhile
  // (the clients keep reconnecting in the background and load every tag when they are back).
  for (const c of [client, subscriber]) void c.connect().catch((e) => warn("Redis connection failed", e));
  await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
  return { client, origin };
}

function state() {
  const g = globalThis;
  if (!g[STATE]) {
    const url = process.env.REDIS_URL;
    const unreachable = (e) => {
      warn("Redis unreachable at start", e);
      return null;
    };
    g[STATE] = { url, connection: url ? connect(url).catch(unreachable) : Promise.resolve(null) };
  }
  return g[STATE];
}

/** Redis client (or null without REDIS_URL / when unreachable at start), after every shared tag is loaded. */
export async function sharedTagsReady() {
  return (await state().connection)?.client ?? null;
}

// Tags revalidated while Redis was unreachable, published when it is back (so the others still learn of them).
const unpublished = new Set();

/** Tell the other instances about tags this one has just revalidated (after Next updated its own map). */
export async function publishTags(newTags) {
  const connection = await state().connection;
  if (!connection) return;
  for (const tag of newTags) unpublished.add(tag);
  if (!connection.client.isReady || unpublished.size === 0) return;
  const tags = [...unpublished];
  unpublished.clear();
  const entries = Object.fromEntries(tags.map((tag) => [tag, tagsManifest.get(tag) ?? { expired: Date.now() }]));
  try {
    // Store the later of the stored and new timestamps (another instance may have written meanwhile).
    const stored = await connection.client.hmGet(TAGS_KEY, tags);
    const fields = {};
    tags.forEach((tag, i) => {
      const before = stored[i] ? JSON.parse(stored[i]) : {};
      const after = entries[tag];
      fields[tag] = JSON.stringify({
        stale: Math.max(before.stale ?? 0, after.stale ?? 0) || undefined,
        expired: Math.max(before.expired ?? 0, after.expired ?? 0) || undefined,
      });
    });
    await connection.client.hSet(TAGS_KEY, fields);
    await connection.client.publish(CHANNEL, JSON.stringify({ origin: connection.origin, tags: entries }));
  } catch (e) {
    for (const tag of tags) unpublished.add(tag);
    warn("publishing revalidated tags failed", e);
  }
}

export const sharedCacheEnabled = () => Boolean(process.env.REDIS_URL);
export const redisKey = (name) => `${prefix}${name}`;
