package io.adeplatform.platform.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageAndEnumsTest {

    enum Stage { SOLUTION_DEVELOPMENT, DELIVERY }

    @Test
    void overfetchedRowTellsThatMoreExistAndIsNotReturned() {
        PageRequest request = PageRequest.of(1, 2);
        Page<String> page = Page.fromOverfetch(List.of(1, 2, 3), request, String::valueOf);
        assertThat(page.items()).containsExactly("1", "2");
        assertThat(page.hasMore()).isTrue();
        assertThat(request.offset()).isEqualTo(2);
        assertThat(Page.fromOverfetch(List.of(1), request, String::valueOf).hasMore()).isFalse();
    }

    @Test
    void wireNamesAreLowerCaseWithHyphens() {
        assertThat(WireEnums.wireName(Stage.SOLUTION_DEVELOPMENT)).isEqualTo("solution-development");
        assertThat(WireEnums.parse(Stage.class, "delivery", "stage")).isEqualTo(Stage.DELIVERY);
        assertThat(WireEnums.parse(Stage.class, null, "stage")).isNull();
        assertThatThrownBy(() -> WireEnums.parse(Stage.class, "DELIVERY", "stage"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.toProblem().errors()).extracting(Problem.FieldError::field).containsExactly("stage");
                });
    }
}
