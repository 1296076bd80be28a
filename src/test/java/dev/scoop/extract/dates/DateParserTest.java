package dev.scoop.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Posted Jun 21, 2024 8:17 AM CDT|2024-06-21T08:17:00-05:00",
      "2024-06-21T08:17:00-05:00|2024-06-21T08:17:00-05:00",
      "2024-06-21T13:17:00Z|2024-06-21T13:17:00Z",
      "2024-06-21T08:17:00.000-0500|2024-06-21T08:17:00-05:00",
      "2024-06-21|2024-06-21T00:00:00Z",
      "June 21, 2024|2024-06-21T00:00:00Z",
      "Friday, June 21, 2024 at 8:17 p.m. ET|2024-06-21T20:17:00-04:00",
      "Jan. 5, 2024 11:02 am EST|2024-01-05T11:02:00-05:00",
      "Updated 21 June 2024 14:05 BST|2024-06-21T14:05:00+01:00",
      "21. Juni 2024, 10:30 Uhr|2024-06-21T10:30:00Z",
      "21 juin 2024 à 10h30|2024-06-21T10:30:00Z",
      "21.06.2024 10:30|2024-06-21T10:30:00Z",
      "12 de marzo de 2023|2023-03-12T00:00:00Z",
      "sexta-feira, 22 de outubro de 2010 às 20:13|2010-10-22T20:13:00Z",
      "Dec 3rd, 2023 9:00 PM PST|2023-12-03T21:00:00-08:00",
      "2024/06/21 08:17|2024-06-21T08:17:00Z",
      "July 4, 2024 12:00 PM GMT+2|2024-07-04T12:00:00+02:00",
      "2/24/2026|2026-02-24T00:00:00Z",
      "03/03/2026 19:44|2026-03-03T19:44:00Z",
      "24/2/2026|2026-02-24T00:00:00Z",
      "Posted on Maret 30, 2015 by Admin|2015-03-30T00:00:00Z",
      "17 Agustus 2024|2024-08-17T00:00:00Z",
      "Senin, 25 Desember 2023 10:15|2023-12-25T10:15:00Z",
      // RFC 2822, as JSON-LD and feeds write it: the numeric offset is the page's
      "Mon, 18 Nov 2019 16:07:38 -0600|2019-11-18T16:07:38-06:00",
      "Sun, 29 Nov 2026 14:05:00 +0100|2026-11-29T14:05:00+01:00",
      "2025年12月18日 GMT+8 16:54|2025-12-18T00:00:00Z",
      "2026年11月29日 14:05|2026-11-29T14:05:00Z",
      "2026년 11월 29일|2026-11-29T00:00:00Z",
      "29 ноября 2026 г., 14:05|2026-11-29T14:05:00Z",
      "3 березня 2025|2025-03-03T00:00:00Z",
      "29 listopada 2026|2026-11-29T00:00:00Z",
      "1. května 2024|2024-05-01T00:00:00Z",
      "29 Kasım 2026|2026-11-29T00:00:00Z",
      "12 martie 2024|2024-03-12T00:00:00Z",
      "5 augusti 2024|2024-08-05T00:00:00Z",
      "29-11-2026|2026-11-29T00:00:00Z",
      // year first with dots (Korean, Chinese, Japanese, Hungarian)
      "2024.06.21|2024-06-21T00:00:00Z",
      "입력 2024.06.21 08:17|2024-06-21T08:17:00Z",
      "2024. 6. 21. 14:05|2024-06-21T14:05:00Z",
  })
  void parsesCommonSpellings(String input, String iso) {
    assertEquals(iso, DateParser.toIso(input));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "By Kate Seamons", "Chapter 13", "Feb 30, 2024", "13/45", "the 1990s", "June 1, 2024 13:45 PM", "3/4/2025", "13/14/2025", "3-4-2025",
      "10-12-2026 ranges", "Walmart 12, 2024 sales", "IntelliJ IDEA 2021.3.1", "build 2024.06.215", "2024.13.01", "version 2023.10.10.1"})
  void refusesWhatIsNotADate(String input) {
    assertNull(DateParser.toIso(input));
  }
}
