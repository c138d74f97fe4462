package io.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.CreditLine;
import io.corroborate.model.InputKind;
import io.corroborate.model.RemovedBlock;
import io.corroborate.model.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CleanerProperties {

  private final ArticleCleaner cleaner = new ArticleCleaner();

  /** Lines of the shapes real pages have, and noise. */
  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> furniture =
        Arbitraries.of(
            "[ad_1]",
            "Share post:",
            "Follow us:",
            "3 min read",
            "Leave a Reply",
            "Translate »",
            "Show full article",
            "Source link",
            "Related articles",
            "Recent posts",
            "Date:",
            "March 3, 2026",
            "By Jane Roe",
            "www.example.com",
            "Example TV",
            "EXAMPLE TV",
            "About The Author",
            "Jane Roe",
            "Jane Roe is a writer and editor.",
            "Please enter a valid email address.",
            "CLICK HERE TO GET THE APP",
            "Photo label",
            "A caption of a photo. (Photo: Someone/Agency)",
            "Reuters contributed to this report.",
            "This article was originally published on X.com",
            "Tags: a, b, c",
            "One, Two, Three",
            "In World",
            "ALL CAPS RELATED HEADLINE HERE",
            "Teaser that trails off...",
            "\"",
            "“",
            "(",
            ")",
            "—");
    Arbitrary<String> prose =
        Arbitraries.of(
            "The council said on Monday that the bridge would reopen after repairs to its deck.",
            "\"We will rebuild,\" the mayor said, adding that funding had been secured.",
            "WASHINGTON (AP) — Officials said the storm had passed without major damage to homes.",
            "Short line",
            "Marrowick:",
            "A sentence.");
    Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(60);
    Arbitrary<String> line =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, furniture),
            net.jqwik.api.Tuple.of(4, prose),
            net.jqwik.api.Tuple.of(2, noise));
    Arbitrary<String> sep = Arbitraries.of("\n", "\n\n", "\r\n", " \n \n", "\n\n\n");
    return Arbitraries.integers()
        .between(0, 25)
        .flatMap(
            n ->
                line.list()
                    .ofSize(n)
                    .flatMap(
                        lines ->
                            sep.list()
                                .ofSize(n)
                                .map(
                                    seps -> {
                                      StringBuilder sb = new StringBuilder();
                                      for (int i = 0; i < n; i++) {
                                        sb.append(lines.get(i)).append(seps.get(i));
                                      }
                                      return sb.toString();
                                    })));
  }

  @Property(tries = 300)
  void textCleaningNeverCrashesAndKeepsOffsetsInBounds(@ForAll("pages") String text) {
    for (InputKind kind : new InputKind[] {InputKind.TEXT, InputKind.JSON_TEXT}) {
      Article a = cleaner.clean(RawDocument.of("p", kind, text));
      assertInBounds(a);
    }
  }

  @Property(tries = 300)
  void randomStringsNeverCrashAnyCleaner(@ForAll String text) {
    for (InputKind kind : InputKind.values()) {
      Article a = cleaner.clean(RawDocument.of("p", kind, text));
      assertInBounds(a);
    }
  }

  @Property(tries = 300)
  void cleaningTheBodyAgainChangesNothing(@ForAll("pages") String text) {
    String once = cleaner.clean(RawDocument.of("p", InputKind.TEXT, text)).body();
    String twice = cleaner.clean(RawDocument.of("p", InputKind.JSON_TEXT, once)).body();
    assertThat(twice).isEqualTo(once);
  }

  @Property(tries = 200)
  void htmlMadeOfTheseLinesCleansWithinBounds(@ForAll("pages") String text) {
    StringBuilder html = new StringBuilder("<html><body><article>");
    for (String line : text.split("\n")) {
      html.append("<p>").append(line.replace("<", "&lt;")).append("</p>");
    }
    Article a =
        cleaner.clean(RawDocument.of("p.html", InputKind.HTML, html + "</article></body></html>"));
    assertInBounds(a);
  }

  private static void assertInBounds(Article a) {
    int n = a.text().length();
    for (RemovedBlock r : a.removed()) {
      assertThat(r.end()).isLessThanOrEqualTo(n);
    }
    for (CreditLine c : a.credits()) {
      assertThat(c.span().end()).isLessThanOrEqualTo(n);
    }
    if (a.titleSpan() != null) {
      assertThat(a.titleSpan().end()).isLessThanOrEqualTo(n);
    }
    Span all = a.toTextSpan(new Span(0, a.body().length()));
    assertThat(all.end()).isLessThanOrEqualTo(n);
    for (int i = 0; i <= a.body().length(); i += Math.max(1, a.body().length() / 7)) {
      assertThat(a.bodyMap().toOriginal(i)).isBetween(0, n);
    }
  }
}
