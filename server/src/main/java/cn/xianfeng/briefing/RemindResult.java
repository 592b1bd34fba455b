package cn.xianfeng.briefing;

/** A reminder of the unread: its number (1, 2 …) and how many people it was asked for. */
public record RemindResult(int reminder, int reminded) {
}
