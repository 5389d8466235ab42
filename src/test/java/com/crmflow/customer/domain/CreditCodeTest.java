package com.crmflow.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 统一社会信用代码 check (GB 32100-2015) with published codes and every kind of error. */
class CreditCodeTest {

  @Test
  void publishedCodesAreValid() {
    assertThat(CreditCode.isValid("91350100M000100Y43")).as("the standard's example").isTrue();
    assertThat(CreditCode.isValid("91440300708461136T")).isTrue();
    assertThat(CreditCode.isValid(CreditCode.normalize(" 91350100m000100y43 "))).isTrue();
  }

  @Test
  void eachKindOfErrorIsNamed() {
    assertThat(CreditCode.problem("91350100M000100Y44")).contains("校验码").contains("「3」");
    assertThat(CreditCode.problem("91350100M000100Y4")).contains("18 位");
    assertThat(CreditCode.problem("91350100M0001O0Y43")).contains("第 14 位");
    assertThat(CreditCode.problem("9135A100M000100Y43")).contains("行政区划码");
    assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    assertThat(CreditCode.normalize("  ")).isNull();
  }

  @Test
  void customerNamesAreCompared() {
    assertThat(CustomerFields.canonicalName(" 华东建设(集团)  有限公司 ")).isEqualTo("华东建设（集团） 有限公司");
    assertThat(CustomerFields.canonicalName("ＡＢＣ科技")).isEqualTo("ABC科技");
    assertThat(CustomerFields.canonicalName("   ")).isNull();
  }
}
