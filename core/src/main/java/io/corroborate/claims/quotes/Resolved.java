package io.corroborate.claims.quotes;

/**
 * A speaker as resolved: the fullest name (or null), the mention's token range, the role, and the
 * entity when there is one.
 */
record Resolved(String name, int start, int end, String role, Entities.Entity entity) {

  /** The writer ("I said"): quotes of the article's own author are not sources. */
  boolean writer(Tok[] t) {
    return entity == null && end - start == 1 && (t[start].is("i") || t[start].is("we"));
  }
}
