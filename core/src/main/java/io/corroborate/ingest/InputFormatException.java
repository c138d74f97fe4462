package io.corroborate.ingest;

import java.io.IOException;

/** An input that cannot be read as its kind: its message says what is wrong, without the path. */
public class InputFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  /** An exception with a specific message. */
  public InputFormatException(String message) {
    super(message);
  }

  /** An exception with a specific message and its cause. */
  public InputFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
