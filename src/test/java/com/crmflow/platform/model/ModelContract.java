package com.crmflow.platform.model;

import com.crmflow.platform.model.JavaFacts.ClassInfo;
import com.crmflow.platform.model.JavaFacts.Facts;
import com.crmflow.platform.model.JavaFacts.FormRead;
import com.crmflow.platform.model.JavaFacts.Ref;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InformationRequirement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The model contract: parses every BPMN, DMN and Camunda Form the application deploys, reads the Java sources and
 * the compiled beans, and reports every place where the two disagree — as {@code <file>: <element id> (<element
 * name>): <problem>}, all at once. See {@code ModelContractTest} for the allow-lists and what is checked.
 *
 * <p>The contracts:
 * <ol>
 *   <li><b>Expressions</b> — every {@code ${…}} of the BPMN (delegate, listener, assignee, candidate users and
 *       groups, due/follow-up date, priority, timers, conditions, loop cardinality and collection, input/output
 *       parameters, call activity bindings, …): each root identifier is a Spring bean (and then the property or
 *       method it uses exists on the bean's class), an engine built-in, or a variable that a form, the model or
 *       the Java writes in that process. A delegate expression's bean has the type its place needs (JavaDelegate,
 *       TaskListener, ExecutionListener); a {@code camunda:class} loads and has that type.</li>
 *   <li><b>Forms</b> — every form id is unique; every {@code camunda:formRef} names an existing form.</li>
 *   <li><b>Form fields the Java reads</b> — each {@code FormData.take…}/{@code flag} of a delegate or listener bean
 *       names a field (or a key inside a dynamic list or group) of the form submitted where the bean runs: the
 *       task's own form for complete listeners, else each form (or message start) the instance can come from.
 *       Each required field of a form is read by such a bean or by the process's expressions, or is listed as
 *       deliberately ignored.</li>
 *   <li><b>Element ids, messages, keys</b> — BPMN element ids the Java names (literals {@code Task_…}, {@code
 *       Timer_…} …, arguments of {@code taskDefinitionKey}, {@code activityId}, comparisons with {@code
 *       getTaskDefinitionKey()}), prefixes used with {@code startsWith}, message and signal names, error codes,
 *       process keys and decision keys exist in the models.</li>
 *   <li><b>Variables</b> — every process variable the Java reads by a constant name ({@code getVariable}, {@code
 *       idVariable}, …) and every variable a form shows (valuesKey, table data, {@code {{…}}} text, FEEL
 *       conditions) is written somewhere: a form field, the model (element variable, result variable, initiator,
 *       output parameter, …) or the Java ({@code setVariable}, {@code putValue}, start/correlation variables).</li>
 *   <li><b>DMN</b> — decision ids are unique; the outputs the Java reads exist; the input expressions of a
 *       decision the Java evaluates name variables the Java passes or results of required decisions.</li>
 *   <li><b>Dead bindings</b> — every JavaDelegate, TaskListener and ExecutionListener bean is used by a model;
 *       every form is used by a model.</li>
 * </ol>
 *
 * <p>Not checked (see the test's report): the order of writes and reads (a variable written only after it is read
 * passes), reads through names that are not compile-time string constants, script tasks and script conditions,
 * FEEL in DMN literal expressions and input entries, types of values, candidate groups and users that are plain
 * text, and Java code reached only through other classes (a delegate's facts are its own method, the same-class
 * helpers it calls and a nested class it returns).
 */
final class ModelContract {

  static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  /** What the checker reads, and the deliberate exceptions it is told about. */
  record Config(Path processes, Path forms, Path javaSources, Path mainClasses, Path projectRoot,
      String basePackage, Class<?> formDataClass, Map<String, String> ignoredRequiredFields,
      Map<String, String> optionalFormReads) {

    static Config forProject(Path root, Class<?> formDataClass) {
      return new Config(root.resolve("processes"), root.resolve("forms"), root.resolve("src/main/java"),
          root.resolve("target/classes"), root, "com.crmflow", formDataClass, Map.of(), Map.of());
    }

    Config withModels(Path processes, Path forms) {
      return new Config(processes, forms, javaSources, mainClasses, projectRoot, basePackage, formDataClass,
          ignoredRequiredFields, optionalFormReads);
    }

    /** @param fields {@code formId:fieldKey} (a dynamic list's entry: {@code formId:listKey.key}) → why */
    Config withIgnoredRequiredFields(Map<String, String> fields) {
      return new Config(processes, forms, javaSources, mainClasses, projectRoot, basePackage, formDataClass,
          fields, optionalFormReads);
    }

    /** @param reads {@code bean:key@sourceElementId} → why the source does not provide it */
    Config withOptionalFormReads(Map<String, String> reads) {
      return new Config(processes, forms, javaSources, mainClasses, projectRoot, basePackage, formDataClass,
          ignoredRequiredFields, reads);
    }
  }

  /** One disagreement between the code and the models. */
  record Violation(String file, String elementId, String elementName, String problem) {
    @Override
    public String toString() {
      return file + ": " + elementId + " (" + (elementName == null || elementName.isBlank() ? "-" : elementName)
          + "): " + problem;
    }
  }

  // ---------------------------------------------------------------------------------------------- entry point

  private static final Map<String, JavaFacts> JAVA_CACHE = new HashMap<>();
  /** parsed models by content: the Modeler-edit tests parse only the file they changed (models are only read) */
  private static final Map<String, Object> MODEL_CACHE = new HashMap<>();

  private static Object parsed(Path file, Function<InputStream, Object> parser) {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    synchronized (MODEL_CACHE) {
      Object model = MODEL_CACHE.get(content);
      if (model == null) {
        model = parser.apply(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        MODEL_CACHE.put(content, model);
      }
      return model;
    }
  }
  private static final Map<String, Map<String, BeanDef>> BEAN_CACHE = new HashMap<>();

  static List<Violation> check(Config config) {
    return new ModelContract(config).run();
  }

  private final Config config;
  private final List<Violation> violations = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();
  /** how many things each contract looked at (printed by the test, so that a vacuous pass shows) */
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  private void count(String what) {
    counts.merge(what, 1, Integer::sum);
  }

  /** The violations and what was checked. */
  record Result(List<Violation> violations, Map<String, Integer> counts) {}

  static Result checkWithCounts(Config config) {
    ModelContract c = new ModelContract(config);
    List<Violation> v = c.run();
    return new Result(v, c.counts);
  }

  private ModelContract(Config config) {
    this.config = config;
  }

  // ---------------------------------------------------------------------------------------------- beans

  /**
   * A Spring bean found statically: a scanned component, or a {@code @Bean} method of one. Its type is loaded only
   * when a check needs it (loading every component and its method signatures would load half the application).
   */
  static final class BeanDef {
    private final String name;
    private final String typeName;
    private final String declaringClass;
    private final String factoryMethod;
    private final ClassLoader loader;
    private Class<?> type;
    private boolean loaded;

    BeanDef(String name, String typeName, String declaringClass, String factoryMethod, ClassLoader loader) {
      this.name = name;
      this.typeName = typeName;
      this.declaringClass = declaringClass;
      this.factoryMethod = factoryMethod;
      this.loader = loader;
    }

    String name() {
      return name;
    }

    String declaringClass() {
      return declaringClass;
    }

    String factoryMethod() {
      return factoryMethod;
    }

    /** The declared type (the {@code @Bean} method's return type), or null when it cannot be loaded. */
    synchronized Class<?> type() {
      if (!loaded) {
        loaded = true;
        try {
          type = Class.forName(typeName, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
          type = null;
        }
      }
      return type;
    }
  }

  /** Beans the Camunda Spring Boot starter registers and expressions may use. */
  private static final Map<String, String> ENGINE_BEANS = Map.ofEntries(
      Map.entry("processEngine", "org.camunda.bpm.engine.ProcessEngine"),
      Map.entry("runtimeService", "org.camunda.bpm.engine.RuntimeService"),
      Map.entry("repositoryService", "org.camunda.bpm.engine.RepositoryService"),
      Map.entry("taskService", "org.camunda.bpm.engine.TaskService"),
      Map.entry("historyService", "org.camunda.bpm.engine.HistoryService"),
      Map.entry("managementService", "org.camunda.bpm.engine.ManagementService"),
      Map.entry("identityService", "org.camunda.bpm.engine.IdentityService"),
      Map.entry("formService", "org.camunda.bpm.engine.FormService"),
      Map.entry("authorizationService", "org.camunda.bpm.engine.AuthorizationService"),
      Map.entry("externalTaskService", "org.camunda.bpm.engine.ExternalTaskService"),
      Map.entry("filterService", "org.camunda.bpm.engine.FilterService"),
      Map.entry("decisionService", "org.camunda.bpm.engine.DecisionService"),
      Map.entry("caseService", "org.camunda.bpm.engine.CaseService"));

  static Map<String, BeanDef> scanBeans(String basePackage, Path mainClasses, ClassLoader loader) {
    Map<String, BeanDef> beans = new LinkedHashMap<>();
    ENGINE_BEANS.forEach((name, type) -> beans.put(name, new BeanDef(name, type, type, null, loader)));
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    scanner.setResourceLoader(new DefaultResourceLoader(loader));
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    Path classesDir = mainClasses == null ? null : mainClasses.toAbsolutePath().normalize();
    for (BeanDefinition bd : scanner.findCandidateComponents(basePackage)) {
      if (classesDir != null && bd instanceof AbstractBeanDefinition abd && abd.getResource() != null) {
        try {
          if (!abd.getResource().getFile().toPath().toAbsolutePath().normalize().startsWith(classesDir)) {
            continue; // a test class
          }
        } catch (IOException e) {
          // not a file (a jar): keep it
        }
      }
      String name = AnnotationBeanNameGenerator.INSTANCE.generateBeanName(bd, registry);
      String className = bd.getBeanClassName();
      beans.put(name, new BeanDef(name, className, className, null, loader));
      if (bd instanceof AnnotatedBeanDefinition abd) {
        for (MethodMetadata m : abd.getMetadata().getAnnotatedMethods(Bean.class.getName())) {
          Map<String, Object> attributes = m.getAnnotationAttributes(Bean.class.getName());
          String[] names = attributes == null ? new String[0] : (String[]) attributes.get("name");
          String beanName = names != null && names.length > 0 ? names[0] : m.getMethodName();
          beans.put(beanName, new BeanDef(beanName, m.getReturnTypeName(), className, m.getMethodName(), loader));
        }
      }
    }
    return beans;
  }

  // ---------------------------------------------------------------------------------------------- forms

  record Field(String key, String label, String type, boolean required, String listKey,
      Map<String, Field> children) {
    String shownKey() {
      return listKey == null ? key : listKey + "[]." + key;
    }
  }

  /** A variable a form shows or uses: options, table rows, text templates, FEEL conditions. */
  record FormVarRead(String variable, String what, String fieldKey, String fieldLabel) {}

  static final class FormDoc {
    Path file;
    String id;
    final Map<String, Field> fields = new LinkedHashMap<>();
    final List<Field> all = new ArrayList<>();
    final List<FormVarRead> reads = new ArrayList<>();

    /** The variables a submission writes: top-level field keys (a dotted key writes its first part). */
    Set<String> writes() {
      Set<String> keys = new LinkedHashSet<>();
      fields.keySet().forEach(k -> keys.add(k.contains(".") ? k.substring(0, k.indexOf('.')) : k));
      return keys;
    }

    Set<String> allKeys() {
      Set<String> keys = new HashSet<>(writes());
      all.forEach(f -> keys.add(f.key()));
      return keys;
    }

    boolean has(String key, String subKey) {
      Field f = fields.get(key);
      if (f == null) {
        return subKey == null && writes().contains(key);
      }
      return subKey == null || f.children().containsKey(subKey);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NON_INPUT =
      Set.of("text", "html", "image", "spacer", "separator", "button", "iframe", "table", "documentPreview");

  private FormDoc parseForm(Path file) {
    FormDoc doc = new FormDoc();
    doc.file = file;
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      violation(file, "-", null, "is not a readable form (JSON): " + e.getMessage()
          + "; the other contracts are checked once every model can be read");
      unreadable++;
      return null;
    }
    doc.id = root.path("id").asText(null);
    if (doc.id == null || doc.id.isBlank()) {
      violation(file, "-", null, "the form has no id; a camunda:formRef cannot name it");
      return null;
    }
    parseComponents(root.path("components"), doc, null, doc.fields);
    return doc;
  }

  private void parseComponents(JsonNode components, FormDoc doc, String listKey, Map<String, Field> into) {
    for (JsonNode c : components) {
      String type = c.path("type").asText("");
      collectFormReads(c, doc);
      boolean container = ("group".equals(type) || "default".equals(type)) && !c.hasNonNull("path");
      if (NON_INPUT.contains(type) || container) {
        if (container) {
          parseComponents(c.path("components"), doc, listKey, into);
        }
        continue;
      }
      String key = "dynamiclist".equals(type) || "group".equals(type) ? c.path("path").asText(null)
          : c.path("key").asText(null);
      if (key == null) {
        continue;
      }
      boolean fixed = c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false);
      Field f = new Field(key, c.hasNonNull("label") ? c.path("label").asText() : c.path("dateLabel").asText(null),
          type, !fixed && c.path("validate").path("required").asBoolean(false), listKey, new LinkedHashMap<>());
      into.put(key, f);
      doc.all.add(f);
      if (c.has("components")) {
        parseComponents(c.path("components"), doc, key, f.children());
      }
    }
  }

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);

  /** The variables one component uses (its children are components of their own). */
  private void collectFormReads(JsonNode c, FormDoc doc) {
    String key = c.hasNonNull("key") ? c.path("key").asText() : c.path("path").asText(c.path("id").asText("-"));
    String label = c.hasNonNull("label") ? c.path("label").asText() : c.path("type").asText();
    if (c.hasNonNull("valuesKey")) {
      doc.reads.add(new FormVarRead(c.path("valuesKey").asText(), "options (valuesKey)", key, label));
    }
    List<String[]> strings = new ArrayList<>();
    collectStrings(c, "", strings);
    for (String[] s : strings) {
      String prop = s[0];
      String value = s[1];
      if (value.startsWith("=")) {
        for (String id : Feel.identifiers(value.substring(1))) {
          doc.reads.add(new FormVarRead(id, prop + " \"" + value + "\"", key, label));
        }
      }
      Matcher m = TEMPLATE.matcher(value);
      while (m.find()) {
        for (String id : Feel.templateIdentifiers(m.group(1))) {
          doc.reads.add(new FormVarRead(id, prop + " {{" + m.group(1).trim() + "}}", key, label));
        }
      }
    }
  }

  private static void collectStrings(JsonNode node, String path, List<String[]> into) {
    node.fields().forEachRemaining(e -> {
      String name = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
      if (e.getKey().equals("components") || e.getKey().equals("key") || e.getKey().equals("id")
          || e.getKey().equals("path") || e.getKey().equals("type") || e.getKey().equals("valuesKey")) {
        return;
      }
      if (e.getValue().isTextual()) {
        into.add(new String[] {name, e.getValue().asText()});
      } else if (e.getValue().isObject()) {
        collectStrings(e.getValue(), name, into);
      }
    });
  }

  // ---------------------------------------------------------------------------------------------- BPMN

  /** A BPMN element a problem is about. */
  record El(Path file, String id, String name, ModelElementInstance element, String processId) {}

  /** One expression (or class name) of the model, where it stands and in which context it runs. */
  record ExprUse(El el, String where, String text, String listener, String event, boolean delegate,
      boolean className) {}

  /** A bean used by a model element. */
  record BeanUse(String bean, El el, String where, String context) {}

  static final class ModelDoc {
    Path file;
    BpmnModelInstance model;
    final List<ExprUse> expressions = new ArrayList<>();
  }

  static final class ProcessInfo {
    String id;
    ModelDoc doc;
    /** variable → who writes it (model, forms, Java beans used here) */
    final Map<String, String> writes = new LinkedHashMap<>();
    final Set<FormDoc> forms = new LinkedHashSet<>();
  }

  private final Map<String, FormDoc> formsById = new LinkedHashMap<>();
  private final List<ModelDoc> models = new ArrayList<>();
  private final Map<String, ProcessInfo> processes = new LinkedHashMap<>();
  private final Map<String, List<El>> elementIds = new LinkedHashMap<>();
  private final Map<String, El> messagesByName = new LinkedHashMap<>();
  private final Set<String> signalNames = new HashSet<>();
  private final Set<String> errorCodes = new HashSet<>();
  /** element (file#id) → form it shows */
  private final Map<String, FormDoc> elementForms = new HashMap<>();
  private final Map<String, String> elementFormRefs = new HashMap<>();
  private final List<BeanUse> beanUses = new ArrayList<>();
  /** models that could not be parsed */
  private int unreadable;

  private static final Set<String> EXPRESSION_ATTRIBUTES = Set.of("expression", "delegateExpression", "class",
      "assignee", "candidateGroups", "candidateUsers", "dueDate", "followUpDate", "priority", "collection",
      "jobPriority", "taskPriority", "topic", "decisionRef", "caseRef", "formRef", "formKey", "calledElement",
      "calledElementTenantId", "decisionRefTenantId", "variableName");
  private static final Set<String> WRITE_ATTRIBUTES =
      Set.of("elementVariable", "resultVariable", "initiator", "errorCodeVariable", "errorMessageVariable");
  private static final Set<String> EXPRESSION_ELEMENTS = Set.of("conditionExpression", "timeDate",
      "timeDuration", "timeCycle", "loopCardinality", "completionCondition", "condition");

  private ModelDoc parseBpmn(Path file) {
    ModelDoc doc = new ModelDoc();
    doc.file = file;
    try {
      doc.model = (BpmnModelInstance) parsed(file, in -> Bpmn.readModelFromStream(in));
    } catch (RuntimeException e) {
      violation(file, "-", null, "is not a valid BPMN model: " + rootMessage(e)
          + "; the other contracts are checked once every model can be read");
      unreadable++;
      return null;
    }
    walk(doc, doc.model.getDocument().getRootElement(), null, null);
    for (Message m : doc.model.getModelElementsByType(Message.class)) {
      if (m.getName() != null) {
        messagesByName.putIfAbsent(m.getName(), el(doc, m));
      }
    }
    doc.model.getModelElementsByType(Signal.class).forEach(s -> signalNames.add(s.getName()));
    doc.model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Error.class)
        .forEach(e -> errorCodes.add(e.getErrorCode()));
    for (Process p : doc.model.getModelElementsByType(Process.class)) {
      if (processes.containsKey(p.getId())) {
        violation(file, p.getId(), p.getName(), "process id is also used by "
            + shown(processes.get(p.getId()).doc.file) + "; one deployment cannot hold both");
        continue;
      }
      ProcessInfo info = new ProcessInfo();
      info.id = p.getId();
      info.doc = doc;
      processes.put(p.getId(), info);
    }
    return doc;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t.getMessage() + ")";
  }

  private El el(ModelDoc doc, ModelElementInstance e) {
    String id = e.getAttributeValue("id");
    return new El(doc.file, id, e.getAttributeValue("name"), e, processOf(e.getDomElement()));
  }

  private static String processOf(DomElement d) {
    for (DomElement x = d; x != null; x = x.getParentElement()) {
      if (BPMN_NS.equals(x.getNamespaceURI()) && "process".equals(x.getLocalName())) {
        return x.getAttribute("id");
      }
    }
    return null;
  }

  /** The BPMN element a DOM element belongs to: itself or the nearest flow element or process around it. */
  private El owner(ModelDoc doc, DomElement d) {
    for (DomElement x = d; x != null; x = x.getParentElement()) {
      String id = x.getAttribute("id");
      if (id != null) {
        ModelElementInstance e = doc.model.getModelElementById(id);
        if (e instanceof FlowElement || e instanceof Process) {
          return el(doc, e);
        }
      }
    }
    return null;
  }

  private void walk(ModelDoc doc, DomElement d, String listener, String event) {
    String ns = d.getNamespaceURI();
    String local = d.getLocalName();
    if (CAMUNDA_NS.equals(ns) && "script".equals(local)) {
      return; // scripts are not checked
    }
    El owner = null;
    String id = d.getAttribute("id");
    if (id != null && BPMN_NS.equals(ns)) {
      ModelElementInstance e = doc.model.getModelElementById(id);
      if (e instanceof FlowElement || e instanceof Process) {
        El el = el(doc, e);
        elementIds.computeIfAbsent(id, k -> new ArrayList<>()).add(el);
      } else if (e != null) {
        elementIds.computeIfAbsent(id, k -> new ArrayList<>()).add(new El(doc.file, id,
            e.getAttributeValue("name"), e, processOf(d)));
      }
    }
    if (CAMUNDA_NS.equals(ns) && ("taskListener".equals(local) || "executionListener".equals(local))) {
      owner = owner(doc, d.getParentElement());
      String ev = d.getAttribute("event");
      for (String attr : List.of("delegateExpression", "expression", "class")) {
        String value = d.getAttribute(attr);
        if (value != null) {
          doc.expressions.add(new ExprUse(owner, "camunda:" + local + " (" + ev + ") " + attr, value, local, ev,
              attr.equals("delegateExpression"), attr.equals("class")));
        }
      }
      for (DomElement child : d.getChildElements()) {
        walk(doc, child, local, ev);
      }
      return;
    }
    if (CAMUNDA_NS.equals(ns)) {
      owner = owner(doc, d);
      switch (local) {
        case "inputParameter", "outputParameter" -> {
          String name = d.getAttribute("name");
          if (name != null && owner != null) {
            modelWrite(owner, name, "camunda:" + local + " of " + owner.id());
          }
          if (d.getChildElementsByNameNs(CAMUNDA_NS, "script").isEmpty()) {
            addText(doc, owner, "camunda:" + local + " " + name, d.getTextContent(), listener, event);
          }
          return;
        }
        case "in", "out" -> {
          for (String attr : List.of("source", "sourceExpression", "target", "businessKey")) {
            String value = d.getAttribute(attr);
            if (value == null || owner == null) {
              continue;
            }
            if (attr.equals("target") && local.equals("out")) {
              modelWrite(owner, value, "camunda:out of " + owner.id());
            } else if (attr.equals("source") && local.equals("in")) {
              doc.expressions.add(new ExprUse(owner, "camunda:in source", "${" + value + "}", listener, event,
                  false, false));
            } else if (attr.equals("sourceExpression") || attr.equals("businessKey")) {
              doc.expressions.add(new ExprUse(owner, "camunda:" + local + " " + attr, value, listener, event,
                  false, false));
            }
          }
          return;
        }
        case "field" -> {
          String value = d.getAttribute("expression");
          if (value != null) {
            doc.expressions.add(new ExprUse(owner, "camunda:field " + d.getAttribute("name"), value, listener,
                event, false, false));
          }
          for (DomElement child : d.getChildElementsByNameNs(CAMUNDA_NS, "expression")) {
            doc.expressions.add(new ExprUse(owner, "camunda:field " + d.getAttribute("name"),
                child.getTextContent(), listener, event, false, false));
          }
          return;
        }
        case "formField" -> {
          if (d.getAttribute("id") != null && owner != null) {
            modelWrite(owner, d.getAttribute("id"), "camunda:formField of " + owner.id());
          }
        }
        default -> {
        }
      }
    }
    if (BPMN_NS.equals(ns)) {
      owner = owner(doc, d);
      if (owner != null) {
        for (String attr : EXPRESSION_ATTRIBUTES) {
          String value = d.getAttribute(CAMUNDA_NS, attr);
          if (attr.equals("calledElement")) {
            value = d.getAttribute("calledElement");
          }
          if (value == null) {
            continue;
          }
          if (attr.equals("formRef")) {
            formRef(doc, owner, d, value);
            continue;
          }
          if (attr.equals("formKey")) {
            formKey(owner, value);
            continue;
          }
          if (attr.equals("calledElement") && !value.contains("${") && !value.contains("#{")) {
            calledElements.add(new String[] {value, owner.file().toString(), owner.id()});
            continue;
          }
          if (attr.equals("decisionRef") && !value.contains("${") && !value.contains("#{")) {
            decisionRefs.add(new Object[] {value, owner});
            continue;
          }
          boolean isClass = attr.equals("class");
          boolean delegate = attr.equals("delegateExpression");
          String where = "camunda:" + attr + (local.equals("messageEventDefinition") ? " of the message event" : "");
          if (isClass || value.contains("${") || value.contains("#{")) {
            doc.expressions.add(new ExprUse(owner, where, value, listener, event, delegate, isClass));
          }
        }
        for (String attr : WRITE_ATTRIBUTES) {
          String value = d.getAttribute(CAMUNDA_NS, attr);
          if (value != null) {
            modelWrite(owner, value, "camunda:" + attr + " of " + owner.id());
          }
        }
        if (EXPRESSION_ELEMENTS.contains(local)) {
          String language = d.getAttribute("language");
          if (language == null || language.equalsIgnoreCase("juel")) {
            addText(doc, owner, "bpmn:" + local, d.getTextContent(), listener, event);
          }
        }
      }
    }
    for (DomElement child : d.getChildElements()) {
      walk(doc, child, listener, event);
    }
  }

  private final List<String[]> calledElements = new ArrayList<>();
  private final List<Object[]> decisionRefs = new ArrayList<>();

  private void addText(ModelDoc doc, El owner, String where, String text, String listener, String event) {
    if (owner != null && text != null && (text.contains("${") || text.contains("#{"))) {
      doc.expressions.add(new ExprUse(owner, where, text.trim(), listener, event, false, false));
    }
  }

  private final Map<String, Map<String, String>> pendingModelWrites = new LinkedHashMap<>();

  private void modelWrite(El owner, String variable, String how) {
    if (owner.processId() != null) {
      pendingModelWrites.computeIfAbsent(owner.processId(), k -> new LinkedHashMap<>()).putIfAbsent(variable, how);
    }
  }

  private final List<Object[]> pendingFormRefs = new ArrayList<>();

  private void formRef(ModelDoc doc, El owner, DomElement d, String value) {
    if (value.contains("${") || value.contains("#{")) {
      doc.expressions.add(new ExprUse(owner, "camunda:formRef", value, null, null, false, false));
      return;
    }
    pendingFormRefs.add(new Object[] {owner, value});
  }

  private void formKey(El owner, String value) {
    String prefix = "camunda-forms:deployment:";
    if (value.startsWith(prefix)) {
      String resource = value.substring(prefix.length());
      Path name = Path.of(resource).getFileName();
      FormDoc form = formsByFile.get(name == null ? resource : name.toString());
      if (form == null) {
        violation(owner, "camunda:formKey \"" + value + "\" names a form file that " + shown(config.forms())
            + " does not have");
      } else {
        elementForms.put(key(owner), form);
        elementFormRefs.put(key(owner), value);
      }
    }
  }

  private final Map<String, FormDoc> formsByFile = new HashMap<>();

  private static String key(El el) {
    return el.file() + "#" + el.id();
  }

  // ---------------------------------------------------------------------------------------------- DMN

  record DecisionInfo(Path file, String id, String name, Decision decision) {}

  private final Map<String, DecisionInfo> decisions = new LinkedHashMap<>();

  private void parseDmn(Path file) {
    DmnModelInstance model;
    try {
      model = (DmnModelInstance) parsed(file, in -> Dmn.readModelFromStream(in));
    } catch (RuntimeException e) {
      violation(file, "-", null, "is not a valid DMN model: " + rootMessage(e)
          + "; the other contracts are checked once every model can be read");
      unreadable++;
      return;
    }
    for (Decision d : model.getModelElementsByType(Decision.class)) {
      DecisionInfo previous = decisions.putIfAbsent(d.getId(), new DecisionInfo(file, d.getId(), d.getName(), d));
      if (previous != null) {
        violation(file, d.getId(), d.getName(), "decision id is also used in " + shown(previous.file())
            + "; evaluating it by key would find either");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- run

  private JavaFacts java;
  private Map<String, BeanDef> beans;
  /** bean → its facts (methods attributed to it) */
  private final Map<String, Facts> beanFacts = new HashMap<>();
  private final Map<String, JavaFacts.Loc> beanLocs = new HashMap<>();
  /** facts of Java not attributed to a bean any model uses */
  private final Facts unattributed = new Facts();
  private final Map<String, Set<String>> globalWrites = new HashMap<>();

  private List<Violation> run() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    String javaKey = config.javaSources().toAbsolutePath().normalize().toString();
    synchronized (JAVA_CACHE) {
      java = JAVA_CACHE.computeIfAbsent(javaKey, k -> JavaFacts.read(config.javaSources(), takeMethods(),
          config.formDataClass().getSimpleName()));
      beans = BEAN_CACHE.computeIfAbsent(javaKey + "|" + config.mainClasses(),
          k -> scanBeans(config.basePackage(), config.mainClasses(), loader));
    }

    // forms
    for (Path file : files(config.forms(), ".form")) {
      FormDoc form = parseForm(file);
      if (form == null) {
        continue;
      }
      count("forms");
      FormDoc previous = formsById.putIfAbsent(form.id, form);
      formsByFile.put(file.getFileName().toString(), form);
      if (previous != null) {
        violation(file, form.id, null, "form id is also the id of " + shown(previous.file)
            + "; a camunda:formRef would find either");
      }
    }
    // DMN
    for (Path file : files(config.processes(), ".dmn")) {
      parseDmn(file);
      count("DMN files");
    }
    // BPMN
    for (Path file : files(config.processes(), ".bpmn")) {
      ModelDoc doc = parseBpmn(file);
      if (doc != null) {
        models.add(doc);
        count("BPMN files");
      }
    }
    pendingModelWrites.forEach((process, writes) -> {
      ProcessInfo p = processes.get(process);
      if (p != null) {
        writes.forEach(p.writes::putIfAbsent);
      }
    });
    for (Object[] ref : pendingFormRefs) {
      El owner = (El) ref[0];
      String formId = (String) ref[1];
      FormDoc form = formsById.get(formId);
      if (form == null) {
        violation(owner, "camunda:formRef \"" + formId + "\" names no form in " + shown(config.forms())
            + similar(formId, formsById.keySet()));
        elementFormRefs.put(key(owner), formId); // a form that cannot be read: its fields are not checked
        continue;
      }
      elementForms.put(key(owner), form);
      elementFormRefs.put(key(owner), formId);
      ProcessInfo p = processes.get(owner.processId());
      if (p != null) {
        p.forms.add(form);
        for (String w : form.writes()) {
          p.writes.putIfAbsent(w, "form " + form.id);
        }
      }
    }
    for (String[] called : calledElements) {
      if (!processes.containsKey(called[0])) {
        violation(Path.of(called[1]), called[2], null, "calledElement \"" + called[0] + "\" is no process in "
            + shown(config.processes()));
      }
    }
    for (Object[] ref : decisionRefs) {
      if (!decisions.containsKey((String) ref[0])) {
        violation((El) ref[1], "camunda:decisionRef \"" + ref[0] + "\" is no decision in the DMN files"
            + similar((String) ref[0], decisions.keySet()));
      }
    }

    if (unreadable > 0) {
      // a model that cannot be read is missing from every cross-check: its ids, variables and bean uses would all
      // show up as disagreements; the parse errors alone say what to fix
      violations.sort(Comparator.comparing(Violation::file).thenComparing(Violation::elementId));
      return violations;
    }
    collectBeanUses();
    counts.put("beans found", beans.size());
    counts.put("bean uses in models", beanUses.size());
    attributeJava();
    checkExpressions();
    checkFormReads();
    checkRequiredFields();
    checkJavaNames();
    checkJavaReads();
    checkFormVariables();
    checkDmn();
    checkDeadBindings();

    violations.sort(Comparator.comparing(Violation::file).thenComparing(Violation::elementId)
        .thenComparing(Violation::problem));
    return violations;
  }

  private Set<String> takeMethods() {
    Set<String> names = new TreeSet<>();
    for (Method m : config.formDataClass().getMethods()) {
      if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1
          && m.getParameterTypes()[0] == String.class
          && (m.getName().startsWith("take") || m.getName().equals("flag"))) {
        names.add(m.getName());
      }
    }
    return names;
  }

  private static List<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------- bean uses

  private final Map<ExprUse, List<Juel.Root>> parsedExpressions = new LinkedHashMap<>();

  private void collectBeanUses() {
    for (ModelDoc doc : models) {
      for (ExprUse use : doc.expressions) {
        if (use.className()) {
          continue;
        }
        List<Juel.Root> roots = Juel.roots(use.text());
        parsedExpressions.put(use, roots);
        for (Juel.Root r : roots) {
          if (!r.function() && beans.containsKey(r.name())) {
            beanUses.add(new BeanUse(r.name(), use.el(), use.where(), context(use)));
          }
        }
      }
    }
  }

  /**
   * Whether the code a use runs sees submitted form values: {@code own} (complete listener of a user task, end
   * listener of a user task), {@code upstream} (delegate or listener of a later element), or {@code none}.
   */
  private static String context(ExprUse use) {
    ModelElementInstance e = use.el().element();
    if ("taskListener".equals(use.listener())) {
      return "complete".equals(use.event()) ? "own" : "none";
    }
    if ("executionListener".equals(use.listener())) {
      if (e instanceof UserTask) {
        return "end".equals(use.event()) ? "own" : "none";
      }
      return e instanceof FlowNode || e instanceof SequenceFlow ? "upstream" : "none";
    }
    if (use.where().startsWith("camunda:delegateExpression") || use.where().startsWith("camunda:expression")) {
      return e instanceof FlowNode && !(e instanceof UserTask) ? "upstream" : "none";
    }
    return "none";
  }

  private void attributeJava() {
    Map<String, Set<String>> covered = new HashMap<>(); // class fqcn → methods attributed to a used bean
    Set<String> used = beanUses.stream().map(BeanUse::bean).collect(Collectors.toSet());
    for (ClassInfo c : java.classes.values()) {
      for (var e : c.beanMethods.entrySet()) {
        String bean = e.getValue();
        Facts f = java.factsOfBeanMethod(c, e.getKey());
        beanFacts.put(bean, f);
        beanLocs.put(bean, new JavaFacts.Loc(c.file, c.beanLines.getOrDefault(bean, c.line),
            c.simpleName + "." + e.getKey()));
        if (used.contains(bean)) {
          Set<String> methods = covered.computeIfAbsent(c.fqcn, k -> new HashSet<>());
          methods.addAll(java.reached(c, e.getKey()));
          String returnType = c.beanReturnTypes.get(bean);
          ClassInfo returned = returnType == null ? null : java.classNamed(c, returnType);
          if (returned != null && returned.file.equals(c.file)) {
            covered.computeIfAbsent(returned.fqcn, k -> new HashSet<>()).addAll(returned.methods.keySet());
          }
        }
      }
      BeanDef component = beans.values().stream()
          .filter(b -> b.factoryMethod() == null && c.fqcn.equals(b.declaringClass())).findFirst().orElse(null);
      if (component != null) {
        Facts f = new Facts();
        Set<String> methods = new HashSet<>();
        for (var m : c.methods.entrySet()) {
          if (!c.beanMethods.containsKey(m.getKey())) {
            f.addAll(m.getValue());
            methods.add(m.getKey());
          }
        }
        beanFacts.put(component.name(), f);
        beanLocs.put(component.name(), new JavaFacts.Loc(c.file, c.line, c.simpleName));
        if (used.contains(component.name())) {
          covered.computeIfAbsent(c.fqcn, k -> new HashSet<>()).addAll(methods);
        }
      }
    }
    for (ClassInfo c : java.classes.values()) {
      Set<String> methods = covered.getOrDefault(c.fqcn, Set.of());
      c.methods.forEach((name, f) -> {
        if (!methods.contains(name)) {
          unattributed.addAll(f);
        }
      });
    }
    for (Ref w : java.globalWrites) {
      globalWrites.computeIfAbsent(w.value(), k -> new LinkedHashSet<>()).add(w.loc().shortText());
    }
    for (Ref w : concat(unattributed.scopedWrites, unattributed.localWrites)) {
      globalWrites.computeIfAbsent(w.value(), k -> new LinkedHashSet<>()).add(w.loc().shortText());
    }
    // Java writes of the beans a process uses belong to that process
    for (BeanUse use : beanUses) {
      Facts f = beanFacts.get(use.bean());
      ProcessInfo p = processes.get(use.el().processId());
      if (f != null && p != null) {
        for (Ref w : f.scopedWrites) {
          p.writes.putIfAbsent(w.value(), "${" + use.bean() + "} (" + w.loc().shortText() + ")");
        }
      }
    }
  }

  @SafeVarargs
  private static <T> List<T> concat(List<T>... lists) {
    List<T> all = new ArrayList<>();
    for (List<T> l : lists) {
      all.addAll(l);
    }
    return all;
  }

  // ---------------------------------------------------------------------------------------------- a. expressions

  /** Identifiers the engine resolves itself (Camunda 7 JUEL: VariableScopeElResolver, multi-instance, functions). */
  static final Set<String> BUILTIN_VARIABLES = Set.of("execution", "task", "caseExecution", "externalTask",
      "authenticatedUserId", "loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");
  static final Set<String> BUILTIN_FUNCTIONS =
      Set.of("currentUser", "currentUserGroups", "now", "dateTime", "S", "XML", "JSON");

  /** What a variable is available as at an element: written in its process, by the Java, or locally there. */
  private String writer(El at, String variable) {
    if (BUILTIN_VARIABLES.contains(variable)) {
      return "engine";
    }
    ProcessInfo p = at == null ? null : processes.get(at.processId());
    if (p != null && p.writes.containsKey(variable)) {
      return p.writes.get(variable);
    }
    if (globalWrites.containsKey(variable)) {
      return "Java " + String.join(", ", globalWrites.get(variable));
    }
    if (at != null) {
      FormDoc own = elementForms.get(key(at));
      if (own != null && own.writes().contains(variable)) {
        return "form " + own.id;
      }
      for (BeanUse use : beanUses) {
        if (use.el().id().equals(at.id()) && use.el().file().equals(at.file())) {
          Facts f = beanFacts.get(use.bean());
          if (f != null && f.localWrites.stream().anyMatch(w -> w.value().equals(variable))) {
            return "${" + use.bean() + "} (local)";
          }
        }
      }
    }
    return null;
  }

  private void checkExpressions() {
    for (ModelDoc doc : models) {
      for (ExprUse use : doc.expressions) {
        if (use.el() == null) {
          continue;
        }
        if (use.className()) {
          checkClass(use);
          continue;
        }
        List<Juel.Root> roots = parsedExpressions.getOrDefault(use, List.of());
        count("a. expressions");
        if (use.delegate()) {
          checkDelegate(use, roots);
        }
        for (Juel.Root r : roots) {
          if (r.function()) {
            if (!BUILTIN_FUNCTIONS.contains(r.name())) {
              violation(use.el(), use.where() + " " + use.text() + ": function " + r.name()
                  + "() is no JUEL function of the engine (" + String.join(", ", new TreeSet<>(BUILTIN_FUNCTIONS))
                  + ")");
            }
            continue;
          }
          BeanDef bean = beans.get(r.name());
          if (bean != null) {
            count("a. expression roots that are beans");
            checkMember(use, r, bean);
            continue;
          }
          if (BUILTIN_VARIABLES.contains(r.name())) {
            count("a. expression roots that are built-ins");
            continue;
          }
          count("a. expression roots that are variables");
          if (writer(use.el(), r.name()) != null) {
            continue;
          }
          violation(use.el(), use.where() + " " + use.text() + ": \"" + r.name() + "\" is no Spring bean, no engine "
              + "built-in and no variable that a form, the model or the Java writes in " + processName(use.el())
              + similar(r.name(), beans.keySet()));
        }
        for (String[] access : Juel.variableAccess(use.text())) {
          if (access[0].startsWith("get") && writer(use.el(), access[1]) == null) {
            violation(use.el(), use.where() + " " + use.text() + ": reads variable \"" + access[1]
                + "\", which no form, model element or Java code writes in " + processName(use.el()));
          }
        }
      }
    }
  }

  private String processName(El el) {
    return el.processId() == null ? "this model" : el.processId();
  }

  private void checkDelegate(ExprUse use, List<Juel.Root> roots) {
    if (roots.size() != 1 || roots.get(0).member() != null || roots.get(0).function()) {
      return;
    }
    BeanDef bean = beans.get(roots.get(0).name());
    if (bean == null || bean.type() == null) {
      return; // reported as an unknown identifier, or the type is unknown
    }
    List<Class<?>> allowed = requiredTypes(use);
    count("a. delegate expression bean types");
    if (allowed.stream().noneMatch(t -> t.isAssignableFrom(bean.type()))) {
      violation(use.el(), use.where() + " " + use.text() + ": bean " + bean.name() + " is a "
          + bean.type().getSimpleName() + " (" + beanOrigin(bean) + "), but here the engine needs a "
          + allowed.stream().map(Class::getSimpleName).collect(Collectors.joining(" or ")));
    }
  }

  private static List<Class<?>> requiredTypes(ExprUse use) {
    if ("taskListener".equals(use.listener())) {
      return List.of(TaskListener.class);
    }
    if ("executionListener".equals(use.listener())) {
      return List.of(ExecutionListener.class, JavaDelegate.class);
    }
    return List.of(JavaDelegate.class, ActivityBehavior.class);
  }

  private void checkClass(ExprUse use) {
    String name = use.text().trim();
    Class<?> type;
    try {
      type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      violation(use.el(), use.where() + " \"" + name + "\": no such class on the application's classpath");
      return;
    }
    List<Class<?>> allowed = requiredTypes(use);
    if (allowed.stream().noneMatch(t -> t.isAssignableFrom(type))) {
      violation(use.el(), use.where() + " \"" + name + "\": is no "
          + allowed.stream().map(Class::getSimpleName).collect(Collectors.joining(" or ")));
    }
  }

  private void checkMember(ExprUse use, Juel.Root r, BeanDef bean) {
    if (r.member() == null || bean.type() == null || bean.type() == Object.class
        || Map.class.isAssignableFrom(bean.type())) {
      return;
    }
    Class<?> type = bean.type();
    count("a. bean methods/properties");
    if (r.args() >= 0) {
      boolean found = Stream.of(type.getMethods()).anyMatch(m -> m.getName().equals(r.member())
          && (m.getParameterCount() == r.args() || (m.isVarArgs() && r.args() >= m.getParameterCount() - 1)));
      if (!found) {
        violation(use.el(), use.where() + " " + use.text() + ": bean " + bean.name() + " ("
            + type.getSimpleName() + ") has no public method " + r.member() + " with " + r.args() + " argument"
            + (r.args() == 1 ? "" : "s") + similar(r.member(),
                Stream.of(type.getMethods()).map(Method::getName).collect(Collectors.toSet())));
      }
    } else {
      String cap = Character.toUpperCase(r.member().charAt(0)) + r.member().substring(1);
      boolean found = Stream.of(type.getMethods()).anyMatch(m -> m.getParameterCount() == 0
          && (m.getName().equals("get" + cap) || m.getName().equals("is" + cap)))
          || Stream.of(type.getFields()).anyMatch(f -> f.getName().equals(r.member()));
      if (!found) {
        violation(use.el(), use.where() + " " + use.text() + ": bean " + bean.name() + " ("
            + type.getSimpleName() + ") has no property " + r.member() + " (no public get" + cap + "()/is" + cap
            + "())");
      }
    }
  }

  private String beanOrigin(BeanDef bean) {
    String cls = bean.declaringClass().substring(bean.declaringClass().lastIndexOf('.') + 1);
    return bean.factoryMethod() == null ? cls : cls + "." + bean.factoryMethod() + "()";
  }

  // ---------------------------------------------------------------------------------------------- c. form reads

  /** Where submitted values can come from: a form, a message start (its variables), or nothing. */
  record Source(El el, FormDoc form, Set<String> variables, String kind) {}

  private void checkFormReads() {
    Map<String, List<BeanUse>> usesByBean = new LinkedHashMap<>();
    beanUses.forEach(u -> usesByBean.computeIfAbsent(u.bean(), k -> new ArrayList<>()).add(u));
    for (var entry : usesByBean.entrySet()) {
      String bean = entry.getKey();
      Facts f = beanFacts.get(bean);
      if (f == null) {
        continue;
      }
      for (Ref unresolved : f.unresolvedFormReads) {
        violation(shown(unresolved.loc().file()), unresolved.loc().where(), null, "line "
            + unresolved.loc().line() + ": FormData reads \"" + unresolved.value()
            + "\", which is not a string constant: the model contract cannot check it");
      }
      List<FormRead> reads = distinct(f.formReads);
      if (reads.isEmpty()) {
        continue;
      }
      List<BeanUse> seeing = entry.getValue().stream().filter(u -> !u.context().equals("none")).toList();
      if (seeing.isEmpty()) {
        BeanUse first = entry.getValue().get(0);
        violation(first.el(), first.where() + " ${" + bean + "} reads form fields ("
            + reads.stream().map(FormRead::shown).collect(Collectors.joining(", ")) + ") but runs only where no "
            + "form has been submitted (create listeners, start listeners, attribute expressions)");
        continue;
      }
      Set<String> done = new HashSet<>();
      for (BeanUse use : seeing) {
        if (!done.add(key(use.el()) + "|" + use.context())) {
          continue;
        }
        List<Source> sources = use.context().equals("own") ? List.of(ownSource(use.el())) : upstream(use.el());
        if (sources.isEmpty()) {
          violation(use.el(), use.where() + " ${" + bean + "} reads form fields but no form or message start "
              + "leads to this element");
          continue;
        }
        for (FormRead r : reads) {
          for (Source s : sources) {
            count("c. form reads (bean x field x submitted form/message)");
            if (r.readerForm() != null && s.kind().equals("form") && s.form() != null
                && !s.form().file.endsWith(r.readerForm())) {
              violation(use.el(), describeUse(use) + " (" + r.loc().shortText() + ") reads form field \""
                  + r.key() + "\" with the reader of " + r.readerForm() + ", but the form submitted here is form "
                  + s.form().id + " (" + shown(s.form().file) + "): use that form's reader class");
              continue;
            }
            if (provides(s, r)) {
              continue;
            }
            String allowKey = bean + ":" + r.key() + "@" + s.el().id();
            if (config.optionalFormReads().containsKey(allowKey)) {
              continue;
            }
            violation(use.el(), describeUse(use) + " (" + r.loc().shortText() + ") reads form field \"" + r.shown()
                + "\", " + missingIn(s, r));
          }
        }
      }
    }
  }

  private static List<FormRead> distinct(List<FormRead> reads) {
    Map<String, FormRead> byKey = new LinkedHashMap<>();
    reads.forEach(r -> byKey.putIfAbsent(r.shown(), r));
    return new ArrayList<>(byKey.values());
  }

  private static String describeUse(BeanUse use) {
    String where = use.where();
    return (where.startsWith("camunda:taskListener") || where.startsWith("camunda:executionListener")
        ? where.replaceFirst("^camunda:(task|execution)Listener \\(([^)]*)\\).*$", "$2 $1 listener")
        : "delegate") + " ${" + use.bean() + "}";
  }

  private String missingIn(Source s, FormRead r) {
    String at = s.el().id() + (s.el().name() == null ? "" : " (" + s.el().name() + ")");
    return switch (s.kind()) {
      case "form" -> s.form() == null ? "but " + at + " has a form that cannot be read"
          : "which form " + s.form().id + " (" + shown(s.form().file)
              + ") " + (s.el().element() instanceof UserTask || s.el().element() instanceof StartEvent
                  ? "of " + at + " " : "") + "does not have" + similar(r.subKey() == null ? r.key() : r.subKey(),
                      r.subKey() == null ? s.form().allKeys() : subKeys(s.form(), r.key()));
      case "message" -> "but the instance can arrive from " + at + ", a message start whose senders in the Java "
          + "pass " + (s.variables().isEmpty() ? "no variables" : "only " + String.join(", ", s.variables()));
      default -> "but the instance can arrive from " + at + ", where no form is submitted";
    };
  }

  private static Set<String> subKeys(FormDoc form, String listKey) {
    Field f = form.fields.get(listKey);
    return f == null ? Set.of() : f.children().keySet();
  }

  private static boolean provides(Source s, FormRead r) {
    return switch (s.kind()) {
      case "form" -> s.form() == null || s.form().has(r.key(), r.subKey());
      case "message" -> s.variables().contains(r.key());
      default -> false;
    };
  }

  private Source ownSource(El el) {
    FormDoc form = elementForms.get(key(el));
    String ref = elementFormRefs.get(key(el));
    return ref == null ? new Source(el, null, Set.of(), "none") : new Source(el, form, Set.of(), "form");
  }

  /** The forms (or message starts) whose values can be in the variables when the instance reaches {@code el}. */
  private List<Source> upstream(El el) {
    List<Source> sources = new ArrayList<>();
    ModelElementInstance e = el.element();
    FlowNode node = e instanceof FlowNode fn ? fn : e instanceof SequenceFlow sf ? sf.getSource() : null;
    if (node == null) {
      return sources;
    }
    Set<String> seen = new HashSet<>();
    if (e instanceof SequenceFlow) {
      sourcesOf(node, el, sources, seen);
    } else if (node instanceof StartEvent) {
      sourcesOf(node, el, sources, seen);
    } else {
      predecessors(node, el, sources, seen);
    }
    Map<String, Source> distinct = new LinkedHashMap<>();
    sources.forEach(s -> distinct.putIfAbsent(s.el().id() + "|" + s.kind(), s));
    return new ArrayList<>(distinct.values());
  }

  private void predecessors(FlowNode node, El at, List<Source> into, Set<String> seen) {
    if (node.getIncoming().isEmpty() && node.getParentElement() instanceof SubProcess sub
        && !(node instanceof BoundaryEvent)) {
      predecessors(sub, at, into, seen);
      return;
    }
    for (SequenceFlow in : node.getIncoming()) {
      sourcesOf(in.getSource(), at, into, seen);
    }
  }

  private void sourcesOf(FlowNode n, El at, List<Source> into, Set<String> seen) {
    if (!seen.add(n.getId())) {
      return;
    }
    ModelDoc doc = models.stream().filter(m -> m.file.equals(at.file())).findFirst().orElseThrow();
    El el = el(doc, n);
    if (n instanceof UserTask) {
      into.add(ownSource(el));
    } else if (n instanceof StartEvent start) {
      String ref = elementFormRefs.get(key(el));
      if (ref != null) {
        into.add(new Source(el, elementForms.get(key(el)), Set.of(), "form"));
      } else {
        MessageEventDefinition message = start.getEventDefinitions().stream()
            .filter(MessageEventDefinition.class::isInstance).map(MessageEventDefinition.class::cast).findFirst()
            .orElse(null);
        if (message != null) {
          String name = message.getMessage() == null ? null : message.getMessage().getName();
          into.add(new Source(el, null, java.messageVariables.getOrDefault(name, Set.of()), "message"));
        } else if (n.getParentElement() instanceof SubProcess sub && !sub.triggeredByEvent()
            && start.getEventDefinitions().isEmpty()) {
          predecessors(sub, at, into, seen);
        } else {
          into.add(new Source(el, null, Set.of(), "none"));
        }
      }
    } else if (n instanceof BoundaryEvent) {
      into.add(new Source(el, null, Set.of(), "none"));
    } else if (n instanceof SubProcess sub) {
      Collection<EndEvent> ends = sub.getChildElementsByType(EndEvent.class);
      if (ends.isEmpty()) {
        predecessors(n, at, into, seen);
      }
      for (EndEvent end : ends) {
        predecessors(end, at, into, seen);
      }
    } else {
      predecessors(n, at, into, seen);
    }
  }

  // ---------------------------------------------------------------------------------------------- c. required

  private void checkRequiredFields() {
    // form → the keys read by the beans that see its submission, and by the expressions of its processes
    Map<FormDoc, Set<String>> consumed = new HashMap<>();
    for (BeanUse use : beanUses) {
      if (use.context().equals("none")) {
        continue;
      }
      Facts f = beanFacts.get(use.bean());
      if (f == null) {
        continue;
      }
      List<Source> sources = use.context().equals("own") ? List.of(ownSource(use.el())) : upstream(use.el());
      for (Source s : sources) {
        if (s.form() != null) {
          Set<String> keys = consumed.computeIfAbsent(s.form(), k -> new HashSet<>());
          f.formReads.forEach(r -> keys.add(r.subKey() == null ? r.key() : r.key() + "." + r.subKey()));
          f.reads.forEach(r -> keys.add(r.value()));
        }
      }
    }
    for (ProcessInfo p : processes.values()) {
      Set<String> used = new HashSet<>();
      for (ExprUse use : p.doc.expressions) {
        if (use.el() != null && p.id.equals(use.el().processId())) {
          parsedExpressions.getOrDefault(use, List.of()).forEach(r -> used.add(r.name()));
          Juel.variableAccess(use.text()).forEach(a -> used.add(a[1]));
        }
      }
      for (FormDoc form : p.forms) {
        consumed.computeIfAbsent(form, k -> new HashSet<>()).addAll(used);
      }
    }
    Set<FormDoc> referenced = new HashSet<>(elementForms.values());
    for (FormDoc form : formsById.values()) {
      if (!referenced.contains(form)) {
        violation(form.file, form.id, null, "form is used by no model element (no camunda:formRef names it)");
        continue;
      }
      Set<String> keys = consumed.getOrDefault(form, Set.of());
      for (Field f : form.all) {
        if (!f.required()) {
          continue;
        }
        count("c. required form fields");
        String k = f.listKey() == null ? f.key() : f.listKey() + "." + f.key();
        if (keys.contains(k) || config.ignoredRequiredFields().containsKey(form.id + ":" + k)) {
          continue;
        }
        violation(form.file, f.shownKey(), f.label(), "required field of form " + form.id + " is read by no "
            + "delegate or listener that sees this form's submission, nor by an expression of its process: read "
            + "it, or list \"" + form.id + ":" + k + "\" as deliberately ignored");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- d. names

  private void checkJavaNames() {
    Set<String> reportedIds = new HashSet<>();
    for (Ref ref : java.elementIds) {
      String id = ref.value();
      boolean prefix = java.idPrefixes.contains(id);
      boolean exists = prefix ? elementIds.keySet().stream().anyMatch(k -> k.startsWith(id))
          : elementIds.containsKey(id);
      count("d. element ids named in Java");
      if (exists || !reportedIds.add(ref.loc().file() + "|" + id)) {
        continue;
      }
      violation(javaFile(ref), id, ref.loc().where(), "line " + ref.loc().line() + ": the Java names BPMN element "
          + (prefix ? "ids starting with \"" + id + "\"" : "\"" + id + "\"") + ", but no model in "
          + shown(config.processes()) + " has " + (prefix ? "one" : "it") + similarId(id));
    }
    nameCheck(java.messageNames, messagesByName.keySet(), "message", "no bpmn:message of the models has that name");
    nameCheck(java.signalNames, signalNames, "signal", "no bpmn:signal of the models has that name");
    nameCheck(java.errorCodes, errorCodes, "BPMN error code", "no bpmn:error of the models has that error code");
    nameCheck(java.processKeys, processes.keySet(), "process key", "no model has a process with that id");
    nameCheck(java.decisionKeys, decisions.keySet(), "decision key", "no DMN file has a decision with that id");
  }

  private void nameCheck(List<Ref> refs, Set<String> existing, String what, String problem) {
    Set<String> seen = new HashSet<>();
    for (Ref ref : refs) {
      count("d. " + what + "s named in Java");
      if (existing.contains(ref.value()) || !seen.add(ref.loc().file() + "|" + ref.value())) {
        continue;
      }
      violation(javaFile(ref), ref.value(), ref.loc().where(), "line " + ref.loc().line() + ": the Java names "
          + what + " \"" + ref.value() + "\", but " + problem + similar(ref.value(), existing));
    }
  }

  private String javaFile(Ref ref) {
    return shown(ref.loc().file());
  }

  /** What a renamed id may have become: ids of the same kind that the Java does not name, most like it first. */
  private String similarId(String id) {
    String prefix = id.substring(0, id.indexOf('_') + 1);
    Set<String> named = new HashSet<>(JavaFacts.values(java.elementIds));
    Map<String, String> byRest = new HashMap<>();
    for (String candidate : elementIds.keySet()) {
      if (candidate.startsWith(prefix) && !named.contains(candidate) && !candidate.endsWith("_di")) {
        byRest.put(candidate.substring(prefix.length()), candidate);
      }
    }
    String rest = id.substring(prefix.length());
    List<String> best = ranked(rest, byRest.keySet(), Math.max(3, rest.length() / 2)).stream().limit(3)
        .map(byRest::get).toList();
    if (best.isEmpty()) {
      return "";
    }
    return " (similar ids the Java does not name: " + best.stream().map(b -> {
      El el = elementIds.get(b).get(0);
      return b + (el.name() == null ? "" : " " + el.name()) + " in " + shown(el.file());
    }).collect(Collectors.joining(", ")) + ")";
  }

  // ---------------------------------------------------------------------------------------------- e. variables

  private void checkJavaReads() {
    Map<String, List<BeanUse>> usesByBean = new LinkedHashMap<>();
    beanUses.forEach(u -> usesByBean.computeIfAbsent(u.bean(), k -> new ArrayList<>()).add(u));
    Set<String> done = new HashSet<>();
    for (var entry : usesByBean.entrySet()) {
      Facts f = beanFacts.get(entry.getKey());
      if (f == null) {
        continue;
      }
      // per process: the variable must be written there (or locally at one of the elements the bean runs at)
      Map<String, List<BeanUse>> byProcess = new LinkedHashMap<>();
      entry.getValue().forEach(u -> byProcess.computeIfAbsent(String.valueOf(u.el().processId()),
          k -> new ArrayList<>()).add(u));
      for (List<BeanUse> uses : byProcess.values()) {
        for (Ref read : f.reads) {
          count("e. Java variable reads (bean x process)");
          if (uses.stream().anyMatch(u -> writer(u.el(), read.value()) != null)) {
            continue;
          }
          BeanUse first = uses.get(0);
          Set<String> others = new LinkedHashSet<>();
          uses.forEach(u -> others.add(u.el().id()));
          others.remove(first.el().id());
          if (done.add(key(first.el()) + "|" + entry.getKey() + "|" + read.value())) {
            violation(first.el(), first.where() + " ${" + entry.getKey() + "} (" + read.loc().shortText()
                + ") reads variable \"" + read.value() + "\", which no form, model element or Java code writes in "
                + processName(first.el()) + (others.isEmpty() ? "" : " (the bean also runs at "
                    + String.join(", ", others) + ")"));
          }
        }
      }
    }
    for (Ref read : unattributed.reads) {
      count("e. Java variable reads outside delegates/listeners");
      boolean written = BUILTIN_VARIABLES.contains(read.value()) || globalWrites.containsKey(read.value())
          || processes.values().stream().anyMatch(p -> p.writes.containsKey(read.value()))
          || beanFacts.values().stream().anyMatch(f -> f.localWrites.stream().anyMatch(w -> w.value()
              .equals(read.value())))
          || formsById.values().stream().anyMatch(form -> form.writes().contains(read.value()));
      if (!written && done.add(read.loc().file() + "|" + read.value())) {
        violation(shown(read.loc().file()), read.loc().where(), null, "line " + read.loc().line()
            + ": reads process variable \"" + read.value() + "\", which no form, model element or Java code writes");
      }
    }
  }

  private void checkFormVariables() {
    for (var e : elementForms.entrySet()) {
      FormDoc form = e.getValue();
      El el = elementOfKey(e.getKey());
      if (el == null) {
        continue;
      }
      Set<String> own = form.allKeys();
      for (FormVarRead read : form.reads) {
        count("e. variables forms show (element x variable)");
        if (own.contains(read.variable()) || writer(el, read.variable()) != null) {
          continue;
        }
        violation(form.file, read.fieldKey(), read.fieldLabel(), read.what() + " uses variable \"" + read.variable()
            + "\", which nothing writes where this form is shown (" + el.id() + (el.name() == null ? "" : " "
                + el.name()) + " in " + shown(el.file()) + ")");
      }
    }
  }

  private El elementOfKey(String key) {
    for (List<El> els : elementIds.values()) {
      for (El el : els) {
        if (key(el).equals(key)) {
          return el;
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------- f. DMN

  private void checkDmn() {
    Map<String, Set<String>> inputsByDecision = new HashMap<>();
    Map<String, List<String>> evaluators = new HashMap<>();
    for (ClassInfo c : java.classes.values()) {
      for (String key : c.decisionKeys) {
        DecisionInfo d = decisions.get(key);
        if (d == null) {
          continue; // reported by checkJavaNames
        }
        if (!c.putValues.isEmpty()) {
          inputsByDecision.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(JavaFacts.values(c.putValues));
          evaluators.computeIfAbsent(key, k -> new ArrayList<>()).add(c.file.getFileName().toString());
        }
      }
      for (Ref out : c.dmnOutputs) {
        if (c.decisionKeys.isEmpty()) {
          continue;
        }
        count("f. DMN outputs read by Java");
        boolean found = false;
        Set<String> known = new TreeSet<>();
        for (String key : c.decisionKeys) {
          DecisionInfo d = decisions.get(key);
          if (d != null) {
            known.addAll(outputs(d.decision()));
            found |= outputs(d.decision()).contains(out.value());
          }
        }
        if (!found && !known.isEmpty()) {
          DecisionInfo d = decisions.get(c.decisionKeys.iterator().next());
          violation(d.file(), d.id(), d.name(), out.loc().shortText() + " reads output \"" + out.value()
              + "\", which the decision does not have (outputs: " + String.join(", ", known) + ")");
        }
      }
    }
    for (var e : inputsByDecision.entrySet()) {
      DecisionInfo root = decisions.get(e.getKey());
      Set<String> passed = e.getValue();
      for (Decision d : drg(root.decision(), new LinkedHashSet<>())) {
        Set<String> available = new HashSet<>(passed);
        for (Decision required : drg(d, new LinkedHashSet<>())) {
          if (required != d) {
            available.addAll(outputs(required));
          }
        }
        if (!(d.getExpression() instanceof DecisionTable table)) {
          continue; // literal expressions (FEEL) are not checked
        }
        for (Input input : table.getInputs()) {
          String text = input.getInputExpression() == null || input.getInputExpression().getText() == null ? null
              : input.getInputExpression().getText().getTextContent().trim();
          count("f. DMN input expressions");
          if (text == null || !text.matches("[A-Za-z_][A-Za-z0-9_]*") || available.contains(text)) {
            continue;
          }
          DecisionInfo info = decisions.get(d.getId());
          violation(info.file(), input.getId(), input.getLabel(), "input expression \"" + text + "\" of decision "
              + d.getId() + " is neither a variable the Java passes when it evaluates " + e.getKey() + " ("
              + String.join(", ", evaluators.get(e.getKey())) + ": " + String.join(", ", passed)
              + ") nor an output of a required decision");
        }
      }
    }
  }

  private static Set<Decision> drg(Decision d, Set<Decision> into) {
    if (into.add(d)) {
      for (InformationRequirement r : d.getInformationRequirements()) {
        if (r.getRequiredDecision() != null) {
          drg(r.getRequiredDecision(), into);
        }
      }
    }
    return into;
  }

  private static Set<String> outputs(Decision d) {
    Set<String> names = new LinkedHashSet<>();
    if (d.getExpression() instanceof DecisionTable table) {
      for (Output o : table.getOutputs()) {
        if (o.getName() != null) {
          names.add(o.getName());
        }
      }
    }
    if (d.getVariable() != null && d.getVariable().getName() != null) {
      names.add(d.getVariable().getName());
    }
    return names;
  }

  // ---------------------------------------------------------------------------------------------- g. dead bindings

  private void checkDeadBindings() {
    Set<String> used = beanUses.stream().map(BeanUse::bean).collect(Collectors.toSet());
    for (BeanDef bean : beans.values()) {
      if (bean.type() == null || used.contains(bean.name())) {
        continue;
      }
      String kind = JavaDelegate.class.isAssignableFrom(bean.type()) ? "JavaDelegate"
          : TaskListener.class.isAssignableFrom(bean.type()) ? "TaskListener"
          : ExecutionListener.class.isAssignableFrom(bean.type()) ? "ExecutionListener" : null;
      if (kind == null) {
        continue;
      }
      count("g. delegate/listener beans unused");
      JavaFacts.Loc loc = beanLocs.get(bean.name());
      String file = loc == null ? bean.declaringClass() : shown(loc.file());
      violation(file, bean.name(), beanOrigin(bean), (loc == null ? "" : "line " + loc.line() + ": ") + kind
          + " bean is used by no model: a Modeler edit removed or renamed its ${" + bean.name() + "}"
          + " (or delete the bean)");
    }
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private void violation(El el, String problem) {
    violation(shown(el.file()), el.id(), el.name(), problem);
  }

  private void violation(Path file, String id, String name, String problem) {
    violation(shown(file), id, name, problem);
  }

  private void violation(String file, String id, String name, String problem) {
    Violation v = new Violation(file, id == null ? "-" : id, name, problem);
    if (reported.add(v.toString())) {
      violations.add(v);
    }
  }

  private String shown(Path file) {
    Path f = file.toAbsolutePath().normalize();
    for (Path base : new Path[] {config.processes().toAbsolutePath().normalize().getParent(),
        config.forms().toAbsolutePath().normalize().getParent(), config.projectRoot().toAbsolutePath().normalize()}) {
      if (base != null && f.startsWith(base)) {
        return base.relativize(f).toString().replace('\\', '/');
      }
    }
    return f.toString();
  }

  private static String similar(String name, Collection<String> candidates) {
    String best = closest(name, candidates);
    return best == null ? "" : " (did you mean \"" + best + "\"?)";
  }

  /** The candidate most like {@code name} (see {@link #ranked}), or null. */
  static String closest(String name, Collection<String> candidates) {
    List<String> r = ranked(name, candidates, Math.max(2, name.length() / 3));
    return r.isEmpty() ? null : r.get(0);
  }

  /**
   * Candidates like {@code name}, most like first: those that contain it or are contained in it (a renamed key often
   * gains or loses a word), then those within {@code maxDistance} edits.
   */
  static List<String> ranked(String name, Collection<String> candidates, int maxDistance) {
    String n = name.toLowerCase(Locale.ROOT);
    Map<String, Double> scores = new HashMap<>();
    for (String c : candidates) {
      if (c == null || c.equals(name) || c.isEmpty()) {
        continue;
      }
      String l = c.toLowerCase(Locale.ROOT);
      double score = l.contains(n) || n.contains(l) ? 0.5 + Math.abs(l.length() - n.length()) / 1000.0
          : distance(n, l);
      if (score <= maxDistance) {
        scores.put(c, score);
      }
    }
    return scores.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).toList();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1),
            prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
