// The facts are what content conditions (`when:`) are written over, so they belong with the content;
// nlu/extract-facts.ts reads them from messages.

/** Days since birth known only as a range: at least `gte`, and below `lt` when it is given. */
export interface DayRange {
  gte: number;
  lt?: number;
}

/** What a person has said about their situation, as far as the answer may depend on it. */
export interface Facts {
  days_since_birth?: number;
  /**
   * When only a range is known ("5 days or more" pressed in a dialog): days since birth from `gte`, below
   * `lt` when given. Never written into an answer as an age; `days_since_birth`, when known, wins over it.
   */
  days_since_birth_range?: DayRange;
  baby_age_weeks?: number;
  birth_type?: 'caesarean' | 'vaginal';
  first_baby?: boolean;
  long_labour?: boolean;
  mother_unwell?: boolean;
  baby_unwell?: boolean;
  twins?: boolean;
  /** Someone asking for the person who breastfeeds ("my wife's milk is late"), so answers can speak to them too. */
  partner_asking?: boolean;
  /**
   * The age was given only roughly ("3 months", "1.5 weeks"), so `days_since_birth` is an estimate that
   * rules may use but an answer never says back as "born 90 days ago".
   */
  age_approximate?: boolean;
  /** A baby born early (premature), where some answers differ. */
  premature?: boolean;
}
