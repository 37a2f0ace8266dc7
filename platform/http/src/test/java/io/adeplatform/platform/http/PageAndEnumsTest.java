package io.adeplatform.platform.http;

import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.WireEnums;
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
    void aListHeldInMemoryIsSlicedIntoTheSameEnvelope() {
        List<Integer> all = java.util.stream.IntStream.range(0, 5).boxed().toList();
        assertThat(Page.slice(all, PageRequest.of(0, 2))).isEqualTo(new Page<>(List.of(0, 1), 0, 2, true));
        assertThat(Page.slice(all, PageRequest.of(2, 2))).isEqualTo(new Page<>(List.of(4), 2, 2, false));
        assertThat(Page.slice(all, PageRequest.of(1, 5))).isEqualTo(new Page<>(List.of(), 1, 5, false));
        assertThat(Page.slice(List.of(), PageRequest.of(0, 50)).hasMore()).isFalse();
    }

    @Test
    void wireNamesAreLowerCaseWithHyphens() {
        assertThat(WireEnums.wireName(Stage.SOLUTION_DEVELOPMENT)).isEqualTo("solution-development");
        assertThat(WireEnums.parse(Stage.class, "delivery", "stage")).isEqualTo(Stage.DELIVERY);
        assertThat(WireEnums.parse(Stage.class, null, "stage")).isNull();
        assertThatThrownBy(() -> QueryParams.enumValue(Stage.class, "stage", "DELIVERY"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    Problem problem = DomainProblems.of(e);
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.errors()).extracting(FieldError::field).containsExactly("stage");
                });
    }

    @Test
    void malformedQueryParametersAreBadRequestsNamingTheParameter() {
        assertThat(QueryParams.uuid("customerId", null)).isNull();
        assertThat(QueryParams.date("from", "2026-03-31")).hasToString("2026-03-31");
        assertThat(QueryParams.bool("active", "false")).isFalse();
        assertThat(QueryParams.currency("currency", "EUR")).isEqualTo("EUR");
        assertThat(QueryParams.uuids("ids", List.of("00000000-0000-0000-0000-000000000001,00000000-0000-0000-0000-000000000002")))
                .hasSize(2);
        for (Runnable bad : List.<Runnable>of(() -> QueryParams.uuid("customerId", "x"),
                () -> QueryParams.date("customerId", "2026-13-01"), () -> QueryParams.bool("customerId", "yes"),
                () -> QueryParams.uuids("customerId", List.of("1,2")), () -> QueryParams.date("customerId", "0000-01-01"),
                () -> QueryParams.date("customerId", "+999999999-12-31"), () -> QueryParams.currency("customerId", "XXQ"),
                () -> QueryParams.currency("customerId", "usd"))) {
            assertThatThrownBy(bad::run).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.toProblem().errors()).extracting(FieldError::field).containsExactly("customerId");
            });
        }
    }

    @Test
    void pagesBeyondTheBoundsAreBadRequestsEvenWithoutBeanValidation() {
        assertThat(PageRequest.of(PageRequest.MAX_PAGE, PageRequest.MAX_LIMIT).offset()).isEqualTo(2_000_000);
        for (PageRequest bad : List.of(PageRequest.of(Integer.MAX_VALUE, 200), PageRequest.of(-1, 50), PageRequest.of(0, 0),
                PageRequest.of(0, 201))) {
            assertThatThrownBy(bad::offset).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }
}
