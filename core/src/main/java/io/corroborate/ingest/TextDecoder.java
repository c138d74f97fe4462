package io.corroborate.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes input bytes by the contract's rules. Plain text: a byte-order mark, else strict UTF-8,
 * else a detected encoding with a warning. HTML: as browsers do, a byte-order mark, then the
 * transport's Content-Type, then the {@code <meta>} prescan, then detection, then windows-1252;
 * bytes invalid in the chosen encoding become U+FFFD with one warning. Stateless and thread-safe.
 */
public final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int PRESCAN_BYTES = 4096;
  private static final int SNIFF_BYTES = 8192;

  private TextDecoder() {}

  /**
   * Decodes a plain-text file.
   *
   * @throws InputFormatException when the bytes are binary rather than text
   */
  public static Decoded decodeText(byte[] bytes) throws InputFormatException {
    Charset bom = bomCharset(bytes);
    if (bom == null) {
      requireText(bytes);
    }
    if (bom != null) {
      return decode(bytes, bomLength(bytes), bom, null);
    }
    int bad = firstInvalidUtf8(bytes);
    if (bad < 0) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
    }
    Charset detected = detect(bytes);
    Charset chosen =
        detected == null || detected.equals(StandardCharsets.UTF_8) ? WINDOWS_1252 : detected;
    return decode(
        bytes,
        0,
        chosen,
        "not valid UTF-8 (first bad byte at offset "
            + bad
            + "); decoded as "
            + chosen.name()
            + (detected == null ? " (fallback)" : " (detected)"));
  }

  /**
   * Decodes a web page.
   *
   * @param contentType the HTTP or WARC Content-Type header, or null
   * @throws InputFormatException when the bytes are binary rather than text: many control bytes
   *     (NUL included) near the start, where no byte-order mark or header names a UTF-16 or UTF-32
   *     encoding; a few stray NUL bytes in markup are kept, as browsers keep them
   */
  public static Decoded decodeHtml(byte[] bytes, String contentType) throws InputFormatException {
    Charset charset = bomCharset(bytes);
    int skip = 0;
    if (charset != null) {
      skip = bomLength(bytes);
    } else {
      charset = charsetFromContentType(contentType);
      if (charset == null
          || !charset.name().startsWith("UTF-16") && !charset.name().startsWith("UTF-32")) {
        requireText(bytes, true);
      }
    }
    if (charset == null) {
      charset = prescanMeta(bytes);
    }
    if (charset == null) {
      if (firstInvalidUtf8(bytes) < 0) {
        charset = StandardCharsets.UTF_8;
      } else {
        Charset detected = detect(bytes);
        charset = detected == null ? WINDOWS_1252 : detected;
      }
    }
    return decode(bytes, skip, charset, null);
  }

  /** The charset a Content-Type header names, mapped as browsers map labels, or null. */
  public static Charset charsetFromContentType(String contentType) {
    if (contentType == null) {
      return null;
    }
    String lower = contentType.toLowerCase(Locale.ROOT);
    int i = lower.indexOf("charset=");
    if (i < 0) {
      return null;
    }
    String label = lower.substring(i + 8).trim();
    int end = 0;
    while (end < label.length() && isLabelChar(label.charAt(end))) {
      end++;
    }
    if (label.startsWith("\"") || label.startsWith("'")) {
      label = label.substring(1);
      end = 0;
      while (end < label.length() && isLabelChar(label.charAt(end))) {
        end++;
      }
    }
    return charsetForLabel(label.substring(0, end));
  }

  /** The charset for an encoding label, as the WHATWG Encoding standard maps common labels. */
  static Charset charsetForLabel(String label) {
    String l = label.trim().toLowerCase(Locale.ROOT);
    if (l.isEmpty()) {
      return null;
    }
    switch (l) {
      case "iso-8859-1":
      case "latin1":
      case "l1":
      case "us-ascii":
      case "ascii":
      case "iso8859-1":
      case "cp1252":
        return WINDOWS_1252;
      case "utf8":
      case "unicode-1-1-utf-8":
        return StandardCharsets.UTF_8;
      default:
        break;
    }
    try {
      return Charset.forName(l);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** The charset a {@code <meta>} tag declares in the first bytes of a page, or null. */
  static Charset prescanMeta(byte[] bytes) {
    int n = Math.min(bytes.length, PRESCAN_BYTES);
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    int from = 0;
    while (true) {
      int meta = head.indexOf("<meta", from);
      if (meta < 0) {
        return null;
      }
      int close = head.indexOf('>', meta);
      if (close < 0) {
        return null;
      }
      String tag = head.substring(meta, close);
      int cs = tag.indexOf("charset");
      if (cs >= 0) {
        int eq = cs + 7;
        while (eq < tag.length() && (tag.charAt(eq) == ' ' || tag.charAt(eq) == '=')) {
          eq++;
        }
        while (eq < tag.length() && (tag.charAt(eq) == '"' || tag.charAt(eq) == '\'')) {
          eq++;
        }
        int end = eq;
        while (end < tag.length() && isLabelChar(tag.charAt(end))) {
          end++;
        }
        Charset c = charsetForLabel(tag.substring(eq, end));
        if (c != null) {
          // a page that declares UTF-16 in ASCII-compatible bytes is not UTF-16
          return c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c;
        }
      }
      from = close;
    }
  }

  private static boolean isLabelChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.';
  }

  private static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector(null);
    detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null) {
      return null;
    }
    return charsetForLabel(name);
  }

  private static Decoded decode(byte[] bytes, int skip, Charset charset, String warning) {
    CharsetDecoder strict =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      CharBuffer out = strict.decode(in);
      return new Decoded(out.toString(), charset, warning);
    } catch (CharacterCodingException e) {
      String text = new String(bytes, skip, bytes.length - skip, charset);
      String replaced = "bytes invalid in " + charset.name() + " replaced with U+FFFD";
      return new Decoded(text, charset, warning == null ? replaced : warning + "; " + replaced);
    }
  }

  /** Offset of the first byte that breaks UTF-8, or -1 when all bytes are valid UTF-8. */
  static int firstInvalidUtf8(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need;
      int min;
      if (c >= 0xc2 && c <= 0xdf) {
        need = 1;
        min = 0x80;
      } else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        min = 0x800;
      } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + need >= n) {
        return i;
      }
      int cp = c & (0x3f >> need);
      for (int k = 1; k <= need; k++) {
        int cc = b[i + k] & 0xff;
        if ((cc & 0xc0) != 0x80) {
          return i;
        }
        cp = (cp << 6) | (cc & 0x3f);
      }
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        return i;
      }
      i += need + 1;
    }
    return -1;
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static int bomLength(byte[] b) {
    return (b[0] & 0xff) == 0xef ? 3 : 2;
  }

  /** Rejects bytes that are not text: NUL bytes or many control characters near the start. */
  private static void requireText(byte[] bytes) throws InputFormatException {
    requireText(bytes, false);
  }

  /**
   * Rejects bytes that are not text: many control characters near the start, or (unless {@code
   * strayNuls}, as a web page may carry a few) a NUL byte.
   */
  private static void requireText(byte[] bytes, boolean strayNuls) throws InputFormatException {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = bytes[i] & 0xff;
      if (c == 0 && !strayNuls) {
        throw new InputFormatException("binary content, not text (NUL byte at offset " + i + ")");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
        control++;
      }
    }
    if (n > 0 && control * 20 > n) {
      throw new InputFormatException(
          "binary content, not text (" + control + " control bytes in the first " + n + ")");
    }
  }
}
