globalThis.__BUILD_MANIFEST = {
  "pages": {
    "/_app": []
  },
  "devFiles": [],
  "polyfillFiles": [
    "static/chunks/0cz1d0mv5g_q7.js"
  ],
  "lowPriorityFiles": [
    "static/h_SQlIpPRnI0c8LbIOIQ8/_buildManifest.js",
    "static/h_SQlIpPRnI0c8LbIOIQ8/_ssgManifest.js",
    "static/h_SQlIpPRnI0c8LbIOIQ8/_clientMiddlewareManifest.js"
  ],
  "rootMainFiles": [
    "static/chunks/310vm2bl3xxpt.js",
    "static/chunks/3mwm0pfu8c8me.js",
    "static/chunks/2drwqeec0387c.js",
    "static/chunks/3o0stic1xxv1a.js",
    "static/chunks/3jua5gvtt1jpt.js",
    "static/chunks/turbopack-077hmtqrhcoji.js"
  ],
  "rootMainFilesTree": {},
  "pagesChunkGroupBootstrapParams": {
    "/_not-found/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/_global-error/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(admin)/admin/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(admin)/admin/klaim/[id]/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(admin)/admin/masuk/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(admin)/admin/sumber/baru/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(baseline)/baseline/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[locale]/(public)/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[locale]/(public)/api/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[locale]/(public)/cari/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[locale]/(public)/edisi/[id]/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[locale]/(public)/kategori/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[locale]/(public)/kategori/[key]/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[locale]/(public)/klaim/[id]/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[locale]/(public)/nasional/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[locale]/(public)/organisasi/[id]/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[locale]/(public)/provinsi/[slug]/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[locale]/(public)/provinsi/[slug]/[year]/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[locale]/(public)/sumber/[id]/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[locale]/[...rest]/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/3mwm0pfu8c8me.js",
        "static/chunks/2drwqeec0387c.js",
        "static/chunks/3o0stic1xxv1a.js",
        "static/chunks/3jua5gvtt1jpt.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    }
  },
  "chunkLoadingGlobal": "TURBOPACK"
};
