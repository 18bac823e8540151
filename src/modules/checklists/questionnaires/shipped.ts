import type { Audience, Dimension } from '../tables.js';
import { BANK, inAllLanguages, type BankQuestionId } from './bank.js';
import { QUESTIONNAIRE_FORMAT, QuestionnaireSchema, type Question, type Questionnaire } from './schema.js';

const l = inAllLanguages;

const TITLES: Record<Audience, ReturnType<typeof l>> = {
  sme: l(
    'Vielfalt im kleinen und mittleren Unternehmen',
    'Diversity in small and medium-sized enterprises',
    'Küçük ve orta ölçekli işletmelerde çeşitlilik',
    'التنوع في المنشآت الصغيرة والمتوسطة',
    'Różnorodność w małych i średnich przedsiębiorstwach',
    'Многообразие на малом и среднем предприятии',
    'Різноманіття на малому та середньому підприємстві',
  ),
  large_company: l(
    'Vielfalt im Großunternehmen',
    'Diversity in large companies',
    'Büyük şirketlerde çeşitlilik',
    'التنوع في الشركات الكبيرة',
    'Różnorodność w dużym przedsiębiorstwie',
    'Многообразие в крупной компании',
    'Різноманіття у великій компанії',
  ),
  administration: l(
    'Interkulturelle Öffnung der Kommunalverwaltung',
    'Intercultural opening of the municipal administration',
    'Belediye yönetiminin kültürlerarası açılımı',
    'الانفتاح بين الثقافات في الإدارة البلدية',
    'Otwarcie międzykulturowe administracji gminnej',
    'Межкультурная открытость муниципальной администрации',
    'Міжкультурна відкритість муніципальної адміністрації',
  ),
  school: l(
    'Schule der Vielfalt',
    'A school of diversity',
    'Çeşitliliğin okulu',
    'مدرسة التنوع',
    'Szkoła różnorodności',
    'Школа многообразия',
    'Школа різноманіття',
  ),
  kita: l(
    'Kita der Vielfalt',
    'A day-care centre of diversity',
    'Çeşitliliğin kreşi',
    'روضة التنوع',
    'Przedszkole różnorodności',
    'Детский сад многообразия',
    'Дитячий садок різноманіття',
  ),
};

type Scored = { id: BankQuestionId; kind: 'yes_partly_no' | 'scale'; weight: number };
type Entry = Scored | { id: BankQuestionId; kind: 'text' | 'evidence' } | { id: 'c_trained'; kind: 'number' };

const COMMON: Record<Dimension, Entry[]> = {
  strategy: [
    { id: 's_commitment', kind: 'yes_partly_no', weight: 2 },
    { id: 's_responsible', kind: 'yes_partly_no', weight: 1 },
    { id: 's_evidence', kind: 'evidence' },
  ],
  recruiting: [
    { id: 'r_channels', kind: 'yes_partly_no', weight: 1 },
    { id: 'r_anonymised', kind: 'yes_partly_no', weight: 2 },
  ],
  training: [
    { id: 't_languages', kind: 'scale', weight: 1 },
    { id: 't_support', kind: 'yes_partly_no', weight: 2 },
  ],
  development: [
    { id: 'd_equal', kind: 'yes_partly_no', weight: 2 },
    { id: 'd_foreign', kind: 'yes_partly_no', weight: 1 },
  ],
  competence: [
    { id: 'c_trained', kind: 'number' },
    { id: 'c_leaders', kind: 'yes_partly_no', weight: 1 },
  ],
  orientation: [
    { id: 'o_languages', kind: 'scale', weight: 1 },
    { id: 'o_feedback', kind: 'yes_partly_no', weight: 1 },
  ],
  cooperation: [
    { id: 'n_partners', kind: 'yes_partly_no', weight: 2 },
    { id: 'n_describe', kind: 'text' },
  ],
};

/** Each audience's own question, and the dimension it belongs to. */
const OWN: Record<Audience, { dimension: Dimension; entry: Scored }> = {
  sme: { dimension: 'training', entry: { id: 'sme_training', kind: 'yes_partly_no', weight: 2 } },
  large_company: { dimension: 'development', entry: { id: 'large_mentoring', kind: 'yes_partly_no', weight: 1 } },
  administration: { dimension: 'recruiting', entry: { id: 'admin_share', kind: 'yes_partly_no', weight: 2 } },
  school: { dimension: 'orientation', entry: { id: 'school_parents', kind: 'yes_partly_no', weight: 2 } },
  kita: { dimension: 'orientation', entry: { id: 'kita_languages', kind: 'yes_partly_no', weight: 2 } },
};

function toQuestion(entry: Entry): Question {
  const texts = BANK[entry.id];
  if (entry.kind === 'number')
    return { id: entry.id, kind: 'number', weight: 2, min: 0, max: 100, thresholds: [10, 30, 60], ...texts };
  if (entry.kind === 'text' || entry.kind === 'evidence') return { id: entry.id, kind: entry.kind, ...texts };
  const scored = entry as Scored;
  return { id: scored.id, kind: scored.kind, weight: scored.weight, ...texts };
}

/** Version 1 of the questionnaire for an audience, as the platform ships it (checked against the schema). */
export function shippedQuestionnaire(audience: Audience): Questionnaire {
  const own = OWN[audience];
  const questionnaire: Questionnaire = {
    format: QUESTIONNAIRE_FORMAT,
    audience,
    version: 1,
    title: TITLES[audience],
    scoring: { levelThresholds: [0.3, 0.55, 0.8], weakUpToLevel: 2 },
    dimensions: (Object.keys(COMMON) as Dimension[]).map((dimension) => ({
      id: dimension,
      questions: [...COMMON[dimension], ...(own.dimension === dimension ? [own.entry] : [])].map(toQuestion),
    })),
  };
  return QuestionnaireSchema.parse(questionnaire);
}
