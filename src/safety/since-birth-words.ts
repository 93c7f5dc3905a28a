/** Words after "since" or "after" that make a duration the time since the birth. */
export const sinceBirthWords = new Set(['born', 'birth', 'delivered', 'delivery', 'section', 'caesarean', 'csection', 'labour', 'labor']);
