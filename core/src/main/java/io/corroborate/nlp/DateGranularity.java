package io.corroborate.nlp;

/** How precisely a date mention names its time. */
public enum DateGranularity {
  /** One day ("Tuesday", "May 3, 2013"). */
  DAY,
  /** One week ("this week"). */
  WEEK,
  /** One month ("in October"). */
  MONTH,
  /** One year ("in 2022"). */
  YEAR
}
