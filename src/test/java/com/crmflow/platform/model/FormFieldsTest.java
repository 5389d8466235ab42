package com.crmflow.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One typed reader per form field, generated from the forms: for every {@code forms/*.form} a class
 * {@code <Name>Form} (e.g. {@code forms/complaint-assessment.form} → {@code complaint.process.form.ComplaintAssessmentForm})
 * with the form's path, a constant per field key and a static reader per editable field whose Java type follows the
 * component ({@code textfield/textarea/select/radio} → String, {@code number} → Long or BigDecimal when the form
 * allows decimals, {@code checkbox} → boolean, {@code checklist/taglist} → List&lt;String&gt;, {@code datetime} date →
 * LocalDate, {@code dynamiclist} → JsonNode with a constant per entry field). The bindings read submitted values only
 * through these readers, so a field renamed or removed in Camunda Modeler makes this test fail (the checked-in class
 * no longer matches its form) and, once regenerated, the Java that still reads the old field stops compiling.
 *
 * <p>After changing a form: {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true} rewrites the classes.
 */
class FormFieldsTest {

  static final String WRITE = "forms.write";
  static final Path FORMS = Path.of("forms");
  static final Path SOURCES = Path.of("src/main/java");

  /** Which feature's process package a form's readers belong to, by the form file's prefix (first match wins). */
  static final Map<String, String> PACKAGES = new LinkedHashMap<>();

  static {
    PACKAGES.put("complaint-analysis", "com.crmflow.complaint.analysis.form");
    PACKAGES.put("complaint-improvement", "com.crmflow.complaint.analysis.form"); // a task of complaint-analysis
    PACKAGES.put("complaint-", "com.crmflow.complaint.process.form");
    PACKAGES.put("project-", "com.crmflow.project.process.form");
    PACKAGES.put("return-visit-", "com.crmflow.visit.process.form");
    PACKAGES.put("customer-", "com.crmflow.customer.grading.form");
    PACKAGES.put("credit-", "com.crmflow.customer.credit.form");
    PACKAGES.put("working-calendar-", "com.crmflow.platform.calendar.form");
    PACKAGES.put("development-", "com.crmflow.development.process.form");
    PACKAGES.put("agreement-", "com.crmflow.agreement.process.form");
    PACKAGES.put("consultation-", "com.crmflow.consultation.process.form");
    PACKAGES.put("satisfaction-survey", "com.crmflow.survey.process.form");
    PACKAGES.put("owner-evaluation", "com.crmflow.evaluation.process.form");
    PACKAGES.put("care-", "com.crmflow.care.process.form");
    PACKAGES.put("supervision-", "com.crmflow.supervision.process.form");
    PACKAGES.put("grading-audit", "com.crmflow.supervision.process.form");
  }

  private static final Set<String> NON_INPUT =
      Set.of("text", "html", "image", "spacer", "separator", "button", "iframe", "table", "documentPreview");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyFormHasItsCheckedInReaderClass() throws IOException {
    Map<Path, String> expected = generateAll();
    boolean write = Boolean.getBoolean(WRITE);
    List<String> stale = new ArrayList<>();
    for (Map.Entry<Path, String> e : expected.entrySet()) {
      String current = Files.exists(e.getKey()) ? Files.readString(e.getKey(), StandardCharsets.UTF_8) : null;
      if (!e.getValue().equals(current)) {
        if (write) {
          Files.createDirectories(e.getKey().getParent());
          Files.writeString(e.getKey(), e.getValue(), StandardCharsets.UTF_8);
        } else {
          stale.add(e.getKey() + (current == null ? " is missing" : " no longer matches its form"));
        }
      }
    }
    for (Path existing : generatedClassesOnDisk()) {
      if (!expected.containsKey(existing)) {
        if (write) {
          Files.delete(existing);
        } else {
          stale.add(existing + " belongs to no form any more");
        }
      }
    }
    assertThat(stale).as("form reader classes out of date with forms/*.form — regenerate with "
        + "./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true and fix the Java that no longer compiles")
        .isEmpty();
  }

  @Test
  void aRenamedFieldChangesTheGeneratedReader() throws IOException {
    Path form = FORMS.resolve("complaint-assessment.form");
    String original = Files.readString(form, StandardCharsets.UTF_8);
    String generated = generate(form.getFileName().toString(), JSON.readTree(original));
    assertThat(generated).contains("public static final String CATEGORY = \"category\";")
        .contains("public static String category(FormData form)");
    String renamed = original.replace("\"key\": \"category\"", "\"key\": \"complaintType\"");
    assertThat(renamed).isNotEqualTo(original);
    String regenerated = generate(form.getFileName().toString(), JSON.readTree(renamed));
    assertThat(regenerated).doesNotContain("String category(FormData form)")
        .contains("public static String complaintType(FormData form)");
  }

  // ------------------------------------------------------------------------------------------------ generator

  static Map<Path, String> generateAll() throws IOException {
    Map<Path, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        String file = f.getFileName().toString();
        String pkg = packageOf(file);
        out.put(SOURCES.resolve(pkg.replace('.', '/')).resolve(className(file) + ".java"),
            generate(file, JSON.readTree(Files.readString(f, StandardCharsets.UTF_8))));
      }
    }
    return out;
  }

  static List<Path> generatedClassesOnDisk() throws IOException {
    List<Path> found = new ArrayList<>();
    for (String pkg : Set.copyOf(PACKAGES.values())) {
      Path dir = SOURCES.resolve(pkg.replace('.', '/'));
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(p -> p.getFileName().toString().endsWith("Form.java")).forEach(found::add);
        }
      }
    }
    return found;
  }

  static String packageOf(String file) {
    return PACKAGES.entrySet().stream().filter(e -> file.startsWith(e.getKey())).map(Map.Entry::getValue)
        .findFirst().orElseThrow(() -> new IllegalStateException(
            "forms/" + file + ": no package for its reader class — add its prefix to FormFieldsTest.PACKAGES"));
  }

  static String className(String file) {
    StringBuilder b = new StringBuilder();
    for (String part : file.replaceAll("\\.form$", "").split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.append("Form").toString();
  }

  record Field(String key, String label, String type, boolean required, boolean readOnly, String javaType,
      String reader, List<String> entryKeys) {}

  static String generate(String file, JsonNode form) {
    List<Field> fields = new ArrayList<>();
    collect(form.path("components"), fields);
    String pkg = packageOf(file);
    String cls = className(file);
    Set<String> imports = new java.util.TreeSet<>();
    imports.add("com.crmflow.platform.forms.FormData");
    for (Field f : fields) {
      switch (f.javaType()) {
        case "LocalDate" -> imports.add("java.time.LocalDate");
        case "BigDecimal" -> imports.add("java.math.BigDecimal");
        case "List<String>" -> imports.add("java.util.List");
        case "JsonNode" -> imports.add("com.fasterxml.jackson.databind.JsonNode");
        default -> { }
      }
    }
    StringBuilder b = new StringBuilder();
    b.append("package ").append(pkg).append(";\n\n");
    for (String i : imports) {
      b.append("import ").append(i).append(";\n");
    }
    b.append("\n/**\n * The fields of {@code forms/").append(file).append("}");
    String title = form.path("id").asText("");
    b.append(title.isEmpty() ? "" : " (form id {@code " + title + "}").append(title.isEmpty() ? "" : ")")
        .append(":\n * one constant per field key and one typed reader per editable field, which takes the submitted value\n")
        .append(" * out of the process variables ({@link FormData}).\n")
        .append(" *\n * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run\n")
        .append(" * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.\n */\n");
    b.append("public final class ").append(cls).append(" {\n\n");
    b.append("  public static final String FORM = \"forms/").append(file).append("\";\n");
    for (Field f : fields) {
      b.append("\n  /** ").append(describe(f)).append(" */\n");
      b.append("  public static final String ").append(constant(f.key())).append(" = \"").append(f.key())
          .append("\";\n");
      for (String entry : f.entryKeys()) {
        b.append("  public static final String ").append(constant(f.key())).append("_").append(constant(entry))
            .append(" = \"").append(entry).append("\";\n");
      }
    }
    b.append("\n  private ").append(cls).append("() {}\n");
    for (Field f : fields) {
      if (f.readOnly()) {
        continue;
      }
      b.append("\n  /** ").append(describe(f));
      if ("checkbox".equals(f.type())) {
        b.append(" Taken out of the variables: a routing flag that a gateway reads stays and is read with\n")
            .append("   * {@code FormData.flag(VariableFactory)} instead.");
      }
      b.append(" */\n");
      b.append("  public static ").append(f.javaType()).append(' ').append(method(f.key()))
          .append("(FormData form) {\n");
      b.append("    return form.").append(f.reader()).append('(').append(constant(f.key())).append(");\n  }\n");
    }
    b.append("}\n");
    return b.toString();
  }

  private static void collect(JsonNode components, List<Field> out) {
    for (JsonNode c : components) {
      String type = c.path("type").asText("");
      if (NON_INPUT.contains(type)) {
        continue;
      }
      if (("group".equals(type) || "default".equals(type)) && !c.hasNonNull("path")) {
        collect(c.path("components"), out);
        continue;
      }
      String key = "dynamiclist".equals(type) || "group".equals(type) ? c.path("path").asText(null)
          : c.path("key").asText(null);
      if (key == null || key.contains(".")) {
        continue;
      }
      boolean readOnly = c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false);
      String label = c.hasNonNull("label") ? c.path("label").asText() : c.path("dateLabel").asText("");
      List<String> entries = new ArrayList<>();
      if ("dynamiclist".equals(type) || "group".equals(type)) {
        List<Field> children = new ArrayList<>();
        collect(c.path("components"), children);
        children.forEach(ch -> entries.add(ch.key()));
      }
      String[] java = javaType(type, c);
      out.add(new Field(key, label, type, c.path("validate").path("required").asBoolean(false), readOnly, java[0],
          java[1], entries));
    }
  }

  private static String[] javaType(String type, JsonNode c) {
    return switch (type) {
      case "number" -> c.path("decimalDigits").asInt(0) > 0 ? new String[] {"BigDecimal", "takeDecimal"}
          : new String[] {"Long", "takeWholeNumber"};
      case "checkbox" -> new String[] {"boolean", "takeFlag"};
      case "checklist", "taglist" -> new String[] {"List<String>", "takeList"};
      case "datetime" -> "date".equals(c.path("subtype").asText("date")) ? new String[] {"LocalDate", "takeDate"}
          : new String[] {"String", "takeText"};
      case "dynamiclist", "group" -> new String[] {"JsonNode", "takeJson"};
      default -> new String[] {"String", "takeText"};
    };
  }

  private static String describe(Field f) {
    StringBuilder d = new StringBuilder();
    d.append(f.label().isBlank() ? f.key() : "「" + f.label().replace("*/", "* /") + "」");
    d.append(" (").append(f.type());
    if (f.required()) {
      d.append(", required");
    }
    if (f.readOnly()) {
      d.append(", read-only");
    }
    return d.append(')').append(f.label().isBlank() ? "" : '.').toString().replace("\n", " ");
  }

  static String constant(String key) {
    return key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
  }

  private static String method(String key) {
    String m = key.replaceAll("[^A-Za-z0-9]+", "_");
    return Character.toLowerCase(m.charAt(0)) + m.substring(1);
  }
}
