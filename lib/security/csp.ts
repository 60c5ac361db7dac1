/**
 * The Content-Security-Policy for one response. Scripts run only with this request's nonce
 * ('strict-dynamic' lets Next's own loader add its chunks), so injected markup cannot run code.
 */
export function buildCsp(nonce: string, opts: { dev: boolean }): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    // Next and React inject style attributes; styles cannot run code.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' blob: data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    ...(opts.dev ? [] : [`upgrade-insecure-requests`]),
  ].join("; ");
}
