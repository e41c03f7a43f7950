package vn.reviewportal.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UpToDateTest {

    private static final byte[] ARTICLE = ("---\ntitle: Đảng bộ khối đẩy mạnh khắc phục khuyết điểm\nperiod: 2012\n---\n\n"
            + "Toàn Đảng bộ khối đã khắc phục 3.195/4.716 khuyết điểm, đạt 67,7 %.\n").repeat(20)
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void everySameLengthEditAnywhereInAFileChangesItsHash() {
        String original = UpToDate.hash(ARTICLE);
        assertEquals(original, UpToDate.hash(ARTICLE.clone()), "the same bytes, the same hash");
        Random random = new Random(7);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            byte[] edited = ARTICLE.clone();
            int at = random.nextInt(edited.length);
            edited[at] = (byte) (edited[at] ^ (1 + random.nextInt(255)));
            if (random.nextBoolean()) { // and sometimes a second change far from the first
                int other = random.nextInt(edited.length);
                edited[other] = (byte) (edited[other] ^ (1 + random.nextInt(255)));
            }
            String hash = UpToDate.hash(edited);
            if (!java.util.Arrays.equals(edited, ARTICLE)) {
                assertNotEquals(original, hash, "an edit at byte " + at + " went unseen");
                seen.add(hash);
            }
        }
        assertTrue(seen.size() > 4_900, "different edits give different hashes: " + seen.size());
    }
}
