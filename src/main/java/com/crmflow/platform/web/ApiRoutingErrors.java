package com.crmflow.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The refusals that happen before a controller is chosen (unknown path, wrong method, a Content-Type the endpoint
 * does not consume, an upload above the multipart limits): {@link ApiExceptionHandler} only sees exceptions of our controllers, so these come here. For
 * {@code /api} they are answered like every other refusal; anything else keeps Spring's default handling.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiRoutingErrors {

  private final ApiExceptionHandler handler;

  public ApiRoutingErrors(ApiExceptionHandler handler) {
    this.handler = handler;
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
      throws HttpMediaTypeNotSupportedException {
    if (!api(request)) {
      throw e;
    }
    return handler.unsupportedMediaType(e, request);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request)
      throws HttpMediaTypeNotAcceptableException {
    if (!api(request)) {
      throw e;
    }
    return handler.notAcceptable(e, request);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
      throws HttpRequestMethodNotSupportedException {
    if (!api(request)) {
      throw e;
    }
    return handler.methodNotAllowed(e, request);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail noEndpoint(NoResourceFoundException e, HttpServletRequest request) throws NoResourceFoundException {
    if (!api(request)) {
      throw e;
    }
    return handler.noEndpoint(e, request);
  }

  /** A file above Spring's multipart limit (spring.servlet.multipart.*): refused before any controller runs. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request)
      throws MaxUploadSizeExceededException {
    if (!api(request)) {
      throw e;
    }
    return handler.tooLarge(e, request);
  }

  /** A multipart body that cannot be read (broken, too many parts …). */
  @ExceptionHandler(MultipartException.class)
  ProblemDetail badMultipart(MultipartException e, HttpServletRequest request) throws MultipartException {
    if (!api(request)) {
      throw e;
    }
    return handler.badMultipart(e, request);
  }

  static boolean api(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }
}
