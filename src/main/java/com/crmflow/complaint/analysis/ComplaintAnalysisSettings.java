package com.crmflow.complaint.analysis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the monthly complaint analysis starts ({@code crm.complaint.analysis-cycle}), exposed to the timer start
 * event of {@code complaint-analysis-monthly} as {@code ${complaintAnalysisSettings.cycle}} (see
 * {@link ComplaintAnalysisBindings#complaintAnalysisSettings}). A Camunda cron expression (seconds minutes hours day-of-month month
 * day-of-week), evaluated in the JVM's time zone (the Docker image runs in Asia/Shanghai). The engine reads it when
 * the models are deployed: a changed value takes effect with the next deployment of the model set (or a Modeler
 * deployment of complaint-analysis-monthly), not on a plain restart.
 *
 * @param analysisCycle the cron expression; by default 02:00 on the 1st of every month
 */
@ConfigurationProperties("crm.complaint")
public record ComplaintAnalysisSettings(@DefaultValue("0 0 2 1 * ?") String analysisCycle) {}
