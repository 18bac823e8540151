/**
 * The platform's time zone. All seven cities are in Germany: dates and times are shown in German time
 * (CET/CEST) in every language and whatever zone the server runs in. Calendar days are passed around as
 * noon UTC, which is the same day here.
 */
export const PLATFORM_TIME_ZONE = 'Europe/Berlin';
