package vn.reviewportal.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** How long each stage of one build took, in the order the stages ran. */
public final class StageTimes {

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.merge(stage, System.nanoTime() - start, Long::sum);
        }
    }

    void add(String stage, long nanos) {
        this.nanos.merge(stage, nanos, Long::sum);
    }

    void run(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** Milliseconds per stage, in run order. */
    public Map<String, Long> millis() {
        Map<String, Long> millis = new LinkedHashMap<>();
        nanos.forEach((stage, n) -> millis.put(stage, n / 1_000_000));
        return millis;
    }

    public long totalMillis() {
        return nanos.values().stream().mapToLong(Long::longValue).sum() / 1_000_000;
    }
}
