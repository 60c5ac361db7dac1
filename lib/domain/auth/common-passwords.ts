/**
 * Passwords of 12+ characters that appear near the top of public breach lists. Matched
 * case-insensitively, and also after stripping trailing digits and punctuation, so "Password1234!"
 * is refused along with "password1234".
 */
export const COMMON_PASSWORDS: readonly string[] = [
  "123456789012", "1234567890123", "12345678901234", "123456123456", "111111111111", "000000000000",
  "123123123123", "qwertyuiop12", "qwertyuiop123", "qwertyuiopasdf", "1q2w3e4r5t6y", "1qaz2wsx3edc",
  "zaq12wsxcde3", "qazwsxedcrfv", "asdfghjkl123", "asdfghjkl;'", "zxcvbnm12345", "password1234",
  "password12345", "password123456", "passw0rd1234", "p@ssw0rd1234", "password!234", "iloveyou1234",
  "letmein12345", "welcome12345", "welcome123456", "changeme1234", "administrator", "admin1234567",
  "abc123abc123", "abcdefghijkl", "abcd1234abcd", "football1234", "baseball1234", "superman1234",
  "princess1234", "sunshine1234", "trustno11234", "monkey123456", "dragon123456", "michael12345",
  "shadow123456", "master123456", "whatever1234", "starwars1234", "computer1234", "liverpool123",
  "chocolate123", "basketball12", "photoshop123", "mypassword12", "yourpassword", "thisismypassword",
  "correcthorsebatterystaple", "ilovemyfamily", "iloveyoubaby", "qwerty123456", "qwertyqwerty",
  "1234qwerasdf", "q1w2e3r4t5y6", "aaaaaaaaaaaa", "passwordpassword", "runner123456", "kinetic12345",
];

export function isCommonPassword(candidate: string): boolean {
  const lower = candidate.toLowerCase();
  const stripped = lower.replace(/[\d\W_]+$/, "");
  const set = new Set(COMMON_PASSWORDS);
  return set.has(lower) || (stripped.length >= 6 && [...set].some((p) => p.replace(/[\d\W_]+$/, "") === stripped));
}
