import type { TranslatedLocale } from '../../modules/participation/index.js';

type Text = readonly [title: string, summary: string, body: string];

/** Translations of the three demo campaigns into every language of the platform, by the German title. */
export const CAMPAIGN_TRANSLATIONS: Readonly<Record<string, Readonly<Record<TranslatedLocale, Text>>>> = {
  'Ruhr kann Vielfalt': {
    en: [
      'The Ruhr does diversity',
      'Faces from seven cities: people who have arrived here and help shape the region.',
      'On posters, on buses and here on the platform, the campaign shows people whose paths lead through Duisburg, Essen, Bochum or Gelsenkirchen – and what they bring with them.\n\n- Posters in all seven cities\n- Stories to pass on\n- Events in neighbourhood centres',
    ],
    tr: [
      'Ruhr çeşitliliği yaşatır',
      'Yedi şehirden yüzler: buraya gelip bölgeyi birlikte şekillendiren insanlar.',
      'Kampanya afişlerde, otobüslerde ve burada, platformda yolları Duisburg, Essen, Bochum ya da Gelsenkirchen’den geçen insanları ve beraberlerinde getirdiklerini gösteriyor.\n\n- Yedi şehrin hepsinde afişler\n- Anlatılmaya değer hikâyeler\n- Semt merkezlerinde etkinlikler',
    ],
    ar: [
      'الرور يعني التنوع',
      'وجوه من سبع مدن: أناس وصلوا إلى هنا ويشاركون في تشكيل المنطقة.',
      'تعرض الحملة على الملصقات وفي الحافلات وهنا على المنصة أناسًا تمر طرقهم عبر دويسبورغ وإيسن وبوخوم وغيلزنكيرشن، وما يحملونه معهم.\n\n- ملصقات في المدن السبع كلها\n- قصص تستحق أن تُروى\n- فعاليات في مراكز الأحياء',
    ],
    pl: [
      'Zagłębie Ruhry stawia na różnorodność',
      'Twarze z siedmiu miast: ludzie, którzy tu przybyli i współtworzą region.',
      'Kampania pokazuje na plakatach, w autobusach i tutaj, na platformie, ludzi, których drogi prowadzą przez Duisburg, Essen, Bochum czy Gelsenkirchen – i to, co ze sobą wnoszą.\n\n- Plakaty we wszystkich siedmiu miastach\n- Historie warte opowiedzenia\n- Wydarzenia w centrach dzielnicowych',
    ],
    ru: [
      'Рур — это многообразие',
      'Лица из семи городов: люди, которые приехали сюда и вместе меняют регион.',
      'Кампания показывает на плакатах, в автобусах и здесь, на платформе, людей, чьи пути проходят через Дуйсбург, Эссен, Бохум или Гельзенкирхен, — и то, что они привносят.\n\n- Плакаты во всех семи городах\n- Истории, которыми хочется поделиться\n- Мероприятия в районных центрах',
    ],
    uk: [
      'Рур — це розмаїття',
      'Обличчя із семи міст: люди, які приїхали сюди й разом розбудовують регіон.',
      'Кампанія показує на плакатах, в автобусах і тут, на платформі, людей, чиї шляхи пролягають через Дуйсбург, Ессен, Бохум чи Гельзенкірхен, — і те, що вони приносять із собою.\n\n- Плакати в усіх семи містах\n- Історії, якими варто ділитися\n- Заходи в районних центрах',
    ],
  },
  'Ausbildung ohne Umwege': {
    en: [
      'Apprenticeship without detours',
      'Companies and young people tell how an apprenticeship succeeds – even at the second attempt.',
      'Many companies are looking for apprentices, many young people for a training place. The campaign tells of mentorships, language support at work and second chances after dropping out.',
    ],
    tr: [
      'Dolambaçsız meslek eğitimi',
      'İşletmeler ve gençler, meslek eğitiminin nasıl başarıya ulaştığını anlatıyor – ikinci denemede de.',
      'Birçok işletme çırak, birçok genç de bir eğitim yeri arıyor. Kampanya mentorlukları, işyerinde dil desteğini ve eğitimi yarıda bıraktıktan sonraki ikinci şansları anlatıyor.',
    ],
    ar: [
      'تدريب مهني بلا تعقيد',
      'شركات وشباب يروون كيف ينجح التدريب المهني، حتى في المحاولة الثانية.',
      'تبحث شركات كثيرة عن متدربين، ويبحث شباب كثيرون عن مكان تدريب. تروي الحملة قصص الإرشاد ودعم اللغة في مكان العمل والفرص الثانية بعد الانقطاع عن التدريب.',
    ],
    pl: [
      'Nauka zawodu bez objazdów',
      'Firmy i młodzi ludzie opowiadają, jak udaje się nauka zawodu – także za drugim podejściem.',
      'Wiele firm szuka uczniów, wielu młodych ludzi – miejsca nauki zawodu. Kampania opowiada o mentoringu, wsparciu językowym w firmie i drugiej szansie po przerwanej nauce.',
    ],
    ru: [
      'Профобучение без обходных путей',
      'Предприятия и молодые люди рассказывают, как профессиональное обучение удаётся — в том числе со второй попытки.',
      'Многие предприятия ищут учеников, многие молодые люди — место для обучения. Кампания рассказывает о наставничестве, языковой поддержке на предприятии и втором шансе после прерванного обучения.',
    ],
    uk: [
      'Професійне навчання без манівців',
      'Підприємства й молоді люди розповідають, як професійне навчання вдається — навіть із другої спроби.',
      'Багато підприємств шукають учнів, багато молодих людей — місце для навчання. Кампанія розповідає про наставництво, мовну підтримку на підприємстві та другий шанс після перерваного навчання.',
    ],
  },
  'Hiergeblieben – Talente im Revier': {
    en: [
      'Staying here – talent in the Ruhr',
      'Why skilled workers stay in the Ruhr area after their studies and training.',
      'Whoever has trained or studied here should be able to work here too. The campaign collects examples of companies that keep their talent and of people who stayed.',
    ],
    tr: [
      'Burada kalanlar – bölgedeki yetenekler',
      'Nitelikli çalışanlar üniversite ve meslek eğitiminden sonra neden Ruhr bölgesinde kalıyor?',
      'Burada eğitim alan ya da okuyan, burada çalışabilmeli de. Kampanya, yeteneklerini elinde tutan şirketlerden ve burada kalan insanlardan örnekler topluyor.',
    ],
    ar: [
      'باقون هنا – مواهب في منطقة الرور',
      'لماذا يبقى أصحاب الكفاءات في منطقة الرور بعد الدراسة والتدريب المهني.',
      'من تعلّم أو درس هنا ينبغي أن يتمكن من العمل هنا أيضًا. تجمع الحملة أمثلة لشركات تحافظ على مواهبها، ولأناس بقوا هنا.',
    ],
    pl: [
      'Zostajemy – talenty w regionie',
      'Dlaczego wykwalifikowani pracownicy zostają w Zagłębiu Ruhry po studiach i nauce zawodu.',
      'Kto tu się uczył lub studiował, powinien móc tu także pracować. Kampania zbiera przykłady firm, które zatrzymują talenty, i ludzi, którzy zostali.',
    ],
    ru: [
      'Остаёмся здесь — таланты Рура',
      'Почему специалисты остаются в Рурской области после учёбы и профессионального обучения.',
      'Тот, кто учился здесь, должен иметь возможность здесь и работать. Кампания собирает примеры предприятий, которые удерживают таланты, и людей, которые остались.',
    ],
    uk: [
      'Залишаємося тут — таланти Руру',
      'Чому фахівці залишаються в Рурському регіоні після навчання.',
      'Хто навчався тут, повинен мати змогу тут і працювати. Кампанія збирає приклади підприємств, які утримують таланти, і людей, які залишилися.',
    ],
  },
};
