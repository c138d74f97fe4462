package io.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

  @TempDir Path dir;

  @Test
  void noCommandIsAUsageError() {
    Cli r = Cli.run();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("a command is required");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli r = Cli.run("analyze", "--colour", "x");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option");
  }

  @Test
  void nothingReadableExitsWithThreeAndSaysWhy() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Cli r = Cli.run("analyze", empty.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("skipped " + empty + ": empty file", "no input could be processed");
  }

  @Test
  void badInputsAreReportedOnStandardErrorAndTheRestIsProcessed() throws IOException {
    Files.writeString(
        dir.resolve("good.txt"),
        "Storm closes coastal road\n\nThe road will reopen on Friday, police said.");
    Files.write(dir.resolve("bin.html"), new byte[] {0, 1, 2, 3});
    Files.writeString(
        dir.resolve("lines.jsonl"), "{\"id\":\"j1\",\"text\":\"Line one.\"}\n{broken\n");
    Cli r = Cli.run("extract", dir.toString());
    assertThat(r.exitCode()).isZero();
    // the binary bytes named .html are no page: reported, as they would be named .txt
    assertThat(r.out().lines()).hasSize(2);
    assertThat(r.err().lines())
        .anyMatch(
            l ->
                l.startsWith(
                    "corroborate: skipped "
                        + dir.resolve("bin.html")
                        + ": binary content, not text"))
        .anyMatch(
            l ->
                l.startsWith("corroborate: skipped " + dir.resolve("lines.jsonl") + ":2: not JSON"))
        .anyMatch(l -> l.startsWith("corroborate: 2 articles extracted; 2 skipped"));
    for (String line : r.out().lines().toList()) {
      JsonNode n = new ObjectMapper().readTree(line);
      assertThat(n.has("removed")).isTrue();
      assertThat(n.get("published").isNull()).isTrue(); // null fields are kept, never omitted
    }
  }

  @Test
  void writesTheDossierToAFileWhenAsked() throws IOException {
    Files.writeString(
        dir.resolve("a.txt"),
        "Storm closes coastal road\n\nThe road will reopen on Friday, police said.");
    Path out = dir.resolve("out/dossier.json");
    Cli r =
        Cli.run(
            "analyze",
            "--format",
            "json",
            "--out",
            out.toString(),
            dir.resolve("a.txt").toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    JsonNode d = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(d.get("stories")).hasSize(1);
    assertThat(d.get("articles").get(0).get("title").asText())
        .isEqualTo("Storm closes coastal road");
    assertThat(d.get("stories").get(0).get("articleIds").get(0).asText())
        .isEqualTo(d.get("articles").get(0).get("id").asText());
  }

  @Test
  void quotesWritesOneLineOfQuotesPerArticleWithTheContractsFields() throws IOException {
    Files.writeString(
        dir.resolve("q.jsonl"),
        "{\"id\":\"q1\",\"text\":\"\\\"The pier is gone,\\\" said Nell Arkwright, the"
            + " harbour master.\"}\n{\"id\":\"q2\",\"text\":\"No one spoke.\"}\n");
    Cli r = Cli.run("quotes", "-q", dir.resolve("q.jsonl").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("source").asText()).isEqualTo("q1");
    JsonNode q = first.get("quotes").get(0);
    for (String field :
        List.of(
            "text",
            "start",
            "end",
            "speaker",
            "speakerStart",
            "speakerEnd",
            "role",
            "verb",
            "direct")) {
      assertThat(q.has(field)).as(field).isTrue();
    }
    assertThat(q.get("text").asText()).isEqualTo("The pier is gone");
    assertThat(q.get("speaker").asText()).isEqualTo("Nell Arkwright");
    assertThat(q.get("role").asText()).isEqualTo("the harbour master");
    assertThat(q.get("direct").asBoolean()).isTrue();
    JsonNode second = new ObjectMapper().readTree(lines.get(1));
    assertThat(second.get("quotes")).isEmpty();
  }

  @Test
  void htmlReportEscapesHostileArticleText() throws IOException {
    Files.writeString(
        dir.resolve("x.jsonl"),
        "{\"id\":\"evil\",\"title\":\"<script>alert(1)</script>\",\"text\":\"<img src=x onerror=alert(2)> said the mayor.\"}\n");
    Cli r = Cli.run("analyze", "--format", "html", dir.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .doesNotContain("<script>alert", "<img src=x")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void analyzeWritesOneCsvTableAsAsked() throws IOException {
    Files.writeString(
        dir.resolve("a.txt"),
        "Storm closes coastal road\n\nAbout 300 people were moved from the coast road on"
            + " Thursday, police said.");
    Files.writeString(
        dir.resolve("b.txt"),
        "=cmd|' /C calc'!A0\n\nThe county council said on Thursday the road would reopen.");
    Cli r = Cli.run("analyze", "-q", "--format", "csv", "--table", "articles", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("articleId,storyId,source,url,outlet,title");
    assertThat(lines).hasSize(3);
    assertThat(r.out()).contains("'=cmd|");
    Cli bad = Cli.run("analyze", "--format", "csv", "--table", "everything", dir.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
  }
}
