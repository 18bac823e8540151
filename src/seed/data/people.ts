import type { LocaleCode } from '../../core/i18n/locales.js';

/**
 * Name pools for fictional demo people, reflecting who lives in the Ruhr region: German
 * families (many with Polish roots from the mining era), and families with Turkish, Kurdish,
 * Arabic, Polish, Russian-German, Russian, Ukrainian, Greek, Italian, Romanian, Balkan,
 * Persian/Afghan, West African and Vietnamese history. Combinations are random, so any
 * resemblance to a real person is accidental. Origin is used only to build plausible names
 * and an occasional preferred language; it is never stored.
 */
export type Gender = 'f' | 'm';

export interface NamePool {
  key: string;
  /** Relative share among generated people. */
  weight: number;
  female: readonly string[];
  male: readonly string[];
  /** A surname, or [masculine, feminine] where the language inflects it. */
  surnames: readonly (string | readonly [string, string])[];
  /** A language some people of this pool prefer for the interface (never assumed for all). */
  locale?: LocaleCode;
}

export const NAME_POOLS: readonly NamePool[] = [
  {
    key: 'german',
    weight: 40,
    female: ['Anna', 'Lena', 'Laura', 'Julia', 'Sarah', 'Katharina', 'Marie', 'Sophie', 'Hannah', 'Lea', 'Sabine', 'Petra', 'Claudia', 'Birgit', 'Heike', 'Nicole', 'Jana', 'Miriam'],
    male: ['Lukas', 'Jonas', 'Leon', 'Felix', 'Tim', 'Jan', 'Niklas', 'Paul', 'Finn', 'Thomas', 'Michael', 'Andreas', 'Stefan', 'Jürgen', 'Uwe', 'Frank', 'Dirk', 'Markus'],
    surnames: [
      'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch',
      'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Braun', 'Zimmermann', 'Krüger', 'Hartmann', 'Lange',
      'Werner', 'Krause', 'Lehmann', 'Schmitz', 'Köhler', 'Brinkmann', 'Kemper', 'Overbeck', 'Terhorst', 'Kaminski',
      'Nowicki', 'Sobczak', 'Grabowski', 'Przybylski', 'Wisniewski',
    ],
  },
  {
    key: 'turkish',
    weight: 14,
    locale: 'tr',
    female: ['Ayşe', 'Elif', 'Zeynep', 'Merve', 'Esra', 'Selin', 'Büşra', 'Emine', 'Fatma', 'Derya', 'Tuğba', 'Melike', 'Sevgi', 'İrem'],
    male: ['Mehmet', 'Mustafa', 'Emre', 'Burak', 'Can', 'Deniz', 'Murat', 'Hakan', 'Serkan', 'Yusuf', 'Ömer', 'Kerem', 'Cem', 'Onur'],
    surnames: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Koç', 'Kurt', 'Özkan', 'Şimşek', 'Polat', 'Acar', 'Güler'],
  },
  {
    key: 'kurdish',
    weight: 4,
    female: ['Rojda', 'Berfin', 'Zilan', 'Hêvî', 'Delal', 'Ronahî', 'Şîlan', 'Dilan', 'Nûjîn'],
    male: ['Azad', 'Baran', 'Diyar', 'Rojhat', 'Serhat', 'Welat', 'Roj', 'Rêber', 'Aram'],
    surnames: ['Murad', 'Hasso', 'Sido', 'Khalaf', 'Ekinci', 'Tekin', 'Amedi', 'Rashid', 'Qasim', 'Berwari', 'Aksoy', 'Akbulut'],
  },
  {
    key: 'arabic',
    weight: 8,
    locale: 'ar',
    female: ['Fatima', 'Mariam', 'Amira', 'Layla', 'Nour', 'Rania', 'Huda', 'Yasmin', 'Salma', 'Lina', 'Rasha', 'Dima'],
    male: ['Ahmad', 'Mohammed', 'Omar', 'Khaled', 'Youssef', 'Ali', 'Hassan', 'Karim', 'Samir', 'Tarek', 'Bilal', 'Rami'],
    surnames: ['Al-Hassan', 'Haddad', 'Khalil', 'Nasser', 'Saleh', 'Mansour', 'Hamdan', 'Abdallah', 'Darwish', 'Ibrahim', 'Issa', 'Masri', 'Sabbagh', 'Shami', 'Suleiman', 'El-Amin', 'Bakri'],
  },
  {
    key: 'polish',
    weight: 7,
    locale: 'pl',
    female: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Zofia', 'Małgorzata', 'Natalia', 'Weronika', 'Aleksandra'],
    male: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Łukasz', 'Jakub', 'Wojciech', 'Kamil'],
    surnames: [
      ['Kowalski', 'Kowalska'], 'Nowak', ['Wiśniewski', 'Wiśniewska'], 'Wójcik', ['Kamiński', 'Kamińska'],
      ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], 'Woźniak',
      ['Dąbrowski', 'Dąbrowska'], ['Kozłowski', 'Kozłowska'], 'Mazur', ['Jankowski', 'Jankowska'], 'Krawczyk',
    ],
  },
  {
    key: 'russian-german',
    weight: 3,
    locale: 'ru',
    female: ['Jelena', 'Natalia', 'Olga', 'Swetlana', 'Tatjana', 'Irina', 'Viktoria', 'Alina'],
    male: ['Alexander', 'Viktor', 'Eduard', 'Waldemar', 'Artur', 'Johann', 'Maxim', 'Dennis'],
    surnames: ['Reimer', 'Dyck', 'Friesen', 'Penner', 'Klassen', 'Wiebe', 'Neufeld', 'Janzen', 'Schellenberg', 'Kröker'],
  },
  {
    key: 'russian',
    weight: 3,
    locale: 'ru',
    female: ['Anastasia', 'Jekaterina', 'Natalja', 'Olga', 'Swetlana', 'Darja', 'Polina', 'Xenia'],
    male: ['Dmitrij', 'Sergej', 'Andrej', 'Maxim', 'Nikolai', 'Pawel', 'Artjom', 'Ilja'],
    surnames: [
      ['Iwanow', 'Iwanowa'], ['Petrow', 'Petrowa'], ['Smirnow', 'Smirnowa'], ['Kusnezow', 'Kusnezowa'],
      ['Popow', 'Popowa'], ['Sokolow', 'Sokolowa'], ['Wolkow', 'Wolkowa'], ['Morosow', 'Morosowa'], ['Lebedew', 'Lebedewa'],
    ],
  },
  {
    key: 'ukrainian',
    weight: 5,
    locale: 'uk',
    female: ['Olena', 'Oksana', 'Iryna', 'Kateryna', 'Yuliia', 'Sofiia', 'Daryna', 'Nataliia', 'Khrystyna'],
    male: ['Andrii', 'Oleksandr', 'Dmytro', 'Taras', 'Bohdan', 'Serhii', 'Mykola', 'Yurii', 'Vitalii'],
    surnames: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boiko', 'Koval', 'Oliinyk', 'Lysenko', 'Marchenko', 'Savchenko', 'Rudenko', 'Pavlenko'],
  },
  {
    key: 'greek',
    weight: 3,
    female: ['Maria', 'Eleni', 'Katerina', 'Sofia', 'Georgia', 'Dimitra', 'Vasiliki', 'Despina'],
    male: ['Georgios', 'Konstantinos', 'Dimitrios', 'Nikolaos', 'Ioannis', 'Christos', 'Panagiotis', 'Vasilis'],
    surnames: [
      ['Papadopoulos', 'Papadopoulou'], 'Georgiou', ['Nikolaidis', 'Nikolaidou'], ['Konstantinidis', 'Konstantinidou'],
      'Dimitriou', 'Papadakis', ['Vlachos', 'Vlachou'], ['Karagiannis', 'Karagianni'], 'Antoniou', 'Christodoulou',
    ],
  },
  {
    key: 'italian',
    weight: 4,
    female: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Alessia', 'Martina', 'Valentina', 'Federica'],
    male: ['Marco', 'Luca', 'Giuseppe', 'Francesco', 'Alessandro', 'Matteo', 'Davide', 'Salvatore'],
    surnames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Lombardi'],
  },
  {
    key: 'romanian',
    weight: 3,
    female: ['Andreea', 'Ioana', 'Elena', 'Cristina', 'Alexandra', 'Mihaela', 'Bianca', 'Roxana'],
    male: ['Andrei', 'Alexandru', 'Mihai', 'Ionuț', 'Florin', 'Adrian', 'Bogdan', 'Cătălin'],
    surnames: ['Popescu', 'Ionescu', 'Popa', 'Radu', 'Stan', 'Dumitru', 'Stoica', 'Munteanu', 'Constantin', 'Gheorghe', 'Rusu', 'Lazăr'],
  },
  {
    key: 'balkan',
    weight: 3,
    female: ['Amra', 'Lejla', 'Ivana', 'Marija', 'Emina', 'Jelena', 'Ana', 'Selma'],
    male: ['Edin', 'Emir', 'Ivan', 'Marko', 'Nikola', 'Damir', 'Adnan', 'Goran'],
    surnames: ['Hodžić', 'Kovačević', 'Begić', 'Petrović', 'Jovanović', 'Marković', 'Horvat', 'Babić', 'Mehmedović', 'Nikolić'],
  },
  {
    key: 'persian-afghan',
    weight: 2,
    female: ['Mahsa', 'Shirin', 'Parisa', 'Zahra', 'Maryam', 'Nilufar', 'Setareh'],
    male: ['Arash', 'Reza', 'Farid', 'Navid', 'Mohammad', 'Jawad', 'Omid'],
    surnames: ['Ahmadi', 'Hosseini', 'Karimi', 'Rahimi', 'Sadeghi', 'Mohammadi', 'Rezaei', 'Azizi', 'Noori', 'Haidari'],
  },
  {
    key: 'west-african',
    weight: 2,
    locale: 'en',
    female: ['Ama', 'Akosua', 'Abena', 'Chiamaka', 'Ngozi', 'Adaeze', 'Efua'],
    male: ['Kwame', 'Kofi', 'Yaw', 'Emeka', 'Chinedu', 'Oluwaseun', 'Kwabena'],
    surnames: ['Mensah', 'Asante', 'Owusu', 'Okafor', 'Eze', 'Adeyemi', 'Okonkwo', 'Nwosu', 'Osei', 'Appiah'],
  },
  {
    key: 'vietnamese',
    weight: 1,
    female: ['Linh', 'Lan', 'Mai', 'Thao', 'Trang', 'Huong'],
    male: ['Minh', 'Duc', 'Tuan', 'Hung', 'Nam', 'Quang'],
    surnames: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui'],
  },
];
