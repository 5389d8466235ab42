package com.crmflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * tasklist/scripts/crmflow-forms.js against the Camunda webapp bundle on the classpath: the webpack modules it
 * patches (form-js' Form, preact) are still where it looks for them, Tasklist still judges a form by the keys of
 * form-js' errors, and form-js still has the English texts the script translates. After a Camunda upgrade this test
 * names what moved (ProjectPlanBrowserIT and ReturnVisitBrowserIT show the effect in a browser).
 */
class TasklistFormsScriptTest {

  private static final String CAMUNDA = "META-INF/resources/webjars/camunda/";
  private static String script;
  private static String deps;
  private static String tasklist;

  @BeforeAll
  static void read() throws IOException {
    script = resource(CAMUNDA + "app/tasklist/scripts/crmflow-forms.js");
    deps = resource(CAMUNDA + "lib/deps.js");
    tasklist = resource(CAMUNDA + "app/tasklist/camunda-tasklist-bootstrap.js");
  }

  @Test
  void tasklistLoadsTheScript() throws IOException {
    assertThat(resource(CAMUNDA + "app/tasklist/scripts/config.js"))
        .containsPattern("customScripts: \\[[^\\]]*'scripts/crmflow-forms.js'");
  }

  @Test
  void tasklistDisablesCompleteWhileFormJsErrorsHaveAnyKey() {
    // directive camTasklistFormCamunda: form-js "changed" -> notifyFormValidated(invalid)
    assertThat(tasklist).contains("v.on(\"changed\",(function(e){h.notifyFormDirty(!0);"
        + "var t=!!Object.keys(e.errors).length;h.notifyFormValidated(t)}))");
  }

  @Test
  void formJsKeepsAnEmptyEntryForAValidFieldOfAListRowAndStoresItThroughSetState() {
    String form = module(constant("FORM_JS_VIEWER"));
    // Form#_update: errors of a field instance under [id, ...row indexes]; undefined (valid) deletes only the leaf
    assertThat(form).contains("r.set(l,[i,...Object.values(s||{})],c.length?c:void 0)")
        .contains("_setState(e){this._state={...this._state,...e},this._emit(\"changed\",this._getState())}")
        .contains("t.Form=");
  }

  @Test
  void preactOffersTheVnodeHookFormJsElementsGoThrough() {
    assertThat(module(constant("PREACT"))).contains("options:function(){return r}");
    assertThat(deps).contains("i.options.vnode&&i.options.vnode(d),d");
  }

  @Test
  void everyEnglishTextTheScriptTranslatesIsStillFormJsText() {
    String form = module(constant("FORM_JS_VIEWER"));
    List<String> missing = new ArrayList<>();
    Matcher text = Pattern.compile("^\\s+'([^']+)':", Pattern.MULTILINE).matcher(block("const TEXTS = {", "};"));
    int count = 0;
    while (text.find()) {
      count++;
      String english = text.group(1);
      // the one text form-js puts together: "Value is expected to "+"be an integer"+"."
      boolean composed = english.equals("Value is expected to be an integer.")
          && form.contains("\"Value is expected to \"+(0===n?\"be an integer\"");
      if (!form.contains("\"" + english + "\"") && !composed) {
        missing.add(english);
      }
    }
    assertThat(count).isGreaterThan(10);
    for (String english : List.of("`Expand all (${", "`Remove list item ${", "`Field must have minimum value of ${",
        "`Field must have maximum value of ${", "`Field must have minimum length of ${",
        "`Field must have maximum length of ${", "`Field must match pattern ${", "Value is expected to ",
        "`Please select a valid value, the two nearest valid values are ${")) {
      if (!form.contains(english)) {
        missing.add(english);
      }
    }
    assertThat(missing).as("texts no longer in form-js").isEmpty();
    assertThat(form).as("the select's placeholder").contains("children:_||\"Select\"");
  }

  private static int constant(String name) {
    Matcher m = Pattern.compile("const " + name + " = (\\d+);").matcher(script);
    assertThat(m.find()).as(name + " in crmflow-forms.js").isTrue();
    return Integer.parseInt(m.group(1));
  }

  /** The source of one webpack module of deps.js. */
  private static String module(int id) {
    Matcher start = Pattern.compile("[,{]" + id + ":function\\(").matcher(deps);
    assertThat(start.find()).as("webpack module %s in lib/deps.js", id).isTrue();
    Matcher next = Pattern.compile("},\\d+:function\\(").matcher(deps);
    int end = next.find(start.end()) ? next.start() : deps.length();
    return deps.substring(start.start(), end);
  }

  private static String block(String from, String to) {
    int start = script.indexOf(from);
    assertThat(start).as(from).isNotNegative();
    return script.substring(start, script.indexOf(to, start));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TasklistFormsScriptTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
