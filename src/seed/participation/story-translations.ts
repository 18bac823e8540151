import type { TranslatedLocale } from '../../modules/participation/index.js';

type Text = readonly [title: string, summary: string, body: string];

/**
 * Translations of six of the twenty demo stories into every language of the platform, by the German title: an
 * editorial office translates a selection, the other stories stay in German.
 */
export const STORY_TRANSLATIONS: Readonly<Record<string, Readonly<Record<TranslatedLocale, Text>>>> = {
  'Vom Praktikum zur Meisterin': {
    en: [
      'From internship to master electrician',
      'Aylin K. came to Gelsenkirchen at 16. Today she runs the electrical department of a crafts business.',
      '## The beginning\n\nA school internship at a small electrical firm in Buer was the first step. Afterwards the owner offered her an apprenticeship – with a German course on Saturdays.\n\n## Today\n\nSince last year she has been a master electrician and trains two young people herself.',
    ],
    tr: [
      'Stajdan ustalığa',
      'Aylin K. 16 yaşında Gelsenkirchen’e geldi. Bugün bir zanaat işletmesinin elektrik bölümünü yönetiyor.',
      '## Başlangıç\n\nBuer’deki küçük bir elektrik firmasında yaptığı okul stajı ilk adımdı. Ardından patron ona bir çıraklık yeri önerdi – cumartesileri Almanca kursuyla birlikte.\n\n## Bugün\n\nGeçen yıldan beri usta ve kendisi de iki genci yetiştiriyor.',
    ],
    ar: [
      'من التدريب العملي إلى شهادة الماجستير المهنية',
      'جاءت أيلين ك. إلى غيلزنكيرشن في السادسة عشرة. واليوم تدير قسم الكهرباء في شركة حرفية.',
      '## البداية\n\nكان التدريب المدرسي في شركة كهرباء صغيرة في بوير الخطوة الأولى. بعدها عرض عليها صاحب الشركة مكان تدريب مهني مع دورة لغة ألمانية أيام السبت.\n\n## اليوم\n\nمنذ العام الماضي تحمل شهادة الماجستير المهنية وتدرّب بنفسها شابين.',
    ],
    pl: [
      'Od praktyk do tytułu mistrzyni',
      'Aylin K. przyjechała do Gelsenkirchen w wieku 16 lat. Dziś kieruje działem elektrycznym firmy rzemieślniczej.',
      '## Początek\n\nPierwszym krokiem były szkolne praktyki w małej firmie elektrycznej w Buer. Potem szef zaproponował jej miejsce nauki zawodu – z kursem niemieckiego w soboty.\n\n## Dziś\n\nOd zeszłego roku jest mistrzynią i sama szkoli dwoje młodych ludzi.',
    ],
    ru: [
      'От практики до звания мастера',
      'Айлин К. приехала в Гельзенкирхен в 16 лет. Сегодня она руководит электротехническим отделом ремесленного предприятия.',
      '## Начало\n\nПервым шагом стала школьная практика в небольшой электротехнической фирме в Буэре. После неё шеф предложил ей место ученицы – с курсом немецкого по субботам.\n\n## Сегодня\n\nС прошлого года она мастер и сама обучает двух молодых людей.',
    ],
    uk: [
      'Від практики до звання майстрині',
      'Айлін К. приїхала до Гельзенкірхена у 16 років. Сьогодні вона керує електротехнічним відділом ремісничого підприємства.',
      '## Початок\n\nПершим кроком стала шкільна практика в невеликій електротехнічній фірмі в Буері. Після неї шеф запропонував їй місце для навчання – з курсом німецької по суботах.\n\n## Сьогодні\n\nЗ минулого року вона майстриня і сама навчає двох молодих людей.',
    ],
  },
  'Ein Catering, das Brücken baut': {
    en: [
      'A catering business that builds bridges',
      'Two sisters from Izmir have built a business with fourteen employees in Essen-Altendorf.',
      'What began as a market stall now supplies canteens all over the Ruhr. Every year two young people start their training as cooks.\n\nThe sisters say: “We were lucky that somebody gave us a chance. Now we pass it on.”',
    ],
    tr: [
      'Köprü kuran bir catering',
      'İzmirli iki kız kardeş Essen-Altendorf’ta on dört çalışanlı bir işletme kurdu.',
      'Pazar tezgâhı olarak başlayan iş bugün tüm Ruhr bölgesindeki kantinlere yemek veriyor. Her yıl iki genç aşçılık eğitimine başlıyor.\n\nKardeşler şöyle diyor: “Birinin bize şans vermesi bizim için büyük şanstı. Şimdi biz bu şansı başkalarına veriyoruz.”',
    ],
    ar: [
      'خدمة تموين تبني الجسور',
      'أسست أختان من إزمير في إيسن-ألتندورف مشروعاً يعمل فيه أربعة عشر شخصاً.',
      'ما بدأ كبسطة في السوق يزوّد اليوم المطاعم الجماعية في أنحاء منطقة الرور. وفي كل عام يبدأ شابان تدريبهما المهني في الطهي.\n\nتقول الأختان: «كنا محظوظتين لأن أحداً منحنا فرصة. والآن نمنحها لغيرنا.»',
    ],
    pl: [
      'Catering, który buduje mosty',
      'Dwie siostry z Izmiru zbudowały w Essen-Altendorf firmę zatrudniającą czternaście osób.',
      'To, co zaczęło się od straganu na targu, dziś zaopatruje stołówki w całym Zagłębiu Ruhry. Co roku dwoje młodych ludzi rozpoczyna naukę zawodu kucharza.\n\nSiostry mówią: „Miałyśmy szczęście, że ktoś dał nam szansę. Teraz przekazujemy ją dalej.”',
    ],
    ru: [
      'Кейтеринг, который строит мосты',
      'Две сестры из Измира создали в Эссен-Альтендорфе предприятие с четырнадцатью сотрудниками.',
      'То, что начиналось с прилавка на рынке, сегодня снабжает столовые по всему Руру. Каждый год двое молодых людей начинают обучение на повара.\n\nСёстры говорят: «Нам повезло, что кто-то дал нам шанс. Теперь мы даём его другим».',
    ],
    uk: [
      'Кейтеринг, що будує мости',
      'Дві сестри з Ізміра створили в Ессен-Альтендорфі підприємство з чотирнадцятьма працівниками.',
      'Те, що починалося з ятки на ринку, сьогодні постачає їдальні по всьому Руру. Щороку двоє молодих людей починають навчання на кухаря.\n\nСестри кажуть: «Нам пощастило, що хтось дав нам шанс. Тепер ми передаємо його далі».',
    ],
  },
  'Die zweite Chance nach dem Abbruch': {
    en: [
      'A second chance after dropping out',
      'After a broken-off year of training, Daniel M. found his way back into the trade in Bochum through a mentorship.',
      'A volunteer mentor from a Bochum industrial company supported him for a year: applications, interviews, exam nerves. Today Daniel is a plant mechanic in his second year of training.',
    ],
    tr: [
      'Yarıda bırakmanın ardından ikinci şans',
      'Yarıda kalan bir eğitim yılının ardından Daniel M. Bochum’da bir vesayet programı sayesinde mesleğe geri döndü.',
      'Bochum’daki bir sanayi işletmesinden gönüllü bir rehber ona bir yıl boyunca eşlik etti: başvurular, görüşmeler, sınav kaygısı. Bugün Daniel ikinci eğitim yılında bir tesis mekanikeri.',
    ],
    ar: [
      'فرصة ثانية بعد الانقطاع',
      'بعد سنة تدريب مهني لم تكتمل، عاد دانيال م. إلى المهنة في بوخوم بفضل برنامج رعاية.',
      'رافقه راعٍ متطوع من شركة صناعية في بوخوم لمدة عام: طلبات التوظيف والمقابلات والقلق من الامتحانات. واليوم يعمل دانيال ميكانيكي منشآت في سنته الثانية من التدريب.',
    ],
    pl: [
      'Druga szansa po przerwaniu nauki',
      'Po przerwanym roku nauki zawodu Daniel M. wrócił do zawodu w Bochum dzięki opiece mentora.',
      'Wolontariusz z bochumskiego zakładu przemysłowego towarzyszył mu przez rok: aplikacje, rozmowy, strach przed egzaminem. Dziś Daniel jest mechanikiem instalacji na drugim roku nauki.',
    ],
    ru: [
      'Второй шанс после отчисления',
      'После прерванного года обучения Даниэль М. вернулся в профессию в Бохуме благодаря наставничеству.',
      'Наставник-волонтёр с промышленного предприятия Бохума год помогал ему: заявления, собеседования, страх перед экзаменами. Сегодня Даниэль учится на механика установок второй год.',
    ],
    uk: [
      'Другий шанс після перерваного навчання',
      'Після перерваного року навчання Даніель М. повернувся до професії в Бохумі завдяки наставництву.',
      'Наставник-волонтер із промислового підприємства Бохума рік підтримував його: заявки, співбесіди, страх перед іспитами. Сьогодні Даніель навчається на механіка установок уже другий рік.',
    ],
  },
  'Pflege mit vielen Stimmen': {
    en: [
      'Care in many voices',
      'A home care service in the north of Dortmund employs skilled staff from eleven countries.',
      'The manager relies on teams who speak the languages of their patients. New colleagues are supported in having their qualifications recognised.',
    ],
    tr: [
      'Birçok dilde bakım',
      'Dortmund’un kuzeyindeki bir evde bakım hizmeti on bir ülkeden uzman çalıştırıyor.',
      'Yönetici, hastaların dillerini konuşan ekiplere güveniyor. Yeni çalışanlara diplomalarının tanınması sürecinde destek veriliyor.',
    ],
    ar: [
      'رعاية بأصوات كثيرة',
      'توظّف خدمة رعاية منزلية في شمال دورتموند كوادر مؤهلة من أحد عشر بلداً.',
      'تعتمد المديرة على فرق تتحدث لغات المرضى. ويحصل الزملاء الجدد على مرافقة في إجراءات الاعتراف بشهاداتهم.',
    ],
    pl: [
      'Opieka w wielu językach',
      'Ambulatoryjna służba opiekuńcza w północnym Dortmundzie zatrudnia specjalistów z jedenastu krajów.',
      'Kierowniczka stawia na zespoły, które mówią językami pacjentek i pacjentów. Nowe koleżanki i nowi koledzy otrzymują wsparcie przy uznawaniu kwalifikacji.',
    ],
    ru: [
      'Уход на многих языках',
      'Служба амбулаторного ухода на севере Дортмунда нанимает специалистов из одиннадцати стран.',
      'Руководительница делает ставку на команды, говорящие на языках пациентов. Новым сотрудникам помогают с признанием их дипломов.',
    ],
    uk: [
      'Догляд багатьма мовами',
      'Служба амбулаторного догляду на півночі Дортмунда наймає фахівців з одинадцяти країн.',
      'Керівниця робить ставку на команди, що говорять мовами пацієнтів. Новим колегам допомагають із визнанням їхніх дипломів.',
    ],
  },
  'Vom Studium in Bochum zur Firma in Mülheim': {
    en: [
      'From university in Bochum to a company in Mülheim',
      'An engineer from Cairo stayed in the Ruhr after his master’s degree – thanks to a mentoring programme.',
      'Through a mentoring programme he got to know a Mülheim company for measurement technology while still studying. His thesis at the company was followed by a permanent position.',
    ],
    tr: [
      'Bochum’daki üniversiteden Mülheim’daki şirkete',
      'Kahireli bir mühendis yüksek lisansından sonra bir mentorluk programı sayesinde Ruhr bölgesinde kaldı.',
      'Bir mentorluk programı aracılığıyla henüz öğrenciyken Mülheim’da ölçüm teknolojisi alanında çalışan bir şirketi tanıdı. Şirkette yazdığı bitirme tezinin ardından kadrolu işe alındı.',
    ],
    ar: [
      'من الدراسة في بوخوم إلى شركة في مولهايم',
      'بقي مهندس من القاهرة في منطقة الرور بعد حصوله على الماجستير بفضل برنامج إرشاد.',
      'تعرّف خلال دراسته عبر برنامج إرشاد على شركة في مولهايم متخصصة في تقنيات القياس. وبعد إعداد رسالة التخرج فيها حصل على وظيفة دائمة.',
    ],
    pl: [
      'Od studiów w Bochum do firmy w Mülheim',
      'Inżynier z Kairu został w Zagłębiu Ruhry po studiach magisterskich – dzięki programowi mentoringowemu.',
      'Dzięki programowi mentoringowemu jeszcze podczas studiów poznał firmę z Mülheim zajmującą się techniką pomiarową. Po napisaniu tam pracy dyplomowej dostał stałą posadę.',
    ],
    ru: [
      'От учёбы в Бохуме к фирме в Мюльхайме',
      'Инженер из Каира остался в Руре после магистратуры – благодаря программе наставничества.',
      'Ещё во время учёбы через программу наставничества он познакомился с мюльхаймской фирмой, занимающейся измерительной техникой. После дипломной работы на предприятии последовала постоянная должность.',
    ],
    uk: [
      'Від навчання в Бохумі до фірми в Мюльгаймі',
      'Інженер із Каїра залишився в Рурі після магістратури – завдяки програмі наставництва.',
      'Ще під час навчання через програму наставництва він познайомився з мюльгаймською фірмою, що займається вимірювальною технікою. Після дипломної роботи на підприємстві він отримав постійну посаду.',
    ],
  },
  'Logistik mit Perspektive': {
    en: [
      'Logistics with prospects',
      'A logistics company in Duisburg’s harbour trains warehouse logistics specialists part-time.',
      'The part-time training is aimed at mothers and fathers. The company fits shifts to nursery hours and has thus gained four specialists it would never have found otherwise.',
    ],
    tr: [
      'Geleceği olan lojistik',
      'Duisburg limanındaki bir lojistik işletmesi yarı zamanlı depo lojistiği uzmanı yetiştiriyor.',
      'Yarı zamanlı eğitim anneleri ve babaları hedefliyor. İşletme vardiyaları kreş saatlerine göre ayarlıyor ve böylece başka türlü asla bulamayacağı dört uzman kazandı.',
    ],
    ar: [
      'لوجستيات ذات آفاق',
      'تدرّب شركة لوجستية في ميناء دويسبورغ متخصصين في لوجستيات المستودعات بدوام جزئي.',
      'يستهدف التدريب بدوام جزئي الأمهات والآباء. وتكيّف الشركة نوبات العمل مع مواعيد الحضانة، فكسبت بذلك أربعة متخصصين ما كانت لتجدهم بغير ذلك.',
    ],
    pl: [
      'Logistyka z perspektywami',
      'Firma logistyczna w porcie w Duisburgu kształci w niepełnym wymiarze godzin specjalistów ds. logistyki magazynowej.',
      'Nauka w niepełnym wymiarze jest skierowana do matek i ojców. Firma dopasowuje zmiany do godzin pracy żłobków i przedszkoli – i tak zyskała czworo specjalistów, których inaczej by nie znalazła.',
    ],
    ru: [
      'Логистика с перспективой',
      'Логистическая компания в порту Дуйсбурга обучает специалистов по складской логистике в режиме неполного дня.',
      'Обучение с неполной занятостью рассчитано на матерей и отцов. Компания подстраивает смены под часы работы детских садов и так получила четырёх специалистов, которых иначе никогда бы не нашла.',
    ],
    uk: [
      'Логістика з перспективою',
      'Логістична компанія в порту Дуйсбурга навчає фахівців зі складської логістики в режимі неповного дня.',
      'Навчання з неповною зайнятістю розраховане на матерів і батьків. Компанія підлаштовує зміни під години роботи дитячих садків і так здобула чотирьох фахівців, яких інакше ніколи б не знайшла.',
    ],
  },
};
