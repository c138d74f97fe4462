package io.corroborate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class NameFormsProperties {

  @Property(tries = 300)
  void keysAreLowerCaseAndStable(@ForAll String name) {
    String key = NameForms.key(name);
    assertThat(key).isEqualTo(key.toLowerCase(Locale.ROOT));
    assertThat(NameForms.key(name)).isEqualTo(key);
  }

  @Property(tries = 300)
  void foldingTwiceChangesNothing(@ForAll("words") String word) {
    String once = NameForms.fold(word);
    assertThat(NameForms.fold(once)).isEqualTo(once);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> words() {
    return net.jqwik.api.Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(14);
  }

  @Property(tries = 200)
  void acronymsNeverFail(@ForAll String name) {
    String a = NameForms.acronym(NameForms.tokens(name, false));
    if (a != null) {
      assertThat(a.length()).isGreaterThanOrEqualTo(2);
    }
  }
}
