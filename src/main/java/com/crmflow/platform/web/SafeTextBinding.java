package com.crmflow.platform.web;

import com.crmflow.platform.text.SafeText;
import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Request parameters, path variables and headers of our controllers pass {@link SafeText} (JSON bodies do in
 * {@link ApiJson}): a bad one is a {@code MethodArgumentTypeMismatchException} naming the parameter, which
 * {@link ApiExceptionHandler} answers with 400.
 */
@ControllerAdvice(basePackages = "com.crmflow")
public class SafeTextBinding {

  @InitBinder
  void refuseUnsafeText(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new SafeTextEditor());
  }

  /** Thrown for a parameter that fails {@link SafeText}; the message is the Chinese reason. */
  public static class UnsafeTextException extends IllegalArgumentException {
    public UnsafeTextException(String reason) {
      super(reason);
    }
  }

  static class SafeTextEditor extends PropertyEditorSupport {
    @Override
    public void setAsText(String text) {
      String problem = SafeText.problem(text);
      if (problem != null) {
        throw new UnsafeTextException(problem);
      }
      setValue(text);
    }

    @Override
    public String getAsText() {
      Object value = getValue();
      return value == null ? "" : value.toString();
    }
  }
}
