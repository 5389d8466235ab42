package com.crmflow.customer.api;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.customer.domain.ContactInput;
import com.crmflow.customer.domain.CustomerArchive;
import com.crmflow.customer.domain.CustomerChanges;
import com.crmflow.customer.domain.CustomerFields;
import com.crmflow.customer.domain.CustomerInput;
import com.crmflow.customer.domain.DuplicateCustomerException;
import com.crmflow.customer.domain.CreditCode;
import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.text.SafeText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of a customer list from CSV (UTF-8, optional BOM, Chinese or English headers). Each row is its own
 * transaction and gets its own result: created, updated, unchanged or refused with the reason naming the column.
 * A customer is found by its unified social credit code, else its name; empty cells leave stored values as they
 * are, so importing the same file again changes nothing. One contact per row (联系人, 联系电话, 电子邮箱, 职务):
 * rows repeating a customer add its further contacts; a contact is matched by name.
 */
@Component
public class CustomerImport {

  private static final Logger LOG = LoggerFactory.getLogger(CustomerImport.class);
  static final int MAX_BYTES = 10 * 1024 * 1024;
  static final int MAX_ROWS = 20_000;

  /** The columns and the headers accepted for each (compared without case, spaces and a "(unit)" suffix). */
  enum Col {
    NAME("name", "客户名称", "客户名", "名称", "name", "customername", "customer"),
    CREDIT_CODE("creditCode", "统一社会信用代码", "社会信用代码", "信用代码", "creditcode", "unifiedsocialcreditcode", "uscc"),
    ADDRESS("address", "地址", "客户地址", "注册地址", "address"),
    INDUSTRY("industry", "行业", "所属行业", "industry"),
    SCALE("scale", "规模", "企业规模", "客户规模", "scale", "size"),
    BUSINESS_SCOPE("businessScope", "经营范围", "businessscope"),
    OWNER("owner", "客户负责人", "负责人", "客户经理", "owner"),
    STATUS("status", "状态", "客户状态", "status"),
    GRADE("grade", "客户等级", "等级", "客户级别", "grade"),
    CREDIT_RATING("creditRating", "信用等级", "信用评级", "creditrating"),
    ANNUAL_PURCHASE_AMOUNT("annualPurchaseAmount", "年采购额", "年采购金额", "annualpurchaseamount"),
    PURCHASE_FREQUENCY("purchaseFrequency", "采购频率", "采购频次", "purchasefrequency"),
    PROFIT_CONTRIBUTION("profitContribution", "利润贡献", "profitcontribution"),
    COOPERATION_YEARS("cooperationYears", "合作年限", "cooperationyears"),
    GROWTH_POTENTIAL("growthPotential", "发展潜力", "增长潜力", "growthpotential"),
    MARKET_INFLUENCE("marketInfluence", "市场影响力", "marketinfluence"),
    NEXT_VISIT_DATE("nextVisitDate", "下次回访日期", "nextvisitdate"),
    CONTACT_NAME("contacts[0].name", "联系人", "联系人姓名", "contactname", "contact"),
    CONTACT_PHONE("contacts[0].phone", "联系电话", "电话", "手机", "contactphone", "phone"),
    CONTACT_EMAIL("contacts[0].email", "电子邮箱", "邮箱", "电子邮件", "contactemail", "email"),
    CONTACT_POSITION("contacts[0].position", "职务", "职位", "contactposition", "position");

    final String field;
    final List<String> headers;

    Col(String field, String... headers) {
      this.field = field;
      this.headers = List.of(headers);
    }
  }

  public record RowResult(long row, String status, Long customerId, String name, String reason, String column) {}

  public record Report(int rows, int created, int updated, int unchanged, int refused, List<RowResult> results) {}

  public static final String CREATED = "created";
  public static final String UPDATED = "updated";
  public static final String UNCHANGED = "unchanged";
  public static final String REFUSED = "refused";

  private final CustomerArchive service;
  private final CustomerRepository customers;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final DuplicateAnswer duplicates;

  public CustomerImport(CustomerArchive service, CustomerRepository customers, AuditLog audit,
      PlatformTransactionManager transactions, DuplicateAnswer duplicates) {
    this.duplicates = duplicates;
    this.service = service;
    this.customers = customers;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** A row refused for a reason, naming its column when there is one. */
  static class Refusal extends RuntimeException {
    final String column;

    Refusal(String column, String message) {
      super(message);
      this.column = column;
    }
  }

  /** One parsed row: the customer fields given (null = empty cell) and its contact, if any. */
  record Row(long line, CustomerInput customer, ContactInput contact) {}

  public Report run(byte[] body, String actor) {
    String text = decode(body);
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
    List<RowResult> results = new ArrayList<>();
    Map<String, Row> seen = new HashMap<>(); // canonical name / credit code → first successful row of that customer
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Map<Col, String> columns = columns(parser.getHeaderNames());
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException malformed) {
          // e.g. an unterminated quote: nothing after it can be read reliably
          results.add(new RowResult(parser.getCurrentLineNumber(), REFUSED, null, null,
              "CSV 格式错误，此行及其后各行无法读取：" + malformed.getMessage(), null));
          break;
        }
        if (results.size() >= MAX_ROWS) {
          throw new InvalidFieldException("file", "每次最多导入 " + MAX_ROWS + " 行");
        }
        results.add(importRow(record, columns, seen, actor));
      }
    } catch (IOException e) {
      throw new InvalidFieldException("file", "无法读取 CSV：" + e.getMessage());
    } catch (IllegalArgumentException e) {
      // Commons CSV: duplicate or empty header names
      throw new InvalidFieldException("columns", "表头有误：" + e.getMessage());
    }
    Report report = report(results);
    audit.record(actor, AuditLog.IMPORT, "customer-import", null, "rows " + report.rows() + ": created "
        + report.created() + ", updated " + report.updated() + ", unchanged " + report.unchanged() + ", refused "
        + report.refused());
    return report;
  }

  private RowResult importRow(CSVRecord record, Map<Col, String> columns, Map<String, Row> seen, String actor) {
    long line = record.getRecordNumber() + 1; // the header is line 1
    String name = null;
    try {
      if (!record.isConsistent()) {
        throw new Refusal(null, "列数（" + record.size() + "）与表头（" + columns.size() + "）不一致");
      }
      Row row = parse(line, record, columns);
      name = row.customer().name();
      checkAgainstEarlierRows(row, seen, columns);
      Row r = row;
      RowResult result = transaction.execute(s -> apply(r, actor));
      seen.putIfAbsent(key(row.customer().name()), row);
      if (row.customer().creditCode() != null) {
        seen.putIfAbsent(key(row.customer().creditCode()), row);
      }
      return result;
    } catch (Refusal e) {
      return new RowResult(line, REFUSED, null, name, e.getMessage(), e.column);
    } catch (DuplicateCustomerException e) {
      // the existing customer's id only for an importer who may see it (DuplicateAnswer)
      return new RowResult(line, REFUSED, duplicates.visibleId(e.existingId()).orElse(null), name,
          duplicates.message(e), columnOf(e.field(), columns));
    } catch (InvalidFieldException e) {
      String column = columnOf(e.field(), columns);
      String message = e.getMessage().startsWith(e.field() + "：") ? e.getMessage().substring(e.field().length() + 1)
          : e.getMessage();
      return new RowResult(line, REFUSED, null, name, (column == null ? e.field() : "「" + column + "」") + "："
          + message, column);
    } catch (BusinessRuleException e) {
      return new RowResult(line, REFUSED, null, name, e.getMessage(), null);
    } catch (DataAccessException e) {
      LOG.warn("Customer import line {} failed: {}", line, e.getClass().getSimpleName());
      return new RowResult(line, REFUSED, null, name, "保存失败（可能与同时进行的修改冲突），请重试该行", null);
    } catch (RuntimeException e) {
      // never the row's content in the log: it may hold personal data
      LOG.error("Customer import line {} failed: {}", line, e.getClass().getName());
      return new RowResult(line, REFUSED, null, name, "内部错误，该行未导入", null);
    }
  }

  /** Creates or merges one row; runs in the row's own transaction. */
  private RowResult apply(Row row, String actor) {
    CustomerInput in = row.customer();
    String how = "import line " + row.line();
    Optional<Customer> byCode = in.creditCode() == null ? Optional.empty() : customers.findByCreditCode(in.creditCode());
    Optional<Customer> byName = customers.findByName(in.name());
    if (byCode.isPresent() && byName.isPresent() && !byCode.get().getId().equals(byName.get().getId())) {
      throw new Refusal(null, "统一社会信用代码属于" + duplicates.name(byCode.get().getId()) + "，名称却属于"
          + duplicates.name(byName.get().getId()) + "：请核对");
    }
    if (byCode.isEmpty() && byName.isPresent() && byName.get().getCreditCode() != null && in.creditCode() != null) {
      throw new DuplicateCustomerException("name", byName.get().getId(), "客户名称「" + in.name()
          + "」已属于统一社会信用代码不同的另一个客户");
    }
    Optional<Customer> existing = byCode.isPresent() ? byCode : byName;
    List<ContactInput> contacts = row.contact() == null ? List.of() : List.of(row.contact());
    if (existing.isEmpty()) {
      Customer c = service.create(withContacts(in, contacts), actor, how);
      return new RowResult(row.line(), CREATED, c.getId(), c.getName(), null, null);
    }
    Customer c = existing.get();
    CustomerChanges changes = service.mergeInto(c.getId(), withContacts(merge(c, in), contacts), actor, how);
    return new RowResult(row.line(), changes.none() ? UNCHANGED : UPDATED, c.getId(), c.getName(),
        changes.none() ? null : changes.describe(), null);
  }

  /** The stored customer overlaid with the row's non-empty cells. */
  private static CustomerInput merge(Customer c, CustomerInput in) {
    return new CustomerInput(or(in.name(), c.getName()), or(in.creditCode(), c.getCreditCode()),
        or(in.address(), c.getAddress()), or(in.industry(), c.getIndustry()), or(in.scale(), c.getScale()),
        or(in.businessScope(), c.getBusinessScope()), or(in.owner(), c.getOwner()), or(in.status(), c.getStatus()),
        or(in.grade(), c.getGrade()), or(in.creditRating(), c.getCreditRating()),
        or(in.annualPurchaseAmount(), c.getAnnualPurchaseAmount()), or(in.purchaseFrequency(), c.getPurchaseFrequency()),
        or(in.profitContribution(), c.getProfitContribution()), or(in.cooperationYears(), c.getCooperationYears()),
        or(in.growthPotential(), c.getGrowthPotential()), or(in.marketInfluence(), c.getMarketInfluence()),
        or(in.nextVisitDate(), c.getNextVisitDate()), List.of());
  }

  private static CustomerInput withContacts(CustomerInput in, List<ContactInput> contacts) {
    return new CustomerInput(in.name(), in.creditCode(), in.address(), in.industry(), in.scale(), in.businessScope(),
        in.owner(), in.status(), in.grade(), in.creditRating(), in.annualPurchaseAmount(), in.purchaseFrequency(),
        in.profitContribution(), in.cooperationYears(), in.growthPotential(), in.marketInfluence(),
        in.nextVisitDate(), contacts);
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }

  /**
   * Two rows of one customer must not contradict each other (else a second import would flip the data back):
   * a value both rows give must be the same, and so must the details of a contact both name.
   */
  private void checkAgainstEarlierRows(Row row, Map<String, Row> seen, Map<Col, String> columns) {
    Row earlier = seen.get(key(row.customer().name()));
    if (earlier == null && row.customer().creditCode() != null) {
      earlier = seen.get(key(row.customer().creditCode()));
    }
    if (earlier == null) {
      return;
    }
    Customer a = probe(earlier.customer());
    Customer b = probe(row.customer());
    Map<String, Object> fa = CustomerFields.fields(a);
    Map<String, Object> fb = CustomerFields.fields(b);
    for (String field : fa.keySet()) {
      Object x = fa.get(field);
      Object y = fb.get(field);
      if (x != null && y != null && !(x instanceof BigDecimal bx && y instanceof BigDecimal by
          ? bx.compareTo(by) == 0 : x.equals(y))) {
        throw new Refusal(columnOf(field, columns), "与第 " + earlier.line() + " 行是同一客户，但「"
            + columnOf(field, columns) + "」不同");
      }
    }
    if (earlier.contact() != null && row.contact() != null && earlier.contact().name().equals(row.contact().name())) {
      ContactInput x = earlier.contact();
      ContactInput y = row.contact();
      if (differs(x.phone(), y.phone()) || differs(x.email(), y.email()) || differs(x.position(), y.position())) {
        throw new Refusal(columns.get(Col.CONTACT_NAME), "与第 " + earlier.line()
            + " 行是同一联系人，但联系方式或职务不同");
      }
    }
  }

  private static boolean differs(String a, String b) {
    return a != null && b != null && !a.equals(b);
  }

  private static Customer probe(CustomerInput in) {
    Customer c = new Customer();
    c.setName(in.name());
    c.setCreditCode(in.creditCode());
    c.setAddress(in.address());
    c.setIndustry(in.industry());
    c.setScale(in.scale());
    c.setBusinessScope(in.businessScope());
    c.setOwner(in.owner());
    c.setStatus(in.status());
    c.setGrade(in.grade());
    c.setCreditRating(in.creditRating());
    c.setAnnualPurchaseAmount(in.annualPurchaseAmount());
    c.setPurchaseFrequency(in.purchaseFrequency());
    c.setProfitContribution(in.profitContribution());
    c.setCooperationYears(in.cooperationYears());
    c.setGrowthPotential(in.growthPotential());
    c.setMarketInfluence(in.marketInfluence());
    c.setNextVisitDate(in.nextVisitDate());
    return c;
  }

  private static String key(String nameOrCode) {
    return nameOrCode == null ? "" : nameOrCode;
  }

  // ------------------------------------------------------------------ parsing

  private static String decode(byte[] body) {
    if (body == null || body.length == 0) {
      throw new InvalidFieldException("file", "文件为空");
    }
    if (body.length > MAX_BYTES) {
      throw new InvalidFieldException("file", "文件不能超过 " + MAX_BYTES / 1024 / 1024 + " MB");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidFieldException("file", "文件不是 UTF-8 编码（Excel：另存为「CSV UTF-8（逗号分隔）」）");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  static Map<Col, String> columns(List<String> headers) {
    Map<Col, String> columns = new EnumMap<>(Col.class);
    List<String> unknown = new ArrayList<>();
    for (String header : headers) {
      String bad = SafeText.problem(header);
      if (bad != null) {
        throw new InvalidFieldException("columns", "表头" + bad);
      }
      String h = normalizeHeader(header);
      Optional<Col> col = java.util.Arrays.stream(Col.values()).filter(c -> c.headers.contains(h)).findFirst();
      if (col.isEmpty()) {
        if (!h.isEmpty()) {
          unknown.add(header);
        }
        continue;
      }
      if (columns.containsKey(col.get())) {
        throw new InvalidFieldException("columns", "「" + columns.get(col.get()) + "」和「" + header + "」是同一列");
      }
      columns.put(col.get(), header);
    }
    if (!unknown.isEmpty()) {
      throw new InvalidFieldException("columns", "不认识的列：" + String.join("、", unknown) + "（可用：客户名称、统一社会信用代码、"
          + "地址、行业、规模、经营范围、客户负责人、客户状态、客户等级、信用等级、年采购额、采购频率、利润贡献、合作年限、发展潜力、"
          + "市场影响力、下次回访日期、联系人、联系电话、电子邮箱、职务，或对应的英文字段名）");
    }
    if (!columns.containsKey(Col.NAME)) {
      throw new InvalidFieldException("columns", "缺少「客户名称」（name）列");
    }
    return columns;
  }

  static String normalizeHeader(String header) {
    String h = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC).replace("\uFEFF", "");
    h = h.replaceAll("\\(.*\\)", "").replace("*", "");
    return h.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
  }

  private static String columnOf(String field, Map<Col, String> columns) {
    if (field == null) {
      return null;
    }
    for (Map.Entry<Col, String> e : columns.entrySet()) {
      if (e.getKey().field.equals(field)) {
        return e.getValue();
      }
    }
    return null;
  }

  private Row parse(long line, CSVRecord record, Map<Col, String> columns) {
    Map<Col, String> v = new LinkedHashMap<>();
    columns.forEach((col, header) -> {
      String value = record.get(header);
      String bad = SafeText.problem(value);
      if (bad != null) {
        throw new Refusal(header, "「" + header + "」" + bad);
      }
      v.put(col, value == null || value.isBlank() ? null : value.trim());
    });
    String name = CustomerFields.canonicalName(v.get(Col.NAME));
    if (name == null) {
      throw new Refusal(columns.get(Col.NAME), "「" + columns.get(Col.NAME) + "」不能为空");
    }
    CustomerInput customer = new CustomerInput(name, CreditCode.normalize(v.get(Col.CREDIT_CODE)),
        v.get(Col.ADDRESS), v.get(Col.INDUSTRY), scale(v.get(Col.SCALE)), v.get(Col.BUSINESS_SCOPE), v.get(Col.OWNER),
        status(v.get(Col.STATUS)), grade(v.get(Col.GRADE)), v.get(Col.CREDIT_RATING),
        decimal(Col.ANNUAL_PURCHASE_AMOUNT, v, columns), integer(Col.PURCHASE_FREQUENCY, v, columns),
        decimal(Col.PROFIT_CONTRIBUTION, v, columns), integer(Col.COOPERATION_YEARS, v, columns),
        integer(Col.GROWTH_POTENTIAL, v, columns), integer(Col.MARKET_INFLUENCE, v, columns),
        date(Col.NEXT_VISIT_DATE, v, columns), List.of());
    ContactInput contact = null;
    if (v.get(Col.CONTACT_NAME) != null) {
      contact = new ContactInput(null, v.get(Col.CONTACT_NAME), v.get(Col.CONTACT_PHONE), v.get(Col.CONTACT_EMAIL),
          v.get(Col.CONTACT_POSITION));
    } else if (v.get(Col.CONTACT_PHONE) != null || v.get(Col.CONTACT_EMAIL) != null
        || v.get(Col.CONTACT_POSITION) != null) {
      throw new Refusal(columns.get(Col.CONTACT_NAME) == null ? "联系人" : columns.get(Col.CONTACT_NAME),
          "有联系电话、电子邮箱或职务时必须填写联系人");
    }
    return new Row(line, customer, contact);
  }

  private static final Map<String, String> SCALES = Map.of("微型", "micro", "小型", "small", "中型", "medium",
      "大型", "large");
  private static final Map<String, String> STATUSES = Map.of("正常", "ACTIVE", "在用", "ACTIVE", "活跃", "ACTIVE",
      "有效", "ACTIVE", "停用", "INACTIVE", "非活跃", "INACTIVE", "无效", "INACTIVE");

  static String scale(String s) {
    if (s == null) {
      return null;
    }
    String x = s.replace("企业", "");
    return SCALES.getOrDefault(x, s.toLowerCase(Locale.ROOT));
  }

  static String status(String s) {
    return s == null ? null : STATUSES.getOrDefault(s, s.toUpperCase(Locale.ROOT));
  }

  static String grade(String s) {
    if (s == null) {
      return null;
    }
    for (Map.Entry<String, String> e : CustomerFields.GRADES.entrySet()) {
      if (e.getValue().equals(s)) {
        return e.getKey();
      }
    }
    return s.replaceAll("[级类]$", "").toUpperCase(Locale.ROOT);
  }

  private static BigDecimal decimal(Col col, Map<Col, String> v, Map<Col, String> columns) {
    String s = v.get(col);
    if (s == null) {
      return null;
    }
    try {
      return new BigDecimal(s.replace(",", ""));
    } catch (NumberFormatException e) {
      throw new Refusal(columns.get(col), "「" + columns.get(col) + "」不是数字：" + s);
    }
  }

  private static Integer integer(Col col, Map<Col, String> v, Map<Col, String> columns) {
    String s = v.get(col);
    if (s == null) {
      return null;
    }
    try {
      return Integer.valueOf(s.replace(",", ""));
    } catch (NumberFormatException e) {
      throw new Refusal(columns.get(col), "「" + columns.get(col) + "」不是整数：" + s);
    }
  }

  private static LocalDate date(Col col, Map<Col, String> v, Map<Col, String> columns) {
    String s = v.get(col);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.replace('/', '-'), DateTimeFormatter.ofPattern("yyyy-M-d"));
    } catch (DateTimeParseException e) {
      throw new Refusal(columns.get(col), "「" + columns.get(col) + "」不是日期（2027-03-31）：" + s);
    }
  }

  private static Report report(List<RowResult> results) {
    Map<String, Integer> counts = new HashMap<>();
    results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    return new Report(results.size(), counts.getOrDefault(CREATED, 0), counts.getOrDefault(UPDATED, 0),
        counts.getOrDefault(UNCHANGED, 0), counts.getOrDefault(REFUSED, 0), results);
  }
}
