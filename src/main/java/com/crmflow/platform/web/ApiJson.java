package com.crmflow.platform.web;

import com.crmflow.platform.text.SafeText;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How {@code /api} reads JSON request bodies: strictly, so that bad input is a 400 naming the field instead of a
 * guess or a 500 further in. Applies only to Spring MVC's JSON converter (our {@code /api}); Camunda's
 * {@code /engine-rest} keeps its own mapper.
 * <ul>
 *   <li>every string is checked by {@link SafeText} (no NUL, no unpaired surrogate);</li>
 *   <li>whole numbers are not taken from fractions ({@code 1.5}) or from text ({@code "12"}, {@code "abc"}); decimals
 *       not from text; text not from numbers or booleans; decimals with more than {@value #MAX_DIGITS} digits are
 *       refused;</li>
 *   <li>a key given twice, trailing content after the JSON value and null for a primitive are refused.</li>
 * </ul>
 * Unknown keys are ignored as before, so a client may send back what it read (e.g. a customer with its id and
 * history); ids are always taken from the path, never from the body.
 */
@Configuration(proxyBeanMethods = false)
public class ApiJson implements WebMvcConfigurer {

  /** Digits before plus after the decimal point of a decimal in a request (amounts are at most 16 + 2). */
  static final int MAX_DIGITS = 30;

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    for (int i = 0; i < converters.size(); i++) {
      if (converters.get(i).getClass() == MappingJackson2HttpMessageConverter.class) {
        MappingJackson2HttpMessageConverter shared = (MappingJackson2HttpMessageConverter) converters.get(i);
        MappingJackson2HttpMessageConverter strict = new MappingJackson2HttpMessageConverter(
            strict(shared.getObjectMapper()));
        strict.setSupportedMediaTypes(shared.getSupportedMediaTypes());
        converters.set(i, strict);
      }
    }
  }

  /** A copy of {@code base} that reads as described above; {@code base} is not changed. */
  public static ObjectMapper strict(ObjectMapper base) {
    ObjectMapper m = base.copy();
    m.registerModule(new SimpleModule("crm-safe-input")
        .addDeserializer(String.class, new SafeStringDeserializer())
        .addDeserializer(BigDecimal.class, new BoundedBigDecimalDeserializer()));
    m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    m.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    return m;
  }

  /** A value refused for a reason of our own (bad characters, too many digits); the reason is Chinese. */
  public static class RefusedValueException extends MismatchedInputException {
    private final String reason;

    RefusedValueException(JsonParser p, String reason, Class<?> type) {
      super(p, reason, type);
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  /** Jackson's string deserializer followed by the {@link SafeText} check. */
  static class SafeStringDeserializer extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = super.deserialize(p, ctxt);
      String problem = SafeText.problem(s);
      if (problem != null) {
        throw new RefusedValueException(p, problem, String.class);
      }
      return s;
    }
  }

  /** Decimals: at most {@value #MAX_DIGITS} digits in all (also {@code 1E+2147483647} is refused). */
  static class BoundedBigDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {
    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BigDecimal d = super.deserialize(p, ctxt);
      if (d != null) {
        long integerDigits = (long) d.precision() - d.scale();
        if (integerDigits > MAX_DIGITS || d.scale() > MAX_DIGITS) {
          throw new RefusedValueException(p, "数值超出允许范围", BigDecimal.class);
        }
      }
      return d;
    }
  }

  // ------------------------------------------------------------------ explaining a refused body

  /** The JSON path of the value, e.g. {@code attachments[0].fileName}; empty for the body itself. */
  public static String field(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  /** What is wrong with the value, in Chinese, never quoting it (it may be personal data or garbage). */
  public static String reason(JsonMappingException e) {
    if (e instanceof RefusedValueException r) {
      return r.reason();
    }
    if (e.getCause() instanceof InputCoercionException) {
      return "数值超出允许范围";
    }
    Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
    return type == null ? "格式不正确" : expected(type);
  }

  /** "必须是…" for a Java type a request value is read into. */
  public static String expected(Class<?> type) {
    if (type.isEnum()) {
      return "必须是以下值之一：" + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
          .collect(Collectors.joining("、"));
    }
    if (type == Long.class || type == long.class || type == Integer.class || type == int.class
        || type == Short.class || type == short.class || type == BigInteger.class) {
      return "必须是整数";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "必须是数字";
    }
    if (type == String.class) {
      return "必须是文本";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "必须是 true 或 false";
    }
    if (type == LocalDate.class) {
      return "必须是日期（格式 2026-11-01）";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "必须是时间（ISO 8601，如 2026-11-01T08:00:00Z）";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "必须是数组";
    }
    return "必须是 JSON 对象";
  }
}
