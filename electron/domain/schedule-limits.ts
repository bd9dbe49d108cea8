/**
 * The schedule's input limits, apart from the generator: the API contract needs them, and the
 * contract loads before the sign-in screen, where the generator's Hebrew calendar
 * (@hebcal/core with its Temporal polyfill, about 150 KB) would only slow start-up.
 */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

export const MAX_SESSIONS_PER_SCHEDULE = 60;
