import { z } from 'zod';
import type { FieldErrors } from '../../core/errors.js';
import type { LocaleCode } from '../../core/i18n/locales.js';
import { safeParseInput, type ParseResult } from '../../core/validation.js';
import type { LessonContent } from './content/index.js';

/** Field names of the lesson editor (one language at a time; structure and video only with German). */
export const editorField = {
  title: 'title',
  body: 'body',
  alt: 'image_alt',
  minutes: 'minutes',
  question: (question: string) => `q_${question}`,
  option: (question: string, option: string) => `o_${question}_${option}`,
  explanation: (question: string, option: string) => `e_${question}_${option}`,
  correct: (question: string, option: string) => `c_${question}_${option}`,
  video: 'video',
  captions: 'captions',
  removeVideo: 'remove_video',
  material: 'material',
  changeNote: 'change_note',
} as const;

/** The edited texts of one language; an empty translation is removed (the German text shows instead). */
export interface LessonEdit {
  lang: LocaleCode;
  texts: Map<string, string | null>;
  minutes: number | null;
  correct: Map<string, boolean>;
  video: { bytes: Uint8Array; contentType: 'video/mp4' | 'video/webm'; captions: string } | null;
  removeVideo: boolean;
  material: boolean;
  changeNote: string | null;
}

const VIDEO_TYPES = { mp4: 'video/mp4', webm: 'video/webm' } as const;

/** MP4 (an ISO box "ftyp" at byte 4) or WebM (the EBML signature), told by the content, never the name. */
export function sniffVideo(bytes: Uint8Array): (typeof VIDEO_TYPES)[keyof typeof VIDEO_TYPES] | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length > 12 && ascii(4, 8) === 'ftyp') return VIDEO_TYPES.mp4;
  if (bytes.length > 4 && bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3)
    return VIDEO_TYPES.webm;
  return null;
}

const CUE_TIMING = /^(\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3} +--> +(\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}( .*)?$/;

/**
 * A WebVTT file as the W3C format has it: "WEBVTT" on the first line (after an optional byte order mark) and
 * at least one cue with its timing line and text. Returns the text, or null when it is not WebVTT.
 */
export function validWebVtt(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
  const lines = text.split(/\r\n|\r|\n/);
  if (!/^WEBVTT([ \t].*)?$/.test(lines[0] ?? '')) return null;
  const cue = lines.findIndex((line) => CUE_TIMING.test(line.trim()));
  if (cue < 0 || !(lines[cue + 1] ?? '').trim()) return null;
  return text;
}

interface PostedUpload {
  fileName: string;
  bytes: Buffer;
  isTooLarge: boolean;
}
const isUpload = (value: unknown): value is PostedUpload =>
  typeof value === 'object' && value !== null && 'bytes' in value && Buffer.isBuffer((value as PostedUpload).bytes);

/** Reads the editor form of one lesson in one language; every problem is a message at its field. */
export function parseLessonEdit(lesson: LessonContent, lang: LocaleCode, body: unknown): ParseResult<LessonEdit> {
  const posted = (body ?? {}) as Record<string, unknown>;
  const isGerman = lang === 'de';
  const fields: FieldErrors = {};
  const texts = new Map<string, string | null>();
  const readText = (name: string, max: number) => {
    const raw = posted[name];
    if (raw !== undefined && typeof raw !== 'string') {
      fields[name] = { key: 'validation.invalid_type' };
      return;
    }
    const value = (raw ?? '').trim();
    if (value.length > max) fields[name] = { key: 'validation.too_long', values: { max } };
    else if (!value && isGerman) fields[name] = { key: 'validation.required' };
    else texts.set(name, value || null);
  };
  readText(editorField.title, 200);
  readText(editorField.body, 12000);
  if (lesson.image) readText(editorField.alt, 300);
  const correct = new Map<string, boolean>();
  for (const question of lesson.questions) {
    readText(editorField.question(question.key), 400);
    for (const option of question.options) {
      readText(editorField.option(question.key, option.key), 300);
      readText(editorField.explanation(question.key, option.key), 600);
      if (isGerman)
        correct.set(
          editorField.correct(question.key, option.key),
          posted[editorField.correct(question.key, option.key)] === 'on',
        );
    }
    if (isGerman) {
      const count = question.options.filter((option) =>
        correct.get(editorField.correct(question.key, option.key)),
      ).length;
      if (question.kind === 'single' ? count !== 1 : count < 1)
        fields[editorField.question(question.key)] = {
          key: question.kind === 'single' ? 'courses.admin.one_correct' : 'courses.admin.some_correct',
        };
    }
  }
  let minutes: number | null = null;
  let video: LessonEdit['video'] = null;
  if (isGerman) {
    const parsed = safeParseInput(z.coerce.number().int().min(1).max(120), posted[editorField.minutes]);
    if (parsed.ok) minutes = parsed.data;
    else fields[editorField.minutes] = { key: 'courses.admin.minutes_range' };
    const file = posted[editorField.video];
    const captions = posted[editorField.captions];
    const hasFile = isUpload(file) && file.bytes.length > 0;
    const hasCaptions = isUpload(captions) && captions.bytes.length > 0;
    if (hasFile && !hasCaptions) fields[editorField.captions] = { key: 'courses.admin.captions_required' };
    if (hasCaptions && !hasFile) fields[editorField.video] = { key: 'courses.admin.video_required' };
    if (hasFile && hasCaptions) {
      const type = sniffVideo(file.bytes);
      const vtt = validWebVtt(captions.bytes);
      if (file.isTooLarge) fields[editorField.video] = { key: 'validation.file_too_large', values: { max: 10 } };
      else if (!type) fields[editorField.video] = { key: 'courses.admin.video_type' };
      if (!vtt) fields[editorField.captions] = { key: 'courses.admin.captions_invalid' };
      if (type && vtt && !file.isTooLarge)
        video = { bytes: new Uint8Array(file.bytes), contentType: type, captions: vtt };
    }
  }
  const note = posted[editorField.changeNote];
  const changeNote = typeof note === 'string' && note.trim() ? note.trim().slice(0, 500) : null;
  const material = posted[editorField.material] === 'on';
  if (material && !changeNote) fields[editorField.changeNote] = { key: 'courses.admin.change_note_required' };
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return {
    ok: true,
    data: {
      lang,
      texts,
      minutes,
      correct,
      video,
      removeVideo: isGerman && posted[editorField.removeVideo] === 'on',
      material,
      changeNote,
    },
  };
}
