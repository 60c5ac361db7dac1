import { qrPath } from "@/lib/auth/qr";

/** How to add the account to an authenticator app: scan the QR code, or type the key, or open the otpauth link. */
export function EnrolmentInstructions({ secret, uri, intro }: { secret: string; uri: string; intro?: string }) {
  const qr = qrPath(uri);
  return (
    <div className="space-y-3 text-slate-800">
      {intro && <p>{intro}</p>}
      <ol className="list-decimal space-y-2 pl-5">
        <li>Open an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator, 1Password or Aegis) and add an account.</li>
        <li>
          Scan this code with the app:
          <svg data-testid="totp-qr" viewBox={`0 0 ${qr.size} ${qr.size}`} width={qr.size * 4} height={qr.size * 4} role="img" aria-label="QR code to add Kinetic Chart to your authenticator app" shapeRendering="crispEdges" className="mt-2 block">
            <rect width={qr.size} height={qr.size} fill="#fff" />
            <path d={qr.d} fill="#000" />
          </svg>
        </li>
        <li>
          Or choose to enter a setup key, and type this key (time-based, 6 digits):
          <code data-testid="totp-secret" className="mt-1 block rounded bg-slate-100 px-3 py-2 font-mono text-base tracking-wider break-all">{secret}</code>
        </li>
        <li>Enter the code the app then shows.</li>
      </ol>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-teal-800">Setup link for apps and password managers</summary>
        <p className="mt-1">On a phone, tap the link; elsewhere copy it into your app.</p>
        <a href={uri} data-testid="totp-uri" className="mt-1 block break-all font-mono text-teal-900 underline">{uri}</a>
      </details>
    </div>
  );
}
