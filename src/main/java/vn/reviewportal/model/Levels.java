package vn.reviewportal.model;

import java.util.List;
import java.util.Optional;
import vn.reviewportal.diag.Position;

/**
 * The levels an organization's {@code kind} may name: the ones built into the portal, and the
 * ones {@code organizations.yaml} declares under {@code levels}, which add a level or give a
 * built-in one the site's own label. Like a period's rating scales they are data, because
 * the bodies that publish reviews sit at many levels, each with its own name.
 *
 * @param declared as the site declares them, in file order; whether an id is declared twice is
 *                 for the check stage to say
 */
public record Levels(List<Declared> declared) {

    /** One level of {@code levels}, with where its id is written. */
    public record Declared(Level level, Position at) {
    }

    /**
     * The levels of the party's organization, from the top of a province down to the cell; a
     * grassroots organization (<i>tổ chức cơ sở đảng</i>) and the parts of one are {@code grassroots}.
     */
    public static final List<Level> BUILT_IN = List.of(
            new Level("dang-bo-tinh", "Đảng bộ tỉnh", "Provincial party committee", false),
            new Level("dang-bo-thanh-pho-truc-thuoc-trung-uong", "Đảng bộ thành phố trực thuộc Trung ương",
                    "Party committee of a centrally-run city", false),
            new Level("dang-bo-huyen", "Đảng bộ huyện", "District party committee", false),
            new Level("dang-bo-quan", "Đảng bộ quận", "Urban district party committee", false),
            new Level("dang-bo-thi-xa", "Đảng bộ thị xã", "Town party committee", false),
            new Level("dang-bo-thanh-pho-thuoc-tinh", "Đảng bộ thành phố thuộc tỉnh", "Provincial city party committee",
                    false),
            new Level("dang-bo-khoi", "Đảng bộ khối", "Bloc party committee", false),
            new Level("dang-bo-co-so", "Đảng bộ cơ sở", "Grassroots party committee", true),
            new Level("dang-bo-bo-phan", "Đảng bộ bộ phận", "Party sub-committee", true),
            new Level("chi-bo-co-so", "Chi bộ cơ sở", "Grassroots party cell", true),
            new Level("chi-bo", "Chi bộ", "Party cell", true));

    /** A site that declares no level of its own. */
    public static final Levels NONE_DECLARED = new Levels(List.of());

    public Levels {
        declared = List.copyOf(declared);
    }

    public static Optional<Level> builtIn(String id) {
        return BUILT_IN.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The level {@code id} names: as the site first declares it, else the built-in one. */
    public Optional<Level> get(String id) {
        return declared.stream().map(Declared::level).filter(l -> l.id().equals(id)).findFirst().or(() -> builtIn(id));
    }
}
