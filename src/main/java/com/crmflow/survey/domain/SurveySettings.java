package com.crmflow.survey.domain;

import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.survey.*} (config/application.yaml): the periodic survey per grade (default half-yearly for A and B,
 * yearly for C, none for D), what counts as a low score (default overall ≤ 2 or any dimension = 1), when the
 * improvement task of a low score is due (working days on the working-day calendar, default P5WD) and the nightly
 * start of due periodic surveys. The defaults are written here only.
 */
@ConfigurationProperties("crm.survey")
public record SurveySettings(@DefaultValue Periodic periodic, @DefaultValue LowScore lowScore,
    @DefaultValue("P5WD") String improvementDue, @DefaultValue("0 15 2 * * *") String sweepCron) {

  private static final Pattern WORKING_DAYS = Pattern.compile("^P(\\d{1,3})WD$");

  public SurveySettings {
    if (!WORKING_DAYS.matcher(improvementDue).matches()) {
      throw new IllegalArgumentException("crm.survey.improvement-due must be working days such as P5WD: "
          + improvementDue);
    }
  }

  /** The improvement task's working days (P5WD → 5). */
  public int improvementDueWorkingDays() {
    var m = WORKING_DAYS.matcher(improvementDue);
    m.matches();
    return Integer.parseInt(m.group(1));
  }

  /** SPEC P7.1 / 004 §6.2: how often each grade is surveyed; a grade without a period (D by default) is not. */
  public record Periodic(@DefaultValue("P6M") Period a, @DefaultValue("P6M") Period b, @DefaultValue("P1Y") Period c,
      Period d) {

    public Optional<Period> of(String grade) {
      if (grade == null) {
        return Optional.empty();
      }
      return Optional.ofNullable(switch (grade.trim().toUpperCase(Locale.ROOT)) {
        case "A" -> a;
        case "B" -> b;
        case "C" -> c;
        case "D" -> d;
        default -> null;
      });
    }
  }

  /** SPEC P7.2: a survey is low when its overall score is at most {@code overallAtMost} or any dimension at most
   * {@code anyDimensionAtMost}. */
  public record LowScore(@DefaultValue("2") int overallAtMost, @DefaultValue("1") int anyDimensionAtMost) {}
}
