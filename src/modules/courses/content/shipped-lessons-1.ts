import { l } from './localised.js';
import type { LessonContent } from './schema.js';

/**
 * Version 1 of the base module "Umgang mit Vielfalt", lessons 1 and 2. Content in the spirit of the
 * cooperation's base module of 2011 and the report "Vielfalt schafft Zukunft": potentials, not deficits.
 * Stored with the course version in the database on first use; the office edits it there.
 */
export const LESSONS_1: LessonContent[] = [
  {
    key: 'region',
    minutes: 8,
    title: l(
      'Vielfalt in der Region Ruhr',
      'Diversity in the Ruhr region',
      'Ruhr bölgesinde çeşitlilik',
      'التنوع في منطقة الرور',
      'Różnorodność w regionie Ruhry',
      'Многообразие в Рурском регионе',
      'Різноманіття в Рурському регіоні',
    ),
    body: l(
      `Im Ruhrgebiet leben rund 5,3 Millionen Menschen. Viele von ihnen haben ihre Wurzeln außerhalb Deutschlands – seit Generationen, denn die Region ist mit Zuwanderung gewachsen: im Bergbau, in der Stahlindustrie und heute in allen Branchen. In vielen Städten hat fast die Hälfte der jungen Menschen eine Zuwanderungsgeschichte.

Die sieben Städte der Kooperation Integration.Interkommunal – Bochum, Dortmund, Duisburg, Essen, Gelsenkirchen, Mülheim an der Ruhr und Oberhausen – haben sich 2010 im Kontrakt „Interkulturelle Städteregion Ruhr“ verpflichtet: Interkulturelle Kompetenz soll ein Qualitätsmerkmal der Verwaltung werden.

**Potenziale statt Defizite.** Mehrsprachigkeit, Erfahrungen in mehreren Ländern und die Fähigkeit, zwischen Kulturen zu vermitteln, sind Stärken – für Betriebe, die Fachkräfte suchen, und für Verwaltungen, die alle Bürgerinnen und Bürger erreichen wollen.

Zwei Grundsätze tragen diesen Kurs:

- Der Blick richtet sich auf die Fähigkeiten jedes Menschen, nicht auf vermutete Schwächen.
- Niemand bekommt eine Sonderbehandlung, aber Unterschiede werden ernst genommen und berücksichtigt.`,
      `Around 5.3 million people live in the Ruhr area. Many of them have their roots outside Germany – for generations, because the region grew with immigration: in mining, in the steel industry and today in every sector. In many cities nearly half of all young people have a migration history.

The seven cities of the Integration.Interkommunal cooperation – Bochum, Dortmund, Duisburg, Essen, Gelsenkirchen, Mülheim an der Ruhr and Oberhausen – committed themselves in 2010 in the contract "Interkulturelle Städteregion Ruhr": intercultural competence is to become a quality standard of the administration.

**Potentials, not deficits.** Speaking several languages, experience in several countries and the ability to mediate between cultures are strengths – for companies looking for skilled staff and for administrations that want to reach all citizens.

Two principles carry this course:

- The focus is on every person's abilities, not on supposed weaknesses.
- Nobody gets special treatment, but differences are taken seriously and considered.`,
      `Ruhr bölgesinde yaklaşık 5,3 milyon insan yaşıyor. Bunların birçoğunun kökleri Almanya dışında – kuşaklardır, çünkü bölge göçle büyüdü: madencilikte, çelik sanayisinde ve bugün her sektörde. Birçok şehirde gençlerin neredeyse yarısının göç geçmişi var.

Integration.Interkommunal iş birliğinin yedi şehri – Bochum, Dortmund, Duisburg, Essen, Gelsenkirchen, Mülheim an der Ruhr ve Oberhausen – 2010 yılında „Interkulturelle Städteregion Ruhr“ sözleşmesiyle taahhütte bulundu: Kültürlerarası yetkinlik yönetimin bir kalite ölçütü olmalı.

**Eksiklikler değil, potansiyeller.** Birden fazla dil konuşmak, birkaç ülkede edinilmiş deneyim ve kültürler arasında arabuluculuk yapabilmek güçlü yönlerdir – nitelikli çalışan arayan işletmeler ve tüm vatandaşlara ulaşmak isteyen yönetimler için.

Bu kursu iki ilke taşıyor:

- Odak, varsayılan zayıflıklarda değil, her insanın yeteneklerindedir.
- Kimseye ayrıcalık tanınmaz, ancak farklılıklar ciddiye alınır ve dikkate alınır.`,
      `يعيش في منطقة الرور نحو 5.3 مليون نسمة. كثيرون منهم جذورهم خارج ألمانيا – منذ أجيال، لأن المنطقة نمت مع الهجرة: في التعدين وصناعة الصلب، واليوم في جميع القطاعات. وفي كثير من المدن يكاد نصف الشباب يكون لديهم تاريخ هجرة.

التزمت المدن السبع في تعاون Integration.Interkommunal – بوخوم ودورتموند ودويسبورغ وإسن وغلزنكيرشن ومولهايم آن در رور وأوبرهاوزن – في عام 2010 بعقد «Interkulturelle Städteregion Ruhr»: أن تصبح الكفاءة بين الثقافات معيارًا لجودة الإدارة.

**الإمكانات لا النواقص.** إتقان عدة لغات والخبرة في أكثر من بلد والقدرة على التوسط بين الثقافات نقاط قوة – للشركات التي تبحث عن عمالة ماهرة، وللإدارات التي تريد الوصول إلى جميع المواطنين.

يقوم هذا المقرر على مبدأين:

- ينصبّ الاهتمام على قدرات كل إنسان، لا على نقاط ضعف مفترضة.
- لا يحظى أحد بمعاملة خاصة، لكن الاختلافات تؤخذ بجدية وتُراعى.`,
      `W Zagłębiu Ruhry mieszka około 5,3 miliona ludzi. Wielu z nich ma korzenie poza Niemcami – od pokoleń, bo region rozwijał się dzięki imigracji: w górnictwie, w przemyśle stalowym, a dziś we wszystkich branżach. W wielu miastach prawie połowa młodych ludzi ma historię migracyjną.

Siedem miast współpracy Integration.Interkommunal – Bochum, Dortmund, Duisburg, Essen, Gelsenkirchen, Mülheim an der Ruhr i Oberhausen – zobowiązało się w 2010 roku w kontrakcie „Interkulturelle Städteregion Ruhr”: kompetencje międzykulturowe mają stać się standardem jakości administracji.

**Potencjały zamiast deficytów.** Znajomość kilku języków, doświadczenie z kilku krajów i umiejętność pośredniczenia między kulturami to mocne strony – dla firm szukających wykwalifikowanych pracowników i dla urzędów, które chcą docierać do wszystkich mieszkańców.

Ten kurs opiera się na dwóch zasadach:

- Uwaga skupia się na umiejętnościach każdego człowieka, a nie na domniemanych słabościach.
- Nikt nie jest traktowany szczególnie, ale różnice traktuje się poważnie i bierze pod uwagę.`,
      `В Рурской области живёт около 5,3 миллиона человек. Корни многих из них находятся за пределами Германии – уже на протяжении поколений, ведь регион рос благодаря иммиграции: в горной добыче, в сталелитейной промышленности, а сегодня во всех отраслях. Во многих городах почти половина молодёжи имеет миграционную историю.

Семь городов кооперации Integration.Interkommunal – Бохум, Дортмунд, Дуйсбург, Эссен, Гельзенкирхен, Мюльхайм-на-Руре и Оберхаузен – в 2010 году взяли на себя обязательство в контракте «Interkulturelle Städteregion Ruhr»: межкультурная компетентность должна стать признаком качества работы администрации.

**Потенциалы, а не дефициты.** Владение несколькими языками, опыт жизни в разных странах и умение быть посредником между культурами – это сильные стороны: для предприятий, которые ищут специалистов, и для администраций, которые хотят достучаться до всех жителей.

Курс опирается на два принципа:

- Внимание направлено на способности каждого человека, а не на предполагаемые слабости.
- Никто не получает особого обращения, но различия воспринимаются всерьёз и учитываются.`,
      `У Рурській області живе близько 5,3 мільйона людей. Коріння багатьох із них – за межами Німеччини, і це триває поколіннями, адже регіон зростав завдяки імміграції: у гірничій справі, у сталеливарній промисловості, а сьогодні в усіх галузях. У багатьох містах майже половина молоді має міграційну історію.

Сім міст кооперації Integration.Interkommunal – Бохум, Дортмунд, Дуйсбург, Ессен, Гельзенкірхен, Мюльгайм-на-Рурі та Оберхаузен – у 2010 році взяли на себе зобов’язання в контракті «Interkulturelle Städteregion Ruhr»: міжкультурна компетентність має стати ознакою якості роботи адміністрації.

**Потенціали, а не дефіцити.** Володіння кількома мовами, досвід життя в різних країнах і вміння бути посередником між культурами – це сильні сторони: для підприємств, які шукають фахівців, і для адміністрацій, які хочуть досягти всіх мешканців.

Курс спирається на два принципи:

- Увага спрямована на здібності кожної людини, а не на уявні слабкості.
- Ніхто не отримує особливого ставлення, але відмінності сприймаються серйозно й ураховуються.`,
    ),
    image: {
      file: 'region.svg',
      alt: l(
        'Sieben Punkte für die sieben Städte, durch eine Linie verbunden, um sie herum Sprechblasen in verschiedenen Farben.',
        'Seven dots for the seven cities, joined by a line, surrounded by speech bubbles in different colours.',
        'Yedi şehir için bir çizgiyle birbirine bağlanmış yedi nokta, çevrelerinde farklı renklerde konuşma balonları.',
        'سبع نقاط تمثل المدن السبع، تربطها خطوط، وتحيط بها فقاعات كلام بألوان مختلفة.',
        'Siedem punktów oznaczających siedem miast, połączonych linią, wokół nich dymki w różnych kolorach.',
        'Семь точек – семь городов, соединённых линией, вокруг них разноцветные облачка с репликами.',
        'Сім точок – сім міст, з’єднаних лінією, навколо них різнокольорові хмаринки з репліками.',
      ),
    },
    video: null,
    questions: [
      {
        key: 'principle',
        kind: 'single',
        text: l(
          'Welcher Grundsatz trägt diesen Kurs?',
          'Which principle carries this course?',
          'Bu kursu hangi ilke taşıyor?',
          'ما المبدأ الذي يقوم عليه هذا المقرر؟',
          'Na jakiej zasadzie opiera się ten kurs?',
          'На каком принципе основан этот курс?',
          'На якому принципі ґрунтується цей курс?',
        ),
        options: [
          {
            key: 'potentials',
            correct: true,
            text: l(
              'Potenziale statt Defizite: auf die Fähigkeiten jedes Menschen schauen',
              'Potentials, not deficits: look at every person’s abilities',
              'Eksiklikler değil potansiyeller: her insanın yeteneklerine bakmak',
              'الإمكانات لا النواقص: النظر إلى قدرات كل إنسان',
              'Potencjały zamiast deficytów: patrzeć na umiejętności każdego człowieka',
              'Потенциалы, а не дефициты: смотреть на способности каждого человека',
              'Потенціали, а не дефіцити: дивитися на здібності кожної людини',
            ),
            explanation: l(
              'Richtig. Die Städtekooperation stellt Talente und Fähigkeiten in den Vordergrund, ohne Schwierigkeiten zu übersehen.',
              'Correct. The city cooperation puts talents and abilities first, without overlooking difficulties.',
              'Doğru. Şehir iş birliği, zorlukları göz ardı etmeden yetenekleri ve becerileri ön plana çıkarır.',
              'صحيح. يضع تعاون المدن المواهب والقدرات في المقدمة دون إغفال الصعوبات.',
              'Dobrze. Współpraca miast stawia na talenty i umiejętności, nie pomijając trudności.',
              'Верно. Кооперация городов ставит на первое место таланты и способности, не упуская из виду трудности.',
              'Правильно. Кооперація міст ставить на перше місце таланти й здібності, не оминаючи труднощів.',
            ),
          },
          {
            key: 'quota',
            correct: false,
            text: l(
              'Feste Quoten für Menschen mit Zuwanderungsgeschichte',
              'Fixed quotas for people with a migration history',
              'Göç geçmişi olan insanlar için sabit kotalar',
              'حصص ثابتة للأشخاص ذوي تاريخ الهجرة',
              'Stałe kwoty dla osób z historią migracyjną',
              'Фиксированные квоты для людей с миграционной историей',
              'Фіксовані квоти для людей з міграційною історією',
            ),
            explanation: l(
              'Nicht richtig. Der Kurs setzt auf keine Sonderbehandlung, sondern auf Respekt vor Unterschieden und faire Verfahren für alle.',
              'Not correct. The course relies on no special treatment, but on respect for differences and fair procedures for everyone.',
              'Doğru değil. Kurs ayrıcalığa değil, farklılıklara saygıya ve herkes için adil süreçlere dayanır.',
              'غير صحيح. لا يعتمد المقرر على معاملة خاصة، بل على احترام الاختلافات وإجراءات عادلة للجميع.',
              'Niepoprawnie. Kurs nie stawia na szczególne traktowanie, lecz na szacunek dla różnic i uczciwe procedury dla wszystkich.',
              'Неверно. Курс делает ставку не на особое обращение, а на уважение к различиям и справедливые процедуры для всех.',
              'Неправильно. Курс робить ставку не на особливе ставлення, а на повагу до відмінностей і справедливі процедури для всіх.',
            ),
          },
          {
            key: 'deficits',
            correct: false,
            text: l(
              'Zuerst die Sprachdefizite einer Person feststellen',
              'First identify a person’s language deficits',
              'Önce bir kişinin dil eksikliklerini tespit etmek',
              'تحديد النواقص اللغوية لدى الشخص أولًا',
              'Najpierw ustalić braki językowe danej osoby',
              'Сначала выявить языковые недостатки человека',
              'Спершу виявити мовні недоліки людини',
            ),
            explanation: l(
              'Nicht richtig. Wer nur nach Defiziten sucht, übersieht Stärken wie Mehrsprachigkeit. Sprachförderung hat ihren Platz, ist aber nicht der Blickwinkel, mit dem man einem Menschen begegnet.',
              'Not correct. Whoever looks only for deficits overlooks strengths such as speaking several languages. Language support has its place, but it is not the angle from which you meet a person.',
              'Doğru değil. Yalnızca eksiklik arayan, çok dillilik gibi güçlü yönleri gözden kaçırır. Dil desteğinin yeri vardır, ama bir insana yaklaşırken bakış açısı bu olmamalıdır.',
              'غير صحيح. من يبحث عن النواقص فقط يغفل نقاط القوة مثل تعدد اللغات. لدعم اللغة مكانه، لكنه ليس المنظور الذي نلتقي به الإنسان.',
              'Niepoprawnie. Kto szuka tylko braków, przeoczy mocne strony, takie jak wielojęzyczność. Wsparcie językowe ma swoje miejsce, ale to nie z tej perspektywy podchodzimy do człowieka.',
              'Неверно. Кто ищет только недостатки, тот не замечает сильных сторон, например многоязычия. Языковая поддержка важна, но это не тот угол зрения, с которого встречают человека.',
              'Неправильно. Хто шукає лише недоліки, той не помічає сильних сторін, наприклад багатомовності. Мовна підтримка важлива, але це не той кут зору, з якого зустрічають людину.',
            ),
          },
        ],
      },
      {
        key: 'contract',
        kind: 'single',
        text: l(
          'Was haben die sieben Städte 2010 im Kontrakt „Interkulturelle Städteregion Ruhr“ vereinbart?',
          'What did the seven cities agree in 2010 in the contract "Interkulturelle Städteregion Ruhr"?',
          'Yedi şehir 2010 yılında „Interkulturelle Städteregion Ruhr“ sözleşmesinde neyi kararlaştırdı?',
          'على ماذا اتفقت المدن السبع عام 2010 في عقد «Interkulturelle Städteregion Ruhr»؟',
          'Co siedem miast uzgodniło w 2010 roku w kontrakcie „Interkulturelle Städteregion Ruhr”?',
          'О чём договорились семь городов в 2010 году в контракте «Interkulturelle Städteregion Ruhr»?',
          'Про що домовилися сім міст у 2010 році в контракті «Interkulturelle Städteregion Ruhr»?',
        ),
        options: [
          {
            key: 'quality',
            correct: true,
            text: l(
              'Interkulturelle Kompetenz wird ein Qualitätsmerkmal der Verwaltung.',
              'Intercultural competence becomes a quality standard of the administration.',
              'Kültürlerarası yetkinlik yönetimin bir kalite ölçütü olur.',
              'تصبح الكفاءة بين الثقافات معيارًا لجودة الإدارة.',
              'Kompetencje międzykulturowe stają się standardem jakości administracji.',
              'Межкультурная компетентность становится признаком качества администрации.',
              'Міжкультурна компетентність стає ознакою якості адміністрації.',
            ),
            explanation: l(
              'Richtig. Der Kontrakt verankert interkulturelle Kompetenz als Qualitätsmerkmal, vor allem im Personalmanagement.',
              'Correct. The contract anchors intercultural competence as a quality standard, above all in human resources.',
              'Doğru. Sözleşme, kültürlerarası yetkinliği özellikle personel yönetiminde bir kalite ölçütü olarak sabitler.',
              'صحيح. يرسّخ العقد الكفاءة بين الثقافات معيارًا للجودة، ولا سيما في إدارة الموارد البشرية.',
              'Dobrze. Kontrakt zakotwicza kompetencje międzykulturowe jako standard jakości, przede wszystkim w zarządzaniu kadrami.',
              'Верно. Контракт закрепляет межкультурную компетентность как признак качества, прежде всего в управлении персоналом.',
              'Правильно. Контракт закріплює міжкультурну компетентність як ознаку якості, насамперед в управлінні персоналом.',
            ),
          },
          {
            key: 'language_test',
            correct: false,
            text: l(
              'Jede Bewerberin und jeder Bewerber legt einen Sprachtest ab.',
              'Every applicant takes a language test.',
              'Her aday bir dil sınavına girer.',
              'يخضع كل متقدم ومتقدمة لاختبار لغة.',
              'Każda kandydatka i każdy kandydat zdaje test językowy.',
              'Каждый кандидат сдаёт языковой тест.',
              'Кожен кандидат складає мовний тест.',
            ),
            explanation: l(
              'Nicht richtig. Davon steht nichts im Kontrakt; er nimmt die Verwaltungen selbst in die Pflicht.',
              'Not correct. The contract says nothing of the kind; it holds the administrations themselves to account.',
              'Doğru değil. Sözleşmede böyle bir şey yok; sözleşme yönetimlerin kendilerini yükümlü kılar.',
              'غير صحيح. لا يرد ذلك في العقد؛ فهو يُلزم الإدارات نفسها.',
              'Niepoprawnie. Kontrakt nic takiego nie mówi; zobowiązuje same urzędy.',
              'Неверно. В контракте этого нет; он обязывает сами администрации.',
              'Неправильно. У контракті цього немає; він зобов’язує самі адміністрації.',
            ),
          },
          {
            key: 'separate_offices',
            correct: false,
            text: l(
              'Eigene Ämter nur für Zugewanderte werden eingerichtet.',
              'Separate offices only for immigrants are set up.',
              'Yalnızca göçmenler için ayrı daireler kurulur.',
              'إنشاء دوائر خاصة بالمهاجرين وحدهم.',
              'Powstają osobne urzędy tylko dla imigrantów.',
              'Создаются отдельные ведомства только для иммигрантов.',
              'Створюються окремі установи лише для іммігрантів.',
            ),
            explanation: l(
              'Nicht richtig. Ziel ist die interkulturelle Öffnung aller Stellen, nicht eine getrennte Verwaltung.',
              'Not correct. The aim is the intercultural opening of every office, not a separate administration.',
              'Doğru değil. Amaç ayrı bir yönetim değil, tüm birimlerin kültürlerarası açılımıdır.',
              'غير صحيح. الهدف هو الانفتاح بين الثقافات لجميع الدوائر، لا إدارة منفصلة.',
              'Niepoprawnie. Celem jest otwarcie międzykulturowe wszystkich urzędów, a nie osobna administracja.',
              'Неверно. Цель – межкультурная открытость всех служб, а не отдельная администрация.',
              'Неправильно. Мета – міжкультурна відкритість усіх служб, а не окрема адміністрація.',
            ),
          },
        ],
      },
    ],
  },
  {
    key: 'perception',
    minutes: 8,
    title: l(
      'Wahrnehmung und Vorurteile',
      'Perception and prejudice',
      'Algı ve önyargılar',
      'الإدراك والأحكام المسبقة',
      'Postrzeganie i uprzedzenia',
      'Восприятие и предубеждения',
      'Сприйняття та упередження',
    ),
    body: l(
      `Jeder Mensch ordnet, was er wahrnimmt, in Schubladen ein. Das hilft, schnell zu handeln – führt aber zu Fehlern, wenn wir von einem Merkmal wie Name, Akzent oder Kopftuch auf Fähigkeiten schließen. Solche Stereotype wirken oft unbewusst, auch bei Menschen, die fair sein wollen.

**Woran Sie es merken:** Sie sind sich bei einer Person schnell sicher, ohne viel über sie zu wissen; Sie erklären dasselbe Verhalten bei verschiedenen Menschen unterschiedlich; Sie suchen vor allem Belege für Ihren ersten Eindruck.

**Was hilft:**

- Nachfragen statt vermuten: „Wie sehen Sie das?“
- Entscheidungen an vorher festgelegten Kriterien ausrichten, zum Beispiel in Auswahlgesprächen mit gleichen Fragen für alle.
- Den eigenen ersten Eindruck bewusst prüfen: Würde ich bei einer anderen Person genauso urteilen?
- Vielfältige Teams bilden, in denen unterschiedliche Sichtweisen gehört werden.

Niemand ist frei von Vorurteilen. Entscheidend ist, sie zu kennen und Abläufe so zu gestalten, dass sie möglichst wenig Einfluss haben.`,
      `Everyone sorts what they perceive into boxes. This helps us act quickly – but leads to mistakes when we infer abilities from a feature such as a name, an accent or a headscarf. Such stereotypes often work unconsciously, even in people who want to be fair.

**How you notice it:** you are quickly sure about a person without knowing much about them; you explain the same behaviour differently in different people; you mainly look for evidence of your first impression.

**What helps:**

- Ask instead of assuming: "How do you see it?"
- Base decisions on criteria set beforehand, for example the same questions for everyone in selection interviews.
- Check your first impression on purpose: would I judge another person the same way?
- Build diverse teams in which different points of view are heard.

Nobody is free of prejudice. What matters is knowing about it and designing procedures so that it has as little influence as possible.`,
      `Her insan algıladığı şeyleri kalıplara yerleştirir. Bu hızlı davranmaya yardımcı olur – ancak isim, aksan veya başörtüsü gibi bir özellikten yeteneklere dair sonuç çıkardığımızda hatalara yol açar. Bu tür kalıp yargılar, adil olmak isteyen insanlarda bile çoğu zaman bilinçsizce işler.

**Bunu nereden anlarsınız:** Bir kişi hakkında pek bir şey bilmeden çabucak emin olursunuz; aynı davranışı farklı insanlarda farklı açıklarsınız; daha çok ilk izleniminizi doğrulayan kanıtlar ararsınız.

**Ne işe yarar:**

- Varsaymak yerine sormak: „Siz bunu nasıl görüyorsunuz?“
- Kararları önceden belirlenmiş ölçütlere dayandırmak, örneğin seçim görüşmelerinde herkese aynı soruları sormak.
- İlk izleniminizi bilinçli olarak sınamak: Başka bir kişiyi de aynı şekilde değerlendirir miydim?
- Farklı bakış açılarının dinlendiği çeşitli ekipler kurmak.

Kimse önyargılardan tamamen arınmış değildir. Önemli olan onları tanımak ve süreçleri, etkileri olabildiğince az olacak şekilde düzenlemektir.`,
      `يصنّف كل إنسان ما يدركه في قوالب. هذا يساعد على التصرف بسرعة، لكنه يؤدي إلى أخطاء حين نستنتج القدرات من سمة مثل الاسم أو اللكنة أو الحجاب. وكثيرًا ما تعمل هذه الصور النمطية دون وعي، حتى لدى من يريدون أن يكونوا منصفين.

**كيف تلاحظ ذلك:** تكوّن يقينًا سريعًا عن شخص دون أن تعرف عنه الكثير؛ تفسّر السلوك نفسه تفسيرًا مختلفًا بحسب الشخص؛ تبحث أساسًا عن أدلة تؤكد انطباعك الأول.

**ما الذي يساعد:**

- السؤال بدل الافتراض: «كيف ترى ذلك؟»
- بناء القرارات على معايير محددة مسبقًا، مثل طرح الأسئلة نفسها على الجميع في مقابلات الاختيار.
- مراجعة الانطباع الأول عن قصد: هل كنت سأحكم على شخص آخر بالطريقة نفسها؟
- تكوين فرق متنوعة تُسمع فيها وجهات نظر مختلفة.

لا أحد خالٍ من الأحكام المسبقة. المهم أن نعرفها وأن ننظم الإجراءات بحيث يكون تأثيرها أقل ما يمكن.`,
      `Każdy człowiek wkłada to, co postrzega, do szufladek. Pomaga to szybko działać – ale prowadzi do błędów, gdy z cechy takiej jak imię, akcent czy chusta wnioskujemy o umiejętnościach. Takie stereotypy działają często nieświadomie, także u ludzi, którzy chcą być sprawiedliwi.

**Po czym to poznać:** szybko jesteś pewien co do osoby, choć niewiele o niej wiesz; to samo zachowanie u różnych osób wyjaśniasz inaczej; szukasz głównie dowodów na swoje pierwsze wrażenie.

**Co pomaga:**

- Pytać zamiast zakładać: „Jak Pan/Pani to widzi?”
- Opierać decyzje na wcześniej ustalonych kryteriach, na przykład zadawać wszystkim te same pytania w rozmowach kwalifikacyjnych.
- Świadomie sprawdzać pierwsze wrażenie: czy oceniłbym inną osobę tak samo?
- Tworzyć zróżnicowane zespoły, w których słychać różne punkty widzenia.

Nikt nie jest wolny od uprzedzeń. Najważniejsze, by je znać i tak organizować procesy, aby miały jak najmniejszy wpływ.`,
      `Каждый человек раскладывает воспринимаемое по полочкам. Это помогает действовать быстро, но приводит к ошибкам, когда по одному признаку – имени, акценту или платку – мы делаем выводы о способностях. Такие стереотипы часто действуют неосознанно, даже у людей, которые хотят быть справедливыми.

**Как это заметить:** вы быстро уверены в человеке, почти ничего о нём не зная; одно и то же поведение разных людей вы объясняете по-разному; вы ищете в основном подтверждения первому впечатлению.

**Что помогает:**

- Спрашивать, а не предполагать: «Как вы это видите?»
- Принимать решения по заранее установленным критериям, например задавать всем одинаковые вопросы на собеседованиях.
- Сознательно проверять первое впечатление: оценил бы я другого человека так же?
- Создавать разнообразные команды, в которых слышны разные точки зрения.

Никто не свободен от предубеждений. Важно знать о них и строить процессы так, чтобы их влияние было как можно меньше.`,
      `Кожна людина розкладає те, що сприймає, по шухлядах. Це допомагає діяти швидко, але призводить до помилок, коли за однією ознакою – ім’ям, акцентом чи хусткою – ми робимо висновки про здібності. Такі стереотипи часто діють несвідомо, навіть у людей, які хочуть бути справедливими.

**Як це помітити:** ви швидко впевнені щодо людини, майже нічого про неї не знаючи; однакову поведінку різних людей пояснюєте по-різному; шукаєте здебільшого підтвердження першому враженню.

**Що допомагає:**

- Запитувати, а не припускати: «Як ви це бачите?»
- Ухвалювати рішення за заздалегідь визначеними критеріями, наприклад ставити всім однакові запитання на співбесідах.
- Свідомо перевіряти перше враження: чи оцінив би я іншу людину так само?
- Створювати різноманітні команди, у яких чути різні погляди.

Ніхто не вільний від упереджень. Важливо знати про них і будувати процеси так, щоб їхній вплив був якомога меншим.`,
    ),
    image: {
      file: 'perception.svg',
      alt: l(
        'Eine Lupe über drei unterschiedlichen Figuren; unter der Lupe werden aus einfachen Umrissen Menschen mit eigenen Gesichtern.',
        'A magnifying glass over three different figures; under the glass simple outlines become people with faces of their own.',
        'Üç farklı figürün üzerinde bir büyüteç; büyütecin altında basit hatlar kendi yüzleri olan insanlara dönüşüyor.',
        'عدسة مكبرة فوق ثلاث شخصيات مختلفة؛ تحت العدسة تتحول الخطوط البسيطة إلى أشخاص لكل منهم وجهه الخاص.',
        'Lupa nad trzema różnymi postaciami; pod lupą proste kontury stają się ludźmi z własnymi twarzami.',
        'Лупа над тремя разными фигурами; под лупой простые контуры превращаются в людей со своими лицами.',
        'Лупа над трьома різними фігурами; під лупою прості контури перетворюються на людей із власними обличчями.',
      ),
    },
    video: null,
    questions: [
      {
        key: 'reduce_bias',
        kind: 'multiple',
        text: l(
          'Was verringert den Einfluss unbewusster Vorurteile in einem Auswahlgespräch? (Mehrere Antworten möglich)',
          'What reduces the influence of unconscious prejudice in a selection interview? (Several answers possible)',
          'Bir seçim görüşmesinde bilinçsiz önyargıların etkisini ne azaltır? (Birden fazla cevap mümkün)',
          'ما الذي يقلل تأثير الأحكام المسبقة اللاواعية في مقابلة اختيار؟ (يمكن اختيار أكثر من إجابة)',
          'Co zmniejsza wpływ nieświadomych uprzedzeń w rozmowie kwalifikacyjnej? (Możliwych kilka odpowiedzi)',
          'Что уменьшает влияние неосознанных предубеждений на собеседовании? (Возможно несколько ответов)',
          'Що зменшує вплив несвідомих упереджень на співбесіді? (Можливо кілька відповідей)',
        ),
        options: [
          {
            key: 'same_questions',
            correct: true,
            text: l(
              'Allen Bewerbenden dieselben Fragen stellen',
              'Ask all applicants the same questions',
              'Tüm adaylara aynı soruları sormak',
              'طرح الأسئلة نفسها على جميع المتقدمين',
              'Zadawać wszystkim kandydatom te same pytania',
              'Задавать всем кандидатам одинаковые вопросы',
              'Ставити всім кандидатам однакові запитання',
            ),
            explanation: l(
              'Richtig. Gleiche Fragen machen Antworten vergleichbar und lassen weniger Raum für Bauchgefühl.',
              'Correct. The same questions make answers comparable and leave less room for gut feeling.',
              'Doğru. Aynı sorular cevapları karşılaştırılabilir kılar ve içgüdüye daha az yer bırakır.',
              'صحيح. الأسئلة نفسها تجعل الإجابات قابلة للمقارنة وتترك مجالًا أقل للانطباع الشخصي.',
              'Dobrze. Te same pytania sprawiają, że odpowiedzi są porównywalne, a przeczucie ma mniej miejsca.',
              'Верно. Одинаковые вопросы делают ответы сопоставимыми и оставляют меньше места для интуиции.',
              'Правильно. Однакові запитання роблять відповіді порівнянними й залишають менше місця для інтуїції.',
            ),
          },
          {
            key: 'criteria',
            correct: true,
            text: l(
              'Die Kriterien vor dem Gespräch festlegen',
              'Set the criteria before the interview',
              'Ölçütleri görüşmeden önce belirlemek',
              'تحديد المعايير قبل المقابلة',
              'Ustalić kryteria przed rozmową',
              'Определить критерии до собеседования',
              'Визначити критерії до співбесіди',
            ),
            explanation: l(
              'Richtig. Wer vorher festlegt, worauf es ankommt, bewertet danach die Leistung und nicht den Eindruck.',
              'Correct. Whoever decides beforehand what matters then judges performance, not impression.',
              'Doğru. Neyin önemli olduğunu önceden belirleyen, sonra izlenimi değil performansı değerlendirir.',
              'صحيح. من يحدد مسبقًا ما هو مهم يقيّم بعد ذلك الأداء لا الانطباع.',
              'Dobrze. Kto wcześniej ustali, co jest ważne, ocenia potem kompetencje, a nie wrażenie.',
              'Верно. Кто заранее решил, что важно, оценивает потом результаты, а не впечатление.',
              'Правильно. Хто заздалегідь вирішив, що важливо, оцінює потім результати, а не враження.',
            ),
          },
          {
            key: 'gut',
            correct: false,
            text: l(
              'Sich auf den ersten Eindruck verlassen, weil er meistens stimmt',
              'Rely on the first impression because it is usually right',
              'Genellikle doğru olduğu için ilk izlenime güvenmek',
              'الاعتماد على الانطباع الأول لأنه صحيح في الغالب',
              'Polegać na pierwszym wrażeniu, bo zwykle jest trafne',
              'Полагаться на первое впечатление, потому что оно обычно верно',
              'Покладатися на перше враження, бо воно зазвичай правильне',
            ),
            explanation: l(
              'Nicht richtig. Gerade der erste Eindruck wird stark von Stereotypen geprägt; danach sucht man oft nur noch Bestätigung.',
              'Not correct. The first impression in particular is strongly shaped by stereotypes; afterwards people often only look for confirmation.',
              'Doğru değil. Özellikle ilk izlenim kalıp yargılardan güçlü biçimde etkilenir; sonrasında insanlar çoğu zaman yalnızca onay arar.',
              'غير صحيح. الانطباع الأول بالذات يتأثر بقوة بالصور النمطية؛ وبعده كثيرًا ما نبحث فقط عن تأكيد.',
              'Niepoprawnie. Właśnie pierwsze wrażenie jest silnie kształtowane przez stereotypy; potem często szuka się już tylko potwierdzenia.',
              'Неверно. Именно первое впечатление сильно зависит от стереотипов; потом часто ищут лишь подтверждение.',
              'Неправильно. Саме перше враження сильно залежить від стереотипів; потім часто шукають лише підтвердження.',
            ),
          },
        ],
      },
      {
        key: 'nobody_free',
        kind: 'single',
        text: l(
          'Welche Aussage über Vorurteile stimmt?',
          'Which statement about prejudice is true?',
          'Önyargılar hakkında hangi ifade doğrudur?',
          'أي عبارة عن الأحكام المسبقة صحيحة؟',
          'Które stwierdzenie o uprzedzeniach jest prawdziwe?',
          'Какое утверждение о предубеждениях верно?',
          'Яке твердження про упередження правильне?',
        ),
        options: [
          {
            key: 'everyone',
            correct: true,
            text: l(
              'Alle Menschen haben Vorurteile; man kann lernen, mit ihnen umzugehen.',
              'All people have prejudices; one can learn to deal with them.',
              'Herkesin önyargıları vardır; onlarla başa çıkmak öğrenilebilir.',
              'لدى جميع الناس أحكام مسبقة؛ ويمكن تعلّم التعامل معها.',
              'Wszyscy ludzie mają uprzedzenia; można nauczyć się z nimi radzić.',
              'У всех людей есть предубеждения; с ними можно научиться справляться.',
              'Усі люди мають упередження; з ними можна навчитися впоратися.',
            ),
            explanation: l(
              'Richtig. Vorurteile zu haben ist menschlich; wichtig ist, sie zu erkennen und faire Abläufe zu schaffen.',
              'Correct. Having prejudices is human; what matters is recognising them and creating fair procedures.',
              'Doğru. Önyargıya sahip olmak insanidir; önemli olan onları fark etmek ve adil süreçler oluşturmaktır.',
              'صحيح. وجود الأحكام المسبقة أمر إنساني؛ المهم هو إدراكها ووضع إجراءات عادلة.',
              'Dobrze. Uprzedzenia są ludzkie; ważne jest, by je rozpoznawać i tworzyć sprawiedliwe procedury.',
              'Верно. Предубеждения свойственны человеку; важно распознавать их и создавать справедливые процедуры.',
              'Правильно. Упередження властиві людині; важливо розпізнавати їх і створювати справедливі процедури.',
            ),
          },
          {
            key: 'only_others',
            correct: false,
            text: l(
              'Nur Menschen mit schlechten Absichten haben Vorurteile.',
              'Only people with bad intentions have prejudices.',
              'Yalnızca kötü niyetli insanların önyargıları vardır.',
              'لا يحمل الأحكام المسبقة إلا أصحاب النوايا السيئة.',
              'Uprzedzenia mają tylko ludzie o złych zamiarach.',
              'Предубеждения есть только у людей с дурными намерениями.',
              'Упередження мають лише люди з поганими намірами.',
            ),
            explanation: l(
              'Nicht richtig. Vorurteile wirken oft unbewusst – auch bei Menschen, die fair handeln wollen.',
              'Not correct. Prejudices often work unconsciously – even in people who want to act fairly.',
              'Doğru değil. Önyargılar çoğu zaman bilinçsizce işler – adil davranmak isteyen insanlarda bile.',
              'غير صحيح. كثيرًا ما تعمل الأحكام المسبقة دون وعي، حتى لدى من يريدون التصرف بإنصاف.',
              'Niepoprawnie. Uprzedzenia działają często nieświadomie – także u ludzi, którzy chcą postępować sprawiedliwie.',
              'Неверно. Предубеждения часто действуют неосознанно – даже у людей, которые хотят поступать справедливо.',
              'Неправильно. Упередження часто діють несвідомо – навіть у людей, які хочуть діяти справедливо.',
            ),
          },
          {
            key: 'training_removes',
            correct: false,
            text: l(
              'Nach einer Schulung sind Vorurteile für immer verschwunden.',
              'After one training session prejudices are gone for good.',
              'Bir eğitimden sonra önyargılar sonsuza dek yok olur.',
              'بعد دورة تدريبية واحدة تختفي الأحكام المسبقة إلى الأبد.',
              'Po jednym szkoleniu uprzedzenia znikają na zawsze.',
              'После одного тренинга предубеждения исчезают навсегда.',
              'Після одного тренінгу упередження зникають назавжди.',
            ),
            explanation: l(
              'Nicht richtig. Eine Schulung schärft den Blick, doch dauerhaft helfen vor allem klare Abläufe und gemeinsames Nachdenken im Alltag.',
              'Not correct. Training sharpens awareness, but what helps in the long run are clear procedures and reflecting together in everyday work.',
              'Doğru değil. Eğitim farkındalığı artırır, ama uzun vadede asıl yardımcı olan net süreçler ve günlük işte birlikte düşünmektir.',
              'غير صحيح. التدريب يشحذ الوعي، لكن ما يساعد على المدى الطويل هو الإجراءات الواضحة والتفكير المشترك في العمل اليومي.',
              'Niepoprawnie. Szkolenie wyostrza spojrzenie, ale na dłuższą metę pomagają przede wszystkim jasne procedury i wspólna refleksja na co dzień.',
              'Неверно. Тренинг обостряет восприятие, но надолго помогают прежде всего ясные процессы и совместное осмысление в повседневной работе.',
              'Неправильно. Тренінг загострює сприйняття, але надовго допомагають передусім чіткі процеси та спільне осмислення в щоденній роботі.',
            ),
          },
        ],
      },
    ],
  },
];
