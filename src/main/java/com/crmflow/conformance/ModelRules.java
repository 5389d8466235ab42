package com.crmflow.conformance;

import com.crmflow.platform.process.ModelProperties;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * What one process model (one deployed version) declares for the conformance report: its mandated steps
 * ({@code mandated}) and the elements whose passing means a breached deadline, an escalation or a reopening
 * ({@code conformance}). Read from the model itself, so administrators change them in Camunda Modeler.
 */
public record ModelRules(List<MandatedStep> mandated, Map<String, Set<FindingKind>> signals, Map<String, String> names) {

  /** The signals a {@code conformance} property may name. */
  public static final Map<String, FindingKind> SIGNALS = Map.of("deadlineBreached", FindingKind.DEADLINE_BREACHED,
      "escalated", FindingKind.ESCALATED, "reopened", FindingKind.REOPENED);

  public static ModelRules of(BpmnModelInstance model) {
    List<MandatedStep> mandated = new ArrayList<>();
    Map<String, Set<FindingKind>> signals = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Integer> order = new java.util.HashMap<>();
    documentOrder(model.getDocument().getRootElement(), order);
    List<FlowNode> nodes = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
    nodes.sort(java.util.Comparator.comparing(n -> order.getOrDefault(n.getId(), Integer.MAX_VALUE)));
    for (FlowNode node : nodes) {
      String id = node.getId();
      names.put(id, node.getName() == null ? id : node.getName());
      ModelProperties.of(model, id, ModelProperties.MANDATED)
          .ifPresent(v -> mandated.add(new MandatedStep(id, names.get(id), MandatedStep.parse(v))));
      ModelProperties.of(model, id, ModelProperties.CONFORMANCE).ifPresent(v -> signals.put(id, parseSignals(v)));
    }
    return new ModelRules(List.copyOf(mandated), Map.copyOf(signals), Map.copyOf(names));
  }

  /** The ids of the elements in the order they are written (the model's order, roughly the path's). */
  private static void documentOrder(org.camunda.bpm.model.xml.instance.DomElement element, Map<String, Integer> order) {
    String id = element.getAttribute("id");
    if (id != null) {
      order.putIfAbsent(id, order.size());
    }
    element.getChildElements().forEach(child -> documentOrder(child, order));
  }

  /**
   * The kinds of a {@code conformance} value ("escalated", "deadlineBreached, escalated").
   *
   * @throws IllegalArgumentException naming the allowed values
   */
  public static Set<FindingKind> parseSignals(String value) {
    Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
    for (String part : (value == null ? "" : value).split(",")) {
      FindingKind kind = SIGNALS.get(part.trim());
      if (kind == null) {
        throw new IllegalArgumentException("conformance = \"" + value + "\"; allowed: deadlineBreached, escalated,"
            + " reopened (comma-separated)");
      }
      kinds.add(kind);
    }
    return Set.copyOf(kinds);
  }

  public String nameOf(String activityId) {
    return names.getOrDefault(activityId, activityId);
  }
}
