package com.crmflow.complaint.analysis;

import com.crmflow.platform.web.ApiExceptionHandler;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** What the complaint KPI and report endpoints share: who may read them, parameters, JSON or CSV. */
@Component
public class ComplaintAnalysisApi {

  /** Groups that oversee complaints and may read their KPIs and analyses. */
  static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");


  public ComplaintAnalysisApi() {
  }


  /** A 400 naming the request parameter, e.g. from, to, format. */
  public static class InvalidParameterException extends RuntimeException {
    final String parameter;

    InvalidParameterException(String parameter, String message) {
      super(message);
      this.parameter = parameter;
    }
  }

  static ProblemDetail problem(InvalidParameterException e) {
    ProblemDetail p = ApiExceptionHandler.problem(HttpStatus.BAD_REQUEST, "请求参数不正确", e.getMessage());
    p.setProperty("parameter", e.parameter);
    p.setProperty("fields", List.of(e.parameter));
    return p;
  }

  static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidParameterException(name, "缺少参数 " + name + "（日期，格式 YYYY-MM-DD）");
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(name, "参数 " + name + " 不是有效日期（格式 YYYY-MM-DD）：" + value);
    }
  }

  /**
   * CSV when {@code format=csv}, or when the Accept header prefers text/csv over JSON; JSON otherwise. An
   * unknown {@code format} is a 400.
   */
  static boolean csv(String format, String accept) {
    if (format != null) {
      if ("csv".equalsIgnoreCase(format)) {
        return true;
      }
      if ("json".equalsIgnoreCase(format)) {
        return false;
      }
      throw new InvalidParameterException("format", "参数 format 只能是 csv 或 json：" + format);
    }
    if (accept == null || accept.isBlank()) {
      return false;
    }
    List<MediaType> types;
    try {
      types = MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException e) {
      return false;
    }
    // highest quality first (stable: equal qualities keep the client's order)
    types = types.stream().sorted((a, b) -> Double.compare(b.getQualityValue(), a.getQualityValue())).toList();
    for (MediaType t : types) {
      if (t.getQualityValue() == 0) {
        continue;
      }
      if (t.isWildcardType()) {
        return false;
      }
      if (TEXT_CSV.isCompatibleWith(t)) {
        return true;
      }
      if (MediaType.APPLICATION_JSON.isCompatibleWith(t) || MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(t)) {
        return false;
      }
    }
    return false;
  }
}
