package dev.scoop.extract.dates;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Month names and abbreviations in the languages news sites publish in most. */
final class MonthNames {
  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] names = {
        // english, german, french, spanish, italian, portuguese, dutch, indonesian
        {"january", "januar", "janvier", "enero", "gennaio", "janeiro", "januari", "jan", "jänner"},
        {"february", "februar", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "feb", "fev", "febr"},
        {"march", "marz", "mars", "marzo", "marco", "maart", "maret", "mar", "mrz"},
        {"april", "avril", "abril", "aprile", "apr", "avr", "abr"},
        {"may", "mai", "mayo", "maggio", "maio", "mei", "mag"},
        {"june", "juni", "juin", "junio", "giugno", "junho", "jun", "giu"},
        {"july", "juli", "juillet", "julio", "luglio", "julho", "jul", "juil", "lug"},
        {"august", "aout", "agosto", "augustus", "agustus", "aug", "ago", "agt"},
        {"september", "septembre", "septiembre", "settembre", "setembro", "sep", "sept", "set"},
        {"october", "oktober", "octobre", "octubre", "ottobre", "outubro", "oct", "okt", "ott", "out"},
        {"november", "novembre", "noviembre", "novembro", "nov"},
        {"december", "dezember", "decembre", "diciembre", "dicembre", "dezembro", "desember", "dec", "dez", "dic"},
    };
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        MONTHS.put(name, i + 1);
      }
    }
  }

  private MonthNames() {}

  /** The month number 1..12 for {@code name} (any case, accents ignored), or -1. */
  static int month(String name) {
    String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    return MONTHS.getOrDefault(folded, -1);
  }
}
