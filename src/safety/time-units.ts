/** Days in each unit of an age or a duration told in days, weeks, months or years. */
export const dayUnits: Record<string, number> = { day: 1, days: 1, d: 1, week: 7, weeks: 7, wk: 7, wks: 7, w: 7, month: 30.4, months: 30.4, mo: 30.4, mos: 30.4, mth: 30.4, mths: 30.4, year: 365, years: 365 };
/** Hours in each unit of a duration told in hours or minutes. */
export const hourUnits: Record<string, number> = { hour: 1, hours: 1, hr: 1, hrs: 1, h: 1, minute: 1 / 60, minutes: 1 / 60, min: 1 / 60, mins: 1 / 60 };
