/**
 * A tiny stick-figure kit for the exercise illustrations: joints are points in the 320 × 200 viewBox,
 * built from segment angles (forward kinematics) or from a target point (two-link inverse kinematics),
 * then drawn as round-capped strokes. Angles are in degrees, mathematical sense: 0 = right, 90 = up.
 */

export type P = readonly [number, number];

export const W = 320;
export const H = 200;
/** y of the floor line. */
export const FLOOR = 182;

export const INK = "#1f2937";
/** Limbs on the far side of the body (and dashed "other position" ghosts): 4.8:1 on white. */
export const FAR = "#6b7280";
/** The body part being stretched or worked: 5.2:1 on white. */
export const ACCENT = "#c2410c";
/** Bands and straps: 5.9:1 on white. */
export const PROP_LINE = "#0369a1";
export const PROP_FILL = "#e5e7eb";

/** Segment lengths; roughly adult proportions (arms to the palm ≈ 1.25 × trunk, legs ≈ 1.7 × trunk). */
export const L = { torso: 56, neck: 14, upperArm: 30, forearm: 32, thigh: 42, shin: 40, foot: 12, head: 10 } as const;

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** The point `len` away from `p` in direction `angle`. */
export function at(p: P, angle: number, len: number): P {
  return [p[0] + len * Math.cos(rad(angle)), p[1] - len * Math.sin(rad(angle))];
}

export function angleOf(a: P, b: P): number {
  return deg(Math.atan2(-(b[1] - a[1]), b[0] - a[0]));
}

export function dist(a: P, b: P): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

export function mid(a: P, b: P, t = 0.5): P {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** Points along a chain of [angle, length] segments starting at `start`. */
export function chain(start: P, ...segs: readonly (readonly [number, number])[]): P[] {
  const pts: P[] = [start];
  for (const [a, len] of segs) pts.push(at(pts[pts.length - 1], a, len));
  return pts;
}

/**
 * The middle joint of a two-link limb from `a` to `c`. `bend` = 1 puts it on the left of the a→c
 * direction (counter-clockwise), -1 on the right. An unreachable target straightens the limb toward it.
 */
export function ik(a: P, c: P, l1: number, l2: number, bend: 1 | -1): P {
  const d = Math.min(dist(a, c), l1 + l2 - 0.01);
  const base = angleOf(a, c);
  const cos = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d);
  const off = deg(Math.acos(Math.max(-1, Math.min(1, cos))));
  return at(a, base + bend * off, l1);
}

/** Leg from the hip: thigh and shin angles, optional foot angle, optional foreshortening of each segment. */
export function leg(hip: P, thigh: number, shin: number, foot?: number, sThigh = 1, sShin = 1): P[] {
  const pts = chain(hip, [thigh, L.thigh * sThigh], [shin, L.shin * sShin]);
  if (foot !== undefined) pts.push(at(pts[2], foot, L.foot));
  return pts;
}

/** Leg from the hip to a given ankle point; knee on the `bend` side. */
export function legTo(hip: P, ankle: P, bend: 1 | -1, foot?: number, footLen: number = L.foot): P[] {
  const knee = ik(hip, ankle, L.thigh, L.shin, bend);
  const pts: P[] = [hip, knee, ankle];
  if (foot !== undefined) pts.push(at(ankle, foot, footLen));
  return pts;
}

/** Leg through explicitly placed knee and ankle (foreshortened poses). */
export function legVia(hip: P, knee: P, ankle: P, foot?: number, footLen: number = L.foot): P[] {
  const pts: P[] = [hip, knee, ankle];
  if (foot !== undefined) pts.push(at(ankle, foot, footLen));
  return pts;
}

export function arm(shoulder: P, upper: number, fore: number, sUpper = 1, sFore = 1): P[] {
  return chain(shoulder, [upper, L.upperArm * sUpper], [fore, L.forearm * sFore]);
}

export function armTo(shoulder: P, hand: P, bend: 1 | -1): P[] {
  return [shoulder, ik(shoulder, hand, L.upperArm, L.forearm, bend), hand];
}

/** Shoulder and head from the hip: trunk angle, head (neck) angle, optional foreshortening. */
export function trunk(hip: P, angle: number, headAngle = angle, scale = 1): { shoulder: P; head: P } {
  const shoulder = at(hip, angle, L.torso * scale);
  return { shoulder, head: at(shoulder, headAngle, L.neck) };
}

export interface Figure {
  hip: P;
  shoulder: P;
  head: P;
  /** Front, back and top views: the other hip / shoulder, drawn as a bar; limbs F hang from them. */
  hipF?: P;
  shoulderF?: P;
  /** Control point bending the spine (cat–camel, press-up, child's pose). */
  spine?: P;
  /** Direction the face points, drawn as a small nose where it matters (looking up, looking down). */
  face?: number;
  armN?: P[];
  armF?: P[];
  legN?: P[];
  legF?: P[];
  /** Draw far-side limbs in full ink (front views, where nothing is hidden behind the body). */
  farInk?: boolean;
  /** Segments in the accent colour: "torso", "hips", "legN0" (thigh), "legN1" (shin), "armF0", … */
  accent?: readonly string[];
  /** Dashed outlines of another position of a limb or the spine. */
  ghosts?: readonly P[][];
  ghostSpine?: readonly [P, P, P];
}

const f = (n: number) => String(Math.round(n * 10) / 10);
const pt = (p: P) => `${f(p[0])} ${f(p[1])}`;

export function line(pts: readonly P[], stroke: string, width: number, extra = ""): string {
  return `<path d="M${pts.map(pt).join("L")}" stroke="${stroke}" stroke-width="${width}"${extra}/>`;
}

function limb(name: string, pts: readonly P[] | undefined, colour: string, accent: ReadonlySet<string>): string {
  if (!pts) return "";
  let out = "";
  for (let i = 0; i < pts.length - 1; i++) {
    const isFoot = i === 2;
    const c = accent.has(`${name}${i}`) ? ACCENT : colour;
    out += line([pts[i], pts[i + 1]], c, isFoot ? 5 : 7);
  }
  return out;
}

export function drawFigure(fig: Figure): string {
  const acc = new Set(fig.accent ?? []);
  const far = fig.farInk ? INK : FAR;
  let out = "";
  for (const g of fig.ghosts ?? []) out += line(g, FAR, 3, ` stroke-dasharray="4 6"`);
  if (fig.ghostSpine) {
    const [a, c, b] = fig.ghostSpine;
    out += `<path d="M${pt(a)}Q${pt(c)} ${pt(b)}" stroke="${FAR}" stroke-width="3" stroke-dasharray="4 6"/>`;
  }
  out += limb("armF", fig.armF, far, acc);
  out += limb("legF", fig.legF, far, acc);
  const hipMid = fig.hipF ? mid(fig.hip, fig.hipF) : fig.hip;
  const shMid = fig.shoulderF ? mid(fig.shoulder, fig.shoulderF) : fig.shoulder;
  const torsoC = acc.has("torso") ? ACCENT : INK;
  if (fig.hipF && fig.shoulderF) {
    // front, back, top views: the trunk as a trapezoid between the shoulder and hip bars
    const quad = [fig.shoulder, fig.shoulderF, fig.hipF, fig.hip].map(pt).join("L");
    out += `<path d="M${quad}Z" fill="${torsoC}" stroke="${torsoC}" stroke-width="6"/>`;
    if (acc.has("hips")) out += line([fig.hip, fig.hipF], ACCENT, 8);
  } else {
    out += fig.spine
      ? `<path d="M${pt(hipMid)}Q${pt(fig.spine)} ${pt(shMid)}" stroke="${torsoC}" stroke-width="11"/>`
      : line([hipMid, shMid], torsoC, 11);
  }
  out += line([shMid, fig.head], INK, 7);
  out += `<circle cx="${f(fig.head[0])}" cy="${f(fig.head[1])}" r="${L.head}" fill="${INK}"/>`;
  if (fig.face !== undefined) out += line([at(fig.head, fig.face, L.head - 2), at(fig.head, fig.face, L.head + 3)], INK, 4);
  out += limb("legN", fig.legN, INK, acc);
  out += limb("armN", fig.armN, INK, acc);
  return out;
}

/** A curved arrow in the accent colour from `a` through control `c` to `b`. */
export function arrow(a: P, c: P, b: P, colour = ACCENT): string {
  const back = angleOf(b, c);
  const h1 = at(b, back + 28, 8);
  const h2 = at(b, back - 28, 8);
  return (
    `<path d="M${pt(a)}Q${pt(c)} ${pt(b)}" stroke="${colour}" stroke-width="2.5" stroke-dasharray="5 4"/>` +
    line([h1, b, h2], colour, 2.5)
  );
}

/** A two-headed straight arrow (movement back and forth). */
export function arrow2(a: P, b: P, colour = ACCENT): string {
  const heads = (p: P, q: P) => {
    const back = angleOf(p, q);
    return line([at(p, back + 28, 8), p, at(p, back - 28, 8)], colour, 2.5);
  };
  return line([a, b], colour, 2.5, ` stroke-dasharray="5 4"`) + heads(a, b) + heads(b, a);
}

// ---- props -------------------------------------------------------------------------------------

export const rect = (x: number, y: number, w: number, h: number, rx = 2, fill = PROP_FILL) =>
  `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="${rx}" fill="${fill}" stroke="${INK}" stroke-width="2.5"/>`;

export const floorLine = (x1 = 12, x2 = 308) => line([[x1, FLOOR + 1.5], [x2, FLOOR + 1.5]], INK, 3);

/** Floor seen from above (top views): an exercise mat. */
export const mat = (x: number, y: number, w: number, h: number) => rect(x, y, w, h, 8, "#f3f4f6");

/** A chair whose seat top is at `seatY`, seat from x0 to x0 + 44, back on the `backSide`. */
export function chair(x0: number, seatY: number, backSide: "left" | "right"): string {
  const bx = backSide === "left" ? x0 + 3 : x0 + 41;
  return (
    line([[x0 + 5, seatY], [x0 + 5, FLOOR]], INK, 3.5) +
    line([[x0 + 39, seatY], [x0 + 39, FLOOR]], INK, 3.5) +
    line([[bx, seatY], [bx, seatY - 48]], INK, 4) +
    rect(x0, seatY - 1, 44, 7)
  );
}

/** A chair seen from the front: back panel behind the sitter, seat, two front legs. */
export function chairFront(x0: number, w: number, seatY: number): string {
  return (
    rect(x0 + 4, seatY - 58, w - 8, 58, 4) +
    line([[x0 + 6, seatY], [x0 + 6, FLOOR]], INK, 3.5) +
    line([[x0 + w - 6, seatY], [x0 + w - 6, FLOOR]], INK, 3.5) +
    rect(x0, seatY - 1, w, 8)
  );
}

/** A box step standing on the floor. */
export const step = (x: number, w: number, h: number) => rect(x, FLOOR - h, w, h);

/** A wall with hatching on the side away from the person. */
export function wall(x: number, side: "left" | "right"): string {
  let out = line([[x, 14], [x, FLOOR]], INK, 3);
  const dx = side === "left" ? -9 : 9;
  for (let y = 24; y < FLOOR; y += 18) out += line([[x, y], [x + dx, y + 9]], INK, 1.5);
  return out;
}

export function table(x0: number, x1: number, topY: number): string {
  return line([[x0 + 6, topY], [x0 + 6, FLOOR]], INK, 4) + line([[x1 - 6, topY], [x1 - 6, FLOOR]], INK, 4) + rect(x0, topY - 3, x1 - x0, 8);
}

export const roller = (c: P, r = 12) =>
  `<circle cx="${f(c[0])}" cy="${f(c[1])}" r="${r}" fill="${PROP_FILL}" stroke="${INK}" stroke-width="2.5"/>` +
  `<circle cx="${f(c[0])}" cy="${f(c[1])}" r="${f(r * 0.4)}" fill="none" stroke="${INK}" stroke-width="1.5"/>`;

export const ball = (c: P, r: number) =>
  `<circle cx="${f(c[0])}" cy="${f(c[1])}" r="${r}" fill="#fcd34d" stroke="${INK}" stroke-width="2.5"/>`;

/** Band or strap: a polyline in the prop colour. */
export const band = (pts: readonly P[], closed = false) =>
  `<path d="M${pts.map(pt).join("L")}${closed ? "Z" : ""}" stroke="${PROP_LINE}" stroke-width="3.5"/>`;

export const cushion = (x: number, w: number) => rect(x, FLOOR - 6, w, 7, 3, "#d1d5db");

/** A handrail post with a horizontal top at `topY`. */
export const rail = (x: number, topY: number, dir: -1 | 1) =>
  line([[x, FLOOR], [x, topY], [x + dir * 34, topY]], INK, 4);

export interface Scene {
  figures: readonly Figure[];
  /** Shrink everything but the floor line about the point (x, FLOOR), for tall scenes (standing on a step). */
  scale?: readonly [number, number];
  /** Drawn before the figure (floor, furniture). */
  back?: readonly string[];
  /** Drawn over the figure (bands, balls between knees, arrows). */
  front?: readonly string[];
  /** Omit the floor line (top views draw a mat instead). */
  noFloor?: boolean;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function renderSvg(scene: Scene, title: string, desc: string): string {
  let body = [...(scene.back ?? []), ...scene.figures.map(drawFigure), ...(scene.front ?? [])].join("");
  if (scene.scale) {
    const [x, k] = scene.scale;
    body = `<g transform="translate(${f(x * (1 - k))} ${f(FLOOR * (1 - k))}) scale(${k})">${body}</g>`;
  }
  if (!scene.noFloor) body = floorLine() + body;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="t d">` +
    `<title id="t">${esc(title)}</title><desc id="d">${esc(desc)}</desc>` +
    `<rect width="${W}" height="${H}" fill="#ffffff"/>` +
    `<g fill="none" stroke-linecap="round" stroke-linejoin="round">${body}</g></svg>\n`
  );
}
