package cn.xianfeng.cobuild;

/** What a co-building's group chat shows in its title bar: how many are in it, and the 群公告 (or null). */
public record GroupInfo(int memberCount, String announcement) {
}
