self.__BUILD_MANIFEST = {
  "__rewrites": {
    "afterFiles": [],
    "beforeFiles": [
      {
        "source": "/",
        "destination": "/id"
      },
      {
        "source": "/:path((?!api/|_next/|en/|en$|id/|id$|baseline$|admin$|admin/|[^/]*\\.[a-z0-9]+$).+)",
        "destination": "/id/:path"
      }
    ],
    "fallback": []
  },
  "sortedPages": [
    "/_app",
    "/_error"
  ]
};self.__BUILD_MANIFEST_CB && self.__BUILD_MANIFEST_CB()