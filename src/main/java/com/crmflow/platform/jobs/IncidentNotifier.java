package com.crmflow.platform.jobs;

import com.crmflow.platform.notification.MailTemplates;
import com.crmflow.platform.notification.NotificationService;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What happens when Camunda opens an incident: a warning in the log, the mail {@value #TEMPLATE} to every member of
 * {@code camunda-admin} with an e-mail address (queued in the mail outbox, in the same transaction as the incident),
 * and the incident gauge of the process (crm.incidents.open).
 */
@Component
public class IncidentNotifier {

  public static final String TEMPLATE = "incident-opened";
  /** Longest error text put into the mail (the whole text is in Cockpit). */
  static final int MAX_MESSAGE = 300;
  private static final Logger LOG = LoggerFactory.getLogger(IncidentNotifier.class);

  /** A new incident as the engine reported it; names may be null (an incident outside a process). */
  public record OpenedIncident(String type, String processKey, String processName, String businessKey,
      String processInstanceId, String activityId, String jobId, String message, Instant time) {}

  private final NotificationService notifications;
  private final IncidentMetrics metrics;

  private final DateTimeFormatter time;

  public IncidentNotifier(NotificationService notifications, MailTemplates templates, IncidentMetrics metrics,
      ZoneId timeZone) {
    this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(timeZone);
    this.notifications = notifications;
    this.metrics = metrics;
    templates.require(TEMPLATE); // fail at start, not at the first incident
  }

  public void incidentOpened(OpenedIncident incident) {
    LOG.warn("Incident {} opened: process {} instance {} activity {}", incident.type(), incident.processKey(),
        incident.processInstanceId(), incident.activityId());
    if (incident.processKey() != null) {
      metrics.track(incident.processKey());
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("processName", orNone(incident.processName() != null ? incident.processName() : incident.processKey()));
    params.put("processKey", orNone(incident.processKey()));
    params.put("businessKey", orNone(incident.businessKey()));
    params.put("activityId", orNone(incident.activityId()));
    params.put("incidentType", incident.type());
    params.put("message", shortened(incident.message()));
    params.put("time", time.format(incident.time()));
    params.put("processInstanceId", orNone(incident.processInstanceId()));
    params.put("jobId", orNone(incident.jobId()));
    notifications.toGroup(Groups.CAMUNDA_ADMIN, TEMPLATE, params);
  }

  static String shortened(String message) {
    if (message == null || message.isBlank()) {
      return "无";
    }
    String m = message.strip();
    return m.length() <= MAX_MESSAGE ? m : m.substring(0, MAX_MESSAGE) + "…";
  }

  private static String orNone(String value) {
    return value == null || value.isBlank() ? "无" : value;
  }
}
