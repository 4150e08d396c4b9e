package io.github.careerguidance.core.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPointerTest {
    @Test
    void escapesAndParsesPerRfc6901() {
        JsonPointer p = JsonPointer.root().append("a/b").append("m~n").append(3);
        assertThat(p).hasToString("/a~1b/m~0n/3");
        assertThat(JsonPointer.parse("/a~1b/m~0n/3")).isEqualTo(p);
        assertThat(JsonPointer.parse("")).isEqualTo(JsonPointer.root());
        assertThat(JsonPointer.parse("/")).isEqualTo(JsonPointer.of(""));
    }

    @Test
    void rejectsMalformedPointers() {
        assertThatThrownBy(() -> JsonPointer.parse("a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonPointer.parse("/a~2")).hasMessageContaining("~");
        assertThatThrownBy(() -> JsonPointer.parse("/a~")).hasMessageContaining("~");
        assertThatThrownBy(() -> JsonPointer.root().append(-1)).hasMessageContaining("-1");
    }

    @Test
    void ordersInDocumentOrder() {
        List<JsonPointer> list = new ArrayList<>(List.of(
                JsonPointer.parse("/steps/10"),
                JsonPointer.parse("/steps/2/title"),
                JsonPointer.parse("/steps/2"),
                JsonPointer.parse("/id"),
                JsonPointer.root()));
        list.sort(null);
        assertThat(list)
                .extracting(JsonPointer::toString)
                .containsExactly("", "/id", "/steps/2", "/steps/2/title", "/steps/10");
    }

    @Test
    void containsAndParent() {
        JsonPointer steps = JsonPointer.of("steps");
        assertThat(steps.contains(JsonPointer.of("steps", "1"))).isTrue();
        assertThat(steps.contains(JsonPointer.of("stepsX"))).isFalse();
        assertThat(JsonPointer.of("steps", "1").parent()).isEqualTo(steps);
        assertThat(JsonPointer.root().parent()).isEqualTo(JsonPointer.root());
    }

    @Test
    void parseInvertsToStringForAnySegments() {
        qt().forAll(lists().of(strings().allPossible().ofLengthBetween(0, 6)).ofSizeBetween(0, 5))
                .checkAssert(segments -> {
                    JsonPointer p = JsonPointer.of(segments.toArray(new String[0]));
                    assertThat(JsonPointer.parse(p.toString())).isEqualTo(p);
                    assertThat(p.segments()).isEqualTo(segments);
                });
    }
}
