package io.corroborate.feeds;

/** Feeds and pages written for these tests. */
final class Fixtures {

  private Fixtures() {}

  static String rss(String title, String... items) {
    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
        .append(title)
        .append("</title><link>http://example.invalid/</link><description>d</description>");
    for (String i : items) {
      sb.append(i);
    }
    return sb.append("</channel></rss>").toString();
  }

  static String item(String guid, String link, String title) {
    return "<item>"
        + (title == null ? "" : "<title>" + title + "</title>")
        + (link == null ? "" : "<link>" + link + "</link>")
        + (guid == null ? "" : "<guid isPermaLink=\"false\">" + guid + "</guid>")
        + "<pubDate>Tue, 14 Jan 2025 09:30:00 GMT</pubDate>"
        + "</item>";
  }

  static String page(String headline) {
    return "<!DOCTYPE html><html><head><title>"
        + headline
        + "</title></head><body><article><h1>"
        + headline
        + "</h1><p>The harbour board met on Tuesday and agreed to widen the channel before the"
        + " spring tides, a spokeswoman said.</p><p><a href=\"/elsewhere\">Read more</a></p>"
        + "</article></body></html>";
  }
}
