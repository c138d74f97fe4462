package io.corroborate.eval;

import io.corroborate.claims.quotes.QuoteExtractor;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.InputKind;
import io.corroborate.model.Quote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quotes-seeds}: the acceptance checks of the quotes issue on the five seed reports. Each
 * check names words of a quote and the speaker the quote must be given (and a name it must not be
 * given); the check passes when some article has a quote with those words attributed so. Prints one
 * line per check and exits 1 if any fails.
 */
@Command(
    name = "quotes-seeds",
    mixinStandardHelpOptions = true,
    description =
        "Acceptance checks on the seed reports: known quotes attributed to their speakers.")
final class QuotesSeedsEval implements Callable<Integer> {

  private record Check(String words, String speaker, String notSpeaker) {}

  private static final List<Check> CHECKS =
      List.of(
          new Check("only a matter of time", "Zelenskyy", null),
          new Check("Ukraine is ready to hand over", "Zelenskyy", null),
          new Check("highly indoctrinated", "Kirby", null),
          new Check("Becoming a prisoner of war means treason", "Kim", "Kim Jong Un"),
          new Check("Recently, it has been confirmed", "Lee Seong-kweun", null));

  @Option(
      names = "--seeds",
      paramLabel = "DIR",
      description = "The seed reports (default: ${DEFAULT-VALUE}).")
  Path seeds = Path.of("../shared/seeds");

  @Override
  public Integer call() throws IOException {
    ArticleCleaner cleaner = new ArticleCleaner();
    QuoteExtractor extractor = new QuoteExtractor();
    List<Quote> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        Article a = cleaner.clean(RawDocument.of(f.toString(), InputKind.TEXT, text));
        all.addAll(extractor.extract(a));
      }
    }
    int failed = 0;
    for (Check c : CHECKS) {
      Quote hit = null;
      for (Quote q : all) {
        if (normal(q.text()).contains(normal(c.words()))) {
          hit = q;
          if (ok(q, c)) {
            break;
          }
        }
      }
      boolean pass = hit != null && ok(hit, c);
      failed += pass ? 0 : 1;
      System.out.printf(
          Locale.ROOT,
          "%s  \"%s ...\" -> %s%n",
          pass ? "PASS" : "FAIL",
          c.words(),
          hit == null
              ? "(quote not found)"
              : hit.speaker() + (hit.role() == null ? "" : " (" + hit.role() + ")"));
    }
    System.out.println((CHECKS.size() - failed) + "/" + CHECKS.size() + " seed checks pass");
    return failed == 0 ? 0 : 1;
  }

  private static boolean ok(Quote q, Check c) {
    String s = q.speaker();
    if (s == null || !normal(s).contains(normal(c.speaker()))) {
      return false;
    }
    return c.notSpeaker() == null || !normal(s).equals(normal(c.notSpeaker()));
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
  }
}
