package io.corroborate.ingest;

import java.util.Locale;

/** The input kinds the contract knows, told by file extension, with {@code .gz} allowed on each. */
public enum InputFormat {
  TEXT(".txt"),
  HTML(".html", ".htm"),
  WARC(".warc"),
  JSON_LINES(".jsonl"),
  FEED(".xml", ".rss", ".atom");

  private final String[] extensions;

  InputFormat(String... extensions) {
    this.extensions = extensions;
  }

  /** A file name's format and whether it is gzip-compressed. */
  public record Detected(InputFormat format, boolean gzipped) {}

  /** The format of a file name, or null when the extension is not an input kind. */
  public static Detected of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    boolean gz = name.endsWith(".gz");
    if (gz) {
      name = name.substring(0, name.length() - 3);
    }
    for (InputFormat f : values()) {
      for (String ext : f.extensions) {
        if (name.endsWith(ext) && name.length() > ext.length()) {
          return new Detected(f, gz);
        }
      }
    }
    return null;
  }

  /** The extensions, for messages: ".txt, .html, .htm, ...". */
  public static String known() {
    StringBuilder sb = new StringBuilder();
    for (InputFormat f : values()) {
      for (String ext : f.extensions) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(ext);
      }
    }
    return sb.append(" (each also .gz)").toString();
  }
}
