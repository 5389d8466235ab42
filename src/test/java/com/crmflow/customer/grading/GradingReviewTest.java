package com.crmflow.customer.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.crmflow.customer.grading.GradingReview.Outcome;
import com.crmflow.customer.grading.GradingReview.Override;
import com.crmflow.platform.process.InvalidFieldException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules of 等级审核 without a database: reading 调整为其他等级, the decision for each listed change, and the
 * choice for the changes not listed. (Which changes are listed and the writing of the decisions are SQL, covered by
 * CustomerGradingProcessTest.)
 */
class GradingReviewTest {

  @Test
  void overridesAreReadOnePerLineWithTheGradeInUpperCase() {
    assertThat(GradingReview.parseOverrides("12 a 战略合作升级\n\n  #13  D   长期无采购  \r\n"))
        .containsExactly(new Override(12L, "A", "战略合作升级"), new Override(13L, "D", "长期无采购"));
    assertThat(GradingReview.parseOverrides(null)).isEmpty();
    assertThat(GradingReview.parseOverrides("  ")).isEmpty();
  }

  @Test
  void aLineThatIsNotIdGradeReasonIsRefusedNamingTheLine() {
    assertThatThrownBy(() -> GradingReview.parseOverrides("12 A 理由\n13 E 等级错误"))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
          assertThat(e.field()).isEqualTo("overrides");
          assertThat(e.getMessage()).contains("第 2 行应为「评定编号 等级 理由」，等级为 A、B、C、D：13 E 等级错误");
        });
    assertThatThrownBy(() -> GradingReview.parseOverrides("12 A")).hasMessageContaining("第 1 行应为");
    assertThatThrownBy(() -> GradingReview.parseOverrides("12 A " + "理".repeat(1001)))
        .hasMessageContaining("第 1 行的理由不能超过 1000 个字符");
  }

  @Test
  void eachListedChangeIsOverriddenApprovedOrKept() {
    Map<Long, Outcome> decisions = GradingReview.decide(List.of(1L, 2L, 3L), List.of(1L, 2L),
        List.of(new Override(2L, "C", "保持观察")));
    assertThat(decisions).containsExactly(Map.entry(1L, Outcome.APPROVED), Map.entry(2L, Outcome.OVERRIDDEN),
        Map.entry(3L, Outcome.KEPT));
  }

  @Test
  void approvalsAndOverridesOfChangesNotListedAndDoubleOverridesAreRefused() {
    assertThatThrownBy(() -> GradingReview.decide(List.of(1L), List.of(9L), List.of()))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("approvedChanges"))
        .hasMessageContaining("评定编号 9 不是本次待审核的调整");
    assertThatThrownBy(() -> GradingReview.decide(List.of(1L), List.of(), List.of(new Override(9L, "A", "x"))))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("overrides"))
        .hasMessageContaining("评定编号 9 不是本次待审核的调整");
    assertThatThrownBy(() -> GradingReview.decide(List.of(1L), List.of(),
        List.of(new Override(1L, "A", "x"), new Override(1L, "B", "y"))))
        .hasMessageContaining("评定编号 1 填写了不止一次");
  }

  @Test
  void changesNotListedNeedTheChoiceToApproveOrKeepThemTogether() {
    assertThatThrownBy(() -> GradingReview.requireRemainingDecision(3, null))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("remainingDecision"))
        .hasMessageContaining("还有 3 项等级调整未列出，请选择统一批准或保持原等级");
    assertThatThrownBy(() -> GradingReview.requireRemainingDecision(1, "maybe")).isInstanceOf(InvalidFieldException.class);
    assertThatNoException().isThrownBy(() -> GradingReview.requireRemainingDecision(3, GradingReview.APPROVE));
    assertThatNoException().isThrownBy(() -> GradingReview.requireRemainingDecision(3, GradingReview.KEEP));
    assertThatNoException().isThrownBy(() -> GradingReview.requireRemainingDecision(0, null));
  }
}
