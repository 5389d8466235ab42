package com.crmflow.platform.model;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What the production Java says about the models, read from its source with the JDK's own parser ({@code
 * com.sun.source}, parse only — no compilation): the form fields it takes ({@code FormData.take*}/{@code flag}), the
 * process variables it reads and writes, the BPMN element ids, messages, process and decision keys it names, and
 * which Spring bean each of these belongs to. String constants are resolved across classes (own and outer class,
 * static imports, {@code Type.CONSTANT}); a name that is not a compile-time string is not a fact.
 */
final class JavaFacts {

  /** Where in the Java a fact comes from. */
  record Loc(Path file, long line, String where) {
    String shortText() {
      return file.getFileName() + ":" + line;
    }
  }

  /** A submitted form value the Java reads: a field key, or a key inside the entries of a dynamic list. */
  record FormRead(String key, String subKey, String method, Loc loc, String readerForm) {
    FormRead(String key, String subKey, String method, Loc loc) {
      this(key, subKey, method, loc, null);
    }

    String shown() {
      return subKey == null ? key : key + "[]." + subKey;
    }
  }

  record Ref(String value, Loc loc) {}

  /** The facts of one method (lambdas and anonymous classes inside it included). */
  static final class Facts {
    final List<FormRead> formReads = new ArrayList<>();
    /** form reads whose key is not a string constant (cannot be checked) */
    final List<Ref> unresolvedFormReads = new ArrayList<>();
    final List<Ref> reads = new ArrayList<>();
    /** setVariable on the scope a delegate/listener runs in: visible in the process of that bean */
    final List<Ref> scopedWrites = new ArrayList<>();
    /** setVariableLocal: visible only in the element the bean is attached to */
    final List<Ref> localWrites = new ArrayList<>();
    /** methods called unqualified or through {@code this}: same-class helpers */
    final Set<String> calls = new HashSet<>();

    void addAll(Facts other) {
      formReads.addAll(other.formReads);
      unresolvedFormReads.addAll(other.unresolvedFormReads);
      reads.addAll(other.reads);
      scopedWrites.addAll(other.scopedWrites);
      localWrites.addAll(other.localWrites);
    }
  }

  static final class ClassInfo {
    String fqcn; // binary name (Outer$Inner)
    String simpleName;
    String pkg;
    Path file;
    CompilationUnitTree cu;
    ClassInfo outer;
    final Map<String, ExpressionTree> constants = new LinkedHashMap<>();
    final Map<String, Facts> methods = new LinkedHashMap<>();
    /** method name → bean name, for {@code @Bean} methods */
    final Map<String, String> beanMethods = new LinkedHashMap<>();
    /** bean name → simple name of the declared return type */
    final Map<String, String> beanReturnTypes = new HashMap<>();
    final Map<String, Long> beanLines = new HashMap<>();
    final Map<String, ClassInfo> nested = new LinkedHashMap<>();
    final Set<String> decisionKeys = new LinkedHashSet<>();
    /** {@code Variables.putValue} names: the inputs of a decision in a class that evaluates one, else variables */
    final List<Ref> putValues = new ArrayList<>();
    final List<Ref> dmnOutputs = new ArrayList<>();
    long line;
  }

  /** ids named by the Java: value → where; a value used with {@code startsWith} is a prefix */
  final List<Ref> elementIds = new ArrayList<>();
  final Set<String> idPrefixes = new HashSet<>();
  final List<Ref> messageNames = new ArrayList<>();
  final List<Ref> signalNames = new ArrayList<>();
  final List<Ref> errorCodes = new ArrayList<>();
  final List<Ref> processKeys = new ArrayList<>();
  final List<Ref> decisionKeys = new ArrayList<>();
  /** variables written outside a delegate/listener (API starts, message correlation, runtimeService) */
  final List<Ref> globalWrites = new ArrayList<>();
  /** message name → the variables the Java sends with it (same method) */
  final Map<String, Set<String>> messageVariables = new HashMap<>();
  final Map<String, ClassInfo> classes = new LinkedHashMap<>();
  private final Map<String, List<ClassInfo>> bySimpleName = new HashMap<>();

  /** BPMN element id as the Java writes them: {@code Task_…}, {@code Timer_…}, {@code Gateway_…} … */
  static final Pattern ELEMENT_ID = Pattern.compile(
      "(Task|Timer|TimerEvent|Event|StartEvent|EndEvent|BoundaryEvent|IntermediateEvent|IntermediateCatchEvent"
          + "|IntermediateThrowEvent|Gateway|SubProcess|EventSubProcess|CallActivity|Activity|MultiInstance|Flow"
          + "|SequenceFlow|Message|MessageEvent|Signal|SignalEvent|Error|ErrorEvent|Escalation|Lane|Participant)"
          + "_[A-Za-z0-9_]+");

  /** The FormData method that hands over a dynamic list or group as JSON. */
  private static final String TAKE_JSON = "takeJson";
  private static final Set<String> READ_METHODS =
      Set.of("getVariable", "getVariableLocal", "getVariableTyped", "getVariableLocalTyped", "idVariable", "idOrNull");
  private static final Set<String> WRITE_METHODS = Set.of("setVariable", "setVariableLocal");
  /** camunda-bpm-data's factory methods: {@code longVariable("projectId")} declares a typed variable */
  private static final Set<String> VARIABLE_FACTORIES = Set.of("stringVariable", "longVariable", "intVariable",
      "shortVariable", "doubleVariable", "booleanVariable", "dateVariable", "uuidVariable", "customVariable",
      "listVariable", "setVariable", "mapVariable", "listOfMapsVariable");
  /** {@code VARIABLE.from(scope).get…()} reads a typed variable */
  private static final Set<String> TYPED_READS = Set.of("get", "getOptional", "getOrNull", "getOrDefault",
      "getLocal", "getLocalOptional", "getLocalOrNull", "getLocalOrDefault");
  /** {@code VARIABLE.on(scope).set…()} writes one */
  private static final Set<String> TYPED_WRITES = Set.of("set", "setLocal", "update", "updateLocal");
  private static final Set<String> VARIABLE_MAP_TAKERS = Set.of("startProcessInstanceByKey",
      "startProcessInstanceById", "setVariables", "setVariablesLocal", "complete", "submitTaskForm",
      "submitStartForm", "correlateMessage", "messageEventReceived", "signalEventReceived", "correlateStartMessage");
  private static final Set<String> MESSAGE_METHODS = Set.of("createMessageCorrelation", "correlateMessage",
      "messageEventReceived", "createMessageCorrelationAsync", "correlateMessageAsync");
  private static final Set<String> SIGNAL_METHODS = Set.of("signalEventReceived", "createSignalEvent");
  private static final Set<String> PROCESS_KEY_METHODS = Set.of("startProcessInstanceByKey", "processDefinitionKey",
      "processDefinitionKeyIn", "createProcessInstanceByKey", "startProcessInstanceByKeyAsync");
  private static final Set<String> DECISION_KEY_METHODS =
      Set.of("evaluateDecisionTableByKey", "evaluateDecisionByKey", "decisionDefinitionKey");
  private static final Set<String> ID_METHODS = Set.of("taskDefinitionKey", "taskDefinitionKeyIn", "activityId",
      "activityIdIn", "startBeforeActivity", "startAfterActivity", "cancelAllForActivity", "startTransition",
      "taskDefinitionKeyLike");
  private static final Set<String> ID_GETTERS = Set.of("getTaskDefinitionKey", "getActivityId",
      "getCurrentActivityId");

  private final Set<String> takeMethods;
  private final String formDataSimpleName;

  private JavaFacts(Set<String> takeMethods, String formDataSimpleName) {
    this.takeMethods = takeMethods;
    this.formDataSimpleName = formDataSimpleName;
  }

  /**
   * @param takeMethods the methods of {@code FormData} that read a submitted field by name (take…, flag)
   */
  static JavaFacts read(Path sourceRoot, Set<String> takeMethods, String formDataSimpleName) {
    JavaFacts facts = new JavaFacts(takeMethods, formDataSimpleName);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sourceRoot)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("model contract: the JDK compiler (module jdk.compiler) is needed to read "
          + "the Java sources; run the tests on a JDK, not a JRE");
    }
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
      JavacTask task = (JavacTask) javac.getTask(null, fm, d -> { }, List.of("-proc:none"), null, units);
      List<CompilationUnitTree> cus = new ArrayList<>();
      for (CompilationUnitTree cu : task.parse()) {
        cus.add(cu);
      }
      SourcePositions positions = Trees.instance(task).getSourcePositions();
      facts.positions = positions;
      for (CompilationUnitTree cu : cus) {
        facts.index(cu);
      }
      for (CompilationUnitTree cu : cus) {
        for (Tree t : cu.getTypeDecls()) {
          if (t instanceof ClassTree ct) {
            facts.scanClass(facts.infos.get(ct), ct, positions);
          }
        }
      }
      for (ClassInfo c : facts.classes.values()) {
        if (c.decisionKeys.isEmpty()) {
          facts.globalWrites.addAll(c.putValues);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return facts;
  }

  // ---------------------------------------------------------------- index: classes, constants

  private final Map<ClassTree, ClassInfo> infos = new HashMap<>();
  private SourcePositions positions;

  private void index(CompilationUnitTree cu) {
    String pkg = cu.getPackageName() == null ? "" : cu.getPackageName().toString();
    for (Tree t : cu.getTypeDecls()) {
      if (t instanceof ClassTree ct) {
        indexClass(cu, pkg, ct, null);
      }
    }
  }

  private void indexClass(CompilationUnitTree cu, String pkg, ClassTree ct, ClassInfo outer) {
    ClassInfo info = new ClassInfo();
    info.simpleName = ct.getSimpleName().toString();
    info.fqcn = outer == null ? (pkg.isEmpty() ? "" : pkg + ".") + info.simpleName
        : outer.fqcn + "$" + info.simpleName;
    info.pkg = pkg;
    info.file = Path.of(cu.getSourceFile().toUri());
    info.cu = cu;
    info.outer = outer;
    info.line = cu.getLineMap().getLineNumber(startOf(cu, ct));
    boolean isInterface = ct.getKind() == Tree.Kind.INTERFACE;
    for (Tree m : ct.getMembers()) {
      if (m instanceof VariableTree v && v.getInitializer() != null
          && (isInterface || (v.getModifiers().getFlags().contains(Modifier.STATIC)
              && v.getModifiers().getFlags().contains(Modifier.FINAL)))
          && (v.getType().toString().equals("String") || v.getType().toString().equals("java.lang.String")
              || v.getType().toString().startsWith("VariableFactory<"))) {
        info.constants.put(v.getName().toString(), v.getInitializer());
      } else if (m instanceof ClassTree inner) {
        indexClass(cu, pkg, inner, info);
      }
    }
    if (outer != null) {
      outer.nested.put(info.simpleName, info);
    }
    infos.put(ct, info);
    classes.put(info.fqcn, info);
    bySimpleName.computeIfAbsent(info.simpleName, k -> new ArrayList<>()).add(info);
  }

  private long startOf(CompilationUnitTree cu, Tree t) {
    return Math.max(0, positions.getStartPosition(cu, t));
  }

  // ---------------------------------------------------------------- constants

  private final Set<String> resolving = new HashSet<>();

  /** The compile-time string value of an expression, or null. */
  String resolve(ExpressionTree e, ClassInfo ctx) {
    if (e == null) {
      return null;
    }
    if (e instanceof LiteralTree lit) {
      return lit.getValue() instanceof String s ? s : null;
    }
    if (e instanceof ParenthesizedTree p) {
      return resolve(p.getExpression(), ctx);
    }
    if (e instanceof BinaryTree b && b.getKind() == Tree.Kind.PLUS) {
      String l = resolve(b.getLeftOperand(), ctx);
      String r = resolve(b.getRightOperand(), ctx);
      return l == null || r == null ? null : l + r;
    }
    if (e instanceof IdentifierTree id) {
      return constant(ctx, id.getName().toString());
    }
    if (e instanceof MethodInvocationTree mi) {
      // camunda-bpm-data: longVariable("projectId") declares the variable, PROJECT_ID.getName() names it
      String method = mi.getMethodSelect() instanceof MemberSelectTree ms ? ms.getIdentifier().toString()
          : mi.getMethodSelect().toString();
      if (VARIABLE_FACTORIES.contains(method) && !mi.getArguments().isEmpty()) {
        return resolve(mi.getArguments().get(0), ctx);
      }
      if (method.equals("getName") && mi.getArguments().isEmpty() && mi.getMethodSelect() instanceof MemberSelectTree ms) {
        return resolve(ms.getExpression(), ctx);
      }
      return null;
    }
    if (e instanceof MemberSelectTree ms) {
      ClassInfo owner = classNamed(ctx, ms.getExpression().toString());
      return owner == null ? null : constantOf(owner, ms.getIdentifier().toString());
    }
    return null;
  }

  /** Which class holds the constant a simple name refers to, or null. */
  ClassInfo constantOwner(ClassInfo ctx, String name) {
    for (ClassInfo c = ctx; c != null; c = c.outer) {
      if (c.constants.containsKey(name)) {
        return c;
      }
    }
    for (ImportTree imp : ctx.cu.getImports()) {
      if (!imp.isStatic()) {
        continue;
      }
      String q = imp.getQualifiedIdentifier().toString();
      int dot = q.lastIndexOf('.');
      String member = q.substring(dot + 1);
      if (member.equals(name) || member.equals("*")) {
        ClassInfo owner = classByQualifiedName(q.substring(0, dot));
        if (owner != null && owner.constants.containsKey(name)) {
          return owner;
        }
      }
    }
    return null;
  }

  private String constant(ClassInfo ctx, String name) {
    ClassInfo owner = constantOwner(ctx, name);
    return owner == null ? null : constantOf(owner, name);
  }

  private String constantOf(ClassInfo owner, String name) {
    ExpressionTree init = owner.constants.get(name);
    if (init == null) {
      return null;
    }
    String key = owner.fqcn + "#" + name;
    if (!resolving.add(key)) {
      return null;
    }
    try {
      return resolve(init, owner);
    } finally {
      resolving.remove(key);
    }
  }

  private ClassInfo classByQualifiedName(String q) {
    ClassInfo c = classes.get(q);
    if (c != null) {
      return c;
    }
    // a.b.Outer.Inner → a.b.Outer$Inner
    int dot = q.lastIndexOf('.');
    while (dot > 0) {
      String candidate = q.substring(0, dot) + "$" + q.substring(dot + 1).replace('.', '$');
      c = classes.get(candidate);
      if (c != null) {
        return c;
      }
      dot = q.lastIndexOf('.', dot - 1);
    }
    return null;
  }

  /** A type name as written in {@code ctx} (simple, nested or qualified) → the class, when it is ours. */
  ClassInfo classNamed(ClassInfo ctx, String written) {
    String first = written.contains(".") ? written.substring(0, written.indexOf('.')) : written;
    String rest = written.contains(".") ? written.substring(written.indexOf('.') + 1) : "";
    ClassInfo base = null;
    for (ClassInfo c = ctx; c != null && base == null; c = c.outer) {
      if (c.simpleName.equals(first)) {
        base = c;
      } else if (c.nested.containsKey(first)) {
        base = c.nested.get(first);
      }
    }
    if (base == null) {
      for (ImportTree imp : ctx.cu.getImports()) {
        String q = imp.getQualifiedIdentifier().toString();
        if (!imp.isStatic() && q.endsWith("." + first)) {
          base = classByQualifiedName(q);
          break;
        }
      }
    }
    if (base == null) {
      base = classes.get((ctx.pkg.isEmpty() ? "" : ctx.pkg + ".") + first);
    }
    if (base == null) {
      ClassInfo q = classByQualifiedName(written);
      if (q != null) {
        return q;
      }
      List<ClassInfo> same = bySimpleName.get(first);
      base = same != null && same.size() == 1 ? same.get(0) : null;
    }
    if (base == null || rest.isEmpty()) {
      return base;
    }
    for (String part : rest.split("\\.")) {
      base = base.nested.get(part);
      if (base == null) {
        return null;
      }
    }
    return base;
  }

  // ---------------------------------------------------------------- facts

  private void scanClass(ClassInfo info, ClassTree ct, SourcePositions positions) {
    info.line = info.cu.getLineMap().getLineNumber(Math.max(0, positions.getStartPosition(info.cu, ct)));
    // constants that name keys by convention
    for (var e : info.constants.entrySet()) {
      String value = resolve(e.getValue(), info);
      if (value == null) {
        continue;
      }
      Loc loc = new Loc(info.file, lineOf(info, e.getValue(), positions), info.simpleName + "." + e.getKey());
      String name = e.getKey();
      if (name.equals("PROCESS_KEY") || name.endsWith("_PROCESS_KEY")) {
        processKeys.add(new Ref(value, loc));
      } else if (name.equals("DECISION_KEY") || name.endsWith("_DECISION_KEY")) {
        decisionKeys.add(new Ref(value, loc));
        info.decisionKeys.add(value);
      } else if (name.startsWith("MESSAGE_") || name.endsWith("_MESSAGE")) {
        messageNames.add(new Ref(value, loc));
      }
    }
    for (Tree m : ct.getMembers()) {
      if (m instanceof MethodTree mt) {
        String method = mt.getName().toString();
        String bean = beanName(mt);
        if (bean != null) {
          info.beanMethods.put(method, bean);
          String type = mt.getReturnType() == null ? "" : mt.getReturnType().toString();
          info.beanReturnTypes.put(bean, type.replaceAll("<.*", ""));
          info.beanLines.put(bean, lineOf(info, mt, positions));
        }
        Facts f = info.methods.computeIfAbsent(method, k -> new Facts());
        if (mt.getBody() != null) {
          Scanner scanner = new Scanner(info, method, f, positions);
          scanner.scan(mt.getBody(), null);
          scanner.finish();
        }
      } else if (m instanceof ClassTree inner) {
        ClassInfo in = infos.get(inner);
        if (in != null) {
          scanClass(in, inner, positions);
        }
      } else if (m instanceof VariableTree v && v.getInitializer() != null) {
        String field = v.getName().toString();
        Scanner scanner = new Scanner(info, field, info.methods.computeIfAbsent(field, k -> new Facts()), positions);
        scanner.scan(v.getInitializer(), null);
        scanner.finish();
      } else if (m instanceof BlockTree b) {
        Scanner scanner = new Scanner(info, "<init>", info.methods.computeIfAbsent("<init>", k -> new Facts()),
            positions);
        scanner.scan(b, null);
        scanner.finish();
      }
    }
  }

  private static long lineOf(ClassInfo info, Tree t, SourcePositions positions) {
    return info.cu.getLineMap().getLineNumber(Math.max(0, positions.getStartPosition(info.cu, t)));
  }

  private static String beanName(MethodTree mt) {
    for (AnnotationTree a : mt.getModifiers().getAnnotations()) {
      String type = a.getAnnotationType().toString();
      if (!type.equals("Bean") && !type.endsWith(".Bean")) {
        continue;
      }
      for (ExpressionTree arg : a.getArguments()) {
        ExpressionTree value = arg instanceof AssignmentTree as ? as.getExpression() : arg;
        String attr = arg instanceof AssignmentTree as ? as.getVariable().toString() : "value";
        if (!attr.equals("value") && !attr.equals("name")) {
          continue;
        }
        if (value instanceof NewArrayTree na && na.getInitializers() != null && !na.getInitializers().isEmpty()) {
          value = na.getInitializers().get(0);
        }
        if (value instanceof LiteralTree lit && lit.getValue() instanceof String s) {
          return s;
        }
      }
      return mt.getName().toString();
    }
    return null;
  }

  private final class Scanner extends TreeScanner<Void, Void> {

    private final ClassInfo info;
    private final String method;
    private final Facts facts;
    private final SourcePositions positions;
    private final Set<String> formVars = new HashSet<>();
    /**
     * local variable → key of the dynamic list or group whose JSON it holds (e.g. {@code JsonNode list =
     * form.takeJson("issues")}); a group's keys are read from it directly ({@code text(address, "city")})
     */
    private final Map<String, String> listVars = new HashMap<>();
    /** loop / lambda variable → dynamic list key whose entries it walks */
    private final Map<String, String> itemVars = new HashMap<>();
    private final List<String> messagesHere = new ArrayList<>();
    private final Set<String> variablesSentHere = new LinkedHashSet<>();

    Scanner(ClassInfo info, String method, Facts facts, SourcePositions positions) {
      this.info = info;
      this.method = method;
      this.facts = facts;
      this.positions = positions;
    }

    private Loc loc(Tree t) {
      return new Loc(info.file, lineOf(info, t, positions), info.simpleName + "." + method);
    }

    private String value(ExpressionTree e) {
      return resolve(e, info);
    }

    @Override
    public Void visitVariable(VariableTree v, Void unused) {
      String name = v.getName().toString();
      String type = v.getType() == null ? "" : v.getType().toString();
      if (v.getInitializer() != null) {
        listVars.remove(name);
        itemVars.remove(name);
      }
      if (type.equals(formDataSimpleName) || type.endsWith("." + formDataSimpleName)
          || (v.getInitializer() != null && isFormDataOf(v.getInitializer()))) {
        formVars.add(name);
      }
      super.visitVariable(v, unused);
      if (v.getInitializer() != null) {
        String key = takenKey(v.getInitializer());
        if (key != null) {
          listVars.put(name, key);
        }
      }
      return null;
    }

    @Override
    public Void visitEnhancedForLoop(EnhancedForLoopTree loop, Void unused) {
      String key = takenKey(loop.getExpression());
      if (key == null) {
        key = listVarIn(loop.getExpression());
      }
      scan(loop.getExpression(), null);
      String var = loop.getVariable().getName().toString();
      if (key != null) {
        itemVars.put(var, key);
      }
      scan(loop.getStatement(), null);
      return null;
    }

    @Override
    public Void visitLiteral(LiteralTree lit, Void unused) {
      if (lit.getValue() instanceof String s && ELEMENT_ID.matcher(s).matches()) {
        elementIds.add(new Ref(s, loc(lit)));
      }
      return null;
    }

    @Override
    public Void visitNewClass(NewClassTree nc, Void unused) {
      String type = nc.getIdentifier().toString();
      if ((type.equals("BpmnError") || type.endsWith(".BpmnError")) && !nc.getArguments().isEmpty()) {
        String code = value(nc.getArguments().get(0));
        if (code != null) {
          errorCodes.add(new Ref(code, loc(nc)));
        }
      }
      return super.visitNewClass(nc, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
      ExpressionTree select = call.getMethodSelect();
      String name;
      ExpressionTree receiver = null;
      if (select instanceof MemberSelectTree ms) {
        name = ms.getIdentifier().toString();
        receiver = ms.getExpression();
        if (receiver instanceof IdentifierTree rid && rid.getName().contentEquals("this")) {
          facts.calls.add(name);
        }
      } else {
        name = select.toString();
        facts.calls.add(name);
      }
      List<? extends ExpressionTree> args = call.getArguments();

      String[] generated = generatedFormReader(call);
      if (generated != null) {
        facts.formReads.add(new FormRead(generated[0], null, name, loc(call), generated[1]));
      }
      if (takeMethods.contains(name) && receiver != null && isFormData(receiver) && args.size() == 1) {
        String key = value(args.get(0));
        if (key == null) {
          facts.unresolvedFormReads.add(new Ref(args.get(0).toString(), loc(call)));
        } else {
          facts.formReads.add(new FormRead(key, null, name, loc(call)));
        }
      }
      if (READ_METHODS.contains(name) && !args.isEmpty()) {
        String var = lastConstant(args);
        if (var != null) {
          facts.reads.add(new Ref(var, loc(call)));
        }
      }
      if (WRITE_METHODS.contains(name) && args.size() >= 2) {
        String var = firstConstant(args);
        if (var != null) {
          Ref ref = new Ref(var, loc(call));
          if (args.size() >= 3 || chainHas(receiver, "createMessageCorrelation", "createProcessInstanceByKey",
              "createProcessInstanceById", "createSignalEvent")) {
            globalWrites.add(ref);
            variablesSentHere.add(var);
          } else if (name.equals("setVariableLocal")) {
            facts.localWrites.add(ref);
          } else {
            facts.scopedWrites.add(ref);
          }
        }
      }
      if ((TYPED_READS.contains(name) || TYPED_WRITES.contains(name)) && receiver instanceof MethodInvocationTree adapter
          && adapter.getMethodSelect() instanceof MemberSelectTree adapterSelect) {
        String adapterKind = adapterSelect.getIdentifier().toString();
        String var = value(adapterSelect.getExpression());
        if (var != null && adapterKind.equals("from") && TYPED_READS.contains(name)) {
          facts.reads.add(new Ref(var, loc(call)));
        } else if (var != null && adapterKind.equals("on") && TYPED_WRITES.contains(name)) {
          Ref ref = new Ref(var, loc(call));
          if (adapter.getArguments().size() >= 2) { // on(runtimeService, executionId): from outside the engine
            globalWrites.add(ref);
            variablesSentHere.add(var);
          } else if (name.endsWith("Local")) {
            facts.localWrites.add(ref);
          } else {
            facts.scopedWrites.add(ref);
          }
        }
      }
      if (name.equals("putValue") && !args.isEmpty()) {
        String var = value(args.get(0));
        if (var != null) {
          variablesSentHere.add(var);
          info.putValues.add(new Ref(var, loc(call))); // process variables, or a decision's inputs (see read)
        }
      }
      if (VARIABLE_MAP_TAKERS.contains(name)) {
        for (ExpressionTree a : args) {
          if (a instanceof MethodInvocationTree mi && mi.getMethodSelect().toString().endsWith("Map.of")) {
            List<? extends ExpressionTree> kv = mi.getArguments();
            for (int i = 0; i < kv.size(); i += 2) {
              String var = value(kv.get(i));
              if (var != null) {
                globalWrites.add(new Ref(var, loc(mi)));
                variablesSentHere.add(var);
              }
            }
          }
        }
      }
      if (MESSAGE_METHODS.contains(name) && !args.isEmpty()) {
        String msg = value(args.get(0));
        if (msg != null) {
          messageNames.add(new Ref(msg, loc(call)));
          messagesHere.add(msg);
        }
      }
      if (SIGNAL_METHODS.contains(name) && !args.isEmpty()) {
        String signal = value(args.get(0));
        if (signal != null) {
          signalNames.add(new Ref(signal, loc(call)));
        }
      }
      if (PROCESS_KEY_METHODS.contains(name)) {
        for (ExpressionTree a : name.endsWith("In") ? args : args.subList(0, Math.min(1, args.size()))) {
          String key = value(a);
          if (key != null) {
            processKeys.add(new Ref(key, loc(call)));
          }
        }
      }
      boolean decisionCall = DECISION_KEY_METHODS.contains(name) || (name.equals("latest") && receiver != null
          && receiver.toString().toLowerCase(Locale.ROOT).contains("decision"));
      if (decisionCall && !args.isEmpty()) {
        String key = value(args.get(0));
        if (key != null) {
          decisionKeys.add(new Ref(key, loc(call)));
          info.decisionKeys.add(key);
        }
      }
      if (name.equals("getEntry") && args.size() == 1) {
        String out = value(args.get(0));
        if (out != null) {
          info.dmnOutputs.add(new Ref(out, loc(call)));
        }
      }
      if (ID_METHODS.contains(name)) {
        for (ExpressionTree a : args) {
          String id = value(a);
          if (id != null) {
            elementIds.add(new Ref(id, loc(call)));
          }
        }
      }
      if (name.equals("startsWith") && args.size() == 1) {
        String prefix = value(args.get(0));
        if (prefix != null && ELEMENT_ID.matcher(prefix).matches()) {
          idPrefixes.add(prefix);
        }
      }
      if (name.equals("equals") && args.size() == 1 && receiver != null) {
        ExpressionTree other = isIdGetter(receiver) ? args.get(0) : isIdGetter(args.get(0)) ? receiver : null;
        String id = other == null ? null : value(other);
        if (id != null) {
          elementIds.add(new Ref(id, loc(call)));
        }
      }
      // keys of a dynamic list's entries or of a group: text(item, "key"), item.get("key"), item.path("key")
      for (int i = 0; i + 1 < args.size(); i++) {
        String holder = args.get(i) instanceof IdentifierTree id ? holderKey(id) : null;
        if (holder != null) {
          String sub = value(args.get(i + 1));
          if (sub != null) {
            facts.formReads.add(new FormRead(holder, sub, name, loc(call)));
          }
        }
      }
      String receiverHolder = receiver instanceof IdentifierTree rid ? holderKey(rid) : null;
      if (receiverHolder != null && Set.of("get", "path", "has", "hasNonNull", "findValue").contains(name)
          && args.size() == 1) {
        String sub = value(args.get(0));
        if (sub != null) {
          facts.formReads.add(new FormRead(receiverHolder, sub, name, loc(call)));
        }
      }
      // list.forEach(item -> …) over a dynamic list
      if (name.equals("forEach") && receiver != null && args.size() == 1
          && args.get(0) instanceof LambdaExpressionTree lambda && !lambda.getParameters().isEmpty()) {
        String key = receiver instanceof IdentifierTree rid ? listVars.get(rid.getName().toString()) : null;
        if (key == null) {
          key = takenKey(receiver);
        }
        if (key != null) {
          itemVars.put(lambda.getParameters().get(0).getName().toString(), key);
        }
      }
      return super.visitMethodInvocation(call, unused);
    }

    /** Called when the whole method has been scanned. */
    void finish() {
      for (String msg : messagesHere) {
        messageVariables.computeIfAbsent(msg, k -> new LinkedHashSet<>()).addAll(variablesSentHere);
      }
    }

    private boolean isIdGetter(ExpressionTree e) {
      return e instanceof MethodInvocationTree mi && mi.getMethodSelect() instanceof MemberSelectTree ms
          && ID_GETTERS.contains(ms.getIdentifier().toString());
    }

    private boolean isFormDataOf(ExpressionTree e) {
      return e instanceof MethodInvocationTree mi && mi.getMethodSelect() instanceof MemberSelectTree ms
          && ms.getIdentifier().contentEquals("of")
          && (ms.getExpression().toString().equals(formDataSimpleName)
              || ms.getExpression().toString().endsWith("." + formDataSimpleName));
    }

    /**
     * The key a generated form reader reads ({@code ComplaintAssessmentForm.category(form)}: a static method of a
     * class with a {@code FORM} constant, named like the field, whose class has a constant with that key as value),
     * and the form it was generated from ({key, "forms/….form"}), or null when the call is not one.
     */
    private String[] generatedFormReader(MethodInvocationTree call) {
      if (!(call.getMethodSelect() instanceof MemberSelectTree ms) || call.getArguments().size() != 1
          || !isFormData(call.getArguments().get(0))) {
        return null;
      }
      String type = ms.getExpression().toString();
      String simple = type.substring(type.lastIndexOf('.') + 1);
      if (!simple.endsWith("Form")) {
        return null;
      }
      String method = ms.getIdentifier().toString();
      for (ClassInfo c : bySimpleName.getOrDefault(simple, List.of())) {
        if (c.constants.containsKey("FORM")) {
          for (ExpressionTree constant : c.constants.values()) {
            if (constant instanceof LiteralTree lit && method.equals(lit.getValue())
                && c.constants.get("FORM") instanceof LiteralTree form) {
              return new String[] {method, String.valueOf(form.getValue())};
            }
          }
        }
      }
      return null;
    }

    private boolean isFormData(ExpressionTree receiver) {
      return (receiver instanceof IdentifierTree id && formVars.contains(id.getName().toString()))
          || isFormDataOf(receiver);
    }

    /** The list or group an identifier holds or walks, or null. */
    private String holderKey(IdentifierTree id) {
      String name = id.getName().toString();
      return itemVars.containsKey(name) ? itemVars.get(name) : listVars.get(name);
    }

    /** The key of the first FormData takeJson call inside a tree (e.g. {@code items(form.takeJson("risks"))}). */
    private String takenKey(Tree tree) {
      String[] found = new String[1];
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
          if (found[0] == null && call.getMethodSelect() instanceof MemberSelectTree ms
              && ms.getIdentifier().contentEquals(TAKE_JSON) && isFormData(ms.getExpression())
              && call.getArguments().size() == 1) {
            found[0] = value(call.getArguments().get(0));
          }
          if (found[0] == null && generatedFormReader(call) != null) {
            found[0] = generatedFormReader(call)[0];
          }
          return super.visitMethodInvocation(call, unused);
        }
      }.scan(tree, null);
      return found[0];
    }

    private String listVarIn(Tree tree) {
      String[] found = new String[1];
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitIdentifier(IdentifierTree id, Void unused) {
          if (found[0] == null) {
            found[0] = listVars.get(id.getName().toString());
          }
          return null;
        }
      }.scan(tree, null);
      return found[0];
    }

    private boolean chainHas(ExpressionTree receiver, String... methods) {
      Set<String> wanted = Set.of(methods);
      for (ExpressionTree e = receiver; e != null; ) {
        if (e instanceof MethodInvocationTree mi) {
          if (mi.getMethodSelect() instanceof MemberSelectTree ms) {
            if (wanted.contains(ms.getIdentifier().toString())) {
              return true;
            }
            e = ms.getExpression();
          } else {
            return wanted.contains(mi.getMethodSelect().toString());
          }
        } else if (e instanceof MemberSelectTree ms) {
          e = ms.getExpression();
        } else {
          return false;
        }
      }
      return false;
    }

    private String firstConstant(List<? extends ExpressionTree> args) {
      for (ExpressionTree a : args) {
        String v = value(a);
        if (v != null) {
          return v;
        }
      }
      return null;
    }

    private String lastConstant(List<? extends ExpressionTree> args) {
      String found = null;
      for (ExpressionTree a : args) {
        String v = value(a);
        if (v != null) {
          found = v;
        }
      }
      return found;
    }
  }

  // ---------------------------------------------------------------- bean attribution

  /**
   * The facts of a {@code @Bean} method: its own, those of the same-class helpers it calls (transitively), and
   * those of a class declared in the same file that it returns (e.g. {@code ProjectRoles}).
   */
  Facts factsOfBeanMethod(ClassInfo owner, String beanMethod) {
    Facts all = new Facts();
    Set<String> seen = new HashSet<>();
    collect(owner, beanMethod, all, seen);
    String returnType = owner.beanReturnTypes.get(owner.beanMethods.get(beanMethod));
    ClassInfo returned = returnType == null ? null : classNamed(owner, returnType);
    if (returned != null && returned.file.equals(owner.file)) {
      for (String m : returned.methods.keySet()) {
        collect(returned, m, all, new HashSet<>());
      }
    }
    return all;
  }

  private void collect(ClassInfo owner, String method, Facts into, Set<String> seen) {
    for (String m : reached(owner, method)) {
      if (seen.add(m) && owner.methods.containsKey(m)) {
        into.addAll(owner.methods.get(m));
      }
    }
  }

  /** A method and the same-class helpers it calls, transitively (not other {@code @Bean} methods). */
  Set<String> reached(ClassInfo owner, String method) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> queue = new ArrayList<>(List.of(method));
    while (!queue.isEmpty()) {
      String m = queue.remove(0);
      Facts f = owner.methods.get(m);
      if (!seen.add(m) || f == null) {
        continue;
      }
      for (String callee : f.calls) {
        if (owner.methods.containsKey(callee) && !owner.beanMethods.containsKey(callee)) {
          queue.add(callee);
        }
      }
    }
    return seen;
  }

  static Collection<String> values(List<Ref> refs) {
    return refs.stream().map(Ref::value).toList();
  }
}
