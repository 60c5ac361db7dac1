/**
 * One scene per exercise: the body position (joints from angles or target points) and the props.
 * Side views face right unless noted; supine figures lie with the head to the left.
 */
import {
  angleOf, arm, armTo, arrow, arrow2, at, ball, band, chair, chairFront, chain, cushion, FLOOR, type Figure, L, leg, legTo, legVia,
  mat, mid, type P, rail, rect, roller, type Scene, step, table, trunk, wall,
} from "./figure";

/** Centre line of a body lying on the floor. */
const LY = 175;
/** Ankle height of a foot flat on the floor. */
const AY = 177;
/** Hip height of someone standing with straight legs. */
const STAND = AY - L.thigh - L.shin;

/** Supine trunk (head to the left); `lift` raises head and shoulders a few degrees. */
function supine(hip: P, lift = 0) {
  return trunk(hip, 180 - lift, 168 - lift * 1.5);
}

/** Knee bent, foot flat on the floor `reach` in front of the hip. */
const footFlat = (hip: P, reach = 64) => legTo(hip, [hip[0] + reach, AY], 1, 0);

/** Arm lying along the floor beside the body. */
const armOnFloor = (shoulder: P) => arm(shoulder, -4, -1);

/** Front / back view skeleton: hips and shoulders as bars. Left in the picture is the "N" side. */
function frontal(hipMid: P, torsoAngle = 90, tilt = 0, torsoScale = 1) {
  const shMid = at(hipMid, torsoAngle, L.torso * torsoScale);
  return {
    hip: at(hipMid, 180 + tilt, 9),
    hipF: at(hipMid, tilt, 9),
    shoulder: at(shMid, torsoAngle + 90, 14),
    shoulderF: at(shMid, torsoAngle - 90, 14),
    head: at(shMid, torsoAngle, 15),
    shMid,
  };
}

/** Bridge: shoulders on the floor, shoulder–hip–knee in one line, shin upright. */
function bridgeLine(kneeX: number) {
  const len = L.torso + L.thigh;
  const knee: P = [kneeX, AY - L.shin - 2];
  const slope = Math.asin((LY - knee[1]) / len);
  const shoulder: P = [kneeX - len * Math.cos(slope), LY];
  const hip = at(shoulder, (slope * 180) / Math.PI, L.torso);
  return { knee, shoulder, hip, head: at(shoulder, 172, 15), ankle: [kneeX + 2, AY] as P };
}

function couch(x: number, w: number, seatY: number): string {
  return rect(x, seatY, w, FLOOR - seatY, 4) + rect(x - 4, seatY - 44, 16, 44, 4);
}

const s01 = (): Scene => {
  const hip: P = [190, LY];
  const { shoulder, head } = supine(hip);
  const knee: P = [172, 132];
  const legN = legVia(hip, knee, at(knee, 16, 30), -60, 10);
  return {
    figures: [{
      hip, shoulder, head, legF: footFlat(hip), legN,
      armN: armTo(shoulder, at(shoulder, angleOf(shoulder, knee), 61), 1), armF: armTo(shoulder, at(shoulder, angleOf(shoulder, knee) - 3, 60), 1),
      accent: ["legN0"],
    }],
    front: [arrow([knee[0] + 18, knee[1] - 18], [knee[0] - 4, knee[1] - 40], [shoulder[0] + 10, shoulder[1] - 66])],
  };
};

const s02 = (): Scene => {
  const hip: P = [190, LY];
  const { shoulder, head } = supine(hip);
  const legF = leg(hip, 100, 0, -80);
  const rest = mid(hip, legF[1], 0.86);
  const kneeN = at(hip, 42, 36);
  const legN = legVia(hip, kneeN, [rest[0] - 3, rest[1] - 4], 190, 9);
  return {
    figures: [{
      hip, shoulder, head, legF, legN,
      armN: armTo(shoulder, mid(hip, legF[1], 0.72), -1), armF: armTo(shoulder, mid(hip, legF[1], 0.64), -1),
      accent: ["legN0"],
    }],
  };
};

const s03 = (): Scene => {
  // seen from the front, trunk leaning toward us: the crossed shin lies across the other knee
  const b = frontal([160, 128], 90, 0, 0.72);
  const kneeF: P = [b.hipF[0] + 8, 134];
  const legF = legVia(b.hipF, kneeF, [kneeF[0] + 2, AY], -60, 7);
  const kneeN: P = [b.hip[0] - 36, 140];
  const legN = legVia(b.hip, kneeN, [kneeF[0] + 8, kneeF[1] - 8], 40, 9);
  return {
    back: [chairFront(112, 96, 136)],
    figures: [{
      hip: b.hip, hipF: b.hipF, shoulder: b.shoulder, shoulderF: b.shoulderF, head: b.head, farInk: true, legF, legN,
      armN: armTo(b.shoulder, [kneeN[0] + 2, kneeN[1] - 6], 1), armF: armTo(b.shoulderF, [kneeF[0] + 12, kneeF[1] - 12], -1),
      accent: ["legN0", "legN1"],
    }],
  };
};

const s04 = (): Scene => {
  const hip: P = [160, STAND];
  const { shoulder, head } = trunk(hip, 48, 30);
  const legN = legVia(hip, [202, 90], [222, 91], 10, 9);
  return {
    back: [table(196, 300, 98)],
    figures: [{
      hip, shoulder, head, legF: leg(hip, -90, -90, 0), legN,
      armN: armTo(shoulder, [232, 91], -1), armF: armTo(shoulder, [244, 92], -1),
      accent: ["legN0"],
    }],
  };
};

const s05 = (): Scene => {
  const hip: P = [148, 160];
  const { shoulder, head } = trunk(hip, 52, 30);
  const legN = legVia(hip, [188, 174], [160, AY], 195, 10);
  const legF = leg(hip, 193, 182, 190);
  return {
    figures: [{ hip, shoulder, head, legN, legF, armN: armTo(shoulder, [206, 178], -1), armF: armTo(shoulder, [212, 178], -1), accent: ["legN0"] }],
  };
};

const s06 = (): Scene => {
  const hip: P = [176, LY];
  const { shoulder, head } = supine(hip);
  const legN = leg(hip, 72, 72, 162);
  const sole = at(mid(legN[2], legN[3]), 72, 5);
  const hand: P = [150, 126];
  return {
    figures: [{
      hip, shoulder, head, legF: leg(hip, -1, 0, 90), legN,
      armN: armTo(shoulder, hand, -1), armF: armTo(shoulder, [hand[0] - 3, hand[1] + 3], -1), accent: ["legN0"],
    }],
    front: [band([hand, sole, [hand[0] + 4, hand[1] + 2]])],
  };
};

const s07 = (): Scene => {
  const hip: P = [126, STAND];
  const { shoulder, head } = trunk(hip, 42, 28);
  const heelY = FLOOR - 34 - 3;
  const a = (-Math.asin((heelY - hip[1]) / (L.thigh + L.shin)) * 180) / Math.PI;
  const legN = leg(hip, a, a, a + 90);
  return {
    back: [step(178, 72, 34)],
    figures: [{
      hip, shoulder, head, legF: leg(hip, -90, -90, 0), legN,
      armN: armTo(shoulder, mid(hip, legN[1], 0.85), -1), armF: armTo(shoulder, mid(hip, legN[1], 0.75), -1), accent: ["legN0"],
    }],
  };
};

const s08 = (): Scene => {
  const hip: P = [182, LY];
  const { shoulder, head } = supine(hip, 4);
  const legN = leg(hip, 90, 50, 140);
  const knee = legN[1];
  const ghost = [knee, at(knee, 0, 42)];
  return {
    figures: [{
      hip, shoulder, head, legF: leg(hip, -1, 0, 90), legN, ghosts: [ghost],
      armN: armTo(shoulder, at(hip, 90, 24), -1), armF: armTo(shoulder, at(hip, 90, 20), -1), accent: ["legN0"],
    }],
    front: [arrow(at(knee, 0, 50), at(knee, 30, 56), at(knee, 50, 50))],
  };
};

const s09 = (): Scene => {
  const knee: P = [138, 170];
  const hip = at(knee, 80, L.thigh);
  const { shoulder, head } = trunk(hip, 92);
  const legN = legVia(hip, knee, at(knee, 181, 42), 200, 11);
  const legF = legTo(hip, [202, AY], 1, 0);
  return {
    back: [cushion(118, 40)],
    figures: [{
      hip, shoulder, head, legN, legF, armN: arm(shoulder, 98, 94), armF: armTo(shoulder, [legF[1][0] - 2, legF[1][1] - 6], -1),
      accent: ["legN0"],
    }],
  };
};

const s10 = (): Scene => {
  const knee: P = [114, 170];
  const ankle = at(knee, 95, 42);
  const hip = at(knee, 62, L.thigh);
  const { shoulder, head } = trunk(hip, 86);
  const legF = legTo(hip, [186, AY], 1, 0);
  return {
    back: [couch(40, 68, 136), cushion(100, 30)],
    figures: [{
      hip, shoulder, head, legN: legVia(hip, knee, ankle, 168, 11), legF,
      armN: armTo(shoulder, [legF[1][0] - 2, legF[1][1] - 6], -1), armF: armTo(shoulder, [legF[1][0] - 6, legF[1][1] - 4], -1),
      accent: ["legN0"],
    }],
  };
};

const s11 = (): Scene => {
  const b = frontal([122, 94], 74, -6);
  const crossed = legTo(b.hip, [148, AY], -1, -30, 7);
  const standing = legTo(b.hipF, [130, AY], 1, -30, 7);
  return {
    back: [wall(62, "left")],
    figures: [{
      hip: b.hip, hipF: b.hipF, shoulder: b.shoulder, shoulderF: b.shoulderF, head: b.head, farInk: true,
      legF: crossed, legN: standing,
      armN: armTo(b.shoulder, [64, 62], 1), armF: armTo(b.shoulderF, [b.hipF[0] + 6, b.hipF[1] - 10], -1),
      accent: ["legF0"],
    }],
    front: [arrow([96, 104], [84, 104], [72, 100]), arrow([150, 18], [164, 20], [176, 28])],
  };
};

const s12 = (): Scene => {
  const hip: P = [146, STAND];
  const { shoulder, head } = trunk(hip, 84, 88);
  const legN = leg(hip, -106, 90, 140);
  // trunk a touch forward so the arm reaching back to the ankle shows behind it
  return {
    back: [chair(188, 136, "left")],
    figures: [{
      hip, shoulder, head, legF: leg(hip, -90, -90, 0), legN,
      armN: armTo(shoulder, legN[2], 1), armF: armTo(shoulder, [191, 90], -1), accent: ["legN0"],
    }],
  };
};

const s13 = (): Scene => {
  // seen from behind: hips bar, the back running away from us, arms straight down
  // the shoulders are further away than the hips, so they look narrower
  const hip: P = [156, 134];
  const hipF: P = [184, 134];
  const shoulder: P = [158, 114];
  const shoulderF: P = [182, 114];
  return {
    figures: [{
      hip, hipF, shoulder, shoulderF, head: [170, 103], farInk: true,
      legN: legTo(hip, [74, AY], 1, -90, 6),
      legF: legVia(hipF, [186, 174], [188, 179]),
      armN: [shoulder, [157, 144], [156, AY - 2]], armF: [shoulderF, [183, 144], [184, AY - 2]],
      accent: ["legN0", "legN1"],
    }],
    front: [arrow([212, 108], [224, 122], [212, 138])],
  };
};

const s14 = (): Scene => {
  const hip: P = [190, LY];
  const { shoulder, head } = supine(hip);
  const legN = leg(hip, 134, -28, -75);
  const grip = mid(legN[1], legN[2], 0.35);
  return {
    figures: [{
      hip, shoulder, head, legF: footFlat(hip), legN,
      armN: armTo(shoulder, grip, 1), armF: armTo(shoulder, [grip[0] - 2, grip[1] + 3], 1), accent: ["torso"],
    }],
    front: [arrow([grip[0] + 26, grip[1] - 20], [grip[0] + 10, grip[1] - 34], [grip[0] - 10, grip[1] - 30])],
  };
};

const s15 = (): Scene => {
  // seen from above, head to the left, knees dropped toward the top of the picture
  const hip: P = [170, 97];
  const hipF: P = [170, 115];
  const shoulder: P = [118, 88];
  const shoulderF: P = [118, 124];
  const side = (h: P) => chain(h, [48, 44], [-28, 40]);
  const mirror = (pts: P[]) => pts.map(([x, y]): P => [x, 212 - y]);
  return {
    noFloor: true,
    back: [mat(36, 14, 256, 178)],
    figures: [{
      hip, hipF, shoulder, shoulderF, head: [88, 106], farInk: true,
      legN: side(hip), legF: side(hipF), ghosts: [mirror(side(hip)), mirror(side(hipF))],
      armN: chain(shoulder, [100, 30], [98, 32]), armF: chain(shoulderF, [-100, 30], [-98, 32]),
      accent: ["hips"],
    }],
    front: [arrow([262, 70], [290, 106], [262, 144])],
  };
};

const bridgeFigure = (kneeX: number): Figure => {
  const b = bridgeLine(kneeX);
  return { hip: b.hip, shoulder: b.shoulder, head: b.head, legN: legVia(b.hip, b.knee, b.ankle, 0), legF: legVia(b.hip, b.knee, b.ankle, 0) };
};

const s16 = (): Scene => {
  const b = bridgeLine(224);
  const base = bridgeFigure(224);
  return {
    back: [ball(at(b.knee, angleOf(b.knee, b.hip), 8), 10)],
    figures: [{ ...base, armN: armOnFloor(b.shoulder), armF: armOnFloor(b.shoulder), accent: ["legN0"] }],
  };
};

const s17 = (): Scene => {
  const knee: P = [128, 174];
  const hip: P = [128, 130];
  const shoulder: P = [176, 114];
  const head = at(shoulder, -62, 15);
  const m = mid(hip, shoulder);
  return {
    figures: [{
      hip, shoulder, head, spine: [m[0], m[1] - 44],
      legN: legVia(hip, knee, at(knee, 181, 42), 190, 8), legF: legVia(hip, [knee[0] + 2, knee[1]], at(knee, 181, 42), 190, 8),
      armN: [shoulder, at(shoulder, -90, 30), [shoulder[0], AY]], armF: [shoulder, at(shoulder, -88, 30), [shoulder[0] + 2, AY]],
      ghostSpine: [hip, [m[0], m[1] + 34], shoulder], accent: ["torso"],
    }],
    front: [arrow2([m[0], 58], [m[0], 84])],
  };
};

const s18 = (): Scene => {
  const hip: P = [126, 128];
  const { shoulder, head } = trunk(hip, 93, 112);
  const legN = leg(hip, -2, -8, 84);
  const knee = legN[1];
  const ghostAnkle = at(knee, -95, 42);
  return {
    back: [chair(98, 136, "left")],
    figures: [{
      hip, shoulder, head, face: 38, legF: legTo(hip, [176, AY], 1, 0), legN,
      ghosts: [[knee, ghostAnkle, at(ghostAnkle, -60, 12)]],
      armN: armTo(shoulder, [hip[0] + 14, hip[1] - 2], -1), armF: armTo(shoulder, [hip[0] + 10, hip[1]], -1),
      accent: ["legN0", "legN1"],
    }],
    front: [arrow(at(ghostAnkle, 20, 12), [212, 172], at(legN[2], -70, 14)), arrow([156, 40], [150, 22], [134, 16])],
  };
};

const s19 = (): Scene => {
  const hip: P = [132, 172];
  const shoulder: P = [176, 114];
  const head = at(shoulder, 66, 15);
  const m = mid(hip, shoulder);
  return {
    figures: [{
      hip, shoulder, head, spine: [m[0] + 18, m[1] + 12],
      legN: leg(hip, 182, 180, 200), legF: leg(hip, 181, 180, 200),
      armN: armTo(shoulder, [184, AY], -1), armF: armTo(shoulder, [188, AY], -1), accent: ["torso"],
    }],
  };
};

const s20 = (): Scene => {
  const b = bridgeLine(230);
  return {
    figures: [{ ...bridgeFigure(230), armN: armOnFloor(b.shoulder), armF: armOnFloor(b.shoulder), accent: ["legN0"] }],
    front: [arrow2([b.hip[0], b.hip[1] - 14], [b.hip[0], b.hip[1] - 38])],
  };
};

const s21 = (): Scene => {
  const b = bridgeLine(216);
  const a = angleOf(b.hip, b.knee);
  return {
    figures: [{
      hip: b.hip, shoulder: b.shoulder, head: b.head,
      legN: legVia(b.hip, b.knee, b.ankle, 0), legF: leg(b.hip, a, a, a + 90),
      armN: armOnFloor(b.shoulder), armF: armOnFloor(b.shoulder), accent: ["legN0"],
    }],
  };
};

const s22 = (): Scene => {
  const knee: P = [118, 174];
  const hip: P = [118, 130];
  const shoulder: P = [166, 116];
  return {
    figures: [{
      hip, shoulder, head: at(shoulder, 8, 15), face: -70,
      legN: leg(hip, 178, 180, -88), legF: legVia(hip, knee, at(knee, 181, 42), 190, 8),
      armN: [shoulder, [shoulder[0], shoulder[1] + 30], [shoulder[0], AY]], armF: arm(shoulder, 4, 2),
      accent: ["torso"],
    }],
  };
};

/** Side plank seen from the front: bottom elbow under the shoulder, body straight to `end`. */
function sidePlank(end: P) {
  const sh: P = [98, AY - 30];
  const dir = angleOf(sh, end);
  const shTop = at(sh, dir + 90, 20);
  const hipB = at(sh, dir, L.torso);
  const hipT = at(hipB, dir + 90, 16);
  const head = at(mid(sh, shTop), dir + 180, 15);
  return { sh, shTop, hipB, hipT, head, dir };
}

const s23 = (): Scene => {
  const p = sidePlank([198, AY - 2]);
  const knee = at(p.hipB, p.dir, L.thigh);
  const kneeT = at(p.hipT, p.dir - 10, L.thigh - 2);
  return {
    figures: [{
      hip: p.hipT, hipF: p.hipB, shoulder: p.shTop, shoulderF: p.sh, head: p.head, farInk: true,
      legF: legVia(p.hipB, knee, at(knee, 40, 16)), legN: legVia(p.hipT, kneeT, at(kneeT, 40, 16)),
      armF: [p.sh, [p.sh[0], AY], [p.sh[0] - 22, AY]], armN: armTo(p.shTop, at(p.hipT, 60, 8), 1),
      accent: ["hips"],
    }],
  };
};

const s24 = (): Scene => {
  const p = sidePlank([262, 176]);
  const ankleT = at(p.hipT, p.dir - 7, L.thigh + L.shin - 1);
  return {
    figures: [{
      hip: p.hipT, hipF: p.hipB, shoulder: p.shTop, shoulderF: p.sh, head: p.head, farInk: true,
      legF: leg(p.hipB, p.dir, p.dir, p.dir + 90), legN: legVia(p.hipT, mid(p.hipT, ankleT), ankleT, p.dir + 90),
      armF: [p.sh, [p.sh[0], AY], [p.sh[0] - 20, AY]], armN: arm(p.shTop, 88, 90),
      accent: ["hips"],
    }],
  };
};

const s25 = (): Scene => {
  const hip: P = [190, LY];
  const { shoulder, head } = supine(hip, 8);
  const under: P = [hip[0] - 16, AY];
  const arms = (dx: number) => [shoulder, [shoulder[0] + 24 + dx, AY - 1], [under[0] + dx, under[1]]] as P[];
  return {
    figures: [{ hip, shoulder, head, legN: footFlat(hip, 60), legF: leg(hip, -1, 0, 90), armN: arms(0), armF: arms(-4), accent: ["torso"] }],
    front: [arrow2([shoulder[0] - 6, shoulder[1] - 24], [shoulder[0] - 6, shoulder[1] - 44])],
  };
};

/** Lying on the side seen from the front: top hip and shoulder straight above the bottom ones. */
function sideLying() {
  const shB: P = [100, 172];
  const shT: P = [100, 150];
  const hipB: P = [164, 174];
  const hipT: P = [164, 158];
  const head: P = [78, 160];
  const armB = [shB, [70, AY], [40, AY]] as P[];
  return { shB, shT, hipB, hipT, head, armB };
}

const s26 = (): Scene => {
  const s = sideLying();
  const kneeB: P = [196, AY - 1];
  const kneeT: P = [192, 132];
  const heel: P = [230, AY - 1];
  const bB = mid(s.hipB, kneeB, 0.72);
  const bT = mid(s.hipT, kneeT, 0.72);
  return {
    figures: [{
      hip: s.hipT, hipF: s.hipB, shoulder: s.shT, shoulderF: s.shB, head: s.head, farInk: true,
      legF: legVia(s.hipB, kneeB, heel, 0, 9), legN: legVia(s.hipT, kneeT, [heel[0] - 2, heel[1] - 7], 0, 9),
      armF: s.armB, armN: armTo(s.shT, [128, AY], -1), accent: ["legN0"],
    }],
    front: [
      band([[bT[0] - 6, bT[1] - 2], [bB[0] - 6, bB[1] + 2]]), band([[bT[0] + 2, bT[1] - 2], [bB[0] + 2, bB[1] + 2]]),
      arrow([kneeT[0] + 10, kneeT[1] + 22], [kneeT[0] + 22, kneeT[1] + 6], [kneeT[0] + 12, kneeT[1] - 10]),
    ],
  };
};

const s27 = (): Scene => {
  const s = sideLying();
  const legN = leg(s.hipT, 20, 20, -70);
  return {
    figures: [{
      hip: s.hipT, hipF: s.hipB, shoulder: s.shT, shoulderF: s.shB, head: s.head, farInk: true,
      legF: legVia(s.hipB, [192, AY - 1], [222, AY - 1], 0, 9), legN, ghosts: [[s.hipT, at(s.hipT, -4, 82)]],
      armF: s.armB, armN: armTo(s.shT, [128, AY], -1), accent: ["legN0", "legN1"],
    }],
    front: [arrow(at(legN[2], -60, 30), at(legN[2], -20, 30), at(legN[2], -4, 14))],
  };
};

const s28 = (): Scene => {
  const b = frontal([150, 98], 90, 0, 0.94);
  const left = legTo(b.hip, [126, AY], -1, 200, 8);
  const right = legTo(b.hipF, [192, AY - 10], 1, -20, 8);
  const kl = left[1];
  const kr = right[1];
  return {
    figures: [{
      hip: b.hip, hipF: b.hipF, shoulder: b.shoulder, shoulderF: b.shoulderF, head: b.head, farInk: true,
      legN: left, legF: right,
      armN: armTo(b.shoulder, [b.hip[0] - 4, b.hip[1] - 4], -1), armF: armTo(b.shoulderF, [b.hipF[0] + 4, b.hipF[1] - 4], 1),
      accent: ["hips"],
    }],
    front: [band([[kl[0], kl[1] - 3], [kr[0], kr[1] - 3]]), band([[kl[0], kl[1] + 4], [kr[0], kr[1] + 4]]), arrow([214, 150], [236, 146], [262, 150])],
  };
};

const s29 = (): Scene => {
  const hip: P = [188, LY];
  const { shoulder, head } = supine(hip);
  const legN = leg(hip, 90, 0, 90);
  return {
    figures: [{
      hip, shoulder, head, legN, legF: leg(hip, 14, 10, 100), armN: arm(shoulder, 166, 172), armF: arm(shoulder, 92, 90),
      accent: ["torso"],
    }],
  };
};

const s30 = (): Scene => {
  const b = frontal([150, STAND]);
  return {
    back: [table(206, 300, 98)],
    figures: [{
      hip: b.hip, hipF: b.hipF, shoulder: b.shoulder, shoulderF: b.shoulderF, head: b.head, farInk: true,
      legN: legTo(b.hipF, [160, AY], 1, -10, 8), legF: legVia(b.hip, [140, 112], [138, 150], -100, 6),
      armF: armTo(b.shoulder, [100, 96], 1), armN: armTo(b.shoulderF, [210, 92], -1), accent: ["legN0", "hips"],
    }],
  };
};

const s31 = (): Scene => {
  const stepTop = FLOOR - 30;
  const b = frontal([160, stepTop - 4 - L.thigh - L.shin], 88, 8);
  return {
    scale: [150, 0.84],
    back: [step(82, 76, 30), rail(50, 96, 1)],
    figures: [{
      hip: b.hip, hipF: b.hipF, shoulder: b.shoulder, shoulderF: b.shoulderF, head: b.head, farInk: true,
      legN: legTo(b.hip, [150, stepTop - 4], 1, 200, 8), legF: leg(b.hipF, -88, -89, -20, 1, 1),
      armN: armTo(b.shoulder, [84, 96], 1), armF: armTo(b.shoulderF, [b.hipF[0] + 6, b.hipF[1] - 10], -1),
      accent: ["legN0", "hips"],
    }],
    front: [arrow([b.hipF[0] + 28, b.hipF[1] + 16], [b.hipF[0] + 34, b.hipF[1]], [b.hipF[0] + 28, b.hipF[1] - 16])],
  };
};

const s32 = (): Scene => {
  const hip: P = [148, STAND + 2];
  const { shoulder, head } = trunk(hip, 4, 10);
  return {
    figures: [{
      hip, shoulder, head, legN: legTo(hip, [152, AY], 1, 0), legF: leg(hip, 184, 184, -86),
      armN: arm(shoulder, -86, -88), armF: arm(shoulder, -84, -86), accent: ["legN0"],
    }],
  };
};

const s33 = (): Scene => {
  const stepTop = FLOOR - 26;
  const hip: P = [158, 104];
  const { shoulder, head } = trunk(hip, 82);
  return {
    back: [step(90, 86, 26)],
    figures: [{
      hip, shoulder, head, legN: legTo(hip, [150, stepTop - 4], 1, 0), legF: legTo(hip, [200, AY], 1, 20),
      armN: arm(shoulder, -40, -10), armF: arm(shoulder, -36, -6), accent: ["legN0"],
    }],
  };
};

const s34 = (): Scene => {
  const hip: P = [186, LY];
  const { shoulder, head } = supine(hip);
  return {
    figures: [{
      hip, shoulder, head, legN: footFlat(hip), legF: footFlat(hip),
      armN: armOnFloor(shoulder), armF: armOnFloor(shoulder), accent: ["torso"],
    }],
    front: [arrow([hip[0] + 16, hip[1] - 20], [hip[0] + 4, hip[1] - 34], [hip[0] - 14, hip[1] - 26]), arrow([hip[0] - 30, 140], [hip[0] - 30, 150], [hip[0] - 30, 160])],
  };
};

const s35 = (): Scene => {
  // seen from above, facing the bottom of the picture
  const hip: P = [146, 96];
  const hipF: P = [164, 96];
  const shoulder: P = [138, 76];
  const shoulderF: P = [172, 76];
  return {
    noFloor: true,
    back: [mat(48, 14, 236, 176)],
    figures: [{
      hip, hipF, shoulder, shoulderF, head: [155, 72], farInk: true,
      legN: chain(hip, [-90, 44], [0, 42], [-30, 8]), legF: chain(hipF, [0, 44], [90, 42], [120, 8]),
      armN: armTo(shoulder, [118, 28], 1), armF: armTo(shoulderF, [192, 28], -1), accent: ["hips"],
    }],
    front: [arrow([230, 110], [240, 150], [200, 162])],
  };
};

const s36 = (): Scene => {
  const knee: P = [196, 172];
  const hip: P = [158, 152];
  const shoulder = at(hip, -14, L.torso);
  const m = mid(hip, shoulder);
  return {
    figures: [{
      hip, shoulder, head: at(shoulder, -40, 14), spine: [m[0], m[1] - 18],
      legN: legVia(hip, knee, at(knee, 181, 42), 190, 10), legF: legVia(hip, [knee[0] - 2, knee[1]], at(knee, 181, 42), 190, 10),
      armN: armTo(shoulder, [shoulder[0] + 60, AY], 1), armF: armTo(shoulder, [shoulder[0] + 56, AY], 1), accent: ["torso"],
    }],
  };
};

const s37 = (): Scene => {
  // seen from the front: propped on the bottom forearm, bottom thigh on the roller, top foot planted in front
  const sh: P = [96, AY - 30];
  const hipB: P = [152, 151];
  const dir = angleOf(sh, hipB);
  const shT = at(sh, dir + 90, 20);
  const hipT = at(hipB, dir + 90, 16);
  const legDir = -18;
  const ankle = at(hipB, legDir, L.thigh + L.shin);
  const onRoller = at(hipB, legDir, 22);
  return {
    back: [roller([onRoller[0], FLOOR - 12], 12)],
    figures: [{
      hip: hipT, hipF: hipB, shoulder: shT, shoulderF: sh, head: at(mid(sh, shT), dir + 180, 15), farInk: true,
      legF: legVia(hipB, mid(hipB, ankle, 0.51), ankle, 72, 9), legN: legVia(hipT, [190, 116], [198, AY], 0, 10),
      armF: [sh, [sh[0], AY], [sh[0] + 24, AY]], armN: armTo(shT, [134, AY], -1), accent: ["legF0"],
    }],
    front: [arrow2([150, 104], [206, 104])],
  };
};

const s38 = (): Scene => {
  const hip: P = [142, 152];
  const shoulder: P = [190, 142];
  return {
    back: [roller([116, 170], 11)],
    figures: [{
      hip, shoulder, head: at(shoulder, 14, 15),
      legN: leg(hip, 190, 188, -110), legF: leg(hip, 189, 187, -110),
      armN: [shoulder, [shoulder[0] + 2, AY], [shoulder[0] + 32, AY]], armF: [shoulder, [shoulder[0] - 2, AY], [shoulder[0] + 28, AY]],
      accent: ["legN0"],
    }],
    front: [arrow2([96, 132], [150, 132])],
  };
};

const s39 = (): Scene => {
  const rc: P = [146, 170];
  const hip: P = [146, 154];
  const { shoulder, head } = trunk(hip, 122, 100);
  const legF = legTo(hip, [212, AY], 1, 0);
  const kneeF = legF[1];
  const kneeN = at(hip, -16, 34);
  return {
    back: [roller(rc, 11)],
    figures: [{
      hip, shoulder, head, legF, legN: legVia(hip, kneeN, [kneeF[0] + 2, kneeF[1] - 8], 60, 10),
      armN: armTo(shoulder, [104, AY], 1), armF: armTo(shoulder, [100, AY], 1), accent: ["legN0"],
    }],
  };
};

const s40 = (): Scene => {
  const hip: P = [92, STAND + 4];
  const { shoulder, head } = trunk(hip, 100, 88);
  return {
    back: [wall(64, "left")],
    figures: [{
      hip, shoulder, head, legN: legTo(hip, [118, AY], 1, 0), legF: legTo(hip, [114, AY], 1, 0),
      armN: arm(shoulder, -78, -70), armF: arm(shoulder, -82, -74), accent: ["legN0"],
    }],
    front: [ball([76, 100], 8)],
  };
};

export const SCENES: Readonly<Record<string, () => Scene>> = {
  "EX-01": s01, "EX-02": s02, "EX-03": s03, "EX-04": s04, "EX-05": s05, "EX-06": s06, "EX-07": s07, "EX-08": s08,
  "EX-09": s09, "EX-10": s10, "EX-11": s11, "EX-12": s12, "EX-13": s13, "EX-14": s14, "EX-15": s15, "EX-16": s16,
  "EX-17": s17, "EX-18": s18, "EX-19": s19, "EX-20": s20, "EX-21": s21, "EX-22": s22, "EX-23": s23, "EX-24": s24,
  "EX-25": s25, "EX-26": s26, "EX-27": s27, "EX-28": s28, "EX-29": s29, "EX-30": s30, "EX-31": s31, "EX-32": s32,
  "EX-33": s33, "EX-34": s34, "EX-35": s35, "EX-36": s36, "EX-37": s37, "EX-38": s38, "EX-39": s39, "EX-40": s40,
};
