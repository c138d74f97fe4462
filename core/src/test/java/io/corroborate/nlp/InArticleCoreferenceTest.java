package io.corroborate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InArticleCoreferenceTest {

  private final InArticleCoreference coref = new InArticleCoreference();
  private int pos;

  private void person(String text, String before, String appositive) {
    add(text, EntityType.PERSON, before, appositive);
  }

  private void add(String text, EntityType type, String before, String appositive) {
    coref.add(
        new EntityMention(text, type, pos, pos + text.length(), pos / 100), before, appositive);
    pos += 100;
  }

  private static List<String> mentions(Entity e) {
    return e.mentions().stream().map(m -> m.text() + "@" + m.start()).toList();
  }

  @Test
  void aBareNameIntroducedAsSomeoneNewStaysApartFromTheFamousNamesake() {
    person("Seo", "", "a 29-year-old former army cook who defected in 2021");
    person("Seo Jin Ho", "for", null);
    person("Seo", "", null);
    person("Seo", "leader", null);
    List<Entity> people = coref.result().of(EntityType.PERSON);
    assertThat(people).hasSize(2);
    assertThat(people.get(0).name()).isEqualTo("Seo");
    assertThat(people.get(0).descriptor()).startsWith("a 29-year-old");
    assertThat(mentions(people.get(0))).containsExactly("Seo@0", "Seo@200");
    assertThat(people.get(1).name()).isEqualTo("Seo Jin Ho");
    assertThat(mentions(people.get(1))).containsExactly("Seo Jin Ho@100", "Seo@300");
  }

  @Test
  void aSurnameOrFirstNameRefersBackToTheFullName() {
    person("Darian Lonechild", "", "the water board's chief engineer");
    person("Lonechild", "", null);
    person("Darian", "", null);
    person("Mr Lonechild", "", null);
    List<Entity> people = coref.result().of(EntityType.PERSON);
    assertThat(people).hasSize(1);
    assertThat(people.get(0).mentions()).hasSize(4);
    assertThat(people.get(0).descriptor()).isEqualTo("the water board's chief engineer");
  }

  @Test
  void aSurnameMeetsTheLatestFullNameItBelongsTo() {
    person("Ana Kessler", "", null);
    person("Tomas Kessler", "", null);
    person("Kessler", "", null);
    List<Entity> people = coref.result().of(EntityType.PERSON);
    assertThat(people).hasSize(2);
    assertThat(people.get(1).mentions()).hasSize(2);
  }

  @Test
  void organisationsMeetByAcronymAndContainedName() {
    add("Calder Valley Water Board", EntityType.ORGANIZATION, "", null);
    add("CVWB", EntityType.ORGANIZATION, "", null);
    add("Estermont's Calder Valley Water Board", EntityType.ORGANIZATION, "", null);
    add("Harbour Courier", EntityType.ORGANIZATION, "", null);
    List<Entity> orgs = coref.result().of(EntityType.ORGANIZATION);
    assertThat(orgs).hasSize(2);
    assertThat(orgs.get(0).mentions()).hasSize(3);
    assertThat(orgs.get(0).name()).isEqualTo("Estermont's Calder Valley Water Board");
  }

  @Test
  void anAcronymTaggedAsOtherStillMeetsItsOrganisation() {
    add("National Flood Service", EntityType.ORGANIZATION, "", null);
    add("NFS", EntityType.MISC, "", null);
    ArticleEntities r = coref.result();
    assertThat(r.entities()).hasSize(1);
    assertThat(r.entities().get(0).type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void placesMeetByAcronym() {
    add("United Provinces", EntityType.LOCATION, "", null);
    add("U.P.", EntityType.LOCATION, "", null);
    add("Marrowick", EntityType.LOCATION, "", null);
    assertThat(coref.result().of(EntityType.LOCATION)).hasSize(2);
  }

  @Test
  void spellingVariantsOfASurnameAreOnePerson() {
    person("Oleksandr Hrytsenkiy", "", null);
    person("Hrytsenky", "", null);
    person("Hrytsenkyy", "", null);
    assertThat(coref.result().of(EntityType.PERSON)).hasSize(1);
  }

  @Test
  void lookupsFindTheEntityOfAMention() {
    person("Darian Lonechild", "", null);
    person("Lonechild", "", null);
    ArticleEntities r = coref.result();
    assertThat(r.at(105).name()).isEqualTo("Darian Lonechild");
    assertThat(r.at(50)).isNull();
    assertThat(r.named("Lonechild").name()).isEqualTo("Darian Lonechild");
    assertThat(r.mentionCount()).isEqualTo(2);
  }
}
