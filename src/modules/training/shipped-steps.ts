import { sql, type Kysely } from 'kysely';
import type { LocaleCode } from '../../core/i18n/locales.js';
import type { Database } from '../../core/db/database.js';

import type { HelperKind } from './tables.js';
type Texts = readonly [title: string, needs: string, helpers: string, body: string];

/** The first version of the steps in plain German and the six other languages; the office edits them from here on. */
export const SHIPPED_STEPS: readonly { slug: string; helpers: HelperKind[]; texts: Record<string, Texts> }[] = [
  {
    slug: 'beruf-waehlen',
    helpers: ['chamber', 'city'],
    texts: {
      de: [
        'Beruf wählen und Betrieb prüfen',
        'Eine Beschreibung, was Ihr Betrieb jeden Tag macht. Die Ausbildungsordnung des Berufs.',
        'Die Ausbildungsberatung Ihrer Kammer und die Anlaufstelle Ihrer Stadt.',
        'Wählen Sie einen Beruf, dessen Arbeit es in Ihrem Betrieb wirklich gibt. Die Kammer prüft, ob Ihr Betrieb alle Inhalte der Ausbildung zeigen kann. Fehlt ein Teil, kann ein anderer Betrieb ihn übernehmen (Verbundausbildung).',
      ],
      en: [
        'Choose the occupation and check your company',
        'A description of what your company does every day. The training regulations of the occupation.',
        "Your chamber's training advisers and your city's contact point.",
        'Choose an occupation whose work really happens in your company. The chamber checks whether your company can teach everything the training requires. If a part is missing, another company can take it over (joint training).',
      ],
      tr: [
        'Meslek seçin ve işletmenizi kontrol edin',
        'İşletmenizin her gün ne yaptığının kısa bir açıklaması. Mesleğin eğitim yönetmeliği.',
        'Odanızın meslek eğitimi danışmanları ve şehrinizin başvuru noktası.',
        'İşi işletmenizde gerçekten yapılan bir meslek seçin. Oda, işletmenizin eğitimin tüm içeriklerini öğretip öğretemeyeceğini kontrol eder. Bir bölüm eksikse başka bir işletme onu üstlenebilir (ortak eğitim).',
      ],
      ar: [
        'اختيار المهنة وفحص المنشأة',
        'وصف لما تقوم به منشأتك كل يوم. لائحة التدريب الخاصة بالمهنة.',
        'مستشارو التدريب في غرفتك ونقطة الاتصال في مدينتك.',
        'اختر مهنة يُمارَس عملها فعلًا في منشأتك. تتحقق الغرفة مما إذا كانت منشأتك قادرة على تعليم جميع محتويات التدريب. إذا نقص جزء، يمكن لمنشأة أخرى أن تتولاه (التدريب المشترك).',
      ],
      pl: [
        'Wybór zawodu i sprawdzenie firmy',
        'Opis tego, czym Państwa firma zajmuje się na co dzień. Rozporządzenie o kształceniu w danym zawodzie.',
        'Doradcy ds. kształcenia w Państwa izbie i punkt kontaktowy miasta.',
        'Proszę wybrać zawód, którego praca naprawdę jest wykonywana w firmie. Izba sprawdza, czy firma może przekazać wszystkie treści kształcenia. Jeśli czegoś brakuje, inna firma może przejąć tę część (kształcenie w związku firm).',
      ],
      ru: [
        'Выбрать профессию и проверить предприятие',
        'Описание того, чем ваше предприятие занимается каждый день. Положение об обучении по профессии.',
        'Консультанты по обучению вашей палаты и контактный пункт вашего города.',
        'Выберите профессию, работа по которой действительно выполняется на вашем предприятии. Палата проверяет, может ли предприятие обучить всему, что требует программа. Если чего-то не хватает, эту часть может взять на себя другое предприятие (совместное обучение).',
      ],
      uk: [
        'Обрати професію та перевірити підприємство',
        'Опис того, чим ваше підприємство займається щодня. Положення про навчання за професією.',
        'Консультанти з навчання вашої палати та контактний пункт вашого міста.',
        'Оберіть професію, робота за якою справді виконується на вашому підприємстві. Палата перевіряє, чи може підприємство навчити всього, що вимагає програма. Якщо чогось бракує, цю частину може взяти на себе інше підприємство (спільне навчання).',
      ],
    },
  },
  {
    slug: 'ausbilder-aevo',
    helpers: ['chamber'],
    texts: {
      de: [
        'Ausbilderin oder Ausbilder benennen',
        'Eine Person mit Berufsabschluss im Fach und dem Nachweis nach der Ausbilder-Eignungsverordnung (AEVO), zum Beispiel dem Ausbilderschein oder einem Meistertitel.',
        'Die Kammer: Sie bietet Vorbereitungskurse und die AEVO-Prüfung an.',
        'Im Betrieb muss eine Person ausbilden, die fachlich und pädagogisch geeignet ist. Hat noch niemand den Ausbilderschein, kann eine Person ihn in einem Kurs erwerben. Die Kurse gibt es in Vollzeit, Teilzeit und am Wochenende.',
      ],
      en: [
        'Name a trainer',
        'A person with a vocational qualification in the field and proof under the Trainer Aptitude Regulation (AEVO), for example the trainer certificate or a master craftsman title.',
        'The chamber: it offers preparation courses and the AEVO examination.',
        'Someone in the company must train who is suitable both in the trade and in teaching. If nobody has the trainer certificate yet, a person can gain it in a course. Courses run full-time, part-time and at weekends.',
      ],
      tr: [
        'Eğitmen belirleyin',
        'Alanında meslek diploması ve Eğitmen Yeterlilik Yönetmeliği (AEVO) belgesi olan bir kişi, örneğin eğitmen belgesi veya ustalık unvanı.',
        'Oda: hazırlık kursları ve AEVO sınavı sunar.',
        'İşletmede mesleki ve pedagojik olarak uygun bir kişinin eğitim vermesi gerekir. Henüz kimsede eğitmen belgesi yoksa bir kişi bunu bir kursta alabilir. Kurslar tam zamanlı, yarı zamanlı ve hafta sonu yapılır.',
      ],
      ar: [
        'تعيين مدرب أو مدربة',
        'شخص لديه مؤهل مهني في المجال وإثبات وفق لائحة أهلية المدربين (AEVO)، مثل شهادة المدرب أو لقب المعلّم الحرفي (Meister).',
        'الغرفة: تقدم دورات تحضيرية وامتحان AEVO.',
        'يجب أن يتولى التدريب في المنشأة شخص مؤهل مهنيًا وتربويًا. إذا لم يكن لدى أحد شهادة المدرب بعد، يمكن لشخص الحصول عليها في دورة. تُقدَّم الدورات بدوام كامل أو جزئي أو في عطلة نهاية الأسبوع.',
      ],
      pl: [
        'Wskazanie osoby szkolącej',
        'Osoba z wykształceniem zawodowym w danej dziedzinie i świadectwem zgodnie z rozporządzeniem o kwalifikacjach instruktorów (AEVO), np. z zaświadczeniem instruktora lub tytułem mistrza.',
        'Izba: oferuje kursy przygotowawcze i egzamin AEVO.',
        'W firmie musi szkolić osoba o odpowiednich kwalifikacjach zawodowych i pedagogicznych. Jeśli nikt nie ma jeszcze zaświadczenia instruktora, można je zdobyć na kursie. Kursy odbywają się w pełnym wymiarze, w niepełnym wymiarze i w weekendy.',
      ],
      ru: [
        'Назначить наставника',
        'Человек с профессиональным образованием в этой области и подтверждением по Положению о пригодности наставников (AEVO), например свидетельством наставника или званием мастера.',
        'Палата: предлагает подготовительные курсы и экзамен AEVO.',
        'На предприятии обучать должен человек, пригодный профессионально и педагогически. Если ни у кого ещё нет свидетельства наставника, его можно получить на курсе. Курсы бывают очные, вечерние и по выходным.',
      ],
      uk: [
        'Призначити наставника',
        'Особа з професійною освітою в цій галузі та підтвердженням за Положенням про придатність наставників (AEVO), наприклад свідоцтвом наставника або званням майстра.',
        'Палата: пропонує підготовчі курси та іспит AEVO.',
        'На підприємстві навчати має особа, придатна професійно й педагогічно. Якщо ні в кого ще немає свідоцтва наставника, його можна отримати на курсі. Курси бувають денні, вечірні та у вихідні.',
      ],
    },
  },
  {
    slug: 'eignung-feststellen',
    helpers: ['chamber'],
    texts: {
      de: [
        'Eignung von der Kammer feststellen lassen',
        'Das Formular der Kammer zur Eignung der Ausbildungsstätte, die Angaben zur Ausbilderin oder zum Ausbilder, einen Termin für ein Gespräch im Betrieb.',
        'Die Ausbildungsberaterin oder der Ausbildungsberater der Kammer.',
        'Die Kammer kommt meist in den Betrieb und spricht mit Ihnen. Sie sagt Ihnen, ob Sie ausbilden dürfen und was eventuell noch fehlt. Das Gespräch ist eine Beratung, keine Prüfung.',
      ],
      en: [
        'Have the chamber confirm your suitability',
        "The chamber's form on the suitability of the training place, the details of the trainer, a date for a meeting at your company.",
        "The chamber's training adviser.",
        'The chamber usually visits your company and talks with you. It tells you whether you may train and what may still be missing. The visit is advice, not an examination.',
      ],
      tr: [
        'Uygunluğu odaya onaylatın',
        'Odanın eğitim yerinin uygunluğu formu, eğitmen bilgileri, işletmede bir görüşme için randevu.',
        'Odanın meslek eğitimi danışmanı.',
        'Oda genellikle işletmenize gelir ve sizinle konuşur. Eğitim verip veremeyeceğinizi ve neyin eksik olabileceğini söyler. Görüşme bir danışmanlıktır, sınav değildir.',
      ],
      ar: [
        'تأكيد الأهلية من الغرفة',
        'استمارة الغرفة حول أهلية مكان التدريب، وبيانات المدرب أو المدربة، وموعد لمقابلة في المنشأة.',
        'مستشار أو مستشارة التدريب في الغرفة.',
        'غالبًا ما تزور الغرفة منشأتك وتتحدث معك. وتخبرك ما إذا كان مسموحًا لك بالتدريب وما الذي قد ينقص بعد. الزيارة استشارة وليست امتحانًا.',
      ],
      pl: [
        'Potwierdzenie przydatności przez izbę',
        'Formularz izby dotyczący przydatności miejsca kształcenia, dane osoby szkolącej, termin rozmowy w firmie.',
        'Doradca ds. kształcenia w izbie.',
        'Izba zwykle odwiedza firmę i rozmawia z Państwem. Mówi, czy mogą Państwo szkolić i czego jeszcze ewentualnie brakuje. Rozmowa jest doradztwem, nie egzaminem.',
      ],
      ru: [
        'Получить подтверждение пригодности от палаты',
        'Форма палаты о пригодности места обучения, данные наставника, дата встречи на предприятии.',
        'Консультант по обучению палаты.',
        'Обычно палата приезжает на предприятие и беседует с вами. Она говорит, можете ли вы обучать и чего, возможно, ещё не хватает. Беседа — это консультация, а не экзамен.',
      ],
      uk: [
        'Отримати підтвердження придатності від палати',
        'Форма палати про придатність місця навчання, дані наставника, дата зустрічі на підприємстві.',
        'Консультант з навчання палати.',
        'Зазвичай палата приїжджає на підприємство й розмовляє з вами. Вона каже, чи можете ви навчати і чого, можливо, ще бракує. Розмова — це консультація, а не іспит.',
      ],
    },
  },
  {
    slug: 'foerderung-pruefen',
    helpers: ['city'],
    texts: {
      de: [
        'Förderung prüfen',
        'Ihre Fragen zu Kosten und Zeit. Angaben zum Betrieb für ein Beratungsgespräch.',
        'Der Arbeitgeber-Service der Agentur für Arbeit und die Anlaufstelle Ihrer Stadt.',
        'Die Einstiegsqualifizierung der Bundesagentur für Arbeit ist ein bezahltes Langzeitpraktikum vor der Ausbildung; die Agentur für Arbeit sagt, ob und wie sie gefördert wird. Manche Städte und Länder haben eigene Programme, etwa einen Ausbildungsbonus. Ob es so ein Programm gerade gibt und ob es passt, erfahren Sie bei der Anlaufstelle Ihrer Stadt.',
      ],
      en: [
        'Check funding',
        'Your questions about costs and time. Details of your company for an advice meeting.',
        "The employer service of the employment agency and your city's contact point.",
        "The entry qualification (Einstiegsqualifizierung) of the Federal Employment Agency is a paid long-term internship before the training; the employment agency tells you whether and how it is funded. Some cities and federal states have their own programmes, such as a training bonus (Ausbildungsbonus). Your city's contact point tells you whether such a programme currently exists and whether it fits.",
      ],
      tr: [
        'Destekleri kontrol edin',
        'Maliyet ve zamanla ilgili sorularınız. Bir danışmanlık görüşmesi için işletme bilgileri.',
        'İş Ajansının işveren hizmeti ve şehrinizin başvuru noktası.',
        'Federal İş Ajansının giriş yeterliliği (Einstiegsqualifizierung), eğitimden önce ücretli uzun süreli bir stajdır; İş Ajansı bunun desteklenip desteklenmediğini ve nasıl desteklendiğini söyler. Bazı şehirlerin ve eyaletlerin eğitim primi (Ausbildungsbonus) gibi kendi programları vardır. Böyle bir programın şu anda olup olmadığını ve size uyup uymadığını şehrinizin başvuru noktasından öğrenebilirsiniz.',
      ],
      ar: [
        'التحقق من الدعم المالي',
        'أسئلتك حول التكاليف والوقت. بيانات المنشأة من أجل جلسة استشارة.',
        'خدمة أصحاب العمل في وكالة العمل ونقطة الاتصال في مدينتك.',
        'التأهيل التمهيدي (Einstiegsqualifizierung) من الوكالة الاتحادية للعمل هو تدريب عملي طويل مدفوع الأجر قبل التدريب المهني؛ وتخبرك وكالة العمل ما إذا كان مدعومًا وكيف. لدى بعض المدن والولايات برامج خاصة بها، مثل مكافأة التدريب (Ausbildungsbonus). تعرف من نقطة الاتصال في مدينتك ما إذا كان مثل هذا البرنامج متاحًا حاليًا وما إذا كان مناسبًا.',
      ],
      pl: [
        'Sprawdzenie dofinansowania',
        'Państwa pytania o koszty i czas. Dane firmy do rozmowy doradczej.',
        'Serwis dla pracodawców agencji pracy i punkt kontaktowy miasta.',
        'Kwalifikacja wstępna (Einstiegsqualifizierung) Federalnej Agencji Pracy to płatna długa praktyka przed kształceniem; agencja pracy informuje, czy i jak jest wspierana. Niektóre miasta i kraje związkowe mają własne programy, np. premię za kształcenie (Ausbildungsbonus). Czy taki program obecnie istnieje i czy pasuje, powie punkt kontaktowy miasta.',
      ],
      ru: [
        'Проверить поддержку',
        'Ваши вопросы о затратах и времени. Данные о предприятии для консультации.',
        'Служба для работодателей агентства по труду и контактный пункт вашего города.',
        'Вводная квалификация (Einstiegsqualifizierung) Федерального агентства по труду — это оплачиваемая долгосрочная практика перед обучением; агентство по труду скажет, поддерживается ли она и как. У некоторых городов и федеральных земель есть свои программы, например бонус за обучение (Ausbildungsbonus). Есть ли такая программа сейчас и подходит ли она вам, скажут в контактном пункте вашего города.',
      ],
      uk: [
        'Перевірити підтримку',
        'Ваші запитання щодо витрат і часу. Дані про підприємство для консультації.',
        'Служба для роботодавців агентства праці та контактний пункт вашого міста.',
        'Вступна кваліфікація (Einstiegsqualifizierung) Федерального агентства праці — це оплачувана довга практика перед навчанням; агентство праці скаже, чи підтримується вона і як. Деякі міста та федеральні землі мають власні програми, наприклад бонус за навчання (Ausbildungsbonus). Чи є така програма зараз і чи підходить вона, скажуть у контактному пункті вашого міста.',
      ],
    },
  },
  {
    slug: 'azubi-finden',
    helpers: ['city'],
    texts: {
      de: [
        'Auszubildende finden',
        'Eine kurze Beschreibung des Ausbildungsplatzes: Beruf, Beginn, Arbeitszeit, Vergütung.',
        'Die Anlaufstelle Ihrer Stadt, Schulen in Ihrer Nähe und die Ausbildungsplätze auf dieser Plattform.',
        'Veröffentlichen Sie den Platz auf dieser Plattform und in der Jobbörse der Agentur für Arbeit. Ein Praktikum hilft beiden Seiten beim Kennenlernen. Viele junge Menschen sprechen mehrere Sprachen: Das ist eine Stärke für Ihren Betrieb.',
      ],
      en: [
        'Find apprentices',
        'A short description of the training place: occupation, start, working hours, pay.',
        "Your city's contact point, schools near you and the training places on this platform.",
        "Publish the place on this platform and on the employment agency's job board. An internship helps both sides get to know each other. Many young people speak several languages: that is a strength for your company.",
      ],
      tr: [
        'Çırak bulun',
        'Eğitim yerinin kısa bir açıklaması: meslek, başlangıç, çalışma süresi, ücret.',
        'Şehrinizin başvuru noktası, yakınınızdaki okullar ve bu platformdaki eğitim yerleri.',
        'Eğitim yerini bu platformda ve İş Ajansının iş borsasında yayınlayın. Bir staj iki tarafın da birbirini tanımasına yardımcı olur. Birçok genç birden fazla dil konuşur: Bu, işletmeniz için bir güçtür.',
      ],
      ar: [
        'إيجاد متدربين',
        'وصف قصير لمكان التدريب: المهنة، وموعد البدء، وساعات العمل، والأجر.',
        'نقطة الاتصال في مدينتك، والمدارس القريبة منك، وأماكن التدريب على هذه المنصة.',
        'انشر مكان التدريب على هذه المنصة وفي بورصة الوظائف لدى وكالة العمل. يساعد التدريب العملي القصير الطرفين على التعارف. كثير من الشباب يتحدثون عدة لغات: وهذه نقطة قوة لمنشأتك.',
      ],
      pl: [
        'Znalezienie uczniów',
        'Krótki opis miejsca kształcenia: zawód, początek, czas pracy, wynagrodzenie.',
        'Punkt kontaktowy miasta, szkoły w pobliżu i miejsca kształcenia na tej platformie.',
        'Proszę opublikować miejsce na tej platformie i na giełdzie pracy agencji pracy. Praktyka pomaga obu stronom się poznać. Wielu młodych ludzi mówi kilkoma językami: to atut Państwa firmy.',
      ],
      ru: [
        'Найти учеников',
        'Краткое описание места обучения: профессия, начало, рабочее время, оплата.',
        'Контактный пункт вашего города, школы поблизости и места обучения на этой платформе.',
        'Опубликуйте место на этой платформе и на бирже труда агентства по труду. Практика помогает обеим сторонам познакомиться. Многие молодые люди говорят на нескольких языках: это сильная сторона для вашего предприятия.',
      ],
      uk: [
        'Знайти учнів',
        'Короткий опис місця навчання: професія, початок, робочий час, оплата.',
        'Контактний пункт вашого міста, школи поблизу та місця навчання на цій платформі.',
        'Опублікуйте місце на цій платформі та на біржі праці агентства праці. Практика допомагає обом сторонам познайомитися. Багато молодих людей розмовляють кількома мовами: це сильна сторона для вашого підприємства.',
      ],
    },
  },
  {
    slug: 'vertrag-eintragen',
    helpers: ['chamber'],
    texts: {
      de: [
        'Ausbildungsvertrag schließen und eintragen lassen',
        'Den Vertrag nach dem Muster der Kammer, einen betrieblichen Ausbildungsplan, bei Minderjährigen die Bescheinigung über die ärztliche Erstuntersuchung.',
        'Die Kammer trägt den Vertrag in ihr Verzeichnis ein und beantwortet Fragen dazu.',
        'Schließen Sie den Vertrag vor dem Beginn der Ausbildung und schicken Sie ihn an die Kammer. Melden Sie die oder den Auszubildenden bei der Berufsschule an. Dann kann die Ausbildung beginnen.',
      ],
      en: [
        'Sign the training contract and have it registered',
        "The contract on the chamber's template, a company training plan, and for minors the certificate of the first medical examination.",
        'The chamber enters the contract in its register and answers questions about it.',
        'Sign the contract before the training starts and send it to the chamber. Register the apprentice with the vocational school. Then the training can begin.',
      ],
      tr: [
        'Eğitim sözleşmesini imzalayın ve tescil ettirin',
        'Odanın örneğine göre sözleşme, işletme eğitim planı, reşit olmayanlar için ilk sağlık muayenesi belgesi.',
        'Oda sözleşmeyi siciline kaydeder ve sorularınızı yanıtlar.',
        'Sözleşmeyi eğitim başlamadan önce imzalayın ve odaya gönderin. Çırağı meslek okuluna kaydettirin. Sonra eğitim başlayabilir.',
      ],
      ar: [
        'إبرام عقد التدريب وتسجيله',
        'العقد وفق نموذج الغرفة، وخطة تدريب في المنشأة، وللقاصرين شهادة الفحص الطبي الأول.',
        'تسجل الغرفة العقد في سجلها وتجيب عن الأسئلة المتعلقة به.',
        'أبرم العقد قبل بدء التدريب وأرسله إلى الغرفة. سجّل المتدرب أو المتدربة في المدرسة المهنية. بعد ذلك يمكن أن يبدأ التدريب.',
      ],
      pl: [
        'Zawarcie i rejestracja umowy o kształcenie',
        'Umowa według wzoru izby, zakładowy plan kształcenia, w przypadku osób niepełnoletnich zaświadczenie o pierwszym badaniu lekarskim.',
        'Izba wpisuje umowę do swojego rejestru i odpowiada na pytania.',
        'Proszę zawrzeć umowę przed rozpoczęciem kształcenia i wysłać ją do izby. Proszę zgłosić ucznia do szkoły zawodowej. Wtedy kształcenie może się rozpocząć.',
      ],
      ru: [
        'Заключить договор об обучении и зарегистрировать его',
        'Договор по образцу палаты, план обучения на предприятии, для несовершеннолетних — справка о первом медицинском осмотре.',
        'Палата вносит договор в свой реестр и отвечает на вопросы.',
        'Заключите договор до начала обучения и отправьте его в палату. Запишите ученика в профессиональную школу. После этого обучение может начаться.',
      ],
      uk: [
        'Укласти договір про навчання та зареєструвати його',
        'Договір за зразком палати, план навчання на підприємстві, для неповнолітніх — довідка про перший медичний огляд.',
        'Палата вносить договір до свого реєстру та відповідає на запитання.',
        'Укладіть договір до початку навчання та надішліть його до палати. Зареєструйте учня у професійній школі. Після цього навчання може розпочатися.',
      ],
    },
  },
];

/**
 * Stores the shipped steps when there are none yet (a new platform, an emptied test database), the way the
 * checklists store their shipped questionnaire on first use. Once stored, only the office changes them.
 */
export async function ensureSteps(db: Kysely<Database>): Promise<void> {
  const any = await db.selectFrom('training_steps').select('id').limit(1).executeTakeFirst();
  if (any) return;
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext('training_steps'))`.execute(trx);
    const again = await trx.selectFrom('training_steps').select('id').limit(1).executeTakeFirst();
    if (again) return;
    for (const [index, step] of SHIPPED_STEPS.entries()) {
      const row = await trx
        .insertInto('training_steps')
        .values({ slug: step.slug, position: index + 1, helper_kinds: step.helpers })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('training_step_texts')
        .values(
          Object.entries(step.texts).map(([lang, [title, needs, helpers, body]]) => ({
            step_id: row.id,
            lang: lang as LocaleCode,
            title,
            needs,
            helpers,
            body,
          })),
        )
        .execute();
    }
  });
}
