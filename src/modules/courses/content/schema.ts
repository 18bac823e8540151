import { z } from 'zod';
import { ILLUSTRATIONS } from '../illustrations/index.js';

/**
 * The course's content as stored with each version (course_versions.content): lessons in order, each with a
 * text (Markdown), an illustration with its alt text, an optional video that always comes with captions, and
 * a short quiz whose options each carry an explanation. The office edits it; the German text is required.
 */
const localised = (max: number) => {
  const translation = z.string().trim().min(1).max(max).optional();
  return z
    .object({
      de: z.string().trim().min(1).max(max),
      en: translation,
      tr: translation,
      ar: translation,
      pl: translation,
      ru: translation,
      uk: translation,
    })
    .strict();
};

const key = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/);

export const OptionSchema = z.object({
  key,
  text: localised(300),
  correct: z.boolean(),
  explanation: localised(600),
});

export const QuestionSchema = z
  .object({
    key,
    kind: z.enum(['single', 'multiple']),
    text: localised(400),
    options: z.array(OptionSchema).min(2).max(6),
  })
  .refine((question) => new Set(question.options.map((option) => option.key)).size === question.options.length, {
    message: 'options need distinct keys',
  })
  .refine(
    (question) => {
      const correct = question.options.filter((option) => option.correct).length;
      return question.kind === 'single' ? correct === 1 : correct >= 1;
    },
    { message: 'a single-choice question has exactly one correct option, a multiple-choice one at least one' },
  );

/** A lesson's video: the file and its WebVTT captions, both in core/storage; one never comes without the other. */
export const VideoSchema = z.object({
  videoKey: z.string().min(1).max(300),
  videoType: z.enum(['video/mp4', 'video/webm']),
  captionsKey: z.string().min(1).max(300),
});

export const LessonSchema = z.object({
  key,
  minutes: z.number().int().min(1).max(120),
  title: localised(200),
  body: localised(12000),
  image: z.object({ file: z.enum(ILLUSTRATIONS), alt: localised(300) }).nullable(),
  video: VideoSchema.nullable(),
  questions: z.array(QuestionSchema).min(2).max(4),
});

export const CourseContentSchema = z
  .object({
    title: localised(200),
    summary: localised(1000),
    audience: localised(400),
    lessons: z.array(LessonSchema).min(1).max(12),
  })
  .refine((content) => new Set(content.lessons.map((lesson) => lesson.key)).size === content.lessons.length, {
    message: 'lessons need distinct keys',
  });

export type CourseContent = z.infer<typeof CourseContentSchema>;
export type LessonContent = z.infer<typeof LessonSchema>;
export type QuestionContent = z.infer<typeof QuestionSchema>;
export type LessonVideo = z.infer<typeof VideoSchema>;
