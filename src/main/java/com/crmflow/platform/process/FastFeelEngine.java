package com.crmflow.platform.process;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The FEEL engine of {@link DeployedDecisions}: Camunda's FEEL engine (feel-scala), with the simplest expressions
 * of decision tables answered directly. feel-scala builds its whole context of built-in functions for every
 * evaluation (about 25 µs), which dominates when 100 000 customers pass tables of a few dozen cells each; the
 * cells there are mostly plain comparisons with number literals.
 *
 * <p>Answered here, with FEEL's meaning: the unary tests {@code -}, {@code null}, a number, a string in quotes,
 * {@code < n}, {@code <= n}, {@code > n}, {@code >= n} and the intervals {@code [a..b]}, {@code [a..b)},
 * {@code (a..b]}, {@code (a..b)} with number literals, for a number or a missing (null) input (a comparison with
 * null is false); an expression that is only a variable name holding a number, text, boolean or null (input
 * expressions, output entries such as {@code compositeScore}), returned as feel-scala returns it; number and
 * string literals (output entries), evaluated by feel-scala once. Everything else — other input types,
 * lists, functions, contexts, literal expressions — goes to feel-scala unchanged. {@code FastFeelEngineTest}
 * checks that both give the same answers for every cell of the shipped tables.
 */
public class FastFeelEngine implements FeelEngine {

  private static final String NUMBER = "-?\\d+(?:\\.\\d+)?";
  private static final Pattern COMPARISON = Pattern.compile("(<=|>=|<|>)\\s*(" + NUMBER + ")");
  private static final Pattern INTERVAL =
      Pattern.compile("([\\[(])\\s*(" + NUMBER + ")\\s*\\.\\.\\s*(" + NUMBER + ")\\s*([\\])])");
  private static final Pattern NUMBER_LITERAL = Pattern.compile(NUMBER);
  private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> KEYWORDS = Set.of("null", "true", "false", "not", "and", "or", "if", "then",
      "else", "for", "in", "return", "some", "every", "satisfies", "between", "instance", "of", "function");

  /** A unary test decided here, or null when feel-scala has to. */
  private interface Test {
    /** null: this input is not for the shortcut (a type other than number or null). */
    Boolean matches(Object input);
  }

  private static final Test NOT_HANDLED = input -> null;

  private final FeelEngine feel;
  private final Map<String, Test> tests = new ConcurrentHashMap<>();
  /** Results of literal expressions, as feel-scala gave them the first time. */
  private final Map<String, Object> literals = new ConcurrentHashMap<>();
  private static final VariableContext NO_VARIABLES = Variables.createVariables().asVariableContext();

  public FastFeelEngine(FeelEngine feel) {
    this.feel = feel;
  }

  /** feel-scala behind the shortcut, as the DMN engine would create it. */
  public static FeelEngineFactory factory() {
    ScalaFeelEngineFactory scala = new ScalaFeelEngineFactory();
    return () -> new FastFeelEngine(scala.createInstance());
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
    String e = expression.trim();
    if (NAME.matcher(e).matches() && !KEYWORDS.contains(e)) {
      TypedValue value = variables.resolve(e);
      Object v = value == null ? null : value.getValue();
      if (v == null || v instanceof String || v instanceof Boolean) {
        return (T) v;
      }
      Object n = feelNumber(v);
      if (n != null) {
        return (T) n;
      }
    } else if (NUMBER_LITERAL.matcher(e).matches() || STRING_LITERAL.matcher(e).matches()) {
      return (T) literals.computeIfAbsent(e, x -> feel.evaluateSimpleExpression(x, NO_VARIABLES));
    }
    return feel.evaluateSimpleExpression(expression, variables);
  }

  /** A number as feel-scala returns it: a whole number as Long, any other as Double; null for other types. */
  static Object feelNumber(Object v) {
    BigDecimal n = number(v);
    if (n == null) {
      return null;
    }
    if (n.signum() == 0 || n.stripTrailingZeros().scale() <= 0) {
      try {
        return n.longValueExact();
      } catch (ArithmeticException tooLarge) {
        return n.doubleValue();
      }
    }
    return n.doubleValue();
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
    Test test = tests.computeIfAbsent(expression, FastFeelEngine::parse);
    TypedValue input = variables.resolve(inputVariable);
    Boolean answer = test.matches(input == null ? null : input.getValue());
    return answer != null ? answer : feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
  }

  static Test parse(String expression) {
    String e = expression.trim();
    if (e.equals("-")) {
      return input -> true;
    }
    if (e.equals("null")) {
      return input -> input == null;
    }
    Matcher m = COMPARISON.matcher(e);
    if (m.matches()) {
      String op = m.group(1);
      BigDecimal bound = new BigDecimal(m.group(2));
      return numeric(n -> {
        int c = n.compareTo(bound);
        return switch (op) {
          case "<" -> c < 0;
          case "<=" -> c <= 0;
          case ">" -> c > 0;
          default -> c >= 0;
        };
      });
    }
    m = INTERVAL.matcher(e);
    if (m.matches()) {
      boolean closedStart = m.group(1).equals("[");
      BigDecimal start = new BigDecimal(m.group(2));
      BigDecimal end = new BigDecimal(m.group(3));
      boolean closedEnd = m.group(4).equals("]");
      return numeric(n -> {
        int s = n.compareTo(start);
        int t = n.compareTo(end);
        return (closedStart ? s >= 0 : s > 0) && (closedEnd ? t <= 0 : t < 0);
      });
    }
    if (NUMBER_LITERAL.matcher(e).matches()) {
      BigDecimal value = new BigDecimal(e);
      return numeric(n -> n.compareTo(value) == 0);
    }
    m = STRING_LITERAL.matcher(e);
    if (m.matches()) {
      String value = m.group(1);
      return input -> input == null ? Boolean.FALSE : input instanceof String s ? s.equals(value) : null;
    }
    return NOT_HANDLED;
  }

  private interface NumberTest {
    boolean test(BigDecimal n);
  }

  /** A comparison with a number: false for a missing input, feel-scala for anything but a number. */
  private static Test numeric(NumberTest test) {
    return input -> {
      if (input == null) {
        return false;
      }
      BigDecimal n = number(input);
      return n == null ? null : test.test(n);
    };
  }

  private static BigDecimal number(Object input) {
    if (input instanceof BigDecimal d) {
      return d;
    }
    if (input instanceof Integer || input instanceof Long || input instanceof Short || input instanceof Byte) {
      return BigDecimal.valueOf(((Number) input).longValue());
    }
    if ((input instanceof Double || input instanceof Float) && Double.isFinite(((Number) input).doubleValue())) {
      return new BigDecimal(input.toString());
    }
    return null;
  }
}
