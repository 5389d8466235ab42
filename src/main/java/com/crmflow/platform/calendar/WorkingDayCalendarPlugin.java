package com.crmflow.platform.calendar;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Installs the working-day calendar as the engine's duration and due-date calendar. */
public class WorkingDayCalendarPlugin extends AbstractProcessEnginePlugin {

  private final WorkingCalendar calendar;

  public WorkingDayCalendarPlugin(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    MapBusinessCalendarManager manager = new MapBusinessCalendarManager();
    manager.addBusinessCalendar(DurationBusinessCalendar.NAME,
        new WorkingDayBusinessCalendar(new DurationBusinessCalendar(), calendar));
    manager.addBusinessCalendar(DueDateBusinessCalendar.NAME,
        new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(), calendar));
    manager.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(manager);
  }
}
