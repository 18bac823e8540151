import type { City } from '../../../region/index.js';
import type { TranslationLocale } from '../../../modules/catalogue/tables.js';
import { TEMPLATE_TRANSLATION_SETS } from './template-translations.js';
import type { TranslatedText, TranslationSet } from './translation-set.js';

/**
 * Human-written translations of selected German titles and summaries. An entry whose German
 * title and summary match one of these may carry some or all of the translations; the body
 * stays German (the page shows it with the fallback note). "(Demo)" stays as it is in every
 * language, so fictional programmes remain recognisable.
 */
export type { TranslatedText, TranslationSet } from './translation-set.js';

export const TRANSLATION_SETS: readonly TranslationSet[] = [
  {
    de: {
      title: 'Bewerbungstraining für junge Geflüchtete',
      summary:
        'In kleinen Gruppen üben junge Menschen Anschreiben, Lebenslauf und Vorstellungsgespräch – mit Blick auf ihre Stärken und Sprachen.',
    },
    en: {
      title: 'Application training for young refugees',
      summary:
        'In small groups, young people practise cover letters, CVs and job interviews – with a focus on their strengths and languages.',
    },
    tr: {
      title: 'Genç mülteciler için başvuru eğitimi',
      summary:
        'Gençler küçük gruplar halinde ön yazı, özgeçmiş ve iş görüşmesi üzerine çalışıyor – güçlü yanlarına ve konuştukları dillere odaklanarak.',
    },
    ar: {
      title: 'تدريب على طلبات التوظيف للشباب اللاجئين',
      summary:
        'يتدرّب الشباب في مجموعات صغيرة على كتابة رسالة التقديم والسيرة الذاتية وعلى مقابلة العمل، مع التركيز على نقاط قوتهم واللغات التي يتحدثونها.',
    },
    pl: {
      title: 'Trening aplikacyjny dla młodych uchodźców',
      summary:
        'W małych grupach młodzi ludzie ćwiczą pisanie listu motywacyjnego i CV oraz rozmowę kwalifikacyjną – z naciskiem na swoje mocne strony i znajomość języków.',
    },
    ru: {
      title: 'Тренинг по трудоустройству для молодых беженцев',
      summary:
        'В небольших группах молодые люди учатся писать сопроводительное письмо и резюме и готовятся к собеседованию – с опорой на свои сильные стороны и знание языков.',
    },
    uk: {
      title: 'Тренінг із працевлаштування для молодих біженців',
      summary:
        'У невеликих групах молоді люди вчаться писати супровідний лист і резюме та готуються до співбесіди – з опорою на свої сильні сторони та знання мов.',
    },
  },
  {
    de: {
      title: 'Beratung zur Anerkennung ausländischer Abschlüsse',
      summary:
        'Wir klären, welche Stelle zuständig ist, welche Unterlagen gebraucht werden und welche Kosten entstehen – auf Wunsch in mehreren Sprachen.',
    },
    en: {
      title: 'Advice on the recognition of foreign qualifications',
      summary:
        'We clarify which authority is responsible, which documents are needed and what it will cost – in several languages if you wish.',
    },
    tr: {
      title: 'Yurt dışında alınan diplomaların tanınması konusunda danışmanlık',
      summary:
        'Hangi kurumun yetkili olduğunu, hangi belgelerin gerektiğini ve ne kadar masraf çıkacağını birlikte netleştiriyoruz – istenirse birden fazla dilde.',
    },
    ar: {
      title: 'استشارات حول الاعتراف بالشهادات الأجنبية',
      summary: 'نوضّح لك الجهة المختصة والمستندات المطلوبة والتكاليف المترتبة، وبعدة لغات إذا رغبت.',
    },
    pl: {
      title: 'Doradztwo w sprawie uznawania zagranicznych kwalifikacji',
      summary:
        'Wyjaśniamy, który urząd jest właściwy, jakie dokumenty są potrzebne i jakie koszty powstaną – na życzenie w kilku językach.',
    },
    ru: {
      title: 'Консультация по признанию иностранных дипломов',
      summary:
        'Мы поможем выяснить, какое ведомство отвечает за признание, какие документы нужны и сколько это будет стоить, – по желанию на нескольких языках.',
    },
    uk: {
      title: 'Консультація щодо визнання іноземних дипломів',
      summary:
        "Ми допоможемо з'ясувати, яка установа відповідає за визнання, які документи потрібні та скільки це коштуватиме, – за бажанням кількома мовами.",
    },
  },
  {
    de: {
      title: 'Elternabend Berufsorientierung – mehrsprachig',
      summary:
        'Eltern erfahren in ihrer Sprache, wie die duale Ausbildung funktioniert und wie sie ihre Kinder bei der Berufswahl stärken können.',
    },
    en: {
      title: "Multilingual parents' evening on career orientation",
      summary:
        'Parents learn in their own language how dual vocational training works and how they can support their children in choosing a career.',
    },
    tr: {
      title: 'Meslek seçimi üzerine çok dilli veli akşamı',
      summary:
        'Veliler, ikili mesleki eğitimin nasıl işlediğini ve çocuklarını meslek seçiminde nasıl destekleyebileceklerini kendi dillerinde öğreniyor.',
    },
    ar: {
      title: 'أمسية متعددة اللغات لأولياء الأمور حول التوجيه المهني',
      summary: 'يتعرّف أولياء الأمور بلغتهم على نظام التدريب المهني المزدوج وعلى كيفية دعم أبنائهم في اختيار المهنة.',
    },
    pl: {
      title: 'Wielojęzyczne spotkanie dla rodziców o wyborze zawodu',
      summary:
        'Rodzice dowiadują się w swoim języku, jak działa dualny system kształcenia zawodowego i jak mogą wspierać dzieci w wyborze zawodu.',
    },
    ru: {
      title: 'Многоязычный родительский вечер по профориентации',
      summary:
        'Родители узнают на родном языке, как устроено дуальное профессиональное обучение и как поддержать детей в выборе профессии.',
    },
    uk: {
      title: 'Багатомовний батьківський вечір із профорієнтації',
      summary:
        'Батьки дізнаються рідною мовою, як влаштоване дуальне професійне навчання та як підтримати дітей у виборі професії.',
    },
  },
  {
    de: {
      title: 'Berufsbezogenes Deutsch für Auszubildende',
      summary:
        'Ausbildungsbegleitender Kurs für Fachsprache, Prüfungsaufgaben und Berichtsheft – abends oder online, passend zum Schichtplan.',
    },
    en: {
      title: 'Job-related German for apprentices',
      summary:
        'A course alongside the apprenticeship covering technical language, exam tasks and the training log – in the evening or online, to fit around shifts.',
    },
    tr: {
      title: 'Meslek eğitimindeki gençler için mesleki Almanca',
      summary:
        'Meslek eğitimine paralel kurs: mesleki dil, sınav soruları ve eğitim raporu – akşamları ya da çevrim içi, vardiya planına uygun.',
    },
    ar: {
      title: 'اللغة الألمانية المهنية للمتدربين',
      summary:
        'دورة موازية للتدريب المهني حول لغة الاختصاص وأسئلة الامتحانات ودفتر التقارير، مساءً أو عبر الإنترنت بما يناسب جدول المناوبات.',
    },
    pl: {
      title: 'Niemiecki zawodowy dla uczniów zawodu',
      summary:
        'Kurs równoległy do nauki zawodu: język fachowy, zadania egzaminacyjne i dziennik praktyk – wieczorami lub online, dopasowany do grafiku zmian.',
    },
    ru: {
      title: 'Профессиональный немецкий для учеников профобучения',
      summary:
        'Курс параллельно с обучением: профессиональная лексика, экзаменационные задания и отчётный дневник – вечером или онлайн, с учётом графика смен.',
    },
    uk: {
      title: 'Професійна німецька для учнів профнавчання',
      summary:
        'Курс паралельно з навчанням: фахова лексика, екзаменаційні завдання та звітний щоденник – увечері або онлайн, з урахуванням графіка змін.',
    },
  },
  {
    de: {
      title: 'Coaching bei Krisen in der Ausbildung',
      summary:
        'Wenn es in Betrieb, Berufsschule oder Familie schwierig wird, finden Auszubildende hier vertraulich Rat – bevor sie ans Aufhören denken.',
    },
    en: {
      title: 'Coaching for difficult times during an apprenticeship',
      summary:
        'When things get hard at work, at vocational school or at home, apprentices find confidential advice here – before they think about giving up.',
    },
    tr: {
      title: 'Meslek eğitiminde zor dönemler için koçluk',
      summary:
        'İş yerinde, meslek okulunda ya da ailede işler zorlaştığında çıraklar burada gizlilik içinde destek buluyor – bırakmayı düşünmeden önce.',
    },
    ar: {
      title: 'إرشاد في الأوقات الصعبة خلال التدريب المهني',
      summary:
        'عندما تصبح الأمور صعبة في مكان العمل أو في المدرسة المهنية أو في العائلة، يجد المتدربون هنا مشورة سرية قبل أن يفكروا في التوقف.',
    },
    pl: {
      title: 'Coaching w trudnych sytuacjach podczas nauki zawodu',
      summary:
        'Gdy w zakładzie, w szkole zawodowej lub w rodzinie robi się trudno, osoby uczące się zawodu znajdą tu poufne wsparcie – zanim pomyślą o rezygnacji.',
    },
    ru: {
      title: 'Коучинг в кризисных ситуациях во время обучения',
      summary:
        'Если на работе, в профессиональной школе или в семье становится трудно, ученики получают здесь конфиденциальную поддержку – прежде чем задуматься о том, чтобы бросить обучение.',
    },
    uk: {
      title: 'Коучинг у кризових ситуаціях під час навчання',
      summary:
        'Якщо на роботі, у професійній школі чи в родині стає важко, учні отримують тут конфіденційну підтримку – перш ніж задуматися про те, щоб покинути навчання.',
    },
  },
  {
    de: {
      title: 'Ausbildungsbetrieb werden: Beratung für Unternehmen von Zugewanderten',
      summary:
        'Inhaberinnen und Inhaber, die selbst zugewandert sind, erhalten Beratung zu Ausbildereignung, Formalitäten und Fördermitteln – auf Wunsch auch auf Türkisch oder Arabisch.',
    },
    en: {
      title: 'Becoming a training company: advice for businesses run by immigrants',
      summary:
        'Business owners who have themselves moved to Germany receive advice on trainer qualification, formalities and funding – in Turkish or Arabic if they wish.',
    },
    tr: {
      title: 'Eğitim veren işletme olmak: göçmen girişimcilere danışmanlık',
      summary:
        'Kendisi de göç etmiş işletme sahipleri; eğitmen yeterliliği, resmî işlemler ve teşvikler konusunda danışmanlık alıyor – istenirse Türkçe veya Arapça.',
    },
    ar: {
      title: 'كن منشأة تدريب: استشارات للمشاريع التي يملكها مهاجرون',
      summary:
        'يحصل أصحاب المشاريع الذين هاجروا بأنفسهم على استشارات حول أهلية التدريب والإجراءات الرسمية وفرص الدعم المالي، باللغة التركية أو العربية إذا رغبوا.',
    },
    pl: {
      title: 'Zostań zakładem szkolącym: doradztwo dla firm prowadzonych przez imigrantów',
      summary:
        'Właściciele firm, którzy sami przyjechali do Niemiec, otrzymują porady dotyczące uprawnień do szkolenia, formalności i dofinansowania – na życzenie także po turecku lub arabsku.',
    },
    ru: {
      title: 'Стать обучающим предприятием: консультации для предпринимателей-иммигрантов',
      summary:
        'Владельцы предприятий, которые сами переехали в Германию, получают консультации по квалификации наставника, формальностям и программам поддержки – по желанию на турецком или арабском языке.',
    },
    uk: {
      title: 'Стати навчальним підприємством: консультації для підприємців-іммігрантів',
      summary:
        'Власники підприємств, які самі переїхали до Німеччини, отримують консультації щодо кваліфікації наставника, формальностей і програм підтримки – за бажанням турецькою або арабською мовою.',
    },
  },
  {
    de: {
      title: 'Leitfaden: Kultursensibel einstellen in kleinen Betrieben',
      summary:
        'Wie kleine und mittlere Unternehmen mehr Talente erreichen: von der Stellenanzeige über das Gespräch bis zur Einarbeitung.',
    },
    en: {
      title: 'Guide: culture-sensitive hiring in small businesses',
      summary:
        'How small and medium-sized enterprises reach more talent: from the job advertisement and the interview to onboarding.',
    },
    tr: {
      title: 'Rehber: Küçük işletmelerde kültüre duyarlı işe alım',
      summary:
        'Küçük ve orta ölçekli işletmeler daha fazla yeteneğe nasıl ulaşır: iş ilanından mülakata ve işe alıştırmaya kadar.',
    },
    ar: {
      title: 'دليل: التوظيف المراعي للتنوع الثقافي في الشركات الصغيرة',
      summary:
        'كيف تصل الشركات الصغيرة والمتوسطة إلى مزيد من المواهب: من إعلان الوظيفة إلى المقابلة وحتى مرحلة الاندماج في العمل.',
    },
    pl: {
      title: 'Poradnik: zatrudnianie z wrażliwością kulturową w małych firmach',
      summary:
        'Jak małe i średnie przedsiębiorstwa mogą dotrzeć do większej liczby talentów: od ogłoszenia o pracę, przez rozmowę, aż po wdrożenie.',
    },
    ru: {
      title: 'Руководство: культурно-чувствительный подбор персонала на малых предприятиях',
      summary:
        'Как малым и средним предприятиям привлечь больше талантов: от объявления о вакансии и собеседования до адаптации на рабочем месте.',
    },
    uk: {
      title: 'Посібник: культурно чутливий добір персоналу на малих підприємствах',
      summary:
        'Як малим і середнім підприємствам залучити більше талантів: від оголошення про вакансію та співбесіди до адаптації на робочому місці.',
    },
  },
  {
    de: {
      title: 'Anonymisierte Bewerbungen einführen: ein Praxisleitfaden',
      summary:
        'Was ein anonymisiertes Bewerbungsverfahren ist, wie Betriebe und Verwaltungen es in wenigen Wochen einführen und was es bringt.',
    },
    en: {
      title: 'Introducing anonymised applications: a practical guide',
      summary:
        'What an anonymised application procedure is, how companies and administrations can introduce it within a few weeks, and what it achieves.',
    },
    tr: {
      title: 'Anonim başvuru sürecine geçiş: uygulama rehberi',
      summary:
        'Anonim başvuru süreci nedir, işletmeler ve kamu kurumları bunu birkaç hafta içinde nasıl uygular ve ne kazandırır?',
    },
    ar: {
      title: 'اعتماد طلبات التوظيف مجهولة الهوية: دليل عملي',
      summary: 'ما هو إجراء التقديم مجهول الهوية، وكيف تعتمده الشركات والإدارات خلال أسابيع قليلة، وما الفائدة منه.',
    },
    pl: {
      title: 'Wprowadzanie anonimowych aplikacji: praktyczny poradnik',
      summary:
        'Czym jest anonimowa rekrutacja, jak firmy i urzędy mogą ją wprowadzić w ciągu kilku tygodni i co dzięki niej zyskują.',
    },
    ru: {
      title: 'Как ввести анонимные заявки: практическое руководство',
      summary:
        'Что такое анонимная процедура отбора, как предприятия и администрации могут внедрить её за несколько недель и что она даёт.',
    },
    uk: {
      title: 'Як запровадити анонімні заявки: практичний посібник',
      summary:
        'Що таке анонімна процедура відбору, як підприємства та адміністрації можуть запровадити її за кілька тижнів і що вона дає.',
    },
  },
  {
    de: {
      title: 'Elterncafé: Wege in die Ausbildung',
      summary:
        'Eltern erfahren in ihrer Sprache, wie Ausbildung in Deutschland funktioniert, und sprechen mit Auszubildenden aus der Nachbarschaft.',
    },
    en: {
      title: "Parents' café: pathways into vocational training",
      summary:
        'Parents learn in their own language how vocational training works in Germany and talk to apprentices from the neighbourhood.',
    },
    tr: {
      title: 'Veli kafesi: Meslek eğitimine giden yollar',
      summary:
        "Veliler, Almanya'da meslek eğitiminin nasıl işlediğini kendi dillerinde öğreniyor ve mahalleden çıraklarla sohbet ediyor.",
    },
    ar: {
      title: 'مقهى أولياء الأمور: طرق إلى التدريب المهني',
      summary: 'يتعرّف أولياء الأمور بلغتهم على نظام التدريب المهني في ألمانيا ويتحدثون مع متدربين من الحي.',
    },
    pl: {
      title: 'Kawiarenka dla rodziców: drogi do nauki zawodu',
      summary:
        'Rodzice dowiadują się w swoim języku, jak wygląda nauka zawodu w Niemczech, i rozmawiają z uczniami zawodu z sąsiedztwa.',
    },
    ru: {
      title: 'Родительское кафе: пути в профессиональное обучение',
      summary:
        'Родители узнают на родном языке, как устроено профессиональное обучение в Германии, и общаются с учениками из своего района.',
    },
    uk: {
      title: 'Батьківське кафе: шляхи до професійного навчання',
      summary:
        'Батьки дізнаються рідною мовою, як влаштоване професійне навчання в Німеччині, та спілкуються з учнями зі свого району.',
    },
  },
  {
    de: {
      title: 'Azubi-Speed-Dating',
      summary:
        'Jugendliche und Betriebe lernen sich in kurzen Gesprächen kennen – Stärken und Sprachen zählen mehr als Noten.',
    },
    en: {
      title: 'Apprenticeship speed dating',
      summary:
        'Young people and companies get to know each other in short conversations – strengths and languages count for more than grades.',
    },
    tr: {
      title: 'Çırak adaylarıyla hızlı tanışma',
      summary: 'Gençler ve işletmeler kısa görüşmelerde tanışıyor – güçlü yanlar ve diller notlardan daha önemli.',
    },
    ar: {
      title: 'لقاءات تعارف سريعة بين الشباب وشركات التدريب',
      summary: 'يتعارف الشباب والشركات في محادثات قصيرة، وتُحتسب نقاط القوة واللغات أكثر من الدرجات المدرسية.',
    },
    pl: {
      title: 'Speed dating: młodzi ludzie poznają zakłady szkolące',
      summary:
        'Młodzi ludzie i firmy poznają się w krótkich rozmowach – mocne strony i znajomość języków liczą się bardziej niż oceny.',
    },
    ru: {
      title: 'Спид-дейтинг для будущих учеников и работодателей',
      summary:
        'Молодые люди и предприятия знакомятся в коротких беседах – сильные стороны и знание языков важнее оценок.',
    },
    uk: {
      title: 'Спід-дейтинг для майбутніх учнів і роботодавців',
      summary:
        'Молоді люди та підприємства знайомляться під час коротких розмов – сильні сторони та знання мов важать більше за оцінки.',
    },
  },
  {
    de: {
      title: 'Erstausbildung im Kleinbetrieb (Demo)',
      summary: 'Ein Zuschuss für Betriebe, die erstmals einen Ausbildungsplatz schaffen.',
    },
    en: {
      title: 'First apprenticeship in a small business (Demo)',
      summary: 'A grant for businesses that create an apprenticeship place for the first time.',
    },
    tr: {
      title: 'Küçük işletmede ilk çıraklık eğitimi (Demo)',
      summary: 'İlk kez çıraklık kontenjanı oluşturan işletmeler için bir hibe.',
    },
    ar: {
      title: 'التدريب المهني الأول في المنشآت الصغيرة (Demo)',
      summary: 'منحة للمنشآت التي تستحدث مقعد تدريب مهني لأول مرة.',
    },
    pl: {
      title: 'Pierwsze miejsce nauki zawodu w małej firmie (Demo)',
      summary: 'Dotacja dla firm, które po raz pierwszy tworzą miejsce nauki zawodu.',
    },
    ru: {
      title: 'Первое место профобучения на малом предприятии (Demo)',
      summary: 'Субсидия для предприятий, которые впервые создают место для профессионального обучения.',
    },
    uk: {
      title: 'Перше місце профнавчання на малому підприємстві (Demo)',
      summary: 'Субсидія для підприємств, які вперше створюють місце для професійного навчання.',
    },
  },
  {
    de: {
      title: 'Koordinierungsstelle Integration.Interkommunal',
      summary:
        'Die Koordinierungsstelle der Städtekooperation Integration.Interkommunal betreibt diese Plattform, prüft Einträge und bringt die sieben Städte zusammen.',
    },
    en: {
      title: 'Coordination Office Integration.Interkommunal',
      summary:
        'The coordination office of the city cooperation Integration.Interkommunal runs this platform, reviews entries and brings the seven cities together.',
    },
    tr: {
      title: 'Integration.Interkommunal Koordinasyon Ofisi',
      summary:
        'Integration.Interkommunal şehirler iş birliğinin koordinasyon ofisi bu platformu işletiyor, kayıtları inceliyor ve yedi şehri bir araya getiriyor.',
    },
    ar: {
      title: 'مكتب تنسيق Integration.Interkommunal',
      summary:
        'يدير مكتب تنسيق تعاون المدن Integration.Interkommunal هذه المنصة، ويراجع الإدخالات، ويجمع المدن السبع معًا.',
    },
    pl: {
      title: 'Biuro koordynacyjne Integration.Interkommunal',
      summary:
        'Biuro koordynacyjne współpracy miast Integration.Interkommunal prowadzi tę platformę, sprawdza wpisy i łączy siedem miast.',
    },
    ru: {
      title: 'Координационное бюро Integration.Interkommunal',
      summary:
        'Координационное бюро союза городов Integration.Interkommunal ведёт эту платформу, проверяет записи и объединяет семь городов.',
    },
    uk: {
      title: 'Координаційне бюро Integration.Interkommunal',
      summary:
        "Координаційне бюро об'єднання міст Integration.Interkommunal веде цю платформу, перевіряє записи та об'єднує сім міст.",
    },
  },
];

/** The seven cities as each language writes them (German spelling in Latin-script languages). */
export const CITY_NAMES: Readonly<Record<'de' | TranslationLocale, Readonly<Record<City, string>>>> = (() => {
  const latin: Record<City, string> = {
    bochum: 'Bochum',
    dortmund: 'Dortmund',
    duisburg: 'Duisburg',
    essen: 'Essen',
    gelsenkirchen: 'Gelsenkirchen',
    muelheim: 'Mülheim an der Ruhr',
    oberhausen: 'Oberhausen',
  };
  return {
    de: latin,
    en: latin,
    tr: latin,
    pl: latin,
    ar: {
      bochum: 'بوخوم',
      dortmund: 'دورتموند',
      duisburg: 'دويسبورغ',
      essen: 'إيسن',
      gelsenkirchen: 'غيلزنكيرشن',
      muelheim: 'مولهايم آن دير رور',
      oberhausen: 'أوبرهاوزن',
    },
    ru: {
      bochum: 'Бохум',
      dortmund: 'Дортмунд',
      duisburg: 'Дуйсбург',
      essen: 'Эссен',
      gelsenkirchen: 'Гельзенкирхен',
      muelheim: 'Мюльхайм-на-Руре',
      oberhausen: 'Оберхаузен',
    },
    uk: {
      bochum: 'Бохум',
      dortmund: 'Дортмунд',
      duisburg: 'Дуйсбург',
      essen: 'Ессен',
      gelsenkirchen: 'Гельзенкірхен',
      muelheim: 'Мюльгайм-на-Рурі',
      oberhausen: 'Оберхаузен',
    },
  };
})();

/** Every translation set, by its German title (which may hold {city}). */
const BY_GERMAN_TITLE = new Map([...TRANSLATION_SETS, ...TEMPLATE_TRANSLATION_SETS].map((set) => [set.de.title, set]));

export function findTranslationSet(germanTitle: string): TranslationSet | undefined {
  return BY_GERMAN_TITLE.get(germanTitle);
}

/** The set's text in one language, with {city} filled in as that language writes the city. */
export function translatedText(set: TranslationSet, locale: 'de' | TranslationLocale, city: City): TranslatedText {
  const fill = (text: string): string => text.replaceAll('{city}', CITY_NAMES[locale][city]);
  return { title: fill(set[locale].title), summary: fill(set[locale].summary) };
}

/** The German title template of the city offices' actor profiles (names.ts municipalityName). */
export const MUNICIPALITY_TITLE_TEMPLATE = 'Stadt {city} – Kommunales Integrationszentrum';
