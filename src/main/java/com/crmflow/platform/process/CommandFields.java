package com.crmflow.platform.process;

import java.lang.reflect.Field;

/** Reads an argument of a Camunda engine command: the command classes keep them in protected fields without getters. */
public final class CommandFields {

  private CommandFields() {}

  public static Object read(Object command, String fieldName) {
    Class<?> type = command.getClass();
    while (type != null) {
      try {
        Field f = type.getDeclaredField(fieldName);
        f.setAccessible(true);
        return f.get(command);
      } catch (NoSuchFieldException e) {
        type = type.getSuperclass();
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("Camunda command " + command.getClass().getName() + " has no field " + fieldName);
  }
}
