export { SHIPPED_COURSE } from './shipped.js';
export {
  CourseContentSchema,
  type CourseContent,
  type LessonContent,
  type LessonVideo,
  type QuestionContent,
} from './schema.js';
export { l, pick, type LocalisedText } from './localised.js';
