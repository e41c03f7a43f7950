// Times the first stages of a build (load, check, stats) in-process, with the heap in use after
// them: for content too large to build whole in the time a benchmark allows, such as the
// national sample, this shows what reading it alone costs.
//
//   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/review-portal.jar bench/LoadStages.java CONTENT_DIR
//
// (The JVM flags are the ones ./portal gives a one-off command.) Prints one line per stage.
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.source.ContentLoader;
import vn.reviewportal.source.LoadedContent;
import vn.reviewportal.stats.Statistics;
import vn.reviewportal.stats.StatisticsCalculator;

public class LoadStages {
    public static void main(String[] args) {
        Path content = Path.of(args[0]);
        long start = System.nanoTime();
        LoadedContent loaded = new ContentLoader(content, args[0]).load();
        long loadedAt = System.nanoTime();
        System.out.printf("load  %6.2f s, %d diagnostics%n", (loadedAt - start) / 1e9, loaded.diagnostics().size());
        if (loaded.content().isEmpty()) {
            System.out.println("the content has errors; run ./portal check on it");
            System.exit(1);
        }
        CheckedContent checked = ContentChecker.check(loaded.content().get());
        long checkedAt = System.nanoTime();
        System.out.printf("check %6.2f s, %d diagnostics%n", (checkedAt - loadedAt) / 1e9, checked.diagnostics().size());
        Statistics statistics = StatisticsCalculator.compute(checked.content());
        long computedAt = System.nanoTime();
        List<QualityFinding> findings = new ArrayList<>(checked.findings());
        findings.addAll(statistics.findings());
        System.out.printf("stats %6.2f s, %d figures, %d findings%n", (computedAt - checkedAt) / 1e9,
                statistics.figures().size(), findings.size());
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap in use after them: %d MiB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
}
