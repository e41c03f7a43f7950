package vn.reviewportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;

class YamlReaderTest {

    private final YamlReader reader = new YamlReader(1_000_000);

    private List<Diagnostic> problems(String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        reader.read("f.yaml", yaml, 1, diagnostics);
        return diagnostics.list();
    }

    @Test
    void everyValueKnowsWhereItIsWritten() {
        Diagnostics diagnostics = new Diagnostics();
        YamlNode root = reader.read("f.yaml", """
                year: 2012
                groups:
                  - {id: to-chuc-dang, label: Tổ chức đảng}
                """, 1, diagnostics).orElseThrow();
        YamlNode.Mapping mapping = (YamlNode.Mapping) root;
        assertEquals(new Position("f.yaml", 1, 7), mapping.entry("year").orElseThrow().value().at());
        YamlNode.Sequence groups = (YamlNode.Sequence) mapping.entry("groups").orElseThrow().value();
        YamlNode.Mapping first = (YamlNode.Mapping) groups.items().get(0);
        assertEquals(new Position("f.yaml", 3, 31), first.entry("label").orElseThrow().value().at());
        assertTrue(diagnostics.list().isEmpty());
    }

    @Test
    void digitsWrittenPlainAreAWholeNumberEvenWithALeadingZeroButQuotedTheyAreText() {
        Diagnostics diagnostics = new Diagnostics();
        YamlNode.Mapping root = (YamlNode.Mapping) reader.read("f.yaml", """
                a: 08
                b: [09, -08]
                c: {d: 010, e: 0}
                f: "08"
                g: '09'
                h: |
                  08
                i: 0o7
                """, 1, diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.list());
        assertEquals(List.of("INTEGER 08", "INTEGER 09", "INTEGER -08", "INTEGER 010", "INTEGER 0",
                        "TEXT 08", "TEXT 09", "TEXT 08\n", "TEXT 0o7"),
                scalars(root).map(s -> s.kind() + " " + s.text()).toList());
    }

    private static Stream<YamlNode.Scalar> scalars(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            return Stream.of(scalar);
        }
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence.items().stream().flatMap(YamlReaderTest::scalars);
        }
        return ((YamlNode.Mapping) node).entries().stream().flatMap(e -> scalars(e.value()));
    }

    @Test
    void embeddedYamlReportsFileLines() {
        Diagnostics diagnostics = new Diagnostics();
        YamlNode root = reader.read("a.md", "title: x\ndate: y\n", 2, diagnostics).orElseThrow();
        assertEquals(3, ((YamlNode.Mapping) root).entry("date").orElseThrow().keyAt().line());
    }

    @Test
    void duplicateKeysAreErrorsAtTheSecondKey() {
        List<Diagnostic> problems = problems("found: 1\nremediated: 1\nfound: 2\n");
        assertEquals(1, problems.size());
        assertEquals(Code.DUPLICATE_KEY, problems.get(0).code());
        assertEquals(new Position("f.yaml", 3, 1), problems.get(0).position());
        assertTrue(problems.get(0).hint().contains("line 1"));
    }

    @Test
    void aDuplicateKeyOfAMappingOfManyKeysIsFoundAsInASmallOne() {
        StringBuilder yaml = new StringBuilder();
        for (int key = 1; key <= 40; key++) {
            yaml.append("key").append(key).append(": ").append(key).append('\n');
        }
        yaml.append("key3: 3\nkey30: 30\nkey41: 41\n");
        List<Diagnostic> problems = problems(yaml.toString());
        assertEquals(List.of(new Position("f.yaml", 41, 1), new Position("f.yaml", 42, 1)),
                problems.stream().map(Diagnostic::position).toList());
        assertTrue(problems.get(0).hint().contains("line 3;"), problems.get(0).hint());
        assertTrue(problems.get(1).hint().contains("line 30;"), problems.get(1).hint());
    }

    @Test
    void anchorsAndAliasesAreRefused() {
        List<Diagnostic> problems = problems("a: &x {found: 1}\nb: *x\n");
        assertEquals(Code.YAML_ALIAS, problems.get(0).code());
        assertEquals(1, problems.get(0).position().line());
    }

    @Test
    void aSecondDocumentIsRefused() {
        List<Diagnostic> problems = problems("a: 1\n---\nb: 2\n");
        assertEquals(Code.MULTIPLE_DOCUMENTS, problems.get(0).code());
        assertEquals(new Position("f.yaml", 2, 1), problems.get(0).position(), "at the '---' to remove");
    }

    @Test
    void syntaxErrorsPointAtTheProblem() {
        List<Diagnostic> tab = problems("a:\n\tb: 1\n");
        assertEquals(Code.YAML_SYNTAX, tab.get(0).code());
        assertEquals(new Position("f.yaml", 2, 1), tab.get(0).position());
        assertTrue(tab.get(0).message().contains("tab"), tab.get(0).message());
        assertEquals(Code.YAML_SYNTAX, problems("title: \"abc\nyear: 1\n").get(0).code());
    }

    @Test
    void anEmptyFileIsAnError() {
        assertEquals(Code.EMPTY_FILE, problems("# only a comment\n").get(0).code());
    }

    @Test
    void decomposedVietnameseIsComposed() {
        Diagnostics diagnostics = new Diagnostics();
        String nfd = java.text.Normalizer.normalize("Đảng viên", java.text.Normalizer.Form.NFD);
        YamlNode root = reader.read("f.yaml", "name: " + nfd + "\n", 1, diagnostics).orElseThrow();
        YamlNode.Scalar name = (YamlNode.Scalar) ((YamlNode.Mapping) root).entry("name").orElseThrow().value();
        assertEquals("Đảng viên", name.text());
        assertEquals(Optional.empty(), diagnostics.list().stream().findFirst());
    }

    @Test
    void aStreamedListHandsOnEachItemWithItsPositionAndOnlyTheFirstOccurrence() {
        Diagnostics diagnostics = new Diagnostics();
        List<YamlNode> items = new java.util.ArrayList<>();
        YamlNode root = reader.read("p.yaml", """
                year: 2012
                results:
                  - organization: a
                  - organization: b
                nested: {results: [x]}
                results:
                  - organization: c
                """, 1, diagnostics, new YamlReader.Streamed("results", items::add)).orElseThrow();
        assertEquals(List.of(new Position("p.yaml", 3, 5), new Position("p.yaml", 4, 5)),
                items.stream().map(YamlNode::at).toList(), "the first list's two items, in order; not the nested one");
        YamlNode.Mapping mapping = (YamlNode.Mapping) root;
        assertEquals(List.of(), ((YamlNode.Sequence) mapping.entry("results").orElseThrow().value()).items());
        assertEquals(new Position("p.yaml", 3, 3), mapping.entry("results").orElseThrow().value().at());
        assertEquals(List.of("DUPLICATE-KEY"), diagnostics.list().stream().map(d -> d.code().id()).toList());
        assertEquals(6, diagnostics.list().get(0).position().line());
    }
}
