package cn.xianfeng.briefing;

/** Whether the member now intends to apply (意向申报). */
public record IntentView(boolean intended) {
}
