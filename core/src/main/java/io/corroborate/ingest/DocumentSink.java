package io.corroborate.ingest;

/** Receives documents as they are read, in input order. */
@FunctionalInterface
public interface DocumentSink {

  /** Takes one document. */
  void accept(RawDocument document);
}
