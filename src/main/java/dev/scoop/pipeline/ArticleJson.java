package dev.scoop.pipeline;

import dev.scoop.extract.Article;
import dev.scoop.extract.Block;
import dev.scoop.extract.Image;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** The Article JSON of the public contract; absent values are omitted, never invented. */
public final class ArticleJson {
  private ArticleJson() {}

  public static JsonObject toJson(Article a) {
    JsonObject o = new JsonObject();
    put(o, "url", a.url());
    put(o, "finalUrl", a.finalUrl());
    put(o, "canonicalUrl", a.canonicalUrl());
    put(o, "title", a.title());
    put(o, "description", a.description());
    o.put("authors", new JsonArray(List.copyOf(a.authors())));
    put(o, "publishedAt", a.publishedAt());
    put(o, "modifiedAt", a.modifiedAt());
    put(o, "siteName", a.siteName());
    put(o, "language", a.language());
    put(o, "section", a.section());
    o.put("tags", new JsonArray(List.copyOf(a.tags())));
    if (a.image() != null) {
      o.put("image", image(a.image()));
    }
    JsonArray images = new JsonArray();
    a.images().forEach(i -> images.add(image(i)));
    o.put("images", images);
    put(o, "text", a.text());
    put(o, "html", a.html());
    put(o, "markdown", a.markdown());
    JsonArray blocks = new JsonArray();
    a.blocks().forEach(b -> blocks.add(block(b)));
    o.put("blocks", blocks);
    JsonArray links = new JsonArray();
    a.links().forEach(l -> links.add(new JsonObject().put("url", l.url()).put("text", l.text())));
    o.put("links", links);
    o.put("wordCount", a.wordCount());
    o.put("readingTimeMinutes", a.readingTimeMinutes());
    put(o, "fingerprint", a.fingerprint());
    put(o, "pageType", a.pageType());
    return o;
  }

  private static JsonObject image(Image i) {
    JsonObject o = new JsonObject().put("url", i.url());
    put(o, "caption", i.caption());
    put(o, "credit", i.credit());
    return o;
  }

  private static JsonObject block(Block b) {
    JsonObject o = new JsonObject().put("type", b.type()).put("text", b.text());
    if (b.level() != null) {
      o.put("level", b.level());
    }
    if (b.ordered() != null) {
      o.put("ordered", b.ordered());
    }
    if (b.image() != null) {
      o.put("image", image(b.image()));
    }
    if (b.rows() != null) {
      JsonArray rows = new JsonArray();
      b.rows().forEach(r -> rows.add(new JsonArray(List.copyOf(r))));
      o.put("rows", rows);
    }
    return o;
  }

  private static void put(JsonObject o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }
}
