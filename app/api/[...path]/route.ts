import { errorResponse } from '@/lib/api';

// Any /api path no route matches: a JSON 404 for every method, never the HTML page.
function notFound(req: Request) {
  return errorResponse('not_found', `No API endpoint at ${new URL(req.url).pathname}.`);
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
