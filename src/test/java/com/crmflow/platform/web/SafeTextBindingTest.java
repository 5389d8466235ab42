package com.crmflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Request parameters, path variables and headers of {@code /api} get the same check as JSON text. */
class SafeTextBindingTest {

  @Test
  void theParameterEditorRefusesTheSameText() {
    SafeTextBinding.SafeTextEditor editor = new SafeTextBinding.SafeTextEditor();
    editor.setAsText("张伟");
    assertThat(editor.getValue()).isEqualTo("张伟");
    assertThatThrownBy(() -> editor.setAsText("x\u0000"))
        .isInstanceOf(SafeTextBinding.UnsafeTextException.class).hasMessageContaining("空字符");
  }
}
