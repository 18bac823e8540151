import { l } from './localised.js';
import type { LessonContent } from './schema.js';

/** Version 1 of the base module, lesson 5: protection against discrimination (AGG) in everyday work and hiring. */
export const LESSONS_3: LessonContent[] = [
  {
    key: 'agg',
    minutes: 9,
    title: l(
      'Diskriminierungsschutz im Arbeitsalltag und bei Bewerbungen',
      'Protection against discrimination at work and in hiring',
      'İş hayatında ve işe alımda ayrımcılığa karşı koruma',
      'الحماية من التمييز في العمل اليومي وفي التوظيف',
      'Ochrona przed dyskryminacją w pracy i w rekrutacji',
      'Защита от дискриминации в работе и при приёме на работу',
      'Захист від дискримінації в роботі та під час прийому на роботу',
    ),
    body: l(
      `Das Allgemeine Gleichbehandlungsgesetz (AGG) gilt seit 2006. Es schützt vor Benachteiligung aus Gründen der Rasse oder wegen der ethnischen Herkunft, des Geschlechts, der Religion oder Weltanschauung, einer Behinderung, des Alters oder der sexuellen Identität (§ 1 AGG) – im Beruf von der Stellenanzeige bis zur Kündigung.

**Im Bewerbungsverfahren:**

- Stellenanzeigen müssen neutral formuliert sein (§ 11 AGG): nicht „junges Team sucht Muttersprachler“, sondern „sehr gute Deutschkenntnisse“, wenn die Aufgabe sie verlangt.
- Ein Foto, das Alter oder die Herkunft sind für die Auswahl nicht nötig. Anonymisierte Bewerbungsverfahren lenken den Blick auf die Qualifikation.

**Im Arbeitsalltag:** Arbeitgeber müssen vor Benachteiligung schützen, auch durch Schulungen (§ 12 AGG), und eine Beschwerdestelle benennen (§ 13 AGG). Wer benachteiligt wurde, kann Ansprüche innerhalb von zwei Monaten schriftlich geltend machen (§ 15 Abs. 4 AGG).

Beratung bieten die Antidiskriminierungsstelle des Bundes und Beratungsstellen vor Ort.`,
      `The General Equal Treatment Act (Allgemeines Gleichbehandlungsgesetz, AGG) has applied since 2006. It protects against discrimination on grounds of race or ethnic origin, gender, religion or belief, disability, age or sexual identity (section 1 AGG) – at work, from the job advertisement to dismissal.

**In the hiring process:**

- Job advertisements must be worded neutrally (section 11 AGG): not "young team seeks native speaker", but "very good German", if the task requires it.
- A photo, age or origin are not needed for the selection. Anonymised application procedures direct attention to qualifications.

**In everyday work:** employers must protect against discrimination, also through training (section 12 AGG), and name a complaints office (section 13 AGG). Anyone who has been discriminated against can assert claims in writing within two months (section 15 (4) AGG).

Advice is offered by the Federal Anti-Discrimination Agency and by local advice centres.`,
      `Genel Eşit Muamele Yasası (AGG) 2006’dan beri yürürlüktedir. Irk veya etnik köken, cinsiyet, din veya dünya görüşü, engellilik, yaş veya cinsel kimlik nedeniyle dezavantajlı duruma düşürülmeye karşı korur (AGG § 1) – iş hayatında iş ilanından işten çıkarmaya kadar.

**İşe alım sürecinde:**

- İş ilanları tarafsız yazılmalıdır (AGG § 11): „genç ekip anadili Almanca olan birini arıyor“ değil, görev gerektiriyorsa „çok iyi Almanca bilgisi“.
- Seçim için fotoğraf, yaş veya köken gerekli değildir. Anonim başvuru süreçleri dikkati niteliklere yöneltir.

**Günlük iş hayatında:** İşverenler, eğitimler yoluyla da ayrımcılığa karşı koruma sağlamak (AGG § 12) ve bir şikâyet birimi belirlemek zorundadır (AGG § 13). Ayrımcılığa uğrayan kişi, taleplerini iki ay içinde yazılı olarak ileri sürebilir (AGG § 15 fıkra 4).

Federal Ayrımcılıkla Mücadele Dairesi ve yerel danışma merkezleri danışmanlık sunar.`,
      `يسري القانون العام للمساواة في المعاملة (AGG) منذ عام 2006. وهو يحمي من التمييز بسبب العرق أو الأصل الإثني أو الجنس أو الدين أو المعتقد أو الإعاقة أو العمر أو الهوية الجنسية (المادة 1 من AGG) – في العمل من إعلان الوظيفة حتى إنهاء العقد.

**في إجراءات التوظيف:**

- يجب أن تُصاغ إعلانات الوظائف بحياد (المادة 11 من AGG): لا «فريق شاب يبحث عن متحدث أصلي»، بل «معرفة ممتازة باللغة الألمانية» إذا كانت المهمة تتطلب ذلك.
- الصورة والعمر والأصل ليست ضرورية للاختيار. وإجراءات التقديم مجهولة الهوية توجه الانتباه إلى المؤهلات.

**في العمل اليومي:** يجب على أصحاب العمل الحماية من التمييز، بما في ذلك عبر التدريب (المادة 12 من AGG)، وتحديد جهة لتلقي الشكاوى (المادة 13 من AGG). ومن تعرّض للتمييز يمكنه المطالبة بحقوقه كتابيًا خلال شهرين (المادة 15 الفقرة 4 من AGG).

تقدّم الاستشارة هيئة مكافحة التمييز الاتحادية ومراكز الاستشارة المحلية.`,
      `Powszechna ustawa o równym traktowaniu (AGG) obowiązuje od 2006 roku. Chroni przed dyskryminacją ze względu na rasę lub pochodzenie etniczne, płeć, religię lub światopogląd, niepełnosprawność, wiek lub tożsamość seksualną (§ 1 AGG) – w pracy od ogłoszenia o pracę aż po wypowiedzenie.

**W procesie rekrutacji:**

- Ogłoszenia o pracę muszą być sformułowane neutralnie (§ 11 AGG): nie „młody zespół szuka rodzimego użytkownika języka”, lecz „bardzo dobra znajomość niemieckiego”, jeśli zadanie tego wymaga.
- Zdjęcie, wiek czy pochodzenie nie są potrzebne do wyboru. Anonimowe procedury rekrutacyjne kierują uwagę na kwalifikacje.

**Na co dzień w pracy:** pracodawcy muszą chronić przed dyskryminacją, również poprzez szkolenia (§ 12 AGG), i wyznaczyć miejsce przyjmowania skarg (§ 13 AGG). Kto został dyskryminowany, może zgłosić roszczenia na piśmie w ciągu dwóch miesięcy (§ 15 ust. 4 AGG).

Porad udziela Federalna Agencja ds. Przeciwdziałania Dyskryminacji oraz lokalne poradnie.`,
      `Общий закон о равном обращении (AGG) действует с 2006 года. Он защищает от дискриминации по признаку расы или этнического происхождения, пола, религии или мировоззрения, инвалидности, возраста или сексуальной идентичности (§ 1 AGG) – в трудовой жизни от объявления о вакансии до увольнения.

**При приёме на работу:**

- Объявления о вакансиях должны быть сформулированы нейтрально (§ 11 AGG): не «молодая команда ищет носителя языка», а «очень хорошее знание немецкого», если этого требует работа.
- Фотография, возраст или происхождение для отбора не нужны. Анонимизированные процедуры отбора направляют внимание на квалификацию.

**В повседневной работе:** работодатели обязаны защищать от дискриминации, в том числе с помощью обучения (§ 12 AGG), и назначить службу для жалоб (§ 13 AGG). Тот, кто подвергся дискриминации, может заявить свои требования письменно в течение двух месяцев (§ 15 абз. 4 AGG).

Консультации предлагают Федеральное антидискриминационное ведомство и местные консультационные службы.`,
      `Загальний закон про рівне ставлення (AGG) діє з 2006 року. Він захищає від дискримінації за ознакою раси чи етнічного походження, статі, релігії чи світогляду, інвалідності, віку або сексуальної ідентичності (§ 1 AGG) – у трудовому житті від оголошення про вакансію до звільнення.

**Під час прийому на роботу:**

- Оголошення про вакансії мають бути сформульовані нейтрально (§ 11 AGG): не «молода команда шукає носія мови», а «дуже добре знання німецької», якщо цього вимагає робота.
- Фото, вік чи походження для відбору не потрібні. Анонімізовані процедури відбору спрямовують увагу на кваліфікацію.

**У щоденній роботі:** роботодавці зобов’язані захищати від дискримінації, зокрема через навчання (§ 12 AGG), і визначити службу для скарг (§ 13 AGG). Той, хто зазнав дискримінації, може заявити свої вимоги письмово протягом двох місяців (§ 15 абз. 4 AGG).

Консультації надають Федеральне антидискримінаційне відомство та місцеві консультаційні служби.`,
    ),
    image: {
      file: 'agg.svg',
      alt: l(
        'Eine Waage im Gleichgewicht; auf beiden Schalen liegen Bewerbungsmappen ohne Foto.',
        'A balanced pair of scales; on both pans lie application folders without photos.',
        'Dengede duran bir terazi; iki kefede de fotoğrafsız başvuru dosyaları var.',
        'ميزان متوازن؛ على كفتيه ملفات تقديم بلا صور.',
        'Waga w równowadze; na obu szalach leżą teczki z aplikacjami bez zdjęć.',
        'Весы в равновесии; на обеих чашах лежат папки с заявлениями без фотографий.',
        'Терези в рівновазі; на обох шальках лежать теки із заявами без фотографій.',
      ),
    },
    video: null,
    questions: [
      {
        key: 'ad',
        kind: 'single',
        text: l(
          'Welche Formulierung in einer Stellenanzeige passt zum AGG?',
          'Which wording in a job advertisement is in line with the AGG?',
          'Bir iş ilanında hangi ifade AGG’ye uygundur?',
          'أي صياغة في إعلان وظيفة تتوافق مع AGG؟',
          'Które sformułowanie w ogłoszeniu o pracę jest zgodne z AGG?',
          'Какая формулировка в объявлении о вакансии соответствует AGG?',
          'Яке формулювання в оголошенні про вакансію відповідає AGG?',
        ),
        options: [
          {
            key: 'german_skills',
            correct: true,
            text: l(
              '„Sehr gute Deutschkenntnisse für die Beratung am Telefon“',
              '"Very good German for advising customers on the phone"',
              '„Telefonda danışmanlık için çok iyi Almanca bilgisi“',
              '«معرفة ممتازة بالألمانية لتقديم الاستشارة عبر الهاتف»',
              '„Bardzo dobra znajomość niemieckiego do doradztwa telefonicznego”',
              '«Очень хорошее знание немецкого для консультаций по телефону»',
              '«Дуже добре знання німецької для консультацій телефоном»',
            ),
            explanation: l(
              'Richtig. Die Anforderung hängt an der Aufgabe, nicht an der Herkunft – und auch wer Deutsch als zweite Sprache spricht, kann sie erfüllen.',
              'Correct. The requirement depends on the task, not on origin – and someone who speaks German as a second language can meet it too.',
              'Doğru. Koşul kökene değil göreve bağlıdır – Almancayı ikinci dil olarak konuşan biri de bunu karşılayabilir.',
              'صحيح. الشرط مرتبط بالمهمة لا بالأصل – ويمكن لمن يتحدث الألمانية لغةً ثانية أن يستوفيه أيضًا.',
              'Dobrze. Wymóg wynika z zadania, a nie z pochodzenia – spełnić go może też ktoś, dla kogo niemiecki jest drugim językiem.',
              'Верно. Требование связано с задачей, а не с происхождением, – и его может выполнить и тот, для кого немецкий второй язык.',
              'Правильно. Вимога пов’язана із завданням, а не з походженням, – і її може виконати також той, для кого німецька друга мова.',
            ),
          },
          {
            key: 'native',
            correct: false,
            text: l(
              '„Deutsch als Muttersprache“',
              '"German as mother tongue"',
              '„Anadili Almanca“',
              '«الألمانية لغةً أمًّا»',
              '„Niemiecki jako język ojczysty”',
              '«Немецкий как родной язык»',
              '«Німецька як рідна мова»',
            ),
            explanation: l(
              'Nicht richtig. Die Muttersprache hängt mit der ethnischen Herkunft zusammen; Gerichte haben solche Anforderungen als mittelbare Benachteiligung gewertet. Entscheidend ist, wie gut jemand Deutsch spricht.',
              'Not correct. The mother tongue is linked to ethnic origin; courts have judged such requirements to be indirect discrimination. What matters is how well someone speaks German.',
              'Doğru değil. Anadil etnik kökenle bağlantılıdır; mahkemeler bu tür koşulları dolaylı ayrımcılık olarak değerlendirmiştir. Önemli olan kişinin Almancayı ne kadar iyi konuştuğudur.',
              'غير صحيح. اللغة الأم مرتبطة بالأصل الإثني؛ وقد عدّت المحاكم مثل هذه الشروط تمييزًا غير مباشر. المهم هو مدى إتقان الشخص للألمانية.',
              'Niepoprawnie. Język ojczysty wiąże się z pochodzeniem etnicznym; sądy uznawały takie wymogi za dyskryminację pośrednią. Liczy się, jak dobrze ktoś mówi po niemiecku.',
              'Неверно. Родной язык связан с этническим происхождением; суды признавали такие требования косвенной дискриминацией. Важно, насколько хорошо человек говорит по-немецки.',
              'Неправильно. Рідна мова пов’язана з етнічним походженням; суди визнавали такі вимоги непрямою дискримінацією. Важливо, наскільки добре людина говорить німецькою.',
            ),
          },
          {
            key: 'young',
            correct: false,
            text: l(
              '„Für unser junges, dynamisches Team“',
              '"For our young, dynamic team"',
              '„Genç ve dinamik ekibimiz için“',
              '«لفريقنا الشاب والديناميكي»',
              '„Do naszego młodego, dynamicznego zespołu”',
              '«В нашу молодую динамичную команду»',
              '«До нашої молодої динамічної команди»',
            ),
            explanation: l(
              'Nicht richtig. „Jung“ kann ältere Bewerbende wegen ihres Alters benachteiligen – auch das Alter ist im AGG geschützt.',
              'Not correct. "Young" can disadvantage older applicants because of their age – age is also protected by the AGG.',
              'Doğru değil. „Genç“ ifadesi yaşlı adayları yaşları nedeniyle dezavantajlı duruma düşürebilir – yaş da AGG tarafından korunur.',
              'غير صحيح. كلمة «شاب» قد تميّز ضد المتقدمين الأكبر سنًا بسبب عمرهم – والعمر أيضًا محمي في AGG.',
              'Niepoprawnie. „Młody” może dyskryminować starszych kandydatów ze względu na wiek – wiek również jest chroniony przez AGG.',
              'Неверно. Слово «молодой» может дискриминировать кандидатов старшего возраста – возраст тоже защищён AGG.',
              'Неправильно. Слово «молодий» може дискримінувати кандидатів старшого віку – вік також захищений AGG.',
            ),
          },
        ],
      },
      {
        key: 'deadline',
        kind: 'single',
        text: l(
          'Innerhalb welcher Frist muss ein Anspruch wegen Benachteiligung nach dem AGG schriftlich geltend gemacht werden?',
          'Within what period must a claim for discrimination under the AGG be asserted in writing?',
          'AGG’ye göre ayrımcılık nedeniyle bir talep hangi süre içinde yazılı olarak ileri sürülmelidir?',
          'خلال أي مهلة يجب المطالبة كتابيًا بحق بسبب التمييز وفق AGG؟',
          'W jakim terminie trzeba zgłosić na piśmie roszczenie z tytułu dyskryminacji według AGG?',
          'В какой срок нужно письменно заявить требование из-за дискриминации по AGG?',
          'У який строк треба письмово заявити вимогу через дискримінацію за AGG?',
        ),
        options: [
          {
            key: 'two_months',
            correct: true,
            text: l('Zwei Monate', 'Two months', 'İki ay', 'شهران', 'Dwa miesiące', 'Два месяца', 'Два місяці'),
            explanation: l(
              'Richtig. § 15 Abs. 4 AGG nennt zwei Monate, sofern ein Tarifvertrag nichts anderes bestimmt; bei einer Bewerbung beginnt die Frist mit der Absage.',
              'Correct. Section 15 (4) AGG sets two months unless a collective agreement provides otherwise; for an application the period starts with the rejection.',
              'Doğru. AGG § 15 fıkra 4, toplu sözleşme aksini öngörmedikçe iki ay belirler; başvuruda süre ret ile başlar.',
              'صحيح. تنص المادة 15 الفقرة 4 من AGG على شهرين ما لم ينص اتفاق جماعي على غير ذلك؛ وفي حالة التقدم لوظيفة تبدأ المهلة من الرفض.',
              'Dobrze. § 15 ust. 4 AGG przewiduje dwa miesiące, o ile układ zbiorowy nie stanowi inaczej; przy rekrutacji termin biegnie od odmowy.',
              'Верно. § 15 абз. 4 AGG устанавливает два месяца, если коллективный договор не предусматривает иного; при приёме на работу срок начинается с отказа.',
              'Правильно. § 15 абз. 4 AGG встановлює два місяці, якщо колективний договір не передбачає іншого; під час прийому на роботу строк починається з відмови.',
            ),
          },
          {
            key: 'two_weeks',
            correct: false,
            text: l('Zwei Wochen', 'Two weeks', 'İki hafta', 'أسبوعان', 'Dwa tygodnie', 'Две недели', 'Два тижні'),
            explanation: l(
              'Nicht richtig. Zwei Wochen wären zu kurz; das Gesetz gibt zwei Monate.',
              'Not correct. Two weeks would be too short; the law gives two months.',
              'Doğru değil. İki hafta çok kısa olurdu; yasa iki ay tanır.',
              'غير صحيح. أسبوعان مدة قصيرة جدًا؛ يمنح القانون شهرين.',
              'Niepoprawnie. Dwa tygodnie byłyby za krótkie; ustawa daje dwa miesiące.',
              'Неверно. Две недели – слишком мало; закон даёт два месяца.',
              'Неправильно. Два тижні – замало; закон дає два місяці.',
            ),
          },
          {
            key: 'three_years',
            correct: false,
            text: l('Drei Jahre', 'Three years', 'Üç yıl', 'ثلاث سنوات', 'Trzy lata', 'Три года', 'Три роки'),
            explanation: l(
              'Nicht richtig. Drei Jahre ist die allgemeine Verjährungsfrist im Zivilrecht; für das AGG gilt die kürzere Frist von zwei Monaten.',
              'Not correct. Three years is the general limitation period in civil law; the AGG has the shorter period of two months.',
              'Doğru değil. Üç yıl medeni hukuktaki genel zamanaşımı süresidir; AGG için iki aylık daha kısa süre geçerlidir.',
              'غير صحيح. ثلاث سنوات هي مدة التقادم العامة في القانون المدني؛ أما في AGG فتسري المهلة الأقصر وهي شهران.',
              'Niepoprawnie. Trzy lata to ogólny termin przedawnienia w prawie cywilnym; w AGG obowiązuje krótszy termin dwóch miesięcy.',
              'Неверно. Три года – общий срок исковой давности в гражданском праве; для AGG действует более короткий срок в два месяца.',
              'Неправильно. Три роки – загальний строк позовної давності в цивільному праві; для AGG діє коротший строк у два місяці.',
            ),
          },
        ],
      },
    ],
  },
];
