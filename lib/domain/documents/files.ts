/** Filenames as users send them, made safe to store, show and put in a response header. */

const MAX_FILENAME = 200;

/**
 * Keep the last path segment only (some browsers send "C:\\fakepath\\x.pdf"), drop control
 * characters and unpaired surrogates (they break header encoding), and cap the length while
 * keeping the extension.
 */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const chars = Array.from(base).filter((c) => {
    const code = c.codePointAt(0)!;
    return code >= 0x20 && code !== 0x7f && !(code >= 0xd800 && code <= 0xdfff);
  });
  let cleaned = chars.join("").trim().replace(/^\.+/, "");
  if (Array.from(cleaned).length > MAX_FILENAME) {
    const dot = cleaned.lastIndexOf(".");
    const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
    cleaned = Array.from(cleaned).slice(0, MAX_FILENAME - ext.length).join("") + ext;
  }
  return cleaned;
}

/** RFC 5987 encoding: encodeURIComponent leaves ' ( ) * unescaped, which the header grammar forbids. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * "Show in the browser, and save under this name". Only the encoded form is sent, so quotes,
 * semicolons or line breaks in a name can never end the header or add parameters.
 */
export function inlineContentDisposition(filename: string): string {
  return `inline; filename*=UTF-8''${rfc5987(safeFilename(filename) || "document")}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
