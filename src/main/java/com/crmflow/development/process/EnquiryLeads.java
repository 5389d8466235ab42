package com.crmflow.development.process;

import static com.crmflow.development.process.DevelopmentVariables.*;

import com.crmflow.development.domain.LeadCapture;
import com.crmflow.development.domain.LeadCapture.Enquiry;
import com.crmflow.development.domain.LeadCapture.EnquiryLead;
import com.crmflow.platform.process.Engine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What customer development publishes for enquiries with cooperation intent (SPEC P5.5, the consultation feature):
 * the lead ({@link LeadCapture#fromEnquiry}) and, for a new one, its {@code customer-development} instance, in the
 * caller's transaction. The instance is started by the system on behalf of the consultation's process (the
 * customer-service staff who answered may not start customer development themselves); its owner works the lead.
 */
@Component
public class EnquiryLeads {

  private final LeadCapture capture;
  private final RuntimeService runtimeService;

  public EnquiryLeads(LeadCapture capture, @Lazy RuntimeService runtimeService) {
    this.capture = capture;
    this.runtimeService = runtimeService;
  }

  @Transactional
  public EnquiryLead follow(Enquiry enquiry, String actor) {
    EnquiryLead result = capture.fromEnquiry(enquiry, actor);
    if (result.created()) {
      Engine.asSystem(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, result.lead().getLeadNumber(),
          Variables.createVariables().putValue(LEAD_ID.getName(), result.lead().getId())
              .putValue(INITIATOR.getName(), actor)));
    }
    return result;
  }
}
