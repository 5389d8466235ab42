package com.crmflow.platform.validation;

import com.crmflow.platform.process.InvalidFieldException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;

/**
 * The one place a step's input is checked. Each regulation step takes its input as a record whose components carry
 * the rules as Bean Validation annotations ({@code @NotBlank}, {@code @Size}, {@link OneOf}, …) and a
 * {@link Label}; the step calls {@code Inputs.valid(input)} first, so the rules are declared once and apply on
 * every way in: {@code /api}, Tasklist forms and {@code /engine-rest} (whose bindings call the same step).
 *
 * <p>A violation is an {@link InvalidFieldException} naming the first field in declaration order (REST: 400 with
 * the field; Tasklist: the message under the form), its message listing every violation with the field's label,
 * e.g. "需求名称不能为空；需求详细内容不能超过 4000 个字符". No Spring context is needed: the step's unit tests run the
 * same check.
 */
public final class Inputs {

  /** Our Chinese messages (ValidationMessages.properties, the root bundle) whatever the JVM's locale. */
  private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
      .defaultLocale(Locale.ROOT).buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  private Inputs() {}

  /** The input itself when every rule holds; otherwise an {@link InvalidFieldException} naming the fields. */
  public static <T> T valid(T input) {
    if (input == null) {
      throw new InvalidFieldException("input", "缺少输入");
    }
    Set<ConstraintViolation<T>> violations = VALIDATOR.validate(input);
    if (violations.isEmpty()) {
      return input;
    }
    List<String> order = componentOrder(input.getClass());
    List<ConstraintViolation<T>> sorted = violations.stream()
        .sorted(Comparator.<ConstraintViolation<T>>comparingInt(v -> position(order, topProperty(v.getPropertyPath())))
            .thenComparing(v -> v.getPropertyPath().toString()).thenComparing(ConstraintViolation::getMessage))
        .toList();
    String field = topProperty(sorted.get(0).getPropertyPath());
    String message = sorted.stream().map(v -> label(input.getClass(), v.getPropertyPath()) + v.getMessage())
        .distinct().collect(Collectors.joining("；"));
    throw new InvalidFieldException(field.isEmpty() ? "input" : field, message);
  }

  private static List<String> componentOrder(Class<?> type) {
    if (type.isRecord()) {
      return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
    return java.util.Arrays.stream(type.getDeclaredFields()).map(java.lang.reflect.Field::getName).toList();
  }

  private static int position(List<String> order, String property) {
    int i = order.indexOf(property);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static String topProperty(Path path) {
    for (Path.Node node : path) {
      return node.getName() == null ? "" : node.getName();
    }
    return "";
  }

  /** "风险描述" for {@code risks[2].description} (the element's label) and "需求名称" for {@code title}. */
  static String label(Class<?> root, Path path) {
    Class<?> type = root;
    String label = null;
    for (Path.Node node : path) {
      if (node.getName() == null || type == null) {
        break;
      }
      AnnotatedElement element = element(type, node.getName());
      Label l = element == null ? null : element.getAnnotation(Label.class);
      String name = l != null ? l.value() : node.getName();
      if (label == null) {
        label = name;
      } else if (node.isInIterable() && node.getIndex() != null) {
        // the index of a list element is carried by the node of the element's property
        label = label + "第 " + (node.getIndex() + 1) + " 行的" + name;
      } else {
        label = label + "的" + name;
      }
      type = elementType(type, node.getName());
    }
    return label == null ? "" : label;
  }

  private static AnnotatedElement element(Class<?> type, String name) {
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        if (c.getName().equals(name)) {
          // annotations on a record component are also on its field; the field is where @Label is kept
          try {
            return type.getDeclaredField(name);
          } catch (NoSuchFieldException e) {
            return c;
          }
        }
      }
      return null;
    }
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  /** The class of a property, or of its elements when it is a list. */
  private static Class<?> elementType(Class<?> type, String name) {
    try {
      java.lang.reflect.Field f = type.getDeclaredField(name);
      if (java.util.Collection.class.isAssignableFrom(f.getType())
          && f.getGenericType() instanceof java.lang.reflect.ParameterizedType p
          && p.getActualTypeArguments()[0] instanceof Class<?> c) {
        return c;
      }
      return f.getType();
    } catch (NoSuchFieldException e) {
      return null;
    }
  }
}
