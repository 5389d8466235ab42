package com.crmflow.platform.forms;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.type.AbstractFormFieldType;
import org.springframework.stereotype.Component;

/** Registers the form field type {@link JsonFormType} ({@code json}) with the engine. */
@Component
public class JsonFormTypePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<AbstractFormFieldType> types = configuration.getCustomFormTypes() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomFormTypes());
    types.add(new JsonFormType());
    configuration.setCustomFormTypes(types);
  }
}
