import { NextResponse, type NextRequest } from "next/server";
import { isPublicPath, routePermission } from "@/lib/auth/permissions";
import { isSameOrigin } from "@/lib/auth/request-info";
import { buildCsp } from "@/lib/security/csp";
import { databaseAvailable, UNAVAILABLE_HTML } from "@/lib/db-availability";

// Auth.js session cookie names (the __Secure- prefix is used over https).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Runs before every page: sets the per-request CSP nonce and the security headers, and sends
 * visitors without a session cookie to sign-in before any protected page renders. The role
 * check itself happens in each page (requirePermission), which reads roles from PostgreSQL.
 */
export async function proxy(request: NextRequest) {
  // While PostgreSQL is unreachable (a restart, an outage) every page and action gets a clear 503.
  // /api/health answers for itself: the load balancer reads its JSON.
  if (request.nextUrl.pathname !== "/api/health" && !(await databaseAvailable())) return unavailable(request);
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV !== "production";
  const csp = buildCsp(nonce, { dev });
  const { pathname, search } = request.nextUrl;

  const hasSession = SESSION_COOKIES.some((c) => request.cookies.has(c) || request.cookies.getAll().some((k) => k.name.startsWith(c + ".")));
  const isAction = request.headers.has("next-action");
  // Next refuses a cross-site action too, but as a 500 with an error logged; refuse it plainly first.
  // Route handlers get no check from Next: a cross-site write to /api is refused here (Auth.js has its own
  // CSRF token; the upload routes left out of the matcher check it themselves).
  const apiWrite = pathname.startsWith("/api/") && !pathname.startsWith("/api/auth/") && request.method !== "GET" && request.method !== "HEAD";
  if ((isAction || apiWrite) && !isSameOrigin(request.headers)) {
    return withSecurityHeaders(new NextResponse("Cross-site request refused.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } }), csp, request);
  }
  // Server actions are never redirected: they answer `session_expired` so the form keeps its text.
  if (!hasSession && !isAction && !isPublicPath(pathname) && (routePermission(pathname) || pathname === "/")) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = pathname === "/" ? "" : `?next=${encodeURIComponent(pathname + search)}`;
    return withSecurityHeaders(NextResponse.redirect(url), csp, request);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-kc-path", pathname + search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  return withSecurityHeaders(response, csp, request);
}

function unavailable(request: NextRequest): NextResponse {
  const html = (request.headers.get("accept") ?? "").includes("text/html") && !request.headers.has("next-action");
  return new NextResponse(html ? UNAVAILABLE_HTML : "Kinetic Chart is temporarily unavailable: the database cannot be reached. Try again in a minute.", {
    status: 503,
    headers: {
      "content-type": html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
      "retry-after": "30",
      "cache-control": "no-store",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  });
}

function withSecurityHeaders(response: NextResponse, csp: string, request: NextRequest): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  if (request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https") {
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  return response;
}

export const config = {
  matcher: [
    // Everything except static files and images, and the patient document API: uploads there may
    // exceed the 10 MB that Next buffers for a proxy (the rest would be cut off), and its file
    // responses carry their own, stricter CSP. Those handlers check the session themselves.
    { source: "/((?!_next/static|_next/image|favicon.ico|robots.txt|api/patients/|api/fhir/import).*)" },
  ],
};
