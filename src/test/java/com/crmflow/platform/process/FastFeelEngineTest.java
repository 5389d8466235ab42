package com.crmflow.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/**
 * {@link FastFeelEngine} answers exactly as feel-scala: every input entry of every DMN table in processes/ (and
 * a few more forms) for numbers of every Java type around each bound, null and text; variable names and
 * literals; and whole decisions evaluated by both engines.
 */
class FastFeelEngineTest {

  static final FeelEngine SCALA = new ScalaFeelEngineFactory().createInstance();
  static final FeelEngine FAST = FastFeelEngine.factory().createInstance();
  static final Pattern ENTRY = Pattern.compile("<inputEntry[^>]*><text>(.*?)</text></inputEntry>", Pattern.DOTALL);
  static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  static Set<String> shippedInputEntries() throws IOException {
    Set<String> entries = new LinkedHashSet<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".dmn")).toList()) {
        Matcher m = ENTRY.matcher(Files.readString(f));
        while (m.find()) {
          entries.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
              .replace("&amp;", "&"));
        }
      }
    }
    return entries;
  }

  static List<Object> inputsAround(Set<String> expressions) {
    Set<Object> inputs = new LinkedHashSet<>();
    inputs.add(null);
    inputs.add("A");
    inputs.add("low");
    inputs.add(true);
    for (String e : expressions) {
      Matcher m = NUMBER.matcher(e);
      while (m.find()) {
        BigDecimal bound = new BigDecimal(m.group());
        for (BigDecimal d : List.of(bound.subtract(new BigDecimal("0.01")), bound, bound.add(new BigDecimal("0.01")),
            bound.subtract(BigDecimal.ONE), bound.add(BigDecimal.ONE))) {
          inputs.add(d);
          inputs.add(d.setScale(2));
          inputs.add(d.doubleValue());
          if (d.stripTrailingZeros().scale() <= 0) {
            inputs.add(d.intValue());
            inputs.add(d.longValue());
          }
        }
      }
    }
    return new ArrayList<>(inputs);
  }

  static VariableContext with(Object input) {
    return Variables.createVariables().putValue("cellInput", input).asVariableContext();
  }

  @Test
  void everyShippedInputEntryAnswersAsFeelScala() throws IOException {
    Set<String> expressions = shippedInputEntries();
    assertThat(expressions).contains(">= 1000", "[500..1000)", "< 10", "null", "\"A\"", "\"low\"");
    expressions.addAll(List.of("-", "(1..5]", "(1..5)", "[1..5]", "> -3", "<= 0.5", "7", "not(5)", "1, 2", "> x"));
    int compared = 0;
    List<Object> inputs = inputsAround(expressions);
    for (String e : expressions) {
      for (Object input : inputs) {
        Object scala = answer(SCALA, e, input);
        assertThat(answer(FAST, e, input)).as("%s for %s (%s)", e, input,
            input == null ? "null" : input.getClass().getSimpleName()).isEqualTo(scala);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(3000);
  }

  /** The answer, or the exception's type when feel-scala fails. */
  static Object answer(FeelEngine engine, String expression, Object input) {
    try {
      return engine.evaluateSimpleUnaryTests(expression, "cellInput", with(input));
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }

  @Test
  void variableNamesAndLiteralsAnswerAsFeelScala() {
    VariableMap v = Variables.createVariables().putValue("i", 5).putValue("l", 7L).putValue("d", 2.5)
        .putValue("w", 3.0).putValue("b", new BigDecimal("600.50")).putValue("bw", new BigDecimal("600.00"))
        .putValue("s", "A").putValue("t", true).putValue("n", null);
    for (String e : List.of("i", "l", "d", "w", "b", "bw", "s", "t", "n", "missing", "100", "-3", "0.25", "\"A\"",
        "i + 1", "{a: 1}.a")) {
      Object scala = SCALA.evaluateSimpleExpression(e, v.asVariableContext());
      assertThat((Object) FAST.evaluateSimpleExpression(e, v.asVariableContext())).as(e).isEqualTo(scala);
    }
  }

  @Test
  void theGradingDecisionGivesTheSameResultsWithBothEngines() throws IOException {
    DmnEngine scala = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DmnEngine fast = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
        .feelEngineFactory(FastFeelEngine.factory()).buildEngine();
    DmnDecision bySlow;
    DmnDecision byFast;
    try (var in = Files.newInputStream(Path.of("processes/customer-grading.dmn"))) {
      bySlow = scala.parseDecision("customer-grading", in);
    }
    try (var in = Files.newInputStream(Path.of("processes/customer-grading.dmn"))) {
      byFast = fast.parseDecision("customer-grading", in);
    }
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 500; i++) {
      VariableMap customer = Variables.createVariables()
          .putValue("annualPurchaseAmount", random.nextInt(10) == 0 ? null
              : BigDecimal.valueOf(random.nextInt(150_000), 2))
          .putValue("purchaseFrequency", random.nextInt(10) == 0 ? null : random.nextInt(40))
          .putValue("profitContribution", BigDecimal.valueOf(random.nextInt(30_000) - 2000, 2))
          .putValue("cooperationYears", random.nextInt(15))
          .putValue("growthPotential", random.nextInt(10) == 0 ? null : 1 + random.nextInt(5))
          .putValue("marketInfluence", 1 + random.nextInt(5));
      assertThat(fast.evaluateDecision(byFast, customer).getSingleResult().getEntryMap())
          .isEqualTo(scala.evaluateDecision(bySlow, customer).getSingleResult().getEntryMap());
    }
  }
}
