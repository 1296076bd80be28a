// Heap bytes per entry of the dedupe structures at 1,000,000 entries.
//
//   mvn -B -q package -DskipTests
//   java -Xmx4g -cp target/scoop.jar bench/DedupeMemory.java [entries=1000000]
//
// Measures used heap after full GCs before and after filling each structure.
import dev.scoop.dedupe.FingerprintIndex;
import dev.scoop.dedupe.LocalFingerprintIndex;
import dev.scoop.dedupe.LocalSeenStore;
import dev.scoop.dedupe.Seen;
import dev.scoop.dedupe.UrlKey;
import java.lang.management.ManagementFactory;
import java.util.Random;

public class DedupeMemory {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long base = usedAfterGc();
    LocalSeenStore store = new LocalSeenStore(n, Long.MAX_VALUE, System::currentTimeMillis, key -> { });
    Random random = new Random(1);
    for (int i = 0; i < n; i++) {
      String url = "https://news.example-" + (i % 5000) + ".com/section/2026/11/28/story-number-" + i + ".html";
      store.put(UrlKey.of(url), new Seen(System.currentTimeMillis(), random.nextLong(), null));
    }
    long afterStore = usedAfterGc();
    FingerprintIndex index = new LocalFingerprintIndex();
    for (int i = 0; i < n; i++) {
      String url = "https://news.example-" + (i % 5000) + ".com/section/2026/11/28/story-number-" + i + ".html";
      index.add(UrlKey.of(url), url, random.nextLong());
    }
    long afterIndex = usedAfterGc();
    System.out.printf("entries=%d%n", n);
    System.out.printf("URL index (LocalSeenStore): %.0f bytes/entry%n", (afterStore - base) / (double) n);
    System.out.printf("fingerprint index: %.0f bytes/fingerprint (incl. a %d-char URL string each)%n",
        (afterIndex - afterStore) / (double) n, ("https://news.example-1.com/section/2026/11/28/story-number-" + n / 2 + ".html").length());
    System.out.println(store.stats().getInteger("size") + index.size() > 0 ? "ok" : "empty");
  }

  private static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
