package io.corroborate.claims.quotes;

import static io.corroborate.claims.quotes.QuoteFixtures.quoteWith;
import static io.corroborate.claims.quotes.QuoteFixtures.quotes;
import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

  private static String mention(String text, Quote q) {
    return q.speakerStart() == null ? null : text.substring(q.speakerStart(), q.speakerEnd());
  }

  @Test
  void attributesAStraightQuoteToTheNameAfterIt() {
    String text =
        "The ferry was cancelled on Monday.\n\n"
            + "\"We will not sail until the wind drops,\" harbour master Odile Brenner said.";
    List<Quote> qs = quotes(text);
    Quote q = quoteWith(qs, "We will not sail");
    assertThat(q.text()).isEqualTo("We will not sail until the wind drops");
    assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    assertThat(q.speaker()).isEqualTo("Odile Brenner");
    assertThat(q.role()).isEqualTo("harbour master");
    assertThat(q.verb()).isEqualTo("said");
    assertThat(text.substring(q.verbStart(), q.verbEnd())).isEqualTo("said");
    assertThat(q.direct()).isTrue();
    assertThat(mention(text, q)).contains("Odile Brenner");
  }

  @Test
  void resolvesAPronounToTheFullestNameAndKeepsItsOwnSpan() {
    String text =
        "Odile Brenner runs the harbour at Calvet.\n\n"
            + "\u201cThe sea wall held,\u201d she said. \u201cThe road did not.\u201d";
    List<Quote> qs = quotes(text);
    Quote first = quoteWith(qs, "The sea wall held");
    assertThat(first.speaker()).isEqualTo("Odile Brenner");
    assertThat(mention(text, first)).isEqualTo("she");
    Quote second = quoteWith(qs, "The road did not");
    assertThat(second.speaker()).isEqualTo("Odile Brenner");
    assertThat(second.direct()).isTrue();
  }

  @Test
  void splitsAQuoteAroundItsAttribution() {
    String text =
        "Mayor Tomasz Wielgosz visited the shelter.\n\n"
            + "\"The water came fast,\" Wielgosz said, \"and it will take months to dry out.\"";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(Quote::text)
        .contains("The water came fast", "and it will take months to dry out.");
    assertThat(qs).allSatisfy(q -> assertThat(q.speaker()).isEqualTo("Tomasz Wielgosz"));
  }

  @Test
  void readsAQuoteThatRunsOverSeveralParagraphs() {
    String text =
        "Ines Ruelle, a paramedic, said: \"We reached the first house at dawn. The family was on"
            + " the roof.\n\n"
            + "\"By noon we had taken forty people out. Nobody was hurt.\"\n\n"
            + "The rain stopped in the evening.";
    List<Quote> qs = quotes(text);
    Quote a = quoteWith(qs, "first house at dawn");
    Quote b = quoteWith(qs, "forty people out");
    assertThat(a.speaker()).isEqualTo("Ines Ruelle");
    assertThat(b.speaker()).isEqualTo("Ines Ruelle");
    assertThat(a.role()).isEqualTo("a paramedic");
    assertThat(qs).noneMatch(q -> q.text().contains("rain stopped"));
  }

  @Test
  void keepsADefectorApartFromALeaderOfTheSameSurname() {
    String text =
        "Troops loyal to Marshal Park Dong Hyun crossed the river.\n\n"
            + "\"Surrender is betrayal where I come from,\" Park, a 29-year-old former border"
            + " guard who fled in 2021, told the Lantern.\n\n"
            + "\"They are taught to fight to the end for Park Dong Hyun,\" he added.\n\n"
            + "Park Dong Hyun has not commented on the fighting.";
    List<Quote> qs = quotes(text);
    Quote q = quoteWith(qs, "Surrender is betrayal");
    assertThat(q.speaker()).isEqualTo("Park");
    assertThat(q.role()).isEqualTo("a 29-year-old former border guard who fled in 2021");
    Quote added = quoteWith(qs, "fight to the end");
    assertThat(added.speaker()).isEqualTo("Park");
    assertThat(added.verb()).isEqualTo("added");
  }

  @Test
  void findsReportedSpeech() {
    String text =
        "Dara Okoye said that the bridge would reopen on Friday.\n\n"
            + "According to the Calvet Port Authority, two cranes were damaged.\n\n"
            + "The tide peaked at six metres, the authority said.\n\n"
            + "Okoye told the Courier the repairs would cost millions.";
    List<Quote> qs = quotes(text);
    Quote said = quoteWith(qs, "the bridge would reopen");
    assertThat(said.direct()).isFalse();
    assertThat(said.speaker()).isEqualTo("Dara Okoye");
    Quote according = quoteWith(qs, "two cranes were damaged");
    assertThat(according.speaker()).isEqualTo("Calvet Port Authority");
    assertThat(according.verb()).isEqualTo("according to");
    Quote trailing = quoteWith(qs, "The tide peaked");
    assertThat(trailing.speaker()).isEqualTo("Calvet Port Authority");
    Quote told = quoteWith(qs, "the repairs would cost");
    assertThat(told.speaker()).isEqualTo("Dara Okoye");
    assertThat(told.verb()).isEqualTo("told");
  }

  @Test
  void readsAnInvertedAttributionWithItsApposition() {
    String text =
        "\"Nobody listened to the engineers,\" said Halvard Sorli, a retired surveyor who"
            + " inspected the dam in 2015.";
    Quote q = quoteWith(quotes(text), "Nobody listened");
    assertThat(q.speaker()).isEqualTo("Halvard Sorli");
    assertThat(q.role()).isEqualTo("a retired surveyor who inspected the dam in 2015");
  }

  @Test
  void givesAFragmentInTheWritersSentenceTheWholeClause() {
    String text = "Lina Varsi visited the camp.\n\nHer week had been \"long and hard,\" she said.";
    Quote q = quoteWith(quotes(text), "long and hard");
    assertThat(q.text()).startsWith("Her week had been");
    assertThat(q.direct()).isFalse();
    assertThat(q.speaker()).isEqualTo("Lina Varsi");
  }

  @Test
  void dropsScareQuotesAndTheWritersOwnWords() {
    String text =
        "The so-called \"safe zone\" was flooded by noon.\n\n"
            + "\"It could be worse,\" I said to the driver.";
    assertThat(quotes(text)).isEmpty();
  }

  @Test
  void namesAnOrganisationThatSpeaks() {
    String text =
        "The storm closed the port.\n\n"
            + "\"All ships must stay at anchor,\" the Calvet Coast Guard said in a statement.";
    Quote q = quoteWith(quotes(text), "All ships");
    assertThat(q.speaker()).isEqualTo("Calvet Coast Guard");
  }

  @Test
  void leavesTheSpeakerNullWhenNoNameIsGiven() {
    String text = "\"We lost everything,\" one resident said outside the hall.";
    Quote q = quoteWith(quotes(text), "We lost everything");
    assertThat(q.speaker()).isNull();
    assertThat(q.role()).isEqualTo("one resident");
    assertThat(mention(text, q)).isEqualTo("one resident");
  }

  @Test
  void mapsOffsetsOfAWebPageToItsTextAsRead() {
    String html =
        "<html><head><title>Flood</title></head><body><article><p>The river rose overnight in"
            + " the valley town.</p><p>&ldquo;We have never seen it this high,&rdquo; said"
            + " Mirela Dascu, the town&#39;s mayor.</p></article></body></html>";
    io.corroborate.model.Article a =
        new io.corroborate.clean.ArticleCleaner()
            .clean(
                io.corroborate.ingest.RawDocument.of(
                    "p.html", io.corroborate.model.InputKind.HTML, html));
    Quote q = quoteWith(QuoteFixtures.EXTRACTOR.extract(a), "never seen it");
    assertThat(q.text()).isEqualTo("We have never seen it this high");
    assertThat(html.substring(q.start(), q.end())).isEqualTo("We have never seen it this high");
    assertThat(q.speaker()).isEqualTo("Mirela Dascu");
    assertThat(html.substring(q.speakerStart(), q.speakerEnd())).contains("Mirela Dascu");
  }
}
