/**
 * TEMPORARY: the drawings of the 40 library exercises are made on another branch, which replaces this
 * file at merge with the same export. Files live at public/exercises/<code lowercased>.svg.
 */
import { findExercise } from "@/lib/domain/hep/library/library";

export function exerciseIllustration(code: string): { src: string; alt: string } | null {
  const ex = findExercise(code);
  if (!ex) return null;
  return { src: `/exercises/${code.toLowerCase()}.svg`, alt: `Illustration: ${ex.name}` };
}
