package com.crmflow.platform.model;

import com.crmflow.testsupport.Verifies;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Disabled;
import org.junit.platform.commons.annotation.Testable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The traceability table of docs/traceability.md: each clause of docs/requirements.md with the model elements that
 * cite it and the tests that verify it ({@link Verifies}), and the problems that make {@code TraceabilityTest}
 * fail. Reading (requirements, models, test classes) and checking are separate so that the checks can be tested
 * on made-up inputs.
 */
final class Traceability {

  /** A clause id: P1.4, P2.KPI, X.2. */
  static final String CLAUSE_ID = "(?:P\\d+\\.(?:\\d+|KPI)|X\\.\\d+)";

  private static final Pattern CLAUSE_LINE = Pattern.compile("^- \\*\\*(" + CLAUSE_ID + ")\\*\\* (.*)$");

  /** "SPEC P1.4", "SPEC P3.1, P3.2", "SPEC P2" (a chapter) in a documentation or description text. */
  private static final Pattern SPEC_CITATION = Pattern.compile(
      "SPEC\\s+(P\\d+(?:\\.\\w+)?|X\\.\\d+)((?:\\s*[,，、]\\s*(?:P\\d+(?:\\.\\w+)?|X\\.\\d+))*)");

  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,，、]\\s*");

  /** The extension property (camunda:properties) that names the clauses a BPMN element implements. */
  static final String CLAUSE_PROPERTY = "clause";

  static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  private Traceability() {}

  record Clause(String id, String text) {
    String chapter() {
      return id.substring(0, id.indexOf('.'));
    }

    /** The first sentence (up to ". ", " — " or "; "), for the table. */
    String shortText() {
      String t = text.replaceAll("\\s+", " ").trim();
      int end = t.length();
      for (String stop : new String[] {". ", " — ", "; "}) {
        int i = t.indexOf(stop);
        if (i > 0 && i < end) {
          end = i;
        }
      }
      t = t.substring(0, end).replaceAll("\\.$", "");
      return t.length() > 110 ? t.substring(0, 109).trim() + "…" : t;
    }
  }

  /** A model element that cites clauses; form is the Camunda Form it shows (formRef), or null. */
  record Citation(String file, String elementId, String form, List<String> clauses) {
    String where() {
      return file + "#" + elementId;
    }
  }

  /** A test (a method, or a whole class when method is null) that declares the clauses it verifies. */
  record TestCitation(String testClass, String method, boolean runs, List<String> clauses) {
    String where() {
      return method == null ? testClass + " (class)" : testClass + "#" + method;
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Reading

  /** The clauses of docs/requirements.md: list items starting with a bold clause id, with their continuation lines. */
  static Map<String, Clause> clauses(String markdown) {
    Map<String, Clause> clauses = new LinkedHashMap<>();
    String id = null;
    StringBuilder text = null;
    for (String line : (markdown + "\n").split("\n", -1)) {
      Matcher m = CLAUSE_LINE.matcher(line);
      boolean continuation = id != null && line.startsWith("  ") && !line.isBlank();
      if (continuation) {
        text.append(' ').append(line.trim());
        continue;
      }
      if (id != null) {
        if (clauses.put(id, new Clause(id, text.toString())) != null) {
          throw new IllegalArgumentException("clause " + id + " is defined twice in docs/requirements.md");
        }
        id = null;
      }
      if (m.matches()) {
        id = m.group(1);
        text = new StringBuilder(m.group(2));
      }
    }
    return clauses;
  }

  /**
   * The clause citations of a BPMN model: the extension property {@value #CLAUSE_PROPERTY} (comma-separated ids)
   * and "SPEC …" in an element's documentation. Chapter citations ("SPEC P2") are returned as the chapter id.
   */
  static List<Citation> bpmnCitations(String file, Document bpmn) {
    List<Citation> citations = new ArrayList<>();
    for (Element e : elements(bpmn.getDocumentElement())) {
      String id = e.getAttribute("id");
      if (id.isEmpty() || !BPMN_NS.equals(e.getNamespaceURI())) {
        continue;
      }
      Set<String> ids = new LinkedHashSet<>();
      for (Element child : children(e, BPMN_NS, "extensionElements")) {
        for (Element props : children(child, CAMUNDA_NS, "properties")) {
          for (Element p : children(props, CAMUNDA_NS, "property")) {
            if (CLAUSE_PROPERTY.equals(p.getAttribute("name"))) {
              LIST_SEPARATOR.splitAsStream(p.getAttribute("value").trim()).filter(s -> !s.isEmpty())
                  .forEach(ids::add);
            }
          }
        }
      }
      for (Element doc : children(e, BPMN_NS, "documentation")) {
        ids.addAll(specCitations(doc.getTextContent()));
      }
      if (!ids.isEmpty()) {
        String form = e.getAttributeNS(CAMUNDA_NS, "formRef");
        citations.add(new Citation(file, id, form.isEmpty() ? null : form, List.copyOf(ids)));
      }
    }
    return citations;
  }

  /** The clause citations of a DMN model: "SPEC …" in a decision's description. */
  static List<Citation> dmnCitations(String file, Document dmn) {
    List<Citation> citations = new ArrayList<>();
    for (Element e : elements(dmn.getDocumentElement())) {
      if (!"decision".equals(e.getLocalName())) {
        continue;
      }
      Set<String> ids = new LinkedHashSet<>();
      for (Element description : children(e, e.getNamespaceURI(), "description")) {
        ids.addAll(specCitations(description.getTextContent()));
      }
      if (!ids.isEmpty()) {
        citations.add(new Citation(file, e.getAttribute("id"), null, List.copyOf(ids)));
      }
    }
    return citations;
  }

  static List<String> specCitations(String text) {
    List<String> ids = new ArrayList<>();
    Matcher m = SPEC_CITATION.matcher(text);
    while (m.find()) {
      ids.add(m.group(1));
      LIST_SEPARATOR.splitAsStream(m.group(2)).filter(s -> !s.isEmpty()).forEach(ids::add);
    }
    return ids;
  }

  /** The citations of every model in the folder (*.bpmn, *.dmn), file names relative to the project. */
  static List<Citation> modelCitations(Path processes) throws IOException {
    List<Citation> citations = new ArrayList<>();
    try (Stream<Path> files = Files.list(processes)) {
      for (Path f : files.sorted().toList()) {
        String name = processes.getFileName() + "/" + f.getFileName();
        if (name.endsWith(".bpmn")) {
          citations.addAll(bpmnCitations(name, parse(f)));
        } else if (name.endsWith(".dmn")) {
          citations.addAll(dmnCitations(name, parse(f)));
        }
      }
    }
    return citations;
  }

  /** The {@link Verifies} annotations of the compiled classes under a class folder (e.g. target/test-classes). */
  static List<TestCitation> testCitations(Path classFolder, ClassLoader loader, Set<String> skippedPrefixes)
      throws IOException {
    List<TestCitation> citations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classFolder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String name = classFolder.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".")
            .replaceAll("\\.class$", "");
        if (name.endsWith("package-info") || skippedPrefixes.stream().anyMatch(name::startsWith)) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
          throw new IllegalStateException("cannot load test class " + name, e);
        }
        citations.addAll(testCitations(type));
      }
    }
    return citations;
  }

  static List<TestCitation> testCitations(Class<?> type) {
    List<TestCitation> citations = new ArrayList<>();
    boolean classDisabled = type.isAnnotationPresent(Disabled.class);
    Verifies onClass = type.getAnnotation(Verifies.class);
    if (onClass != null) {
      boolean hasTests = Arrays.stream(type.getDeclaredMethods()).anyMatch(Traceability::isTest);
      citations.add(new TestCitation(testName(type), null,
          hasTests && !classDisabled && !Modifier.isAbstract(type.getModifiers()), List.of(onClass.value())));
    }
    for (Method m : type.getDeclaredMethods()) {
      Verifies v = m.getAnnotation(Verifies.class);
      if (v != null) {
        boolean runs = isTest(m) && !classDisabled && !m.isAnnotationPresent(Disabled.class)
            && !Modifier.isAbstract(type.getModifiers());
        citations.add(new TestCitation(testName(type), m.getName(), runs, List.of(v.value())));
      }
    }
    return citations;
  }

  /** A method JUnit runs: annotated with @Test, @ParameterizedTest, … (all meta-annotated with @Testable). */
  static boolean isTest(Method m) {
    return Arrays.stream(m.getAnnotations()).anyMatch(a -> testable(a, new HashSet<>()));
  }

  private static boolean testable(Annotation a, Set<Class<?>> seen) {
    Class<? extends Annotation> type = a.annotationType();
    if (type == Testable.class) {
      return true;
    }
    if (!seen.add(type) || type.getName().startsWith("java.lang.annotation")) {
      return false;
    }
    return Arrays.stream(type.getAnnotations()).anyMatch(meta -> testable(meta, seen));
  }

  private static String testName(Class<?> type) {
    String name = type.getName();
    return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Checking and writing

  /** The clauses with their models and tests, and what is wrong. */
  record Table(Map<String, Clause> clauses, Map<String, List<Citation>> models, Map<String, List<TestCitation>> tests,
      Map<String, String> notYetVerified, List<String> problems) {}

  static Table table(Map<String, Clause> clauses, List<Citation> modelCitations, List<TestCitation> testCitations,
      Map<String, String> notYetVerified) {
    List<String> problems = new ArrayList<>();
    Set<String> chapters = clauses.values().stream().map(Clause::chapter).collect(Collectors.toSet());
    Map<String, List<Citation>> models = new LinkedHashMap<>();
    Map<String, List<TestCitation>> tests = new LinkedHashMap<>();
    clauses.keySet().forEach(id -> {
      models.put(id, new ArrayList<>());
      tests.put(id, new ArrayList<>());
    });
    for (Citation c : modelCitations) {
      for (String id : c.clauses()) {
        if (clauses.containsKey(id)) {
          models.get(id).add(c);
        } else if (!chapters.contains(id)) {
          problems.add(c.where() + " cites " + id + ", which is no clause of docs/requirements.md");
        }
      }
    }
    for (TestCitation t : testCitations) {
      if (!t.runs()) {
        problems.add(t.where() + " has @Verifies but is no test JUnit runs (no @Test, disabled, abstract or a class"
            + " without tests)");
      }
      if (t.clauses().isEmpty()) {
        problems.add(t.where() + " has @Verifies without a clause");
      }
      for (String id : t.clauses()) {
        if (!clauses.containsKey(id)) {
          problems.add(t.where() + " verifies " + id + ", which is no clause of docs/requirements.md"
              + (chapters.contains(id) ? " (a chapter: name its clauses)" : ""));
        } else if (t.runs()) {
          tests.get(id).add(t);
        }
      }
    }
    tests.values().forEach(l -> l.sort(Comparator.comparing(TestCitation::where)));
    for (Map.Entry<String, String> e : new TreeMap<>(notYetVerified).entrySet()) {
      if (!clauses.containsKey(e.getKey())) {
        problems.add("the not-yet-verified list names " + e.getKey() + ", which is no clause of docs/requirements.md");
      } else if (!tests.get(e.getKey()).isEmpty()) {
        problems.add(e.getKey() + " is on the not-yet-verified list but has tests now: remove it from the list");
      }
    }
    for (String id : clauses.keySet()) {
      if (tests.get(id).isEmpty() && !notYetVerified.containsKey(id)) {
        problems.add(id + " has no test: annotate the tests that check it with @Verifies(\"" + id + "\")"
            + " (or, when it is not implemented, put it on the not-yet-verified list with the reason)");
      }
    }
    return new Table(clauses, models, tests, notYetVerified, problems);
  }

  /** docs/traceability.md. */
  static String markdown(Table t) {
    StringBuilder md = new StringBuilder();
    long verified = t.clauses().keySet().stream().filter(id -> !t.tests().get(id).isEmpty()).count();
    Set<String> testNames = new TreeSet<>();
    t.tests().values().forEach(l -> l.forEach(x -> testNames.add(x.where())));
    Set<String> elements = new TreeSet<>();
    t.models().values().forEach(l -> l.forEach(c -> elements.add(c.where())));
    md.append("# Traceability\n\n")
        .append("<!-- Generated by TraceabilityTest from docs/requirements.md, the models in processes/ and the tests'")
        .append(" @Verifies annotations; do not edit. Regenerate:\n")
        .append("     ./mvnw -B -q test -Dtest=TraceabilityTest -Dtraceability.write=true -->\n\n")
        .append("Each clause of [requirements.md](requirements.md) with the model elements that implement it and the")
        .append(" tests that verify it. The models cite a clause by the extension property `clause` of a BPMN element")
        .append(" (or \"SPEC P…\" in its documentation) and by \"SPEC P…\" in a DMN decision's description; a form")
        .append(" appears through the element that shows it. Tests declare what they check with")
        .append(" `@Verifies(\"P2.3\")` (see [testing.md](testing.md#traceability)). `TraceabilityTest` fails when a")
        .append(" clause has no test and is not listed below as not yet verified, when a citation or annotation names")
        .append(" no clause, or when this file is out of date.\n\n")
        .append(t.clauses().size()).append(" clauses, ").append(verified).append(" verified by ")
        .append(testNames.size()).append(" tests, ").append(elements.size()).append(" model elements cited.\n\n")
        .append("| clause | requirement | models | tests |\n")
        .append("|---|---|---|---|\n");
    for (Clause c : t.clauses().values()) {
      String models = t.models().get(c.id()).stream()
          .map(m -> "`" + m.where() + "`" + (m.form() == null ? "" : " (form `" + m.form() + "`)"))
          .collect(Collectors.joining("<br>"));
      String tests = t.tests().get(c.id()).stream().map(x -> "`" + x.where() + "`")
          .collect(Collectors.joining("<br>"));
      if (tests.isEmpty() && t.notYetVerified().containsKey(c.id())) {
        tests = "**not yet verified:** " + t.notYetVerified().get(c.id());
      }
      md.append("| ").append(c.id()).append(" | ").append(cell(c.shortText())).append(" | ").append(models)
          .append(" | ").append(tests).append(" |\n");
    }
    return md.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // XML

  static Document parse(Path file) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(file.toFile());
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("cannot parse " + file, e);
    }
  }

  /** The element and all elements below it, in document order. */
  private static List<Element> elements(Element root) {
    List<Element> all = new ArrayList<>();
    all.add(root);
    NodeList nodes = root.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < nodes.getLength(); i++) {
      all.add((Element) nodes.item(i));
    }
    return all;
  }

  private static List<Element> children(Element parent, String ns, String localName) {
    List<Element> children = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName()) && (ns == null || ns.equals(e.getNamespaceURI()))) {
        children.add(e);
      }
    }
    return children;
  }
}
