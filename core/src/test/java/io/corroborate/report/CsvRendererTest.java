package io.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Fixtures;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Dossier;
import io.corroborate.model.Event;
import io.corroborate.model.Relation;
import io.corroborate.model.Story;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvRendererTest {

  private static final Dossier DOSSIER =
      new Dossier(
          List.of(
              Fixtures.article(
                  "a1",
                  "=HYPERLINK(\"http://evil.example\",\"click\")",
                  "Body, with \"quotes\"\nand a line.",
                  null),
              Fixtures.article("a2", "@SUM(1+1)", "Other body.", null)),
          List.of(
              new Story(
                  "s1",
                  "-2 dead",
                  List.of("a1", "a2"),
                  List.of(new Event("e1", "t", null, List.of("a1", "a2"))),
                  List.of(
                      CopyLink.independent("a1"),
                      new CopyLink("a2", Relation.VERBATIM, "a1", "a1", null, 0.97, List.of())),
                  List.of(),
                  List.of(),
                  1)));

  private static List<CSVRecord> parse(String csv) throws Exception {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .build()
        .parse(new StringReader(csv))
        .getRecords();
  }

  @Test
  void articlesTableIsRfc4180WithOneRowPerArticle() throws Exception {
    String csv = CsvRenderer.render(DOSSIER, CsvRenderer.Table.ARTICLES);
    assertThat(csv).contains("\r\n");
    List<CSVRecord> rows = parse(csv);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get("relation")).isEqualTo("verbatim");
    assertThat(rows.get(1).get("derivedFrom")).isEqualTo("a1");
    assertThat(rows.get(0).get("storyId")).isEqualTo("s1");
  }

  @Test
  void cellsASpreadsheetWouldRunAreDefused() throws Exception {
    List<CSVRecord> rows = parse(CsvRenderer.render(DOSSIER, CsvRenderer.Table.ARTICLES));
    assertThat(rows.get(0).get("title"))
        .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
    assertThat(rows.get(1).get("title")).isEqualTo("'@SUM(1+1)");
    assertThat(CsvRenderer.cell("+1")).isEqualTo("'+1");
    assertThat(CsvRenderer.cell("\tx")).isEqualTo("'\tx");
    assertThat(CsvRenderer.cell(12000.0)).isEqualTo("12000");
    assertThat(CsvRenderer.cell(null)).isEmpty();
  }

  @Test
  void provenanceTableHasOneRowPerCopyLink() throws Exception {
    List<CSVRecord> rows = parse(CsvRenderer.render(DOSSIER, CsvRenderer.Table.PROVENANCE));
    assertThat(rows).extracting(r -> r.get("articleId")).containsExactly("a1", "a2");
    assertThat(rows.get(1).get("similarity")).isEqualTo("0.970");
  }

  @Test
  void emptyTablesStillHaveTheirHeader() throws Exception {
    String figures = CsvRenderer.render(DOSSIER, CsvRenderer.Table.FIGURES);
    assertThat(figures.lines().findFirst().orElseThrow()).startsWith("storyId,rank,about,kind");
    assertThat(parse(figures)).isEmpty();
    assertThat(parse(CsvRenderer.render(DOSSIER, CsvRenderer.Table.QUOTES))).isEmpty();
  }
}
