package com.crmflow.platform.web;

import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.net.URI;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of {@code /api} as RFC 9457 {@code application/problem+json}, with Chinese details naming the problem. */
@RestControllerAdvice(basePackages = "com.crmflow")
public class ApiExceptionHandler {

  public static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    p.setType(URI.create("about:blank"));
    return p;
  }

  @ExceptionHandler({BusinessRuleException.class, NotValidException.class, FormFieldValidationException.class})
  ProblemDetail rule(RuntimeException e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "请求数据不符合规定", e.getMessage());
    if (e instanceof InvalidFieldException f) {
      p.setProperty("fields", java.util.List.of(f.field()));
    }
    return p;
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "请求冲突", e.getMessage());
  }

  /** A concurrent change committed first (JPA @Version): the client reads again and retries. */
  @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
  ProblemDetail concurrentChange(org.springframework.dao.OptimisticLockingFailureException e) {
    return problem(HttpStatus.CONFLICT, "请求冲突", "数据已被他人同时修改：请重新读取后再修改");
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalid(MethodArgumentNotValidException e) {
    String detail = e.getBindingResult().getFieldErrors().stream()
        .map(f -> f.getField() + "：" + f.getDefaultMessage()).collect(Collectors.joining("；"));
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "请求数据不符合规定", detail);
    p.setProperty("fields", e.getBindingResult().getFieldErrors().stream().map(f -> f.getField()).toList());
    return p;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    String detail = "请求体不是有效的 JSON";
    if (e.getCause() instanceof InvalidFormatException f && !f.getPath().isEmpty()) {
      detail = "字段 " + f.getPath().get(f.getPath().size() - 1).getFieldName() + " 的值格式不正确：" + f.getValue();
    }
    return problem(HttpStatus.BAD_REQUEST, "请求数据不符合规定", detail);
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "未找到", e.getMessage());
  }

  @ExceptionHandler({AuthorizationException.class, ForbiddenException.class})
  ProblemDetail forbidden(RuntimeException e) {
    return problem(HttpStatus.FORBIDDEN, "无权访问", e instanceof ForbiddenException ? e.getMessage() : "您没有执行此操作的权限");
  }

  /** 404 for a missing resource. */
  public static class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
      super(message);
    }
  }

  /** 409 when the request contradicts what an earlier request with the same key created. */
  public static class ConflictException extends RuntimeException {
    public ConflictException(String message) {
      super(message);
    }
  }

  /** 403 for a resource the user may not see or change. */
  public static class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
      super(message);
    }
  }
}
