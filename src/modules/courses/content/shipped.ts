import { l } from './localised.js';
import type { CourseContent } from './schema.js';
import { LESSONS_1 } from './shipped-lessons-1.js';
import { LESSONS_2 } from './shipped-lessons-2.js';
import { LESSONS_3 } from './shipped-lessons-3.js';

/** Version 1 of the base module "Umgang mit Vielfalt", written into the database the first time anyone needs it. */
export const SHIPPED_COURSE: CourseContent = {
  title: l(
    'Umgang mit Vielfalt',
    'Dealing with diversity',
    'Çeşitlilikle çalışmak',
    'التعامل مع التنوع',
    'Praca z różnorodnością',
    'Работа с многообразием',
    'Робота з різноманіттям',
  ),
  summary: l(
    'Das Basismodul der Städtekooperation Integration.Interkommunal: fünf kurze Lektionen über Vielfalt in der Region, Wahrnehmung und Vorurteile, Kommunikation, die Anerkennung ausländischer Abschlüsse und den Schutz vor Diskriminierung – jeweils mit einem kleinen Quiz.',
    'The base module of the Integration.Interkommunal city cooperation: five short lessons on diversity in the region, perception and prejudice, communication, the recognition of foreign qualifications and protection against discrimination – each with a short quiz.',
    'Integration.Interkommunal şehir iş birliğinin temel modülü: bölgedeki çeşitlilik, algı ve önyargılar, iletişim, yurt dışı diplomalarının tanınması ve ayrımcılığa karşı koruma üzerine beş kısa ders – her biri küçük bir testle.',
    'الوحدة الأساسية لتعاون المدن Integration.Interkommunal: خمسة دروس قصيرة عن التنوع في المنطقة، والإدراك والأحكام المسبقة، والتواصل، والاعتراف بالشهادات الأجنبية، والحماية من التمييز – لكل منها اختبار قصير.',
    'Moduł podstawowy współpracy miast Integration.Interkommunal: pięć krótkich lekcji o różnorodności w regionie, postrzeganiu i uprzedzeniach, komunikacji, uznawaniu zagranicznych kwalifikacji i ochronie przed dyskryminacją – każda z krótkim quizem.',
    'Базовый модуль кооперации городов Integration.Interkommunal: пять коротких уроков о многообразии в регионе, восприятии и предубеждениях, коммуникации, признании иностранных квалификаций и защите от дискриминации – каждый с небольшим тестом.',
    'Базовий модуль кооперації міст Integration.Interkommunal: п’ять коротких уроків про різноманіття в регіоні, сприйняття та упередження, комунікацію, визнання іноземних кваліфікацій і захист від дискримінації – кожен із невеликим тестом.',
  ),
  audience: l(
    'Für Beschäftigte von Verwaltungen, Unternehmen, Bildungsträgern und Schulen – ohne Vorkenntnisse.',
    'For staff of administrations, companies, training providers and schools – no prior knowledge needed.',
    'Yönetimlerde, işletmelerde, eğitim kurumlarında ve okullarda çalışanlar için – ön bilgi gerekmez.',
    'للعاملين في الإدارات والشركات ومؤسسات التدريب والمدارس – دون معرفة مسبقة.',
    'Dla pracowników administracji, firm, instytucji szkoleniowych i szkół – bez wcześniejszej wiedzy.',
    'Для сотрудников администраций, предприятий, образовательных организаций и школ – без предварительных знаний.',
    'Для працівників адміністрацій, підприємств, освітніх організацій і шкіл – без попередніх знань.',
  ),
  lessons: [...LESSONS_1, ...LESSONS_2, ...LESSONS_3],
};
