package cn.xianfeng.briefing;

/** A briefing an answer comes from, with the passage of it that answers (the briefing's own words). */
public record AssistantSource(long briefingId, String title, String quote) {
}
