import { deflateSync } from 'node:zlib';

/**
 * Illustrations for the demo stories: small flat pictures drawn here, pixel by pixel, and encoded as PNG, so the
 * demo has real image files (stored through core/storage like an upload) without shipping photographs of people.
 * A scene is a few parameters; the alternative text is written from the same parameters, so it says what is drawn.
 */
export type Landmark = 'headframe' | 'gasometer' | 'houses' | 'harbour';
export type DayTime = 'morning' | 'day' | 'evening';

export interface Scene {
  landmark: Landmark;
  time: DayTime;
  /** People in the foreground, 0–4. */
  people: number;
}

const WIDTH = 640;
const HEIGHT = 360;
type Rgb = readonly [number, number, number];

const SKIES: Record<DayTime, { top: Rgb; bottom: Rgb; sun: Rgb; sunY: number }> = {
  morning: { top: [126, 176, 222], bottom: [250, 214, 170], sun: [255, 236, 179], sunY: 250 },
  day: { top: [74, 144, 217], bottom: [190, 222, 245], sun: [255, 246, 214], sunY: 90 },
  evening: { top: [64, 52, 120], bottom: [247, 146, 86], sun: [255, 196, 120], sunY: 230 },
};
const CITY: Rgb = [54, 62, 82];
const GROUND: Rgb = [92, 122, 84];
const CLOTHES: readonly Rgb[] = [
  [198, 40, 40],
  [21, 101, 192],
  [249, 168, 37],
  [46, 125, 50],
];
const SKIN: readonly Rgb[] = [
  [141, 85, 36],
  [224, 172, 105],
  [198, 134, 66],
  [241, 194, 125],
];

class Canvas {
  readonly pixels = new Uint8Array(WIDTH * HEIGHT * 3);
  set(x: number, y: number, [r, g, b]: Rgb): void {
    if (x < 0 || y < 0 || x >= WIDTH || y >= HEIGHT) return;
    const at = (y * WIDTH + x) * 3;
    this.pixels[at] = r;
    this.pixels[at + 1] = g;
    this.pixels[at + 2] = b;
  }
  rect(x0: number, y0: number, width: number, height: number, color: Rgb): void {
    for (let y = Math.max(0, y0); y < Math.min(HEIGHT, y0 + height); y++)
      for (let x = Math.max(0, x0); x < Math.min(WIDTH, x0 + width); x++) this.set(x, y, color);
  }
  circle(cx: number, cy: number, radius: number, color: Rgb): void {
    for (let y = cy - radius; y <= cy + radius; y++)
      for (let x = cx - radius; x <= cx + radius; x++)
        if ((x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2) this.set(x, y, color);
  }
  line(x0: number, y0: number, x1: number, y1: number, thickness: number, color: Rgb): void {
    const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
    for (let step = 0; step <= steps; step++) {
      const x = Math.round(x0 + ((x1 - x0) * step) / steps);
      const y = Math.round(y0 + ((y1 - y0) * step) / steps);
      this.rect(x - (thickness >> 1), y - (thickness >> 1), thickness, thickness, color);
    }
  }
}

const mix = (a: Rgb, b: Rgb, share: number): Rgb => [
  Math.round(a[0] + (b[0] - a[0]) * share),
  Math.round(a[1] + (b[1] - a[1]) * share),
  Math.round(a[2] + (b[2] - a[2]) * share),
];

const HORIZON = 270;

function drawLandmark(canvas: Canvas, landmark: Landmark): void {
  // A row of houses behind every landmark: the Ruhr is a region of towns grown together.
  const heights = [60, 84, 52, 96, 70, 58, 88, 64, 76, 50, 92, 66];
  heights.forEach((height, index) => canvas.rect(index * 54, HORIZON - height, 50, height, mix(CITY, [0, 0, 0], 0.1)));
  if (landmark === 'headframe') {
    // A pit headframe (Förderturm): two legs, a strut, the wheels on top.
    canvas.line(400, HORIZON, 440, 110, 8, CITY);
    canvas.line(480, HORIZON, 440, 110, 8, CITY);
    canvas.line(440, 110, 520, HORIZON, 6, CITY);
    canvas.rect(420, 100, 44, 16, CITY);
    canvas.circle(430, 96, 14, CITY);
    canvas.circle(454, 96, 14, CITY);
    canvas.rect(380, HORIZON - 50, 120, 50, CITY);
  } else if (landmark === 'gasometer') {
    canvas.rect(380, 120, 130, HORIZON - 120, CITY);
    for (let y = 140; y < HORIZON; y += 22) canvas.rect(380, y, 130, 3, mix(CITY, [255, 255, 255], 0.2));
    canvas.rect(372, 112, 146, 10, CITY);
  } else if (landmark === 'harbour') {
    // Cranes and containers at the water.
    for (const x of [360, 470]) {
      canvas.rect(x, 120, 10, HORIZON - 120, CITY);
      canvas.rect(x - 40, 120, 110, 8, CITY);
      canvas.line(x + 60, 128, x + 60, 180, 2, CITY);
    }
    const colours: readonly Rgb[] = [
      [183, 28, 28],
      [13, 71, 161],
      [245, 127, 23],
    ];
    colours.forEach((colour, index) => canvas.rect(330 + index * 70, HORIZON - 36, 64, 36, colour));
  } else {
    for (const x of [380, 460]) {
      canvas.rect(x, HORIZON - 120, 70, 120, CITY);
      for (let row = 0; row < 4; row++)
        for (let column = 0; column < 3; column++)
          canvas.rect(x + 10 + column * 20, HORIZON - 110 + row * 28, 10, 14, [255, 224, 130]);
    }
  }
}

function drawPerson(canvas: Canvas, x: number, index: number): void {
  const clothes = CLOTHES[index % CLOTHES.length] ?? CLOTHES[0];
  const skin = SKIN[index % SKIN.length] ?? SKIN[0];
  if (!clothes || !skin) return;
  const height = index % 2 === 0 ? 0 : 10;
  canvas.rect(x - 16, 280 + height, 32, 60 - height, clothes);
  canvas.circle(x, 262 + height, 15, skin);
  canvas.rect(x - 14, 340, 10, 20, CITY);
  canvas.rect(x + 4, 340, 10, 20, CITY);
}

function render(scene: Scene): Uint8Array {
  const canvas = new Canvas();
  const sky = SKIES[scene.time];
  for (let y = 0; y < HORIZON; y++) canvas.rect(0, y, WIDTH, 1, mix(sky.top, sky.bottom, y / HORIZON));
  canvas.circle(170, sky.sunY, 34, sky.sun);
  drawLandmark(canvas, scene.landmark);
  canvas.rect(0, HORIZON, WIDTH, HEIGHT - HORIZON, GROUND);
  const people = Math.max(0, Math.min(4, scene.people));
  for (let index = 0; index < people; index++) drawPerson(canvas, 70 + index * 60, index);
  return canvas.pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The scene as a PNG file (8-bit RGB, no interlace). */
export function drawIllustration(scene: Scene): Uint8Array {
  const pixels = render(scene);
  const rows = Buffer.alloc((WIDTH * 3 + 1) * HEIGHT);
  for (let y = 0; y < HEIGHT; y++) {
    rows[y * (WIDTH * 3 + 1)] = 0;
    rows.set(pixels.subarray(y * WIDTH * 3, (y + 1) * WIDTH * 3), y * (WIDTH * 3 + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows, { level: 9 })),
      chunk('IEND', new Uint8Array(0)),
    ]),
  );
}

const LANDMARK_TEXT: Record<Landmark, string> = {
  headframe: 'einem Förderturm',
  gasometer: 'einem Gasometer',
  houses: 'Wohnhäusern mit erleuchteten Fenstern',
  harbour: 'Hafenkränen und bunten Containern',
};
const TIME_TEXT: Record<DayTime, string> = {
  morning: 'im Morgenlicht',
  day: 'bei Tag',
  evening: 'in der Abendsonne',
};
const PEOPLE_TEXT = ['', 'eine Person', 'zwei Personen', 'drei Personen', 'vier Personen'];

/** The alternative text (German, the stories' language): what the picture shows, for the story it belongs to. */
export function describeIllustration(scene: Scene, subject: string): string {
  const people = PEOPLE_TEXT[Math.max(0, Math.min(4, scene.people))] ?? '';
  const who = people ? `${people} vor ` : '';
  return `Gezeichnete Illustration zu „${subject}“: ${who}einer Stadtsilhouette mit ${LANDMARK_TEXT[scene.landmark]} ${TIME_TEXT[scene.time]}.`;
}
