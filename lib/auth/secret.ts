/** Auth.js reads AUTH_SECRET itself; this only fails early with a clear message when it is missing. */
export function requireAuthSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error("AUTH_SECRET must be set (32+ characters) and shared by every instance. `npm start` generates one for the embedded setup.");
  }
  return secret;
}
