package io.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class Utf8DigestProperties {

  @Property(tries = 300)
  void digestsTheSameBytesAsGetBytes(
      @ForAll @StringLength(max = 9000) @CharRange(from = '\u0000', to = '\uffff') String text)
      throws Exception {
    MessageDigest a = MessageDigest.getInstance("SHA-256");
    a.update(text.getBytes(StandardCharsets.UTF_8));
    MessageDigest b = MessageDigest.getInstance("SHA-256");
    ArticleIds.updateUtf8(b, text);
    assertThat(b.digest()).isEqualTo(a.digest());
  }
}
