package dev.scoop.extract.content;

import dev.scoop.extract.Css;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Pages rendered by streaming React servers (Next.js and others) send each part of the page that
 * was not ready at first as a hidden segment at the end of the body ({@code <div hidden id="S:1">}),
 * and a script call {@code $RC("B:1","S:1")} moves it into its placeholder
 * ({@code <template id="B:1">}) in the page. Doing that move here puts the parts back in reading
 * order and makes them visible; a segment without its placeholder stays where it is.
 */
final class StreamedSegments {
  private static final Pattern SWAP = Pattern.compile("\\$RC\\(\\s*\"(B:[0-9a-zA-Z]+)\"\\s*,\\s*\"(S:[0-9a-zA-Z]+)\"");

  private StreamedSegments() {}

  static void reveal(Element body) {
    Elements segments = body.select(Css.of("div[hidden][id^=S:]"));
    if (segments.isEmpty()) {
      return;
    }
    Map<String, String> placeholderOf = new HashMap<>();
    for (Element script : body.ownerDocument().select(Css.of("script:containsData($RC)"))) {
      Matcher m = SWAP.matcher(script.data());
      while (m.find()) {
        placeholderOf.put(m.group(2), m.group(1));
      }
    }
    for (Element segment : segments) {
      String id = segment.id();
      // React names a boundary and its segment by the same number unless a swap call says otherwise.
      String placeholderId = placeholderOf.getOrDefault(id, "B:" + id.substring(2));
      Element placeholder = body.getElementById(placeholderId);
      segment.removeAttr("hidden");
      if (placeholder != null && placeholder.normalName().equals("template")) {
        placeholder.before(segment);
        placeholder.remove();
      }
    }
  }
}
