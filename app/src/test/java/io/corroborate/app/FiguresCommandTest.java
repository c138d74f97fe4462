package io.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiguresCommandTest {

  private static final List<String> FIELDS =
      List.of(
          "text",
          "start",
          "end",
          "kind",
          "value",
          "low",
          "high",
          "qualifier",
          "unit",
          "counts",
          "claimant",
          "timeScope",
          "hedged");

  @TempDir Path dir;

  @Test
  void writesOneLineOfFiguresPerArticleWithEveryContractField() throws IOException {
    Files.writeString(
        dir.resolve("a.jsonl"),
        "{\"id\":\"n1\",\"text\":\"Some 8,000 troops were sent to Vell, officials said.\"}\n"
            + "{\"id\":\"n2\",\"text\":\"The bridge opened in 1962.\"}\n");
    Cli r = Cli.run("figures", "-q", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("source").asText()).isEqualTo("n1");
    JsonNode f = first.get("figures").get(0);
    for (String field : FIELDS) {
      assertThat(f.has(field)).as(field).isTrue();
    }
    assertThat(f.get("value").asLong()).isEqualTo(8000);
    assertThat(f.get("qualifier").asText()).isEqualTo("about");
    assertThat(f.get("kind").asText()).isEqualTo("count");
    assertThat(f.get("claimant").asText()).isEqualTo("officials");
    assertThat(new ObjectMapper().readTree(lines.get(1)).get("figures")).isEmpty();
  }

  @Test
  void exampleCorpusFiguresMatchGoldenFile() throws IOException {
    Cli r = Cli.run("figures", "-q", "--threads", "2", ExampleCorpusGoldenTest.CORPUS);
    assertThat(r.exitCode()).as(r.err()).isZero();
    GoldenFiles.assertMatches(
        "calder-dam.figures.jsonl",
        GoldenFiles.keyedBySource(r.out(), ExampleCorpusGoldenTest.CORPUS));
  }
}
