package com.crmflow.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void ordinaryTextIncludingEmojiPasses() {
    assertThat(SafeText.problem(null)).isNull();
    assertThat(SafeText.problem("")).isNull();
    assertThat(SafeText.problem("华东建设（集团）有限公司\t第 2 行\n")).isNull();
    assertThat(SafeText.problem("新能源🚗设备")).as("a surrogate pair").isNull();
  }

  @Test
  void nulAndUnpairedSurrogatesAreRefusedWithoutQuotingTheText() {
    assertThat(SafeText.problem("机密\u0000")).contains("空字符").doesNotContain("机密");
    assertThat(SafeText.problem("\ud83d")).contains("代理项");
    assertThat(SafeText.problem("a\ud83db")).as("high surrogate without its low half").contains("代理项");
    assertThat(SafeText.problem("\ude97a")).as("low surrogate alone").contains("代理项");
    assertThat(SafeText.problem("\ude97\ud83d")).as("pair in the wrong order").contains("代理项");
  }
}
