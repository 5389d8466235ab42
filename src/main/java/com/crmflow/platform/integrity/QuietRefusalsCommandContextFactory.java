package com.crmflow.platform.integrity;

import com.crmflow.platform.process.BusinessRuleException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;

/**
 * Command contexts that log a refused input like Camunda logs a refused permission: at DEBUG, not as an ERROR with a
 * stack trace. A failed command's exception is logged by its {@link CommandContext}; Camunda keeps only
 * optimistic-locking, bad-request and authorization failures at DEBUG and logs everything else at ERROR — including
 * a form validation failure, whose message quotes what the user typed. Refusals are expected and answered to the
 * user (400/403/404/409); real errors stay at ERROR.
 */
public class QuietRefusalsCommandContextFactory extends CommandContextFactory {

  @Override
  public CommandContext createCommandContext() {
    return new QuietRefusalsCommandContext(processEngineConfiguration);
  }

  static boolean isRefusal(Throwable e) {
    return e instanceof FormFieldValidationException || e instanceof BusinessRuleException
        || e instanceof EngineRequestException;
  }

  private static final class QuietRefusalsCommandContext extends CommandContext {

    QuietRefusalsCommandContext(ProcessEngineConfigurationImpl configuration) {
      super(configuration);
    }

    @Override
    protected boolean shouldLogFine(Throwable exception) {
      return super.shouldLogFine(exception) || isRefusal(exception);
    }
  }
}
