package com.crmflow.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.platform.process.InvalidFieldException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputsTest {

  record Risk(@Label("风险描述") @NotBlank String description, @Label("风险等级") @OneOf({"low", "high"}) String level) {}

  record Plan(@Label("需求名称") @NotBlank @Size(max = 5) String title,
      @Label("复杂程度") @NotBlank @OneOf({"normal", "complex"}) String complexity,
      @Label("风险") List<@Valid Risk> risks) {}

  @Test
  void validInputIsReturned() {
    Plan plan = new Plan("新系统", "normal", List.of(new Risk("延期", "low")));
    assertThat(Inputs.valid(plan)).isSameAs(plan);
  }

  @Test
  void violationsNameTheFirstFieldAndListEveryRuleInChinese() {
    assertThatThrownBy(() -> Inputs.valid(new Plan(" ", "huge", List.of())))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
          assertThat(e.field()).isEqualTo("title");
          assertThat(e.getMessage()).contains("需求名称不能为空").contains("复杂程度取值无效：huge（可选：")
              .doesNotContain("must");
        });
  }

  @Test
  void sizeIsReportedWithItsLimit() {
    assertThatThrownBy(() -> Inputs.valid(new Plan("一二三四五六", "normal", List.of())))
        .hasMessageContaining("需求名称长度或个数必须在 0 到 5 之间");
  }

  @Test
  void rowsOfAListAreNamedByTheirLineNumber() {
    assertThatThrownBy(() -> Inputs.valid(new Plan("a", "normal",
        List.of(new Risk("ok", "low"), new Risk("", "medium")))))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
          assertThat(e.field()).isEqualTo("risks");
          assertThat(e.getMessage()).contains("风险第 2 行的风险描述不能为空")
              .contains("风险第 2 行的风险等级取值无效：medium");
        });
  }

  @Test
  void nullInputIsRefused() {
    assertThatThrownBy(() -> Inputs.valid(null)).isInstanceOf(InvalidFieldException.class);
  }
}
