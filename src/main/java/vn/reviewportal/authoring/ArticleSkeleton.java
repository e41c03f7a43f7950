package vn.reviewportal.authoring;

import java.time.OffsetDateTime;
import java.util.List;

/** The skeleton of a new article: front matter to fill in, and a first line of text. */
public final class ArticleSkeleton {

    private ArticleSkeleton() {
    }

    public static Draft of(String title, OffsetDateTime now) {
        return new Draft(title, now.withSecond(0).withNano(0), "", "", "",
                List.of("Viết nội dung bài ở đây. Mỗi đoạn cách nhau một dòng trống."), List.of());
    }
}
