package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.nlp.AnalysisCache;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Copy trees follow the text that was copied: an article that copies the part of another that this
 * one wrote itself has that article as origin, not the report that the other copied elsewhere.
 */
class CopyTreeTest {

  // C: an original report on a ferry grounding (invented)
  private static final String[] C_OPENING = {
    "The passenger ferry Morwenna Star ran aground on a sandbar outside Pellham harbour early on"
        + " Tuesday morning with 212 people on board.",
    "Coastguard officers said the vessel struck the bank at low tide shortly after leaving the"
        + " terminal in thick fog and heavy rain.",
    "All passengers were taken off by lifeboats and two fishing boats within three hours and"
        + " brought safely back to the quay.",
    "Four people were treated for mild hypothermia at the Pellham cottage hospital and released"
        + " later in the afternoon.",
    "The operator, Saltmarsh Lines, suspended its crossings to the islands until the hull has"
        + " been inspected by divers."
  };

  private static final String[] C_REST = {
    "Harbour master Idris Penhallow said the channel markers had been moved last winter after"
        + " storms shifted the sand.",
    "A salvage tug from Carrow Point is expected to attempt to refloat the ferry on the evening"
        + " high tide.",
    "The Marine Accident Board has sent two inspectors who will interview the captain and the"
        + " crew on Wednesday.",
    "Islanders who rely on the crossing for food and medicine deliveries were told a cargo barge"
        + " would run instead.",
    "The Morwenna Star was built in 1998 and refitted at the Kelloe yard only eighteen months"
        + " ago at great cost.",
    "Local fishermen have complained for years that the dredging of the approach channel was"
        + " repeatedly postponed.",
    "The county council said it would publish the dredging schedule and answer questions at a"
        + " public meeting.",
    "Saltmarsh Lines apologised to passengers and promised full refunds and compensation for"
        + " missed connections.",
    "Weather forecasters expect the fog to lift by Thursday, when a replacement vessel could"
        + " resume the timetable.",
    "Photographs taken from the cliffs show the ferry listing slightly to port with its bow"
        + " resting on the bank.",
    "No fuel has leaked from the tanks, according to an environmental officer who inspected the"
        + " site at noon."
  };

  // B's own reporting, after the opening it copied from C
  private static final String[] B_OWN = {
    "At the Anchor Inn on the quay, rescued travellers described a sudden lurch followed by"
        + " alarms and shouting below deck.",
    "Glenys Tregaskis, a retired teacher travelling to visit her sister, said the crew handed out"
        + " blankets and kept everyone calm.",
    "Several parents praised a deckhand who carried toddlers down the ladder into the waiting"
        + " lifeboats one by one.",
    "Volunteers from the parish hall brought soup, sandwiches and dry clothes to the quay while"
        + " families waited for news.",
    "The landlord of the inn opened his function room overnight for passengers who could not"
        + " reach the islands.",
    "A collection for the lifeboat crews raised more than nine hundred pounds by the evening,"
        + " organisers said.",
    "Children from the primary school drew thank you cards that will be delivered to the"
        + " lifeboat station on Friday."
  };

  // A: what A writes itself around the part of B it copies
  private static final String[] A_OWN = {
    "Our reader Tomas Quiller sent this account from the island of Brannock where supplies are"
        + " running short.",
    "Shops on the island say bread and milk will last until the weekend if the barge keeps to"
        + " its promised schedule.",
    "The island's doctor asked residents who need prescriptions to telephone the surgery rather"
        + " than travel."
  };

  private static String join(String[]... parts) {
    StringBuilder sb = new StringBuilder();
    for (String[] p : parts) {
      for (String s : p) {
        sb.append(s).append('\n');
      }
    }
    return sb.toString();
  }

  @Test
  void aCopyOfWhatACopyWroteItselfHasThatCopyAsOrigin() {
    Article c = Texts.raw("c", join(C_OPENING, C_REST));
    Article b = Texts.raw("b", join(C_OPENING, B_OWN));
    Article a = Texts.raw("a", join(B_OWN, A_OWN));
    Article other = Texts.raw("other", join(A_OWN));
    List<CopyLink> links = new CopyFinder().detect(List.of(c, b, a, other), new AnalysisCache());
    CopyLink lc = links.get(0);
    CopyLink lb = links.get(1);
    CopyLink la = links.get(2);
    assertThat(lb.derivedFrom()).as("B copies C's opening").isEqualTo("c");
    assertThat(lb.origin()).isEqualTo("c");
    assertThat(la.derivedFrom()).as("A copies B's own reporting").isEqualTo("b");
    assertThat(la.origin()).as("what A copied was never C's").isEqualTo("b");
    assertThat(lc.origin()).isEqualTo("c");
    // the independent sources behind A's text and C's are two
    assertThat(new Independence(links).independentSources(List.of("a", "c"))).isEqualTo(2);
  }

  @Test
  void aCopyOfTheCopiedPartOfACopyHasTheFirstReportAsOrigin() {
    Article c = Texts.raw("c", join(C_OPENING, C_REST));
    Article b = Texts.raw("b", join(C_OPENING, B_OWN));
    Article a = Texts.raw("a", join(C_OPENING, A_OWN));
    List<CopyLink> links = new CopyFinder().detect(List.of(c, b, a), new AnalysisCache());
    assertThat(links.get(2).origin()).isEqualTo("c");
    assertThat(links.get(1).origin()).isEqualTo("c");
  }
}
