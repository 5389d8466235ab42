package com.crmflow.conformance;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step the regulation mandates, as the process model declares it with the extension property {@code mandated}
 * (ModelProperties.MANDATED): {@code always}, {@code when <variable> = <value>[|<value>…]} or
 * {@code when passed <ActivityId>}.
 *
 * @param activityId the element's id (a user or service task, usually)
 * @param name the element's Chinese name, as staff know it
 * @param condition when the step is mandated
 */
public record MandatedStep(String activityId, String name, Condition condition) {

  /** When a step is mandated for an instance. */
  public sealed interface Condition permits Always, VariableIs, Passed {

    boolean holds(InstancePath path);

    /** In Chinese, for the report: 始终必经, 当 meetingNeeded = true 时必经, 经过「…」后必经. */
    String describe(java.util.function.Function<String, String> nameOf);
  }

  /** {@code always}. */
  public record Always() implements Condition {
    @Override
    public boolean holds(InstancePath path) {
      return true;
    }

    @Override
    public String describe(java.util.function.Function<String, String> nameOf) {
      return "始终必经";
    }
  }

  /** {@code when meetingNeeded = true}: the process variable had one of the values (any of its scopes). */
  public record VariableIs(String variable, Set<String> values) implements Condition {
    @Override
    public boolean holds(InstancePath path) {
      return path.variables().getOrDefault(variable, Set.of()).stream().anyMatch(values::contains);
    }

    @Override
    public String describe(java.util.function.Function<String, String> nameOf) {
      return "当 " + variable + " = " + String.join(" 或 ", values) + " 时必经";
    }
  }

  /** {@code when passed Task_X}: the instance went through the element (completed, not cancelled). */
  public record Passed(String activityId) implements Condition {
    @Override
    public boolean holds(InstancePath path) {
      return path.passed(activityId);
    }

    @Override
    public String describe(java.util.function.Function<String, String> nameOf) {
      return "经过「" + nameOf.apply(activityId) + "」后必经";
    }
  }

  private static final Pattern VARIABLE = Pattern.compile("when\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(\\S.*)");
  private static final Pattern PASSED = Pattern.compile("when\\s+passed\\s+([A-Za-z_][A-Za-z0-9_\\-]*)");

  /**
   * The condition of a {@code mandated} property value.
   *
   * @throws IllegalArgumentException naming what is allowed, for a value the report would not understand
   */
  public static Condition parse(String value) {
    String v = value == null ? "" : value.trim();
    if (v.equals("always")) {
      return new Always();
    }
    Matcher passed = PASSED.matcher(v);
    if (passed.matches()) {
      return new Passed(passed.group(1));
    }
    Matcher variable = VARIABLE.matcher(v);
    if (variable.matches() && !variable.group(1).equals("passed")) {
      Set<String> values = new LinkedHashSet<>();
      Arrays.stream(variable.group(2).split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).forEach(values::add);
      if (!values.isEmpty()) {
        return new VariableIs(variable.group(1), Set.copyOf(values));
      }
    }
    throw new IllegalArgumentException("mandated = \"" + value + "\"; allowed: always, when <variable> = <value>[|<value>],"
        + " when passed <ActivityId>");
  }
}
