/**
 * Pictures of clinic-made exercises: PNG, JPEG or WebP, at most 2 MB, the type decided by the file's
 * first bytes (the chart documents' sniffing, plus WebP, which documents do not take).
 */
import { declaredContentType, extensionOf, sniffContentType } from "@/lib/domain/documents/sniff";

export const EXERCISE_IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export type ExerciseImageType = (typeof EXERCISE_IMAGE_TYPES)[number];
export const MAX_EXERCISE_IMAGE_BYTES = 2 * 1024 * 1024;

const BY_EXTENSION: Record<string, ExerciseImageType> = { png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", webp: "image/webp" };
const LABEL: Record<ExerciseImageType, string> = { "image/png": "PNG", "image/jpeg": "JPEG", "image/webp": "WebP" };

const CHOOSE = "Choose a PNG, JPEG or WebP picture (.png, .jpg, .jpeg or .webp).";

/** "RIFF", 4 bytes of length, "WEBP". */
function isWebp(head: Uint8Array): boolean {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  return head.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP";
}

export function sniffExerciseImage(head: Uint8Array): ExerciseImageType | null {
  if (isWebp(head)) return "image/webp";
  const t = sniffContentType(head);
  return t === "image/png" || t === "image/jpeg" ? t : null;
}

/** Checks that need no bytes: for the form before sending, and the server. */
export function checkExerciseImageMeta(file: { name: string; type: string; size: number }): string | null {
  if (file.size <= 0) return "The picture is empty. Choose the file again.";
  if (file.size > MAX_EXERCISE_IMAGE_BYTES) return "The picture is larger than 2 MB. Save it smaller (for example 1200 pixels wide) and try again.";
  if (!BY_EXTENSION[extensionOf(file.name)]) return CHOOSE;
  const declared = file.type.split(";")[0].trim().toLowerCase();
  if (declared && declared !== "application/octet-stream" && declared !== "image/webp" && declaredContentType(declared) !== "image/png" && declaredContentType(declared) !== "image/jpeg") return CHOOSE;
  return null;
}

export function checkExerciseImage(file: { name: string; type: string; bytes: Uint8Array }): { ok: true; contentType: ExerciseImageType } | { ok: false; message: string } {
  const meta = checkExerciseImageMeta({ name: file.name, type: file.type, size: file.bytes.length });
  if (meta) return { ok: false, message: meta };
  const sniffed = sniffExerciseImage(file.bytes.subarray(0, 16));
  if (!sniffed) return { ok: false, message: `This file is not a PNG, JPEG or WebP picture: its contents were checked. ${CHOOSE}` };
  if (BY_EXTENSION[extensionOf(file.name)] !== sniffed) return { ok: false, message: `This file is a ${LABEL[sniffed]} picture, but its name says otherwise. Rename it or choose the right file.` };
  return { ok: true, contentType: sniffed };
}
