package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginNamesTest {

  @Test
  void webAddressesAndNamesOfOneOutletAreOne() {
    OriginNames names = new OriginNames(List.of("NBCNews.com", "NBC News", "www.nbcnews.com"));
    assertThat(names.canonicalSlug("NBCNews.com")).isEqualTo("nbc-news");
    assertThat(names.canonicalSlug("www.nbcnews.com")).isEqualTo("nbc-news");
    assertThat(names.canonical("NBCNews.com")).isEqualTo("NBC News");
    assertThat(names.same("NBC News", "NBCNews.com")).isTrue();
  }

  @Test
  void anAcronymIsTheNameItAbbreviatesWhenBothOccur() {
    OriginNames names =
        new OriginNames(List.of("CPA", "Continental Press Agency", "AP", "The Associated Press"));
    assertThat(names.canonical("CPA")).isEqualTo("Continental Press Agency");
    assertThat(names.canonicalSlug("AP")).isEqualTo("associated-press");
    assertThat(names.same("AFP", "Continental Press Agency")).isFalse();
  }

  @Test
  void displayNamesLoseAddressesAndLeadingArticles() {
    assertThat(OriginNames.display("RiversidePublicRadio.org")).isEqualTo("Riverside Public Radio");
    assertThat(OriginNames.display("The Lantern Daily")).isEqualTo("Lantern Daily");
    assertThat(OriginNames.slug("Agence France-Presse")).isEqualTo("agence-france-presse");
    assertThat(new OriginNames(List.of()).canonicalSlug("  ")).isNull();
  }
}
