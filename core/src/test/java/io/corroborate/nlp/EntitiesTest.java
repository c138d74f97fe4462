package io.corroborate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.Annotation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entity component on CoreNLP's real entity recogniser (loaded once per test JVM). */
class EntitiesTest {

  private static final String TEXT =
      "\"They are ready to die for their leader,\" Seo, a 29-year-old former army cook who"
          + " defected to the South in 2021, told the Harbour Courier on Tuesday.\n\n"
          + "\"These soldiers were taught to sacrifice themselves for Seo Jin Ho,\" he added,"
          + " referring to the country's ruler.\n\n"
          + "Seo had worked in a northern garrison for six years. The Marrowick Intelligence"
          + " Service (MIS) said it could not confirm his account, and Darian Lonechild, a"
          + " spokesman for the service, declined to comment. Lonechild said the MIS would"
          + " publish a report in May.\n\n"
          + "The country's leader Seo has praised the army as the strongest in the world.";

  private static ArticleEntities entities() {
    Annotation a = CoreNlp.shared().annotate(TEXT, Layer.NER, LocalDate.of(2026, 3, 5));
    return Entities.of(a, TEXT);
  }

  @Test
  void keepsADefectorCalledSeoApartFromTheRulerSeoJinHo() {
    List<Entity> people = entities().of(EntityType.PERSON);
    Entity defector = people.stream().filter(e -> e.name().equals("Seo")).findFirst().orElseThrow();
    Entity ruler =
        people.stream().filter(e -> e.name().equals("Seo Jin Ho")).findFirst().orElseThrow();
    assertThat(defector.descriptor()).startsWith("a 29-year-old former army cook");
    assertThat(defector.mentions()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(ruler.mentions().get(ruler.mentions().size() - 1).start())
        .isEqualTo(TEXT.lastIndexOf("Seo"));
  }

  @Test
  void joinsAnAcronymAndASurnameToTheirFullNames() {
    ArticleEntities e = entities();
    Entity service = e.at(TEXT.indexOf("MIS"));
    assertThat(service).isNotNull();
    assertThat(service.name()).isEqualTo("Marrowick Intelligence Service");
    Entity spokesman = e.at(TEXT.indexOf("Lonechild said"));
    assertThat(spokesman.name()).isEqualTo("Darian Lonechild");
    assertThat(spokesman.descriptor()).isEqualTo("a spokesman for the service");
  }

  @Test
  void leavesPronounsOut() {
    for (Entity en : entities().entities()) {
      for (EntityMention m : en.mentions()) {
        assertThat(m.text()).isNotIn("he", "his", "He", "they");
      }
    }
  }

  @Test
  void readsRelativeDatesAgainstTheArticleDate() {
    Annotation a = CoreNlp.shared().annotate(TEXT, Layer.NER);
    List<DateMention> dates = DateMentions.of(a, TEXT, LocalDate.of(2026, 3, 5));
    assertThat(dates)
        .filteredOn(d -> d.text().equals("Tuesday"))
        .extracting(DateMention::date)
        .containsExactly(LocalDate.of(2026, 3, 3));
    assertThat(dates).filteredOn(d -> d.text().equals("2021")).hasSize(1);
  }

  @Test
  void aWeekdayIsTheNextOneWhenItsVerbPointsAheadAndTheLastOneOtherwise() {
    String text =
        "Officials said on Tuesday that schools will stay closed until Friday. The storm hit the"
            + " coast on Sunday, and the mayor is going to visit on Saturday. Two days ago the"
            + " bridge went; last Friday the river rose.";
    Annotation a = CoreNlp.shared().annotate(text, Layer.NER);
    LocalDate wednesday = LocalDate.of(2026, 3, 4);
    Map<String, LocalDate> byText = new HashMap<>();
    for (DateMention d : DateMentions.of(a, text, wednesday)) {
      byText.put(d.text(), d.date());
    }
    assertThat(byText)
        .containsEntry("Tuesday", LocalDate.of(2026, 3, 3))
        .containsEntry("Friday", LocalDate.of(2026, 3, 6))
        .containsEntry("Sunday", LocalDate.of(2026, 3, 1))
        .containsEntry("Saturday", LocalDate.of(2026, 3, 7))
        .containsEntry("Two days ago", LocalDate.of(2026, 3, 2))
        .containsEntry("last Friday", LocalDate.of(2026, 2, 27));
  }

  @Test
  void emptyTextHasNoEntities() {
    Annotation a = CoreNlp.shared().annotate("", Layer.NER);
    assertThat(Entities.of(a, "").entities()).isEmpty();
  }
}
