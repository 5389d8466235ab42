package com.crmflow.platform.web;

import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.ConflictException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.web.SafeTextBinding.UnsafeTextException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of {@code /api} as RFC 9457 {@code application/problem+json}, with Chinese details naming the problem and
 * {@code fields} naming the field, parameter or header. Bad input is a 4xx, never a 500.
 *
 * <p>Each refusal is logged as one INFO line — status, method, the endpoint's pattern (not the actual path),
 * fields and exception class — never with a stack trace and never with the detail, which may quote the user's
 * input.
 */
@RestControllerAdvice(basePackages = "com.crmflow")
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
  static final String INVALID = "请求数据不符合规定";
  static final String BODY = "body";

  /** Spring's multipart limits (spring.servlet.multipart.*), named in the refusal of a too large upload. */
  private final ObjectProvider<MultipartProperties> multipart;

  public ApiExceptionHandler(ObjectProvider<MultipartProperties> multipart) {
    this.multipart = multipart;
  }
  private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '([A-Za-z0-9_]{1,100})'");

  public static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    p.setType(URI.create("about:blank"));
    return p;
  }

  /** The problem, with {@code fields} when there are any, logged as described above. */
  static ProblemDetail refused(HttpServletRequest request, Exception e, HttpStatus status, String title,
      String detail, List<String> fields) {
    ProblemDetail p = problem(status, title, detail);
    if (!fields.isEmpty()) {
      p.setProperty("fields", fields);
    }
    Object pattern = request == null ? null : request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    LOG.info("API request refused: {} {} {} fields={} ({})", status.value(),
        request == null ? "-" : request.getMethod(), pattern == null ? "(no endpoint)" : pattern, fields,
        e.getClass().getSimpleName());
    return p;
  }

  @ExceptionHandler({BusinessRuleException.class, NotValidException.class, FormFieldValidationException.class})
  ProblemDetail rule(RuntimeException e, HttpServletRequest request) {
    List<String> fields = e instanceof InvalidFieldException f ? List.of(f.field()) : List.of();
    return refused(request, e, HttpStatus.BAD_REQUEST, INVALID, e.getMessage(), fields);
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e, HttpServletRequest request) {
    return refused(request, e, HttpStatus.CONFLICT, "请求冲突", e.getMessage(), List.of());
  }

  /** A concurrent change committed first (JPA @Version, or the engine's): the client reads again and retries. */
  @ExceptionHandler({org.springframework.dao.OptimisticLockingFailureException.class,
      OptimisticLockingException.class})
  ProblemDetail concurrentChange(RuntimeException e, HttpServletRequest request) {
    return refused(request, e, HttpStatus.CONFLICT, "请求冲突", "数据已被他人同时修改：请重新读取后再修改", List.of());
  }

  /**
   * A unique or foreign key constraint caught what the checks before it could not (e.g. two requests racing with
   * the same data). The database's message quotes the data, so neither answer nor log contains it.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail integrity(DataIntegrityViolationException e, HttpServletRequest request) {
    String constraint = e.getCause() instanceof org.hibernate.exception.ConstraintViolationException c
        ? c.getConstraintName() : null;
    LOG.warn("API request hit a database constraint: {}", constraint == null ? "(unknown)" : constraint);
    return refused(request, e, HttpStatus.CONFLICT, "请求冲突",
        "数据与已有记录冲突（可能有人同时提交了相同的数据）：请重新读取后再试", List.of());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors();
    String detail = errors.stream().map(f -> f.getField() + "：" + f.getDefaultMessage())
        .collect(Collectors.joining("；"));
    return refused(request, e, HttpStatus.BAD_REQUEST, INVALID, detail,
        errors.stream().map(FieldError::getField).distinct().toList());
  }

  /** Bean Validation on parameters (e.g. {@code @Max} on a {@code @RequestParam}). */
  @ExceptionHandler(HandlerMethodValidationException.class)
  ProblemDetail invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
    List<String> fields = e.getParameterValidationResults().stream()
        .map(r -> r.getMethodParameter().getParameterName()).distinct().toList();
    String detail = e.getParameterValidationResults().stream()
        .map(r -> r.getMethodParameter().getParameterName() + "：" + r.getResolvableErrors().stream()
            .map(err -> err.getDefaultMessage()).collect(Collectors.joining("，")))
        .collect(Collectors.joining("；"));
    return refused(request, e, HttpStatus.BAD_REQUEST, INVALID, detail, fields);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
    List<String> fields = e.getConstraintViolations().stream().map(v -> {
      String path = v.getPropertyPath().toString();
      return path.substring(path.lastIndexOf('.') + 1);
    }).distinct().toList();
    String detail = e.getConstraintViolations().stream().map(v -> {
      String path = v.getPropertyPath().toString();
      return path.substring(path.lastIndexOf('.') + 1) + "：" + v.getMessage();
    }).collect(Collectors.joining("；"));
    return refused(request, e, HttpStatus.BAD_REQUEST, INVALID, detail, fields);
  }

  /** The body is missing, not JSON, or a value has the wrong type or bad characters. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    Throwable cause = e.getCause();
    if (cause instanceof JsonMappingException m) {
      String field = ApiJson.field(m);
      if (field.isEmpty() && String.valueOf(m.getOriginalMessage()).startsWith("Trailing token")) {
        return refused(request, e, HttpStatus.BAD_REQUEST, INVALID, "请求体在 JSON 之后还有多余的内容", List.of(BODY));
      }
      if (field.isEmpty()) {
        return refused(request, e, HttpStatus.BAD_REQUEST, INVALID, "请求体必须是一个 JSON 对象", List.of(BODY));
      }
      if (m.getCause() instanceof StreamReadException && !(m.getCause() instanceof InputCoercionException)) {
        // e.g. the body ends inside this field's value
        return refused(request, e, HttpStatus.BAD_REQUEST, INVALID, "请求体不是有效的 JSON（读到 " + field + " 时出错）",
            List.of(field));
      }
      return refused(request, e, HttpStatus.BAD_REQUEST, INVALID, field + "：" + ApiJson.reason(m), List.of(field));
    }
    if (cause instanceof JsonProcessingException p) {
      Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(p.getOriginalMessage()));
      if (duplicate.find()) {
        return refused(request, e, HttpStatus.BAD_REQUEST, INVALID, duplicate.group(1) + "：在请求体中出现了不止一次",
            List.of(duplicate.group(1)));
      }
      JsonLocation at = p.getLocation();
      String where = at == null || at.getLineNr() < 1 ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列）";
      return refused(request, e, HttpStatus.BAD_REQUEST, INVALID, "请求体不是有效的 JSON" + where, List.of(BODY));
    }
    if (cause == null) {
      return refused(request, e, HttpStatus.BAD_REQUEST, INVALID, "缺少请求体（JSON）", List.of(BODY));
    }
    return refused(request, e, HttpStatus.BAD_REQUEST, INVALID, "无法读取请求体", List.of(BODY));
  }

  /** A parameter, path variable or header that cannot be read as its type ("abc" or 1.5 as an id) or bad text. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    String reason = null;
    for (Throwable t = e; t != null && reason == null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof UnsafeTextException u) {
        reason = u.getMessage();
      }
    }
    if (reason == null) {
      reason = e.getRequiredType() == null ? "格式不正确" : ApiJson.expected(e.getRequiredType());
    }
    return refused(request, e, HttpStatus.BAD_REQUEST, INVALID, "参数 " + e.getName() + "：" + reason,
        List.of(e.getName()));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
    return refused(request, e, HttpStatus.BAD_REQUEST, INVALID, "缺少参数 " + e.getParameterName(),
        List.of(e.getParameterName()));
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ProblemDetail missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
    return refused(request, e, HttpStatus.BAD_REQUEST, INVALID, "缺少请求头 " + e.getHeaderName(),
        List.of(e.getHeaderName()));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    String supported = e.getSupportedMediaTypes().isEmpty() ? "application/json"
        : e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining("、"));
    return refused(request, e, HttpStatus.UNSUPPORTED_MEDIA_TYPE, INVALID,
        "不支持此请求体类型（Content-Type），应为 " + supported, List.of("Content-Type"));
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
    return refused(request, e, HttpStatus.NOT_ACCEPTABLE, INVALID, "无法以请求的格式（Accept）回答", List.of("Accept"));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    String allowed = e.getSupportedHttpMethods() == null ? "" : "，可用：" + e.getSupportedHttpMethods().stream()
        .map(Object::toString).collect(Collectors.joining("、"));
    return refused(request, e, HttpStatus.METHOD_NOT_ALLOWED, "请求方法不受支持",
        "此接口不支持 " + e.getMethod() + " 方法" + allowed, List.of());
  }

  /** 413: the upload is larger than the multipart limit (spring.servlet.multipart.max-file-size / max-request-size). */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    long max = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize()
        : multipart.getIfAvailable() == null ? -1 : multipart.getIfAvailable().getMaxFileSize().toBytes();
    return refused(request, e, HttpStatus.PAYLOAD_TOO_LARGE, INVALID, "上传的文件过大"
        + (max > 0 ? "：不能超过 " + DataSize.ofBytes(max).toMegabytes() + " MB" : "") + "，请压缩或拆分后再上传",
        List.of("file"));
  }

  @ExceptionHandler(MultipartException.class)
  ProblemDetail badMultipart(MultipartException e, HttpServletRequest request) {
    return refused(request, e, HttpStatus.BAD_REQUEST, INVALID,
        "上传的内容无法读取：请以 multipart/form-data 上传文件（字段 file）", List.of("file"));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ProblemDetail missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
    return refused(request, e, HttpStatus.BAD_REQUEST, INVALID, "缺少上传的文件（字段 " + e.getRequestPartName() + "）",
        List.of(e.getRequestPartName()));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail noEndpoint(NoResourceFoundException e, HttpServletRequest request) {
    return refused(request, e, HttpStatus.NOT_FOUND, "未找到", "没有这个接口", List.of());
  }

  /**
   * 500: stored data that fails its integrity check (e.g. an encrypted document whose ciphertext was changed) is never
   * served; the message is written for staff and names no content and no key material.
   */
  @ExceptionHandler(com.crmflow.platform.process.IntegrityException.class)
  ProblemDetail integrity(com.crmflow.platform.process.IntegrityException e, HttpServletRequest request) {
    LOG.error("Stored data refused: {}", e.getMessage());
    return refused(request, e, HttpStatus.INTERNAL_SERVER_ERROR, "数据完整性校验失败", e.getMessage(), List.of());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
    return refused(request, e, HttpStatus.NOT_FOUND, "未找到", e.getMessage(), List.of());
  }

  @ExceptionHandler({AuthorizationException.class, ForbiddenException.class})
  ProblemDetail forbidden(RuntimeException e, HttpServletRequest request) {
    return refused(request, e, HttpStatus.FORBIDDEN, "无权访问",
        e instanceof ForbiddenException ? e.getMessage() : "您没有执行此操作的权限", List.of());
  }

  /**
   * 403 from a {@code @PreAuthorize} group check (Spring Security method security over the login's
   * {@code GROUP_<id>} authorities), with the Chinese reason of the method's or class's {@link DeniedMessage}.
   */
  @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
  ProblemDetail denied(org.springframework.security.access.AccessDeniedException e, HandlerMethod handler,
      HttpServletRequest request) {
    DeniedMessage reason = handler == null ? null : handler.getMethodAnnotation(DeniedMessage.class);
    if (reason == null && handler != null) {
      reason = handler.getBeanType().getAnnotation(DeniedMessage.class);
    }
    return refused(request, e, HttpStatus.FORBIDDEN, "无权访问",
        reason != null ? reason.value() : "您没有执行此操作的权限", List.of());
  }

  /** 403 for a resource the user may not see or change. */
  public static class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
      super(message);
    }
  }
}
