import { l } from './localised.js';
import type { LessonContent } from './schema.js';

/** Version 1 of the base module, lessons 3 and 4: communication and language, recognition of foreign qualifications. */
export const LESSONS_2: LessonContent[] = [
  {
    key: 'communication',
    minutes: 7,
    title: l(
      'Kommunikation und Sprache',
      'Communication and language',
      'İletişim ve dil',
      'التواصل واللغة',
      'Komunikacja i język',
      'Коммуникация и язык',
      'Комунікація та мова',
    ),
    body: l(
      `Verständigung gelingt, wenn beide Seiten sicher sind, dass sie einander richtig verstanden haben. Viele Missverständnisse entstehen nicht durch eine andere Herkunft, sondern durch komplizierte Sprache.

**Einfache Sprache:** kurze Sätze, bekannte Wörter, ein Gedanke pro Satz, Fachwörter erklären. Fragen Sie am Ende nach, ob etwas offen ist, statt nur „Alles klar?“ zu sagen. Leichte Sprache ist eine noch stärker vereinfachte Form mit festen Regeln, vor allem für Menschen mit Lernschwierigkeiten.

**Dolmetschen:** Bei wichtigen Gesprächen – Verträge, Gesundheit, Rechte und Pflichten – sollten qualifizierte Dolmetscherinnen und Dolmetscher übersetzen. Kinder oder Angehörige sind dafür nicht geeignet: Sie werden überfordert und übersetzen nicht neutral.

**Mehrsprachigkeit im Team** ist eine Stärke: Beschäftigte, die mehrere Sprachen sprechen, erleichtern den Kontakt. Ob sie übersetzen möchten, entscheiden sie selbst – und diese Arbeit sollte anerkannt werden.`,
      `Understanding works when both sides are sure they have understood each other correctly. Many misunderstandings arise not from a different origin but from complicated language.

**Plain language:** short sentences, familiar words, one thought per sentence, technical terms explained. At the end, ask whether anything is unclear instead of only saying "All clear?". Leichte Sprache (easy-to-read language) is an even simpler form with fixed rules, above all for people with learning difficulties.

**Interpreting:** in important conversations – contracts, health, rights and duties – qualified interpreters should translate. Children or relatives are not suitable for this: they are overburdened and do not translate neutrally.

**Several languages in the team** are a strength: staff who speak several languages make contact easier. Whether they want to interpret is their own decision – and this work should be recognised.`,
      `Karşılıklı anlaşma, iki taraf da birbirini doğru anladığından emin olduğunda başarılı olur. Birçok yanlış anlama farklı kökenden değil, karmaşık dilden kaynaklanır.

**Sade dil:** kısa cümleler, bilinen kelimeler, her cümlede tek bir düşünce, terimlerin açıklanması. Sonunda yalnızca „Her şey anlaşıldı mı?“ demek yerine açık kalan bir şey olup olmadığını sorun. Leichte Sprache (kolay okunur dil), özellikle öğrenme güçlüğü olan insanlar için sabit kuralları olan daha da sade bir biçimdir.

**Tercümanlık:** Önemli görüşmelerde – sözleşmeler, sağlık, haklar ve yükümlülükler – nitelikli tercümanlar çeviri yapmalıdır. Çocuklar veya yakınlar bunun için uygun değildir: Yükün altında kalırlar ve tarafsız çeviri yapmazlar.

**Ekipte çok dillilik** bir güçtür: Birkaç dil konuşan çalışanlar iletişimi kolaylaştırır. Tercümanlık yapmak isteyip istemediklerine kendileri karar verir – ve bu emek takdir edilmelidir.`,
      `ينجح التفاهم حين يتأكد الطرفان أنهما فهما بعضهما فهمًا صحيحًا. كثير من سوء الفهم لا ينشأ عن اختلاف الأصل، بل عن لغة معقدة.

**اللغة البسيطة:** جمل قصيرة، كلمات مألوفة، فكرة واحدة في كل جملة، وشرح المصطلحات. اسأل في النهاية عمّا إذا كان هناك شيء غير واضح بدل أن تقول فقط «هل كل شيء واضح؟». أما Leichte Sprache (اللغة السهلة) فهي صيغة أبسط بقواعد ثابتة، خاصة للأشخاص ذوي صعوبات التعلم.

**الترجمة الشفهية:** في المحادثات المهمة – العقود والصحة والحقوق والواجبات – ينبغي أن يترجم مترجمون مؤهلون. الأطفال أو الأقارب غير مناسبين لذلك: فهم يُحمَّلون فوق طاقتهم ولا يترجمون بحياد.

**تعدد اللغات في الفريق** نقطة قوة: العاملون الذين يتحدثون عدة لغات يسهّلون التواصل. وهم من يقررون إن كانوا يريدون الترجمة – وينبغي تقدير هذا العمل.`,
      `Porozumienie udaje się, gdy obie strony są pewne, że dobrze się zrozumiały. Wiele nieporozumień nie wynika z innego pochodzenia, lecz ze skomplikowanego języka.

**Prosty język:** krótkie zdania, znane słowa, jedna myśl w zdaniu, wyjaśnione terminy fachowe. Na końcu zapytaj, czy coś pozostało niejasne, zamiast mówić tylko „Wszystko jasne?”. Leichte Sprache (język łatwy do czytania) to jeszcze prostsza forma o stałych zasadach, przede wszystkim dla osób z trudnościami w uczeniu się.

**Tłumaczenie ustne:** przy ważnych rozmowach – umowy, zdrowie, prawa i obowiązki – powinni tłumaczyć wykwalifikowani tłumacze. Dzieci lub krewni się do tego nie nadają: są przeciążeni i nie tłumaczą neutralnie.

**Wielojęzyczność w zespole** to atut: pracownicy mówiący kilkoma językami ułatwiają kontakt. Czy chcą tłumaczyć, decydują sami – a tę pracę należy doceniać.`,
      `Взаимопонимание получается, когда обе стороны уверены, что правильно поняли друг друга. Многие недоразумения возникают не из-за другого происхождения, а из-за сложного языка.

**Простой язык:** короткие предложения, знакомые слова, одна мысль в предложении, объяснённые термины. В конце спросите, осталось ли что-то непонятным, вместо того чтобы сказать только «Всё ясно?». Leichte Sprache (лёгкий язык) – ещё более упрощённая форма с твёрдыми правилами, прежде всего для людей с трудностями в обучении.

**Устный перевод:** в важных разговорах – договоры, здоровье, права и обязанности – переводить должны квалифицированные переводчики. Дети или родственники для этого не подходят: для них это непосильная нагрузка, и они переводят не нейтрально.

**Многоязычие в команде** – это сильная сторона: сотрудники, говорящие на нескольких языках, облегчают контакт. Хотят ли они переводить, решают они сами – и эту работу следует признавать.`,
      `Порозуміння вдається, коли обидві сторони впевнені, що правильно зрозуміли одна одну. Багато непорозумінь виникає не через інше походження, а через складну мову.

**Проста мова:** короткі речення, знайомі слова, одна думка в реченні, пояснені терміни. Наприкінці запитайте, чи залишилося щось незрозумілим, замість того щоб сказати лише «Усе зрозуміло?». Leichte Sprache (легка мова) – ще простіша форма з чіткими правилами, передусім для людей із труднощами в навчанні.

**Усний переклад:** у важливих розмовах – договори, здоров’я, права й обов’язки – перекладати мають кваліфіковані перекладачі. Діти чи родичі для цього не підходять: для них це непосильне навантаження, і вони перекладають не нейтрально.

**Багатомовність у команді** – це сильна сторона: працівники, які говорять кількома мовами, полегшують контакт. Чи хочуть вони перекладати, вирішують самі – і цю роботу слід визнавати.`,
    ),
    image: {
      file: 'communication.svg',
      alt: l(
        'Zwei Sprechblasen, die sich überlappen; in der Schnittmenge steht ein Häkchen.',
        'Two overlapping speech bubbles; where they overlap there is a tick.',
        'Üst üste binen iki konuşma balonu; kesiştikleri yerde bir onay işareti var.',
        'فقاعتا كلام متداخلتان؛ وفي موضع التداخل علامة صح.',
        'Dwa nachodzące na siebie dymki; w części wspólnej znajduje się znak potwierdzenia.',
        'Два пересекающихся облачка с репликами; в месте пересечения – галочка.',
        'Дві хмаринки з репліками, що перетинаються; у місці перетину – галочка.',
      ),
    },
    video: null,
    questions: [
      {
        key: 'interpreter',
        kind: 'single',
        text: l(
          'Eine Mutter versteht im Gespräch über den Ausbildungsvertrag ihres Sohnes wenig Deutsch. Was ist die beste Lösung?',
          'In a conversation about her son’s apprenticeship contract a mother understands little German. What is the best solution?',
          'Oğlunun meslek eğitimi sözleşmesiyle ilgili görüşmede bir anne çok az Almanca anlıyor. En iyi çözüm nedir?',
          'أمّ لا تفهم من الألمانية إلا القليل في محادثة عن عقد التدريب المهني لابنها. ما أفضل حل؟',
          'Matka w rozmowie o umowie szkoleniowej syna słabo rozumie po niemiecku. Jakie jest najlepsze rozwiązanie?',
          'В разговоре о договоре профессионального обучения сына мать плохо понимает по-немецки. Какое решение лучше всего?',
          'У розмові про договір професійного навчання сина мати погано розуміє німецьку. Яке рішення найкраще?',
        ),
        options: [
          {
            key: 'professional',
            correct: true,
            text: l(
              'Eine qualifizierte Dolmetscherin hinzuziehen',
              'Bring in a qualified interpreter',
              'Nitelikli bir tercüman çağırmak',
              'الاستعانة بمترجمة مؤهلة',
              'Zaprosić wykwalifikowaną tłumaczkę',
              'Пригласить квалифицированную переводчицу',
              'Запросити кваліфіковану перекладачку',
            ),
            explanation: l(
              'Richtig. Bei einem Vertrag geht es um Rechte und Pflichten; eine qualifizierte Fachkraft übersetzt vollständig und neutral.',
              'Correct. A contract is about rights and duties; a qualified professional translates completely and neutrally.',
              'Doğru. Sözleşme haklar ve yükümlülüklerle ilgilidir; nitelikli bir uzman eksiksiz ve tarafsız çeviri yapar.',
              'صحيح. يتعلق العقد بحقوق وواجبات؛ والمختصة المؤهلة تترجم ترجمة كاملة ومحايدة.',
              'Dobrze. Umowa dotyczy praw i obowiązków; wykwalifikowana specjalistka tłumaczy w całości i neutralnie.',
              'Верно. Договор касается прав и обязанностей; квалифицированный специалист переводит полностью и нейтрально.',
              'Правильно. Договір стосується прав і обов’язків; кваліфікований фахівець перекладає повністю й нейтрально.',
            ),
          },
          {
            key: 'son',
            correct: false,
            text: l(
              'Den Sohn übersetzen lassen, er kennt beide Sprachen',
              'Let the son translate, he knows both languages',
              'Oğlunun çeviri yapmasını sağlamak, iki dili de biliyor',
              'ترك الابن يترجم، فهو يعرف اللغتين',
              'Niech tłumaczy syn, zna oba języki',
              'Пусть переводит сын, он знает оба языка',
              'Нехай перекладає син, він знає обидві мови',
            ),
            explanation: l(
              'Nicht richtig. Der Sohn ist selbst Vertragspartei und nicht neutral; das Gespräch überfordert ihn leicht.',
              'Not correct. The son is himself a party to the contract and not neutral; the conversation can easily overburden him.',
              'Doğru değil. Oğul sözleşmenin tarafıdır ve tarafsız değildir; görüşme onu kolayca zorlayabilir.',
              'غير صحيح. الابن نفسه طرف في العقد وليس محايدًا؛ وقد تثقل المحادثة كاهله بسهولة.',
              'Niepoprawnie. Syn sam jest stroną umowy i nie jest neutralny; rozmowa łatwo może go przerosnąć.',
              'Неверно. Сын сам является стороной договора и не нейтрален; разговор легко может оказаться для него непосильным.',
              'Неправильно. Син сам є стороною договору й не нейтральний; розмова легко може виявитися для нього непосильною.',
            ),
          },
          {
            key: 'louder',
            correct: false,
            text: l(
              'Langsamer und lauter sprechen, dann versteht sie es schon',
              'Speak more slowly and loudly, then she will understand',
              'Daha yavaş ve yüksek sesle konuşmak, o zaman anlar',
              'التحدث ببطء وبصوت أعلى، فستفهم عندئذ',
              'Mówić wolniej i głośniej, wtedy zrozumie',
              'Говорить медленнее и громче, тогда она поймёт',
              'Говорити повільніше й голосніше, тоді вона зрозуміє',
            ),
            explanation: l(
              'Nicht richtig. Einfache Sprache hilft im Alltag, aber Lautstärke ersetzt keine Übersetzung, wenn es um einen Vertrag geht.',
              'Not correct. Plain language helps in everyday life, but volume does not replace translation when a contract is at stake.',
              'Doğru değil. Sade dil günlük hayatta yardımcı olur, ama söz konusu bir sözleşme olduğunda ses yüksekliği çevirinin yerini tutmaz.',
              'غير صحيح. اللغة البسيطة تساعد في الحياة اليومية، لكن رفع الصوت لا يغني عن الترجمة عندما يتعلق الأمر بعقد.',
              'Niepoprawnie. Prosty język pomaga na co dzień, ale głośność nie zastąpi tłumaczenia, gdy chodzi o umowę.',
              'Неверно. Простой язык помогает в быту, но громкость не заменит перевода, когда речь идёт о договоре.',
              'Неправильно. Проста мова допомагає в побуті, але гучність не замінить перекладу, коли йдеться про договір.',
            ),
          },
        ],
      },
      {
        key: 'plain_language',
        kind: 'multiple',
        text: l(
          'Was gehört zu einfacher Sprache? (Mehrere Antworten möglich)',
          'What belongs to plain language? (Several answers possible)',
          'Sade dile neler dahildir? (Birden fazla cevap mümkün)',
          'ما الذي يندرج ضمن اللغة البسيطة؟ (يمكن اختيار أكثر من إجابة)',
          'Co należy do prostego języka? (Możliwych kilka odpowiedzi)',
          'Что относится к простому языку? (Возможно несколько ответов)',
          'Що належить до простої мови? (Можливо кілька відповідей)',
        ),
        options: [
          {
            key: 'short',
            correct: true,
            text: l(
              'Kurze Sätze mit einem Gedanken',
              'Short sentences with one thought',
              'Tek düşünce içeren kısa cümleler',
              'جمل قصيرة تحمل فكرة واحدة',
              'Krótkie zdania z jedną myślą',
              'Короткие предложения с одной мыслью',
              'Короткі речення з однією думкою',
            ),
            explanation: l(
              'Richtig. Ein Gedanke pro Satz ist leichter zu verstehen – für alle, nicht nur für Menschen, die Deutsch lernen.',
              'Correct. One thought per sentence is easier to understand – for everyone, not only for people learning German.',
              'Doğru. Cümle başına tek düşünce herkes için daha kolay anlaşılır, yalnızca Almanca öğrenenler için değil.',
              'صحيح. فكرة واحدة في كل جملة أسهل فهمًا للجميع، لا لمتعلمي الألمانية فقط.',
              'Dobrze. Jedna myśl w zdaniu jest łatwiejsza do zrozumienia – dla wszystkich, nie tylko dla uczących się niemieckiego.',
              'Верно. Одна мысль в предложении понятнее всем, а не только тем, кто учит немецкий.',
              'Правильно. Одна думка в реченні зрозуміліша всім, а не лише тим, хто вчить німецьку.',
            ),
          },
          {
            key: 'explain_terms',
            correct: true,
            text: l(
              'Fachwörter erklären',
              'Explain technical terms',
              'Terimleri açıklamak',
              'شرح المصطلحات',
              'Wyjaśniać terminy fachowe',
              'Объяснять термины',
              'Пояснювати терміни',
            ),
            explanation: l(
              'Richtig. Wörter wie „Probezeit“ oder „Berufsschule“ sind nicht allen bekannt; eine kurze Erklärung vermeidet Missverständnisse.',
              'Correct. Words such as "Probezeit" (probation period) or "Berufsschule" (vocational school) are not known to everyone; a short explanation avoids misunderstandings.',
              'Doğru. „Probezeit“ (deneme süresi) veya „Berufsschule“ (meslek okulu) gibi kelimeleri herkes bilmez; kısa bir açıklama yanlış anlamaları önler.',
              'صحيح. كلمات مثل «Probezeit» (فترة التجربة) أو «Berufsschule» (المدرسة المهنية) لا يعرفها الجميع؛ والشرح القصير يمنع سوء الفهم.',
              'Dobrze. Słowa takie jak „Probezeit” (okres próbny) czy „Berufsschule” (szkoła zawodowa) nie są znane wszystkim; krótkie wyjaśnienie zapobiega nieporozumieniom.',
              'Верно. Слова вроде «Probezeit» (испытательный срок) или «Berufsschule» (профессиональная школа) знают не все; короткое пояснение предотвращает недоразумения.',
              'Правильно. Слова на кшталт «Probezeit» (випробувальний строк) чи «Berufsschule» (професійна школа) знають не всі; коротке пояснення запобігає непорозумінням.',
            ),
          },
          {
            key: 'childish',
            correct: false,
            text: l(
              'Wie mit Kindern sprechen und duzen',
              'Speak as to children and use the informal "du"',
              'Çocuklarla konuşur gibi konuşmak ve „du“ diye hitap etmek',
              'التحدث كما مع الأطفال واستخدام صيغة المخاطبة غير الرسمية «du»',
              'Mówić jak do dzieci i zwracać się na „ty”',
              'Говорить как с детьми и обращаться на «ты»',
              'Говорити як із дітьми та звертатися на «ти»',
            ),
            explanation: l(
              'Nicht richtig. Einfache Sprache ist respektvoll und bleibt bei der gewohnten Anrede; sie vereinfacht den Satzbau, nicht die Haltung.',
              'Not correct. Plain language is respectful and keeps the usual form of address; it simplifies sentence structure, not the attitude.',
              'Doğru değil. Sade dil saygılıdır ve alışılmış hitap biçimini korur; tutumu değil, cümle yapısını sadeleştirir.',
              'غير صحيح. اللغة البسيطة محترمة وتحافظ على صيغة المخاطبة المعتادة؛ فهي تبسّط تركيب الجمل لا الموقف.',
              'Niepoprawnie. Prosty język jest pełen szacunku i zachowuje zwykłą formę zwracania się; upraszcza budowę zdań, a nie postawę.',
              'Неверно. Простой язык уважителен и сохраняет привычное обращение; он упрощает строение предложений, а не отношение.',
              'Неправильно. Проста мова шаноблива й зберігає звичне звертання; вона спрощує будову речень, а не ставлення.',
            ),
          },
        ],
      },
    ],
  },
  {
    key: 'recognition',
    minutes: 7,
    title: l(
      'Anerkennung ausländischer Abschlüsse',
      'Recognition of foreign qualifications',
      'Yurt dışında alınan diplomaların tanınması',
      'الاعتراف بالشهادات الأجنبية',
      'Uznawanie zagranicznych kwalifikacji',
      'Признание иностранных квалификаций',
      'Визнання іноземних кваліфікацій',
    ),
    body: l(
      `Viele Menschen bringen eine Berufsausbildung oder ein Studium aus dem Ausland mit. Seit 2012 gibt das Anerkennungsgesetz des Bundes einen Anspruch darauf, dass ein ausländischer Berufsabschluss mit dem deutschen Referenzberuf verglichen wird – unabhängig von der Staatsangehörigkeit.

**Reglementierte Berufe** wie Ärztin, Pflegefachmann oder Lehrerin dürfen nur mit Anerkennung ausgeübt werden. In **nicht reglementierten Berufen**, etwa in den meisten Ausbildungsberufen, kann man auch ohne Anerkennung arbeiten; ein Bescheid hilft aber Betrieben, die Qualifikation einzuschätzen.

Ergibt der Vergleich wesentliche Unterschiede, gibt es eine **teilweise Anerkennung**. Mit einer Anpassungsqualifizierung lassen sich die Lücken schließen.

**Was Sie tun können:** Auf das Portal „Anerkennung in Deutschland“ hinweisen, zu Beratungsstellen lotsen, Zeit für das Verfahren geben – und Erfahrung aus dem Ausland als Erfahrung zählen.`,
      `Many people bring vocational training or a degree from abroad. Since 2012 the federal Recognition Act has given a right to have a foreign vocational qualification compared with the German reference occupation – regardless of nationality.

**Regulated professions** such as doctor, nurse or teacher may only be practised with recognition. In **non-regulated occupations**, for example most apprenticeship occupations, people can work without recognition; a notice of recognition still helps companies assess the qualification.

If the comparison shows substantial differences, there is **partial recognition**. An adaptation qualification can close the gaps.

**What you can do:** point to the portal "Anerkennung in Deutschland", refer people to advice centres, give time for the procedure – and count experience from abroad as experience.`,
      `Birçok insan yurt dışından bir meslek eğitimi veya üniversite diploması getirir. 2012'den bu yana federal Tanıma Yasası, yurt dışında alınmış bir mesleki diplomanın Almanya'daki referans meslekle karşılaştırılmasını talep etme hakkı tanır – vatandaşlıktan bağımsız olarak.

Hekimlik, hemşirelik veya öğretmenlik gibi **düzenlenmiş meslekler** yalnızca tanınma ile icra edilebilir. **Düzenlenmemiş mesleklerde**, örneğin meslek eğitimi mesleklerinin çoğunda, tanınma olmadan da çalışılabilir; yine de bir tanınma kararı işletmelerin niteliği değerlendirmesine yardımcı olur.

Karşılaştırma önemli farklar ortaya koyarsa **kısmi tanınma** verilir. Uyum yeterliliği eğitimi ile eksikler kapatılabilir.

**Neler yapabilirsiniz:** „Anerkennung in Deutschland“ portalını göstermek, danışma merkezlerine yönlendirmek, süreç için zaman tanımak – ve yurt dışındaki deneyimi deneyim olarak saymak.`,
      `يحمل كثيرون تدريبًا مهنيًا أو دراسة جامعية من الخارج. ومنذ عام 2012 يمنح قانون الاعتراف الاتحادي حقًا في مقارنة المؤهل المهني الأجنبي بالمهنة المرجعية الألمانية – بغض النظر عن الجنسية.

**المهن المنظمة** مثل الطبيبة والممرض والمعلمة لا يجوز ممارستها إلا بعد الاعتراف. أما في **المهن غير المنظمة**، مثل معظم مهن التدريب المهني، فيمكن العمل دون اعتراف؛ لكن قرار الاعتراف يساعد الشركات على تقييم المؤهل.

إذا أظهرت المقارنة فروقًا جوهرية، يُمنح **اعتراف جزئي**. ويمكن سد الثغرات عبر تأهيل تكميلي.

**ما يمكنك فعله:** الإشارة إلى بوابة «Anerkennung in Deutschland»، والتوجيه إلى مراكز الاستشارة، وإتاحة الوقت للإجراء – واحتساب الخبرة المكتسبة في الخارج خبرةً.`,
      `Wiele osób ma wykształcenie zawodowe lub studia ukończone za granicą. Od 2012 roku federalna ustawa o uznawaniu kwalifikacji daje prawo do porównania zagranicznego dyplomu zawodowego z niemieckim zawodem referencyjnym – niezależnie od obywatelstwa.

**Zawody regulowane**, takie jak lekarka, pielęgniarz czy nauczycielka, można wykonywać tylko po uznaniu kwalifikacji. W **zawodach nieregulowanych**, na przykład w większości zawodów wymagających przyuczenia, można pracować bez uznania; decyzja o uznaniu pomaga jednak firmom ocenić kwalifikacje.

Jeśli porównanie wykaże istotne różnice, następuje **częściowe uznanie**. Luki można uzupełnić kwalifikacją dostosowawczą.

**Co możesz zrobić:** wskazać portal „Anerkennung in Deutschland”, skierować do poradni, dać czas na procedurę – i liczyć doświadczenie zdobyte za granicą jako doświadczenie.`,
      `Многие люди привозят с собой профессиональное образование или высшее образование, полученное за границей. С 2012 года федеральный закон о признании даёт право на сравнение иностранной профессиональной квалификации с немецкой эталонной профессией – независимо от гражданства.

**Регулируемыми профессиями**, например врач, медбрат или учительница, можно заниматься только после признания. В **нерегулируемых профессиях**, например в большинстве профессий дуального обучения, можно работать и без признания; но решение о признании помогает предприятиям оценить квалификацию.

Если сравнение выявляет существенные различия, выдаётся **частичное признание**. Пробелы можно закрыть с помощью адаптационной квалификации.

**Что вы можете сделать:** указать на портал «Anerkennung in Deutschland», направить в консультационные службы, дать время на процедуру – и засчитывать опыт, полученный за границей, как опыт.`,
      `Багато людей привозять із собою професійну освіту або вищу освіту, здобуту за кордоном. З 2012 року федеральний закон про визнання дає право на порівняння іноземної професійної кваліфікації з німецькою еталонною професією – незалежно від громадянства.

**Регульованими професіями**, як-от лікарка, медбрат чи вчителька, можна займатися лише після визнання. У **нерегульованих професіях**, наприклад у більшості професій дуального навчання, можна працювати й без визнання; проте рішення про визнання допомагає підприємствам оцінити кваліфікацію.

Якщо порівняння виявляє суттєві відмінності, надається **часткове визнання**. Прогалини можна закрити за допомогою адаптаційної кваліфікації.

**Що ви можете зробити:** вказати на портал «Anerkennung in Deutschland», скерувати до консультаційних служб, дати час на процедуру – і зараховувати досвід, здобутий за кордоном, як досвід.`,
    ),
    image: {
      file: 'recognition.svg',
      alt: l(
        'Ein Zeugnis mit Siegel wird neben ein zweites Zeugnis gelegt; ein Pfeil und ein Gleichheitszeichen verbinden beide.',
        'A certificate with a seal is laid beside a second certificate; an arrow and an equals sign connect them.',
        'Mühürlü bir belge ikinci bir belgenin yanına konmuş; bir ok ve bir eşittir işareti ikisini birbirine bağlıyor.',
        'شهادة بختم موضوعة بجانب شهادة ثانية؛ يربط بينهما سهم وعلامة يساوي.',
        'Świadectwo z pieczęcią położone obok drugiego świadectwa; łączą je strzałka i znak równości.',
        'Документ с печатью лежит рядом со вторым документом; их соединяют стрелка и знак равенства.',
        'Документ із печаткою лежить поруч із другим документом; їх з’єднують стрілка та знак рівності.',
      ),
    },
    video: null,
    questions: [
      {
        key: 'regulated',
        kind: 'single',
        text: l(
          'Für welchen Beruf ist eine Anerkennung Voraussetzung, um ihn in Deutschland auszuüben?',
          'For which occupation is recognition a requirement to practise it in Germany?',
          'Almanya’da hangi mesleği icra etmek için tanınma şarttır?',
          'لأي مهنة يكون الاعتراف شرطًا لممارستها في ألمانيا؟',
          'Do wykonywania którego zawodu w Niemczech potrzebne jest uznanie kwalifikacji?',
          'Для какой профессии признание является обязательным условием работы в Германии?',
          'Для якої професії визнання є обов’язковою умовою роботи в Німеччині?',
        ),
        options: [
          {
            key: 'nurse',
            correct: true,
            text: l(
              'Pflegefachfrau oder Pflegefachmann',
              'Registered nurse',
              'Hemşire',
              'ممرضة أو ممرض',
              'Pielęgniarka lub pielęgniarz',
              'Медсестра или медбрат',
              'Медсестра або медбрат',
            ),
            explanation: l(
              'Richtig. Pflegeberufe sind reglementiert: Ohne Anerkennung darf man nicht als Pflegefachkraft arbeiten.',
              'Correct. Nursing is regulated: without recognition you may not work as a registered nurse.',
              'Doğru. Hemşirelik düzenlenmiş bir meslektir: Tanınma olmadan hemşire olarak çalışılamaz.',
              'صحيح. التمريض مهنة منظمة: لا يجوز العمل ممرضًا مؤهلًا دون اعتراف.',
              'Dobrze. Pielęgniarstwo jest zawodem regulowanym: bez uznania nie można pracować jako pielęgniarka.',
              'Верно. Сестринское дело – регулируемая профессия: без признания работать медсестрой нельзя.',
              'Правильно. Сестринська справа – регульована професія: без визнання працювати медсестрою не можна.',
            ),
          },
          {
            key: 'sales',
            correct: false,
            text: l(
              'Kauffrau oder Kaufmann im Einzelhandel',
              'Retail salesperson',
              'Perakende satış elemanı',
              'بائعة أو بائع في تجارة التجزئة',
              'Sprzedawczyni lub sprzedawca w handlu detalicznym',
              'Продавец в розничной торговле',
              'Продавець у роздрібній торгівлі',
            ),
            explanation: l(
              'Nicht richtig. Das ist ein nicht reglementierter Beruf; man kann ohne Anerkennung arbeiten. Ein Bescheid kann trotzdem bei der Bewerbung helfen.',
              'Not correct. This is a non-regulated occupation; you can work without recognition. A notice of recognition can still help with an application.',
              'Doğru değil. Bu düzenlenmemiş bir meslektir; tanınma olmadan çalışılabilir. Yine de bir tanınma kararı başvuruda yardımcı olabilir.',
              'غير صحيح. هذه مهنة غير منظمة؛ يمكن العمل فيها دون اعتراف. ومع ذلك قد يساعد قرار الاعتراف في التقدم للوظيفة.',
              'Niepoprawnie. To zawód nieregulowany; można pracować bez uznania. Decyzja o uznaniu może jednak pomóc w rekrutacji.',
              'Неверно. Это нерегулируемая профессия; работать можно без признания. Но решение о признании может помочь при трудоустройстве.',
              'Неправильно. Це нерегульована професія; працювати можна без визнання. Але рішення про визнання може допомогти під час працевлаштування.',
            ),
          },
          {
            key: 'warehouse',
            correct: false,
            text: l(
              'Fachkraft für Lagerlogistik',
              'Warehouse logistics specialist',
              'Depo lojistiği uzmanı',
              'أخصائي لوجستيات المستودعات',
              'Specjalista ds. logistyki magazynowej',
              'Специалист по складской логистике',
              'Фахівець зі складської логістики',
            ),
            explanation: l(
              'Nicht richtig. Auch dieser Ausbildungsberuf ist nicht reglementiert. Betriebe können die Erfahrung selbst einschätzen oder sich an der Anerkennung orientieren.',
              'Not correct. This apprenticeship occupation is not regulated either. Companies can assess the experience themselves or use a recognition notice as a guide.',
              'Doğru değil. Bu meslek eğitimi mesleği de düzenlenmemiştir. İşletmeler deneyimi kendileri değerlendirebilir veya tanınma kararını yol gösterici olarak kullanabilir.',
              'غير صحيح. هذه المهنة التدريبية أيضًا غير منظمة. يمكن للشركات تقييم الخبرة بنفسها أو الاسترشاد بقرار الاعتراف.',
              'Niepoprawnie. Ten zawód również nie jest regulowany. Firmy mogą same ocenić doświadczenie lub kierować się decyzją o uznaniu.',
              'Неверно. Эта профессия тоже не регулируется. Предприятия могут сами оценить опыт или ориентироваться на решение о признании.',
              'Неправильно. Ця професія теж не регульована. Підприємства можуть самі оцінити досвід або орієнтуватися на рішення про визнання.',
            ),
          },
        ],
      },
      {
        key: 'partial',
        kind: 'single',
        text: l(
          'Der Vergleich ergibt wesentliche Unterschiede zum deutschen Beruf. Was folgt daraus?',
          'The comparison shows substantial differences from the German occupation. What follows?',
          'Karşılaştırma Alman mesleğiyle önemli farklar ortaya koyuyor. Bunun sonucu nedir?',
          'أظهرت المقارنة فروقًا جوهرية عن المهنة الألمانية. ما النتيجة؟',
          'Porównanie wykazało istotne różnice w stosunku do niemieckiego zawodu. Co z tego wynika?',
          'Сравнение выявило существенные различия с немецкой профессией. Что из этого следует?',
          'Порівняння виявило суттєві відмінності від німецької професії. Що з цього випливає?',
        ),
        options: [
          {
            key: 'partial_recognition',
            correct: true,
            text: l(
              'Eine teilweise Anerkennung; die Lücken lassen sich mit einer Anpassungsqualifizierung schließen.',
              'Partial recognition; the gaps can be closed with an adaptation qualification.',
              'Kısmi tanınma; eksikler uyum yeterliliği eğitimiyle kapatılabilir.',
              'اعتراف جزئي؛ ويمكن سد الثغرات بتأهيل تكميلي.',
              'Częściowe uznanie; luki można uzupełnić kwalifikacją dostosowawczą.',
              'Частичное признание; пробелы можно закрыть адаптационной квалификацией.',
              'Часткове визнання; прогалини можна закрити адаптаційною кваліфікацією.',
            ),
            explanation: l(
              'Richtig. Der Bescheid nennt, was fehlt – so wird aus dem Unterschied ein Weg zum vollen Abschluss.',
              'Correct. The notice states what is missing – so the difference becomes a path to the full qualification.',
              'Doğru. Karar neyin eksik olduğunu belirtir – böylece fark, tam yeterliliğe giden bir yola dönüşür.',
              'صحيح. يذكر القرار ما ينقص – فيتحول الفرق إلى طريق نحو المؤهل الكامل.',
              'Dobrze. Decyzja wskazuje, czego brakuje – tak różnica staje się drogą do pełnych kwalifikacji.',
              'Верно. В решении указано, чего не хватает, – так различие становится путём к полной квалификации.',
              'Правильно. У рішенні зазначено, чого бракує, – так відмінність стає шляхом до повної кваліфікації.',
            ),
          },
          {
            key: 'start_over',
            correct: false,
            text: l(
              'Die Person muss die ganze Ausbildung in Deutschland wiederholen.',
              'The person has to repeat the whole training in Germany.',
              'Kişi tüm eğitimi Almanya’da tekrarlamak zorundadır.',
              'يجب على الشخص إعادة التدريب كله في ألمانيا.',
              'Osoba musi powtórzyć całe kształcenie w Niemczech.',
              'Человек должен пройти всё обучение в Германии заново.',
              'Людина має пройти все навчання в Німеччині заново.',
            ),
            explanation: l(
              'Nicht richtig. Was gleichwertig ist, wird anerkannt; nur die Unterschiede müssen ausgeglichen werden.',
              'Not correct. What is equivalent is recognised; only the differences have to be made up.',
              'Doğru değil. Eşdeğer olan tanınır; yalnızca farkların giderilmesi gerekir.',
              'غير صحيح. ما هو معادل يُعترف به؛ ولا يلزم إلا تعويض الفروق.',
              'Niepoprawnie. To, co równoważne, zostaje uznane; uzupełnić trzeba tylko różnice.',
              'Неверно. Равноценное признаётся; восполнить нужно только различия.',
              'Неправильно. Рівноцінне визнається; заповнити треба лише відмінності.',
            ),
          },
          {
            key: 'worthless',
            correct: false,
            text: l(
              'Der ausländische Abschluss zählt gar nicht mehr.',
              'The foreign qualification no longer counts at all.',
              'Yurt dışındaki diploma artık hiç sayılmaz.',
              'لا يُحتسب المؤهل الأجنبي إطلاقًا.',
              'Zagraniczny dyplom w ogóle się nie liczy.',
              'Иностранная квалификация больше вообще не учитывается.',
              'Іноземна кваліфікація більше взагалі не враховується.',
            ),
            explanation: l(
              'Nicht richtig. Auch mit Unterschieden bleiben Wissen und Erfahrung wertvoll – der Kurs lädt ein, gerade das zu sehen.',
              'Not correct. Even with differences, knowledge and experience remain valuable – the course invites you to see exactly that.',
              'Doğru değil. Farklar olsa bile bilgi ve deneyim değerli kalır – kurs tam da bunu görmeye davet eder.',
              'غير صحيح. حتى مع وجود فروق تبقى المعرفة والخبرة قيّمة – والمقرر يدعو إلى رؤية ذلك تحديدًا.',
              'Niepoprawnie. Nawet przy różnicach wiedza i doświadczenie pozostają cenne – kurs zachęca, by właśnie to dostrzec.',
              'Неверно. Даже при различиях знания и опыт остаются ценными – курс предлагает видеть именно это.',
              'Неправильно. Навіть за відмінностей знання й досвід залишаються цінними – курс пропонує бачити саме це.',
            ),
          },
        ],
      },
    ],
  },
];
