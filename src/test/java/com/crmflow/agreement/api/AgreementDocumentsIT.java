package com.crmflow.agreement.api;

import static com.crmflow.project.process.CustomerProjectRestIT.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.agreement.domain.Agreement;
import com.crmflow.agreement.domain.AgreementDocumentEncryption;
import com.crmflow.agreement.domain.AgreementRepository;
import com.crmflow.agreement.process.AgreementStarts;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.Verifies;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Agreement documents, the signed copy the signing needs, the Tasklist starts of amendments and terminations and
 * the draft a converted lead asks for — on PostgreSQL through real HTTP as the demo users, with what an insider
 * might try: another user's agreement, guessed ids, an executable or HTML page named .pdf, an oversized file, an
 * upload after the signature, signing without the signed copy through /engine-rest, extra variables, an agreement
 * the user may not change chosen on a start form.
 */
@IntegrationTest
class AgreementDocumentsIT {

  static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] EXE = "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);
  static final byte[] HTML = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired AgreementRepository agreements;
  @Autowired AgreementStarts starts;
  @Autowired JdbcTemplate jdbc;
  @Autowired AgreementDocumentEncryption encryption;

  Long customerId;

  @BeforeEach
  void customer() {
    Customer c = new Customer();
    c.setName("协议文件测试客户" + UUID.randomUUID());
    c.setOwner("lina");
    c.setCreatedAt(Instant.now());
    customerId = customers.save(c).getId();
  }

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  static String today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  }

  Map<String, Object> agreement() {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customerId);
    body.put("title", "年度招商合作协议");
    body.put("parties", "甲方：本公司；乙方：客户");
    body.put("rightsObligations", "甲方提供场地和招商政策，乙方按期入驻并按约经营");
    body.put("content", "产业园区招商合作");
    body.put("startDate", today());
    body.put("endDate", LocalDate.parse(today()).plusYears(1).toString());
    body.put("paymentTerms", "按季度银行转账");
    body.put("breachLiability", "逾期付款按日万分之五支付违约金");
    return body;
  }

  String claimed(String user, String businessKey, String key) {
    JsonNode tasks = as(user).get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey="
        + key).json();
    assertThat(tasks).as(user + " sees " + key).hasSize(1);
    String task = tasks.get(0).path("id").asText();
    assertThat(as(user).post("/engine-rest/task/" + task + "/claim", Map.of("userId", user)).status()).isEqualTo(204);
    return task;
  }

  /** Drafted by lina through the API and approved by xuhui: waiting for its signature. */
  String approved() {
    String number = as("lina").post("/api/agreements", agreement()).json().path("agreementNumber").asText();
    assertThat(as("xuhui").post("/engine-rest/task/" + claimed("xuhui", number, "Task_LegalReview") + "/submit-form",
        vars("decision", "approve")).status()).isEqualTo(204);
    return number;
  }

  Rest.Response sign(String user, String number) {
    return as(user).post("/engine-rest/task/" + claimed(user, number, "Task_RecordSigning") + "/submit-form",
        vars("ourRepresentative", "王总经理", "customerRepresentative", "刘董事长", "signedOn", today()));
  }

  String inForce() {
    String number = approved();
    assertThat(upload("xuhui", number, "signed", "签署版.pdf", PDF).status()).isEqualTo(201);
    assertThat(sign("xuhui", number).status()).isEqualTo(204);
    return number;
  }

  Rest.Response upload(String user, String number, String kind, String fileName, byte[] content) {
    String boundary = "----crm" + UUID.randomUUID();
    return as(user).postMultipart("/api/agreements/" + number + "/documents", boundary,
        multipart(boundary, kind, fileName, content));
  }

  /** A {@code multipart/form-data} body as a browser sends it: {@code kind}, then {@code file} (each left out when null). */
  static byte[] multipart(String boundary, String kind, String fileName, byte[] content) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (kind != null) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    if (content != null) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
          + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  /** The signed copy uploaded by legal (xuhui), as the signing needs it. */
  static void signedCopy(int port, String number) {
    AgreementDocumentsIT it = new AgreementDocumentsIT();
    it.port = port;
    Rest.Response r = it.upload("xuhui", number, "signed", "签署版.pdf", PDF);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  long documents() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM crm_agreement_document", Long.class);
  }

  int audited(String action, String documentId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM crm_audit_log WHERE entity_type = 'agreement-document' AND "
        + "action = ? AND entity_id = ?", Integer.class, action, documentId);
  }

  // ---------------------------------------------------------------------------------------------- happy path

  @Test
  @Verifies("P6.3")
  void theSignedCopyIsUploadedBeforeTheSigningAndEveryoneWhoSeesTheAgreementDownloadsIt() {
    String number = approved();
    Rest.Response draft = upload("lina", number, "草稿", "合作协议（第二稿）.pdf", PDF);
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    assertThat(draft.json().path("kindLabel").asText()).isEqualTo("草稿");
    assertThat(draft.json().path("contentType").asText()).isEqualTo("application/pdf");
    assertThat(draft.json().path("sha256").asText()).hasSize(64);
    String draftId = draft.json().path("id").asText();
    assertThat(UUID.fromString(draftId)).isNotNull();
    assertThat(draft.header("Location")).isEqualTo("/api/agreements/" + number + "/documents/" + draftId);

    // signing without the signed copy, through /engine-rest: refused naming 签署版, nothing changes
    Rest.Response unsigned = sign("xuhui", number);
    assertThat(unsigned.status()).isEqualTo(400);
    assertThat(unsigned.json().path("message").asText()).contains("签署版");
    assertThat(agreements.findByAgreementNumber(number).orElseThrow().getStatus()).isEqualTo(Agreement.APPROVED);
    String task = as("xuhui").get("/engine-rest/task?processInstanceBusinessKey=" + number).json().get(0).path("id")
        .asText();
    assertThat(as("xuhui").get("/engine-rest/task/" + task + "/form-variables").json().path("context").path("value")
        .asText()).contains("草稿「合作协议（第二稿）.pdf」").contains("/api/agreements/" + number + "/documents");

    Rest.Response signedCopy = upload("xuhui", number, "signed", "签署版.pdf", PDF);
    assertThat(signedCopy.status()).as(signedCopy.body()).isEqualTo(201);
    assertThat(as("xuhui").post("/engine-rest/task/" + task + "/submit-form", vars("ourRepresentative", "王总经理",
        "customerRepresentative", "刘董事长", "signedOn", today())).status()).isEqualTo(204);
    assertThat(agreements.findByAgreementNumber(number).orElseThrow().getStatus()).isEqualTo(Agreement.IN_FORCE);

    JsonNode list = as("wuxia").get("/api/agreements/" + number + "/documents").json();
    assertThat(list).extracting(d -> d.path("kindLabel").asText()).containsExactly("草稿", "签署版");
    Rest.Response download = as("wuxia").get("/api/agreements/" + number + "/documents/" + draftId);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType()).as("the type found in the content").startsWith("application/pdf");
    assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.body().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(PDF);
    assertThat(audited("CREATE", draftId)).isEqualTo(1);
    assertThat(audited("READ", draftId)).isEqualTo(1);

    // after the signature the documents of this version are fixed
    long before = documents();
    Rest.Response late = upload("lina", number, "attachment", "补充.pdf", PDF);
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.json().path("detail").asText()).contains("协议签订后本版本的文件不能再增加");
    assertThat(documents()).isEqualTo(before);
  }

  // ---------------------------------------------------------------------------------------------- encryption at rest

  byte[] stored(String documentId) {
    return jdbc.queryForObject("SELECT content FROM crm_agreement_document_content WHERE document_id = ?",
        byte[].class, UUID.fromString(documentId));
  }

  Integer keyId(String documentId) {
    return jdbc.queryForObject("SELECT key_id FROM crm_agreement_document_content WHERE document_id = ?",
        Integer.class, UUID.fromString(documentId));
  }

  static String sha256(byte[] b) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
  }

  /**
   * The bytes are stored encrypted with the data keyset (V24), the SHA-256 is the upload's, the download is the
   * upload; changed ciphertext, another document's ciphertext and a changed SHA-256 are refused with a clear message.
   */
  @Test
  @Verifies("P6.3")
  void documentsAreEncryptedAtRestAndTamperedCiphertextIsRefused() throws Exception {
    String number = approved();
    Rest.Response up = upload("lina", number, "draft", "草稿.pdf", PDF);
    assertThat(up.status()).as(up.body()).isEqualTo(201);
    String id = up.json().path("id").asText();
    byte[] stored = stored(id);
    assertThat(stored).as("ciphertext, not the upload").isNotEqualTo(PDF)
        .hasSizeGreaterThan(PDF.length);
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
    assertThat(keyId(id)).isNotNull();
    assertThat(up.json().path("sha256").asText()).as("SHA-256 of the plaintext").isEqualTo(sha256(PDF));
    Rest.Response download = as("lina").get("/api/agreements/" + number + "/documents/" + id);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(PDF);

    // one bit of the ciphertext changed: refused, nothing served
    byte[] tampered = stored.clone();
    tampered[tampered.length - 1] ^= 0x01;
    jdbc.update("UPDATE crm_agreement_document_content SET content = ? WHERE document_id = ?", tampered,
        UUID.fromString(id));
    Rest.Response refused = as("lina").get("/api/agreements/" + number + "/documents/" + id);
    assertThat(refused.status()).isEqualTo(500);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().path("title").asText()).isEqualTo("数据完整性校验失败");
    assertThat(refused.json().path("detail").asText()).contains("草稿「草稿.pdf」未通过完整性校验，已拒绝下载")
        .contains("存储的密文无法解密");
    assertThat(refused.body()).doesNotContain("%PDF");
    assertThat(audited("READ", id)).as("only the good download").isEqualTo(1);

    // another document's valid ciphertext copied into this row: bound to its own id, refused
    String otherId = upload("lina", number, "attachment", "附件.png", PNG).json().path("id").asText();
    jdbc.update("UPDATE crm_agreement_document_content SET content = ? WHERE document_id = ?", stored(otherId),
        UUID.fromString(id));
    assertThat(as("lina").get("/api/agreements/" + number + "/documents/" + id).status()).isEqualTo(500);

    // the right ciphertext again but the recorded SHA-256 changed: refused as well
    jdbc.update("UPDATE crm_agreement_document_content SET content = ? WHERE document_id = ?", stored,
        UUID.fromString(id));
    assertThat(as("lina").get("/api/agreements/" + number + "/documents/" + id).status()).isEqualTo(200);
    jdbc.update("UPDATE crm_agreement_document SET sha256 = ? WHERE id = ?", sha256(PNG), UUID.fromString(id));
    Rest.Response changedHash = as("lina").get("/api/agreements/" + number + "/documents/" + id);
    assertThat(changedHash.status()).isEqualTo(500);
    assertThat(changedHash.json().path("detail").asText()).contains("SHA-256 与上传时记录的不一致");
  }

  /**
   * A row stored in plaintext before V24 (key_id NULL) is still served, checked by its SHA-256, and the start-up job
   * (the platform's encryptLegacyPlaintext over every EncryptedColumns) encrypts it exactly once.
   */
  @Test
  @Verifies("P6.3")
  void plaintextFromBeforeV24IsEncryptedOnceAndStaysDownloadable() throws Exception {
    String number = approved();
    String id = upload("lina", number, "draft", "旧草稿.pdf", PDF).json().path("id").asText();
    jdbc.update("UPDATE crm_agreement_document_content SET content = ?, key_id = NULL WHERE document_id = ?", PDF,
        UUID.fromString(id));
    assertThat(as("lina").get("/api/agreements/" + number + "/documents/" + id).body()
        .getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(PDF);
    assertThat(encryption.usage().plaintextValues()).isPositive();

    assertThat(encryption.encryptPlaintext().plaintextEncrypted()).isGreaterThanOrEqualTo(1);
    assertThat(keyId(id)).isNotNull();
    assertThat(stored(id)).isNotEqualTo(PDF);
    byte[] once = stored(id);
    assertThat(encryption.encryptPlaintext().plaintextEncrypted()).as("idempotent").isZero();
    assertThat(stored(id)).isEqualTo(once);
    assertThat(encryption.usage().plaintextValues()).isZero();
    assertThat(as("lina").get("/api/agreements/" + number + "/documents/" + id).body()
        .getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(PDF);
  }

  // ---------------------------------------------------------------------------------------------- insiders

  @Test
  @Verifies("P6.3")
  void anotherUsersAgreementAndGuessedIdsAnswer404AndOnlyTheDrafterOrLegalUpload() {
    String number = approved();
    String id = upload("lina", number, "draft", "草稿.pdf", PDF).json().path("id").asText();
    String other = approved();
    String otherId = upload("lina", other, "draft", "另一份.pdf", PDF).json().path("id").asText();

    assertThat(as("zhangwei").get("/api/agreements/" + number + "/documents").status()).isEqualTo(404);
    assertThat(as("zhangwei").get("/api/agreements/" + number + "/documents/" + id).status()).isEqualTo(404);
    assertThat(upload("zhangwei", number, "draft", "x.pdf", PDF).status()).isEqualTo(404);
    assertThat(Rest.anonymous(port).get("/api/agreements/" + number + "/documents/" + id).status()).isEqualTo(401);
    Rest.Response notDrafter = upload("wuxia", number, "draft", "x.pdf", PDF);
    assertThat(notDrafter.status()).as("crm-dept sees, but does not change").isEqualTo(403);
    assertThat(notDrafter.json().path("detail").asText()).contains("只有协议起草人和法务部门可以上传");
    // guessed or borrowed ids
    assertThat(as("lina").get("/api/agreements/" + number + "/documents/" + UUID.randomUUID()).status()).isEqualTo(404);
    assertThat(as("lina").get("/api/agreements/" + number + "/documents/" + otherId).status())
        .as("a document of another agreement under this one's number").isEqualTo(404);
    assertThat(as("lina").get("/api/agreements/" + number + "/documents/1").status()).isEqualTo(404);
    assertThat(audited("READ", otherId)).isZero();
  }

  @Test
  @Verifies("P6.3")
  void aFileIsCheckedByItsContentItsSizeAndItsNameAndNothingIsStoredWhenRefused() {
    String number = approved();
    long before = documents();
    Rest.Response exe = upload("lina", number, "attachment", "合同.pdf", EXE);
    assertThat(exe.status()).isEqualTo(400);
    assertThat(exe.json().path("detail").asText()).contains("文件类型不允许");
    assertThat(exe.json().path("fields").get(0).asText()).isEqualTo("file");
    assertThat(upload("lina", number, "attachment", "合同.pdf", HTML).json().path("detail").asText())
        .contains("文件类型不允许");
    assertThat(upload("lina", number, "attachment", "合同.pdf", PNG).json().path("detail").asText())
        .contains("与文件内容（PNG 图片）不符");
    Rest.Response big = upload("lina", number, "attachment", "大文件.pdf", oversized());
    assertThat(big.status()).isEqualTo(413);
    assertThat(big.json().path("detail").asText()).contains("文件过大").contains("10 MB");
    Rest.Response noFile = upload("lina", number, "attachment", null, null);
    assertThat(noFile.status()).isEqualTo(400);
    assertThat(noFile.json().path("detail").asText()).contains("file");
    assertThat(upload("lina", number, "contract", "合同.pdf", PDF).json().path("detail").asText())
        .contains("请选择文件类别");
    assertThat(upload("lina", number, "signed", "签署版.pdf", PDF).status()).as("approved: the signed copy").isEqualTo(201);
    assertThat(documents()).isEqualTo(before + 1);

    Rest.Response path = upload("lina", number, "attachment", "../../etc/附件:1.pdf", PDF);
    assertThat(path.status()).as(path.body()).isEqualTo(201);
    assertThat(path.json().path("fileName").asText()).isEqualTo("附件_1.pdf");
  }

  static byte[] oversized() {
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    return big;
  }

  // ---------------------------------------------------------------------------------------------- Tasklist starts

  @Test
  @Verifies("P6.5")
  void theDrafterAmendsFromTheTasklistStartFormWithOnlyTheirOwnAgreementsOnOffer() {
    String mine = inForce();
    Rest.Response form = as("lina").get(
        "/engine-rest/process-definition/key/agreement-amendment/form-variables?deserializeValues=false");
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    assertThat(form.json().path("amendableAgreementOptions").path("value").asText()).contains(mine);
    assertThat(as("zhangwei").get(
        "/engine-rest/process-definition/key/agreement-amendment/form-variables?deserializeValues=false").json()
        .path("amendableAgreementOptions").path("value").asText()).doesNotContain(mine);

    String start = "/engine-rest/process-definition/key/agreement-amendment/submit-form";
    Rest.Response foreign = as("zhangwei").post(start, vars("agreementNumber", mine, "content", "改为二期厂房"));
    assertThat(foreign.status()).isEqualTo(400);
    Rest.Response extra = as("lina").post(start, vars("agreementNumber", mine, "content", "改为二期厂房",
        "customerId", 1));
    assertThat(extra.status()).isEqualTo(400);
    assertThat(extra.json().path("message").asText()).contains("customerId");
    assertThat(agreements.findByAgreementNumber(mine + "-V2")).isEmpty();

    Rest.Response amended = as("lina").post(start, vars("agreementNumber", mine, "content", "产业园区招商合作，增加二期厂房"));
    assertThat(amended.status()).as(amended.body()).isEqualTo(200);
    Agreement v2 = agreements.findByAgreementNumber(mine + "-V2").orElseThrow();
    assertThat(v2.getContent()).isEqualTo("产业园区招商合作，增加二期厂房");
    assertThat(v2.getTitle()).isEqualTo("年度招商合作协议");
    assertThat(v2.getDraftedBy()).isEqualTo("lina");
    // the old version keeps its documents, the new one starts without
    assertThat(as("lina").get("/api/agreements/" + mine + "/documents").json()).hasSize(1);
    assertThat(as("lina").get("/api/agreements/" + v2.getAgreementNumber() + "/documents").json()).isEmpty();
  }

  @Test
  @Verifies("P6.5")
  void theDrafterAsksToTerminateFromTheTasklistStartFormAndAnotherUsersAgreementIsRefused() {
    String mine = inForce();
    String start = "/engine-rest/process-definition/key/agreement-termination/submit-form";
    Map<String, Object> request = new LinkedHashMap<>(Map.of("agreementNumber", mine, "reason", "客户经营范围调整",
        "effectiveOn", LocalDate.parse(today()).plusMonths(1).toString(), "settlement", "按实际入驻天数结算"));
    Rest.Response foreign = as("zhangwei").post(start, vars(flat(request)));
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(agreements.findByAgreementNumber(mine).orElseThrow().getTerminationRequestedAt()).isNull();
    request.put("initiator", "xuhui");
    assertThat(as("lina").post(start, vars(flat(request))).status()).as("an extra variable").isEqualTo(400);
    request.remove("initiator");

    Rest.Response requested = as("lina").post(start, vars(flat(request)));
    assertThat(requested.status()).as(requested.body()).isEqualTo(200);
    assertThat(agreements.findByAgreementNumber(mine).orElseThrow().getTerminationRequestedBy()).isEqualTo("lina");
    String review = claimed("qianyu", mine, "Task_ReviewTermination");
    assertThat(as("qianyu").post("/engine-rest/task/" + review + "/submit-form", vars("terminationDecision", "approve"))
        .status()).isEqualTo(204);
    assertThat(agreements.findByAgreementNumber(mine).orElseThrow().getStatus()).isEqualTo(Agreement.TERMINATED);
  }

  // ---------------------------------------------------------------------------------------------- conversion

  @Test
  @Verifies("P6.1")
  void theDraftAConvertedLeadAsksForIsDraftedForItsCustomerWhateverTheSubmissionSays() {
    Customer other = new Customer();
    other.setName("另一客户" + UUID.randomUUID());
    other.setOwner("lina");
    other.setCreatedAt(Instant.now());
    Long otherId = customers.save(other).getId();
    String lead = "LEAD-IT-" + UUID.randomUUID().toString().substring(0, 8);
    starts.requestDraft(customerId, lead, "lina");

    JsonNode tasks = as("lina").get("/engine-rest/task?processInstanceBusinessKey=" + lead).json();
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).path("name").asText()).isEqualTo("起草合作协议");
    assertThat(as("zhangwei").get("/engine-rest/task?processInstanceBusinessKey=" + lead).json()).isEmpty();
    String task = claimed("lina", lead, "Task_DraftAgreement");
    Map<String, Object> terms = new LinkedHashMap<>(agreement());
    terms.remove("customerId");
    terms.put("customerId", otherId);
    Rest.Response redirected = as("lina").post("/engine-rest/task/" + task + "/submit-form", vars(flat(terms)));
    assertThat(redirected.status()).isEqualTo(400);
    assertThat(redirected.json().path("message").asText()).contains("customerId");
    terms.remove("customerId");
    Rest.Response drafted = as("lina").post("/engine-rest/task/" + task + "/submit-form", vars(flat(terms)));
    assertThat(drafted.status()).as(drafted.body()).isEqualTo(204);
    JsonNode mine = as("lina").get("/api/agreements?customerId=" + customerId).json();
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).path("status").asText()).isEqualTo("DRAFT");
    assertThat(as("lina").get("/api/agreements?customerId=" + otherId).json()).isEmpty();
  }

  static Object[] flat(Map<String, Object> m) {
    return m.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray();
  }
}
