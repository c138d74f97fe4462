package io.corroborate.model;

/** A value with a stable external name, the one JSON and the CLI use. */
public interface Labeled {

  /** The external name, lower case with hyphens. */
  String label();
}
