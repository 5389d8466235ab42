package com.crmflow.supervision.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The processes a supervisor may inspect and the checklist of each (coded: the checks follow the regulation's
 * steps of that process — 000 §6, 003 §5.1, 001 §4(3)). Every checklist ends with the items every case shares.
 */
public final class InspectionChecklists {

  private InspectionChecklists() {}

  /** What every case is checked for, after its own items. */
  static final List<String> COMMON = List.of(
      "各环节在规定时限内完成，逾期有督办记录",
      "过程记录完整、真实，可追溯（经办人、时间、意见）");

  private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

  /** A process that may be inspected: its key, its name (as staff know it) and its own checklist items. */
  public record Kind(String processKey, String name, List<String> items) {

    /** The full checklist: the process's own items, then the common ones. */
    public List<String> checklist() {
      return java.util.stream.Stream.concat(items.stream(), COMMON.stream()).toList();
    }
  }

  private static void kind(String key, String name, String... items) {
    KINDS.put(key, new Kind(key, name, List.of(items)));
  }

  static {
    kind("complaint-handling", "客户投诉处理",
        "投诉受理登记完整（客户、类别、渠道、内容）",
        "按严重程度在时限内首次响应客户",
        "调查原因并确定责任部门",
        "处理方案经审批并反馈客户",
        "跟踪检查整改措施落实，记录客户满意度");
    kind("customer-project", "客户项目全流程",
        "需求记录完整并经客户确认",
        "项目计划经审核批准",
        "任务分派明确，进度按期报告",
        "验收申请、客户验收及反馈齐全");
    kind("return-visit", "客户定期回访",
        "按客户等级的周期按时回访",
        "回访记录完整（方式、进展、满意度、意见）",
        "客户提出的问题已分派责任部门并落实改进");
    kind("customer-consultation", "客户咨询处理",
        "咨询受理登记完整",
        "在答复时限内答复客户",
        "答复内容准确，必要时经审核");
    kind("cooperation-agreement", "合作协议签订",
        "协议起草前完成客户信用评估",
        "协议文本经法务审核",
        "签订审批与签署记录齐全");
    kind("customer-development", "客户开发",
        "销售线索登记完整，来源清楚",
        "拜访计划与拜访记录齐全",
        "开发结果记录并按规定转入客户档案");
    kind("credit-evaluation", "客户信用评估",
        "信用评估依据充分",
        "信用等级与额度符合评估依据",
        "低信用等级已制定风险控制措施");
    kind("satisfaction-survey", "客户满意度调查",
        "按规定时机开展调查",
        "评分与意见记录完整",
        "低分已落实改进任务");
  }

  /** Every process that may be inspected, in the order of the start form. */
  public static List<Kind> kinds() {
    return List.copyOf(KINDS.values());
  }

  public static Optional<Kind> kind(String processKey) {
    return Optional.ofNullable(processKey == null ? null : KINDS.get(processKey));
  }
}
