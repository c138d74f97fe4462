package io.corroborate.clean;

import io.corroborate.model.CreditLine;
import io.corroborate.model.CreditLine.CreditType;
import io.corroborate.model.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lines by which an article credits another outlet or agency: "This article was
 * originally published on NBCNews.com", "Reuters contributed to this report", "With files from The
 * Canadian Press", and agency datelines such as "WASHINGTON (AP) —". Stateless and thread-safe.
 */
public final class CreditLines {

  private static final String ORG = "(?<org>[\\p{L}0-9][\\p{L}0-9 .&'’/-]{1,80}?)";

  private static final Pattern REPUBLISHED =
      Pattern.compile(
          "(?i)(?:this (?:article|story|report|piece|post|content|item) (?:was |has been |is )?)?"
              + "(?:originally|first) (?:published|appeared|posted|ran)"
              + " (?:on|in|at|by|with) (?:the )?"
              + ORG
              + "(?: on [^.]{1,40}| and is [^.]{1,80})?\\s*[.!]?");

  private static final Pattern REPUBLISHED_WITH =
      Pattern.compile(
          "(?i)(?:this (?:article|story|report|piece) (?:is )?)?(?:republished|reprinted|reproduced"
              + "|syndicated) (?:here )?(?:with permission )?(?:from|by|courtesy of) (?:the )?"
              + ORG
              + "\\s*[.!]?");

  private static final Pattern CONTRIBUTED =
      Pattern.compile(
          "(?i)(?:the )?"
              + ORG
              + " contributed(?: additional)? (?:to this (?:report|story|article)"
              + "|reporting|to this reporting|additional reporting)(?: [^.]{0,80})?\\s*\\.?");

  private static final Pattern REPORTING_BY =
      Pattern.compile("(?i)(?:additional )?(?:reporting|writing) by [^\\n]{2,200}");

  private static final Pattern SOURCE =
      Pattern.compile(
          "(?i)(?:with (?:files|reporting|additional reporting) from|(?:source|quelle)\\s*:|via)"
              + "\\s+(?:the )?"
              + ORG
              + "\\s*\\.?");

  private static final Pattern AGENCY_DATELINE =
      Pattern.compile(
          "^(?:[\\p{Lu}][\\p{Lu} .'/-]{1,40}(?:,\\s*[\\p{L} .'-]{2,40})?\\s*)?"
              + "\\((?<org>[\\p{Lu}][\\p{L}&.'-]*(?: [\\p{Lu}][\\p{L}&.'-]*){0,3})\\)\\s*[\u2014\u2013-]");

  private CreditLines() {}

  /** Whether a whole block is a credit line. */
  static boolean isCreditLine(String block) {
    return parseLine(block, 0) != null;
  }

  /**
   * The credit a whole block states, or null.
   *
   * @param start the block's start in the text, for the credit's span
   */
  public static CreditLine parseLine(String block, int start) {
    String t = block.strip();
    if (t.length() > 400) {
      return null;
    }
    int offset = start + block.indexOf(t.isEmpty() ? block : t.substring(0, 1));
    Span span = new Span(offset, offset + t.length());
    Matcher m = REPUBLISHED.matcher(t);
    if (m.matches()) {
      return new CreditLine(span, t, cleanOrg(m.group("org")), CreditType.REPUBLISHED);
    }
    m = REPUBLISHED_WITH.matcher(t);
    if (m.matches()) {
      return new CreditLine(span, t, cleanOrg(m.group("org")), CreditType.REPUBLISHED);
    }
    m = CONTRIBUTED.matcher(t);
    if (m.matches() && m.group("org").split("\\s+").length <= 8) {
      return new CreditLine(span, t, cleanOrg(m.group("org")), CreditType.CONTRIBUTED);
    }
    if (REPORTING_BY.matcher(t).matches()) {
      return new CreditLine(span, t, null, CreditType.CONTRIBUTED);
    }
    m = SOURCE.matcher(t);
    if (m.matches() && m.group("org").split("\\s+").length <= 6) {
      return new CreditLine(span, t, cleanOrg(m.group("org")), CreditType.SOURCE);
    }
    return null;
  }

  /**
   * The agency dateline at the start of a paragraph ("WASHINGTON (AP) —"), or null.
   *
   * @param start the paragraph's start in the text
   */
  public static CreditLine agencyDateline(String paragraph, int start) {
    Matcher m = AGENCY_DATELINE.matcher(paragraph);
    if (!m.find()) {
      return null;
    }
    return new CreditLine(
        new Span(start, start + m.end()),
        paragraph.substring(0, m.end()).strip(),
        m.group("org"),
        CreditType.AGENCY_DATELINE);
  }

  private static String cleanOrg(String org) {
    String s = org.strip();
    while (!s.isEmpty() && ".,;:".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s.isEmpty() ? null : s;
  }
}
