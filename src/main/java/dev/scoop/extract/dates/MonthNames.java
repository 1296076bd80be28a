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
        // english, german, french, spanish, italian, portuguese, dutch, indonesian, scandinavian,
        // romanian, turkish, polish and czech (the genitive dates use), russian and ukrainian
        {"january", "januar", "janvier", "enero", "gennaio", "janeiro", "januari", "jan", "jänner", "ianuarie", "ocak",
            "stycznia", "ledna", "января", "январь", "січня"},
        {"february", "februar", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "feb", "fev", "febr", "februarie",
            "subat", "lutego", "unora", "февраля", "февраль", "лютого"},
        {"march", "marz", "mars", "marzo", "marco", "maart", "maret", "mar", "mrz", "marts", "martie", "mart", "marca",
            "brezna", "марта", "март", "березня"},
        {"april", "avril", "abril", "aprile", "apr", "avr", "abr", "aprilie", "nisan", "kwietnia", "dubna", "апреля",
            "апрель", "квітня"},
        {"may", "mai", "mayo", "maggio", "maio", "mei", "mag", "maj", "mayis", "maja", "kvetna", "мая", "май", "травня"},
        {"june", "juni", "juin", "junio", "giugno", "junho", "jun", "giu", "iunie", "haziran", "czerwca", "cervna", "июня",
            "июнь", "червня"},
        {"july", "juli", "juillet", "julio", "luglio", "julho", "jul", "juil", "lug", "iulie", "temmuz", "lipca", "cervence",
            "июля", "июль", "липня"},
        {"august", "aout", "agosto", "augustus", "agustus", "aug", "ago", "agt", "augusti", "agustos", "sierpnia", "srpna",
            "августа", "август", "серпня"},
        {"september", "septembre", "septiembre", "settembre", "setembro", "sep", "sept", "set", "septembrie", "eylul",
            "wrzesnia", "zari", "сентября", "сентябрь", "вересня"},
        {"october", "oktober", "octobre", "octubre", "ottobre", "outubro", "oct", "okt", "ott", "out", "octombrie", "ekim",
            "pazdziernika", "rijna", "октября", "октябрь", "жовтня"},
        {"november", "novembre", "noviembre", "novembro", "nov", "noiembrie", "kasim", "listopada", "listopadu", "ноября",
            "ноябрь", "листопада"},
        {"december", "dezember", "decembre", "diciembre", "dicembre", "dezembro", "desember", "dec", "dez", "dic",
            "decembrie", "aralik", "grudnia", "prosince", "декабря", "декабрь", "грудня"},
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
    String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace('ı', 'i').replace('ł', 'l'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    return MONTHS.getOrDefault(folded, -1);
  }
}
