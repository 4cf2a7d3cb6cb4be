#!/bin/sh
echo "The native schema engine is not used here: migrations run through scripts/prisma-migrate-wasm.mjs" >&2
exit 1
