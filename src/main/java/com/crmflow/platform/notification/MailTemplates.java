package com.crmflow.platform.notification;

import com.crmflow.platform.notification.NotificationProperties.MailTemplate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.PropertyPlaceholderHelper;

/**
 * The mail templates of {@code config/mail-templates.yaml} ({@code crm.mail.templates}), rendered with Spring's
 * {@link PropertyPlaceholderHelper}: {@code ${name}} is replaced by the parameter {@code name}. A placeholder
 * without a parameter is an error ({@link MailTemplateException} naming it), never an empty gap in a message.
 *
 * <p>Parameter values are inserted literally: a value that itself contains {@code ${...}} (e.g. text a customer
 * wrote) is not resolved again. Dates and times are shown as {@code yyyy-MM-dd HH:mm} in Asia/Shanghai.
 */
@Component
public class MailTemplates {

  public static final String TASK_ASSIGNED = "task-assigned";
  public static final String TASK_FOR_GROUP = "task-for-group";
  public static final String DEADLINE_WARNING = "deadline-warning";
  public static final String DEADLINE_ESCALATION = "deadline-escalation";
  public static final String COMPLAINT_ACKNOWLEDGEMENT = "complaint-acknowledgement";

  /** Templates the application uses; the application does not start without them. */
  public static final Set<String> REQUIRED = Set.of(TASK_ASSIGNED, TASK_FOR_GROUP, DEADLINE_WARNING,
      DEADLINE_ESCALATION, COMPLAINT_ACKNOWLEDGEMENT);

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  /** No default-value separator, no escape character, unresolvable placeholders are errors. */
  private static final PropertyPlaceholderHelper HELPER = new PropertyPlaceholderHelper("${", "}", null, null, false);
  /** Marks where a parameter value goes; values are put in after the helper ran, so they are never parsed. */
  private static final char MARK = '\u0000';

  private final Map<String, MailTemplate> templates;
  private final ZoneId zone;

  @Autowired
  public MailTemplates(NotificationProperties properties, ZoneId timeZone) {
    this(properties.templates(), timeZone);
  }

  public MailTemplates(Map<String, MailTemplate> templates, ZoneId timeZone) {
    this.zone = timeZone;
    Set<String> problems = new TreeSet<>();
    for (String name : REQUIRED) {
      MailTemplate t = templates.get(name);
      if (t == null) {
        problems.add(name + " is missing");
      } else if (t.subject() == null || t.subject().isBlank() || t.body() == null || t.body().isBlank()) {
        problems.add(name + " needs a subject and a body");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Mail templates (crm.mail.templates in config/mail-templates.yaml): "
          + String.join("; ", problems));
    }
    this.templates = Map.copyOf(templates);
  }

  /** A rendered message. */
  public record Rendered(String template, String subject, String body) {}

  /** Fails with {@link MailTemplateException} when there is no template of this name. */
  public MailTemplate require(String name) {
    MailTemplate t = name == null ? null : templates.get(name);
    if (t == null) {
      throw new MailTemplateException("Unknown mail template '" + name + "'; configured: "
          + new TreeSet<>(templates.keySet()));
    }
    return t;
  }

  public Rendered render(String name, Map<String, Object> params) {
    MailTemplate t = require(name);
    Map<String, Object> values = params == null ? Map.of() : params;
    String subject = fill(name, "subject", t.subject(), values, true).strip();
    String body = fill(name, "body", t.body(), values, false);
    return new Rendered(name, subject, body);
  }

  /** Fills the placeholders of any configured text, e.g. a link; {@code what} names the text in errors. */
  public String fill(String what, String text, Map<String, Object> params) {
    return fill(what, "text", text, params, false);
  }

  private String fill(String name, String part, String text, Map<String, Object> params, boolean oneLine) {
    List<String> inserted = new ArrayList<>();
    String[] missing = new String[1];
    String marked;
    try {
      marked = HELPER.replacePlaceholders(text, placeholder -> {
        if (!params.containsKey(placeholder)) {
          missing[0] = placeholder;
          return null;
        }
        String value = format(params.get(placeholder));
        inserted.add(oneLine ? value.replaceAll("[\\r\\n]+", " ") : value);
        return MARK + String.valueOf(inserted.size() - 1) + MARK;
      });
    } catch (IllegalArgumentException e) {
      String placeholder = missing[0] != null ? missing[0] : "?";
      throw new MailTemplateException("Mail template '" + name + "' (" + part + ") uses ${" + placeholder
          + "}, but no parameter '" + placeholder + "' was given; parameters: " + new TreeSet<>(params.keySet()));
    }
    StringBuilder out = new StringBuilder(marked.length() + 64);
    int i = 0;
    while (i < marked.length()) {
      char c = marked.charAt(i);
      int end = c == MARK ? marked.indexOf(MARK, i + 1) : -1;
      if (end > i) {
        out.append(inserted.get(Integer.parseInt(marked.substring(i + 1, end))));
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** How a parameter value is written into a message. */
  String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Date d) {
      return DATE_TIME.format(d.toInstant().atZone(zone));
    }
    if (value instanceof Instant t) {
      return DATE_TIME.format(t.atZone(zone));
    }
    if (value instanceof OffsetDateTime t) {
      return DATE_TIME.format(t.atZoneSameInstant(zone));
    }
    if (value instanceof ZonedDateTime t) {
      return DATE_TIME.format(t.withZoneSameInstant(zone));
    }
    if (value instanceof LocalDateTime t) {
      return DATE_TIME.format(t);
    }
    if (value instanceof LocalDate d) {
      return DATE.format(d);
    }
    if (value instanceof TemporalAccessor t) {
      return t.toString();
    }
    return String.valueOf(value);
  }
}
