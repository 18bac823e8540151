import type { Scene } from './illustrations.js';

/** The illustration of each demo story, by its German title: the place and time the story is set in, who is in it. */
export const STORY_SCENES: Readonly<Record<string, Scene>> = {
  'Vom Praktikum zur Meisterin': { landmark: 'headframe', time: 'morning', people: 1 },
  'Ein Catering, das Brücken baut': { landmark: 'houses', time: 'day', people: 2 },
  'Mehrsprachige Beratung im Bürgerbüro': { landmark: 'houses', time: 'day', people: 3 },
  'Die zweite Chance nach dem Abbruch': { landmark: 'headframe', time: 'morning', people: 2 },
  'Pflege mit vielen Stimmen': { landmark: 'houses', time: 'morning', people: 4 },
  'Ein Verzeichnis, das Angebote sichtbar macht': { landmark: 'gasometer', time: 'day', people: 3 },
  'Vom Studium in Bochum zur Firma in Mülheim': { landmark: 'headframe', time: 'day', people: 2 },
  'Die Bäckerei, die ausbildet': { landmark: 'houses', time: 'morning', people: 2 },
  'Elternabend in fünf Sprachen': { landmark: 'houses', time: 'evening', people: 4 },
  'IT-Fachkräfte halten, statt sie zu verlieren': { landmark: 'houses', time: 'day', people: 2 },
  'Der Friseursalon als Treffpunkt': { landmark: 'gasometer', time: 'day', people: 2 },
  'Anerkennung in drei Monaten statt einem Jahr': { landmark: 'houses', time: 'day', people: 2 },
  'Logistik mit Perspektive': { landmark: 'harbour', time: 'morning', people: 1 },
  'Gründen mit Rückenwind': { landmark: 'headframe', time: 'evening', people: 4 },
  'Die Ausbildungsmesse im Stadtteil': { landmark: 'houses', time: 'day', people: 3 },
  'Ein Werkzeugbau, der Sprachen spricht': { landmark: 'headframe', time: 'day', people: 2 },
  'Vom Integrationskurs in die Verwaltung': { landmark: 'houses', time: 'morning', people: 1 },
  'Gemeinsam statt nebeneinander': { landmark: 'houses', time: 'day', people: 4 },
  'Der Kfz-Betrieb und die Berufsschule': { landmark: 'harbour', time: 'day', people: 2 },
  'Talente aus dem Revier für das Revier': { landmark: 'gasometer', time: 'evening', people: 3 },
};
