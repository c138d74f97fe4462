package io.corroborate.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects the language of a text with Apache OpenNLP's language detector and its published model
 * ({@code langdetect-183.bin}, 103 languages, shipped in a Maven artifact: nothing is downloaded at
 * run time), and names it with an ISO 639-1 code where one exists ("de", "fr", "zh"), else the ISO
 * 639-3 code. The model is loaded once per JVM, on first use. Thread-safe: the model is immutable
 * and each call makes its own detector.
 */
public final class Languages {

  /** Characters of text looked at: enough for a confident answer, bounded for speed. */
  static final int SAMPLE = 300;

  /** Fewer letters than this say too little to tell a language. */
  static final int MIN_LETTERS = 40;

  /** The model's individual-language codes whose ISO 639-1 code belongs to a macrolanguage. */
  private static final Map<String, String> MACRO =
      Map.ofEntries(
          Map.entry("cmn", "zh"),
          Map.entry("ekk", "et"),
          Map.entry("lvs", "lv"),
          Map.entry("pes", "fa"),
          Map.entry("plt", "mg"),
          Map.entry("pnb", "pa"),
          Map.entry("zsm", "ms"),
          Map.entry("arb", "ar"),
          Map.entry("swh", "sw"),
          Map.entry("uzn", "uz"),
          Map.entry("khk", "mn"),
          Map.entry("azj", "az"));

  private static final Map<String, String> TWO_LETTER = twoLetterCodes();

  private Languages() {}

  /**
   * A detected language.
   *
   * @param code ISO 639-1 code where one exists, else ISO 639-3
   * @param margin how many times likelier the detector finds it than the runner-up (the model
   *     spreads probability over 103 languages, so the margin says more than the probability)
   */
  public record Detected(String code, double margin) {}

  /**
   * The language of a text, or null when the text has too few letters to tell.
   *
   * @param text any text; only its first {@value #SAMPLE} characters are read
   */
  public static Detected detect(String text) {
    if (text == null) {
      return null;
    }
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    int letters = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (Character.isLetter(c)) {
        // an ideograph says as much as a short word
        letters += Character.isIdeographic(c) ? 3 : 1;
      }
    }
    if (letters < MIN_LETTERS) {
      return null;
    }
    Language[] ranked = new LanguageDetectorME(Model.INSTANCE).predictLanguages(sample);
    if (ranked.length == 0) {
      return null;
    }
    double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
    double margin = second <= 0 ? Double.POSITIVE_INFINITY : ranked[0].getConfidence() / second;
    return new Detected(code(ranked[0].getLang()), margin);
  }

  /** The two-letter code of an ISO 639-3 code where one exists, else the code itself. */
  static String code(String iso3) {
    String c = iso3.toLowerCase(Locale.ROOT);
    String macro = MACRO.get(c);
    if (macro != null) {
      return macro;
    }
    return TWO_LETTER.getOrDefault(c, c);
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> m = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        String three = Locale.forLanguageTag(two).getISO3Language();
        if (!three.isEmpty()) {
          m.putIfAbsent(three, two);
        }
      } catch (java.util.MissingResourceException e) {
        // no three-letter code: nothing to map
      }
    }
    return Map.copyOf(m);
  }

  /** Loads the model once, on first use. */
  private static final class Model {
    static final LanguageDetectorModel INSTANCE = load();

    private static LanguageDetectorModel load() {
      try (InputStream in = Languages.class.getResourceAsStream("/langdetect-183.bin")) {
        if (in == null) {
          throw new IllegalStateException(
              "the OpenNLP language model langdetect-183.bin is not on the class path");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the OpenNLP language model", e);
      }
    }
  }
}
