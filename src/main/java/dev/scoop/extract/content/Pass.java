package dev.scoop.extract.content;

/**
 * How aggressively one extraction pass cleans. Passes run from strictest to most lenient
 * until one yields enough text (after Mozilla Readability's retry cascade): a page whose
 * content sits in a container with a furniture-like class name ("widget", "header") is
 * still found by a later pass.
 */
public enum Pass {
  /** Strip furniture by class name, weight classes, clean inside the content. */
  STRICT(true, true, true),
  /** Keep elements with furniture-like names; still weight and clean. */
  KEEP_UNLIKELY(false, true, true),
  /** Trust only the text: no class names, no conditional cleaning. */
  LENIENT(false, false, false);

  final boolean stripUnlikely;
  final boolean weightClasses;
  final boolean cleanConditionally;

  Pass(boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {
    this.stripUnlikely = stripUnlikely;
    this.weightClasses = weightClasses;
    this.cleanConditionally = cleanConditionally;
  }
}
