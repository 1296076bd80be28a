package dev.scoop.extract;

/** An image of the article; caption and credit are kept apart ("(AP Photo/...)" is a credit). */
public record Image(String url, String caption, String credit) {

  public Image withUrl(String newUrl) {
    return new Image(newUrl, caption, credit);
  }
}
