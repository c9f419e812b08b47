// Runs on every request at the edge; adds the headers that next.config.mjs does not.
interface EdgeResponse {
  headers: { set(name: string, value: string): void };
}
declare const NextResponse: { next(): EdgeResponse };

export function middleware() {
  const response = NextResponse.next();
  response.headers.set('X-Content-Type-Options', 'nosniff');
  return response;
}

export const config = { matcher: '/:path*' };
