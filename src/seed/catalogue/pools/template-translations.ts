import type { TranslationSet } from './translation-set.js';

/**
 * Human-written translations of offer, event and city-office titles with their summaries, kept
 * apart from translations.ts only for length. A title may hold {city}: the German text names the
 * city as German does, the translations put it where their grammar allows the plain name (after a
 * dash or as "city of …"), with the city's name in the reader's script (CITY_NAMES).
 */
export const TEMPLATE_TRANSLATION_SETS: readonly TranslationSet[] = [
  {
    de: {
      title: 'Von der Idee zur Zusage: Bewerbungstraining in {city}',
      summary:
        'Jugendliche bereiten ihre Bewerbung für Ausbildung oder Praktikum vor und üben Gespräche mit echten Ausbilderinnen und Ausbildern.',
    },
    en: {
      title: 'From first idea to a yes: application training in {city}',
      summary:
        'Young people prepare their applications for an apprenticeship or internship and practise interviews with real trainers.',
    },
    tr: {
      title: 'Fikirden olumlu yanıta: başvuru eğitimi – {city}',
      summary:
        'Gençler meslek eğitimi ya da staj için başvurularını hazırlıyor ve gerçek eğitmenlerle görüşme provası yapıyor.',
    },
    ar: {
      title: 'من الفكرة إلى القبول: تدريب على طلبات التوظيف – {city}',
      summary:
        'يُحضّر الشباب طلباتهم للتدريب المهني أو للتدريب العملي، ويتمرّنون على المقابلات مع مدرّبين حقيقيين من الشركات.',
    },
    pl: {
      title: 'Od pomysłu do pozytywnej odpowiedzi: trening aplikacyjny – {city}',
      summary:
        'Młodzi ludzie przygotowują aplikacje na naukę zawodu lub praktykę i ćwiczą rozmowy z prawdziwymi instruktorami z firm.',
    },
    ru: {
      title: 'От идеи до положительного ответа: тренинг по подаче заявлений – {city}',
      summary:
        'Молодые люди готовят заявления на профобучение или практику и репетируют собеседования с настоящими наставниками из предприятий.',
    },
    uk: {
      title: 'Від ідеї до позитивної відповіді: тренінг із подання заявок – {city}',
      summary:
        'Молоді люди готують заявки на профнавчання або практику та репетирують співбесіди зі справжніми наставниками з підприємств.',
    },
  },
  {
    de: {
      title: 'Interkulturelle Kompetenz für Ausbilderinnen und Ausbilder',
      summary:
        'Ausbildende lernen, Missverständnisse früh zu erkennen, Feedback klar zu geben und die Sprachen und Erfahrungen ihrer Auszubildenden zu nutzen.',
    },
    en: {
      title: 'Intercultural competence for trainers',
      summary:
        'Trainers learn to spot misunderstandings early, give clear feedback and make use of their apprentices’ languages and experience.',
    },
    tr: {
      title: 'Eğitmenler için kültürlerarası yetkinlik',
      summary:
        'Eğitmenler yanlış anlamaları erkenden fark etmeyi, açık geri bildirim vermeyi ve çıraklarının dillerinden ve deneyimlerinden yararlanmayı öğreniyor.',
    },
    ar: {
      title: 'الكفاءة بين الثقافات للمدرّبين في الشركات',
      summary:
        'يتعلّم المدرّبون كيف يلاحظون سوء الفهم مبكرًا، ويقدّمون ملاحظات واضحة، ويستفيدون من لغات المتدربين وخبراتهم.',
    },
    pl: {
      title: 'Kompetencje międzykulturowe dla instruktorów praktycznej nauki zawodu',
      summary:
        'Instruktorzy uczą się wcześnie rozpoznawać nieporozumienia, jasno przekazywać informację zwrotną i wykorzystywać języki oraz doświadczenia swoich uczniów.',
    },
    ru: {
      title: 'Межкультурная компетентность для наставников на производстве',
      summary:
        'Наставники учатся вовремя замечать недопонимание, давать понятную обратную связь и использовать языки и опыт своих учеников.',
    },
    uk: {
      title: 'Міжкультурна компетентність для наставників на виробництві',
      summary:
        'Наставники вчаться вчасно помічати непорозуміння, давати зрозумілий зворотний зв’язок і використовувати мови та досвід своїх учнів.',
    },
  },
  {
    de: {
      title: 'Sprechstunde anonymisierte Bewerbung in {city}',
      summary: 'Kurze Beratung mit Vorlagen: So wird die erste Auswahlrunde fairer, ohne dass der Aufwand steigt.',
    },
    en: {
      title: 'Drop-in advice on anonymised applications in {city}',
      summary:
        'Short advice sessions with templates: how to make the first selection round fairer without extra effort.',
    },
    tr: {
      title: 'Anonim başvuru danışma saati – {city}',
      summary: 'Şablonlarla kısa danışmanlık: İlk eleme turu, iş yükü artmadan nasıl daha adil hale gelir?',
    },
    ar: {
      title: 'ساعة استشارات حول طلبات التوظيف مجهولة الهوية – {city}',
      summary: 'استشارة قصيرة مع نماذج جاهزة: كيف تصبح الجولة الأولى من الاختيار أكثر عدلًا دون جهد إضافي.',
    },
    pl: {
      title: 'Dyżur doradczy: anonimowe aplikacje – {city}',
      summary:
        'Krótka porada z gotowymi wzorami: jak sprawić, by pierwszy etap selekcji był bardziej sprawiedliwy bez dodatkowej pracy.',
    },
    ru: {
      title: 'Консультационные часы по анонимным заявкам – {city}',
      summary:
        'Короткая консультация с готовыми шаблонами: как сделать первый этап отбора справедливее без лишних затрат.',
    },
    uk: {
      title: 'Консультаційні години щодо анонімних заявок – {city}',
      summary:
        'Коротка консультація з готовими шаблонами: як зробити перший етап відбору справедливішим без зайвих зусиль.',
    },
  },
  {
    de: {
      title: 'Mentoring-Programm für Auszubildende in {city}',
      summary:
        'Erfahrene Berufstätige begleiten Auszubildende ein Jahr lang – bei Fragen zur Berufsschule, im Betrieb und bei Behördengängen.',
    },
    en: {
      title: 'Mentoring programme for apprentices in {city}',
      summary:
        'Experienced professionals support apprentices for a year – with questions about vocational school, work and dealings with public offices.',
    },
    tr: {
      title: 'Çıraklar için mentorluk programı – {city}',
      summary:
        'Deneyimli çalışanlar, çıraklara bir yıl boyunca meslek okulu, işyeri ve resmî daire işleriyle ilgili sorularda eşlik ediyor.',
    },
    ar: {
      title: 'برنامج إرشاد للمتدربين المهنيين – {city}',
      summary:
        'يرافق مهنيون ذوو خبرة المتدربين لمدة عام، ويساعدونهم في أسئلة المدرسة المهنية والعمل والتعامل مع الدوائر الرسمية.',
    },
    pl: {
      title: 'Program mentoringowy dla uczniów zawodu – {city}',
      summary:
        'Doświadczeni pracownicy przez rok wspierają uczniów zawodu – w sprawach szkoły zawodowej, pracy w firmie i załatwiania spraw w urzędach.',
    },
    ru: {
      title: 'Программа наставничества для учеников профобучения – {city}',
      summary:
        'Опытные специалисты в течение года сопровождают учеников: помогают с вопросами о профессиональной школе, работе на предприятии и визитах в учреждения.',
    },
    uk: {
      title: 'Програма наставництва для учнів профнавчання – {city}',
      summary:
        'Досвідчені фахівці протягом року супроводжують учнів: допомагають із питаннями щодо професійної школи, роботи на підприємстві та відвідин установ.',
    },
  },
  {
    de: {
      title: 'Fachsprache Deutsch: Kurs für Auszubildende in {city}',
      summary:
        'Auszubildende trainieren die Sprache ihres Berufs: Fachbegriffe, Arbeitsanweisungen und schriftliche Prüfungen.',
    },
    en: {
      title: 'Technical German: a course for apprentices in {city}',
      summary:
        'Apprentices practise the language of their occupation: technical terms, work instructions and written exams.',
    },
    tr: {
      title: 'Mesleki Almanca: çıraklar için kurs – {city}',
      summary: 'Çıraklar mesleklerinin dilini çalışıyor: teknik terimler, iş talimatları ve yazılı sınavlar.',
    },
    ar: {
      title: 'الألمانية التخصصية: دورة للمتدربين المهنيين – {city}',
      summary: 'يتمرّن المتدربون على لغة مهنتهم: المصطلحات الفنية وتعليمات العمل والامتحانات الكتابية.',
    },
    pl: {
      title: 'Niemiecki fachowy: kurs dla uczniów zawodu – {city}',
      summary:
        'Uczniowie zawodu ćwiczą język swojej profesji: słownictwo fachowe, polecenia w pracy i egzaminy pisemne.',
    },
    ru: {
      title: 'Профессиональный немецкий: курс для учеников профобучения – {city}',
      summary: 'Ученики осваивают язык своей профессии: специальные термины, рабочие инструкции и письменные экзамены.',
    },
    uk: {
      title: 'Фахова німецька: курс для учнів профнавчання – {city}',
      summary: 'Учні опановують мову своєї професії: фахові терміни, робочі інструкції та письмові іспити.',
    },
  },
  {
    de: {
      title: 'Stellenanzeigen, die alle erreichen',
      summary:
        'Mit wenigen Änderungen werden Stellenanzeigen verständlicher und erreichen junge Menschen, die bisher nicht angesprochen wurden.',
    },
    en: {
      title: 'Job ads that reach everyone',
      summary:
        'A few changes make job ads easier to understand and help them reach young people who were not addressed before.',
    },
    tr: {
      title: 'Herkese ulaşan iş ilanları',
      summary:
        'Birkaç küçük değişiklikle iş ilanları daha anlaşılır hale geliyor ve şimdiye kadar ulaşılamayan gençlere ulaşıyor.',
    },
    ar: {
      title: 'إعلانات وظائف تصل إلى الجميع',
      summary: 'ببعض التعديلات البسيطة تصبح إعلانات الوظائف أوضح، وتصل إلى شباب لم تكن تخاطبهم من قبل.',
    },
    pl: {
      title: 'Ogłoszenia o pracy, które docierają do wszystkich',
      summary:
        'Kilka zmian sprawia, że ogłoszenia są bardziej zrozumiałe i docierają do młodych ludzi, do których wcześniej nie trafiały.',
    },
    ru: {
      title: 'Объявления о вакансиях, которые доходят до всех',
      summary:
        'Несколько изменений – и объявления становятся понятнее и доходят до молодых людей, к которым раньше никто не обращался.',
    },
    uk: {
      title: 'Оголошення про вакансії, які доходять до всіх',
      summary:
        'Кілька змін – і оголошення стають зрозумілішими та доходять до молоді, до якої раніше ніхто не звертався.',
    },
  },
  {
    de: {
      title: 'Ausbildungsberatung für migrantische Unternehmen in {city}',
      summary:
        'Persönliche Beratung für Unternehmen, die einen Ausbildungsplatz schaffen möchten, und ihre Fragen zu Ablauf und Kosten.',
    },
    en: {
      title: 'Training advice for migrant-owned businesses in {city}',
      summary:
        'Personal advice for businesses that want to create an apprenticeship place, answering their questions about procedure and costs.',
    },
    tr: {
      title: 'Göçmen girişimciler için meslek eğitimi danışmanlığı – {city}',
      summary:
        'Çırak yetiştirmek isteyen işletmelere kişisel danışmanlık: süreç ve masraflarla ilgili tüm sorular için.',
    },
    ar: {
      title: 'استشارات التدريب المهني للمشاريع التي يملكها مهاجرون – {city}',
      summary: 'استشارة شخصية للشركات التي تريد توفير مقعد تدريب مهني، تجيب عن أسئلتها حول الإجراءات والتكاليف.',
    },
    pl: {
      title: 'Doradztwo w sprawie nauki zawodu dla firm prowadzonych przez imigrantów – {city}',
      summary:
        'Indywidualne doradztwo dla firm, które chcą utworzyć miejsce nauki zawodu – odpowiadamy na pytania o przebieg i koszty.',
    },
    ru: {
      title: 'Консультации по профобучению для предприятий иммигрантов – {city}',
      summary:
        'Индивидуальные консультации для предприятий, которые хотят создать место профобучения: ответы на вопросы о порядке действий и расходах.',
    },
    uk: {
      title: 'Консультації щодо профнавчання для підприємств іммігрантів – {city}',
      summary:
        'Індивідуальні консультації для підприємств, які хочуть створити місце профнавчання: відповіді на питання про порядок дій і витрати.',
    },
  },
  {
    de: {
      title: 'Praktikumsplätze für Schülerinnen und Schüler in {city}',
      summary:
        'Wir vermitteln ein- bis dreiwöchige Praktika in Betrieben der Region und begleiten Schule, Betrieb und Jugendliche dabei.',
    },
    en: {
      title: 'Work placements for school students in {city}',
      summary:
        'We arrange work placements of one to three weeks in local businesses and support the school, the company and the young people along the way.',
    },
    tr: {
      title: 'Öğrenciler için staj yerleri – {city}',
      summary:
        'Bölgedeki işletmelerde bir ile üç hafta süren stajlara aracılık ediyor; okula, işletmeye ve gençlere bu süreçte eşlik ediyoruz.',
    },
    ar: {
      title: 'أماكن تدريب عملي لطلاب المدارس – {city}',
      summary:
        'نوفّر تدريبًا عمليًا لمدة أسبوع إلى ثلاثة أسابيع في شركات المنطقة، ونرافق المدرسة والشركة والشباب خلال ذلك.',
    },
    pl: {
      title: 'Praktyki dla uczennic i uczniów – {city}',
      summary:
        'Pośredniczymy w praktykach trwających od jednego do trzech tygodni w firmach z regionu i wspieramy przy tym szkołę, firmę i młodzież.',
    },
    ru: {
      title: 'Места практики для школьников – {city}',
      summary:
        'Мы находим практику длительностью от одной до трёх недель на предприятиях региона и сопровождаем школу, предприятие и молодых людей.',
    },
    uk: {
      title: 'Місця практики для школярів – {city}',
      summary:
        'Ми знаходимо практику тривалістю від одного до трьох тижнів на підприємствах регіону та супроводжуємо школу, підприємство й молодь.',
    },
  },
  {
    de: {
      title: 'Begleitung in schwierigen Ausbildungsphasen in {city}',
      summary:
        'Vertrauliche Beratung für Auszubildende und Betriebe, um Konflikte zu lösen und Ausbildungen erfolgreich abzuschließen.',
    },
    en: {
      title: 'Support through difficult phases of training in {city}',
      summary:
        'Confidential advice for apprentices and companies to resolve conflicts and complete apprenticeships successfully.',
    },
    tr: {
      title: 'Meslek eğitiminin zor dönemlerinde destek – {city}',
      summary:
        'Çıraklara ve işletmelere gizli danışmanlık: çatışmaları çözmek ve meslek eğitimini başarıyla tamamlamak için.',
    },
    ar: {
      title: 'مرافقة في المراحل الصعبة من التدريب المهني – {city}',
      summary: 'استشارات سرّية للمتدربين والشركات لحلّ النزاعات وإتمام التدريب المهني بنجاح.',
    },
    pl: {
      title: 'Wsparcie w trudnych etapach nauki zawodu – {city}',
      summary:
        'Poufne doradztwo dla uczniów zawodu i firm, które pomaga rozwiązywać konflikty i z powodzeniem ukończyć naukę.',
    },
    ru: {
      title: 'Поддержка в трудные периоды профобучения – {city}',
      summary:
        'Конфиденциальные консультации для учеников и предприятий, чтобы разрешать конфликты и успешно завершать обучение.',
    },
    uk: {
      title: 'Підтримка у складні періоди профнавчання – {city}',
      summary:
        'Конфіденційні консультації для учнів і підприємств, щоб розв’язувати конфлікти та успішно завершувати навчання.',
    },
  },
  {
    de: {
      title: 'IKÖ-Check für Ämter und Fachbereiche',
      summary:
        'Fachbereiche prüfen mit einer Checkliste, wie offen ihre Angebote, Formulare und Auswahlverfahren sind, und planen nächste Schritte.',
    },
    en: {
      title: 'Intercultural openness check for public offices and departments',
      summary:
        'Departments use a checklist to review how open their services, forms and selection procedures are, and plan their next steps.',
    },
    tr: {
      title: 'Kamu daireleri ve birimler için kültürlerarası açılım kontrolü',
      summary:
        'Birimler bir kontrol listesiyle hizmetlerinin, formlarının ve seçme süreçlerinin ne kadar açık olduğunu inceliyor ve sonraki adımları planlıyor.',
    },
    ar: {
      title: 'فحص الانفتاح بين الثقافات للدوائر والأقسام الحكومية',
      summary:
        'تستخدم الأقسام قائمة تحقق لمراجعة مدى انفتاح خدماتها ونماذجها وإجراءات الاختيار لديها، وتخطط للخطوات التالية.',
    },
    pl: {
      title: 'Kontrola otwartości międzykulturowej dla urzędów i wydziałów',
      summary:
        'Wydziały sprawdzają za pomocą listy kontrolnej, jak otwarte są ich usługi, formularze i procedury rekrutacyjne, i planują kolejne kroki.',
    },
    ru: {
      title: 'Проверка межкультурной открытости для ведомств и отделов',
      summary:
        'С помощью чек-листа отделы проверяют, насколько открыты их услуги, формы и процедуры отбора, и планируют следующие шаги.',
    },
    uk: {
      title: 'Перевірка міжкультурної відкритості для установ і відділів',
      summary:
        'За допомогою чек-листа відділи перевіряють, наскільки відкриті їхні послуги, форми та процедури відбору, і планують наступні кроки.',
    },
  },
  {
    de: {
      title: 'Charta der Vielfalt im Betrieb umsetzen',
      summary:
        'Von der Selbstverpflichtung zur Praxis: Wir übersetzen die Charta der Vielfalt in konkrete Schritte für Ihren Betrieb.',
    },
    en: {
      title: 'Putting the Diversity Charter into practice in your company',
      summary: 'From commitment to practice: we turn the Charta der Vielfalt into concrete steps for your business.',
    },
    tr: {
      title: 'Çeşitlilik Şartı’nı işletmede hayata geçirmek',
      summary: 'Taahhütten uygulamaya: Charta der Vielfalt’ı işletmeniz için somut adımlara dönüştürüyoruz.',
    },
    ar: {
      title: 'تطبيق ميثاق التنوع في الشركة',
      summary: 'من الالتزام إلى التطبيق: نحوّل ميثاق التنوع (Charta der Vielfalt) إلى خطوات ملموسة لشركتك.',
    },
    pl: {
      title: 'Wdrażanie Karty Różnorodności w firmie',
      summary: 'Od deklaracji do praktyki: przekładamy Charta der Vielfalt na konkretne kroki dla Twojej firmy.',
    },
    ru: {
      title: 'Хартия многообразия на практике',
      summary:
        'От обязательства к практике: мы превращаем Хартию многообразия (Charta der Vielfalt) в конкретные шаги для вашего предприятия.',
    },
    uk: {
      title: 'Хартія різноманіття на практиці',
      summary:
        'Від зобов’язання до практики: ми перетворюємо Хартію різноманіття (Charta der Vielfalt) на конкретні кроки для вашого підприємства.',
    },
  },
  {
    de: {
      title: 'Zehn Minuten für die Zukunft: Azubi-Speed-Dating in {city}',
      summary:
        'Jugendliche und Betriebe lernen sich in kurzen Gesprächen kennen – ohne Anschreiben, dafür mit Stärken und Sprachkenntnissen.',
    },
    en: {
      title: 'Ten minutes for your future: apprenticeship speed dating in {city}',
      summary:
        'Young people and companies get to know each other in short conversations – no cover letter needed, just strengths and language skills.',
    },
    tr: {
      title: 'Geleceğin için on dakika: çırak adaylarıyla hızlı tanışma – {city}',
      summary:
        'Gençler ve işletmeler kısa görüşmelerde tanışıyor – ön yazıya gerek yok, önemli olan güçlü yanlar ve dil bilgisi.',
    },
    ar: {
      title: 'عشر دقائق من أجل مستقبلك: لقاءات تعارف سريعة مع شركات التدريب – {city}',
      summary: 'يتعارف الشباب والشركات في محادثات قصيرة، دون رسالة تقديم، بل بنقاط القوة والمهارات اللغوية.',
    },
    pl: {
      title: 'Dziesięć minut dla przyszłości: speed dating z zakładami szkolącymi – {city}',
      summary:
        'Młodzi ludzie i firmy poznają się w krótkich rozmowach – bez listu motywacyjnego, za to z mocnymi stronami i znajomością języków.',
    },
    ru: {
      title: 'Десять минут для будущего: спид-дейтинг с работодателями – {city}',
      summary:
        'Молодые люди и предприятия знакомятся в коротких беседах – без сопроводительного письма, зато с сильными сторонами и знанием языков.',
    },
    uk: {
      title: 'Десять хвилин для майбутнього: спід-дейтинг із роботодавцями – {city}',
      summary:
        'Молоді люди та підприємства знайомляться під час коротких розмов – без супровідного листа, натомість із сильними сторонами та знанням мов.',
    },
  },
  {
    de: {
      title: 'Anerkennungsberatung in {city}',
      summary:
        'Junge Menschen mit Abschlüssen aus dem Ausland erfahren, wie sie diese anerkennen lassen und für Ausbildung oder Studium nutzen.',
    },
    en: {
      title: 'Recognition advice in {city}',
      summary:
        'Young people with qualifications from abroad find out how to get them recognised and use them for vocational training or university.',
    },
    tr: {
      title: 'Denklik danışmanlığı – {city}',
      summary:
        'Yurt dışında diploma almış gençler, diplomalarını nasıl tanıtacaklarını ve meslek eğitimi ya da üniversite için nasıl kullanacaklarını öğreniyor.',
    },
    ar: {
      title: 'استشارات الاعتراف بالشهادات – {city}',
      summary:
        'يعرف الشباب الحاصلون على شهادات من الخارج كيف يحصلون على الاعتراف بها وكيف يستفيدون منها في التدريب المهني أو الدراسة الجامعية.',
    },
    pl: {
      title: 'Doradztwo w sprawie uznawania dyplomów – {city}',
      summary:
        'Młodzi ludzie z dyplomami zdobytymi za granicą dowiadują się, jak uzyskać ich uznanie i wykorzystać je w nauce zawodu lub na studiach.',
    },
    ru: {
      title: 'Консультации по признанию дипломов – {city}',
      summary:
        'Молодые люди с иностранными дипломами узнают, как добиться их признания и использовать их для профобучения или учёбы в вузе.',
    },
    uk: {
      title: 'Консультації щодо визнання дипломів – {city}',
      summary:
        'Молоді люди з іноземними дипломами дізнаються, як домогтися їх визнання та використати їх для профнавчання або навчання у виші.',
    },
  },
  {
    de: {
      title: 'Lernbegleitung für Auszubildende',
      summary:
        'Auszubildende lernen gemeinsam für Berufsschule und Prüfungen – begleitet von Fachleuten aus der Praxis.',
    },
    en: {
      title: 'Learning support for apprentices',
      summary: 'Apprentices study together for vocational school and exams – supported by experienced professionals.',
    },
    tr: {
      title: 'Çıraklar için öğrenme desteği',
      summary: 'Çıraklar meslek okulu ve sınavlar için birlikte çalışıyor – sahadan uzmanların eşliğinde.',
    },
    ar: {
      title: 'مرافقة تعليمية للمتدربين المهنيين',
      summary: 'يدرس المتدربون معًا للمدرسة المهنية والامتحانات، بمرافقة مختصين من الميدان.',
    },
    pl: {
      title: 'Wsparcie w nauce dla uczniów zawodu',
      summary: 'Uczniowie zawodu wspólnie przygotowują się do szkoły zawodowej i egzaminów – pod okiem praktyków.',
    },
    ru: {
      title: 'Учебная поддержка для учеников профобучения',
      summary:
        'Ученики вместе готовятся к занятиям в профессиональной школе и к экзаменам – под руководством практиков.',
    },
    uk: {
      title: 'Навчальна підтримка для учнів профнавчання',
      summary: 'Учні разом готуються до занять у професійній школі та до іспитів – під супроводом практиків.',
    },
  },
  {
    de: {
      title: 'Kampagnenwerkstatt: Potenziale sichtbar machen',
      summary:
        'Betriebe, Schulen und Verwaltungen entwickeln gemeinsam Bilder und Geschichten, die Talente zeigen statt Probleme.',
    },
    en: {
      title: 'Campaign workshop: making potential visible',
      summary:
        'Companies, schools and administrations work together on images and stories that show talents instead of problems.',
    },
    tr: {
      title: 'Kampanya atölyesi: potansiyelleri görünür kılmak',
      summary:
        'İşletmeler, okullar ve kamu kurumları sorunları değil yetenekleri gösteren görseller ve hikâyeler geliştiriyor.',
    },
    ar: {
      title: 'ورشة حملة: إظهار الإمكانات',
      summary: 'تطوّر الشركات والمدارس والإدارات معًا صورًا وقصصًا تُبرز المواهب بدلًا من المشكلات.',
    },
    pl: {
      title: 'Warsztat kampanii: pokazać potencjał',
      summary: 'Firmy, szkoły i urzędy wspólnie tworzą obrazy i historie, które pokazują talenty zamiast problemów.',
    },
    ru: {
      title: 'Мастерская кампании: показать потенциал',
      summary:
        'Предприятия, школы и администрации вместе создают образы и истории, которые показывают таланты, а не проблемы.',
    },
    uk: {
      title: 'Майстерня кампанії: показати потенціал',
      summary:
        'Підприємства, школи та адміністрації разом створюють образи й історії, які показують таланти, а не проблеми.',
    },
  },
  {
    de: {
      title: 'Wirkung messen: Monitoring für Integrationsprojekte',
      summary:
        'Verwaltungen und Projektträger lernen, Ziele messbar zu formulieren und Ergebnisse ohne großen Aufwand zu erfassen.',
    },
    en: {
      title: 'Measuring impact: monitoring for integration projects',
      summary:
        'Administrations and project organisers learn to set measurable goals and record results without much effort.',
    },
    tr: {
      title: 'Etkiyi ölçmek: uyum projeleri için izleme',
      summary:
        'Kamu kurumları ve proje yürütücüleri hedefleri ölçülebilir biçimde koymayı ve sonuçları fazla emek harcamadan kaydetmeyi öğreniyor.',
    },
    ar: {
      title: 'قياس الأثر: متابعة مشاريع الاندماج',
      summary: 'تتعلّم الإدارات والجهات المنفّذة للمشاريع صياغة أهداف قابلة للقياس وتوثيق النتائج دون جهد كبير.',
    },
    pl: {
      title: 'Mierzenie efektów: monitoring projektów integracyjnych',
      summary:
        'Urzędy i realizatorzy projektów uczą się formułować mierzalne cele i bez dużego nakładu pracy rejestrować wyniki.',
    },
    ru: {
      title: 'Измерять результат: мониторинг интеграционных проектов',
      summary:
        'Администрации и организаторы проектов учатся ставить измеримые цели и без больших усилий фиксировать результаты.',
    },
    uk: {
      title: 'Вимірювати результат: моніторинг інтеграційних проєктів',
      summary:
        'Адміністрації та виконавці проєктів вчаться ставити вимірювані цілі й без великих зусиль фіксувати результати.',
    },
  },
  {
    de: {
      title: 'Teilqualifizierung mit Abschlussperspektive in {city}',
      summary:
        'Junge Erwachsene ohne Berufsabschluss holen ihn Schritt für Schritt nach – in Teilzeit und mit Begleitung.',
    },
    en: {
      title: 'Partial qualifications towards a vocational qualification in {city}',
      summary: 'Young adults without a vocational qualification gain one step by step – part-time and with support.',
    },
    tr: {
      title: 'Meslek diplomasına giden kısmi yeterlilikler – {city}',
      summary: 'Meslek diploması olmayan genç yetişkinler onu adım adım tamamlıyor – yarı zamanlı ve destekle.',
    },
    ar: {
      title: 'تأهيل جزئي يؤدي إلى شهادة مهنية – {city}',
      summary: 'يحصل الشباب البالغون الذين لا يملكون شهادة مهنية عليها خطوة بخطوة، بدوام جزئي ومع مرافقة.',
    },
    pl: {
      title: 'Kwalifikacje cząstkowe z perspektywą dyplomu zawodowego – {city}',
      summary:
        'Młodzi dorośli bez wykształcenia zawodowego zdobywają je krok po kroku – w niepełnym wymiarze godzin i ze wsparciem.',
    },
    ru: {
      title: 'Частичная квалификация с перспективой получения профессии – {city}',
      summary:
        'Молодые взрослые без профессионального образования получают его шаг за шагом – в режиме неполного дня и при поддержке.',
    },
    uk: {
      title: 'Часткова кваліфікація з перспективою здобуття професії – {city}',
      summary:
        'Молоді дорослі без професійної освіти здобувають її крок за кроком – у режимі неповного дня та з підтримкою.',
    },
  },
  {
    de: {
      title: 'Qualitätsstandard Vielfalt für Schulen',
      summary: 'Begleitung für Schulleitungen und Steuergruppen auf dem Weg zu einem sichtbaren Qualitätsstandard.',
    },
    en: {
      title: 'Diversity quality standard for schools',
      summary: 'Support for school leaders and steering groups on the way to a visible quality standard.',
    },
    tr: {
      title: 'Okullar için çeşitlilik kalite standardı',
      summary: 'Okul yönetimlerine ve yönlendirme gruplarına görünür bir kalite standardına giden yolda eşlik.',
    },
    ar: {
      title: 'معيار جودة التنوع للمدارس',
      summary: 'مرافقة لإدارات المدارس وفرق التوجيه في الطريق إلى معيار جودة واضح.',
    },
    pl: {
      title: 'Standard jakości różnorodności dla szkół',
      summary: 'Wsparcie dla dyrekcji szkół i zespołów sterujących na drodze do widocznego standardu jakości.',
    },
    ru: {
      title: 'Стандарт качества «Многообразие» для школ',
      summary: 'Сопровождение руководства школ и рабочих групп на пути к заметному стандарту качества.',
    },
    uk: {
      title: 'Стандарт якості «Різноманіття» для шкіл',
      summary: 'Супровід керівництва шкіл і робочих груп на шляху до помітного стандарту якості.',
    },
  },
  {
    de: {
      title: 'Sprachtalente für das Handwerk in {city}',
      summary:
        'Betriebe, die zweisprachige Auszubildende suchen, bekommen passende Vorschläge aus Schulen und Jugendberufshilfe der ganzen Region.',
    },
    en: {
      title: 'Language talents for skilled trades in {city}',
      summary:
        'Companies looking for bilingual apprentices receive suitable suggestions from schools and youth employment services across the region.',
    },
    tr: {
      title: 'Zanaat işletmeleri için dil yetenekleri – {city}',
      summary:
        'İki dilli çırak arayan işletmeler, bölgedeki okullardan ve gençlere yönelik meslek yardım kurumlarından uygun öneriler alıyor.',
    },
    ar: {
      title: 'مواهب لغوية للحِرف – {city}',
      summary:
        'تحصل الشركات التي تبحث عن متدربين ثنائيي اللغة على اقتراحات مناسبة من المدارس ومؤسسات دعم الشباب المهني في المنطقة كلها.',
    },
    pl: {
      title: 'Talenty językowe dla rzemiosła – {city}',
      summary:
        'Firmy szukające dwujęzycznych uczniów zawodu otrzymują odpowiednie propozycje ze szkół i instytucji wspierających młodzież w całym regionie.',
    },
    ru: {
      title: 'Языковые таланты для ремесла – {city}',
      summary:
        'Предприятия, которые ищут двуязычных учеников, получают подходящие кандидатуры из школ и служб профессиональной помощи молодёжи всего региона.',
    },
    uk: {
      title: 'Мовні таланти для ремесла – {city}',
      summary:
        'Підприємства, які шукають двомовних учнів, отримують відповідні кандидатури зі шкіл і служб професійної допомоги молоді всього регіону.',
    },
  },
  {
    de: {
      title: 'Online-Impuls: Interkulturelle Kompetenz für Ausbildende',
      summary:
        'Ein kurzer Impuls und viel Zeit für Fragen: wie Ausbildung in vielfältigen Teams gelingt – bequem vom Arbeitsplatz aus.',
    },
    en: {
      title: 'Online input: intercultural competence for trainers',
      summary:
        'A short talk and plenty of time for questions: how training succeeds in diverse teams – from the comfort of your workplace.',
    },
    tr: {
      title: 'Çevrim içi sunum: eğitmenler için kültürlerarası yetkinlik',
      summary:
        'Kısa bir sunum ve sorular için bolca zaman: çeşitlilik içeren ekiplerde meslek eğitimi nasıl başarılı olur – işyerinizden rahatça katılın.',
    },
    ar: {
      title: 'مداخلة عبر الإنترنت: الكفاءة بين الثقافات للمدرّبين',
      summary: 'مداخلة قصيرة ووقت واسع للأسئلة: كيف ينجح التدريب المهني في فرق متنوعة، وأنتم في مكان عملكم.',
    },
    pl: {
      title: 'Wystąpienie online: kompetencje międzykulturowe dla instruktorów',
      summary:
        'Krótkie wystąpienie i dużo czasu na pytania: jak skutecznie szkolić w zróżnicowanych zespołach – wygodnie z miejsca pracy.',
    },
    ru: {
      title: 'Онлайн-доклад: межкультурная компетентность для наставников',
      summary:
        'Короткий доклад и много времени для вопросов: как успешно обучать в многообразных командах – не выходя с рабочего места.',
    },
    uk: {
      title: 'Онлайн-доповідь: міжкультурна компетентність для наставників',
      summary:
        'Коротка доповідь і багато часу для запитань: як успішно навчати в різноманітних командах – не виходячи з робочого місця.',
    },
  },
  {
    de: {
      title: 'Sprechstunde: Zum ersten Mal ausbilden',
      summary:
        'In kleiner Runde klären Inhaberinnen und Inhaber ihre Fragen zu Ausbildereignung, Vertrag und Fördermitteln.',
    },
    en: {
      title: 'Drop-in session: training apprentices for the first time',
      summary:
        'In a small group, business owners get answers to their questions about trainer qualifications, contracts and funding.',
    },
    tr: {
      title: 'Danışma saati: ilk kez çırak yetiştirmek',
      summary:
        'İşletme sahipleri küçük bir grupta eğitmen yeterliliği, sözleşme ve destek fonlarıyla ilgili sorularını netleştiriyor.',
    },
    ar: {
      title: 'ساعة استشارات: التدريب المهني لأول مرة',
      summary: 'يطرح أصحاب الشركات في مجموعة صغيرة أسئلتهم حول أهلية التدريب والعقد وإمكانات الدعم المالي.',
    },
    pl: {
      title: 'Dyżur: pierwszy raz szkolisz ucznia',
      summary:
        'W małym gronie właścicielki i właściciele firm wyjaśniają pytania dotyczące uprawnień instruktora, umowy i dofinansowania.',
    },
    ru: {
      title: 'Консультационный час: впервые берём ученика',
      summary:
        'В небольшом кругу владельцы предприятий получают ответы на вопросы о квалификации наставника, договоре и мерах поддержки.',
    },
    uk: {
      title: 'Консультаційна година: вперше беремо учня',
      summary:
        'У невеликому колі власники підприємств отримують відповіді на питання про кваліфікацію наставника, договір і заходи підтримки.',
    },
  },
  {
    de: {
      title: 'Prüfungsfit: Lerntag für Auszubildende',
      summary: 'Ein Lerntag vor den Abschlussprüfungen mit Übungsaufgaben und Tipps gegen Prüfungsangst.',
    },
    en: {
      title: 'Exam-ready: a study day for apprentices',
      summary: 'A study day before the final exams with practice tasks and tips against exam nerves.',
    },
    tr: {
      title: 'Sınava hazır: çıraklar için çalışma günü',
      summary:
        'Bitirme sınavlarından önce alıştırma soruları ve sınav kaygısına karşı ipuçlarıyla dolu bir çalışma günü.',
    },
    ar: {
      title: 'جاهز للامتحان: يوم دراسي للمتدربين',
      summary: 'يوم دراسي قبل الامتحانات النهائية مع تمارين ونصائح للتغلّب على قلق الامتحان.',
    },
    pl: {
      title: 'Gotowi do egzaminu: dzień nauki dla uczniów zawodu',
      summary:
        'Dzień nauki przed egzaminami końcowymi – z zadaniami do ćwiczeń i wskazówkami, jak poradzić sobie ze stresem.',
    },
    ru: {
      title: 'Готовы к экзамену: учебный день для учеников',
      summary: 'Учебный день перед выпускными экзаменами: тренировочные задания и советы, как справиться с волнением.',
    },
    uk: {
      title: 'Готові до іспиту: навчальний день для учнів',
      summary: 'Навчальний день перед випускними іспитами: тренувальні завдання та поради, як упоратися з хвилюванням.',
    },
  },
  {
    de: {
      title: 'Netzwerktreffen Übergang Schule–Beruf {city}',
      summary:
        'Das Netzwerktreffen bringt Träger, Schulen und Verwaltung aus {city} zusammen und stellt neue Angebote im Katalog vor.',
    },
    en: {
      title: 'Network meeting on the transition from school to work – {city}',
      summary:
        'The network meeting brings together organisations, schools and the administration of {city} and presents new offers in the catalogue.',
    },
    tr: {
      title: 'Okuldan mesleğe geçiş ağ buluşması – {city}',
      summary:
        'Ağ buluşması, {city} kentindeki kurumları, okulları ve belediyeyi bir araya getiriyor ve katalogdaki yeni hizmetleri tanıtıyor.',
    },
    ar: {
      title: 'لقاء شبكة الانتقال من المدرسة إلى المهنة – {city}',
      summary: 'يجمع لقاء الشبكة المؤسسات والمدارس والإدارة في مدينة {city}، ويعرّف بالعروض الجديدة في الدليل.',
    },
    pl: {
      title: 'Spotkanie sieci: przejście ze szkoły do zawodu – {city}',
      summary:
        'Spotkanie sieci łączy organizacje, szkoły i administrację miasta {city} oraz przedstawia nowe oferty w katalogu.',
    },
    ru: {
      title: 'Встреча сети «Переход из школы в профессию» – {city}',
      summary:
        'Встреча сети объединяет организации, школы и администрацию города {city} и представляет новые предложения в каталоге.',
    },
    uk: {
      title: 'Зустріч мережі «Перехід від школи до професії» – {city}',
      summary:
        'Зустріч мережі об’єднує організації, школи й адміністрацію міста {city} та представляє нові пропозиції в каталозі.',
    },
  },
  {
    de: {
      title: 'Stadt {city} – Kommunales Integrationszentrum',
      summary:
        'Das Kommunale Integrationszentrum der Stadt {city} berät Zugewanderte, Schulen und Betriebe und bringt die Angebote der Stadt rund um Ausbildung und Arbeit zusammen.',
    },
    en: {
      title: 'City of {city} – Municipal Integration Centre',
      summary:
        'The municipal integration centre of the city of {city} advises immigrants, schools and companies and brings together the city’s services around training and work.',
    },
    tr: {
      title: '{city} Belediyesi – Yerel Uyum Merkezi',
      summary:
        '{city} Belediyesi Yerel Uyum Merkezi göçmenlere, okullara ve işletmelere danışmanlık yapıyor ve kentin meslek eğitimi ve iş alanındaki hizmetlerini bir araya getiriyor.',
    },
    ar: {
      title: 'مدينة {city} – المركز البلدي للاندماج',
      summary:
        'يقدّم المركز البلدي للاندماج في مدينة {city} الاستشارات للمهاجرين والمدارس والشركات، ويجمع عروض المدينة في مجال التدريب المهني والعمل.',
    },
    pl: {
      title: 'Miasto {city} – Komunalne Centrum Integracji',
      summary:
        'Komunalne Centrum Integracji miasta {city} doradza imigrantom, szkołom i firmom oraz łączy oferty miasta związane z nauką zawodu i pracą.',
    },
    ru: {
      title: 'Город {city} – Муниципальный центр интеграции',
      summary:
        'Муниципальный центр интеграции города {city} консультирует иммигрантов, школы и предприятия и объединяет предложения города в сфере профобучения и работы.',
    },
    uk: {
      title: 'Місто {city} – Муніципальний центр інтеграції',
      summary:
        'Муніципальний центр інтеграції міста {city} консультує іммігрантів, школи й підприємства та об’єднує пропозиції міста у сфері профнавчання та роботи.',
    },
  },
];
