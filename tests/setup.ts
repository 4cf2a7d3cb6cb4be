import { vi } from "vitest";

// Outside Next's compiler 'use cache' is only a string, and cacheTag()/cacheLife() throw outside a Next render:
// the data layer then reads the database directly, which is what the integration tests check.
vi.mock("next/cache", async (orig) => ({
  ...(await orig<typeof import("next/cache")>()),
  cacheTag: vi.fn(),
  cacheLife: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));
