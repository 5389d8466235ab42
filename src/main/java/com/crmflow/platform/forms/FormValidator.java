package com.crmflow.platform.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks submitted values against a form's fields: required, type, option membership, length, range, pattern.
 * Values arrive already normalised to JSON (see {@link SubmittedValues}). Returns the problems in Chinese,
 * each naming the field; an empty list means valid.
 */
public final class FormValidator {

  /** Most entries of a list field (dynamic list, checklist, taglist) unless the form sets {@code properties.maxItems}. */
  public static final int DEFAULT_MAX_ITEMS = 100;

  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  private FormValidator() {}

  /**
   * The keys of a submission that the form does not declare, each as a problem naming the key: a form submission may
   * write only its own fields, never ids, assignees or other variables the process owns.
   */
  public static List<String> undeclared(FormSchema schema, Iterable<String> submittedKeys, String formName) {
    Set<String> declared = schema.declaredKeys();
    List<String> problems = new ArrayList<>();
    for (String key : submittedKeys) {
      if (!declared.contains(key)) {
        problems.add("「" + key + "」不是" + formName + "的字段，不能提交");
      }
    }
    return problems;
  }

  /** {@link #validate} for the fields present in {@code submitted} only (a partial update of a task's variables). */
  public static List<String> validatePresent(FormSchema schema, Map<String, JsonNode> submitted,
      Function<String, Set<String>> dynamicOptions) {
    List<String> problems = new ArrayList<>();
    for (FormField field : schema.fields()) {
      if (submitted.containsKey(field.key())) {
        check(field, submitted.get(field.key()), "", dynamicOptions, problems);
      }
    }
    return problems;
  }

  /**
   * @param dynamicOptions resolves a {@code valuesKey} to the allowed option values (null when unknown)
   */
  public static List<String> validate(FormSchema schema, Map<String, JsonNode> submitted,
      Function<String, Set<String>> dynamicOptions) {
    List<String> problems = new ArrayList<>();
    for (FormField field : schema.fields()) {
      check(field, submitted.get(field.key()), "", dynamicOptions, problems);
    }
    return problems;
  }

  private static void check(FormField f, JsonNode value, String prefix, Function<String, Set<String>> dynamicOptions,
      List<String> problems) {
    String name = prefix + f.displayName();
    boolean missing = value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())
        || (value.isArray() && value.isEmpty());
    if (missing) {
      if (f.required()) {
        problems.add(name + " 为必填项");
      }
      return;
    }
    // lists of items name the item and field themselves (below); other values are checked whole
    String badText = "dynamiclist".equals(f.type()) || "group".equals(f.type()) ? null : TextSafety.problem(value);
    if (badText != null) {
      problems.add(name + " " + badText);
      return;
    }
    switch (f.type()) {
      case "textfield", "textarea" -> {
        if (!value.isTextual()) {
          problems.add(name + " 应为文本");
          return;
        }
        String s = value.asText();
        if (f.minLength() != null && s.length() < f.minLength()) {
          problems.add(name + " 至少需要 " + f.minLength() + " 个字符");
        }
        if (f.maxLength() != null && s.length() > f.maxLength()) {
          problems.add(name + " 不能超过 " + f.maxLength() + " 个字符");
        }
        if (f.pattern() != null && !matches(f.pattern(), s)) {
          problems.add(name + " 格式不正确");
        }
      }
      case "number" -> {
        Double d = value.isNumber() ? Double.valueOf(value.asDouble()) : parseNumber(value);
        if (d == null) {
          problems.add(name + " 应为数字");
          return;
        }
        if (f.min() != null && d < f.min()) {
          problems.add(name + " 不能小于 " + fmt(f.min()));
        }
        if (f.max() != null && d > f.max()) {
          problems.add(name + " 不能大于 " + fmt(f.max()));
        }
        if (isIdField(f) && (d != Math.rint(d) || d < 1 || d > Long.MAX_VALUE)) {
          problems.add(name + " 应为正整数编号");
        }
      }
      case "checkbox" -> {
        if (!value.isBoolean()) {
          problems.add(name + " 应为是/否（布尔值）");
        } else if (f.required() && !value.asBoolean()) {
          problems.add(name + " 必须勾选");
        }
      }
      case "select", "radio" -> {
        if (!value.isValueNode()) {
          problems.add(name + " 应为单个选项");
          return;
        }
        checkOption(f, value.asText(), name, dynamicOptions, problems);
      }
      case "checklist", "taglist" -> {
        if (!value.isArray()) {
          problems.add(name + " 应为选项列表");
          return;
        }
        if (tooMany(f, value.size(), name, problems)) {
          return;
        }
        for (JsonNode item : value) {
          checkOption(f, item.asText(), name, dynamicOptions, problems);
        }
      }
      case "datetime" -> {
        if (!value.isTextual() || !isDateTime(value.asText(), f.dateSubtype())) {
          problems.add(name + " 日期/时间格式不正确");
        }
      }
      case "dynamiclist", "group" -> {
        List<JsonNode> items = new ArrayList<>();
        if ("group".equals(f.type()) && value.isObject()) {
          items.add(value);
        } else if (value.isArray()) {
          value.forEach(items::add);
        } else {
          problems.add(name + " 应为列表");
          return;
        }
        if (tooMany(f, items.size(), name, problems)) {
          return;
        }
        // an entry carries only the fields the list declares, like the form as a whole
        Set<String> declared = new HashSet<>();
        f.children().forEach(child -> declared.add(child.key()));
        int i = 1;
        for (JsonNode item : items) {
          if (!item.isObject()) {
            problems.add(name + " 第 " + i + " 项格式不正确");
          } else {
            for (FormField child : f.children()) {
              check(child, item.get(child.key()), name + " 第 " + i + " 项的", dynamicOptions, problems);
            }
            for (var keys = item.fieldNames(); keys.hasNext(); ) {
              String k = keys.next();
              if (!declared.contains(k)) {
                problems.add(name + " 第 " + i + " 项含有表单未声明的字段"
                    + (TextSafety.problem(k) == null ? "「" + k + "」" : "（字段名含无效字符）") + "，不能提交");
              }
            }
          }
          i++;
        }
      }
      default -> {
        // unknown input types (e.g. filepicker) are accepted as submitted
      }
    }
  }

  private static boolean tooMany(FormField f, int size, String name, List<String> problems) {
    int max = f.maxItems() != null ? f.maxItems() : DEFAULT_MAX_ITEMS;
    if (size > max) {
      problems.add(name + " 最多 " + max + " 项（提交了 " + size + " 项）");
      return true;
    }
    return false;
  }

  /** A number field that holds a record's id ({@code customerId}): a whole positive number, never a fraction. */
  private static boolean isIdField(FormField f) {
    return f.key().endsWith("Id");
  }

  private static void checkOption(FormField f, String value, String name, Function<String, Set<String>> dynamicOptions,
      List<String> problems) {
    Set<String> allowed = null;
    if (f.options() != null) {
      allowed = new HashSet<>(f.options());
    } else if (f.valuesKey() != null) {
      allowed = dynamicOptions.apply(f.valuesKey());
    }
    if (allowed != null && !allowed.contains(value)) {
      problems.add(name + " 的值「" + value + "」不在可选范围内");
    }
  }

  private static boolean matches(String pattern, String s) {
    try {
      return Pattern.compile(pattern).matcher(s).matches();
    } catch (PatternSyntaxException e) {
      return true;
    }
  }

  private static Double parseNumber(JsonNode value) {
    if (!value.isTextual()) {
      return null;
    }
    String text = value.asText().trim();
    if (!DECIMAL.matcher(text).matches()) {
      return null; // also refuses NaN, Infinity and hexadecimal, which Double.valueOf would take
    }
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  static boolean isDateTime(String s, String subtype) {
    try {
      if ("date".equals(subtype)) {
        LocalDate.parse(s);
      } else if ("time".equals(subtype)) {
        LocalTime.parse(s.length() > 8 ? s.substring(0, 8) : s);
      } else {
        try {
          OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
          LocalDateTime.parse(s);
        }
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
