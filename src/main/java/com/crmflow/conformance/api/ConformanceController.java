package com.crmflow.conformance.api;

import com.crmflow.conformance.ConformanceReport;
import com.crmflow.conformance.ConformanceReport.InstanceDetail;
import com.crmflow.conformance.ConformanceService;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.security.CurrentUser;
import com.crmflow.platform.web.ApiExceptionHandler.ForbiddenException;
import com.crmflow.platform.web.DeniedMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The conformance report (SPEC "Supervision"; 000 §6(1), 003 §5.1): {@code GET /api/conformance/{processKey}
 * ?from=2026-11-01&to=2026-11-30[&page=0&size=50]} (JSON), {@code …/export} (CSV, every instance) and
 * {@code …/instances/{processInstanceId}} (one instance's path with the mandated steps checked). For the
 * supervision department, senior management, crm-dept and the customer-service manager — each only for the
 * processes whose history its group may read ({@code readProcesses} in config/organization.yaml).
 */
@RestController
@PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_senior-management', 'GROUP_crm-dept', 'GROUP_cs-manager')")
@DeniedMessage("只有监督部门、高层管理团队、客户关系管理部门和客户服务经理可以查看流程合规报告")
public class ConformanceController {

  /** Instances with findings per page when the request names no size. */
  static final int DEFAULT_PAGE_SIZE = 50;

  private final ConformanceService conformance;
  private final AuthorizationService authorizations;
  private final CurrentUser currentUser;
  private final ZoneId timeZone;

  public ConformanceController(ConformanceService conformance, AuthorizationService authorizations,
      CurrentUser currentUser, ZoneId timeZone) {
    this.conformance = conformance;
    this.authorizations = authorizations;
    this.currentUser = currentUser;
    this.timeZone = timeZone;
  }

  @GetMapping("/api/conformance/{processKey}")
  public ConformanceReport report(@PathVariable String processKey, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size) {
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    requireReadable(processKey);
    return conformance.report(processKey, start, end, page, size);
  }

  @GetMapping("/api/conformance/{processKey}/export")
  public ResponseEntity<byte[]> export(@PathVariable String processKey, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    requireReadable(processKey);
    ConformanceReport report = conformance.export(processKey, start, end);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(ConformanceCsv.MEDIA_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("conformance-" + processKey + "-" + start + "_" + end + ".csv").build().toString())
        .body(ConformanceCsv.of(report, timeZone));
  }

  @GetMapping("/api/conformance/{processKey}/instances/{processInstanceId}")
  public InstanceDetail instance(@PathVariable String processKey, @PathVariable String processInstanceId) {
    requireReadable(processKey);
    return conformance.instance(processKey, processInstanceId);
  }

  /** 404 for an unknown process key (naming the known ones), then 403 unless the caller may read its history. */
  private void requireReadable(String processKey) {
    conformance.requireProcess(processKey);
    if (!authorizations.isUserAuthorized(currentUser.id(), currentUser.groups(),
        ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, processKey)) {
      throw new ForbiddenException("您所在的部门无权查看流程「" + processKey + "」的历史，因此不能查看它的合规报告");
    }
  }

  static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidFieldException(name, "缺少日期（格式 YYYY-MM-DD）");
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(name, "不是有效日期（格式 YYYY-MM-DD）：" + value);
    }
  }
}
