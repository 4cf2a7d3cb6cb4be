import { apiError } from "@/lib/api-response";

// An address under /api/ that is no endpoint: a JSON 404 (the API always answers JSON), not the site's HTML page.
function notFound(request: Request) {
  return apiError(404, `no such endpoint: ${new URL(request.url).pathname}; see /api`);
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as HEAD, notFound as OPTIONS };
