/** How to add the account to an authenticator app: the key to type, or the otpauth link to paste or open. */
export function EnrolmentInstructions({ secret, uri, intro }: { secret: string; uri: string; intro?: string }) {
  return (
    <div className="space-y-3 text-slate-800">
      {intro && <p>{intro}</p>}
      <ol className="list-decimal space-y-2 pl-5">
        <li>Open an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator, 1Password or Aegis) and add an account.</li>
        <li>
          Choose to enter a setup key, and type this key (time-based, 6 digits):
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
