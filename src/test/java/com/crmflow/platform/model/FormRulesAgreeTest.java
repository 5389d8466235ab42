package com.crmflow.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import com.crmflow.platform.forms.FormField;
import com.crmflow.platform.forms.FormSchema;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A step's rules are declared once, on its input record ({@code @OneOf}, {@code @Size}, checked by
 * {@code Inputs.valid} on every way in); the forms repeat them only so the browser can say so before submitting.
 * This test keeps the two from drifting apart: for every input record of a feature and every form of that feature
 * with a field of the same key (also inside dynamic lists), the form offers exactly the record's codes, and a
 * form's length limit is never looser than the record's — Tasklist must not accept what the step refuses.
 */
class FormRulesAgreeTest {

  /** Input records of a feature's package ↔ the forms of that feature (file name prefix). */
  static final Map<String, List<String>> FEATURE_FORMS = new LinkedHashMap<>();

  static {
    FEATURE_FORMS.put("com.crmflow.project.", List.of("project-"));
    FEATURE_FORMS.put("com.crmflow.complaint.", List.of("complaint-"));
    FEATURE_FORMS.put("com.crmflow.visit.", List.of("return-visit-"));
    FEATURE_FORMS.put("com.crmflow.customer.", List.of("customer-"));
    FEATURE_FORMS.put("com.crmflow.development.", List.of("development-"));
    FEATURE_FORMS.put("com.crmflow.agreement.", List.of("agreement-"));
    FEATURE_FORMS.put("com.crmflow.consultation.", List.of("consultation-"));
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  record FormFieldRule(String form, String key, String type, Set<String> options, Integer maxLength) {}

  @Test
  void formsOfferTheRecordsCodesAndNoLooserLengths() throws Exception {
    List<Class<?>> records = inputRecords();
    assertThat(records).as("input records found").hasSizeGreaterThan(20);
    List<String> problems = new ArrayList<>();
    int compared = 0;
    for (Class<?> record : records) {
      List<String> prefixes = FEATURE_FORMS.entrySet().stream().filter(e -> record.getName().startsWith(e.getKey()))
          .findFirst().map(Map.Entry::getValue).orElse(List.of());
      List<FormFieldRule> fields = formFields(prefixes);
      for (RecordComponent c : record.getRecordComponents()) {
        for (FormFieldRule f : fields) {
          if (!f.key().equals(c.getName())) {
            continue;
          }
          Field field = record.getDeclaredField(c.getName());
          OneOf oneOf = oneOf(field, c);
          Size size = field.getAnnotation(Size.class);
          if (oneOf != null && f.options() != null) {
            compared++;
            Set<String> codes = new TreeSet<>(List.of(oneOf.value()));
            if (!codes.equals(new TreeSet<>(f.options()))) {
              problems.add(record.getSimpleName() + "." + c.getName() + " accepts " + codes + " but " + f.form()
                  + " field " + f.key() + " offers " + new TreeSet<>(f.options()));
            }
          }
          if (size != null && size.max() < Integer.MAX_VALUE && c.getType() == String.class) {
            compared++;
            if (f.maxLength() != null && f.maxLength() > size.max()) {
              problems.add(f.form() + " field " + f.key() + " lets staff type " + f.maxLength()
                  + " characters but " + record.getSimpleName() + "." + c.getName() + " refuses more than "
                  + size.max());
            }
          }
        }
      }
    }
    System.out.println("form rules compared with input records: " + compared);
    assertThat(compared).as("pairs of record rule and form field compared").isGreaterThan(30);
    assertThat(problems).as("forms and input records disagree").isEmpty();
  }

  private static OneOf oneOf(Field field, RecordComponent c) {
    OneOf direct = field.getAnnotation(OneOf.class);
    if (direct != null) {
      return direct;
    }
    // List<@OneOf(...) String>
    if (c.getAnnotatedType() instanceof java.lang.reflect.AnnotatedParameterizedType p) {
      return p.getAnnotatedActualTypeArguments()[0].getAnnotation(OneOf.class);
    }
    return null;
  }

  /** Records in com.crmflow with at least one {@link Label}ed component (the steps' inputs), nested ones included. */
  static List<Class<?>> inputRecords() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(Label.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(classes.resolve("com/crmflow"))) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, FormRulesAgreeTest.class.getClassLoader());
        if (type.isRecord() && Stream.of(type.getRecordComponents())
            .anyMatch(c -> fieldOf(type, c).getAnnotation(Label.class) != null)) {
          found.add(type);
        }
      }
    }
    return found;
  }

  private static Field fieldOf(Class<?> type, RecordComponent c) {
    try {
      return type.getDeclaredField(c.getName());
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fields of the feature's forms as the server-side form validation reads them (entries of lists included). */
  static List<FormFieldRule> formFields(List<String> prefixes) throws IOException {
    List<FormFieldRule> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(FormFieldsTest.FORMS)) {
      for (Path f : files.filter(p -> prefixes.stream().anyMatch(pre -> p.getFileName().toString().startsWith(pre)))
          .sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          collect(f.getFileName().toString(), FormSchema.parse(JSON, in).fields(), out);
        }
      }
    }
    return out;
  }

  private static void collect(String form, List<FormField> fields, List<FormFieldRule> out) {
    for (FormField f : fields) {
      out.add(new FormFieldRule(form, f.key(), f.type(), f.options() == null ? null : new TreeSet<>(f.options()),
          f.maxLength()));
      collect(form, f.children(), out);
    }
  }
}
