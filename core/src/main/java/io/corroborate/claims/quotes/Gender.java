package io.corroborate.claims.quotes;

/** What a pronoun asks of its antecedent, or what is known of a speaker. */
enum Gender {
  MALE,
  FEMALE,
  /** A group or several people ("they"). */
  PLURAL,
  /** A thing or an organisation ("it"). */
  NEUTER,
  UNKNOWN
}
