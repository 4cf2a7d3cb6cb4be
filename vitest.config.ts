import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": r("./"),
      // `server-only` throws unless resolved with the "react-server" condition; tests run lib/ directly.
      "server-only": r("./node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
    // Integration tests share one real database: run files one after another.
    fileParallelism: false,
    testTimeout: 20_000,
  },
});
