package com.crmflow.platform.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda's queries that join {@code ACT_RU_AUTHORIZATION} to the rows they return — every list or count with
 * authorization checks (task lists, filter counts, the definitions a user may see) — are planned by PostgreSQL for
 * their actual parameters on every execution; all other statements (also the check of one resource, the inserts and
 * deletes of authorizations) may use PostgreSQL's plan cache as usual.
 *
 * <p>The JDBC driver turns a statement into a server-side prepared statement after its fifth execution on a
 * connection, and PostgreSQL may then use a generic plan that ignores the parameter values: for the authorization
 * checks ({@code A.PERMS_ & ? = ?}) it cannot use the expression statistics of {@link AuthorizationQueryStatistics}
 * (a staff user's task list 317 ms instead of 9 ms at 100 000 open tasks). These statements are therefore never
 * server-prepared ({@code PGStatement.setPrepareThreshold(0)}): each execution is an unnamed statement, planned with
 * its parameters. Until issue 9 every statement of every connection was planned per execution
 * ({@code plan_cache_mode=force_custom_plan}): planning the simple ones again (primary-key reads, inserts, updates)
 * was about half of PostgreSQL's CPU for a task submission (claim + submit-form: 12 ms → 6 ms per pair).
 */
@Component
public class AuthorizationChecksPlannedPerExecution extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationChecksPlannedPerExecution.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if ("postgres".equals(configuration.getDatabaseType())) {
      configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Unprepared());
      LOG.info("Camunda statements on ACT_RU_AUTHORIZATION are planned for their parameters on every execution");
    }
  }

  /** Marks the queries that join the authorization table as never to be server-prepared. */
  @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
  static final class Unprepared implements Interceptor {

    /** Camunda's authorization join ({@code authCheckJoin…} of its mappings): {@code … ) AUTH ON (AUTH.RESOURCE_ID_ …}. */
    static final Pattern AUTH_JOIN = Pattern.compile("\\bAUTH\\d*\\s+ON\\s*\\(");

    private static final String PREPARE = "prepare";
    private static volatile Method setPrepareThreshold;
    private static volatile Class<?> pgStatement;

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      Object statement = invocation.proceed();
      StatementHandler handler = (StatementHandler) invocation.getTarget();
      if (statement instanceof Statement jdbc && checksAuthorizations(handler.getBoundSql().getSql())) {
        neverServerPrepared(jdbc);
      }
      return statement;
    }

    static boolean checksAuthorizations(String sql) {
      // Camunda's mappings write table names and aliases in upper case; most statements stop at contains()
      return sql != null && sql.contains("ACT_RU_AUTHORIZATION") && joinsAuth(sql);
    }

    /**
     * {@link #AUTH_JOIN}'s {@code find()}, without the regular expression: every check of one permission (claim,
     * submit, start: {@code SELECT CASE WHEN EXISTS (… ACT_RU_AUTHORIZATION …)}) names the table but has no such
     * join, and the expression scanned its whole text for nothing — 5 % of the CPU of claim + submit-form (issue 9).
     * Here only the places where {@code AUTH} starts are looked at ({@link String#indexOf}).
     */
    static boolean joinsAuth(String sql) {
      int n = sql.length();
      for (int at = sql.indexOf("AUTH"); at >= 0; at = sql.indexOf("AUTH", at + 1)) {
        if (at > 0 && isWordChar(sql.charAt(at - 1))) {
          continue; // \b
        }
        int i = at + 4;
        while (i < n && sql.charAt(i) >= '0' && sql.charAt(i) <= '9') {
          i++; // \d*
        }
        int spaces = i;
        while (i < n && isSpace(sql.charAt(i))) {
          i++; // \s+
        }
        if (i == spaces || !sql.startsWith("ON", i)) {
          continue;
        }
        i += 2;
        while (i < n && isSpace(sql.charAt(i))) {
          i++; // \s*
        }
        if (i < n && sql.charAt(i) == '(') {
          return true;
        }
      }
      return false;
    }

    /** What {@code \\b} counts as a word character (java.util.regex: a letter, a digit or '_'). */
    private static boolean isWordChar(char c) {
      return c == '_' || Character.isLetterOrDigit(c);
    }

    /** {@code \\s} of java.util.regex: [ \\t\\n\\x0B\\f\\r]. */
    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** {@code PGStatement.setPrepareThreshold(0)}; the driver is a runtime dependency only. */
    static void neverServerPrepared(Statement statement) throws Exception {
      Class<?> pg = pgStatement;
      if (pg == null) {
        pg = Class.forName("org.postgresql.PGStatement", false, statement.getClass().getClassLoader());
        pgStatement = pg;
      }
      if (!statement.isWrapperFor(pg)) {
        return;
      }
      Object target = statement.unwrap(pg);
      Method m = setPrepareThreshold;
      if (m == null) {
        m = pg.getMethod("setPrepareThreshold", int.class);
        setPrepareThreshold = m;
      }
      m.invoke(target, 0);
    }

    /**
     * Wraps statement handlers only, in a proxy of our own: MyBatis' {@code Plugin.wrap} reads this class's
     * annotations by reflection again for every object it is offered (executors, parameter and result handlers,
     * statement handlers: several per statement).
     */
    @Override
    public Object plugin(Object target) {
      if (!(target instanceof StatementHandler handler)) {
        return target;
      }
      return Proxy.newProxyInstance(StatementHandler.class.getClassLoader(), new Class<?>[] {StatementHandler.class},
          (proxy, method, args) -> {
            try {
              Object result = method.invoke(handler, args);
              if (PREPARE.equals(method.getName()) && result instanceof Statement jdbc
                  && checksAuthorizations(handler.getBoundSql().getSql())) {
                neverServerPrepared(jdbc);
              }
              return result;
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }

    @Override
    public void setProperties(Properties properties) {}
  }
}
